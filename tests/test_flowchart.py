"""The SOP flowchart page of each installed agency: SVG structure, and a real browser render."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from uji_konsekuensi.agency import Agency, agencies
from uji_konsekuensi.documents import chart_from_sop, render_sop_html

#: The four agencies of the seeds (issue 4); each must be installed for these tests.
SEED_AGENCIES = ("kasn", "kutai-timur", "kalbar", "kalteng")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


class Svg(HTMLParser):
    """Collects the flowchart's elements by their data attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.symbols: list[dict[str, str]] = []
        self.edges: list[dict[str, str]] = []
        self.labels: list[tuple[str, str]] = []  # (edge id, branch)
        self.connectors: list[tuple[str, str]] = []  # (label, role)
        self.ends: list[str] = []
        self.svgs = 0
        self.scripts = 0
        self._edge: str | None = None
        self._depth = 0
        self._edge_depth = -1

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs_}
        classes = a.get("class", "").split()
        self._depth += 1
        if tag == "svg":
            self.svgs += 1
        if tag == "script":
            self.scripts += 1
        if tag == "g" and "symbol" in classes:
            self.symbols.append(a)
        if tag == "g" and "edge" in classes:
            self.edges.append(a)
            self._edge, self._edge_depth = a["data-edge"], self._depth
        if tag == "text" and "branch-label" in classes:
            self.labels.append((self._edge or "", a["data-branch"]))
        if tag == "g" and "connector" in classes:
            self.connectors.append((a["data-label"], classes[1].removeprefix("connector-")))
        if tag == "g" and "symbol-end" in classes:
            self.ends.append(a["data-end-of"])

    def handle_endtag(self, tag: str) -> None:
        if self._depth == self._edge_depth and tag == "g":
            self._edge, self._edge_depth = None, -1
        self._depth -= 1

    def handle_startendtag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs_)
        self.handle_endtag(tag)


def seed_agency(code: str) -> Agency:
    installed = agencies()
    if code not in installed:
        pytest.fail(f"agency plugin {code!r} is not installed (installed: {sorted(installed)})")
    return installed[code]


@pytest.mark.parametrize("code", SEED_AGENCIES)
def test_sop_page_has_one_symbol_per_step_of_the_right_kind(code: str) -> None:
    """Every step is drawn once, with its symbol kind, in the column of its first actor."""
    agency = seed_agency(code)
    sop = agency.get_sop()
    parsed = Svg()
    parsed.feed(render_sop_html(sop, agency))
    assert parsed.scripts == 0
    drawn = {int(s["data-step"]): s for s in parsed.symbols}
    assert len(parsed.symbols) == len(sop.steps) == len(drawn)
    for step in sop.steps:
        symbol = drawn[step.number]
        assert symbol["data-symbol"] == step.kind.value
        if step.actors:
            assert symbol["data-lane"] == step.actors[0]
        assert ("data-inferred" in symbol) == any(
            i.field.startswith(("actors", "next", "yes", "no")) for i in step.inferences
        ) or not step.actors
    first, last = min(drawn), max(drawn)
    assert drawn[first]["data-symbol"] == "terminator"
    assert drawn[last]["data-symbol"] == "terminator"


@pytest.mark.parametrize("code", SEED_AGENCIES)
def test_every_edge_has_an_arrow_and_every_decision_a_yes_and_a_no(code: str) -> None:
    """One arrow per flow edge (two halves across a page); Ya and Tidak on each decision."""
    agency = seed_agency(code)
    sop = agency.get_sop()
    chart = chart_from_sop(sop)
    parsed = Svg()
    parsed.feed(render_sop_html(sop, agency))
    parts = Counter(e["data-edge"] for e in parsed.edges)
    expected = {e.id for e in chart.edges()}
    assert set(parts) == expected
    for edge_id, count in parts.items():
        kinds = sorted(e["data-part"] for e in parsed.edges if e["data-edge"] == edge_id)
        assert kinds in (["whole"], ["in", "out"]), (edge_id, kinds)
        assert count == len(kinds)
    for step in (s for s in sop.steps if s.is_decision):
        branches = {b for edge_id, b in parsed.labels if edge_id.startswith(f"{step.number}-")}
        assert branches == {"yes", "no"}, f"step {step.number}: labels {branches}"
    # off-page connectors come in pairs with the same letter
    letters = Counter(label for label, _ in parsed.connectors)
    assert all(n == 2 for n in letters.values())
    roles = {role for _, role in parsed.connectors}
    assert roles <= {"in", "out"}


def test_seed_decisions_are_drawn_as_the_seeds_show_them() -> None:
    """Kalteng's NO loops back to step 1; Kutai Timur's NO ends beside the decision."""
    kalteng = chart_from_sop(seed_agency("kalteng").get_sop())
    decision = next(s for s in kalteng.steps if s.symbol == "decision")
    assert decision.no is not None and decision.no < decision.number
    kutim = seed_agency("kutai-timur")
    parsed = Svg()
    parsed.feed(render_sop_html(kutim.get_sop(), kutim))
    assert parsed.ends == ["4"]


def test_inferred_actor_is_marked_with_a_dagger_and_a_footnote() -> None:
    """A step whose actor was inferred carries a dagger and 'pelaksana disimpulkan: ...'."""
    agency = seed_agency("kasn")
    html = render_sop_html(agency.get_sop(), agency)
    assert 'class="inferred-mark"' in html
    assert "Langkah 1: pelaksana disimpulkan:" in html


def test_identity_part_follows_sop_ap() -> None:
    """The identity table carries the fields of the SOP AP Bagian Identitas."""
    agency = seed_agency("kalteng")
    html = render_sop_html(agency.get_sop(), agency)
    for label in (
        "Nomor SOP",
        "Tanggal Pembuatan",
        "Tanggal Revisi",
        "Tanggal Efektif",
        "Disahkan oleh",
        "Nama SOP",
        "Dasar Hukum:",
        "Kualifikasi Pelaksana:",
        "Keterkaitan:",
        "Peralatan/Perlengkapan:",
        "Peringatan:",
        "Pencatatan dan Pendataan:",
    ):
        assert label in html, label
    assert "870/27/Sekr.7/BKD" in html


# --- in a real browser --------------------------------------------------------------------------


def run_chromium(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="uji-chromium-") as profile:
        return subprocess.run(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


# Select with ``pytest -k chromium``. (A ``chromium`` marker needs registering in pyproject's
# [tool.pytest.ini_options] markers first, because the suite runs with --strict-markers.)
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
@pytest.mark.parametrize("code", SEED_AGENCIES)
def test_sop_page_renders_in_headless_chromium(code: str, tmp_path: Path) -> None:
    """Chromium loads the page, lays it out with every step on it, and paints a screenshot."""
    agency = seed_agency(code)
    sop = agency.get_sop()
    page = tmp_path / f"sop-{code}.html"
    page.write_text(render_sop_html(sop, agency), encoding="utf-8")
    url = page.as_uri()

    # One browser start loads the page, dumps its DOM and paints the screenshot (the DOM of a
    # page without scripts does not depend on the window's size).
    shot = tmp_path / f"sop-{code}.png"
    dom = run_chromium(
        "--enable-logging=stderr",
        "--log-level=0",
        "--window-size=1240,1754",
        "--dump-dom",
        f"--screenshot={shot}",
        url,
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    # the page logged nothing to the console (a script or rendering error would show there)
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    parsed = Svg()
    parsed.feed(dom.stdout)
    # the browser parsed every SVG page and every step's symbol, and ran nothing
    assert parsed.svgs >= 1 and parsed.scripts == 0
    assert sorted(int(s["data-step"]) for s in parsed.symbols) == sorted(
        s.number for s in sop.steps
    )
    text = " ".join(dom.stdout.split())
    for step in sop.steps:
        first_words = " ".join(str(step.corrected("activity")).split()[:3])
        assert first_words in text, f"step {step.number}: {first_words!r} not in the page"

    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    # a blank page compresses to a few kilobytes; a drawn SOP page is far larger
    assert len(png) > 60_000

    # Printed on A4: the identity takes one page and each flowchart page exactly one more (no
    # table spills over). The transcription notes at the end may take any number of pages, so
    # the check prints the page without them.
    html = page.read_text(encoding="utf-8")
    if '<section class="notes-part' in html:
        start = html.index('<section class="notes-part')
        html = html[:start] + html[html.index("</section>", start) + len("</section>") :]
    bare = tmp_path / f"sop-{code}-bare.html"
    bare.write_text(html, encoding="utf-8")
    pdf = tmp_path / f"sop-{code}.pdf"
    printed = run_chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", bare.as_uri())
    assert printed.returncode == 0, printed.stderr[-2000:]
    counts = re.findall(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", pdf.read_bytes(), re.S)
    assert counts, "no page tree in the PDF"
    flow_pages = dom.stdout.count('class="flowchart"')
    assert int(counts[0]) == 1 + flow_pages
