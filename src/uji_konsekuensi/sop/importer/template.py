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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import InputError
from ...i18n import Text
from ...jsonio import read_bytes
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


def _q(id_: str, en: str) -> Text:
    return Text(id=id_, en=en)


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
    return Text(id=f"lembar {sheet} baris {row}", en=f"sheet {sheet} row {row}")


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
    review: list[ReviewItem] = []

    def ask(p: str, sheet: str, row: int, cells: list[str], question: Text) -> None:
        review.append(
            ReviewItem(
                path=p,
                where=_where(sheet, row),
                source=" | ".join(c for c in cells).strip(),
                question=question,
            )
        )

    identity = empty_identity()
    fields = {label.casefold(): field for label, field in IDENTITY_ROWS}
    trigger = None
    signed: dict[str, Any] = {"position": None, "name": None, "nip": None, "rank": None}
    for r, row in enumerate(sheets["Identitas"][1:], 2):
        label = row[0].strip() if row else ""
        value = row[1].strip() if len(row) > 1 else ""
        field = fields.get(label.casefold())
        if field is None:
            if label or value:
                ask(
                    "identity",
                    "Identitas",
                    r,
                    row,
                    _q(
                        f"label {label!r} tidak dikenal: gunakan label templat",
                        f"unknown label {label!r}: use the template's labels",
                    ),
                )
            continue
        if not value:
            continue
        if field == "trigger":
            trigger = _TRIGGERS.get(value.casefold())
            if trigger is None:
                ask(
                    "trigger",
                    "Identitas",
                    r,
                    row,
                    _q(
                        f"pemicu {value!r}: tulis 'permohonan' atau 'berkala'",
                        f"trigger {value!r}: write 'permohonan' or 'berkala'",
                    ),
                )
        elif field.endswith("[]"):
            name = field[:-2]
            identity[name].append({"text": value} if name == "legal_basis" else value)
        elif field.startswith("approved_by."):
            signed[field.split(".")[1]] = value
        else:
            identity[field] = value
    if any(signed.values()):
        identity["approved_by"] = signed
    for field, label in (("agency", "Instansi"), ("number", "Nomor SOP"), ("title", "Nama SOP")):
        if not identity[field]:
            ask(
                f"identity.{field}",
                "Identitas",
                1,
                [label],
                _q(f"{label} belum diisi", f"{label} is not filled in"),
            )
    lanes: list[dict[str, Any]] = []
    by_name: dict[str, str] = {}
    for r, row in enumerate(sheets["Pelaksana"][1:], 2):
        cells = [*row, "", "", ""]
        name, role, basis = (c.strip() for c in cells[:3])
        if not name:
            continue
        lane_id = slug(name)
        while lane_id in by_name.values():
            lane_id += "-2"
        by_name[name.casefold()] = lane_id
        role_value = role.casefold() or None
        if role_value is None or not basis:
            ask(
                f"lanes[{len(lanes)}].role",
                "Pelaksana",
                r,
                row,
                _q(
                    f"peran dan dasar peran lajur {name!r} belum diisi",
                    f"the role and its basis of lane {name!r} are not filled in",
                ),
            )
        lanes.append(
            {
                "id": lane_id,
                "name": name,
                "role": role_value,
                "role_basis": {"id": basis, "en": basis} if basis else None,
            }
        )
    rows = [
        (r, row) for r, row in enumerate(sheets["Langkah"][1:], 2) if any(c.strip() for c in row)
    ]
    steps: list[dict[str, Any]] = []
    for n, (r, row) in enumerate(rows):
        cells = [c.strip() for c in [*row, *([""] * len(STEP_COLUMNS))][: len(STEP_COLUMNS)]]
        (number, activity, actors, symbol, kel, waktu, out, note, nxt, yes, no) = cells[:11]
        yes_label, yes_cond, no_label, no_cond = cells[11:15]
        step_path = f"steps[{n}]"
        problems: list[str] = []
        try:
            num = int(number)
        except ValueError:
            num = n + 1
            problems.append(f"No {number!r}")
        kind = _SYMBOLS.get(symbol.casefold(), "")
        if not kind:
            kind = "process"
            problems.append(f"Simbol {symbol!r}")
        actor_ids = []
        for name in (a.strip() for a in actors.splitlines() if a.strip()):
            actor = by_name.get(name.casefold())
            if actor is None:
                problems.append(f"Pelaksana {name!r}")
            else:
                actor_ids.append(actor)
        step: dict[str, Any] = {
            "number": num,
            "kind": kind,
            "activity": activity,
            "actors": actor_ids,
            "requirements": _lines(kel),
            "waktu_text": waktu or None,
            "outputs": _lines(out),
            "note": note or None,
            "next": None,
            "yes": None,
            "no": None,
            "lane_marks": [],
            "corrections": [],
            "inferences": [],
        }

        def target(text: str, column: str, problems: list[str] = problems) -> int | None:
            if not text or text.casefold() in _END:
                return None
            try:
                return int(text)
            except ValueError:
                problems.append(f"{column} {text!r}")
                return None

        if kind == "decision":
            step["yes"] = {
                "to": target(yes, "Ya"),
                "label": yes_label or None,
                "condition": yes_cond or None,
            }
            step["no"] = {
                "to": target(no, "Tidak"),
                "label": no_label or None,
                "condition": no_cond or None,
            }
        elif nxt:
            step["next"] = target(nxt, "Berikutnya")
        elif n + 1 < len(rows):
            following = rows[n + 1][1][0].strip() if rows[n + 1][1] else ""
            step["next"] = int(following) if following.isdigit() else None
        if not activity:
            problems.append("Kegiatan kosong / empty")
        if not actor_ids:
            problems.append("Pelaksana kosong / empty")
        if problems:
            ask(
                step_path,
                "Langkah",
                r,
                row,
                _q(
                    "periksa: " + "; ".join(problems) + " (lajur harus ada di lembar Pelaksana)",
                    "check: " + "; ".join(problems) + " (lanes must be in sheet Pelaksana)",
                ),
            )
        if not activity:
            step["activity"] = "-"  # the model needs a text; the review item says it is empty
        steps.append(step)
    draft = {
        "identity": identity,
        "lanes": lanes,
        "steps": steps,
        "trigger": trigger,
        "source": None,
        "corrections": [],
        "inferences": [],
    }
    return draft, review
