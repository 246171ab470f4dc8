"""`sop import` of a DOCX (python-docx) and of a PDF read directly (pdfplumber): an SOP AP
document made by code from the example SOP, imported and compared with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from uji_konsekuensi.converter import unstructure
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.sop import SOP, load_sop
from uji_konsekuensi.sop.importer import import_sop
from uji_konsekuensi.sop.importer.compare import compare, summarise

EXAMPLE = (
    Path(__file__).resolve().parents[1]
    / "examples/agency-plugin/src/uji_konsekuensi_contoh/sop.json"
)


def _numbered(items: tuple[str, ...]) -> list[str]:
    """A list cell as an SOP writes it: one line per item, numbered when there are several."""
    if len(items) <= 1:
        return list(items)
    return [f"{i}. {t}" for i, t in enumerate(items, 1)]


def _identity_rows(sop: SOP) -> list[list[str]]:
    ident = sop.identity
    signed = ident.approved_by
    signature = "\n".join(
        p
        for p in (
            signed.position if signed else None,
            signed.name if signed else None,
            signed.rank if signed else None,
            f"NIP. {signed.nip}" if signed and signed.nip else None,
        )
        if p
    )
    rows = [
        ["Nomor SOP", ident.number],
        ["Tanggal Pembuatan", ident.created_text or ""],
        ["Tanggal Revisi", ident.revised_text or ""],
        ["Tanggal Efektif", ident.effective_text or ""],
        ["Disahkan oleh", signature],
        ["Nama SOP", ident.title],
    ]
    pairs = [
        ("Dasar Hukum", [b.text for b in ident.legal_basis]),
        ("Kualifikasi Pelaksana", list(ident.qualifications)),
        ("Keterkaitan", list(ident.related)),
        ("Peralatan/Perlengkapan", list(ident.equipment)),
        ("Peringatan", list(ident.warnings)),
        ("Pencatatan dan Pendataan", list(ident.records)),
    ]
    for k in range(0, len(pairs), 2):
        (la, va), (lb, vb) = pairs[k], pairs[k + 1]
        rows.append([la, lb])
        rows.append(["\n".join(_numbered(tuple(va))), "\n".join(_numbered(tuple(vb)))])
    return rows


def _flow_rows(sop: SOP) -> list[list[str]]:
    lanes = [lane.name for lane in sop.lanes]
    head = ["No", "Kegiatan", "Pelaksana"] + [""] * (len(lanes) - 1)
    head += ["Mutu Baku", "", "", "Keterangan"]
    sub = ["", "", *lanes, "Kelengkapan", "Waktu", "Output", ""]
    rows = [head, sub]
    for s in sop.steps:
        rows.append(
            [
                str(s.number),
                s.activity,
                *[""] * len(lanes),  # the symbols are drawn shapes: no text in the lanes
                "\n".join(_numbered(s.requirements)),
                s.waktu_text or "",
                "\n".join(_numbered(s.outputs)),
                s.note or "",
            ]
        )
    return rows


def _write_docx(sop: SOP, path: Path) -> None:
    import docx

    document = docx.Document()
    ident = sop.identity
    for line in (ident.agency, ident.unit, *ident.letterhead):
        document.add_paragraph(line or "")
    for rows in (_identity_rows(sop), _flow_rows(sop)):
        if rows[0][0] == "No":
            document.add_paragraph(sop.identity.flowchart_title or "")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                lines = text.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
    document.save(str(path))


@pytest.fixture(scope="module")
def example() -> SOP:
    return load_sop(EXAMPLE)


def test_docx_tables_are_read_like_the_text(example: SOP, tmp_path: Path) -> None:
    """A DOCX whose tables hold the identity and the flowchart: the identity, the lanes and
    every step cell are read exactly; only what the drawn symbols hold (actors, symbol, flow)
    is left for review."""
    path = tmp_path / "sop.docx"
    _write_docx(example, path)
    result = import_sop(path)
    reference = unstructure(example)
    results = compare(result.data, reference, result.review)
    assert [r.field for r in results if r.status == "wrong"] == []
    counts = summarise(results)
    assert counts["cell"] == {"exact": 6 * len(example.steps), "review": 0, "wrong": 0}
    identity = {r.field: r.status for r in results if r.group == "identity"}
    for field in ("number", "title", "legal_basis", "qualifications", "warnings", "approved_by"):
        assert identity[f"identity.{field}"] == "exact", field
    assert [lane["name"] for lane in result.data["lanes"]] == [lane.name for lane in example.lanes]
    where = next(i.where for i in result.review if i.path == "steps[0].actors")
    assert where is not None and where.id == "tabel 2 baris 3"


def _write_pdf(sop: SOP, path: Path) -> None:
    from html import escape

    import weasyprint

    def table(rows: list[list[str]]) -> str:
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(c).replace(chr(10), '<br>')}</td>" for c in r) + "</tr>"
            for r in rows
        )
        return f"<table>{body}</table>"

    html = (
        "<html><head><style>@page { size: A4 landscape; margin: 1cm }"
        "body { font: 8pt sans-serif } table { border-collapse: collapse; width: 100%;"
        " margin-bottom: 1cm } td { border: 1px solid black; padding: 2px;"
        " vertical-align: top }</style></head><body>"
        + "".join(
            f"<p>{escape(line)}</p>"
            for line in (sop.identity.agency, sop.identity.unit or "", *sop.identity.letterhead)
        )
        + f"{table(_identity_rows(sop))}{table(_flow_rows(sop))}</body></html>"
    )
    weasyprint.HTML(string=html).write_pdf(str(path))


def test_pdf_read_directly_has_nothing_wrong(example: SOP, tmp_path: Path) -> None:
    """A PDF with ruled tables, read through pdfplumber: every value is exact or listed for
    review, and at least 90% of the step cells are exact."""
    path = tmp_path / "sop.pdf"
    _write_pdf(example, path)
    result = import_sop(path)
    results = compare(result.data, unstructure(example), result.review)
    assert [(r.field, r.got, r.want) for r in results if r.status == "wrong"] == []
    cells = summarise(results)["cell"]
    assert cells["exact"] / sum(cells.values()) >= 0.9
    assert result.data["identity"]["number"] == example.number


def test_damaged_docx_and_pdf_are_input_errors(tmp_path: Path) -> None:
    """A file that is not what its name says is an InputError naming it, never a traceback."""
    for name in ("sop.docx", "sop.pdf", "sop.xlsx"):
        bad = tmp_path / name
        bad.write_bytes(b"not really")
        with pytest.raises(InputError) as err:
            import_sop(bad)
        assert name in err.value.source
