"""Build the unseen SOP AP corpus (tests/data/sop_import/unseen/) from its hand transcriptions.

For each ``NAME.reference.json`` (the steps, actors, waktu and output as the public source writes
them; tests/data/sop_import/unseen/README.md cites each source) this writes the forms an office
really has:

- ``NAME.docx``: Word, in the SOP AP layout of PermenPAN-RB 35/2012: the flowchart table with two
  merged header rows (No and Kegiatan merged down, Pelaksana over the lanes, Mutu Baku over
  Kelengkapan/Waktu/Output), the actor marked by a flowchart shape drawn in its lane cell
  (DrawingML with Word's VML fallback, or VML alone as older Word writes it), decisions as
  diamonds with their branch labels, arrows between the shapes, the table crossing pages;
- ``NAME.pdf``: that DOCX converted by LibreOffice (``soffice --headless --convert-to pdf``);
- ``NAME.layout.txt``: ``pdftotext -layout NAME.pdf``.

The layouts vary as real offices' do (``LAYOUTS``): the identity as the two-column kop block or
after the table, 2 to 4 lanes, vertical lane headings, a header repeated on each page or printed
once, branch labels Ya/Tidak or TERIMA/TOLAK, numbered Kelengkapan lists, a step with two actors.
This script is no part of the importer and the importer imports nothing from it.

Run: .venv/bin/python tools/sop_unseen_corpus.py [NAME ...] (python-docx, LibreOffice Writer and
poppler's pdftotext). The files are committed; the tests need none of these tools.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1] / "tests/data/sop_import/unseen"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)
PRESET = {
    "terminator": "flowChartTerminator",
    "process": "flowChartProcess",
    "decision": "flowChartDecision",
}
VML = {
    "process": '<v:rect style="width:40pt;height:20pt" strokeweight="1pt"/>',
    "terminator": '<v:roundrect arcsize="50%" style="width:40pt;height:20pt"/>',
    "decision": '<v:shape type="#_x0000_t110" o:spt="110" style="width:30pt;height:30pt"/>',
}

#: How each office laid its SOP out.
LAYOUTS: dict[str, dict[str, Any]] = {
    # Identity as the SOP AP kop block: the body's name in a left cell merged down, the labels
    # and values at the right; 4 lanes and a KET column; the header repeated on each page.
    "disdik": {"kop_block": True, "labels": ("Ya", "Tidak"), "numbered": False},
    # Kop lines above, the identity table after the flowchart; 2 lanes, long activities; VML
    # shapes as an older Word writes them; no Keterangan column.
    "lombokbarat": {"identity_after": True, "vml": True, "keterangan": False},
    # 4 lanes, numbered Kelengkapan lists, a long note in Keterangan.
    "riau": {"numbered": True, "labels": ("Ya", "Tidak")},
    # 2 lanes, a step with two actors, waktu ranges; the header printed once only (not repeated
    # after the page break).
    "ringinharjo": {"repeat_header": False, "kop_block": True},
    # 3 lanes with vertical headings, TERIMA/TOLAK labels, many empty Mutu Baku cells.
    "padanglawas": {"vertical_lanes": True, "labels": ("TERIMA", "TOLAK")},
    # Disdik's SOP with a Kelengkapan column too narrow for its heading: Word and LibreOffice
    # break the word ("KELENGKAPA" / "N"), as offices' narrow columns do.
    "disdik-sempit": {
        "reference": "disdik",
        "kop_block": True,
        "labels": ("Ya", "Tidak"),
        "kel_width": 2.8,
    },
}
DEFAULTS: dict[str, Any] = {
    "kop_block": False,
    "identity_after": False,
    "vml": False,
    "keterangan": True,
    "numbered": False,
    "labels": ("Ya", "Tidak"),
    "repeat_header": True,
    "vertical_lanes": False,
    "reference": None,
    "kel_width": 3.4,
}


def numbered(items: list[str], on: bool) -> list[str]:
    return [f"{i}. {t}" for i, t in enumerate(items, 1)] if on and len(items) > 1 else items


def identity_rows(ref: dict[str, Any]) -> list[tuple[str, str]]:
    ident = ref["identity"]
    s = ident["approved_by"]
    nip = f"NIP. {s['nip']}" if s["nip"] else None
    sign = "\n".join(x for x in (s["position"], s["name"], s["rank"], nip) if x)
    return [
        ("NOMOR SOP", ident["number"]),
        ("TGL. PEMBUATAN", ident["created_text"] or ""),
        ("TGL. REVISI", ident["revised_text"] or ""),
        ("TGL. EFEKTIF", ident["effective_text"] or ""),
        ("DISAHKAN OLEH", sign),
        ("NAMA SOP", ident["title"]),
    ]


def list_pairs(ref: dict[str, Any], on: bool) -> list[tuple[str, str, str, str]]:
    ident = ref["identity"]
    pairs = [
        ("DASAR HUKUM", [b["text"] for b in ident["legal_basis"]]),
        ("KUALIFIKASI PELAKSANA", ident["qualifications"]),
        ("KETERKAITAN", ident["related"]),
        ("PERALATAN/PERLENGKAPAN", ident["equipment"]),
        ("PERINGATAN", ident["warnings"]),
        ("PENCATATAN DAN PENDATAAN", ident["records"]),
    ]
    out = []
    for k in range(0, 6, 2):
        (la, va), (lb, vb) = pairs[k], pairs[k + 1]
        out.append((la, "\n".join(numbered(va, True)), lb, "\n".join(numbered(vb, True))))
    return out


# --- shapes ------------------------------------------------------------------------------------


def _anchor(n: int, size: str, graphic: str, x: int = 90000, y: int = 40000) -> str:
    return (
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent {size}/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Shape {n}"/><wp:cNvGraphicFramePr/>{graphic}</wp:anchor>'
    )


def _wsp(prst: str, size: str, line: str = "") -> str:
    return (
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext {size}/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>'
        '<a:noFill/><a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
        f"{line}</a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
    )


def shape_xml(kind: str, n: int, vml: bool) -> str:
    if vml:
        return f"<w:r {NS}><w:pict>{VML[kind]}</w:pict></w:r>"
    size = 'cx="540000" cy="300000"' if kind != "decision" else 'cx="420000" cy="380000"'
    anchor = _anchor(n, size, _wsp(PRESET[kind], size))
    # Word writes a shape twice: DrawingML for itself, VML as the fallback for old readers.
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{VML[kind]}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def arrow_xml(n: int) -> str:
    """A straight arrow from below the shape down into the next row (Word's connector)."""
    size = 'cx="0" cy="420000"'
    graphic = _wsp("straightConnector1", size, '<a:tailEnd type="triangle"/>')
    return f"<w:r {NS}><w:drawing>{_anchor(n, size, graphic, x=360000, y=360000)}</w:drawing></w:r>"


# --- DOCX --------------------------------------------------------------------------------------


def set_cell(cell: Any, text: str) -> None:
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def vertical(cell: Any) -> None:
    from docx.oxml import parse_xml

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection {NS} w:val="btLr"/>'))


def header(table: Any, lanes: list[str], lay: dict[str, Any]) -> None:
    from docx.oxml import parse_xml

    n = len(lanes)
    ket = lay["keterangan"]
    top, sub = table.rows[0], table.rows[1]
    for row in (top, sub):
        if lay["repeat_header"]:  # repeated at the top of every page the table is laid on
            row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {NS}/>"))
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {NS}/>"))
    set_cell(top.cells[0], "NO")
    set_cell(top.cells[1], "KEGIATAN")
    set_cell(top.cells[2], "PELAKSANA")
    set_cell(top.cells[2 + n], "MUTU BAKU")
    if ket:
        set_cell(top.cells[5 + n], "KET")
    for k, name in enumerate(lanes):
        set_cell(sub.cells[2 + k], name)
        if lay["vertical_lanes"]:
            vertical(sub.cells[2 + k])
    for k, name in enumerate(("KELENGKAPAN", "WAKTU", "OUTPUT")):
        set_cell(sub.cells[2 + n + k], name)
    top.cells[0].merge(sub.cells[0])
    top.cells[1].merge(sub.cells[1])
    if ket:
        top.cells[5 + n].merge(sub.cells[5 + n])
    if n > 1:
        top.cells[2].merge(top.cells[1 + n])
    top.cells[2 + n].merge(top.cells[4 + n])


def identity_table(
    document: Any, ref: dict[str, Any], lay: dict[str, Any], *, kop_lines: bool = True
) -> None:
    rows = identity_rows(ref)
    pairs = list_pairs(ref, lay["numbered"])
    ident = ref["identity"]
    if lay["kop_block"]:
        # Left: the body's name (and unit) in one cell merged down; right: label, value.
        table = document.add_table(rows=len(rows) + 2 * len(pairs), cols=3)
        table.style = "Table Grid"
        kop = "\n".join(x for x in (ident["agency"], ident["unit"], *ident["letterhead"]) if x)
        left = table.cell(0, 0).merge(table.cell(len(rows) - 1, 0))
        set_cell(left, kop)
        for r, (label, value) in enumerate(rows):
            set_cell(table.cell(r, 1), label)
            set_cell(table.cell(r, 2), value)
        base = len(rows)
        for k, (la, va, lb, vb) in enumerate(pairs):
            r = base + 2 * k
            set_cell(table.cell(r, 0), la + ":")
            set_cell(table.cell(r, 1).merge(table.cell(r, 2)), lb + ":")
            set_cell(table.cell(r + 1, 0), va)
            set_cell(table.cell(r + 1, 1).merge(table.cell(r + 1, 2)), vb)
        return
    for line in (ident["agency"], ident["unit"], *ident["letterhead"]) if kop_lines else ():
        if line:
            document.add_paragraph(line)
    table = document.add_table(rows=len(rows) + 2 * len(pairs), cols=2)
    table.style = "Table Grid"
    for r, (label, value) in enumerate(rows):
        set_cell(table.cell(r, 0), label)
        set_cell(table.cell(r, 1), value)
    base = len(rows)
    for k, (la, va, lb, vb) in enumerate(pairs):
        r = base + 2 * k
        set_cell(table.cell(r, 0), la)
        set_cell(table.cell(r, 1), lb)
        set_cell(table.cell(r + 1, 0), va)
        set_cell(table.cell(r + 1, 1), vb)


def branch_marks(ref: dict[str, Any], step: dict[str, Any], labels: tuple[str, str]) -> dict:
    """The yes label under the decision's diamond, the no label in the lane beside it."""
    if step["kind"] != "decision":
        return {}
    ids = [lane["id"] for lane in ref["lanes"]]
    i = ids.index(step["actors"][0])
    other = ids[i + 1] if i + 1 < len(ids) else ids[i - 1]
    return {step["actors"][0]: labels[0], other: labels[1]}


def write_docx(ref: dict[str, Any], path: Path, lay: dict[str, Any]) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.styles["Normal"].font.size = Pt(9)
    ident = ref["identity"]
    if lay["identity_after"]:
        for line in (ident["agency"], ident["unit"], *ident["letterhead"]):
            if line:
                document.add_paragraph(line)
    else:
        identity_table(document, ref, lay)
        document.add_page_break()
    lanes = [lane["name"] for lane in ref["lanes"]]
    ids = [lane["id"] for lane in ref["lanes"]]
    n = len(lanes)
    cols = n + (6 if lay["keterangan"] else 5)
    table = document.add_table(rows=2 + len(ref["steps"]), cols=cols)
    table.style = "Table Grid"
    header(table, lanes, lay)
    # The widths fill the landscape page (26.7 cm inside the margins); Kegiatan takes the rest.
    tail = [lay["kel_width"], 1.8, 3.0] + ([2.6] if lay["keterangan"] else [])
    widths = [Cm(w) for w in (1.0, 26.5 - 1.0 - 2.3 * n - sum(tail), *([2.3] * n), *tail)]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width  # the grid LibreOffice lays the table out by
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
    shape_no = 0
    numbers = [s["number"] for s in ref["steps"]]
    for r, step in enumerate(ref["steps"], 2):
        row = table.rows[r]
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {NS}/>"))
        cells = row.cells
        set_cell(cells[0], str(step["number"]))
        set_cell(cells[1], step["activity"])
        marks = branch_marks(ref, step, lay["labels"])
        last = step["number"] == numbers[-1]
        for k, lane in enumerate(ids):
            cell = cells[2 + k]
            if lane in step["actors"]:
                shape_no += 1
                para = cell.paragraphs[0]._p
                para.append(parse_xml(shape_xml(step["kind"], shape_no, lay["vml"])))
                if not last and not lay["vml"]:
                    shape_no += 1
                    para.append(parse_xml(arrow_xml(shape_no)))
                # room for the drawn shape: the cell is as tall as the symbol
                cell.add_paragraph("")
                cell.add_paragraph("")
            if lane in marks:
                cell.add_paragraph(marks[lane])
        on = lay["numbered"]
        set_cell(cells[2 + n], "\n".join(numbered(step["requirements"], on)))
        set_cell(cells[3 + n], step["waktu_text"] or "")
        set_cell(cells[4 + n], "\n".join(numbered(step["outputs"], on)))
        if lay["keterangan"]:
            set_cell(cells[5 + n], step["note"] or "")
    if lay["identity_after"]:
        document.add_paragraph("")
        identity_table(document, ref, {**lay, "kop_block": False}, kop_lines=False)
    document.save(str(path))


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")


def to_pdf(docx_path: Path, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                soffice(),
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx_path),
            ],
            check=True,
            capture_output=True,
        )
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), pdf_path)


def main(names: list[str]) -> None:
    for name in names or sorted(LAYOUTS):
        lay = {**DEFAULTS, **LAYOUTS[name]}
        source = lay["reference"] or name  # a variant is another layout of an SOP's text
        ref = json.loads((HERE / f"{source}.reference.json").read_text(encoding="utf-8"))
        docx_path = HERE / f"{name}.docx"
        write_docx(ref, docx_path, lay)
        pdf = HERE / f"{name}.pdf"
        to_pdf(docx_path, pdf)
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), str(HERE / f"{name}.layout.txt")], check=True
        )
        print(name, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
