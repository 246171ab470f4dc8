"""The flowchart layout engine: rows, symbols, routing, pages, on synthetic charts."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi.documents.flowchart.layout import layout
from uji_konsekuensi.documents.flowchart.model import Chart, ChartLane, ChartStep
from uji_konsekuensi.documents.flowchart.shapes import (
    PAGE_BODY_HEIGHT,
    PAGE_WIDTH,
    EdgeDrawing,
    Layout,
    PageDrawing,
)
from uji_konsekuensi.documents.flowchart.text import text_width, wrap

LANES = tuple(ChartLane(id=f"l{i}", name=n) for i, n in enumerate(["Pemohon", "PPID", "Atasan"]))


def linear(n: int, lanes: tuple[ChartLane, ...] = LANES, text: str = "Kegiatan") -> Chart:
    steps = []
    for i in range(1, n + 1):
        steps.append(
            ChartStep(
                number=i,
                activity=f"{text} {i}",
                lane=lanes[i % len(lanes)].id,
                symbol="terminator" if i in (1, n) else "process",
                next=i + 1 if i < n else None,
            )
        )
    return Chart(title="uji", lanes=lanes, steps=tuple(steps))


def with_decision(yes: int | None, no: int | None, n: int = 6, at: int = 3, **kw: bool) -> Chart:
    base = linear(n)
    steps = list(base.steps)
    steps[at - 1] = ChartStep(
        number=at, activity="Memutuskan", lane="l1", symbol="decision", yes=yes, no=no, **kw
    )
    return Chart(title="uji", lanes=LANES, steps=tuple(steps))


def all_drawings(result: Layout) -> list[tuple[PageDrawing, EdgeDrawing]]:
    return [(page, d) for page in result.pages for d in page.edges]


# --- geometry helpers -------------------------------------------------------------------------


def segment_hits_box(
    a: tuple[float, float], b: tuple[float, float], box: tuple[float, float, float, float]
) -> bool:
    """Whether an axis-parallel segment passes through the inside of a box (edges excluded)."""
    x0, y0, x1, y1 = box
    eps = 0.05
    x0, y0, x1, y1 = x0 + eps, y0 + eps, x1 - eps, y1 - eps
    (ax, ay), (bx, by) = a, b
    if abs(ax - bx) < 1e-9:  # vertical
        lo, hi = sorted((ay, by))
        return x0 < ax < x1 and lo < y1 and hi > y0
    if abs(ay - by) < 1e-9:  # horizontal
        lo, hi = sorted((ax, bx))
        return y0 < ay < y1 and lo < x1 and hi > x0
    raise AssertionError(f"segment {a}->{b} is not axis-parallel")


def assert_no_symbol_crossed(result: Layout) -> None:
    for page in result.pages:
        boxes = {s.step: (s.x, s.y, s.x + s.w, s.y + s.h) for s in page.symbols}
        ends = [d.end for d in page.edges if d.end is not None]
        for drawing in page.edges:
            own = {drawing.edge.source, drawing.edge.target}
            for a, b in itertools.pairwise(drawing.points):
                for step, box in boxes.items():
                    if step in own:
                        continue
                    assert not segment_hits_box(a, b, box), (
                        f"page {page.number}: edge {drawing.edge.id} crosses step {step}"
                    )
                for end in ends:
                    if end.source == drawing.edge.source:
                        continue  # its own end (a decision whose two branches both end)
                    box = (end.x, end.y, end.x + end.w, end.y + end.h)
                    assert not segment_hits_box(a, b, box), f"{drawing.edge.id} crosses an end"


# --- tests ------------------------------------------------------------------------------------


def test_one_symbol_per_step_in_its_lane_column() -> None:
    """Every step gets exactly one symbol, centred in the column of its lane."""
    chart = linear(5)
    result = layout(chart)
    symbols = [s for p in result.pages for s in p.symbols]
    assert [s.step for s in symbols] == [1, 2, 3, 4, 5]
    columns = {c.lane: c for c in result.columns if c.key == "lane"}
    for step, symbol in zip(chart.steps, symbols, strict=True):
        col = columns[step.lane]
        assert col.x < symbol.x and symbol.x + symbol.w < col.x + col.w
        assert symbol.kind == step.symbol


def test_columns_follow_the_sop_ap_table_and_fill_the_page() -> None:
    """No | Kegiatan | one column per lane | Kelengkapan | Waktu | Output | Keterangan, 277 mm."""
    result = layout(linear(3))
    keys = [c.key for c in result.columns]
    lanes = ["lane"] * 3
    assert keys == ["no", "kegiatan", *lanes, "kelengkapan", "waktu", "output", "keterangan"]
    last = result.columns[-1]
    assert last.x + last.w == pytest.approx(PAGE_WIDTH)
    assert [c.title for c in result.columns if c.key == "lane"] == ["Pemohon", "PPID", "Atasan"]


def test_lane_names_are_never_cut_inside_a_word() -> None:
    """A lane column is at least as wide as the longest word of its name."""
    lanes = (
        ChartLane(id="a", name="Tim Pengarah & Pertimbangan Pelayanan Informasi"),
        *(ChartLane(id=f"x{i}", name=f"Komponen/ Perangkat Daerah {i}") for i in range(4)),
    )
    result = layout(linear(3, lanes))
    for col in (c for c in result.columns if c.key == "lane"):
        lines = wrap(col.title, col.w - 2 * 1.4, 2.5, bold=True)
        assert " ".join(lines).replace("/ ", "/") == col.title.replace("/ ", "/")
        for word in col.title.split():
            assert any(word in line for line in lines), (word, lines)


def test_next_row_arrow_goes_down_from_bottom_to_top() -> None:
    """An arrow to the next row leaves the symbol's bottom and enters the next symbol's top."""
    result = layout(linear(2, lanes=LANES[:1]))
    (page,) = result.pages
    (drawing,) = page.edges
    a, b = page.symbols
    assert drawing.points[0] == a.anchor("bottom")
    assert drawing.points[-1] == b.anchor("top")
    assert len(drawing.points) == 2


def test_decision_has_a_yes_and_a_no_label() -> None:
    """A decision's two branches are labelled Ya and Tidak."""
    result = layout(with_decision(yes=4, no=2))
    labels = {d.edge.kind: d.label.text for _, d in all_drawings(result) if d.label}
    assert labels == {"yes": "Ya", "no": "Tidak"}


def test_loop_back_runs_in_the_margin_column_and_enters_from_the_right() -> None:
    """A NO branch back to an earlier step uses a track in the margin column."""
    result = layout(with_decision(yes=4, no=1))
    jalur = next(c for c in result.columns if c.key == "jalur")
    (loop,) = [d for _, d in all_drawings(result) if d.edge.kind == "no"]
    xs = {x for x, _ in loop.points}
    assert any(jalur.x < x < jalur.x + jalur.w for x in xs)
    target = next(s for p in result.pages for s in p.symbols if s.step == 1)
    assert loop.points[-1] == target.anchor("right")
    assert loop.points[-1][1] < loop.points[0][1]  # it goes up


def test_nested_loops_get_separate_tracks_short_inside() -> None:
    """Two loops over nested spans run on different tracks, the shorter one nearer the lanes."""
    steps = list(linear(8).steps)
    steps[4] = ChartStep(number=5, activity="x", lane="l1", symbol="decision", yes=6, no=4)
    steps[6] = ChartStep(number=7, activity="y", lane="l1", symbol="decision", yes=8, no=2)
    result = layout(Chart(title="t", lanes=LANES, steps=tuple(steps)))
    loops = {d.edge.source: d for _, d in all_drawings(result) if d.edge.kind == "no"}
    short_x = max(x for x, _ in loops[5].points)
    long_x = max(x for x, _ in loops[7].points)
    assert short_x < long_x
    assert_no_symbol_crossed(result)


def test_branch_that_ends_draws_an_end_terminator_beside_the_decision() -> None:
    """A branch without a target ends at a "Selesai" capsule in the same row."""
    result = layout(with_decision(yes=4, no=None, no_ends=True))
    (end_drawing,) = [d for _, d in all_drawings(result) if d.end is not None]
    decision = next(s for p in result.pages for s in p.symbols if s.step == 3)
    assert end_drawing.end is not None
    assert end_drawing.end.cy == pytest.approx(decision.cy)
    assert end_drawing.edge.target is None and end_drawing.label is not None
    assert end_drawing.label.text == "Tidak"
    assert_no_symbol_crossed(result)


def test_long_chart_breaks_into_pages_with_paired_off_page_connectors() -> None:
    """A chart taller than a page continues on the next with a lettered connector pair."""
    text = "Mengumpulkan dan memeriksa dokumen informasi yang dimohon " * 4
    result = layout(linear(14, text=text))
    assert len(result.pages) >= 2
    for page in result.pages:
        assert page.height <= PAGE_BODY_HEIGHT + 0.01
    outs = {
        d.connector.label: d for _, d in all_drawings(result) if d.part == "out" and d.connector
    }
    ins = {d.connector.label: d for _, d in all_drawings(result) if d.part == "in" and d.connector}
    assert outs and set(outs) == set(ins)
    for label, out in outs.items():
        assert out.edge == ins[label].edge
    # every step on exactly one page, in order
    assert [n for p in result.pages for n in p.steps] == list(range(1, 15))


def test_loop_across_pages_uses_margin_connectors() -> None:
    """A loop back to a step on an earlier page ends and restarts at margin connectors."""
    text = "Menyusun dan memeriksa pertimbangan tertulis atas informasi yang dikecualikan " * 4
    base = linear(14, text=text)
    steps = list(base.steps)
    steps[12] = ChartStep(number=13, activity="cek", lane="l1", symbol="decision", yes=14, no=2)
    result = layout(Chart(title="t", lanes=LANES, steps=tuple(steps)))
    parts = [d for _, d in all_drawings(result) if d.edge.id == "13-no-2"]
    assert sorted(d.part for d in parts) == ["in", "out"]
    jalur = next(c for c in result.columns if c.key == "jalur")
    for d in parts:
        assert d.connector is not None and d.connector.x >= jalur.x
    assert_no_symbol_crossed(result)


def test_every_edge_is_drawn_once_or_as_two_halves() -> None:
    """Each edge of the chart appears as one whole arrow, or as an out and an in half."""
    chart = with_decision(yes=5, no=2, n=7)
    result = layout(chart)
    seen: dict[str, list[str]] = {}
    for _, d in all_drawings(result):
        seen.setdefault(d.edge.id, []).append(d.part)
    assert set(seen) == {e.id for e in chart.edges()}
    for parts in seen.values():
        assert sorted(parts) in (["whole"], ["in", "out"])


def test_inferred_step_gets_a_footnote_on_its_page() -> None:
    """A step with an inferred actor is flagged and explained under its page."""
    steps = list(linear(3).steps)
    steps[1] = ChartStep(
        number=2,
        activity="x",
        lane="l1",
        symbol="process",
        next=3,
        footnotes=("pelaksana disimpulkan: kegiatan ini tugas PPID (PERKI 1/2021 Pasal 10)",),
    )
    result = layout(Chart(title="t", lanes=LANES, steps=tuple(steps)))
    (page,) = result.pages
    assert [s.inferred for s in page.symbols] == [False, True, False]
    (note,) = page.footnotes
    assert "Langkah 2: pelaksana disimpulkan" in " ".join(note.lines)


def test_wrapped_lines_fit_their_width() -> None:
    """No wrapped line is wider than the width asked for, even with a word longer than it."""
    text = "Mengklasifikasikan informasi/dokumen 19660408199303100912345678 yang dikecualikan"
    for width in (10.0, 20.0, 40.0):
        for line in wrap(text, width, 2.5):
            assert text_width(line, 2.5) <= width + 1e-9


@st.composite
def charts(draw: st.DrawFn) -> Chart:
    n_lanes = draw(st.integers(1, 5))
    lanes = tuple(ChartLane(id=f"l{i}", name=f"Pelaksana {i}") for i in range(n_lanes))
    n = draw(st.integers(2, 16))
    steps = []
    for i in range(1, n + 1):
        lane = f"l{draw(st.integers(0, n_lanes - 1))}"
        words = draw(st.integers(1, 60))
        activity = " ".join(["informasi"] * words)
        if i < n and draw(st.booleans()):
            yes = draw(st.one_of(st.none(), st.integers(1, n)))
            no = draw(st.one_of(st.none(), st.integers(1, n)))
            steps.append(
                ChartStep(
                    number=i, activity=activity, lane=lane, symbol="decision", yes=yes, no=no,
                    yes_ends=yes is None, no_ends=no is None,
                )
            )  # fmt: skip
        else:
            nxt = draw(st.one_of(st.just(i + 1), st.integers(1, n))) if i < n else None
            steps.append(
                ChartStep(number=i, activity=activity, lane=lane, symbol="process", next=nxt)
            )
    return Chart(title="acak", lanes=lanes, steps=tuple(steps))


@settings(max_examples=60, deadline=None)
@given(charts())
def test_arrows_never_cross_a_symbol(chart: Chart) -> None:
    """Whatever the flow (skips, loops, ends, page breaks), no arrow runs through a symbol."""
    result = layout(chart)
    assert_no_symbol_crossed(result)
    # and every edge is drawn
    drawn = {d.edge.id for _, d in all_drawings(result)}
    assert drawn == {e.id for e in chart.edges()}
