"""Write the corpus files (DOCX, PDF, extracted text) from each NAME.reference.json.

Run: .venv/bin/python tests/data/sop_import/corpus/make_corpus.py (python-docx, WeasyPrint and
poppler's pdftotext). The files are committed, so the tests do not need pdftotext; this script
documents how each was made (README.md says which real layout each imitates).
"""

from __future__ import annotations

import json
import subprocess
import sys
from html import escape
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
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
    "terminator": '<v:roundrect arcsize="0.5" style="width:40pt;height:20pt"/>',
    "decision": '<v:shape type="#_x0000_t110" o:spt="110" style="width:30pt;height:30pt"/>',
}


def numbered(items: list[str]) -> list[str]:
    return items if len(items) <= 1 else [f"{i}. {t}" for i, t in enumerate(items, 1)]


def identity_rows(ref: dict[str, Any]) -> list[list[str]]:
    ident = ref["identity"]
    s = ident["approved_by"]
    sign = "\n".join(x for x in (s["position"], s["name"], s["rank"], f"NIP. {s['nip']}") if x)
    rows = [
        ["NOMOR SOP", ident["number"]],
        ["TGL. PEMBUATAN", ident["created_text"] or ""],
        ["TGL. REVISI", ident["revised_text"] or ""],
        ["TGL. EFEKTIF", ident["effective_text"] or ""],
        ["DISAHKAN OLEH", sign],
        ["NAMA SOP", ident["title"]],
    ]
    pairs = [
        ("DASAR HUKUM", [b["text"] for b in ident["legal_basis"]]),
        ("KUALIFIKASI PELAKSANA", ident["qualifications"]),
        ("KETERKAITAN", ident["related"]),
        ("PERALATAN/PERLENGKAPAN", ident["equipment"]),
        ("PERINGATAN", ident["warnings"]),
        ("PENCATATAN DAN PENDATAAN", ident["records"]),
    ]
    for k in range(0, 6, 2):
        (la, va), (lb, vb) = pairs[k], pairs[k + 1]
        rows.append([la, lb])
        rows.append(["\n".join(numbered(va)), "\n".join(numbered(vb))])
    return rows


def labels(ref: dict[str, Any], step: dict[str, Any]) -> dict[str, str]:
    """Ya beside the decision's symbol, Tidak in the lane next to it (the arrow's label)."""
    if step["kind"] != "decision":
        return {}
    ids = [lane["id"] for lane in ref["lanes"]]
    i = ids.index(step["actors"][0])
    other = ids[i + 1] if i + 1 < len(ids) else ids[i - 1]
    return {step["actors"][0]: "Ya", other: "Tidak"}


# --- DOCX -------------------------------------------------------------------------------------


def shape_xml(kind: str, n: int, vml: bool) -> str:
    if vml:
        return f"<w:r {NS}><w:pict>{VML[kind]}</w:pict></w:r>"
    size = 'cx="540000" cy="270000"'
    wsp = (
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext {size}/></a:xfrm><a:prstGeom prst="{PRESET[kind]}"><a:avLst/></a:prstGeom>'
        "</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
    )
    anchor = (
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>90000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>40000</wp:posOffset></wp:positionV>'
        f'<wp:extent {size}/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Flowchart {n}"/><wp:cNvGraphicFramePr/>{wsp}</wp:anchor>'
    )
    # Word writes the shape twice: DrawingML for itself, VML as the fallback for old readers.
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{VML[kind]}</w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def set_cell(cell: Any, text: str) -> None:
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def header(table: Any, lanes: list[str]) -> None:
    from docx.oxml import parse_xml

    n = len(lanes)
    top, sub = table.rows[0], table.rows[1]
    for row in (top, sub):  # repeated at the top of every page Word lays the table on
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {NS}/>"))
    set_cell(top.cells[0], "No")
    set_cell(top.cells[1], "Kegiatan")
    set_cell(top.cells[2], "Pelaksana")
    set_cell(top.cells[2 + n], "Mutu Baku")
    set_cell(top.cells[5 + n], "Keterangan")
    for k, name in enumerate(lanes):
        set_cell(sub.cells[2 + k], name)
    for k, name in enumerate(("Kelengkapan", "Waktu", "Output")):
        set_cell(sub.cells[2 + n + k], name)
    top.cells[0].merge(sub.cells[0])
    top.cells[1].merge(sub.cells[1])
    top.cells[5 + n].merge(sub.cells[5 + n])
    top.cells[2].merge(top.cells[1 + n])
    top.cells[2 + n].merge(top.cells[4 + n])


def write_docx(ref: dict[str, Any], path: Path, *, vml: bool) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = docx.Document()
    ident = ref["identity"]
    for line in (ident["agency"], ident["unit"], *ident["letterhead"]):
        if line:
            document.add_paragraph(line)
    rows = identity_rows(ref)
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            set_cell(table.cell(r, c), text)
    lanes = [lane["name"] for lane in ref["lanes"]]
    ids = [lane["id"] for lane in ref["lanes"]]
    steps = ref["steps"]
    half = (len(steps) + 1) // 2
    shape_no = 0
    for part, chunk in enumerate((steps[:half], steps[half:])):
        # A table continued on the next page: Word users copy the header by hand.
        p = document.add_paragraph()
        if part:
            p.add_run().add_break(WD_BREAK.PAGE)
        table = document.add_table(rows=2 + len(chunk), cols=len(lanes) + 6)
        table.style = "Table Grid"
        header(table, lanes)
        for r, step in enumerate(chunk, 2):
            cells = table.rows[r].cells
            set_cell(cells[0], str(step["number"]))
            set_cell(cells[1], step["activity"])
            marks = labels(ref, step)
            for k, lane in enumerate(ids):
                cell = cells[2 + k]
                if lane in step["actors"]:
                    shape_no += 1
                    cell.paragraphs[0]._p.append(parse_xml(shape_xml(step["kind"], shape_no, vml)))
                if lane in marks:
                    cell.add_paragraph(marks[lane])
            n = len(lanes)
            set_cell(cells[2 + n], "\n".join(numbered(step["requirements"])))
            set_cell(cells[3 + n], step["waktu_text"] or "")
            set_cell(cells[4 + n], "\n".join(numbered(step["outputs"])))
            set_cell(cells[5 + n], step["note"] or "")
    document.save(str(path))


# --- PDF --------------------------------------------------------------------------------------


def svg(kind: str) -> str:
    if kind == "process":
        body = '<rect x="1" y="1" width="38" height="18" fill="none" stroke="black"/>'
        h = 20
    elif kind == "terminator":
        body = '<rect x="1" y="1" width="38" height="18" rx="9" fill="none" stroke="black"/>'
        h = 20
    else:
        body = '<polygon points="20,1 39,14 20,27 1,14" fill="none" stroke="black"/>'
        h = 28
    return f'<svg width="40" height="{h}" viewBox="0 0 40 {h}">{body}</svg>'


def cell_html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def write_pdf(ref: dict[str, Any], path: Path, *, valign: str = "top") -> None:
    import weasyprint

    ident = ref["identity"]
    lanes = ref["lanes"]
    n = len(lanes)
    kop = "".join(
        f"<p class=kop>{escape(x)}</p>"
        for x in (ident["agency"], ident["unit"], *ident["letterhead"])
        if x
    )
    idt = "".join(
        "<tr>" + "".join(f"<td>{cell_html(c)}</td>" for c in r) + "</tr>"
        for r in identity_rows(ref)
    )
    head = (
        "<thead><tr><th rowspan=2>No</th><th rowspan=2>Kegiatan</th>"
        f"<th colspan={n}>Pelaksana</th><th colspan=3>Mutu Baku</th>"
        "<th rowspan=2>Keterangan</th></tr><tr>"
        + "".join(f"<th>{escape(lane['name'])}</th>" for lane in lanes)
        + "<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead>"
    )
    body = ""
    for step in ref["steps"]:
        marks = labels(ref, step)
        cells = [f"<td>{step['number']}</td><td class=act>{cell_html(step['activity'])}</td>"]
        for lane in lanes:
            inner = svg(step["kind"]) if lane["id"] in step["actors"] else ""
            if lane["id"] in marks:
                inner += f"<br>{marks[lane['id']]}"
            cells.append(f"<td class=lane>{inner}</td>")
        for value in (
            "\n".join(numbered(step["requirements"])),
            step["waktu_text"] or "",
            "\n".join(numbered(step["outputs"])),
            step["note"] or "",
        ):
            cells.append(f"<td>{cell_html(value)}</td>")
        body += "<tr>" + "".join(cells) + "</tr>"
    html = (
        "<html><head><style>@page { size: A4 landscape; margin: 1.2cm }"
        "body { font: 11pt sans-serif } .kop { margin: 0; font-weight: bold }"
        "table { border-collapse: collapse; width: 100%; margin-top: 0.5cm }"
        f"td, th {{ border: 1px solid black; padding: 3px; vertical-align: {valign} }}"
        "tr { break-inside: avoid } td.lane { width: 2.2cm; text-align: center }"
        "td.act { width: 6cm } .flow { break-before: page }</style></head><body>"
        f"{kop}<table>{idt}</table><table class=flow>{head}<tbody>{body}</tbody></table>"
        "</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(str(path))


def main() -> None:
    for ref_path in sorted(HERE.glob("*.reference.json")):
        name = ref_path.name.split(".")[0]
        ref = json.loads(ref_path.read_text(encoding="utf-8"))
        write_docx(ref, HERE / f"{name}.docx", vml=name == "layanan")
        pdf = HERE / f"{name}.pdf"
        write_pdf(ref, pdf)
        for mode in ("layout", "raw"):
            subprocess.run(
                ["pdftotext", f"-{mode}", str(pdf), str(HERE / f"{name}.{mode}.txt")], check=True
            )
        # Cells centred vertically, as many offices format them: the row number and the short
        # cells sit on a middle line, the activity's lines above and below it.
        middle = HERE / f"{name}.middle.pdf"
        write_pdf(ref, middle, valign="middle")
        subprocess.run(
            ["pdftotext", "-layout", str(middle), str(HERE / f"{name}.middle.txt")], check=True
        )
        raw = (HERE / f"{name}.raw.txt").read_text(encoding="utf-8")
        start = raw.find("No\n")
        # The flowchart table as one line: each cell's lines joined by single spaces.
        flat = raw[:start] + " ".join(raw[start:].split()) + "\n"
        (HERE / f"{name}.flat.txt").write_text(flat, encoding="utf-8")
        print(name, file=sys.stderr)


if __name__ == "__main__":
    main()
