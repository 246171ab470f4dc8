"""The common shape every reader produces: rows of cells, each row with where it was read.

An SOP AP document is two tables (PermenPAN-RB 35/2012: the Bagian Identitas and the Bagian
Flowchart) with some lines of letterhead around them. Whatever the file (the text a PDF tool
extracted, a DOCX, a PDF read through its table extractor), a reader turns it into `Row`s: one
row per line of text or per table row, its cells in column order, and a locator ("baris 12",
"tabel 2 baris 3") that the review report quotes so the person can find the place in the source.
The layout reader (layout.py) reads the SOP from the rows alone, so every format is read by the
same rules.

Readers of optional formats import their library on use (the ``import`` extra: python-docx,
pdfplumber, openpyxl), so ``import uji_konsekuensi`` stays light.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from ...errors import InputError, Problem
from ...i18n import Text
from ...jsonio import read_bytes, too_large
from ...limits import max_input_bytes
from .archive import check_archive

__all__ = ["Row", "clean_cell", "read_docx_rows", "read_pdf_rows", "read_text_rows"]


@attrs.frozen(kw_only=True)
class Row:
    """One line or table row: ``cells`` in column order (as extracted, markup included),
    ``where`` the place in the source, ``text`` the row as the source shows it (for the report)."""

    cells: tuple[str, ...]
    where: Text
    text: str

    def cell(self, index: int) -> str:
        """The cell at ``index`` cleaned of markup, "" when the row is shorter."""
        return clean_cell(self.cells[index]) if index < len(self.cells) else ""

    @property
    def filled(self) -> tuple[int, ...]:
        """Indexes of the cells holding text."""
        return tuple(i for i, c in enumerate(self.cells) if clean_cell(c))

    @property
    def blank(self) -> bool:
        return not self.filled


_TAG = re.compile(r"<[^>]+>")
_BOLD = re.compile(r"\*\*")


def clean_cell(text: str) -> str:
    """A cell's text without the markup a PDF-to-text tool adds (HTML tags such as ``<ol>`` and
    ``<i>``, Markdown ``**``), entities decoded, runs of spaces kept (a double space separates a
    signatory's position from the name) but ends trimmed. Nothing of the wording changes."""
    text = _BOLD.sub("", _TAG.sub("", text))
    return html.unescape(text).strip()


def read_text_rows(path: Path) -> list[Row]:
    """Rows of extracted text: one per line, cells split at tabs (how pdftotext-like tools and
    copy-paste from a PDF viewer keep table columns)."""
    try:
        raw = read_bytes(path)  # at most limits.MAX_INPUT_BYTES, like every input
    except OSError as exc:
        raise InputError(str(path), [_unreadable(exc)]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Windows-made exports
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        rows.append(
            Row(
                cells=tuple(line.split("\t")),
                where=Text(id=f"baris {n}", en=f"line {n}"),
                text=line.replace("\t", " | ").strip(),
            )
        )
    return rows


def _unreadable(exc: Exception) -> Problem:
    return Problem(
        path="",
        message=f"berkas tidak dapat dibaca: {exc}",
        message_en=f"the file cannot be read: {exc}",
        expected="berkas SOP (.txt, .docx, .pdf, .xlsx, .csv)",
        expected_en="an SOP file (.txt, .docx, .pdf, .xlsx, .csv)",
    )


def _table_rows(table_no: int, rows: Sequence[Sequence[str | None]]) -> list[Row]:
    out = []
    for r, cells in enumerate(rows, 1):
        values = tuple("" if c is None else str(c) for c in cells)
        out.append(
            Row(
                cells=values,
                where=Text(id=f"tabel {table_no} baris {r}", en=f"table {table_no} row {r}"),
                text=" | ".join(v.replace("\n", " ") for v in values).strip(),
            )
        )
    return out


def read_docx_rows(path: Path) -> list[Row]:
    """Rows of a DOCX: each paragraph outside a table is a one-cell row; each table row gives
    its cells (a cell's paragraphs joined by line breaks, which the list reader splits on).
    A merged cell that python-docx repeats across the columns it spans is kept once, in its
    first column, so the columns of the flowchart table stay where the header puts them."""
    try:
        import docx  # python-docx, the ``import`` extra
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise _missing_extra(path, "python-docx", exc) from None
    check_archive(path)  # declared sizes, before python-docx unpacks anything (zip bombs)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a damaged file
        raise InputError(str(path), [_unreadable(exc)]) from None
    rows: list[Row] = []
    body = document.element.body
    table_no = 0
    paragraph_no = 0
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph_no += 1
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            rows.append(
                Row(
                    cells=(text,),
                    where=Text(id=f"paragraf {paragraph_no}", en=f"paragraph {paragraph_no}"),
                    text=text.strip(),
                )
            )
        elif tag == "tbl":
            table_no += 1
            table = docx.table.Table(child, document)
            grid: list[list[str]] = []
            for row in table.rows:
                cells: list[str] = []
                previous = None
                for cell in row.cells:
                    if previous is not None and cell._tc is previous:
                        cells.append("")  # the rest of a merged cell
                        continue
                    previous = cell._tc
                    cells.append("\n".join(p.text for p in cell.paragraphs).strip())
                grid.append(cells)
            rows += _table_rows(table_no, grid)
    return rows


def read_pdf_rows(path: Path) -> list[Row]:
    """Rows of a PDF read through pdfplumber's table extractor: per page, the text lines above
    the first table (letterhead), then each table's rows (a merged cell is None in pdfplumber
    and becomes an empty cell), then the text lines below."""
    try:
        import pdfplumber  # the ``import`` extra
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise _missing_extra(path, "pdfplumber", exc) from None
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), [_unreadable(exc)]) from None
    if size > max_input_bytes():
        raise too_large(str(path), max_input_bytes(), size)
    rows: list[Row] = []
    table_no = 0
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page_no, page in enumerate(pdf.pages, 1):
                tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
                top = 0.0
                for table in tables:
                    rows += _text_rows(page, page_no, top, table.bbox[1], len(rows))
                    table_no += 1
                    # A line break inside a PDF cell is where the text wrapped, not a new
                    # item: lines are joined with a space and lists split at their markers.
                    grid = [
                        [None if c is None else " ".join(c.split()) for c in row]
                        for row in table.extract()
                    ]
                    rows += _table_rows(table_no, grid)
                    top = table.bbox[3]
                rows += _text_rows(page, page_no, top, page.height, len(rows))
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        raise InputError(str(path), [_unreadable(exc)]) from None
    return rows


def _text_rows(page: Any, page_no: int, top: float, bottom: float, seen: int) -> list[Row]:
    """Text of a page between two heights, outside the tables (letterhead, titles, a row cut
    by the page break), as one-cell lines in reading order; ``seen`` numbers them uniquely."""
    if bottom - top < 1:
        return []
    region = page.crop((0, top, page.width, bottom))
    out = []
    for k, line in enumerate((region.extract_text() or "").splitlines(), seen + 1):
        out.append(
            Row(
                cells=(line,),
                where=Text(
                    id=f"halaman {page_no}, baris teks {k}", en=f"page {page_no}, text line {k}"
                ),
                text=line.strip(),
            )
        )
    return out


def _missing_extra(path: Path, package: str, exc: Exception) -> InputError:
    return InputError(
        str(path),
        [
            Problem(
                path="",
                message=(
                    f"membaca berkas ini memerlukan paket {package}: "
                    "pip install 'uji-konsekuensi[import]'"
                ),
                message_en=(
                    f"reading this file needs the package {package}: "
                    "pip install 'uji-konsekuensi[import]'"
                ),
                value=str(exc),
            )
        ],
    )
