"""``uji-konsekuensi sop AGENCY [NUMBER]``: an agency's SOP as the familiar table.

The layout follows the SOP AP document of PermenPAN-RB 35/2012 (legal.md §4): first the Bagian
Identitas (nomor, tanggal pembuatan / revisi / efektif, disahkan oleh, nama SOP, dasar hukum,
kualifikasi pelaksana, keterkaitan, peralatan/perlengkapan, peringatan, pencatatan dan pendataan),
then the actors (lanes, each with its canonical role), then the flowchart as a table: No |
Kegiatan | Pelaksana | Kelengkapan | Waktu | Output | Keterangan, with each decision's YES and NO
branches. Values are printed as the agency wrote them; an inferred value is marked ``*`` and a
corrected one ``†``, and ``--notes`` lists every correction and inference with its reason.

Headings are in Bahasa Indonesia (``--lang en`` for English); the SOP's own text is never
translated. ``--json`` prints the SOP in the wire format of `uji_konsekuensi.converter`, the same
JSON a plugin's sop.json holds. The table fits the terminal width (or ``$COLUMNS``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..i18n import Language, Text, current_language

if TYPE_CHECKING:
    from ..sop import SOP, Step
    from ..sop.provenance import Provenanced

INFERRED = "*"
CORRECTED = "†"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sop",
        help="tampilkan SOP instansi / show an agency's SOP",
        description=(
            "Tampilkan SOP uji konsekuensi sebuah instansi sebagai tabel (identitas, lalu langkah "
            "dengan pelaksana, kelengkapan, waktu, output, keterangan) atau sebagai JSON."
        ),
    )
    parser.add_argument("agency", metavar="INSTANSI", help="kode instansi / agency code")
    parser.add_argument(
        "number",
        metavar="NOMOR",
        nargs="?",
        help="nomor SOP bila instansi punya lebih dari satu / SOP number if there are several",
    )
    parser.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    parser.add_argument(
        "--notes",
        action="store_true",
        help="cantumkan semua koreksi dan inferensi / list every correction and inference",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "html"),
        default=None,
        help=(
            "table (bawaan), json, atau html: bagan alir SOP AP PermenPAN-RB 35/2012 untuk dicetak "
            "/ table (default), json, or html: the printable SOP AP flowchart"
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="BERKAS",
        help="tulis ke berkas, bukan ke layar / write to a file instead of stdout",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="timpa berkas yang sudah ada / overwrite an existing file",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..agency import get_agency

    agency = get_agency(args.agency)
    sop = agency.get_sop(args.number)
    fmt = args.format or ("json" if args.json else "table")
    if fmt == "json":
        from ..converter import dumps

        text = dumps(sop) + "\n"
    elif fmt == "html":
        from ..documents import render_sop_html

        text = render_sop_html(sop, agency)
    else:
        text = render_sop(sop, agency_name=agency.name, notes=args.notes) + "\n"
    if args.output:
        from ..documents import write_output

        # Written whole or not at all; an existing file only with --force.
        path = write_output(args.output, text, force=args.force)
        print(_t(f"ditulis: {path}", f"written: {path}", current_language()), file=sys.stderr)
    else:
        print(text, end="")
    return 0


# --- rendering --------------------------------------------------------------------------------


def _t(id_: str, en: str, lang: Language) -> str:
    return Text(id=id_, en=en).get(lang)


def _marked(obj: Provenanced, field: str, text: str) -> str:
    """Append the inferred / corrected marks of ``field`` to its text."""
    marks = ""
    if obj.is_inferred(field):
        marks += INFERRED
    if obj.is_corrected(field):
        marks += CORRECTED
    return text + marks


def _numbered(items: Sequence[str], obj: Provenanced | None = None, field: str = "") -> str:
    """A list as numbered lines ("1. ..."), each item marked when corrected or inferred."""
    if not items:
        return "-"
    if len(items) == 1 and obj is None:
        return items[0]
    lines = []
    for i, item in enumerate(items, 1):
        text = _marked(obj, f"{field}[{i - 1}]", item) if obj is not None else item
        lines.append(f"{i}. {text}" if len(items) > 1 else text)
    if obj is not None and obj.is_inferred(field):  # the list as a whole was inferred
        lines[-1] += INFERRED
    return "\n".join(lines)


def _flow(step: Step, lang: Language) -> str:
    """Where the flow goes after a step: "→ 5", "Ya → 5 / Tidak → 3", "selesai"."""
    end = _t("selesai", "end", lang)

    def target(to: int | None) -> str:
        return f"→ {to}" if to is not None else end

    if step.is_decision:
        parts = []
        for branch, default in ((step.yes, ("Ya", "Yes")), (step.no, ("Tidak", "No"))):
            if branch is None:
                parts.append(f"{_t(*default, lang)}: ?")
            else:
                # The label as the flowchart writes it ("YA", "Tidak"); ours when it has none.
                parts.append(f"{branch.label or _t(*default, lang)} {target(branch.to)}")
        text = " / ".join(parts)
        inferred = any(step.is_inferred(f) for f in ("yes", "no", "yes.to", "no.to"))
        return text + (INFERRED if inferred else "")
    return _marked(step, "next", target(step.next))


def _identity_rows(sop: SOP, lang: Language) -> list[tuple[str, str]]:
    identity = sop.identity
    signed = identity.approved_by
    signatory = "-"
    if signed is not None:
        parts = [
            signed.position,
            signed.name,
            signed.rank,
            f"NIP {signed.nip}" if signed.nip else None,
        ]
        signatory = "\n".join(p for p in parts if p) or "-"

    def text(field: str) -> str:
        value = getattr(identity, field)
        return _marked(identity, field, value) if value else "-"

    rows = [
        (_t("Instansi", "Agency", lang), identity.agency),
        (_t("Unit kerja", "Work unit", lang), identity.unit or "-"),
        (_t("Nomor SOP", "SOP number", lang), text("number")),
        (_t("Tanggal Pembuatan", "Date made", lang), text("created_text")),
        (_t("Tanggal Revisi", "Date revised", lang), text("revised_text")),
        (_t("Tanggal Efektif", "Date effective", lang), text("effective_text")),
        (_t("Disahkan oleh", "Approved by", lang), signatory),
        (_t("Nama SOP", "SOP title", lang), text("title")),
        (
            _t("Dasar Hukum", "Legal basis", lang),
            _numbered([b.text for b in identity.legal_basis], identity, "legal_basis"),
        ),
        (
            _t("Kualifikasi Pelaksana", "Qualifications", lang),
            _numbered(identity.qualifications, identity, "qualifications"),
        ),
        (_t("Keterkaitan", "Related", lang), _numbered(identity.related, identity, "related")),
        (
            _t("Peralatan/Perlengkapan", "Equipment", lang),
            _numbered(identity.equipment, identity, "equipment"),
        ),
        (_t("Peringatan", "Warnings", lang), _numbered(identity.warnings, identity, "warnings")),
        (
            _t("Pencatatan dan Pendataan", "Records", lang),
            _numbered(identity.records, identity, "records"),
        ),
    ]
    if sop.trigger is not None:
        trigger = {"request": ("permohonan", "request"), "periodic": ("berkala", "periodic")}
        rows.append(
            (
                _t("Pemicu", "Trigger", lang),
                _marked(sop, "trigger", _t(*trigger[sop.trigger], lang)),
            )
        )
    return rows


def _step_row(sop: SOP, step: Step, lang: Language) -> list[str]:
    lanes = {lane.id: lane.name for lane in sop.lanes}
    actors = "\n".join(lanes.get(a, f"{a}?") for a in step.actors) or "-"
    symbol = {"terminator": "( )", "process": "[ ]", "decision": "< >"}[step.kind.value]
    number = _marked(step, "kind", f"{step.number} {symbol}")
    activity = _marked(step, "activity", step.activity)
    waktu = _marked(step, "waktu_text", step.waktu_text) if step.waktu_text else "-"
    note = _marked(step, "note", step.note) if step.note else ""
    keterangan = "\n".join(p for p in (note, _flow(step, lang)) if p)
    return [
        number,
        activity,
        _marked(step, "actors", actors),
        _numbered(step.requirements, step, "requirements"),
        waktu,
        _numbered(step.outputs, step, "outputs"),
        keterangan,
    ]


def _notes(sop: SOP, lang: Language) -> list[str]:
    """Every correction and inference, with where it is and why."""
    lines: list[str] = []
    holders: list[tuple[str, Provenanced]] = [
        ("SOP", sop),
        (_t("identitas", "identity", lang), sop.identity),
    ]
    holders += [(_t(f"langkah {s.number}", f"step {s.number}", lang), s) for s in sop.steps]
    for where, obj in holders:
        for c in obj.corrections:
            lines.append(
                f"{CORRECTED} {where}, {c.field}: {c.as_written!r} → {c.corrected!r} "
                f"({c.reason.get(lang)})"
            )
        for i in obj.inferences:
            lines.append(f"{INFERRED} {where}, {i.field} = {i.value} ({i.reason.get(lang)})")
    return lines


def _widths(total: int) -> dict[int, int]:
    """Wrap widths of the step table's columns for a terminal ``total`` characters wide."""
    # No and Waktu stay narrow; the rest share what is left, Kegiatan most.
    # Below ~130 columns the table is wider than the terminal rather than unreadable.
    usable = max(total - 3 * 6 - 6 - 14, 90)
    shares = {1: 0.30, 2: 0.14, 3: 0.20, 5: 0.18, 6: 0.18}
    widths = {col: max(10, int(usable * share)) for col, share in shares.items()}
    widths[4] = 14
    return widths


def render_sop(
    sop: SOP,
    *,
    agency_name: str | None = None,
    notes: bool = False,
    lang: Language | None = None,
    width: int | None = None,
) -> str:
    """The SOP as text: identity, actors, then the step table (see module docstring)."""
    lang = lang or current_language()
    width = width or shutil.get_terminal_size((120, 24)).columns
    out: list[str] = []
    title = f"SOP {sop.number}: {sop.title}"
    heading = [title, agency_name] if agency_name else [title]
    out += [*heading, "=" * min(max(map(len, heading)), width), ""]
    identity = _identity_rows(sop, lang)
    label_width = max(len(label) for label, _ in identity)
    out.append(format_table(None, [list(r) for r in identity], wrap={1: width - label_width - 3}))
    out += ["", _t("Pelaksana", "Actors", lang), ""]
    lanes = [
        [lane.name, lane.role.label.get(lang), lane.role.value]
        if lane.role is not None
        else [lane.name, _t("belum ditentukan", "not decided", lang), "?"]
        for lane in sop.lanes
    ] or [
        ["-", "-", "-"]
    ]
    out.append(
        format_table(
            [_t("Kolom", "Column", lang), _t("Peran", "Role", lang), _t("Kode", "Code", lang)],
            lanes,
            wrap={0: 40, 1: 40},
        )
    )
    header = [
        "No",
        _t("Kegiatan", "Activity", lang),
        _t("Pelaksana", "Actors", lang),
        _t("Kelengkapan", "Requirements", lang),
        _t("Waktu", "Time", lang),
        "Output",
        _t("Keterangan", "Notes", lang),
    ]
    out += ["", _t("Prosedur", "Procedure", lang), ""]
    rows = [_step_row(sop, step, lang) for step in sorted(sop.steps, key=lambda s: s.number)]
    out.append(format_table(header, rows, wrap=_widths(width), row_rules=True))
    out += [
        "",
        _t(
            "( ) terminator, [ ] proses, < > keputusan; * disimpulkan, † dikoreksi dari "
            "tulisan asli (lihat --notes)",
            "( ) terminator, [ ] process, < > decision; * inferred, † corrected from what "
            "is written (see --notes)",
            lang,
        ),
    ]
    if notes:
        listed = _notes(sop, lang)
        out += ["", _t("Koreksi dan inferensi", "Corrections and inferences", lang), ""]
        out += [textwrap.fill(line, width, subsequent_indent="  ") for line in listed] or ["-"]
    return "\n".join(out)


_NUMBERED = re.compile(r"\d+\. ")


def format_table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    *,
    wrap: Mapping[int, int] | None = None,
    row_rules: bool = False,
) -> str:
    """A plain-text table: columns separated by " | ", a rule under the header.

    ``wrap`` maps a column index to its maximum width (cells are wrapped on words; a numbered
    item's continuation lines are indented). ``row_rules`` draws a rule between rows, for tables
    whose cells span several lines.
    """
    limits = wrap or {}

    def lines_of(text: str, col: int) -> list[str]:
        limit = limits.get(col)
        lines: list[str] = []
        for para in str(text).splitlines() or [""]:
            if limit and len(para) > limit:
                indent = " " * len(m.group(0)) if (m := _NUMBERED.match(para)) else ""
                # Words are never split: a long word widens its column instead.
                lines += textwrap.wrap(
                    para,
                    limit,
                    subsequent_indent=indent,
                    break_on_hyphens=False,
                    break_long_words=False,
                ) or [""]
            else:
                lines.append(para)
        return lines

    table = [list(header)] if header is not None else []
    table += [list(r) for r in rows]
    if not table:
        return ""
    cells = [[lines_of(c, i) for i, c in enumerate(row)] for row in table]
    ncols = max(len(r) for r in cells)
    for r in cells:
        r += [[""]] * (ncols - len(r))
    widths = [max(len(line) for r in cells for line in r[i]) for i in range(ncols)]
    rule = "-+-".join("-" * w for w in widths)
    out: list[str] = []
    for n, r in enumerate(cells):
        for k in range(max(len(c) for c in r)):
            line = " | ".join(
                (c[k] if k < len(c) else "").ljust(widths[i]) for i, c in enumerate(r)
            )
            out.append(line.rstrip())
        if (header is not None and n == 0) or (row_rules and n < len(cells) - 1):
            out.append(rule)
    return "\n".join(out)
