"""PDF output: the rendered HTML document and its print CSS, laid out by WeasyPrint.

A refusal letter is sent to the requester as a PDF (attached to an e-mail, uploaded to the
portal), and the office archives what it signed. The PDF is made from the *same* HTML and print
stylesheet as the HTML document (so an agency's or an office's template override reaches the PDF
too), by WeasyPrint, chosen because it implements the CSS Paged Media the stylesheet uses:

- ``@page`` sizes and margins (A4 portrait for letters, A4 landscape for registers), named pages,
  and page-margin boxes with the counters ``page`` and ``pages`` ("halaman 1 dari 2" at the foot
  of every page; a browser's "print to PDF" ignores these or adds its own header and footer);
- ``break-inside: avoid`` on table rows (a row of the Lembar or the DIK is never split across
  two pages) and repeated table headers (``thead``) on every page;
- inline SVG (the SOP flowchart) drawn as vectors;
- fonts embedded (subset) and text kept as text: a requester can select, search and copy the
  ground and the Pasal.

It is pure Python over Pango (text layout, with FriBidi for bidirectional text), needs no
browser, and is an optional extra (``pip install 'uji-konsekuensi[pdf]'``), imported only here
and only when a PDF is asked for.

**Archival**: every PDF is written as **PDF/A-2a** (ISO 19005-2, conformance level A), which
WeasyPrint supports: all fonts embedded, colours with an output intent, XMP metadata, and the
document *tagged* (a structure tree, ``/MarkInfo /Marked true``, the language ``id``), so that
text can be extracted in reading order and read aloud. The written considerations must be made
in writing (UU 14/2008 Pasal 7 ayat (4)), stay accessible to any requester (PP 61/2010 Pasal 2)
and outlive the exemption they justify, which can last up to 30 years (PP 61/2010 Pasal 5 ayat
(1)); PDF/A is the ISO format for documents kept for the long term, and level A (tagged) is the
strictest one WeasyPrint writes for PDF 1.7. PDF/A-4 (PDF 2.0) is also supported by WeasyPrint,
but many archive validators and viewers in government offices still expect PDF/A-2. The
conformance is WeasyPrint's claim: this package checks the markers (tests/test_pdf.py), it does
not run a full validator such as veraPDF.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from . import messages as M
from .docx import MissingExtraError

EXTRA = "pdf"

#: The PDF variant written (see the module docstring for why).
PDF_VARIANT = "pdf/a-2a"


def _import_weasyprint() -> Any:
    try:
        import weasyprint  # type: ignore[import-untyped]
    except ImportError:
        raise MissingExtraError(EXTRA, "weasyprint") from None
    _memoize_page_references()
    return weasyprint


#: Where the memoized page references are kept on a ``pydyf.PDF``: (the ``Kids`` array, its
#: length, the references).
_PAGE_REFERENCES_MEMO = "_uji_konsekuensi_page_references"


def _memoize_page_references() -> None:
    """Make pydyf's ``PDF.page_references`` cost O(1) per read instead of O(pages).

    The one superlinear cost of a long PDF: pydyf (0.13) computes ``page_references`` afresh on
    every read, a new tuple of one reference per page, and WeasyPrint's tagging (``pdf/tags.py``,
    the structure tree PDF/A-2a needs) reads it once per structure element to name the element's
    page: some 70 elements per row of a Lembar, each building a tuple of every page. At 10,000
    rows (5,200 pages) that was 700,000 tuples of 5,200 references, about 900 s of CPU, more than
    the whole layout (measured in benchmarks/README.md, "bench_render.py"). The memo gives the
    same tuple as long as the page list is the same list of the same length (pydyf only appends
    pages, in ``add_page``; all pages are added before the tags are built), so the PDF written is
    the same, byte for byte. Installed once, for the process: the property's value is unchanged,
    only its cost, so other users of pydyf in the process see the same results. If pydyf changes
    ``page_references`` into something other than a computed property, it is left alone.
    """
    import pydyf  # type: ignore[import-untyped]

    current = pydyf.PDF.__dict__.get("page_references")
    if not isinstance(current, property) or current.fget is None:
        return
    if getattr(current.fget, "_memoized", False):
        return
    compute = current.fget

    def page_references(pdf: Any) -> Any:
        kids = pdf.pages["Kids"]
        memo = pdf.__dict__.get(_PAGE_REFERENCES_MEMO)
        if memo is None or memo[0] is not kids or memo[1] != len(kids):
            memo = (kids, len(kids), compute(pdf))
            pdf.__dict__[_PAGE_REFERENCES_MEMO] = memo
        return memo[2]

    page_references._memoized = True  # type: ignore[attr-defined]
    page_references.__wrapped__ = compute  # type: ignore[attr-defined]
    page_references.__doc__ = compute.__doc__
    pydyf.PDF.page_references = property(page_references)


#: The only URL scheme WeasyPrint may open: the documents are self-contained (CSS inlined, the
#: logo a data: URL). WeasyPrint's own stylesheets are read from its package without a URL, and
#: fonts come from fontconfig, so nothing else is needed.
ALLOWED_SCHEMES = frozenset({"data"})


class FetchRefusedError(InputError):
    """A document (a template, a logo) referred to a resource outside itself."""


def _fetcher() -> Any:
    """WeasyPrint's fetcher, allowed data: URLs only, and failing the rendering on any other
    (``file:``, ``http:``, a relative path): a template or an SVG logo that links
    ``file:///etc/passwd`` must not have it read, let alone embedded in a PDF sent out.
    (Inside an SVG image WeasyPrint catches the failure itself: the reference is left out, not
    read, and the rest of the image drawn; letterhead.py refuses such a logo before that.)"""
    from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

    return URLFetcher(allowed_protocols=ALLOWED_SCHEMES, fail_on_errors=True, timeout=1)


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """The HTML of a rendered document as the bytes of an A4 PDF/A-2a file.

    Nothing is fetched: the documents are self-contained (CSS inlined, logo as a data: URL),
    and any other URL in the HTML, its CSS or an SVG inside it is refused with
    `FetchRefusedError` (an `InputError`) naming it. ``base_url`` is kept for callers; relative
    links resolve against it but are refused all the same.
    """
    weasyprint = _import_weasyprint()
    from weasyprint.urls import FatalURLFetchingError

    try:
        with _quiet():
            document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=_fetcher())
            pdf: bytes = document.write_pdf(pdf_variant=PDF_VARIANT, uncompressed_pdf=False)
    except FatalURLFetchingError as exc:
        said, expected = M.PDF_FETCH_REFUSED(error=exc), M.PDF_FETCH_REFUSED_EXPECTED()
        raise FetchRefusedError.one(
            "<pdf>", "", said.id, said.en, expected=expected.id, expected_en=expected.en
        ) from None
    return pdf


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence WeasyPrint's warnings about CSS it does not apply to HTML.

    print.css also styles the flowchart's SVG (``fill``, ``stroke``), which browsers apply and
    WeasyPrint reports as unknown HTML properties: a warning per rule, on the user's terminal,
    about nothing they can fix. Errors still pass.
    """
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def layout(html: str) -> Any:
    """WeasyPrint's laid-out document (pages and boxes), for tests that inspect page breaks."""
    weasyprint = _import_weasyprint()
    with _quiet():
        return weasyprint.HTML(string=html, url_fetcher=_fetcher()).render()
