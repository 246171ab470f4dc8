"""Reading an SOP AP document (PermenPAN-RB 35/2012) from rows of cells.

The document has a Bagian Identitas (labels such as "Nomor SOP", "Tanggal Pembuatan", "Disahkan
Oleh", "Nama SOP", and the list fields "Dasar Hukum" ... "Pencatatan dan Pendataan", usually two
side by side: a row of two labels, then a row of their two values) and a Bagian Flowchart (a
header "No | Kegiatan | Pelaksana: one column per actor | Mutu Baku: Kelengkapan, Waktu, Output |
Keterangan", then one row per step). `read_layout(rows)` returns the draft as a dict in the wire
format of sop.json, and the `ReviewItem`s of what it could not read with confidence.

What is read, and what is left to a person:

- identity values are read from the cell after their label (a ":" cell is skipped); the lines
  above the labels give the agency (names of bodies), the unit (a line beginning "Bidang",
  "Bagian", "Seksi", ...) and the other letterhead lines (address, telephone, web);
- "Disahkan oleh" is split into position, name and NIP only when the cell shows where the name
  is (a "NIP" label, a name in parentheses or underlined, or two spaces after the position);
  otherwise, or when the signature spreads over other rows, it is left for review;
- a list field is read when its label and value rows have the clean two-column shape; a label
  glued to its value, or values spreading over more rows, is left for review with those rows;
- the lanes are the column headings under "Pelaksana", as written; a lane's role is set only
  when the heading names the role itself (PPID, Atasan PPID, Pemohon, Petugas, Tim
  Pertimbangan), with that as its basis; any other lane's role is for review;
- each step row gives number, activity, kelengkapan, waktu, output and keterangan as written;
  what the actor columns show is kept as lane marks. Text extraction loses the drawn symbols, so
  which lane holds a step is for review, unless a symbol's glyph survives in a column (then that
  lane is the actor, recorded as an inference, and a diamond makes the step a decision);
- the first and last rows are terminators (the capsule that starts and ends every SOP AP
  flowchart), recorded as inferences; a row whose text or marks show a choice ("apabila",
  "jika", "tidak disetujui", a YA/TIDAK label) is for review: is it a decision, and where do its
  branches go; otherwise a step is followed by the next row (table order), recorded as an
  inference.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from ...i18n import Message, Text
from . import messages as M
from .cells import clean_cell
from .grid import Row
from .labels import LIST_FIELDS, SCALAR_LABELS, is_label, label_of
from .lists import items_may_part, split_items
from .review import ReviewItem

__all__ = ["LIST_FIELDS", "is_label", "read_layout"]

_LABEL_NAMES = {
    "legal_basis": "Dasar Hukum",
    "qualifications": "Kualifikasi Pelaksana",
    "related": "Keterkaitan",
    "equipment": "Peralatan/Perlengkapan",
    "warnings": "Peringatan",
    "records": "Pencatatan dan Pendataan",
    "number": "Nomor SOP",
    "created_text": "Tanggal Pembuatan",
    "revised_text": "Tanggal Revisi",
    "effective_text": "Tanggal Efektif",
    "approved_by": "Disahkan oleh",
    "title": "Nama SOP",
}
_UNIT = re.compile(r"^(bidang|bagian|sub\s*bagian|subbagian|sub\s*bidang|seksi|upt|unit)\b", re.I)
#: A unit kerja named inside a kop line read as one (not at its start).
_UNIT_INSIDE = re.compile(r"(?<=\s)(sekretariat|bidang|bagian|sub\s*bagian|seksi|upt)\b.*$", re.I)
#: Capitals, then text in mixed case: two kop lines (the name, then a region or address)
#: joined into one.
_CAPS_THEN_TEXT = re.compile(r"(?<=[A-Z]{2}\s)[A-Z][a-z].*$")
_LETTERHEAD = re.compile(
    r"(^|\s)(jl\.|jln\.|jalan\s)|\b(telp|telepon|faks|fax|laman|website|pos-el|e-?mail|"
    r"kode pos)\b|https?://|@",
    re.I,
)


class _Head:
    """A column heading of the flowchart table, matched as written or with the spaces inside
    it removed: a column too narrow for its heading breaks the word ("KELENGKAPA N")."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)

    def match(self, cell: str) -> re.Match[str] | None:
        return self.pattern.match(cell) or self.pattern.match(re.sub(r"\s+", "", cell))


_ACTIVITY = _Head(r"^(kegiatan|uraian|uraian kegiatan|aktivitas)$", re.I)
_REQUIREMENTS = _Head(r"^(kelengkapan|syarat|persyaratan|persyaratan/perlengkapan)$", re.I)
_WAKTU = _Head(r"^waktu$", re.I)
_OUTPUT = _Head(r"^(output|keluaran)$", re.I)
_NOTE = _Head(r"^(ket\.?|keterangan)$", re.I)
_STEP_NO = re.compile(r"^(\d{1,3})\.?$")
#: Remnants of a drawn symbol in an actor column after extraction: the actor's lane.
_SYMBOL_GLYPHS = {"•", "●", "○", "■", "□", "▭", "◆", "◇", "♦", "\\diamondsuit", "⬭", "✓", "√"}
_DIAMONDS = {"◆", "◇", "♦", "\\diamondsuit"}
_CAPSULES = {"⬭"}
_RECTANGLES = {"▭", "■", "□"}


def _words(text: str) -> list[str]:
    return text.replace("\n", " ").split()


def _glyphs(text: str) -> list[str]:
    """The symbol glyphs among a lane cell's words (a glyph may share its cell with a label)."""
    return [w for w in _words(text) if w in _SYMBOL_GLYPHS]


_BRANCH_LABEL = re.compile(r"^(ya|tidak|yes|no|y|t)$", re.I)
_CHOICE = re.compile(
    r"\b(apabila|jika|bila|apakah|tidak disetujui|disetujui atau|menyetujui|persetujuan|"
    r"menerima, menolak|menolak atau)\b|\?\s*$",
    re.I,
)
#: Pangkat of civil servants (PP 99/2000 golongan III-IV names; Juru and Pengatur for I-II),
#: written under the signatory's name.
_RANK = re.compile(r"^(pembina|penata|pengatur|juru)\b", re.I)
#: Lane headings that name a role themselves (the role is then as written, not inferred).
_NAMED_ROLES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^atasan\s+ppid$", re.I), "atasan-ppid", "PERKI 1/2021 Pasal 1 angka 10"),
    (re.compile(r"^ppid$", re.I), "ppid", "UU 14/2008 Pasal 1 angka 9"),
    (re.compile(r"^ppid\s+pelaksana$", re.I), "ppid-pelaksana", "PERKI 1/2021 Pasal 12"),
    (
        re.compile(r"^pemohon(\s+informasi(\s+publik)?)?$", re.I),
        "pemohon",
        "UU 14/2008 Pasal 1 angka 12",
    ),
    (
        re.compile(r"^petugas(\s+(informasi|pelayanan informasi))?$", re.I),
        "petugas",
        "PERKI 1/2021 Pasal 12 ayat (2) huruf c",
    ),
    (
        re.compile(r"^tim\s+(pengarah\s*&\s*)?pertimbangan(\s+pelayanan\s+informasi)?$", re.I),
        "tim-pertimbangan",
        "PERKI 1/2021 Pasal 7 ayat (4)",
    ),
)


def slug(text: str) -> str:
    """A lane id from a heading: lowercase words joined by hyphens (at most five words)."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return "-".join(words[:5]) or "lajur"


class _Reader:
    def __init__(self, rows: Sequence[Row], *, lines_kept: bool = False) -> None:
        self.rows = list(rows)
        #: The cells keep the document's line breaks (DOCX, PDF): see split_items.
        self.lines_kept = lines_kept
        self.review: list[ReviewItem] = []
        #: Waktu the parser cannot read: (path, row, text, why), asked as one question.
        self.bad_waktu: list[tuple[str, Row, str, str]] = []
        #: Line breaks of PDF cells the page does not settle: (path, row, how, before, after).
        self.breaks: list[tuple[str, Row, str, str, str]] = []

    def ask(self, path: str, row: Row | None, question: Text, read: str | None = None) -> None:
        self.review.append(
            ReviewItem(
                path=path,
                where=row.where if row is not None else None,
                source=row.text if row is not None else None,
                question=question,
                read=read,
            )
        )

    # --- the table header ---------------------------------------------------------------------

    def find_header(self) -> int | None:
        """Index of the row naming Kelengkapan, Waktu and Output (the lane headings' row)."""
        for i, row in enumerate(self.rows):
            cells = [row.cell(k) for k in range(len(row.cells))]
            if (
                any(_REQUIREMENTS.match(c) for c in cells)
                and any(_WAKTU.match(c) for c in cells)
                and any(_OUTPUT.match(c) for c in cells)
            ):
                return i
        return None


def read_layout(
    rows: Sequence[Row], *, lines_kept: bool = False
) -> tuple[dict[str, Any], list[ReviewItem]]:
    """The draft SOP (wire-format dict) and the review items of an SOP AP document's rows."""
    reader = _Reader(rows, lines_kept=lines_kept)
    header = reader.find_header()
    start = header
    if header is not None and header > 0:
        above = reader.rows[header - 1]
        above_cells = [above.cell(k).casefold() for k in range(len(above.cells))]
        if any(
            _ACTIVITY.match(c) or c in ("pelaksana", "mutu baku", "no", "no.") for c in above_cells
        ):
            start = header - 1  # the table's heading spans two rows
    end = _flowchart_end(reader.rows, header) if header is not None else len(reader.rows)
    identity_rows = reader.rows[:start] if start is not None else reader.rows
    # An identity block printed after the flowchart (some offices put the table first): its
    # labelled rows end the flowchart and are read as the identity.
    identity, flowchart_title = _identity(reader, identity_rows + reader.rows[end:])
    lanes: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    if header is None:
        reader.ask(
            "steps",
            None,
            M.STEPS_NO_HEADER(),
        )
    else:
        lanes, steps = _flowchart(reader, header, end)
    identity["flowchart_title"] = flowchart_title
    draft: dict[str, Any] = {
        "identity": identity,
        "lanes": lanes,
        "steps": steps,
        "trigger": None,
        "source": None,
        "corrections": [],
        "inferences": [],
    }
    _trigger(reader, draft)
    return draft, reader.review


# --- identity ---------------------------------------------------------------------------------


def empty_identity() -> dict[str, Any]:
    """The identity part of a draft sop.json with nothing read yet (every reader starts here)."""
    return {
        "agency": None,
        "unit": None,
        "letterhead": [],
        "number": None,
        "created_text": None,
        "revised_text": None,
        "effective_text": None,
        "approved_by": None,
        "title": None,
        "flowchart_title": None,
        "legal_basis": [],
        "qualifications": [],
        "related": [],
        "equipment": [],
        "warnings": [],
        "records": [],
        "corrections": [],
        "inferences": [],
    }


@attrs.define
class _IdentityRows:
    """The identity block while its rows are read (a reader's state, as `_Reader` is): the
    fields so far, the kop's lines that may name the public body, the row of each list label,
    the row of "Disahkan oleh" and the first row of a list label (the kop and the signature end
    there)."""

    reader: _Reader
    rows: list[Row]
    fields: dict[str, Any] = attrs.Factory(empty_identity)
    kop: list[str] = attrs.Factory(list)
    list_rows: dict[str, Row] = attrs.Factory(dict)
    approved_row: int | None = None
    first_list_row: int | None = None


def _identity(reader: _Reader, rows: list[Row]) -> tuple[dict[str, Any], str | None]:
    """The identity and the flowchart's title of the rows outside the flowchart table: each
    label read by its reader (`_LABEL_READERS`), the kop from the lines above the list fields,
    then what a person must decide (the kop, missing labels, the signature, the lists)."""
    read = _IdentityRows(reader, [_split_label_colon(row) for row in rows])
    for i, row in enumerate(read.rows):
        labels = [(k, lab) for k, c in enumerate(row.cells) if (lab := label_of(c)) is not None]
        if read.first_list_row is None and any(lab[0] in LIST_FIELDS for _, lab in labels):
            read.first_list_row = i
        if read.first_list_row is None:
            _kop_lines(read, i, labels)
        for k, (field, exact) in labels:
            _LABEL_READERS[field](read, i, k, field, exact)
    identity = read.fields
    _ask_kop(reader, read.kop, identity, read.rows)
    for field in ("number", "title"):
        if not identity[field]:
            reader.ask(f"identity.{field}", None, M.IDENTITY_NOT_FOUND(label=_LABEL_NAMES[field]))
    _approval(reader, identity, read.rows, read.approved_row, read.first_list_row)
    _lists(reader, identity, read.rows, read.list_rows)
    _ask_list_labels(reader, read.rows, read.list_rows)
    return identity, _flowchart_title(read.rows)


def _kop_lines(read: _IdentityRows, i: int, labels: list[tuple[int, tuple[str, bool]]]) -> None:
    """Letterhead lines: the first cell of a row above the list fields, when it is no label. A
    kop written in one cell beside the labels (the SOP AP identity block) holds its lines as the
    cell's lines: each is read as a kop line of its own."""
    if any(k == 0 for k, _ in labels):
        return
    beside_labels = any(k > 0 for k, _ in labels)
    for line in read.rows[i].cell(0).splitlines():
        line = line.strip()
        if not line:
            continue
        if _UNIT.match(line):
            read.fields["unit"] = line
        elif _LETTERHEAD.search(line):
            read.fields["letterhead"].append(line)
        elif _NOT_AGENCY.search(line) or len(line) > 150:
            pass  # a title, a NIP or a run-together table is no public body's name
        elif line.isupper() or beside_labels or i < 12:
            read.kop.append(line)


def _read_scalar(read: _IdentityRows, i: int, k: int, field: str, exact: bool) -> None:
    """A scalar label's value: the cell after it. A value on several lines of its cell is
    joined with spaces, and asked, since a line may also be something else printed in the
    cell; a value the next line seems to continue is asked too."""
    row = read.rows[i]
    value = _value_after(row, k)
    if "\n" in value:
        joined = " ".join(part.strip() for part in value.splitlines() if part.strip())
        read.fields[field] = joined
        said = M.IDENTITY_SEVERAL_LINES(
            label=_LABEL_NAMES[field], where=row.where, value=value, joined=joined
        )
        read.reader.ask(f"identity.{field}", row, said, read=joined)
        return
    read.fields[field] = value or None
    more = _continuation(read.rows, i, k) if value else None
    if more is None:
        return
    # The value may go on in the next line, or that line may be something else printed beside
    # the table: a person says.
    joined = f"{value} {more.cell(more.filled[0])}"
    said = M.IDENTITY_CONTINUED(
        label=_LABEL_NAMES[field],
        value=value,
        where=row.where,
        next_where=more.where,
        joined=joined,
    )
    read.reader.ask(f"identity.{field}", more, said, read=joined)


def _read_approved(read: _IdentityRows, i: int, k: int, field: str, exact: bool) -> None:
    """ "Disahkan oleh": its value as written, split by `_approval` once the rows are known."""
    read.approved_row = i
    read.fields["approved_by"] = _value_after(read.rows[i], k)


def _read_list_label(read: _IdentityRows, i: int, k: int, field: str, exact: bool) -> None:
    """A list label: its row, read by `_lists`; a label glued to its value is for review."""
    read.list_rows[field] = read.rows[i]
    if not exact:
        read.fields[field] = None


#: What reads the value of each identity label (`label_of`'s field).
_LABEL_READERS: dict[str, Callable[[_IdentityRows, int, int, str, bool], None]] = {
    **dict.fromkeys(SCALAR_LABELS, _read_scalar),
    "approved_by": _read_approved,
    **dict.fromkeys(LIST_FIELDS, _read_list_label),
}


def _ask_kop(reader: _Reader, kop: list[str], identity: dict[str, Any], rows: list[Row]) -> None:
    """The public body's name from the kop's lines, and what a person must say of it."""
    identity["agency"] = " ".join(kop) or None
    agency = identity["agency"] or ""
    inner_unit = _UNIT_INSIDE.search(agency) or _CAPS_THEN_TEXT.search(agency)
    if len(kop) == 1 and inner_unit is not None and identity["unit"] is None:
        # One line of the kop (a PDF cell's lines are joined) naming a unit kerja inside it:
        # where the body's name ends is a reading a person makes.
        said = M.IDENTITY_KOP_ONE_LINE(kop=kop[0], inner=inner_unit.group(0))
        _ask_agency(reader, said, identity["agency"])
    if len(kop) > 1:
        # Where the public body ends and its unit kerja begins is a reading of the kop, which
        # transcriptions make differently ("PEMERINTAH KABUPATEN X" + "DINAS Y"): a person says.
        # One question decides both fields: the unit is what the agency's name is not.
        _ask_agency(reader, M.IDENTITY_KOP_LINES(lines=" / ".join(kop)), identity["agency"])
    if identity["agency"] is None:
        reader.ask("identity.agency", rows[0] if rows else None, M.IDENTITY_AGENCY_MISSING())


def _ask_agency(reader: _Reader, question: Text, read: str | None) -> None:
    """The kop's question: its answer settles the unit kerja and the other kop lines too."""
    reader.ask("identity.agency", None, question, read=read)
    reader.review[-1] = attrs.evolve(
        reader.review[-1], settles=("identity.unit", "identity.letterhead")
    )


def _ask_list_labels(reader: _Reader, rows: list[Row], list_rows: dict[str, Row]) -> None:
    """Each list field without a label row of its own: its label glued into a cell with other
    text, or not found at all."""
    for field in LIST_FIELDS:
        if field in list_rows:
            continue
        glued = next(
            (
                (r, c)
                for r in rows
                for c in (r.cell(k) for k in range(len(r.cells)))
                if LIST_FIELDS[field].search(c)
            ),
            None,
        )
        label = _LABEL_NAMES[field]
        if glued is None:
            reader.ask(f"identity.{field}", None, M.IDENTITY_LIST_LABEL_MISSING(label=label))
            continue
        row_g, cell_g = glued
        said = M.IDENTITY_LIST_GLUED(label=label, where=row_g.where, cell=cell_g)
        reader.ask(f"identity.{field}", row_g, said, read=cell_g)


def _has_label(row: Row) -> bool:
    return any(label_of(c) for c in row.cells)


def _continuation(rows: list[Row], i: int, k: int) -> Row | None:
    """The next row when it only continues row ``i``'s value in its column ``k`` or after (an
    indented line with no label: a long value wrapped in its cell), else None."""
    if i + 1 >= len(rows):
        return None
    nxt = rows[i + 1]
    if nxt.cell(0) or not nxt.filled or _has_label(nxt) or len(nxt.filled) != 1:
        return None
    return nxt if nxt.filled[0] > k else None


#: First cells above the identity labels that are not the public body's name: the document's
#: title ("STANDAR OPERASIONAL PROSEDUR", "SOP ..."), a lampiran heading, a NIP, a label.
_NOT_AGENCY = re.compile(
    r"^(standar\s+operasional\s+prosedur|s\s*o\s*p\b|prosedur\b|format\b|lampiran\b|"
    r"nip\b|nomor\b|no\.|tgl\.|tanggal\b|disahkan\b|nama\s+sop\b|logo\b)",
    re.I,
)
_LABEL_VALUE = re.compile(r"^\s*(?P<label>[A-Za-z. ]{3,25}?)\s*:\s*(?P<value>\S.*)$", re.S)


def _split_label_colon(row: Row) -> Row:
    """A cell holding a scalar label and its value after a colon ("NOMOR SOP : SOP AP-SEKRE-01")
    as the two cells a table would have."""
    cells: list[str] = []
    changed = False
    for c in row.cells:
        m = _LABEL_VALUE.match(clean_cell(c))
        if m and any(p.fullmatch(m.group("label").strip()) for p in SCALAR_LABELS.values()):
            cells += [m.group("label").strip(), m.group("value").strip()]
            changed = True
        else:
            cells.append(c)
    return attrs.evolve(row, cells=tuple(cells)) if changed else row


def _value_after(row: Row, k: int) -> str:
    for j in range(k + 1, len(row.cells)):
        value = row.cell(j)
        if value == ":":
            continue
        if value:
            return value.lstrip(":").strip()
    return ""


_NIP = re.compile(r"\bNIP\b\.?\s*:?\s*(.+)$", re.I)
_UNDERLINED = re.compile(r"<u>(.*?)</u>", re.I)
_PARENS = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")


def _approval(
    reader: _Reader,
    identity: dict[str, Any],
    rows: list[Row],
    at: int | None,
    first_list_row: int | None,
) -> None:
    """ "Disahkan oleh" (the row ``at``) split into the signatory's parts, when the cell shows
    where the name is and the signature does not spread over other rows; else for review."""
    if at is None:
        identity["approved_by"] = None
        reader.ask("identity.approved_by", None, M.APPROVAL_LABEL_MISSING())
        return
    row = rows[at]
    spread = _signature_rows(rows, at, first_list_row)
    signatory = _signatory(_approved_cell(row))
    if spread or signatory is None:
        identity["approved_by"] = None
        lines = "; ".join(r.text for r in [row, *spread])
        reader.ask("identity.approved_by", row, M.APPROVAL_SPREAD(), read=lines)
        return
    identity["approved_by"] = signatory


def _approved_cell(row: Row) -> str:
    """The cell after a "Disahkan oleh" label (a ":" cell skipped), as written: underlining
    marks the name."""
    raw = ""
    for k, c in enumerate(row.cells):
        lab = label_of(c)
        if lab is not None and lab[0] == "approved_by":
            raw = next((v for v in row.cells[k + 1 :] if clean_cell(v) not in ("", ":")), raw)
    return raw


def _signature_rows(rows: list[Row], at: int, first_list_row: int | None) -> list[Row]:
    """Rows between the label and the list fields that carry text beside the first column:
    they belong to the signature block when it spreads (name, rank, NIP on their own rows)."""
    end = first_list_row if first_list_row is not None else len(rows)
    return [
        r
        for r in rows[at + 1 : end]
        if not any(label_of(c) for c in r.cells) and any(r.cell(j) for j in range(1, len(r.cells)))
    ]


def _signatory(raw: str) -> dict[str, Any] | None:
    """The signatory's position, name, NIP and rank, or None when the cell does not show
    where the name is."""
    text = clean_cell(raw)
    nip = _NIP.search(text)
    rest = text[: nip.start()].strip() if nip else text
    name_position, rank = _name_position(raw, rest)
    if name_position is None or not all(name_position):
        return None
    position, name = name_position
    return {
        "position": position,
        "name": name,
        "nip": nip.group(1).strip() if nip is not None else None,
        "rank": rank,
    }


def _name_position(raw: str, rest: str) -> tuple[tuple[str, str] | None, str | None]:
    """(position, name) and the rank, by what shows where the name is: underlining, a name in
    parentheses, two spaces after the position, or the lines of a signature block."""
    underlined = _UNDERLINED.search(raw)
    if underlined is not None:
        return (clean_cell(raw[: underlined.start()]), clean_cell(underlined.group(1))), None
    if (m := _PARENS.match(rest)) is not None:
        return (m.group(1).strip(), m.group(2).strip()), None
    if "  " in rest:
        position, name = re.split(r"\s{2,}", rest, maxsplit=1)
        return (position.strip(), name.strip()), None
    if "\n" in rest:
        return _signature_block(rest)
    return None, None


def _signature_block(rest: str) -> tuple[tuple[str, str] | None, str | None]:
    """A signature block of several lines (a DOCX cell): the position, the name, the rank."""
    block = [line.strip() for line in rest.splitlines() if line.strip()]
    rank = block.pop() if len(block) >= 2 and _RANK.match(block[-1]) else None
    if len(block) >= 2:
        return (" ".join(block[:-1]), block[-1]), rank
    return None, rank


def _lists(
    reader: _Reader, identity: dict[str, Any], rows: list[Row], list_rows: dict[str, Row]
) -> None:
    """The list fields, read from a clean label row followed by a clean value row."""
    index = {id(r): i for i, r in enumerate(rows)}
    for field in LIST_FIELDS:
        row = list_rows.get(field)
        if row is None:
            continue
        i = index[id(row)]
        labels = [(k, label_of(c)) for k, c in enumerate(row.cells)]
        columns = [(k, lab[0]) for k, lab in labels if lab is not None and lab[1]]
        clean = (
            identity.get(field) is not None
            and len(row.filled) == len(columns)
            and all(f in LIST_FIELDS for _, f in columns)
        )
        values = _next_filled(rows, i)
        if clean and values is not None:
            after = _next_filled(rows, index[id(values)])
            # The value row holds at most one text per label, and the next row starts anew.
            clean = (
                len(values.filled) <= len(columns)
                and (
                    after is None
                    # the next row continues a numbered list, or an indented line continues a
                    # value: the items spread over rows
                    or not (
                        re.match(r"\d{1,2}[.)]\s", after.cell(0))
                        or (not after.cell(0) and after.filled and not _has_label(after))
                        # a line starting in lower case goes on with the sentence above it;
                        # a lone line that is no upper-case title may too ("Publik" ending
                        # the title of a regulation)
                        or after.cell(0)[:1].islower()
                        or (len(after.filled) == 1 and not after.cell(after.filled[0]).isupper())
                    )
                )
                and (
                    after is None
                    or any(label_of(c) for c in after.cells)
                    or len(after.cells) == 1
                    or after is rows[-1]
                )
            )
        else:
            clean = False
        if not clean or values is None:
            identity[field] = []
            spread = rows[i : min(len(rows), i + 6)]
            reader.ask(
                f"identity.{field}",
                row,
                M.IDENTITY_LIST_UNCLEAR(label=_LABEL_NAMES[field]),
                read=" / ".join(r.text for r in spread),
            )
            continue
        k = next(k for k, f in columns if f == field)
        split = split_items(values.cell(k), lines_kept=reader.lines_kept)
        items = list(split.items)
        identity[field] = [{"text": t} for t in items] if field == "legal_basis" else items
        for doubt in split.doubts:
            reader.ask(f"identity.{field}", values, doubt, read=values.cell(k))


def _next_filled(rows: list[Row], i: int) -> Row | None:
    for r in rows[i + 1 :]:
        if not r.blank:
            return r
    return None


def _flowchart_title(rows: list[Row]) -> str | None:
    """Lines of one cell just above the flowchart table (after the identity), joined."""
    block: list[str] = []
    for row in reversed(rows):
        if row.blank:
            if block:
                break
            continue
        if len(row.filled) == 1 and row.filled[0] == 0 and not label_of(row.cells[0]):
            text = row.cell(0)
            if text.isupper() or text.startswith("SOP"):
                block.insert(0, text)
                continue
        break
    return " ".join(block) or None


# --- flowchart --------------------------------------------------------------------------------


def _flowchart_end(rows: Sequence[Row], h: int) -> int:
    """Index of the first row after the flowchart's header that is an identity row: a cell
    that is exactly a label of the SOP AP form (NOMOR SOP, DASAR HUKUM, ...); len(rows) if
    none. A step's cells are never exactly such a label."""
    for i in range(h + 1, len(rows)):
        row = rows[i]
        for k in row.filled[:2]:
            lab = label_of(row.cells[k])
            if lab is not None and lab[1]:
                return i
    return len(rows)


@attrs.frozen
class _Columns:
    """Where the flowchart table's columns are: the activity, the Mutu Baku cells
    (kelengkapan, waktu, output) and the note (None when the table has none). The lanes are
    the columns between the activity and Kelengkapan."""

    activity: int
    kel: int
    waktu: int
    output: int
    note: int | None

    @property
    def lanes(self) -> tuple[int, int]:
        return self.activity + 1, self.kel

    def for_step(self) -> tuple[int, int, int, int, int | None]:
        return self.activity, self.kel, self.waktu, self.output, self.note


def _find_column(rows: Sequence[Row], head: _Head) -> int | None:
    """The first column whose cell matches ``head``, in the first of ``rows`` that has one."""
    for row in rows:
        k = next((k for k in range(len(row.cells)) if head.match(row.cell(k))), None)
        if k is not None:
            return k
    return None


def _columns(rows: Sequence[Row], h: int) -> _Columns:
    """The columns of the header row ``h`` (find_header chose it for holding Kelengkapan, Waktu
    and Output). The activity and the note heading may sit in the row above (a heading
    spanning two rows); without an activity heading the activity is the second column, after
    No."""
    head = rows[h]
    both = [head, rows[h - 1]] if h > 0 else [head]
    cells = [head.cell(k) for k in range(len(head.cells))]
    activity = _find_column(both, _ACTIVITY)
    return _Columns(
        activity=1 if activity is None else activity,
        kel=next(k for k, c in enumerate(cells) if _REQUIREMENTS.match(c)),
        waktu=next(k for k, c in enumerate(cells) if _WAKTU.match(c)),
        output=next(k for k, c in enumerate(cells) if _OUTPUT.match(c)),
        note=_find_column(both, _NOTE),
    )


def _flowchart(
    reader: _Reader, h: int, end: int | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The lanes and steps of the flowchart table whose header is row ``h`` (up to ``end``),
    and the review items of what they leave open."""
    head = reader.rows[h]
    columns = _columns(reader.rows, h)
    if head.doubt is not None:
        reader.ask("lanes", head, head.doubt, read=head.text)
    lanes, lane_cols = _lanes(reader, head, columns)
    _merge_roles(reader, lanes, head)
    width = max(len(head.cells), columns.output + 1)
    step_rows = _step_rows(reader, reader.rows[h + 1 : end], width, columns.activity)
    _ask_number_jumps(reader, step_rows)
    step_rows = [
        (row, _align(reader, n, row, v, columns.lanes, columns.waktu))
        for n, (row, v) in enumerate(step_rows)
    ]
    steps = [
        _step(
            reader,
            n,
            row,
            values,
            lanes,
            lane_cols,
            cols=columns.for_step(),
            last=n == len(step_rows) - 1,
            next_row=step_rows[n + 1][1] if n + 1 < len(step_rows) else None,
        )
        for n, (row, values) in enumerate(step_rows)
    ]
    _cover_table_order(reader, steps)
    _ask_breaks(reader)
    _ask_bad_waktu(reader)
    _ask_empty_waktu(reader, steps, [row for row, _ in step_rows])
    _ask_lane_headings(reader, head, lanes, steps)
    _fold_roles(reader)
    _settle_actors(reader, steps)
    return lanes, steps


def _lanes(reader: _Reader, head: Row, columns: _Columns) -> tuple[list[dict[str, Any]], list[int]]:
    """The lanes (a heading between the activity and Kelengkapan, as written; an empty heading
    is no lane) and their columns. A heading that gives an id already taken gets "-2" added."""
    lanes: list[dict[str, Any]] = []
    lane_cols: list[int] = []
    ids: set[str] = set()
    for k in range(*columns.lanes):
        name = head.cell(k)
        if not name:
            continue
        lane_id = slug(name)
        while lane_id in ids:
            lane_id += "-2"
        ids.add(lane_id)
        lane_cols.append(k)
        lanes.append(_lane(reader, len(lanes), lane_id, name, head))
    return lanes, lane_cols


def _not_a_step(values: list[str]) -> bool:
    """The column-numbering row ("1 | 2 | 3 ...") or the header repeated on a following page."""
    filled = [v for v in values if v]
    if all(v.isdigit() for v in filled) and len(filled) > 3:
        return True
    return any(_REQUIREMENTS.match(v) or _ACTIVITY.match(v) for v in values) or bool(
        filled and filled[0].casefold() in ("pelaksana", "mutu baku")
    )


def _step_rows(
    reader: _Reader, rows: Sequence[Row], width: int, activity: int
) -> list[tuple[Row, list[str]]]:
    """The table's step rows with their cells (at least ``width`` of them): a row starts a
    step when its first cell is a step number and its activity is written. A row of several
    cells that starts none is a wrapped line, joined to the step above cell by cell; a row of
    one cell is kept aside (a page break inside a row, or the end of the table)."""
    step_rows: list[tuple[Row, list[str]]] = []
    loose: list[Row] = []  # one-cell lines after a step: a page break inside a row, or the end
    for row in rows:
        if row.blank:
            continue
        values = [row.cell(k) for k in range(max(width, len(row.cells)))]
        if _not_a_step(values):
            continue
        if _STEP_NO.match(values[0]) and activity < len(values) and values[activity]:
            _ask_loose(reader, len(step_rows), loose)
            loose = []
            step_rows.append((row, values))
        elif not step_rows:
            continue  # nothing above to belong to
        elif len(row.cells) == 1:
            loose.append(row)  # placed above if a step row follows; else the end
        else:
            _join_wrapped(step_rows[-1][1], values)
    return step_rows


def _ask_loose(reader: _Reader, following: int, loose: list[Row]) -> None:
    """Text between two rows (a row broken across pages, before step ``following``): which
    cell of the row above it continues cannot be told, so the row is left for review."""
    if not loose:
        return
    text = " / ".join(r.text for r in loose)
    reader.ask(
        f"steps[{following - 1}]",
        loose[0],
        M.STEPS_LOOSE_TEXT(text=text),
        read=text,
    )


def _join_wrapped(prev: list[str], values: list[str]) -> None:
    """A cell wrapped onto the next line: joined to the step above, cell by cell."""
    for k, v in enumerate(values):
        if v and k < len(prev):
            prev[k] = f"{prev[k]} {v}".strip()


def _ask_number_jumps(reader: _Reader, step_rows: list[tuple[Row, list[str]]]) -> None:
    """A step number that does not follow the one before it: a row may be lost."""
    numbers = [int(m.group(1)) for _, v in step_rows if (m := _STEP_NO.match(v[0]))]
    for a, b in itertools.pairwise(numbers):
        if b != a + 1:
            reader.ask(
                "steps",
                step_rows[numbers.index(b)][0],
                M.STEPS_NUMBER_JUMP(before=a, after=b),
            )


def _ask_lane_headings(
    reader: _Reader, head: Row, lanes: list[dict[str, Any]], steps: list[dict[str, Any]]
) -> None:
    """No symbol anywhere (text a PDF tool extracted): the lane headings were cut from
    columns of text, where a heading split over lines or printed vertically is not read
    reliably. One question names what was read."""
    if not steps or any(step["actors"] for step in steps):
        return
    read = " / ".join(lane["name"] for lane in lanes) or "-"
    reader.ask(
        "lanes",
        head,
        M.LANES_HEADINGS_READ(read=read),
        read=read,
    )


def _settle_actors(reader: _Reader, steps: list[dict[str, Any]]) -> None:
    """A lane heading asked about (read from turned or run-together text) is how each step's
    actors are named: the step holds the lane (its symbol was read in that column), so the
    answer naming the lanes names the actors too."""
    actors = tuple(f"steps[{n}].actors" for n, step in enumerate(steps) if step["actors"])
    if not actors:
        return
    for k, item in enumerate(reader.review):
        if item.path == "lanes":
            reader.review[k] = attrs.evolve(item, settles=(*item.settles, *actors))


def _cover_table_order(reader: _Reader, steps: list[dict[str, Any]]) -> None:
    """After a choice, table order no longer tells where a step leads: a branch may skip rows
    (the NO branch of a decision is often drawn below the YES branch and rejoins after it). The
    choice's question then also decides the `next` read from table order for the steps below
    it, and says so."""
    for i, item in enumerate(reader.review):
        m = re.fullmatch(r"steps\[(\d+)\]\.flow", item.path)
        if m is None:
            continue
        n = int(m.group(1))
        later = [j for j in range(n + 1, len(steps)) if steps[j]["next"] is not None]
        if not later:
            continue
        numbers = ", ".join(str(steps[j]["number"]) for j in later)
        reader.review[i] = attrs.evolve(
            item,
            covers=tuple(f"steps[{j}].flow" for j in later),
            question=M.FLOW_TABLE_ORDER(question=item.question, numbers=numbers),
        )


def _waktu_reads(text: str) -> bool:
    from ...calendar import WaktuError, parse_waktu

    try:
        parse_waktu(text)
    except WaktuError:
        return False
    return True


def _align(
    reader: _Reader, n: int, row: Row, values: list[str], lanes: tuple[int, int], waktu: int
) -> list[str]:
    """A row whose cells were shifted by extraction: extra empty cells in the actor columns push
    the Mutu Baku cells to the right. The row is read as written when its Waktu cell reads as a
    waktu; otherwise, when dropping k empty actor cells (k = 1, 2, ...) makes exactly one
    reading's Waktu cell read, that reading is used and the row is listed for review."""
    current = values[waktu] if waktu < len(values) else ""
    if current and _waktu_reads(current):
        return values
    first = lanes[0]
    readings = []
    for k in range(1, 4):
        dropped = values[first : first + k]
        if len(dropped) < k or any(dropped):
            break
        shifted = values[:first] + values[first + k :]
        if waktu < len(shifted) and shifted[waktu] and _waktu_reads(shifted[waktu]):
            readings.append((k, shifted))
    if len(readings) == 1:
        k, shifted = readings[0]
        reader.ask(
            f"steps[{n}]",
            row,
            M.STEPS_SHIFTED(columns=k),
        )
        return shifted
    return values


def _merge_roles(reader: _Reader, lanes: list[dict[str, Any]], head: Row) -> None:
    """The lanes whose heading names no role are one question: one look at the header row
    and the office's organisation decides them all. It stays listed until every one of them is
    answered."""
    asked = [
        (k, item)
        for k, item in enumerate(reader.review)
        if re.fullmatch(r"lanes\[\d+\]\.role", item.path)
    ]
    if len(asked) < 2:
        return
    paths = [item.path for _, item in asked]
    names = [lanes[int(p[len("lanes[") : p.index("]")])]["name"] for p in paths]
    shown = ", ".join(f"{p[: -len('.role')]} {n!r}" for p, n in zip(paths, names, strict=True))
    merged = ReviewItem(
        path=paths[0],
        where=head.where,
        source=head.text,
        question=M.LANES_ROLES_MISSING(shown=shown),
        read=" / ".join(names),
        covers=tuple(paths[1:]),
    )
    drop = {k for k, _ in asked}
    reader.review[:] = [item for k, item in enumerate(reader.review) if k not in drop]
    reader.review.append(merged)


def _fold_roles(reader: _Reader) -> None:
    """When the lane headings themselves are asked (an answer may write the lanes whole, each
    with its role), the lanes whose role is not written are part of that question, not one of
    their own; it stays listed until the lanes, or each of those roles, are answered."""
    lanes_at = next((k for k, item in enumerate(reader.review) if item.path == "lanes"), None)
    if lanes_at is None:
        return
    roles = [item for item in reader.review if re.fullmatch(r"lanes\[\d+\]\.role", item.path)]
    if not roles:
        return
    paths = tuple(p for item in roles for p in (item.path, *item.covers))
    names = " / ".join(item.read or "" for item in roles)
    item = reader.review[lanes_at]
    reader.review[lanes_at] = attrs.evolve(
        item,
        question=M.LANES_ROLES_FOLDED(question=item.question, names=names),
        covers=(*item.covers, *paths),
    )
    reader.review[:] = [item for item in reader.review if item not in roles]


def _lane(reader: _Reader, i: int, lane_id: str, name: str, head: Row) -> dict[str, Any]:
    for pattern, role, basis in _NAMED_ROLES:
        if pattern.fullmatch(name):
            named = M.LANES_ROLE_NAMED(name=name, basis=basis)
            return {
                "id": lane_id,
                "name": name,
                "role": role,
                "role_basis": {"id": named.id, "en": named.en},
            }
    reader.ask(
        f"lanes[{i}].role",
        head,
        M.LANES_ROLE_MISSING(name=name),
        read=name,
    )
    return {"id": lane_id, "name": name, "role": None, "role_basis": None}


def _inference(field: str, value: Any, reason: Text) -> dict[str, Any]:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return {"field": field, "value": text, "reason": {"id": reason.id, "en": reason.en}}


@attrs.frozen
class _StepRow:
    """Step row ``n`` of the flowchart table as the step readers see it: its cells (a symbol
    drawn astray taken out), its number and path, and where its columns and lanes are."""

    n: int
    row: Row
    values: list[str]
    number: int
    lanes: list[dict[str, Any]]
    lane_cols: list[int]
    cols: tuple[int, int, int, int, int | None]
    last: bool
    next_row: list[str] | None

    @property
    def path(self) -> str:
        return f"steps[{self.n}]"

    def cell(self, k: int | None) -> str:
        return self.values[k] if k is not None and k < len(self.values) else ""

    def marks(self) -> list[dict[str, str]]:
        """What each lane's cell shows (an empty cell is no mark)."""
        return [
            {"lane": self.lanes[j]["id"], "text": self.cell(k)}
            for j, k in enumerate(self.lane_cols)
            if self.cell(k)
        ]

    def record(self) -> dict[str, Any]:
        """The step as sop.json holds it, with the cells kept as written; its kind, actors,
        lists, flow and inferences are for the step readers to fill in."""
        activity, _, waktu, _, note = self.cols
        return {
            "number": self.number,
            "kind": "process",
            "activity": self.cell(activity),
            "actors": [],
            "requirements": [],
            "waktu_text": self.cell(waktu) or None,
            "outputs": [],
            "note": self.cell(note) or None,
            "next": None,
            "yes": None,
            "no": None,
            "lane_marks": self.marks(),
            "corrections": [],
            "inferences": [],
        }


def _step(
    reader: _Reader,
    n: int,
    row: Row,
    values: list[str],
    lanes: list[dict[str, Any]],
    lane_cols: list[int],
    *,
    cols: tuple[int, int, int, int, int | None],
    last: bool,
    next_row: list[str] | None,
) -> dict[str, Any]:
    """Step ``n`` as sop.json holds it, read by one reader per concern (line breaks, lists,
    actors, kind, choice, next); what they leave open goes to ``reader``."""
    m = _STEP_NO.match(values[0])
    number = int(m.group(1)) if m else n + 1
    values, astray = _astray_symbols(values, set(lane_cols))
    at = _StepRow(n, row, values, number, lanes, lane_cols, cols, last, next_row)
    step = at.record()
    if row.doubt is not None:
        reader.ask(at.path, row, row.doubt, read=row.text)
    _step_breaks(reader, at)
    step["requirements"] = _step_items(reader, at, "requirements", cols[1])
    step["outputs"] = _step_items(reader, at, "outputs", cols[3])
    marks, inferences = step["lane_marks"], step["inferences"]
    drawn = {g for mark in marks for g in _glyphs(mark["text"])}
    step["actors"] = _step_actors(reader, at, marks, astray, inferences)
    step["kind"] = _step_kind(reader, at, drawn, inferences)
    _ask_choice(reader, at, marks, drawn)
    if step["kind"] != "decision" and not last:
        _step_next(at, step)
    if step["waktu_text"] is not None:
        _check_waktu(reader, f"{at.path}.waktu_text", row, step["waktu_text"])
    # an empty Waktu is asked once for all the steps (_ask_empty_waktu)
    return step


def _step_breaks(reader: _Reader, at: _StepRow) -> None:
    """The line breaks of the row's PDF cells that the page leaves open (asked together,
    `_ask_breaks`): a word broken by a narrow column, or a list going on with a paper's name
    after a full line (a wrap, or the next item?)."""
    activity, kel, _, output, note_col = at.cols
    fields = {activity: "activity", kel: "requirements", output: "outputs", note_col: "note"}
    for k, how, ends in at.row.breaks:
        before, after = ends.split("|", 1)
        field = fields.get(k)
        if field is None or f"{before}{'' if how == 'word' else ' '}{after}" not in at.cell(k):
            continue  # a cell the reader moved, or a break that decides nothing here
        if how == "word" or (
            field in ("requirements", "outputs")
            and not re.match(r"\s*(\d{1,2}\s*[.)]|[-•])\s", at.cell(k))  # items have markers
            and items_may_part(before, after)
        ):
            reader.breaks.append((f"{at.path}.{field}", at.row, how, before, after))


def _step_items(reader: _Reader, at: _StepRow, field: str, k: int) -> list[str]:
    """The items of a list cell (kelengkapan, output), each doubt of the split asked."""
    split = split_items(at.cell(k), lines_kept=reader.lines_kept)
    for doubt in split.doubts:
        reader.ask(f"{at.path}.{field}", at.row, doubt, read=at.cell(k))
    return list(split.items)


def _step_actors(
    reader: _Reader,
    at: _StepRow,
    marks: list[dict[str, str]],
    astray: set[str],
    inferences: list[dict[str, Any]],
) -> list[str]:
    """The lanes whose cell holds a symbol's glyph (an inference); asked when a symbol was
    drawn astray or no lane shows one."""
    actors = [mark["lane"] for mark in marks if _glyphs(mark["text"])]
    if astray:
        # A symbol drawn away from the cell it is anchored in: the lanes it marks are not
        # known, so no lane is taken from this row's symbols.
        cells = ", ".join(sorted(astray))
        said = M.STEPS_SYMBOL_ASTRAY(number=at.number, cells=cells)
        reader.ask(f"{at.path}.actors", at.row, said)
        return []
    if actors:
        shown = ", ".join(repr(mk["text"]) for mk in marks if mk["lane"] in actors)
        inferences.append(_inference("actors", actors, M.INFERENCE_ACTORS_MARK(marks=shown)))
        return actors
    names = {lane["id"]: lane["name"] for lane in at.lanes}
    evidence = ", ".join(f"{names[mk['lane']]}: {mk['text']!r}" for mk in marks)
    said = (
        M.STEPS_ACTORS_LOST_MARKS(number=at.number, marks=evidence)
        if evidence
        else M.STEPS_ACTORS_LOST(number=at.number)
    )
    reader.ask(f"{at.path}.actors", at.row, said)
    return actors


#: The step's kind from the glyphs drawn in its lanes: what the glyphs must show, the kind, and
#: the inference's reason. The first that holds decides.
_KIND_BY_GLYPHS: tuple[tuple[Callable[[set[str]], bool], str, Message], ...] = (
    (lambda drawn: bool(drawn & _DIAMONDS), "decision", M.INFERENCE_KIND_DIAMOND),
    (lambda drawn: bool(drawn) and drawn <= _CAPSULES, "terminator", M.INFERENCE_KIND_CAPSULE),
    (lambda drawn: bool(drawn) and drawn <= _RECTANGLES, "process", M.INFERENCE_KIND_RECTANGLE),
)


def _step_kind(
    reader: _Reader, at: _StepRow, drawn: set[str], inferences: list[dict[str, Any]]
) -> str:
    """The kind the drawn glyphs show; without one, the first and last steps are capsules by
    the form's convention (said in the lost lanes' question), the others processes."""
    for shows, kind, reason in _KIND_BY_GLYPHS:
        if shows(drawn):
            inferences.append(_inference("kind", kind, reason()))
            return kind
    if at.n == 0 or at.last:
        inferences.append(_inference("kind", "terminator", M.INFERENCE_KIND_CONVENTION()))
        _ask_convention_kind(reader, at.path, at.number, first=at.n == 0)
        return "terminator"
    return "process"


def _ask_choice(
    reader: _Reader, at: _StepRow, marks: list[dict[str, str]], drawn: set[str]
) -> None:
    """A row whose text or marks show a choice: is it a decision, and where do its branches
    go? "apabila" in the text of a step drawn as a rectangle or a capsule is a process or an
    end with a condition in its wording, not a decision (the diamond would say so)."""
    diamond = bool(drawn & _DIAMONDS)
    labels = [w for mk in marks for w in _words(mk["text"]) if _BRANCH_LABEL.match(w)]
    activity = at.cell(at.cols[0])
    choice = _CHOICE.search(activity)
    if choice and drawn and drawn <= _RECTANGLES | _CAPSULES and not labels:
        choice = None
    if not (diamond or choice or labels):
        return
    why = [f"{choice.group(0)!r}"] if choice else []
    why += [repr(x) for x in labels]
    if diamond:
        why.append(M.FLOW_CHOICE_DIAMOND().id)
    said = M.FLOW_CHOICE(number=at.number, why=", ".join(why))
    reader.ask(f"{at.path}.flow", at.row, said, read=activity)


def _step_next(at: _StepRow, step: dict[str, Any]) -> None:
    """The step is followed by the next row (table order), when that row is numbered: an
    inference, as the flowchart's arrows are not in the source."""
    nxt = at.next_row[0] if at.next_row is not None else ""
    nm = _STEP_NO.match(nxt)
    if nm is None:
        return
    step["next"] = int(nm.group(1))
    step["inferences"].append(_inference("next", step["next"], M.INFERENCE_NEXT_TABLE_ORDER()))


def _ask_breaks(reader: _Reader) -> None:
    """One question for the line breaks of PDF cells that the page leaves open: a word broken
    by a narrow column (read as one word), a list line ending where a paper's name begins on
    the next (read as one item). Each is one look at the document; together they are one
    question, whose answer settles every cell it names."""
    if not reader.breaks:
        return
    said = [
        (M.STEPS_BREAK_WORD if how == "word" else M.STEPS_BREAK_ITEM)(
            path=path, where=row.where, before=before, after=after
        )
        for path, row, how, before, after in reader.breaks
    ]
    breaks = Text(id="; ".join(t.id for t in said), en="; ".join(t.en for t in said))
    first_path, first_row = reader.breaks[0][0], reader.breaks[0][1]
    reader.ask(first_path, first_row, M.STEPS_BREAKS(breaks=breaks), read=breaks.en)
    rest = tuple(dict.fromkeys(p for p, *_ in reader.breaks[1:] if p != first_path))
    reader.review[-1] = attrs.evolve(reader.review[-1], settles=rest)


def _ask_convention_kind(reader: _Reader, path: str, number: int, *, first: bool) -> None:
    """The symbol of the first or last step is lost, and it is taken as a capsule by the form's
    convention: a convention, not what the file shows (a flowchart cut off, or drawn with a
    rectangle at its end). When the step's lanes are asked (the actor columns are lost), that
    question says so too: one look at the row decides both, and an answer naming the lanes
    without a kind keeps the capsule. A step whose lanes were read from a mark left in its
    column (a bullet, a tick) keeps the convention as an inference with its basis, unasked:
    the mark shows where the symbol was, and a mark is no shape to contradict it."""
    said = M.STEPS_CONVENTION_KIND if first else M.STEPS_CONVENTION_KIND_LAST
    for k, item in enumerate(reader.review):
        if item.path == f"{path}.actors":
            reader.review[k] = attrs.evolve(
                item,
                question=said(question=item.question, number=number),
                settles=(*item.settles, f"{path}.kind"),
            )
            return


def _ask_empty_waktu(reader: _Reader, steps: list[dict[str, Any]], rows: list[Row]) -> None:
    """One question for the steps whose Waktu cell is empty: an SOP written without times
    leaves many, and each is the same decision."""
    empty = [n for n, step in enumerate(steps) if step["waktu_text"] is None]
    if not empty:
        return
    numbers = ", ".join(str(steps[n]["number"]) for n in empty)
    reader.ask(
        f"steps[{empty[0]}].waktu_text",
        rows[empty[0]],
        M.STEPS_WAKTU_EMPTY(numbers=numbers),
    )
    reader.review[-1] = attrs.evolve(
        reader.review[-1], covers=tuple(f"steps[{n}].waktu_text" for n in empty[1:])
    )


_GLYPH_LINE = re.compile(r"^[⬭▭◇•◌\s]+$")


def _astray_symbols(values: list[str], lane_cols: set[int]) -> tuple[list[str], set[str]]:
    """The row's cells without the glyphs of symbols that mark no lane, and where those were:
    a symbol outside the lane columns (anchored in the Kegiatan cell, say) or drawn outside
    its lane cell (``◌``)."""
    out = list(values)
    astray: set[str] = set()
    for k, text in enumerate(values):
        if k in lane_cols:
            if "◌" in text:
                astray.add(M.WHERE_COLUMN(number=k + 1).id)
                out[k] = text.replace("◌", "").strip()
            continue
        lines = text.splitlines()
        kept = [line for line in lines if not _GLYPH_LINE.match(line)]
        if len(kept) != len(lines):
            astray.add(M.WHERE_COLUMN(number=k + 1).id)
            out[k] = "\n".join(kept).strip()
    return out, astray


def _check_waktu(reader: _Reader, path: str, row: Row, text: str) -> None:
    from ...calendar import WaktuError, parse_waktu

    try:
        parse_waktu(text)
    except WaktuError as exc:
        reader.bad_waktu.append((path, row, text, str(exc)))


def _ask_bad_waktu(reader: _Reader) -> None:
    """The waktu the parser cannot read, as one question: they are one gap (the unit or the
    form the office writes its times in, e.g. minutes or a range), decided by one look at the
    table. It stays listed until each is answered or corrected."""
    if not reader.bad_waktu:
        return
    shown = "; ".join(f"{path} {text!r} ({exc})" for path, _, text, exc in reader.bad_waktu)
    path, row = reader.bad_waktu[0][:2]
    reader.ask(
        path,
        row,
        M.STEPS_WAKTU_UNREADABLE(shown=shown),
        read=" / ".join(t for _, _, t, _ in reader.bad_waktu),
    )
    reader.review[-1] = attrs.evolve(
        reader.review[-1], covers=tuple(p for p, *_ in reader.bad_waktu[1:])
    )


def _trigger(reader: _Reader, draft: dict[str, Any]) -> None:
    words = " ".join(s["activity"] for s in draft["steps"]).casefold()
    if not draft["steps"]:
        hint = M.TRIGGER_ASK_NO_STEPS()
    elif re.search(r"pemohon|permohonan|permintaan", words):
        hint = M.TRIGGER_ASK_REQUEST()
    else:
        hint = M.TRIGGER_ASK_NO_REQUEST()
    reader.ask("trigger", None, M.TRIGGER_ASK(hint=hint))
