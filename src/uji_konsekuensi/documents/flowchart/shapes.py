"""The drawing primitives of the flowchart, in millimetres, and the page's measurements.

`layout` decides where things go and returns these; the template ``sop_flowchart.svg.j2``
draws them. They are plain values: a test (or another renderer) can read a laid-out chart back.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .. import messages as M
from .model import Chart, Edge, SymbolKind

PAGE_WIDTH = 277.0  # A4 landscape (297 mm) minus two 10 mm margins
PAGE_BODY_HEIGHT = 172.0  # 210 mm minus margins (20), page heading and footer (18)
FONT = 2.5  # mm, about 7 pt: the size SOP AP tables are usually printed in
LINE = 3.1
PAD = 1.4
FOOT_FONT = 2.3
FOOT_LINE = 2.9
MIN_ROW = 15.0
BAND = 11.0  # height of the connector band at a page break
TRACK = 3.0  # distance between two vertical tracks in the margin column
CONNECTOR = 5.0  # width and height of the off-page connector pentagon
END_ROOM = 17.0  # room in the margin column for an end terminator beside a rightmost-lane decision

Exit = Literal["bottom", "elbow", "right", "end-left", "end-right"]
Part = Literal["whole", "out", "in"]


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


@attrs.frozen(kw_only=True)
class Column:
    """One column of the table (``key`` "no", "kegiatan", "lane", "jalur", "kelengkapan", ...)."""

    key: str
    title: str
    x: float
    w: float
    lane: str | None = None

    @property
    def center(self) -> float:
        return self.x + self.w / 2


@attrs.frozen(kw_only=True)
class Cell:
    """A rectangle of the table grid; ``kind`` is "header", "body", "lane", "jalur" or "band"."""

    x: float
    y: float
    w: float
    h: float
    kind: str


@attrs.frozen(kw_only=True)
class TextBlock:
    """Wrapped text: ``x`` and the first baseline ``y``; ``anchor`` "start" or "middle"."""

    x: float
    y: float
    lines: tuple[str, ...]
    size: float = FONT
    line_height: float = LINE
    anchor: str = "start"
    bold: bool = False
    kind: str = "cell"
    step: int | None = None


@attrs.frozen(kw_only=True)
class SymbolShape:
    """A step's symbol: bounding box, kind, and the data a reader or a test needs."""

    step: int
    kind: SymbolKind
    x: float
    y: float
    w: float
    h: float
    title: str
    lane: str
    inferred: bool = False

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def diamond_points(self) -> str:
        return " ".join(
            f"{_fmt(px)},{_fmt(py)}"
            for px, py in (
                (self.cx, self.y),
                (self.x + self.w, self.cy),
                (self.cx, self.y + self.h),
                (self.x, self.cy),
            )
        )

    def anchor(self, side: str) -> tuple[float, float]:
        return {
            "top": (self.cx, self.y),
            "bottom": (self.cx, self.y + self.h),
            "right": (self.x + self.w, self.cy),
            "left": (self.x, self.cy),
        }[side]


@attrs.frozen(kw_only=True)
class EndShape:
    """The end terminator of a decision branch that ends the procedure (not a step of its own)."""

    source: int
    x: float
    y: float
    w: float
    h: float
    text: str = M.FLOWCHART_END().id

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


@attrs.frozen(kw_only=True)
class Connector:
    """An off-page connector: a pentagon pointing down, with the letter that pairs its two ends."""

    x: float
    y: float
    label: str
    title: str
    role: Literal["out", "in"]
    w: float = CONNECTOR
    h: float = CONNECTOR

    @property
    def points(self) -> str:
        x, y, w, h = self.x, self.y, self.w, self.h
        corners = ((x, y), (x + w, y), (x + w, y + h * 0.6), (x + w / 2, y + h), (x, y + h * 0.6))
        return " ".join(f"{_fmt(px)},{_fmt(py)}" for px, py in corners)

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def label_y(self) -> float:
        return self.y + self.h * 0.5


@attrs.frozen(kw_only=True)
class BranchLabel:
    """The "Ya" / "Tidak" written beside a decision's exit."""

    x: float
    y: float
    text: str
    branch: Literal["yes", "no"]
    anchor: Literal["start", "end"] = "start"


@attrs.frozen(kw_only=True)
class EdgeDrawing:
    """One arrow (or, across a page break, one of its two halves)."""

    edge: Edge
    part: Part
    points: tuple[tuple[float, float], ...]
    label: BranchLabel | None = None
    connector: Connector | None = None
    end: EndShape | None = None

    @property
    def svg_points(self) -> str:
        return " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in self.points)


@attrs.frozen(kw_only=True)
class PageDrawing:
    """One page of the flowchart table: an SVG of ``width`` x ``height`` mm."""

    number: int
    total: int
    width: float
    height: float
    steps: tuple[int, ...]
    cells: tuple[Cell, ...]
    texts: tuple[TextBlock, ...]
    symbols: tuple[SymbolShape, ...]
    edges: tuple[EdgeDrawing, ...]
    footnotes: tuple[TextBlock, ...]

    @property
    def view_box(self) -> str:
        return f"0 0 {_fmt(self.width)} {_fmt(self.height)}"

    @property
    def width_mm(self) -> str:
        return _fmt(self.width)

    @property
    def height_mm(self) -> str:
        return _fmt(self.height)


@attrs.frozen(kw_only=True)
class Layout:
    """The whole flowchart: columns and pages."""

    chart: Chart
    columns: tuple[Column, ...]
    pages: tuple[PageDrawing, ...]
