"""DOCX output: the rendered HTML document, rebuilt as a Word file with python-docx.

Offices edit, sign and stamp in Word, so each document is also a .docx. Rather than a second
set of templates, the DOCX is built from the *rendered HTML* of the same template: an agency that
overrides a template gets the change in Word too, and the two formats cannot drift apart. The
HTML our templates produce uses a small vocabulary, which is what this converter understands:

- blocks: ``h1``-``h3``, ``p``, ``div``, ``section``, ``table`` (``th``/``td`` with ``colspan``
  and ``rowspan``), ``ol``/``ul`` (class ``letters`` numbers a., b., c.);
- inline: ``strong``/``b``, ``em``/``i``, ``u``, ``br``, ``span`` (class ``redacted`` prints a
  black bar, as Pasal 50 ayat (2) PERKI 1/2021 asks for blacked-out parts);
- classes ``center`` / ``right`` align a paragraph; ``signature`` indents a block to the right
  half of the page; ``space`` leaves room for a wet signature and stamp;
- ``<meta name="page-orientation" content="landscape">`` turns the page.

Anything else (``style``, ``script``, ``svg``) is skipped; unknown tags are read for their text.

python-docx is an optional extra (``pip install 'uji-konsekuensi[docx]'``), imported only here
and only when a DOCX is asked for.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

import attrs

from ..errors import UjiKonsekuensiError
from . import messages as M
from .safe_text import clean_text

EXTRA = "docx"


class MissingExtraError(UjiKonsekuensiError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, extra: str, package: str) -> None:
        self.extra = extra
        self.package = package
        super().__init__(M.both(M.EXTRA_MISSING(extra=extra, package=package)))


def _import_docx() -> Any:
    try:
        import docx
    except ImportError:
        raise MissingExtraError(EXTRA, "python-docx") from None
    return docx


# --- a small HTML tree ------------------------------------------------------------------------

_VOID = {"br", "meta", "link", "img", "hr", "input", "col"}
_SKIP = {"style", "script", "head", "title", "svg", "template"}
_BLOCKS = {
    "h1", "h2", "h3", "h4", "p", "div", "section", "main", "article", "header", "footer",
    "table", "ol", "ul", "li", "thead", "tbody", "tr", "blockquote",
}  # fmt: skip


@attrs.define
class Node:
    tag: str
    attributes: dict[str, str]
    children: list[Node | str] = attrs.Factory(list)

    @property
    def classes(self) -> set[str]:
        return set(self.attributes.get("class", "").split())

    def find_all(self, tag: str) -> list[Node]:
        found: list[Node] = []
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag:
                    found.append(child)
                found += child.find_all(tag)
        return found


class _TreeBuilder(HTMLParser):
    """Builds the tree; text is cleaned (safe_text.clean_text: controls mapped or dropped, lone
    surrogates replaced) and, inside an element of class ``text`` (``white-space: pre-line`` in
    print.css), each line break becomes a ``br`` so Word shows the lines the HTML shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: clean_text(v or "") for k, v in attributes})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attributes}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        data = clean_text(data)
        if "\n" in data and any("text" in node.classes for node in self.stack):
            lines = data.split("\n")
            for index, line in enumerate(lines):
                if index:
                    self.stack[-1].children.append(Node("br", {}))
                if line:
                    self.stack[-1].children.append(line)
            return
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


# --- writing the document ---------------------------------------------------------------------

_WS = re.compile(r"\s+")


#: Classes of our templates that align a block's paragraphs.
_CLASS_ALIGN = {
    "center": "center",
    "heading": "center",
    "boxed": "center",
    "decision": "center",
    "right": "right",
}


@attrs.frozen
class _Style:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    redacted: bool = False


class _Writer:
    """Walks the tree and writes paragraphs and tables into a python-docx container."""

    def __init__(self, docx: Any) -> None:
        self.docx = docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
        from docx.shared import Cm, Pt

        self.align = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }
        self.black = WD_COLOR_INDEX.BLACK
        self.cm = Cm
        self.pt = Pt

    # blocks

    def blocks(
        self, container: Any, node: Node, indent: float = 0.0, align: str | None = None
    ) -> None:
        """Write the children of ``node``: runs of inline content become paragraphs.

        ``align``: an alignment inherited from an enclosing block ("center" for a heading block).
        """
        pending: list[Node | str] = []

        def flush() -> None:
            if any(isinstance(c, Node) or c.strip() for c in pending):
                self.paragraph(container, Node("p", {}, list(pending)), indent, align=align)
            pending.clear()

        for child in node.children:
            if isinstance(child, str) or child.tag not in _BLOCKS:
                if isinstance(child, Node) and child.tag in _SKIP:
                    continue
                pending.append(child)
                continue
            flush()
            self.block(container, child, indent, align)
        flush()

    def block(self, container: Any, node: Node, indent: float, align: str | None = None) -> None:
        tag, classes = node.tag, node.classes
        if tag in _SKIP:
            return
        for cls, value in _CLASS_ALIGN.items():
            if cls in classes:
                align = value
        if "signature" in classes:
            indent = max(indent, 9.0)
        if "space" in classes:
            for _ in range(3):
                container.add_paragraph()
            return
        if tag in ("h1", "h2", "h3", "h4"):
            size = {"h1": 13, "h2": 12, "h3": 11, "h4": 11}[tag]
            para = self.paragraph(container, node, indent, bold=True, size=size)
            para.alignment = self.align["center"]
        elif tag == "p":
            bold = bool(classes & {"boxed", "decision"})
            self.paragraph(container, node, indent, bold=bold, align=align)
        elif tag == "table":
            self.table(container, node)
        elif tag in ("ol", "ul"):
            self.listing(container, node, indent)
        else:
            self.blocks(container, node, indent, align)

    def paragraph(
        self,
        container: Any,
        node: Node,
        indent: float = 0.0,
        *,
        bold: bool = False,
        size: float | None = None,
        align: str | None = None,
    ) -> Any:
        para = container.add_paragraph()
        if indent:
            para.paragraph_format.left_indent = self.cm(indent)
        for cls, value in _CLASS_ALIGN.items():
            if cls in node.classes:
                align = value
        if align is not None:
            para.alignment = self.align[align]
        self.inline(para, node, _Style(bold=bold), size, [True])
        return para

    def inline(
        self, para: Any, node: Node, style: _Style, size: float | None, space: list[bool]
    ) -> None:
        """Write inline content as runs. ``space[0]``: the paragraph so far ends in white space
        (or is empty), so leading white space of the next text is dropped, as HTML does."""
        for child in node.children:
            if isinstance(child, str):
                text = _WS.sub(" ", child)
                if space[0]:
                    text = text.lstrip()
                if not text:
                    continue
                space[0] = text.endswith(" ")
                run = para.add_run(text)
                run.bold = style.bold or None
                run.italic = style.italic or None
                run.underline = style.underline or None
                if style.redacted:
                    run.font.highlight_color = self.black
                if size:
                    run.font.size = self.pt(size)
                continue
            if child.tag in _SKIP:
                continue
            if child.tag == "br":
                para.add_run().add_break()
                space[0] = True
                continue
            inner = _Style(
                bold=style.bold or child.tag in ("strong", "b", "th"),
                italic=style.italic or child.tag in ("em", "i"),
                underline=style.underline or child.tag == "u" or "name" in child.classes,
                redacted=style.redacted or "redacted" in child.classes,
            )
            self.inline(para, child, inner, size, space)

    def listing(self, container: Any, node: Node, indent: float) -> None:
        letters = "letters" in node.classes
        ordered = node.tag == "ol"
        items = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
        for number, item in enumerate(items, 1):
            if ordered:
                marker = f"{chr(96 + number)}. " if letters and number <= 26 else f"{number}. "
            else:
                marker = "• "
            para = self.paragraph(container, Node("p", {}, [marker, *item.children]), indent + 0.6)
            para.paragraph_format.first_line_indent = self.cm(-0.6)

    def table(self, container: Any, node: Node) -> None:
        """Write an HTML table row by row, linear in its rows.

        python-docx's ``Table.cell(r, c)`` and ``_Cell.merge`` rebuild the table's whole grid on
        every call, so filling a table through them costs rows x cells (a Lembar of 1,000 rows
        took more than five minutes). Here each ``w:tr`` is appended once, each ``w:tc`` is
        written once with its ``gridSpan`` (colspan) and ``vMerge`` (rowspan: "restart" on the
        first row, "continue" below, which is how Word stores a merged cell), and the content
        goes straight into the new cell.
        """
        rows = _rows(node)
        # (row, column) -> the cell covering it: (first row, first column, rowspan, colspan).
        grid: dict[tuple[int, int], tuple[int, int, int, int, Node]] = {}
        n_cols = 0
        for r, tr in enumerate(rows):
            c = 0
            for cell in (x for x in tr.children if isinstance(x, Node) and x.tag in ("td", "th")):
                while (r, c) in grid:
                    c += 1
                colspan = _span(cell, "colspan")
                rowspan = min(_span(cell, "rowspan"), len(rows) - r)
                entry = (r, c, rowspan, colspan, cell)
                for dr in range(rowspan):
                    for dc in range(colspan):
                        grid.setdefault((r + dr, c + dc), entry)
                c += colspan
                n_cols = max(n_cols, c)
        if not rows or not n_cols:
            return
        n_rows = max(r for r, _ in grid) + 1
        from docx.table import _Cell

        table = container.add_table(rows=0, cols=n_cols)
        if node.classes & {"grid", "identity"}:
            table.style = "Table Grid"  # ruled tables; layout tables (Menimbang) stay unruled
        tbl = table._tbl
        widths = [column.w for column in tbl.tblGrid.gridCol_lst]
        for r in range(n_rows):
            tr = tbl.add_tr()
            c = 0
            while c < n_cols:
                found = grid.get((r, c))
                if found is None or found[1] != c:
                    # A hole in a ragged row, or a column another cell's span overlapped.
                    tc = tr.add_tc()
                    tc.width = widths[c]
                    c += 1
                    continue
                first_row, _, rowspan, colspan, cell = found
                colspan = min(colspan, n_cols - c)
                tc = tr.add_tc()
                spanned = [w for w in widths[c : c + colspan] if w is not None]
                tc.width = sum(spanned) if spanned else None
                if colspan > 1:
                    tc.grid_span = colspan
                if rowspan > 1:
                    tc.vMerge = "restart" if r == first_row else "continue"
                if r == first_row:
                    self.cell(_Cell(tc, table), cell)
                c += colspan

    def cell(self, target: Any, node: Node) -> None:
        header = node.tag == "th"
        first = target.paragraphs[0]
        content: list[Node | str] = [Node("b", {}, node.children)] if header else node.children
        self.blocks(target, Node("div", {}, content))
        # The cell's first (empty) paragraph came with the cell: drop it if content followed.
        if len(target.paragraphs) > 1 and not first.text:
            first._element.getparent().remove(first._element)
        if header or "center" in node.classes or "num" in node.classes:
            for para in target.paragraphs:
                para.alignment = self.align["center"]


def _span(cell: Node, name: str) -> int:
    """A cell's ``colspan`` or ``rowspan`` as a browser reads it: unreadable or 0 is 1, more
    than 1,000 is 1,000 (HTML caps colspan there; a row never spans past the table's end)."""
    raw = cell.attributes.get(name, "1").strip()
    value = int(raw) if raw.isdigit() and len(raw) < 6 else 1
    return min(max(value, 1), 1000)


def _rows(table: Node) -> list[Node]:
    """The table's own rows (not those of a table nested in a cell)."""
    rows: list[Node] = []
    for child in table.children:
        if not isinstance(child, Node):
            continue
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows += [r for r in child.children if isinstance(r, Node) and r.tag == "tr"]
    return rows


#: The longest value Word's core properties take (python-docx refuses more: OPC Part 2, the
#: ``dc:title``, ``dc:subject``, ``dc:creator`` ... strings are limited to 255 characters).
CORE_PROPERTY_LIMIT = 255


def cut(text: str, limit: int = CORE_PROPERTY_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, ending in "…" when it was longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _core_properties(document: Any, tree: Node) -> None:
    """Title (``<title>``), subject (meta description), author (meta author): each cut to 255."""
    titles = tree.find_all("title")
    if titles:
        title = "".join(c for c in titles[0].children if isinstance(c, str))
        document.core_properties.title = cut(title)
    for meta in tree.find_all("meta"):
        name, content = meta.attributes.get("name"), meta.attributes.get("content", "")
        if name == "description" and content:
            document.core_properties.subject = cut(content)
        elif name == "author" and content:
            document.core_properties.author = cut(content)


def html_to_docx(html: str) -> bytes:
    """The HTML of a rendered document as the bytes of a .docx file (A4, portrait or landscape)."""
    docx = _import_docx()
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    tree = parse_html(html)
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    section = document.sections[0]
    landscape = any(
        m.attributes.get("name") == "page-orientation"
        and m.attributes.get("content") == "landscape"
        for m in tree.find_all("meta")
    )
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.left_margin = section.right_margin = Mm(10)
        section.top_margin = section.bottom_margin = Mm(10)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Mm(25), Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)
    _core_properties(document, tree)
    body = next(iter(tree.find_all("main")), None) or next(iter(tree.find_all("body")), tree)
    _Writer(docx).blocks(document, body)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
