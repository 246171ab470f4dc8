"""Building one page of the laid-out flowchart: grid, texts, symbols and routed arrows.

The routing rules are described in layout.py; this module applies them row by row to the steps
`layout` put on a page, and pairs the off-page connectors across pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import messages as M
from .model import Chart, ChartStep, Edge
from .shapes import (
    BAND,
    CONNECTOR,
    END_ROOM,
    FONT,
    FOOT_FONT,
    FOOT_LINE,
    LINE,
    PAD,
    TRACK,
    BranchLabel,
    Cell,
    Column,
    Connector,
    EdgeDrawing,
    EndShape,
    Exit,
    PageDrawing,
    SymbolShape,
    TextBlock,
)
from .text import wrap


def _letters(n: int) -> str:
    """Connector labels: A..Z, then AA, AB, ..."""
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


class PageBuilder:
    """Builds one page after another; connector letters are shared across pages."""

    def __init__(
        self,
        chart: Chart,
        cols: tuple[Column, ...],
        exits: dict[str, Exit],
        tracks: dict[str, int],
        jalur_w: float,
        head_top: float,
        head_sub: float,
        width: float,
    ) -> None:
        self.chart = chart
        self.cols = cols
        self.exits = exits
        self.tracks = tracks
        self.n_tracks = (max(tracks.values()) + 1) if tracks else 0
        # Steps with an end terminator on their right: arrows from the margin enter them from
        # the top instead, so that they do not run through the terminator.
        self.right_blocked = {e.source for e in chart.edges() if exits[e.id] == "end-right"}
        self.head_top = head_top
        self.head_sub = head_sub
        self.width = width
        self.lane_col = {c.lane: c for c in cols if c.key == "lane"}
        self.jalur = next((c for c in cols if c.key == "jalur"), None)
        self.steps = {s.number: s for s in chart.steps}
        self.index = {s.number: i for i, s in enumerate(chart.steps)}
        self.edges = chart.edges()
        self.letters: dict[str, str] = {}

    def _letter(self, edge: Edge) -> str:
        if edge.id not in self.letters:
            self.letters[edge.id] = _letters(len(self.letters))
        return self.letters[edge.id]

    # -- grid and text ---------------------------------------------------------------------

    def _header(self) -> tuple[list[Cell], list[TextBlock]]:
        cells: list[Cell] = []
        texts: list[TextBlock] = []
        full = self.head_top + self.head_sub
        lanes = [c for c in self.cols if c.key in ("lane", "jalur")]
        mutu = [c for c in self.cols if c.key in ("kelengkapan", "waktu", "output")]

        def title(x: float, y: float, w: float, h: float, text: str) -> None:
            lines = wrap(text, w - 2 * PAD, FONT, bold=True)
            block_h = len(lines) * LINE
            first = y + (h - block_h) / 2 + FONT * 0.8
            texts.append(
                TextBlock(
                    x=x + w / 2, y=first, lines=tuple(lines), anchor="middle", bold=True,
                    kind="header",
                )
            )  # fmt: skip

        for col in self.cols:
            if col.key in ("no", "kegiatan", "keterangan"):
                cells.append(Cell(x=col.x, y=0, w=col.w, h=full, kind="header"))
                title(col.x, 0, col.w, full, col.title)
        groups = ((M.FLOWCHART_GROUP_LANES().id, lanes), (M.FLOWCHART_GROUP_MUTU().id, mutu))
        for group, members in groups:
            if not members:
                continue
            x0 = members[0].x
            w = members[-1].x + members[-1].w - x0
            cells.append(Cell(x=x0, y=0, w=w, h=self.head_top, kind="header"))
            title(x0, 0, w, self.head_top, group)
            for col in members:
                kind = "jalur" if col.key == "jalur" else "header"
                cells.append(Cell(x=col.x, y=self.head_top, w=col.w, h=self.head_sub, kind=kind))
                if col.title:
                    title(col.x, self.head_top, col.w, self.head_sub, col.title)
        return cells, texts

    def _row(
        self, step: ChartStep, top: float, height: float, lines: dict[str, list[str]]
    ) -> tuple[list[Cell], list[TextBlock]]:
        cells: list[Cell] = []
        texts: list[TextBlock] = []
        for col in self.cols:
            kind = {"lane": "lane", "jalur": "jalur"}.get(col.key, "body")
            cells.append(Cell(x=col.x, y=top, w=col.w, h=height, kind=kind))
            col_lines = lines.get(col.key)
            if not col_lines or col_lines == [""]:
                continue
            centred = col.key in ("no", "waktu")
            texts.append(
                TextBlock(
                    x=col.center if centred else col.x + PAD,
                    y=top + PAD + FONT * 0.8,
                    lines=tuple(col_lines),
                    anchor="middle" if centred else "start",
                    kind=col.key,
                    step=step.number,
                )
            )
        return cells, texts

    def _band(self, top: float) -> list[Cell]:
        return [
            Cell(x=c.x, y=top, w=c.w, h=BAND, kind="band" if c.key != "jalur" else "jalur")
            for c in self.cols
        ]

    # -- symbols ---------------------------------------------------------------------------

    def _symbol(self, step: ChartStep, top: float, height: float) -> SymbolShape:
        col = self.lane_col[step.lane]
        if step.symbol == "decision":
            w, h = min(col.w - 5, 15.0), 11.0
        else:
            w, h = min(col.w - 5, 19.0), 7.0 if step.symbol == "terminator" else 8.0
        return SymbolShape(
            step=step.number,
            kind=step.symbol,
            x=col.center - w / 2,
            y=top + height / 2 - h / 2,
            w=w,
            h=h,
            title=M.FLOWCHART_STEP(step=step.number, activity=step.activity).id,
            lane=step.lane,
            inferred=bool(step.inferred),
        )

    # -- the page --------------------------------------------------------------------------

    def page(
        self,
        p: int,
        total: int,
        group: Sequence[int],
        wrapped: Sequence[dict[str, list[str]]],
        heights: Sequence[float],
        foot_lines: Sequence[list[str]],
        page_of: dict[int, int],
    ) -> PageDrawing:
        cells, texts = self._header()
        y = self.head_top + self.head_sub
        numbers = [self.chart.steps[i].number for i in group]
        on_page = set(numbers)
        first, last = numbers[0], numbers[-1]
        incoming_band = [
            e
            for e in self.edges
            if e.target == first and self.exits[e.id] == "bottom" and e.source not in on_page
        ]
        outgoing_band = [
            e
            for e in self.edges
            if e.source == last and self.exits[e.id] == "bottom" and e.target not in on_page
        ]
        top_band_y = None
        if incoming_band:
            top_band_y = y
            cells += self._band(y)
            y += BAND
        symbols: dict[int, SymbolShape] = {}
        rows: dict[int, tuple[float, float]] = {}
        for i in group:
            step = self.chart.steps[i]
            row_cells, row_texts = self._row(step, y, heights[i], wrapped[i])
            cells += row_cells
            texts += row_texts
            symbols[step.number] = self._symbol(step, y, heights[i])
            rows[step.number] = (y, y + heights[i])
            y += heights[i]
        bottom_band_y = None
        if outgoing_band:
            bottom_band_y = y
            cells += self._band(y)
            y += BAND
        drawings: list[EdgeDrawing] = []
        for edge in self.edges:
            src_here, dst_here = edge.source in on_page, edge.target in on_page
            if edge.target is None:
                if src_here:
                    drawings.append(self._route_end(edge, symbols[edge.source]))
                continue
            if not (src_here or dst_here):
                continue
            drawings += self._route(
                edge, symbols, rows, src_here, dst_here, page_of, top_band_y, bottom_band_y
            )
        footnotes: list[TextBlock] = []
        notes = [line for i in group for line in foot_lines[i]]
        if notes:
            y += PAD
            footnotes.append(
                TextBlock(
                    x=PAD,
                    y=y + FOOT_FONT * 0.8,
                    lines=tuple(notes),
                    size=FOOT_FONT,
                    line_height=FOOT_LINE,
                    kind="footnote",
                )
            )
            y += len(notes) * FOOT_LINE + PAD
        return PageDrawing(
            number=p + 1,
            total=total,
            width=self.width,
            height=y + 0.5,
            steps=tuple(numbers),
            cells=tuple(cells),
            texts=tuple(texts),
            symbols=tuple(symbols[n] for n in numbers),
            edges=tuple(drawings),
            footnotes=tuple(footnotes),
        )

    # -- arrows ----------------------------------------------------------------------------

    def _track_x(self, edge: Edge) -> float:
        assert self.jalur is not None  # an edge with a track implies the margin column
        return self.jalur.x + 2.0 + TRACK * self.tracks[edge.id]

    def _connector_x(self) -> float:
        assert self.jalur is not None
        return self.jalur.x + self.jalur.w - CONNECTOR - 1.0

    def _label(
        self,
        edge: Edge,
        sym: SymbolShape,
        exit_: Exit,
        exit_y: float | None = None,
        turns_right: bool = False,
    ) -> BranchLabel | None:
        """Where "Ya"/"Tidak" goes: above a sideways exit, or beside a downward one, on the
        side the arrow does not turn to (so the line never runs through the word)."""
        if edge.kind == "next":
            return None
        text = self.steps[edge.source].label(edge.kind)
        if exit_ in ("right", "end-right"):
            y = (exit_y if exit_y is not None else sym.cy) - 0.9
            return BranchLabel(x=sym.x + sym.w + 0.8, y=y, text=text, branch=edge.kind)
        if exit_ == "end-left":
            return BranchLabel(
                x=sym.x - 0.8, y=sym.cy - 0.9, text=text, branch=edge.kind, anchor="end"
            )
        y = sym.y + sym.h + 2.6
        if turns_right:
            return BranchLabel(x=sym.cx - 1.0, y=y, text=text, branch=edge.kind, anchor="end")
        return BranchLabel(x=sym.cx + 1.0, y=y, text=text, branch=edge.kind)

    def _route(
        self,
        edge: Edge,
        symbols: dict[int, SymbolShape],
        rows: dict[int, tuple[float, float]],
        src_here: bool,
        dst_here: bool,
        page_of: dict[int, int],
        top_band_y: float | None,
        bottom_band_y: float | None,
    ) -> list[EdgeDrawing]:
        exit_ = self.exits[edge.id]
        target = edge.target
        assert target is not None  # branches that end are routed by _route_end
        if src_here and dst_here:
            return [self._route_same_page(edge, symbols, rows, exit_)]
        letter = self._letter(edge)
        points: tuple[tuple[float, float], ...]
        if src_here:
            src = symbols[edge.source]
            title = M.FLOWCHART_CONTINUED_AT(
                step=target, page=page_of[target] + 1, activity=self.steps[target].activity
            ).id
            if exit_ == "bottom" and bottom_band_y is not None:
                conn = Connector(
                    x=src.cx - CONNECTOR / 2, y=bottom_band_y + 2.5, label=letter, title=title,
                    role="out",
                )  # fmt: skip
                points = (src.anchor("bottom"), (src.cx, conn.y))
            else:
                start, ey = self._exit_points(src, rows[edge.source], exit_)
                conn = Connector(
                    x=self._connector_x(), y=ey - CONNECTOR * 0.3, label=letter, title=title,
                    role="out",
                )  # fmt: skip
                points = (*start, (conn.x, ey))
            return [
                EdgeDrawing(
                    edge=edge,
                    part="out",
                    points=points,
                    label=self._label(edge, src, exit_, turns_right=exit_ == "elbow"),
                    connector=conn,
                )
            ]
        dst = symbols[target]
        title = M.FLOWCHART_CONTINUED_FROM(step=edge.source, page=page_of[edge.source] + 1).id
        if exit_ == "bottom" and top_band_y is not None:
            conn = Connector(
                x=dst.cx - CONNECTOR / 2, y=top_band_y + 2.0, label=letter, title=title, role="in"
            )
            points = ((dst.cx, conn.y + conn.h), dst.anchor("top"))
        else:
            entry_y, entry = self._entry(dst)
            conn = Connector(
                x=self._connector_x(), y=entry_y - CONNECTOR * 0.3, label=letter, title=title,
                role="in",
            )  # fmt: skip
            points = ((conn.x, entry_y), *entry)
        return [EdgeDrawing(edge=edge, part="in", points=points, connector=conn)]

    def _route_end(self, edge: Edge, src: SymbolShape) -> EdgeDrawing:
        """A branch that ends the procedure: sideways to a "Selesai" capsule in the next lane."""
        exit_ = self.exits[edge.id]
        lanes = [c for c in self.cols if c.key == "lane"]
        here = next(i for i, c in enumerate(lanes) if c.lane == src.lane)
        left = exit_ == "end-left"
        if left:
            col = lanes[here - 1]
        elif here + 1 < len(lanes):
            col = lanes[here + 1]
        else:
            # Last lane: the capsule goes in the room kept for it in the margin column, after
            # the tracks (lines may cross there; symbols never are).
            assert self.jalur is not None  # end_room made the margin column
            x = self.jalur.x + 2.0 + TRACK * self.n_tracks
            col = Column(key="jalur", title="", x=x, w=END_ROOM)
        w, h = min(col.w - 5, 14.0), 6.0
        end = EndShape(source=edge.source, x=col.center - w / 2, y=src.cy - h / 2, w=w, h=h)
        if left:
            points = (src.anchor("left"), (end.x + end.w, src.cy))
        else:
            points = (src.anchor("right"), (end.x, src.cy))
        return EdgeDrawing(
            edge=edge, part="whole", points=points, label=self._label(edge, src, exit_), end=end
        )

    def _entry(self, dst: SymbolShape) -> tuple[float, tuple[tuple[float, float], ...]]:
        """How an arrow coming from the margin column enters ``dst``: the height it runs at,
        and the points after the track. From the right at mid-height; from the top (running
        just above the symbol) when an end terminator sits on the symbol's right."""
        if dst.step in self.right_blocked:
            y = dst.y - 1.0
            return y, ((dst.cx, y), dst.anchor("top"))
        return dst.cy, (dst.anchor("right"),)

    def _exit_points(
        self, src: SymbolShape, row: tuple[float, float], exit_: Exit
    ) -> tuple[tuple[tuple[float, float], ...], float]:
        """The start of a sideways route, and the height at which it runs right."""
        if exit_ == "right":
            return (src.anchor("right"),), src.cy
        bottom = src.y + src.h
        turn = bottom + min(3.0, (row[1] - bottom) / 2)
        return (src.anchor("bottom"), (src.cx, turn)), turn

    def _route_same_page(
        self,
        edge: Edge,
        symbols: dict[int, SymbolShape],
        rows: dict[int, tuple[float, float]],
        exit_: Exit,
    ) -> EdgeDrawing:
        assert edge.target is not None  # branches that end are routed by _route_end
        src, dst = symbols[edge.source], symbols[edge.target]
        if exit_ == "bottom":
            start = src.anchor("bottom")
            end = dst.anchor("top")
            if abs(src.cx - dst.cx) < 0.01:
                points: tuple[tuple[float, float], ...] = (start, end)
            else:
                row_bottom = rows[edge.source][1]
                turn = start[1] + min(3.0, (row_bottom - start[1]) / 2)
                points = (start, (src.cx, turn), (dst.cx, turn), end)
            label = self._label(edge, src, exit_, turns_right=dst.cx > src.cx + 0.01)
            return EdgeDrawing(edge=edge, part="whole", points=points, label=label)
        start_points, run_y = self._exit_points(src, rows[edge.source], exit_)
        x = self._track_x(edge)
        if edge.source == edge.target:
            # A step that repeats itself: out to the track and back into its own top.
            loop_y = src.y - 2.0
            points = (*start_points, (x, run_y), (x, loop_y), (src.cx, loop_y), src.anchor("top"))
        else:
            entry_y, entry = self._entry(dst)
            points = (*start_points, (x, run_y), (x, entry_y), *entry)
        return EdgeDrawing(
            edge=edge,
            part="whole",
            points=points,
            label=self._label(
                edge, src, exit_, run_y if exit_ == "right" else None, turns_right=True
            ),
        )
