"""Lay out an SOP flowchart in the SOP AP table of PermenPAN-RB 35/2012, in millimetres.

The flowchart part of an SOP AP is a table: No | Kegiatan | one Pelaksana column per actor |
Mutu Baku (Kelengkapan, Waktu, Output) | Keterangan, one row per step, with the step's symbol in
the column of its actor and arrows from symbol to symbol, drawn vertically (the regulation allows
only vertical flowcharts). Only five symbols exist: terminator (capsule), process (rectangle),
decision (diamond), arrow, and the off-page connector (pentagon) that joins a flow that continues
on another page. This module computes *where* everything goes; the template
``sop_flowchart.svg.j2`` draws it, so the markup is escaped and an agency can restyle it.

Routing rules (so that an arrow never crosses a symbol):

- an arrow to the *next row* leaves the bottom of the symbol, turns (if it changes lane) inside
  the source's own row, below the symbol, where no other symbol can be (one step per row), and
  enters the target from the top;
- every other arrow (a NO branch, a skip forward, a loop back) leaves by the right side (or, for
  the second branch of a decision, the bottom and then right), runs to its own vertical *track*
  in a margin column (the "jalur" column right of the actors), along it to the target's row, and
  enters the target from the right. Horizontal runs happen only in the source's or the target's
  row, which hold no other symbol; tracks are assigned shortest span first, so a long loop runs
  outside a short one instead of crossing it;
- an arrow whose ends are on different pages ends in an off-page connector (pentagon) with a
  letter, and starts again on the target's page from a connector with the same letter: in a band
  under the last row / over the first row for the flow to the next step, in the margin column
  for branches and loops.

Page size: A4 landscape with 10 mm margins, so 277 mm wide; the body height left after the page
heading is `PAGE_BODY_HEIGHT`. Rows are as tall as their wrapped text (see `text.wrap`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import messages as M
from .model import Chart, ChartStep, Edge
from .pages import PageBuilder
from .shapes import (
    BAND,
    CONNECTOR,
    END_ROOM,
    FONT,
    FOOT_FONT,
    FOOT_LINE,
    LINE,
    MIN_ROW,
    PAD,
    PAGE_BODY_HEIGHT,
    PAGE_WIDTH,
    TRACK,
    Column,
    Exit,
    Layout,
)
from .text import text_width, wrap

# --- columns ---------------------------------------------------------------------------------


def _longest_word(names: Sequence[str]) -> float:
    words = [w for name in names for w in name.replace("/", "/ ").split()]
    return max((text_width(w, FONT, bold=True) for w in words), default=0.0)


def _columns(chart: Chart, jalur_w: float, width: float) -> tuple[Column, ...]:
    n = max(len(chart.lanes), 1)
    no_w, waktu_w = 8.0, 19.0
    # Wide enough for the longest word of a lane name ("Pertimbangan"), so no name is cut.
    narrowest = max(17.0, _longest_word([lane.name for lane in chart.lanes]) + 2 * PAD + 0.5)
    lane_w = min(30.0, max(narrowest, (width * 0.36 - jalur_w) / n))
    rest = width - no_w - waktu_w - n * lane_w - jalur_w
    keg_w, kel_w, out_w = rest * 0.36, rest * 0.24, rest * 0.22
    ket_w = rest - keg_w - kel_w - out_w
    cols: list[Column] = []
    x = 0.0

    def add(key: str, title: str, w: float, lane: str | None = None) -> None:
        nonlocal x
        cols.append(Column(key=key, title=title, x=x, w=w, lane=lane))
        x += w

    add("no", M.FLOWCHART_COLUMN_NO().id, no_w)
    add("kegiatan", M.FLOWCHART_COLUMN_KEGIATAN().id, keg_w)
    for lane in chart.lanes:
        add("lane", lane.name, lane_w, lane.id)
    if jalur_w:
        add("jalur", "", jalur_w)
    add("kelengkapan", M.FLOWCHART_COLUMN_KELENGKAPAN().id, kel_w)
    add("waktu", M.FLOWCHART_COLUMN_WAKTU().id, waktu_w)
    add("output", M.FLOWCHART_COLUMN_OUTPUT().id, out_w)
    add("keterangan", M.FLOWCHART_COLUMN_KETERANGAN().id, ket_w)
    return tuple(cols)


def _numbered(items: Sequence[str]) -> str:
    items = [i for i in items if i.strip()]
    if len(items) == 1:
        return items[0]
    return "\n".join(f"{k}. {item}" for k, item in enumerate(items, 1))


def _cell_texts(step: ChartStep) -> dict[str, str]:
    note = step.note
    if step.other_lanes:
        extra = M.FLOWCHART_OTHER_LANES(lanes=", ".join(step.other_lanes)).id
        note = f"{note}\n{extra}" if note else extra
    return {
        "no": f"{step.number}.",
        "kegiatan": step.activity,
        "kelengkapan": _numbered(step.requirements),
        "waktu": step.waktu,
        "output": _numbered(step.outputs),
        "keterangan": note,
    }


def _wrapped(step: ChartStep, cols: Sequence[Column]) -> dict[str, list[str]]:
    texts = _cell_texts(step)
    return {c.key: wrap(texts[c.key], c.w - 2 * PAD, FONT) for c in cols if c.key in texts}


def _row_height(lines: dict[str, list[str]]) -> float:
    most = max((len(v) for v in lines.values()), default=1)
    return max(MIN_ROW, most * LINE + 2 * PAD)


def _footnote_lines(step: ChartStep, width: float) -> list[str]:
    if not step.footnotes:
        return []
    text = M.FLOWCHART_FOOTNOTE(step=step.number, notes="; ".join(step.footnotes)).id
    return wrap(text, width - 2 * PAD, FOOT_FONT)


# --- exits and tracks ------------------------------------------------------------------------


def _exits(chart: Chart) -> dict[str, Exit]:
    """How each edge leaves its symbol: to the next row from the bottom, otherwise sideways.

    A branch that ends the procedure goes sideways to an end terminator in the neighbouring
    lane of the same row (left if there is one): that row holds no other symbol.
    """
    index = {s.number: i for i, s in enumerate(chart.steps)}
    lane_index = {lane.id: i for i, lane in enumerate(chart.lanes)}
    exits: dict[str, Exit] = {}
    by_source: dict[int, list[Edge]] = {}
    for edge in chart.edges():
        by_source.setdefault(edge.source, []).append(edge)
    steps = {s.number: s for s in chart.steps}
    for source, edges in by_source.items():
        right_free = True
        left_free = lane_index[steps[source].lane] > 0
        for edge in (e for e in edges if e.target is None):
            if left_free:
                exits[edge.id], left_free = "end-left", False
            else:
                exits[edge.id], right_free = "end-right", False
        flowing = [e for e in edges if e.target is not None]
        bottom = next(
            (e for e in flowing if e.target is not None and index[e.target] == index[source] + 1),
            None,
        )
        bottom_free = bottom is None
        for edge in flowing:
            if edge is bottom:
                exits[edge.id] = "bottom"
            elif right_free or not bottom_free:
                exits[edge.id], right_free = "right", False
            else:
                # The right side is taken (by an end branch or by the other branch): leave from
                # the bottom, then turn right towards the margin column.
                exits[edge.id], bottom_free = "elbow", False
    return exits


def _tracks(chart: Chart, exits: dict[str, Exit]) -> dict[str, int]:
    """A vertical track per margin-routed edge; shortest span first, so spans nest."""
    index = {s.number: i for i, s in enumerate(chart.steps)}
    spans = []
    for edge in chart.edges():
        if edge.target is not None and exits[edge.id] in ("right", "elbow"):
            lo, hi = sorted((index[edge.source], index[edge.target]))
            spans.append((hi - lo, lo, hi, edge.id))
    spans.sort()
    used: list[list[tuple[int, int]]] = []
    tracks: dict[str, int] = {}
    for _, lo, hi, edge_id in spans:
        for track, intervals in enumerate(used):
            if all(hi < a or lo > b for a, b in intervals):
                intervals.append((lo, hi))
                tracks[edge_id] = track
                break
        else:
            used.append([(lo, hi)])
            tracks[edge_id] = len(used) - 1
    return tracks


# --- pagination ------------------------------------------------------------------------------


def _header_height(cols: Sequence[Column]) -> tuple[float, float]:
    top = LINE + 2 * PAD
    sub = max(
        (len(wrap(c.title, c.w - 2 * PAD, FONT, bold=True)) for c in cols if c.key == "lane"),
        default=1,
    )
    return top, max(sub, 1) * LINE + 2 * PAD


def _paginate(
    heights: Sequence[float], foot: Sequence[float], header: float, budget: float
) -> list[list[int]]:
    """Greedy: as many rows as fit, keeping room for connector bands and the footnotes."""
    pages: list[list[int]] = []
    current: list[int] = []
    used = 0.0
    for i, h in enumerate(heights):
        top_band = BAND if pages else 0.0
        needed = header + top_band + used + h + BAND + sum(foot[j] for j in [*current, i])
        if current and needed > budget:
            pages.append(current)
            current, used = [], 0.0
        current.append(i)
        used += h
    if current:
        pages.append(current)
    return pages


# --- the layout ------------------------------------------------------------------------------


def layout(
    chart: Chart, *, width: float = PAGE_WIDTH, page_height: float = PAGE_BODY_HEIGHT
) -> Layout:
    """Place every cell, text, symbol and arrow of ``chart`` on pages of ``width`` mm."""
    exits = _exits(chart)
    tracks = _tracks(chart, exits)
    n_tracks = (max(tracks.values()) + 1) if tracks else 0
    # First pass leaves room for margin connectors; if no margin edge crosses a page, lay out
    # again without it (a narrower margin column gives the text more room).
    attempt = _layout_once(chart, exits, tracks, n_tracks, width, page_height, connectors=True)
    if n_tracks and not _has_margin_connector(attempt):
        second = _layout_once(chart, exits, tracks, n_tracks, width, page_height, connectors=False)
        if not _has_margin_connector(second):
            return second
    return attempt


def _has_margin_connector(result: Layout) -> bool:
    jalur = next((c for c in result.columns if c.key == "jalur"), None)
    if jalur is None:
        return False
    return any(
        d.connector is not None and d.connector.x >= jalur.x for p in result.pages for d in p.edges
    )


def _layout_once(
    chart: Chart,
    exits: dict[str, Exit],
    tracks: dict[str, int],
    n_tracks: int,
    width: float,
    page_height: float,
    *,
    connectors: bool,
) -> Layout:
    # The margin column: [2 mm | one track per margin-routed edge | room for an end terminator
    # when a decision in the last lane ends a branch | room for off-page connectors].
    last_lane = chart.lanes[-1].id if chart.lanes else None
    steps = {s.number: s for s in chart.steps}
    end_room = any(
        exits[e.id] == "end-right" and steps[e.source].lane == last_lane for e in chart.edges()
    )
    jalur_w = 0.0
    if n_tracks or end_room:
        jalur_w = 2.0 + TRACK * n_tracks + (END_ROOM if end_room else 0.0)
        jalur_w += CONNECTOR + 2.0 if connectors and n_tracks else 0.0
    cols = _columns(chart, jalur_w, width)
    head_top, head_sub = _header_height(cols)
    header = head_top + head_sub
    wrapped = [_wrapped(s, cols) for s in chart.steps]
    heights = [_row_height(w) for w in wrapped]
    foot_lines = [_footnote_lines(s, width) for s in chart.steps]
    foot = [len(lines) * FOOT_LINE for lines in foot_lines]
    foot_pad = 2 * PAD if any(foot) else 0.0
    groups = _paginate(heights, [f + (foot_pad if f else 0) for f in foot], header, page_height)
    builder = PageBuilder(chart, cols, exits, tracks, jalur_w, head_top, head_sub, width)
    page_of = {chart.steps[i].number: p for p, group in enumerate(groups) for i in group}
    pages = tuple(
        builder.page(
            p,
            len(groups),
            group,
            wrapped,
            heights,
            foot_lines,
            page_of,
        )
        for p, group in enumerate(groups)
    )
    return Layout(chart=chart, columns=cols, pages=pages)
