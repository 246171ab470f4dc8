"""The spreadsheet template: an SOP written as three tables, read by the same importer.

Most published SOPs are prose or a flowchart drawn in Word; an agency with no document to import
starts here. The template holds what the SOP AP form of PermenPAN-RB 35/2012 asks for, with
explicit columns for what a drawn flowchart shows only as shapes (the lane of each step, its
symbol, the arrows):

- sheet **Identitas**: one row per field, ``Kolom | Isi`` (a list field such as Dasar Hukum takes
  one row per item, the label repeated);
- sheet **Pelaksana**: one row per lane, ``Nama | Peran | Dasar peran`` (the role is one of
  `uji_konsekuensi.sop.Role`'s codes: pemohon, petugas, ppid, ...);
- sheet **Langkah**: one row per step, ``No | Kegiatan | Pelaksana | Simbol | Kelengkapan |
  Waktu | Output | Keterangan | Berikutnya | Ya | Tidak | Label Ya | Kondisi Ya | Label Tidak |
  Kondisi Tidak``. Pelaksana, Kelengkapan and Output hold one item per line of the cell, each
  kept as written.
  Simbol: ``terminator``, ``proses`` or ``keputusan`` (blank: proses). Berikutnya / Ya / Tidak:
  a step number, or ``selesai`` where the procedure ends (blank Berikutnya: the next row).

XLSX has the three sheets (openpyxl, the ``import`` extra); CSV has them one after the other in
one file, each under a line ``[Identitas]``, ``[Pelaksana]``, ``[Langkah]``. `write_template`
writes the blank template, or an SOP in it (``sop template --from CODE``): an SOP written to the
template and read back gives the same steps, waktu, outputs and lanes (tests/test_sop_import_
template.py). The official flowchart is then drawn from the imported sop.json by
``uji-konsekuensi sop CODE --format html``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ...errors import InputError
from ...i18n import Text
from ...jsonio import read_bytes
from . import messages as M
from .archive import check_archive
from .layout import empty_identity, slug
from .review import ReviewItem

if TYPE_CHECKING:
    from ..model import SOP

__all__ = [
    "FORMULA_STARTS",
    "SHEETS",
    "csv_text",
    "csv_value",
    "read_template",
    "template_sheets",
    "write_template",
]

SHEETS = ("Identitas", "Pelaksana", "Langkah")
STEP_COLUMNS = (
    "No",
    "Kegiatan",
    "Pelaksana",
    "Simbol",
    "Kelengkapan",
    "Waktu",
    "Output",
    "Keterangan",
    "Berikutnya",
    "Ya",
    "Tidak",
    "Label Ya",
    "Kondisi Ya",
    "Label Tidak",
    "Kondisi Tidak",
)
LANE_COLUMNS = ("Nama", "Peran", "Dasar peran")
#: Identity rows: label -> field of sop.json (list fields repeat their label per item).
IDENTITY_ROWS: tuple[tuple[str, str], ...] = (
    ("Instansi", "agency"),
    ("Unit kerja", "unit"),
    ("Kop surat", "letterhead[]"),
    ("Nomor SOP", "number"),
    ("Tanggal Pembuatan", "created_text"),
    ("Tanggal Revisi", "revised_text"),
    ("Tanggal Efektif", "effective_text"),
    ("Disahkan oleh: jabatan", "approved_by.position"),
    ("Disahkan oleh: nama", "approved_by.name"),
    ("Disahkan oleh: pangkat", "approved_by.rank"),
    ("Disahkan oleh: NIP", "approved_by.nip"),
    ("Nama SOP", "title"),
    ("Judul bagan alir", "flowchart_title"),
    ("Dasar Hukum", "legal_basis[]"),
    ("Kualifikasi Pelaksana", "qualifications[]"),
    ("Keterkaitan", "related[]"),
    ("Peralatan/Perlengkapan", "equipment[]"),
    ("Peringatan", "warnings[]"),
    ("Pencatatan dan Pendataan", "records[]"),
    ("Pemicu (permohonan/berkala)", "trigger"),
)
_SYMBOLS = {
    "terminator": "terminator",
    "mulai/selesai": "terminator",
    "kapsul": "terminator",
    "proses": "process",
    "process": "process",
    "keputusan": "decision",
    "decision": "decision",
    "": "process",
}
_SYMBOL_OUT = {"terminator": "terminator", "process": "proses", "decision": "keputusan"}
_TRIGGERS = {"permohonan": "request", "request": "request", "berkala": "periodic"}
_TRIGGERS["periodic"] = "periodic"
_END = ("selesai", "end", "-")

Sheets = dict[str, list[list[str]]]


# --- writing ----------------------------------------------------------------------------------

#: What a spreadsheet program reads as the start of a formula (OWASP, "CSV Injection"): an
#: activity "=HYPERLINK(...)" or "+cmd|..." typed into an SOP must open as the text it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    """A cell as written to CSV: a value a spreadsheet would run as a formula gets a leading
    single quote (OWASP's advice; Excel and LibreOffice then show it as text). `csv_value`
    takes the quote off again when the template is read back."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_value(cell: str) -> str:
    """A CSV cell as read: the quote `csv_text` added is dropped (only before a formula start,
    so a value that begins with a quote of its own is kept as written)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def template_sheets(sop: SOP | None = None) -> Sheets:
    """The three sheets as rows of text: blank (labels and headings only), or filled with ``sop``
    as written (corrections and inferences are not part of the template)."""
    identity_rows: list[list[str]] = [["Kolom", "Isi"]]
    lanes: list[list[str]] = [list(LANE_COLUMNS)]
    steps: list[list[str]] = [list(STEP_COLUMNS)]
    if sop is None:
        identity_rows += [[label, ""] for label, _ in IDENTITY_ROWS]
        return {"Identitas": identity_rows, "Pelaksana": lanes, "Langkah": steps}
    from ...converter import unstructure

    data: dict[str, Any] = unstructure(sop)
    ident = data["identity"]
    for label, field in IDENTITY_ROWS:
        if field == "trigger":
            value = {"request": "permohonan", "periodic": "berkala"}.get(data["trigger"] or "", "")
            identity_rows.append([label, value])
        elif field.endswith("[]"):
            items = ident[field[:-2]]
            texts = [i["text"] if isinstance(i, dict) else i for i in items]
            identity_rows += [[label, t] for t in texts] or [[label, ""]]
        elif field.startswith("approved_by."):
            signed = ident["approved_by"] or {}
            identity_rows.append([label, signed.get(field.split(".")[1]) or ""])
        else:
            identity_rows.append([label, ident[field] or ""])
    names = {lane["id"]: lane["name"] for lane in data["lanes"]}
    for lane in data["lanes"]:
        basis = lane["role_basis"]["id"] if lane["role_basis"] else ""
        lanes.append([lane["name"], lane["role"] or "", basis])

    def to(value: int | None) -> str:
        return "selesai" if value is None else str(value)

    for s in data["steps"]:
        yes, no = s["yes"] or {}, s["no"] or {}
        decision = s["kind"] == "decision"
        steps.append(
            [
                str(s["number"]),
                s["activity"],
                "\n".join(names.get(a, a) for a in s["actors"]),
                _SYMBOL_OUT[s["kind"]],
                "\n".join(s["requirements"]),
                s["waktu_text"] or "",
                "\n".join(s["outputs"]),
                s["note"] or "",
                "" if decision else to(s["next"]),
                to(yes.get("to")) if decision and s["yes"] else "",
                to(no.get("to")) if decision and s["no"] else "",
                yes.get("label") or "",
                yes.get("condition") or "",
                no.get("label") or "",
                no.get("condition") or "",
            ]
        )
    return {"Identitas": identity_rows, "Pelaksana": lanes, "Langkah": steps}


def write_template(path: str | Path, sop: SOP | None = None) -> Path:
    """Write the template (blank, or holding ``sop``) as .xlsx or .csv, by the path's suffix."""
    path = Path(path)
    sheets = template_sheets(sop)
    if path.suffix.casefold() == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for n, name in enumerate(SHEETS):
            if n:
                writer.writerow([])
            writer.writerow([f"[{name}]"])
            writer.writerows([[csv_text(cell) for cell in row] for row in sheets[name]])
        path.write_text(buffer.getvalue(), encoding="utf-8")
        return path
    if path.suffix.casefold() != ".xlsx":
        raise InputError.one(
            str(path),
            "",
            "templat ditulis sebagai .xlsx atau .csv",
            "the template is written as .xlsx or .csv",
            value=path.suffix,
            expected=".xlsx, .csv",
        )
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

    book = Workbook()
    book.remove(book.active)
    widths = {"Identitas": (28, 90), "Pelaksana": (32, 20, 70)}
    for name in SHEETS:
        sheet = book.create_sheet(name)
        for row in sheets[name]:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                    # openpyxl makes "=..." a formula: kept as the text it is, and marked
                    # with Excel's quote prefix so editing the cell does not turn it into one.
                    cell.data_type = "s"
                    cell.quotePrefix = True
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for k, width in enumerate(widths.get(name, (6, 50, 24, 12, 40, 18, 40, 30) + (10,) * 7)):
            sheet.column_dimensions[chr(ord("A") + k)].width = width
        sheet.freeze_panes = "A2"
    book.save(path)
    return path


# --- reading ----------------------------------------------------------------------------------


def _read_sheets(path: Path) -> Sheets:
    if path.suffix.casefold() == ".csv":
        try:
            # At most limits.MAX_INPUT_BYTES, like every input (InputError beyond).
            text = read_bytes(path).decode("utf-8-sig")
            # Line ends as a text file reads them (\r\n and \r become \n), which csv expects.
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise _bad(
                path, f"berkas tidak dapat dibaca: {exc}", f"unreadable file: {exc}"
            ) from None
        sheets: Sheets = {}
        current: list[list[str]] | None = None
        for raw_row in csv.reader(io.StringIO(text)):
            row = [csv_value(cell) for cell in raw_row]
            first = row[0].strip() if row else ""
            m = re.fullmatch(r"\[(.+)\]", first)
            if m and not any(c.strip() for c in row[1:]):
                current = sheets.setdefault(m.group(1).strip(), [])
                continue
            if current is not None:
                current.append(row)
        return sheets
    try:
        from openpyxl import load_workbook
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise _bad(path, f"perlu openpyxl: {exc}", f"openpyxl is needed: {exc}") from None
    check_archive(path)  # declared sizes, before openpyxl unpacks anything (zip bombs)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a damaged file
        raise _bad(path, f"berkas tidak dapat dibaca: {exc}", f"unreadable file: {exc}") from None
    out: Sheets = {}
    for sheet in book.worksheets:
        out[sheet.title] = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
    book.close()
    return out


def _bad(path: Path, id_: str, en: str) -> InputError:
    return InputError.one(
        str(path),
        "",
        id_,
        en,
        expected="templat SOP (.xlsx atau .csv) dengan lembar " + ", ".join(SHEETS),
        expected_en="the SOP template (.xlsx or .csv) with sheets " + ", ".join(SHEETS),
    )


def _lines(cell: str) -> list[str]:
    """The items of a list cell of the template: one per line, each kept as written (a marker
    typed before an item is part of its text; the template's list is its lines)."""
    return [line.strip() for line in cell.splitlines() if line.strip()]


def _where(sheet: str, row: int) -> Text:
    return M.WHERE_SHEET_ROW(sheet=sheet, row=row)


class _Review:
    """The review items of a template, in the order its rows are read."""

    def __init__(self) -> None:
        self.items: list[ReviewItem] = []

    def ask(self, path: str, sheet: str, row: int, cells: list[str], question: Text) -> None:
        self.items.append(
            ReviewItem(
                path=path,
                where=_where(sheet, row),
                source=" | ".join(c for c in cells).strip(),
                question=question,
            )
        )


def read_template(path: Path) -> tuple[dict[str, Any], list[ReviewItem]]:
    """The draft and review items of a filled template (see the module notes)."""
    sheets = _read_sheets(path)
    missing = [name for name in SHEETS if name not in sheets]
    if missing:
        raise _bad(
            path,
            "lembar tidak ada: " + ", ".join(missing),
            "missing sheet(s): " + ", ".join(missing),
        )
    review = _Review()
    identity, trigger = _read_identity(review, sheets["Identitas"])
    lanes, by_name = _read_lanes(review, sheets["Pelaksana"])
    steps = _read_steps(review, sheets["Langkah"], by_name)
    draft = {
        "identity": identity,
        "lanes": lanes,
        "steps": steps,
        "trigger": trigger,
        "source": None,
        "corrections": [],
        "inferences": [],
    }
    return draft, review.items


# --- sheet Identitas --------------------------------------------------------------------------


class _Identity:
    """The identity read so far: the fields, the signatory's parts, the trigger."""

    def __init__(self) -> None:
        self.fields = empty_identity()
        self.signed: dict[str, Any] = {"position": None, "name": None, "nip": None, "rank": None}
        self.trigger: str | None = None


def _set_text(read: _Identity, field: str, value: str) -> Text | None:
    read.fields[field] = value
    return None


def _add_item(read: _Identity, field: str, value: str) -> Text | None:
    """A list field ("legal_basis[]"): one item per row, the label repeated."""
    name = field[:-2]
    read.fields[name].append({"text": value} if name == "legal_basis" else value)
    return None


def _set_signed(read: _Identity, field: str, value: str) -> Text | None:
    read.signed[field.split(".")[1]] = value
    return None


def _set_trigger(read: _Identity, field: str, value: str) -> Text | None:
    """The trigger (a later row overrides an earlier one, an unknown word leaving none)."""
    read.trigger = _TRIGGERS.get(value.casefold())
    if read.trigger is not None:
        return None
    return M.TEMPLATE_TRIGGER_UNKNOWN(value=value)


#: Sets a field from its value as written; returns the question when the value cannot be read
#: (asked about the field's own path: only the trigger, "trigger", has one).
_IdentitySetter = Callable[[_Identity, str, str], Text | None]


def _setter(field: str) -> _IdentitySetter:
    """How a field of IDENTITY_ROWS takes its value; the question when it cannot."""
    if field == "trigger":
        return _set_trigger
    if field.endswith("[]"):
        return _add_item
    if field.startswith("approved_by."):
        return _set_signed
    return _set_text


#: Label of sheet Identitas (case-folded) -> its field and how the field takes a value.
_IDENTITY_READERS: dict[str, tuple[str, _IdentitySetter]] = {
    label.casefold(): (field, _setter(field)) for label, field in IDENTITY_ROWS
}
#: The identity fields an SOP cannot load without, and their labels.
_REQUIRED = (("agency", "Instansi"), ("number", "Nomor SOP"), ("title", "Nama SOP"))


def _read_identity(review: _Review, rows: list[list[str]]) -> tuple[dict[str, Any], str | None]:
    """The identity and the trigger of sheet Identitas (``Kolom | Isi``; the heading row is
    skipped). A row with an unknown label is listed for review; an empty value is no value."""
    read = _Identity()
    for r, row in enumerate(rows[1:], 2):
        label = row[0].strip() if row else ""
        value = row[1].strip() if len(row) > 1 else ""
        reader = _IDENTITY_READERS.get(label.casefold())
        if reader is None:
            _ask_unknown_label(review, r, row, label, value)
            continue
        field, setter = reader
        question = setter(read, field, value) if value else None
        if question is not None:
            review.ask(field, "Identitas", r, row, question)
    if any(read.signed.values()):
        read.fields["approved_by"] = read.signed
    _ask_required(review, read.fields)
    return read.fields, read.trigger


def _ask_required(review: _Review, fields: dict[str, Any]) -> None:
    """Each field an SOP cannot load without that is empty, asked at the sheet's heading row."""
    for field, label in _REQUIRED:
        if not fields[field]:
            review.ask(
                f"identity.{field}",
                "Identitas",
                1,
                [label],
                M.TEMPLATE_NOT_FILLED(label=label),
            )


def _ask_unknown_label(review: _Review, r: int, row: list[str], label: str, value: str) -> None:
    if label or value:
        review.ask(
            "identity",
            "Identitas",
            r,
            row,
            M.TEMPLATE_LABEL_UNKNOWN(label=label),
        )


# --- sheet Pelaksana --------------------------------------------------------------------------


def _read_lanes(
    review: _Review, rows: list[list[str]]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The lanes of sheet Pelaksana (``Nama | Peran | Dasar peran``; a row without a name is
    skipped) and each lane's id by its case-folded name. A lane without its role or its basis
    is listed for review."""
    lanes: list[dict[str, Any]] = []
    by_name: dict[str, str] = {}
    for r, row in enumerate(rows[1:], 2):
        cells = [*row, "", "", ""]
        name, role, basis = (c.strip() for c in cells[:3])
        if not name:
            continue
        lane_id = _lane_id(name, by_name)
        by_name[name.casefold()] = lane_id
        role_value = role.casefold() or None
        if role_value is None or not basis:
            review.ask(
                f"lanes[{len(lanes)}].role",
                "Pelaksana",
                r,
                row,
                M.TEMPLATE_ROLE_MISSING(name=name),
            )
        lanes.append(
            {
                "id": lane_id,
                "name": name,
                "role": role_value,
                "role_basis": {"id": basis, "en": basis} if basis else None,
            }
        )
    return lanes, by_name


def _lane_id(name: str, by_name: dict[str, str]) -> str:
    """The lane's id from its name (`slug`), with "-2" added while the id is one that a name
    in ``by_name`` holds."""
    lane_id = slug(name)
    while lane_id in by_name.values():
        lane_id += "-2"
    return lane_id


# --- sheet Langkah ----------------------------------------------------------------------------


@attrs.frozen
class _StepCells:
    """The cells of one row of sheet Langkah, stripped, by their column (STEP_COLUMNS)."""

    number: str
    activity: str
    actors: str
    symbol: str
    requirements: str
    waktu: str
    outputs: str
    note: str
    next: str
    yes: str
    no: str
    yes_label: str
    yes_condition: str
    no_label: str
    no_condition: str

    @classmethod
    def of(cls, row: list[str]) -> _StepCells:
        """A row cut or padded to the template's columns (a missing cell is empty)."""
        return cls(*(c.strip() for c in [*row, *([""] * len(STEP_COLUMNS))][: len(STEP_COLUMNS)]))


def _read_steps(
    review: _Review, rows: list[list[str]], by_name: dict[str, str]
) -> list[dict[str, Any]]:
    """The steps of sheet Langkah, one per row holding any text (the heading row is skipped).
    What cannot be read as written (a step number, a symbol, a lane not in sheet Pelaksana, a
    branch target, an empty activity or actor) is listed for review with the sheet row."""
    filled = [(r, row) for r, row in enumerate(rows[1:], 2) if any(c.strip() for c in row)]
    steps: list[dict[str, Any]] = []
    for n, (r, row) in enumerate(filled):
        following = filled[n + 1][1] if n + 1 < len(filled) else None
        problems: list[str] = []
        step = _step(n, _StepCells.of(row), by_name, following, problems)
        if problems:
            review.ask(
                f"steps[{n}]",
                "Langkah",
                r,
                row,
                M.TEMPLATE_STEP_CHECK(problems="; ".join(problems)),
            )
        steps.append(step)
    return steps


def _step(
    n: int,
    cells: _StepCells,
    by_name: dict[str, str],
    following: list[str] | None,
    problems: list[str],
) -> dict[str, Any]:
    """Step ``n`` (0-based) as sop.json holds it; what cannot be read is added to
    ``problems`` (in column order)."""
    number = _number(cells.number, n, problems)
    kind = _kind(cells.symbol, problems)
    actor_ids = _actors(cells.actors, by_name, problems)
    step: dict[str, Any] = {
        "number": number,
        "kind": kind,
        "activity": cells.activity,
        "actors": actor_ids,
        "requirements": _lines(cells.requirements),
        "waktu_text": cells.waktu or None,
        "outputs": _lines(cells.outputs),
        "note": cells.note or None,
        "next": None,
        "yes": None,
        "no": None,
        "lane_marks": [],
        "corrections": [],
        "inferences": [],
    }
    _flow(step, cells, following, problems)
    if not cells.activity:
        problems.append(M.TEMPLATE_CELL_EMPTY(column="Kegiatan").id)
    if not actor_ids:
        problems.append(M.TEMPLATE_CELL_EMPTY(column="Pelaksana").id)
    if not cells.activity:
        step["activity"] = "-"  # the model needs a text; the review item says it is empty
    return step


def _number(text: str, n: int, problems: list[str]) -> int:
    """The step number as written; the row's place (n + 1) when it is not a number."""
    try:
        return int(text)
    except ValueError:
        problems.append(M.TEMPLATE_CELL_UNREAD(column="No", value=text).id)
        return n + 1


def _kind(symbol: str, problems: list[str]) -> str:
    """The step's kind from column Simbol (blank: proses); an unknown symbol reads as proses."""
    kind = _SYMBOLS.get(symbol.casefold(), "")
    if kind:
        return kind
    problems.append(M.TEMPLATE_CELL_UNREAD(column="Simbol", value=symbol).id)
    return "process"


def _actors(cell: str, by_name: dict[str, str], problems: list[str]) -> list[str]:
    """The lane ids of column Pelaksana (one lane name per line, as in sheet Pelaksana)."""
    actor_ids = []
    for name in (a.strip() for a in cell.splitlines() if a.strip()):
        actor = by_name.get(name.casefold())
        if actor is None:
            problems.append(M.TEMPLATE_CELL_UNREAD(column="Pelaksana", value=name).id)
        else:
            actor_ids.append(actor)
    return actor_ids


def _flow(
    step: dict[str, Any], cells: _StepCells, following: list[str] | None, problems: list[str]
) -> None:
    """Where the step leads: a decision's two branches (Ya, Tidak); another step's Berikutnya,
    or when that is blank the number of the following row (none after the last row)."""
    if step["kind"] == "decision":
        step["yes"] = _branch(cells.yes, "Ya", cells.yes_label, cells.yes_condition, problems)
        step["no"] = _branch(cells.no, "Tidak", cells.no_label, cells.no_condition, problems)
    elif cells.next:
        step["next"] = _target(cells.next, "Berikutnya", problems)
    elif following is not None:
        first = following[0].strip() if following else ""
        # Only 0-9: "²" is a digit to str.isdigit() but not to int(); a row number is short.
        plain = first.isascii() and first.isdecimal() and len(first) <= 9
        step["next"] = int(first) if plain else None


def _branch(
    to: str, column: str, label: str, condition: str, problems: list[str]
) -> dict[str, Any]:
    return {
        "to": _target(to, column, problems),
        "label": label or None,
        "condition": condition or None,
    }


def _target(text: str, column: str, problems: list[str]) -> int | None:
    """A step number; None where the procedure ends (blank, selesai, end, -)."""
    if not text or text.casefold() in _END:
        return None
    try:
        return int(text)
    except ValueError:
        problems.append(M.TEMPLATE_CELL_UNREAD(column=column, value=text).id)
        return None
