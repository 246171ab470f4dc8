"""The common shape every reader produces: rows of cells, each row with where it was read.

An SOP AP document is two tables (PermenPAN-RB 35/2012: the Bagian Identitas and the Bagian
Flowchart) with some lines of letterhead around them. Whatever the file (the text a PDF tool
extracted, a DOCX, a PDF read through its table extractor), a reader turns it into `Row`s: one
row per line of text or per table row, its cells in column order, and a locator ("baris 12",
"tabel 2 baris 3") that the review report quotes so the person can find the place in the source.
The layout reader (layout.py) reads the SOP from the rows alone, so every format is read by the
same rules.

Drawn flowchart symbols carry no text: the DOCX and PDF readers turn each symbol found in a
table cell into a glyph (`SYMBOL_GLYPH`: capsule, rectangle, diamond) on the cell's text, which
the layout reader takes as the actor's mark and the step's kind. Text laid out in columns by
spaces (``pdftotext -layout``) is cut into cells by word positions (`layout_rows`).

Readers of optional formats import their library on use (the ``import`` extra: python-docx,
pdfplumber, openpyxl), so ``import uji_konsekuensi`` stays light.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from ...errors import InputError, Problem
from ...i18n import Text
from ...jsonio import read_bytes, too_large
from ...limits import max_input_bytes
from . import messages as M
from .archive import check_archive
from .cells import clean_cell
from .labels import is_label

__all__ = [
    "SYMBOL_GLYPH",
    "Row",
    "clean_cell",
    "docx_cell_symbols",
    "layout_rows",
    "pdf_symbols",
    "read_docx_rows",
    "read_pdf_rows",
    "read_text_rows",
]


@attrs.frozen(kw_only=True)
class Row:
    """One line or table row: ``cells`` in column order (as extracted, markup included),
    ``where`` the place in the source, ``text`` the row as the source shows it (for the report)."""

    cells: tuple[str, ...]
    where: Text
    text: str
    #: Why the reader doubts how this row's cells were cut, if it does (text laid out by
    #: spaces): the layout reader lists the step for review.
    doubt: Text | None = None
    #: Line breaks inside a PDF cell that the page does not settle (cell index, how it was read,
    #: the two lines' ends around it): a word broken by a narrow column read as one word, or a
    #: capitalised line after a full one read as the line's wrap. The layout reader asks them.
    breaks: tuple[tuple[int, str, str], ...] = ()

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
    lines = text.splitlines()
    if not any("\t" in line for line in lines):
        try:
            laid_out = layout_rows(lines)
        except CentredCellsError as exc:
            raise _centred_form(path, exc.line) from None
        if laid_out is not None:
            return laid_out
        if _TABLE_WORDS.search(text):
            raise _unreadable_form(path)
    rows = []
    for n, line in enumerate(lines, 1):
        rows.append(
            Row(
                cells=tuple(line.split("\t")),
                where=M.WHERE_LINE(line=n),
                text=line.replace("\t", " | ").strip(),
            )
        )
    return rows


_TABLE_WORDS = re.compile(r"\bkelengkapan\b|\bmutu\s+baku\b", re.I)


def _unreadable_form(path: Path) -> InputError:
    """The flowchart table is in the text, but neither in tab-separated cells nor in columns
    kept by spaces: a flattened or interleaved extraction, whose cells cannot be told apart."""
    return InputError(
        str(path),
        [_problem(M.FILE_FLATTENED(), M.FILE_FLATTENED_EXPECTED())],
    )


class CentredCellsError(Exception):
    """Text laid out by spaces whose cells are centred vertically: a step's text starts above
    the line of its number (``line``, 1-based), so where one step ends and the next begins is
    not in the text."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _centred_form(path: Path, line: int) -> InputError:
    return InputError(
        str(path),
        [_problem(M.FILE_CENTRED(line=line), M.FILE_CENTRED_EXPECTED())],
    )


def _unreadable(exc: Exception) -> Problem:
    return _problem(M.FILE_UNREADABLE(exc=exc), M.FILE_UNREADABLE_EXPECTED())


def _problem(said: Text, expected: Text) -> Problem:
    """A problem of the whole file (path ""): what the importer says and what it expected."""
    return Problem(
        path="", message=said.id, message_en=said.en, expected=expected.id, expected_en=expected.en
    )


def _table_rows(
    table_no: int, rows: Sequence[Sequence[str | None]], page: int | None = None
) -> list[Row]:
    out = []
    for r, cells in enumerate(rows, 1):
        values = tuple("" if c is None else str(c) for c in cells)
        out.append(
            Row(
                cells=values,
                where=(
                    M.WHERE_TABLE_ROW(table=table_no, row=r)
                    if page is None
                    else M.WHERE_TABLE_ROW_PAGE(page=page, table=table_no, row=r)
                ),
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
                    where=M.WHERE_PARAGRAPH(number=paragraph_no),
                    text=text.strip(),
                )
            )
        elif tag == "tbl":
            table_no += 1
            table = docx.table.Table(child, document)
            grid: list[list[str]] = []
            above: set[Any] = set()  # cells of the rows above (held, so lxml keeps their proxies)
            for row in table.rows:
                cells: list[str] = []
                previous = None
                here: set[Any] = set()
                for cell in row.cells:
                    if (previous is not None and cell._tc is previous) or cell._tc in above:
                        # The rest of a merged cell: python-docx repeats a cell merged across
                        # columns, and one merged down (the kop beside the identity labels)
                        # in every row it spans; its text belongs to its first row only.
                        cells.append("")
                        continue
                    previous = cell._tc
                    here.add(cell._tc)
                    text = "\n".join(p.text for p in cell.paragraphs).strip()
                    # A drawn symbol has no text: its kind becomes a glyph on a line of its own.
                    glyphs = [SYMBOL_GLYPH[k] for k in docx_cell_symbols(cell._tc)]
                    cells.append("\n".join([*glyphs, text] if text else glyphs))
                grid.append(cells)
                above |= here
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
                found = page.find_tables()
                # A drawn symbol's box is found as a table of its own; one inside another
                # table is part of that table's drawing, not a table.
                tables = sorted(
                    (
                        t
                        for t in found
                        if not any(_inside(t.bbox, o.bbox) for o in found if o is not t)
                    ),
                    key=lambda t: t.bbox[1],
                )
                symbols = pdf_symbols(page)
                top = 0.0
                for table in tables:
                    rows += _text_rows(page, page_no, top, table.bbox[1], len(rows))
                    table_no += 1
                    # A line break inside a PDF cell is where the text wrapped, not a new
                    # item: lines are joined with a space and lists split at their markers.
                    grid = [
                        [None if c is None else _join_lines(c) for c in row]
                        for row in table.extract()
                    ]
                    breaks = _read_breaks(page, table, grid)
                    turned = _upright_again(page, table, grid)
                    _place_symbols(grid, table, symbols)
                    table_rows = _table_rows(table_no, grid, page_no)
                    for r, found_breaks in breaks.items():
                        table_rows[r] = attrs.evolve(table_rows[r], breaks=tuple(found_breaks))
                    for r, cells in turned.items():
                        table_rows[r] = attrs.evolve(
                            table_rows[r], doubt=_turned_doubt(table_rows[r], cells)
                        )
                    rows += table_rows
                    top = table.bbox[3]
                rows += _text_rows(page, page_no, top, page.height, len(rows))
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        raise InputError(str(path), [_unreadable(exc)]) from None
    return rows


#: The Indonesian words of one or two letters a wrapped line may start with.
_SHORT_WORDS = frozenset({"di", "ke", "ya", "ia", "si", "se", "tu", "ni", "om", "oh", "eh"})


def _read_breaks(page: Any, table: Any, grid: list[list[str | None]]) -> dict[int, list[Any]]:
    """Each table cell's lines joined again by where they end on the page. pdfplumber gives a
    cell's lines; whether a line break is the text wrapping or a new line (a new item of a
    list) is shown by the room left at the line's end: a new line starts although its first
    word would have fitted on the line before. A word broken by a narrow column (a one-word
    line filled to the cell's edge, the next line going on in lower case) is one word. The
    cases the room does not settle (a capitalised line that would not have fitted: a wrap, or
    a new item?) are read as a wrap and returned, per row: (cell, reading, the lines' ends)."""
    out: dict[int, list[Any]] = {}
    page_words = page.extract_words(use_text_flow=False)
    for r, row in enumerate(table.rows):
        for c, bbox in enumerate(row.cells):
            if bbox is None or r >= len(grid) or c >= len(grid[r]) or not grid[r][c]:
                continue
            words = [
                w
                for w in page_words
                if bbox[0] <= (w["x0"] + w["x1"]) / 2 <= bbox[2]
                and bbox[1] <= (w["top"] + w["bottom"]) / 2 <= bbox[3]
                and w.get("upright", True)
            ]
            lines: list[list[Any]] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if lines and abs(lines[-1][0]["top"] - w["top"]) < 2:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            if len(lines) < 2:
                continue
            if " ".join(" ".join(w["text"] for w in ln) for ln in lines) != " ".join(
                str(grid[r][c]).split()
            ):
                continue  # not the lines pdfplumber gave (a symbol's text, a turned cell)
            pad = min(ln[0]["x0"] for ln in lines) - bbox[0]
            right = bbox[2] - pad
            text = " ".join(w["text"] for w in lines[0])
            for prev, line in itertools.pairwise(lines):
                first = line[0]
                size = first["bottom"] - first["top"]
                room = right - prev[-1]["x1"]
                space = size * 0.25
                last_word = prev[-1]["text"]
                nxt = " ".join(w["text"] for w in line)
                if last_word.endswith("-") and last_word[-2:-1].isalpha():
                    text += nxt  # "masing-" + "masing": the hyphen is the word's own
                elif room > space + (first["x1"] - first["x0"]) + 1:
                    text += "\n" + nxt  # the next word would have fitted: a new line
                elif (
                    len(prev) == 1
                    and re.fullmatch(r"[a-z]{1,2}[.,;:]?", first["text"])
                    and first["text"].rstrip(".,;:") not in _SHORT_WORDS
                ):
                    # One word on its line, going on with one or two lower-case letters that
                    # are no word: a word broken by a narrow column (Indonesian has few words
                    # of two letters, listed in _SHORT_WORDS).
                    text += nxt
                    out.setdefault(r, []).append((c, "word", f"{last_word}|{first['text']}"))
                elif first["text"][:1].isupper() and not re.search(r"[.,;:]$", last_word):
                    text += " " + nxt
                    out.setdefault(r, []).append((c, "wrap", f"{last_word}|{first['text']}"))
                else:
                    text += " " + nxt
            grid[r][c] = text
    return out


def _inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return (
        inner[0] >= outer[0] - 1
        and inner[1] >= outer[1] - 1
        and inner[2] <= outer[2] + 1
        and inner[3] <= outer[3] + 1
    )


def _upright_again(page: Any, table: Any, grid: list[list[str | None]]) -> dict[int, list[str]]:
    """Cells written turned a quarter (lane headings set vertically to fit narrow lanes) read
    as upright text again. pdfplumber reads such a cell across its glyphs, scattering the
    letters ("P te u g sa"); here its characters are ordered along the turned lines: a line is
    the characters sharing a left edge, read in the direction the glyphs face, and the lines
    follow each other as the turn sets them. Where a heading wrapped inside a word, or a row too
    low clipped its last letters, the text cannot show: the cells rebuilt are returned (row
    index: their texts) so that the row is asked about."""
    turned: dict[int, list[str]] = {}
    if all(ch.get("upright", True) for ch in page.chars):
        return turned  # nothing turned on this page
    for r, row in enumerate(table.rows):
        for c, bbox in enumerate(row.cells):
            if bbox is None or r >= len(grid) or c >= len(grid[r]):
                continue
            chars = [
                ch
                for ch in page.chars
                if ch["text"].strip()
                and bbox[0] <= (ch["x0"] + ch["x1"]) / 2 <= bbox[2]
                and bbox[1] <= (ch["top"] + ch["bottom"]) / 2 <= bbox[3]
            ]
            sideways = [ch for ch in chars if not ch.get("upright", True)]
            if not chars or len(sideways) * 2 <= len(chars):
                continue
            up = sideways[0]["matrix"][1] > 0  # glyphs facing up: read from the bottom
            lines: dict[int, list[Any]] = {}
            for ch in sideways:
                lines.setdefault(round(ch["x0"]), []).append(ch)
            text = ""
            for x in sorted(lines, reverse=not up):
                line = sorted(lines[x], key=lambda ch: ch["top"], reverse=up)
                text += "".join(ch["text"] for ch in line)
            grid[r][c] = text
            turned.setdefault(r, []).append(text)
    return turned


def _turned_doubt(row: Row, cells: list[str]) -> Text:
    return M.GRID_TURNED(where=row.where, shown=" / ".join(cells))


_HYPHEN_END = re.compile(r"(?<=[^\W\d_])-\s*\n\s*(?=\w)")


def _join_lines(text: str) -> str:
    """A PDF cell's wrapped lines as one: joined by a space, except after a hyphen that ends a
    word at the line's end: Indonesian writes reduplication with a hyphen ("masing-masing"),
    and a line broken there keeps the word whole."""
    return " ".join(_HYPHEN_END.sub("-", text).split())


def _place_symbols(
    grid: list[list[str | None]],
    table: Any,
    symbols: list[tuple[tuple[float, float, float, float], str]],
) -> None:
    """Put the glyph of each drawn symbol into the cell holding its centre (a merged cell's
    text is in its first column, as pdfplumber gives it)."""
    for (x0, top, x1, bottom), kind in symbols:
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        for r, row in enumerate(table.rows):
            for c, bbox in enumerate(row.cells):
                if bbox is None or r >= len(grid) or c >= len(grid[r]):
                    continue
                if bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]:
                    text = grid[r][c] or ""
                    grid[r][c] = f"{SYMBOL_GLYPH[kind]} {text}".strip()


def _text_rows(page: Any, page_no: int, top: float, bottom: float, seen: int) -> list[Row]:
    """Text of a page between two heights, outside the tables (letterhead, titles, a row cut
    by the page break), as one-cell lines in reading order; ``seen`` numbers them uniquely."""
    if bottom - top < 1:
        return []
    # Only what lies wholly between the heights: a table's first line reaches a little above
    # the table's top border, and would otherwise be read twice (once as a line above it).
    region = page.within_bbox((0, top, page.width, bottom))
    out = []
    for k, line in enumerate((region.extract_text() or "").splitlines(), seen + 1):
        out.append(
            Row(
                cells=(line,),
                where=M.WHERE_TEXT_LINE(page=page_no, line=k),
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
                message=M.FILE_MISSING_EXTRA(package=package).id,
                message_en=M.FILE_MISSING_EXTRA(package=package).en,
                value=str(exc),
            )
        ],
    )


# --- drawn flowchart symbols ------------------------------------------------------------------

#: The glyph a drawn symbol becomes in its cell's text, so the layout reader (which reads text
#: alone) sees the actor's lane and the symbol's kind: PermenPAN-RB 35/2012 draws the start and
#: end as a capsule, an activity as a rectangle and a decision as a diamond.
SYMBOL_GLYPH = {
    "terminator": "⬭",
    "process": "▭",
    "decision": "◇",
    "unknown": "•",
    # A symbol anchored in this cell but drawn outside it: which lane it marks is not known.
    "astray": "◌",
}

#: DrawingML preset geometries (ECMA-376 ST_ShapeType) of the SOP AP symbols. A connector, an
#: arrow, a circle (the on-page connector) or a pentagon (the off-page connector) marks no actor.
_PRESET_KIND = {
    "flowChartTerminator": "terminator",
    "roundRect": "terminator",
    "flowChartAlternateProcess": "terminator",
    "flowChartProcess": "process",
    "rect": "process",
    "flowChartPredefinedProcess": "process",
    "flowChartDocument": "process",
    "flowChartMultidocument": "process",
    "flowChartDecision": "decision",
    "diamond": "decision",
}
#: VML shape types (o:spt, and the "#_x0000_tNNN" shapetype reference) of the same symbols.
_VML_SPT_KIND = {"109": "process", "110": "decision", "116": "terminator", "176": "terminator"}
_NOT_A_SYMBOL = (
    "line",
    "Connector",
    "connector",
    "Arrow",
    "arrow",
    "ellipse",
    "homePlate",
    "flowChartOffpageConnector",
    "flowChartConnector",
)


def docx_cell_symbols(tc: Any) -> list[str]:
    """The kinds of the flowchart symbols drawn in a table cell (``w:tc``), in document order.

    A shape Word writes twice (``mc:AlternateContent``: DrawingML for itself, VML as the
    fallback) counts once: the fallback is skipped. A custom geometry is an ``unknown`` symbol
    (it marks the actor; its kind is left to a person)."""
    kinds: list[str] = []
    for el in tc.iter():
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag == "wsp" or (tag in ("rect", "roundrect", "shape") and _is_vml(el)):
            if any(_local(a) == "Fallback" for a in el.iterancestors()):
                continue
            kind = _vml_kind(el) if tag != "wsp" else _drawingml_kind(el)
            if kind is not None:
                kinds.append(kind if _drawn_inside(tc, el) else "astray")
    return kinds


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_EMU_PER_DXA = 635  # 914400 EMU per inch, 1440 dxa (twentieths of a point) per inch


def _cell_width_emu(tc: Any) -> int | None:
    for el in tc.iterchildren():
        if _local(el) == "tcPr":
            for w in el.iterchildren():
                if _local(w) == "tcW" and w.get(f"{{{_W}}}type", "dxa") == "dxa":
                    try:
                        return int(w.get(f"{{{_W}}}w")) * _EMU_PER_DXA
                    except (TypeError, ValueError):
                        return None
    return None


def _drawn_inside(tc: Any, shape: Any) -> bool:
    """Whether a floating shape is drawn inside the cell it is anchored in. Word anchors a shape
    to a paragraph and draws it at an offset: a shape anchored in one cell but shifted into the
    next lane (or placed relative to the page) marks that other lane, which the file does not
    say in cell terms. An inline shape, or one aligned within its column, is inside."""
    anchor = next((a for a in shape.iterancestors() if _local(a) in ("anchor", "inline")), None)
    if anchor is not None:
        if _local(anchor) == "inline":
            return True
        pos = next((c for c in anchor.iterchildren() if _local(c) == "positionH"), None)
        extent = next((c for c in anchor.iterchildren() if _local(c) == "extent"), None)
        if pos is None:
            return True
        if pos.get("relativeFrom") not in ("column", "character", "insideMargin", None):
            return False
        offset = next((c for c in pos.iterchildren() if _local(c) == "posOffset"), None)
        if offset is None:
            return True  # wp:align left/center/right within the column
        width = _cell_width_emu(tc)
        try:
            left = int(offset.text or "0")
            size = int(extent.get("cx", "0")) if extent is not None else 0
        except ValueError:
            return False
        centre = left + size / 2
        return centre >= 0 and (width is None or centre <= width)
    style = shape.get("style") or ""
    if "position:absolute" not in style.replace(" ", ""):
        return True
    m = re.search(r"margin-left:\s*(-?[\d.]+)pt", style)
    w = re.search(r"(?<![-\w])width:\s*([\d.]+)pt", style)
    if m is None:
        return True
    width = _cell_width_emu(tc)
    centre = float(m.group(1)) + (float(w.group(1)) / 2 if w else 0)
    return centre >= 0 and (width is None or centre * 12700 <= width)


def _local(el: Any) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _is_vml(el: Any) -> bool:
    return isinstance(el.tag, str) and el.tag.startswith("{urn:schemas-microsoft-com:vml}")


def _drawingml_kind(wsp: Any) -> str | None:
    if any(_local(c) == "cNvCnPr" for c in wsp):  # a connector shape (an arrow)
        return None
    for el in wsp.iter():
        if _local(el) == "prstGeom":
            prst = el.get("prst", "")
            if prst in _PRESET_KIND:
                return _PRESET_KIND[prst]
            return None if any(x in prst for x in _NOT_A_SYMBOL) else "unknown"
        if _local(el) == "custGeom":
            return "unknown"
    return None


def _vml_kind(el: Any) -> str | None:
    tag = _local(el)
    if tag == "rect":
        return "process"
    if tag == "roundrect":
        return "terminator"
    spt = el.get("{urn:schemas-microsoft-com:office:office}spt") or ""
    ref = el.get("type") or ""
    m = re.search(r"_x0000_t(\d+)$", ref)
    number = spt or (m.group(1) if m else "")
    if number in _VML_SPT_KIND:
        return _VML_SPT_KIND[number]
    return None if number in ("32", "33", "34", "20", "3") or not number else "unknown"


def pdf_symbols(page: Any) -> list[tuple[tuple[float, float, float, float], str]]:
    """Drawn flowchart symbols of a PDF page from pdfplumber's vector objects: a rectangle is a
    process, a closed path of four straight sides meeting at the midpoints of its box a
    decision, a closed path with curved ends (a rounded rectangle) a terminator, a path along
    the four sides of its box a rectangle again. Cell borders
    (thin, or as wide as the page's tables) are no symbols."""
    out: list[tuple[tuple[float, float, float, float], str]] = []
    for obj in (*page.rects, *page.curves):
        w, h = obj["width"], obj["height"]
        if w < 6 or h < 6 or w > page.width / 5 or h > page.height / 5:
            continue
        box = (obj["x0"], obj["top"], obj["x1"], obj["bottom"])
        if obj["object_type"] == "rect":
            out.append((box, "process"))
            continue
        pts = obj.get("pts") or []
        kind = _curve_kind(pts, box)
        if kind is not None:
            out.append((box, kind))
    return out


def _curve_kind(
    pts: Sequence[tuple[float, float]], box: tuple[float, float, float, float]
) -> str | None:
    x0, top, x1, bottom = box
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    corners = {(round(x, 1), round(y, 1)) for x, y in pts}
    tol = max(1.0, 0.06 * max(x1 - x0, bottom - top))
    mids = [(cx, top), (x1, cy), (cx, bottom), (x0, cy)]
    if len(corners) == 4 and all(
        any(abs(x - mx) <= tol and abs(y - my) <= tol for x, y in corners) for mx, my in mids
    ):
        return "decision"
    if len(pts) >= 8 and not any(
        abs(x - ex) <= tol and abs(y - ey) <= tol
        for x, y in pts
        for ex, ey in ((x0, top), (x1, top), (x0, bottom), (x1, bottom))
    ):
        return "terminator"  # rounded corners: no point at the box's corners
    on_edge = all(
        min(abs(x - x0), abs(x - x1)) <= tol or min(abs(y - top), abs(y - bottom)) <= tol
        for x, y in pts
    )
    has_corners = all(
        any(abs(x - ex) <= tol and abs(y - ey) <= tol for x, y in pts)
        for ex, ey in ((x0, top), (x1, top), (x0, bottom), (x1, bottom))
    )
    if pts and on_edge and has_corners:
        return "process"  # a rectangle drawn as a path (its four corners, maybe a midpoint)
    return None


# --- text in its physical layout (pdftotext -layout) -------------------------------------------

# "KELENGKAPA" with its "N" on the next line: a column too narrow for the heading breaks it.
_HEAD_KEL = re.compile(r"\b(kelengkap\w*|persyaratan)\b", re.I)
_HEAD_WAKTU = re.compile(r"\bwaktu\b", re.I)
_HEAD_OUTPUT = re.compile(r"\b(output|keluaran)\b", re.I)
_HEAD_ACT = re.compile(r"\b(kegiatan|uraian kegiatan|aktivitas)\b", re.I)
_HEAD_NOTE = re.compile(r"\b(keterangan|ket\.)", re.I)
_TOKEN = re.compile(r"\S+")
_ROW_NO = re.compile(r"^\s{0,6}(\d{1,3})\.?(?=\s|$)")
_ITEM_START = re.compile(r"^(\d{1,2}[.)]|[-•])\s")
_LABEL_COLON = re.compile(r"^(.{3,40}?)\s*:\s+(\S.*)$")


def _is_table_header(line: str) -> bool:
    return bool(_HEAD_KEL.search(line) and _HEAD_WAKTU.search(line) and _HEAD_OUTPUT.search(line))


def layout_rows(lines: Sequence[str]) -> list[Row] | None:
    """Rows of text laid out in columns by spaces (``pdftotext -layout``), or None when the
    text has no flowchart header line whose Kelengkapan, Waktu and Output words keep their
    columns.

    Columns are found from word positions: each header word gives a column's position (No,
    Kegiatan, the lane headings between Kegiatan and Kelengkapan, Kelengkapan, Waktu, Output,
    Keterangan). A step starts at a line whose first word is its number; its lines up to the
    next step are cut at the places where some line of the step starts a word after two or
    more spaces (a cell's left edge), and each piece goes to the column nearest to it. A
    header repeated after a page break is skipped."""
    heads = [i for i, line in enumerate(lines) if _is_table_header(line)]
    if not heads:
        return None
    body = [line for line in lines[heads[0] + 1 :] if line.strip()]
    if not body or sum("   " in line.strip() for line in body) < len(body) / 4:
        return None  # no columns kept by spaces: flattened or interleaved
    out: list[Row] = []
    first = heads[0]
    top = first
    for j in range(first, max(-1, first - 3), -1):
        if _HEAD_ACT.search(lines[j]):
            top = j
            break
    out += _identity_rows(lines[:top])
    kegiatan = _HEAD_ACT.search(lines[top])
    head_end = kegiatan.end() if kegiatan else 12
    last = first
    while (
        last + 1 < len(lines)
        and lines[last + 1].strip()
        and not _ROW_NO.match(lines[last + 1])
        and len(lines[last + 1]) - len(lines[last + 1].lstrip()) > head_end
    ):
        last += 1  # lane headings wrapped onto the next line (right of Kegiatan)
    anchors, lanes, joined = _anchors(lines[top : last + 1])
    lane_names = [name for name, _ in lanes]
    head1 = [
        "No",
        "Kegiatan",
        "Pelaksana",
        *[""] * (len(lanes) - 1),
        "Mutu Baku",
        "",
        "",
        "Keterangan",
    ]
    head2 = ["", "", *lane_names, "Kelengkapan", "Waktu", "Output", ""]
    lanes_doubt = None
    if joined:
        lanes_doubt = M.GRID_LANES_RUN_TOGETHER(
            line=first + 1, joined="; ".join(repr(j) for j in joined)
        )
    for k, (text, cells) in enumerate(((lines[top], head1), (lines[first], head2))):
        out.append(
            Row(
                cells=tuple(cells),
                where=M.WHERE_LINE(line=first + 1),
                text=text.strip(),
                doubt=lanes_doubt if k == 1 else None,
            )
        )
    first_step = next((n for n in range(last + 1, len(lines)) if _ROW_NO.match(lines[n])), None)
    act_x = dict(anchors).get("activity", 4)
    if first_step is not None:
        for n in range(last + 1, first_step):
            words = _words(lines[n])
            if words and abs(words[0][0] - act_x) <= 2:
                # Activity text above the first number: the cells are centred vertically.
                raise CentredCellsError(first_step + 1)
    blocks: list[list[tuple[int, str]]] = []
    block: list[tuple[int, str]] = []
    # A header repeated on a later page may put the columns elsewhere (another page width):
    # the steps under it are placed by its own words. (index of the first block, anchors)
    pages: list[tuple[int, list[tuple[str, int]]]] = [(0, anchors)]
    # Rows outside the table after it (the signature, a footer) come after the steps.
    after: list[Row] = []
    repeated: list[str] = []
    for n in range(last + 1, len(lines)):
        line = lines[n].replace("\f", "")
        if not line.strip():
            continue
        if _is_table_header(line) or (
            _HEAD_ACT.search(line) and re.search(r"\bpelaksana\b", line, re.I)
        ):
            repeated.append(line)  # the header repeated on the next page, with its wrapped lines
            continue
        if repeated and not _ROW_NO.match(line):
            repeated.append(line)
            continue
        if repeated:
            again = _anchors(repeated)[0]
            if [c for c, _ in again] == [c for c, _ in anchors] and any(
                abs(x - y) > 2 for (_, x), (_, y) in zip(again, pages[-1][1], strict=True)
            ):
                pages.append((len(blocks), again))
        repeated = []
        if not line.startswith(" ") and is_label(re.split(r"\s{2,}|\t", line.strip())[0]):
            # An identity block printed after the flowchart (NOMOR SOP, TGL. PEMBUATAN, ...
            # at the left margin): the table ends, and the block is read as the one above it.
            after += _identity_rows(lines[n:], offset=n)
            break
        if _ROW_NO.match(line):
            block = []
            blocks.append(block)
        # A step's line keeps its columns apart by spaces, or is indented under them.
        in_step = bool(blocks and (block or _ROW_NO.match(line))) and (
            "   " in line.strip() or len(line) - len(line.lstrip()) >= 3
        )
        if in_step:
            block.append((n + 1, line))
        else:
            after.append(_spaced_row(line, n + 1))
    for k, (start, page_anchors) in enumerate(pages):
        stop = pages[k + 1][0] if k + 1 < len(pages) else len(blocks)
        out += _layout_steps(
            [b for b in blocks[start:stop] if b], page_anchors, len(lanes), first_page=k == 0
        )
    return out + after


def _identity_rows(lines: Sequence[str], offset: int = 0) -> list[Row]:
    """The lines above the flowchart as table rows: a cell's text wrapped onto the next lines
    (indented under its column, a list item, or a sentence going on in lower case) is joined to
    the cell above it in the same column, so a signature block, a wrapped value or a list reads
    as one cell, as in the document's table. A line with a label starts a row; so does the line
    after a row of labels only (their values). ``offset``: the line number of ``lines[0]``,
    less one."""
    rows: list[tuple[int, list[str], list[list[Any]]]] = []  # (line no, raw lines, [x, text])
    gap = True
    for n, raw in enumerate(lines, offset + 1):
        line = raw.replace("\f", "")
        if not line.strip():
            gap = True
            continue
        segs: list[list[Any]] = []
        for m in re.finditer(r"\S+(?: \S+)*", line):
            label_value = _LABEL_COLON.match(m.group(0))
            if label_value and is_label(label_value.group(1)):
                segs += [[m.start(), label_value.group(1)], [m.start() + 1, label_value.group(2)]]
            else:
                segs.append([m.start(), m.group(0)])
        labelled = any(is_label(text) for _, text in segs)
        prev = rows[-1] if rows else None
        first = segs[0][1]
        goes_on = (
            prev is not None
            and not gap
            and not labelled
            and not all(is_label(text) for _, text in prev[2])
            and (segs[0][0] >= 2 or _ITEM_START.match(first) or first[:1].islower())
        )
        gap = False
        if not goes_on or prev is None:
            rows.append((n, [line], segs))
            continue
        prev[1].append(line)
        for x, text in segs:
            under = [c for c in prev[2] if c[0] <= x + 2] or prev[2][:1]
            cell = under[-1]
            # A list item or a new line of a block starts a line of its own; a sentence that
            # wrapped goes on after a space.
            joiner = " " if text[:1].islower() and not _ITEM_START.match(text) else "\n"
            cell[1] = f"{cell[1]}{joiner}{text}"
    out = []
    for n, raw_lines, segs in rows:
        cells = ([""] if segs[0][0] >= 2 else []) + [str(text) for _, text in segs]
        out.append(
            Row(
                cells=tuple(cells),
                where=M.WHERE_LINE(line=n),
                text=" / ".join(x.strip() for x in raw_lines),
            )
        )
    return out


def _spaced_row(line: str, n: int) -> Row:
    """A line outside the table: cells at runs of two or more spaces, and a label written with
    its value after a colon ("NOMOR SOP : SOP AP-SEKRE-01") split into the two."""
    line = line.replace("\f", "")
    # An indented line continues the column it starts in, not the first one: its first cell
    # is left empty, so the identity reader sees it as no label row of its own.
    cells: list[str] = [""] if line.startswith("  ") and line.strip() else []
    for part in re.split(r"\s{2,}|\t", line.strip()):
        m = _LABEL_COLON.match(part)
        cells += [m.group(1), m.group(2)] if m else [part]
    return Row(cells=tuple(cells), where=M.WHERE_LINE(line=n), text=line.strip())


def _words(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(line)]


def _anchors(
    header: Sequence[str],
) -> tuple[list[tuple[str, int]], list[tuple[str, int]], list[str]]:
    """(column, x) of each column in order, the lanes (heading, x), and the headings that ran
    into the next header word with a single space (where one lane ends cannot be told)."""
    joined: list[str] = []
    words = [(x0, x1, w, i) for i, line in enumerate(header) for x0, x1, w in _words(line)]

    def find(pattern: re.Pattern[str]) -> int | None:
        return next((x0 for x0, _, w, _ in words if pattern.fullmatch(w)), None)

    act = find(re.compile(r"kegiatan|uraian|aktivitas", re.I)) or 4
    kel = find(re.compile(r"kelengkap\w*|persyaratan", re.I)) or 0
    # Lane headings: the words between Kegiatan and Kelengkapan, a heading's words separated
    # by one space, headings by two or more; a heading wrapped onto the next header line
    # (same position) is joined to it.
    lanes: list[list[Any]] = []
    for i, line in enumerate(header):
        for m in re.finditer(r"\S+(?: \S+)*", line):
            x0 = m.start()
            text = m.group(0)
            if not (act + len("kegiatan") < x0 < kel) or text.casefold() in (
                "pelaksana",
                "mutu baku",
            ):
                continue
            parts = re.split(r"\s+(?=(?:kelengkap\w*|persyaratan)\b)", text, flags=re.I)
            text = parts[0]
            if len(parts) > 1 and len(text.split()) > 1:
                joined.append(text)
            same = next((lane for lane in lanes if abs(lane[1] - x0) <= 2 and lane[2] < i), None)
            inside = next(
                (
                    lane
                    for lane in lanes
                    if lane[2] < i and lane[1] < x0 < lane[1] + len(str(lane[0]).split("\n")[0])
                ),
                None,
            )
            if same is not None:
                same[0] += " " + text
            elif inside is not None:
                # A wrapped word under the middle of a heading: two headings run together
                # above it ("Pemohon Petugas" over "Layanan"); where one ends is not shown.
                inside[0] += " " + text
                joined.append(str(inside[0]))
            else:
                lanes.append([text, x0, i])
    lanes.sort(key=lambda lane: lane[1])
    cols: list[tuple[str, int]] = [("no", 0), ("activity", act)]
    cols += [(f"lane{k}", int(lane[1])) for k, lane in enumerate(lanes)]
    for name, pattern in (
        ("kel", re.compile(r"kelengkap\w*|persyaratan", re.I)),
        ("waktu", re.compile(r"waktu", re.I)),
        ("output", re.compile(r"output|keluaran", re.I)),
        ("note", re.compile(r"keterangan|ket\.?", re.I)),
    ):
        x = find(pattern)
        if x is not None:
            cols.append((name, x))
    return cols, [(str(lane[0]), int(lane[1])) for lane in lanes], joined


def _edges(block: list[tuple[int, str]]) -> list[int]:
    """Where some line of a step starts a word after two or more spaces: a cell's left edge."""
    edges: set[int] = set()
    for _, line in block:
        for x0, x1, w in _words(line):
            alone = line[x1 : x1 + 2] in ("  ", "", " ") and line[x1 : x1 + 2].strip() == ""
            if _LABEL.fullmatch(w) and alone and line[max(0, x0 - 2) : x0] == "  ":
                continue  # a branch label beside a lane's symbol, not a cell's edge
            if x0 == 0 or line[max(0, x0 - 2) : x0] == "  ":
                edges.add(x0)
    return sorted(edges)


_LABEL = re.compile(r"(?i)ya|tidak|yes|no")


def _layout_steps(
    blocks: list[list[tuple[int, str]]],
    anchors: list[tuple[str, int]],
    n_lanes: int,
    *,
    first_page: bool = True,
) -> list[Row]:
    """The steps' rows. The Mutu Baku columns (Kelengkapan, Waktu, Output, Keterangan) are
    placed by the left edges the steps share: the header's words are centred and squeezed by
    the extraction, the cells' text is left-aligned. A step showing fewer edges there than the
    fullest steps (two cells run together, or an empty cell) is marked for review.
    ``first_page``: False for the steps under a header repeated at other places on a later
    page; there the shared edges are trusted only when some step shows every column (a few
    steps with an empty cell would shift every column after it), else the header's words
    place the cells."""
    where = dict(anchors)
    kel_x = where.get("kel", 10**6)
    lane_x = [x for name, x in anchors if name.startswith("lane")]
    lane_start = (min(lane_x) - 2) if lane_x else kel_x - 2
    mutu = [name for name in ("kel", "waktu", "output", "note") if name in where]
    per_row = [[e for e in _edges(b) if e >= kel_x - 4] for b in blocks]
    refs, placed = _mutu_refs(per_row, {name: where[name] for name in mutu})
    rows = []
    cut: list[dict[str, list[str]]] = []
    for block in blocks:
        edges = _edges(block)
        pieces: dict[str, list[str]] = {}
        for _, line in block:
            current: list[tuple[int, str]] = []
            for x0, _, w in _words(line):
                if current and (
                    line[x0 - 2 : x0] == "  "
                    or any(abs(x0 - e) <= 2 and e > current[0][0] + 2 for e in edges)
                ):
                    _put(pieces, current, lane_start, kel_x, anchors, refs)
                    current = []
                current.append((x0, w))
            if current:
                _put(pieces, current, lane_start, kel_x, anchors, refs)
        cut.append(pieces)
    # How wide a list column's lines run: a line of Kelengkapan or Output ending although the
    # next line's first word would have fitted after it ends an item there.
    widths = {
        name: max((len(p) for pieces in cut for p in pieces.get(name, [])), default=0)
        for name in ("kel", "output")
    }
    for block, mutu_edges, pieces in zip(blocks, per_row, cut, strict=True):
        order = ["no", "activity", *[f"lane{k}" for k in range(n_lanes)], *mutu]
        values = {name: _join(pieces.get(name, []), widths.get(name)) for name in order}
        cells = [values["no"], values["activity"]]
        cells += [values[f"lane{k}"] for k in range(n_lanes)]
        cells += [values.get(c, "") for c in ("kel", "waktu", "output", "note")]
        n = block[0][0]
        doubt = None
        # Each edge must sit at one column's place; a missing Kelengkapan, Waktu or Output
        # (an empty Keterangan is common) means two cells may have run together.
        matched = {c for c in mutu if sum(1 for e in mutu_edges if abs(e - refs[c]) <= 3) == 1}
        # A column empty in every step (no place: Waktu often is) is missing from none.
        needed = {"kel", "waktu", "output"} & set(mutu) & (placed or set(mutu))
        if len(matched) != len(mutu_edges) or not needed <= matched:
            doubt = M.GRID_MUTU_NOT_APART()
        rows.append(
            Row(
                cells=tuple(cells),
                where=M.WHERE_LINE(line=n),
                text=" / ".join(ln.strip() for _, ln in block),
                doubt=doubt,
            )
        )
    return rows


def _mutu_refs(
    per_row: list[list[int]], heads: dict[str, int]
) -> tuple[dict[str, float], set[str]]:
    """Where each Mutu Baku column's cells start. The steps' left edges are gathered into
    places (edges within 3 characters of each other); the places are given to the columns in
    order, each to the column whose header word is nearest, so that a column empty in every
    step (Waktu often is) takes no place of its neighbour's. A column with no place keeps its
    header word's position. Returned with the columns some step has a cell in."""
    places: list[list[int]] = []
    for e in sorted(x for edges in per_row for x in edges):
        if places and e - places[-1][-1] <= 3:
            places[-1].append(e)
        else:
            places.append([e])
    names = list(heads)
    if len(places) > len(names):
        # More places than columns (a word after two spaces inside a cell): the places most
        # steps share are the columns' edges.
        kept = sorted(sorted(places, key=len, reverse=True)[: len(names)], key=lambda p: p[0])
        places = kept
    xs = [sorted(p)[len(p) // 2] for p in places]
    best: tuple[float, tuple[str, ...]] | None = None
    if xs and len(xs) <= len(names):
        for chosen in itertools.combinations(names, len(xs)):
            cost = sum(abs(heads[c] - x) for c, x in zip(chosen, xs, strict=True))
            if best is None or cost < best[0]:
                best = (cost, chosen)
    refs: dict[str, float] = dict(heads)
    if best is None:
        return refs, set()
    refs.update(zip(best[1], xs, strict=True))
    return refs, set(best[1])


def _join(pieces: list[str], width: int | None = None) -> str:
    """A cell's lines as its text: a list item's marker starts a line of its own, a word
    hyphenated at the line's end goes on, other lines are a wrap joined by a space. ``width``
    (a list column's widest line): a line that ends although the next line's first word, a
    capitalised one, would have fitted after it ends an item, as a new line does in the
    document (a wrap going on in lower case is a wrap whatever the room)."""
    text = ""
    prev = ""
    for piece in pieces:
        fits = (
            width is not None
            and piece[:1].isupper()
            and len(prev) + 1 + len(piece.split()[0]) <= width
        )
        prev = piece
        if not text:
            text = piece
        elif _ITEM_START.match(piece):
            text += "\n" + piece
        elif text.endswith("-") and text[-2:-1].isalpha():
            text += piece  # "masing-" + "masing": the hyphen is the word's own
        elif fits:
            text += "\n" + piece
        else:
            text += " " + piece
    return text


def _put(
    pieces: dict[str, list[str]],
    words: list[tuple[int, str]],
    lane_start: int,
    kel_x: int,
    anchors: list[tuple[str, int]],
    refs: dict[str, float],
) -> None:
    x = words[0][0]
    text = " ".join(w for _, w in words)
    if x <= 2 and not pieces.get("no") and re.fullmatch(r"\d{1,3}\.?", words[0][1]):
        pieces.setdefault("no", []).append(words[0][1].rstrip("."))
        if len(words) == 1:
            return
        x, text = words[1][0], " ".join(w for _, w in words[1:])
    mutu_x = min(refs.values(), default=kel_x) - 3
    if x < lane_start:
        name = "activity"
    elif x < mutu_x:
        # A lane holds the symbol (lost in text) and the branch labels beside it.
        lanes = [a for a in anchors if a[0].startswith("lane")]
        name = min(lanes, key=lambda a: abs(a[1] - x))[0] if lanes else "activity"
    else:
        name = min(refs, key=lambda c: abs(refs[c] - x))
    pieces.setdefault(name, []).append(text)
