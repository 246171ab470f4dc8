"""PDF output: every document of every agency example, laid out by WeasyPrint and read back.

Each PDF is read back with pypdf: the ground, the Pasal, the consequence and (on a refusal) the
30-hari-kerja objection notice are there as text a requester can copy; the page count is stable
and printed on every page ("halaman X dari Y"); no table row is split across two pages (checked
on WeasyPrint's layout); the file is tagged PDF/A-2a with every font embedded.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("weasyprint")
pypdf = pytest.importorskip("pypdf")

from uji_konsekuensi.documents import (  # noqa: E402
    Bundle,
    available_printables,
    load_source,
    render_document,
)
from uji_konsekuensi.documents.legal_text import dasar_hukum  # noqa: E402
from uji_konsekuensi.documents.letterhead import agency_letterhead  # noqa: E402
from uji_konsekuensi.documents.pdf import layout  # noqa: E402
from uji_konsekuensi.documents.render import refusal_view  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
AGENCIES = ("kasn", "kalbar", "kutai-timur", "kalteng")


def _documents() -> list[tuple[str, str]]:
    """Every (agency, document) the agency's example case can make, built-in or declared."""
    pairs = []
    for code in AGENCIES:
        bundle = load_source(CASES / f"{code}.case.json")
        for kind, spec in sorted(available_printables(code).items()):
            if spec.requires(bundle) is None:
                pairs.append((code, kind))
    return pairs


DOCUMENTS = _documents()
_cache: dict[tuple[str, str], tuple[Bundle, str, bytes]] = {}


def rendered(code: str, kind: str) -> tuple[Bundle, str, bytes]:
    """The bundle, the HTML and the PDF of one document (rendered once per test session)."""
    if (code, kind) not in _cache:
        bundle = load_source(CASES / f"{code}.case.json")
        html = render_document(kind, bundle, "html")
        pdf = render_document(kind, bundle, "pdf")
        assert isinstance(html, str) and isinstance(pdf, bytes)
        _cache[(code, kind)] = (bundle, html, pdf)
    return _cache[(code, kind)]


def words(text: str) -> str:
    """Text as a reader copies it: compatibility forms folded, white space collapsed, and a line
    broken after a hyphen ("Undang-" / "Undang") joined again."""
    text = re.sub(r"-[ \t]*\n\s*", "-", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def pdf_pages(pdf: bytes) -> list[str]:
    return [words(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_every_agency_document_kind_is_covered() -> None:
    """The list holds the four agencies' declared documents that their examples can make."""
    kinds = {(code, kind) for code, kind in DOCUMENTS}
    for expected in [
        ("kasn", "sk-klasifikasi"),
        ("kasn", "sk-ketua-kasn"),
        ("kasn", "lembar-uji"),
        ("kalbar", "surat-penolakan"),
        ("kalbar", "dik"),
        ("kalbar", "berita-acara-uji"),
        ("kutai-timur", "dik"),
        ("kutai-timur", "penolakan"),
        ("kalteng", "dik-disetujui"),
        ("kalteng", "dip"),
    ]:
        assert expected in kinds


def _expected_texts(code: str, kind: str, bundle: Bundle) -> list[str]:
    """What the document must hold as text: the grounds (Pasal), the consequences, the notice."""
    template = available_printables(code)[kind].template_stem
    if template == "penolakan":
        view = refusal_view(bundle, agency_letterhead(code))
        texts = [*view.grounds, *(c[:80] for c in view.consequences)]
        return [*texts, "30 (tiga puluh) hari kerja sejak menerima Surat Keputusan ini"]
    if template == "dip":
        return [e.row.information[:60] for e in bundle.opened]
    entries = bundle.entries if template == "lembar" else bundle.exempt
    texts = []
    for entry in entries:
        texts += [dasar_hukum(g) for g in entry.row.grounds]
        if entry.row.consequence_of_opening:
            texts.append(entry.row.consequence_of_opening[:80])
    return texts


@pytest.mark.parametrize(("code", "kind"), DOCUMENTS)
def test_pdf_text_holds_ground_pasal_consequence_and_notice(code: str, kind: str) -> None:
    """The PDF's text (pypdf extraction) holds each ground with its Pasal, each consequence of
    opening and, on a refusal, the 30-hari-kerja objection notice; every page says "halaman X
    dari Y" with the true page count."""
    bundle, _, pdf = rendered(code, kind)
    pages = pdf_pages(pdf)
    text = " ".join(pages)
    expected = _expected_texts(code, kind, bundle)
    assert expected, "nothing to check"
    assert any("Pasal" in t for t in expected) or kind == "dip"
    for fragment in expected:
        assert words(fragment) in text, f"{code}/{kind}: {fragment!r} not in the PDF text"
    for number, page in enumerate(pages, 1):
        assert f"halaman {number} dari {len(pages)}" in page


def split_rows(html: str) -> tuple[list[str], int]:
    """The table body rows that WeasyPrint lays out on more than one page, and the page count.

    Header rows (``thead``) are repeated on every page on purpose and are not counted.
    """
    from weasyprint.formatting_structure import boxes

    document = layout(html)
    first_page: dict[int, int] = {}
    split: list[str] = []
    for number, page in enumerate(document.pages):
        for group in page._page_box.descendants():
            if not isinstance(group, boxes.TableRowGroupBox) or group.is_header:
                continue
            for row in group.children:
                if first_page.setdefault(id(row.element), number) != number:
                    split.append(row.element.get("data-row") or "?")
    assert first_page, "no table row found"
    return split, len(document.pages)


@pytest.mark.parametrize(("code", "kind"), DOCUMENTS)
def test_no_table_row_is_split_and_the_page_count_is_stable(code: str, kind: str) -> None:
    """In WeasyPrint's layout every body row of every table sits on one page only, and laying
    the document out again gives the same number of pages as the PDF written."""
    _, html, pdf = rendered(code, kind)
    split, pages = split_rows(html)
    assert split == [], f"{code}/{kind}: rows split across pages: {split}"
    assert pages == len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_split_check_sees_a_row_taller_than_a_page() -> None:
    """A row too tall for one page must split: the check above reports it (it can fail)."""
    bundle, _, _ = rendered("kalteng", "dik")
    import attrs

    sheet = bundle.sheets[0]
    row = attrs.evolve(sheet.rows[0], consequence_of_opening="Konsekuensi panjang. " * 900)
    long = attrs.evolve(bundle, sheets=(attrs.evolve(sheet, rows=(row,)),))
    html = render_document("dik", long, "html")
    assert isinstance(html, str)
    split, pages = split_rows(html)
    assert pages > 2 and split and set(split) == {"1"}


def _font_files(reader: Any) -> list[tuple[str, bool]]:
    found = []
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font["/BaseFont"]), embedded))
    return found


@pytest.mark.parametrize(("code", "kind"), [("kalbar", "surat-penolakan"), ("kasn", "lembar")])
def test_pdf_is_tagged_pdf_a_2a_with_embedded_fonts(code: str, kind: str) -> None:
    """The catalog has a structure tree, /MarkInfo Marked, /Lang id, an output intent, and XMP
    metadata claiming PDF/A-2a; every font is embedded (a subset) and the text is real text."""
    _, _, pdf = rendered(code, kind)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "id" and "/OutputIntents" in root
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r'pdfaid:part="2"', xmp) and re.search(r'pdfaid:conformance="A"', xmp)
    fonts = _font_files(reader)
    assert fonts and all(embedded for _, embedded in fonts), fonts


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdftoppm_rasterises_every_page(tmp_path: Path) -> None:
    """Poppler (another PDF reader than pypdf) opens the refusal letter and draws each page."""
    _, _, pdf = rendered("kalbar", "surat-penolakan")
    source = tmp_path / "surat.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(source), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    text = subprocess.run(
        ["pdftotext", str(source), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    assert "Pasal 17 huruf h angka 4" in words(text)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_sop_flowchart_svg_is_drawn_in_the_pdf() -> None:
    """The SOP page's inline SVG flowchart comes out of WeasyPrint as drawn shapes and text: the
    step texts are text, and the chart page is mostly white paper (its fills come from the style
    sheet inside the SVG; without it WeasyPrint fills every shape black)."""
    from PIL import Image

    from uji_konsekuensi import get_agency
    from uji_konsekuensi.documents import render_sop_html
    from uji_konsekuensi.documents.pdf import html_to_pdf

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from pdf_pages import rasterise

    agency = get_agency("kalbar")
    pdf = html_to_pdf(render_sop_html(agency.sops[0], agency))
    pages = pdf_pages(pdf)
    assert "Mengajukan Permohonan Informasi" in pages[1]
    image = Image.open(io.BytesIO(rasterise(pdf, 2, dpi=20))).convert("L")
    histogram = image.histogram()
    light = sum(histogram[200:]) / sum(histogram)
    assert light > 0.85, f"only {light:.0%} of the chart page is light"
