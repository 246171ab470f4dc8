"""Text that cannot hurt a document (issue 9, item 4): controls, lone surrogates, bidi overrides.

The rule (documents/safe_text.py): VT and FF become line breaks, other C0 controls are dropped,
lone surrogates become U+FFFD, and text holding right-to-left characters or bidi controls is
isolated (FSI ... PDI) so it cannot reorder the statutory sentence after it. Checked in every
format, and in headless Chromium for the layout a reader sees.
"""

from __future__ import annotations

import io
import itertools
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uji_konsekuensi.documents import Bundle, load_source, render_document
from uji_konsekuensi.documents.safe_text import (
    FSI,
    PDI,
    clean_text,
    encode_utf8,
    isolate_bidi,
    safe_text,
)

ROOT = Path(__file__).resolve().parents[1]
KALBAR = ROOT / "examples" / "cases" / "kalbar.case.json"
RLO = "\u202e"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def kalbar_with(**refusal: Any) -> Bundle:
    """Kalbar's example, its refusal letter's content changed (as the Python API allows)."""
    bundle = load_source(KALBAR)
    letter = bundle.refusal
    return attrs.evolve(
        bundle, refusal=attrs.evolve(letter, refusal=attrs.evolve(letter.refusal, **refusal))
    )


# --- the rule -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baris satu\x0bbaris dua", "Baris satu\nbaris dua"),  # Word's Shift+Enter
        ("Halaman\x0chalaman", "Halaman\nhalaman"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("nul\x00 esc\x1b del\x7f tab\tok", "nul esc del tab\tok"),
        ("rusak \ud800 di sini", "rusak \ufffd di sini"),
        ("biasa, 30 (tiga puluh) hari", "biasa, 30 (tiga puluh) hari"),
    ],
)
def test_clean_text_maps_breaks_drops_controls_replaces_surrogates(
    text: str, expected: str
) -> None:
    """The documented mapping, character by character."""
    assert clean_text(text) == expected


def test_isolation_wraps_only_text_that_can_reorder_and_stays_balanced() -> None:
    """Latin text is unchanged; RTL text or a bidi control is wrapped in FSI ... PDI; a stray PDI
    inside cannot close the isolate early, and an isolate the user opened is closed."""
    assert isolate_bidi("Atasan PPID, 30 hari") == "Atasan PPID, 30 hari"
    assert isolate_bidi(f"x{RLO}y") == f"{FSI}x{RLO}y{PDI}"
    assert isolate_bidi(f"{PDI}{RLO}y") == f"{FSI}{RLO}y{PDI}"
    assert isolate_bidi("\u2067abc") == f"{FSI}\u2067abc{PDI}{PDI}"
    assert isolate_bidi("نص عربي") == f"{FSI}نص عربي{PDI}"
    assert safe_text(f"a\x00{RLO}") == f"{FSI}a{RLO}{PDI}"
    assert encode_utf8("x\ud800") == "x\ufffd".encode()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_isolated_text_always_closes_its_isolates(text: str) -> None:
    """Whatever the text, after safe_text every isolate opened is closed and no PDI is unmatched."""
    out = safe_text(text)
    depth = 0
    for ch in out:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            depth -= 1
            assert depth >= 0
    assert depth == 0
    out.encode("utf-8")  # never a lone surrogate


# --- every renderer ------------------------------------------------------------------------------

HOSTILE = st.text(
    alphabet=st.sampled_from(
        [
            "a",
            " ",
            "\n",
            "\x00",
            "\x0b",
            "\x0c",
            "\x1b",
            "\ud800",
            "\udfff",
            RLO,
            PDI,
            "\u2066",
            "ع",
            "3",
            "0",
            "<",
            "|",
        ]
    ),
    max_size=30,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE, consequence=HOSTILE)
def test_hostile_text_renders_in_html_markdown_and_docx(name: str, consequence: str) -> None:
    """Controls, surrogates and bidi characters in any field never crash a renderer, and the
    output is valid UTF-8 without a lone surrogate or a NUL."""
    pytest.importorskip("docx")
    bundle = kalbar_with(requester_name=name or None, consequence=consequence or None)
    for fmt in ("html", "md"):
        out = render_document("surat-penolakan", bundle, fmt)
        assert isinstance(out, str)
        assert "\x00" not in out and "\x0b" not in out
        out.encode("utf-8")
    data = render_document("surat-penolakan", bundle, "docx")
    assert isinstance(data, bytes) and data[:2] == b"PK"


def test_pdf_with_a_surrogate_and_controls_is_written() -> None:
    """The PDF renderer gets the same cleaned text: a lone surrogate prints as U+FFFD."""
    pypdf = pytest.importorskip("pypdf")
    pytest.importorskip("weasyprint")
    pdf = render_document("surat-penolakan", kalbar_with(requester_name="Budi\ud800\x00 S"), "pdf")
    assert isinstance(pdf, bytes)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Budi\ufffd S" in text


def test_docx_line_breaks_from_word_and_dropped_controls() -> None:
    """In Word, VT (Shift+Enter) and FF become line breaks in a multi-line cell, NUL is dropped."""
    docx = pytest.importorskip("docx")
    bundle = kalbar_with(consequence="Pertama\x0bkedua\x0cketiga\x00.")
    document = docx.Document(io.BytesIO(render_document("surat-penolakan", bundle, "docx")))
    texts = [p.text for p in document.paragraphs]
    assert "1. Pertama\nkedua\nketiga." in texts
    xml = document.element.xml
    assert "<w:br/>" in xml and "\x00" not in xml


def test_docx_core_properties_are_cut_to_their_limit() -> None:
    """A badan_publik of 300 characters fills title, subject and author cut to 255, ending "…"."""
    docx = pytest.importorskip("docx")
    bundle = load_source(KALBAR)
    long_name = "Dinas " + "Sangat Panjang " * 20
    sheets = tuple(attrs.evolve(s, badan_publik=long_name) for s in bundle.sheets)
    penetapan = attrs.evolve(bundle.penetapan, badan_publik=long_name, sheets=sheets)
    data = render_document("dik", attrs.evolve(bundle, sheets=sheets, penetapan=penetapan), "docx")
    props = docx.Document(io.BytesIO(data)).core_properties
    assert len(long_name) > 255
    assert len(props.title) == 255 and props.title.endswith("…")
    assert props.title.startswith("Daftar Informasi yang Dikecualikan — Dinas Sangat")
    assert len(props.author) == 255 and props.author.startswith("Dinas Sangat Panjang")
    assert props.subject == "Daftar Informasi yang dikecualikan"  # Kalbar's own title


# --- what a reader sees: headless Chromium -------------------------------------------------------

PHRASE = "selambat-lambatnya 30 (tiga puluh) hari kerja"

#: Measures, in the laid-out page, the left edge of each character of the statutory phrase that
#: follows the user's text in the objection notice, and writes them into the DOM.
PROBE = f"""<script>
(function () {{
  var p = document.querySelector('[data-part="objection"]');
  var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  var node, out = null, phrase = {json.dumps(PHRASE)};
  while ((node = walker.nextNode())) {{
    var i = node.data.indexOf(phrase);
    if (i < 0) continue;
    out = [];
    for (var k = i; k < i + phrase.length; k++) {{
      var r = document.createRange(); r.setStart(node, k); r.setEnd(node, k + 1);
      var b = r.getBoundingClientRect();
      out.push([node.data[k], b.left, b.top]);
    }}
  }}
  document.body.setAttribute("data-probe", JSON.stringify(out));
}})();
</script>
"""


def chromium_probe(html: str) -> list[tuple[str, float, float]]:
    """Load the document in headless Chromium and return (character, left, top) of the phrase."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="uji-bidi-") as tmp:
        page = Path(tmp) / "surat.html"
        page.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
        done = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={Path(tmp) / 'profile'}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    marker = 'data-probe="'
    assert marker in done.stdout, done.stderr[-2000:]
    raw = done.stdout.split(marker, 1)[1].split('"', 1)[0]
    import html as html_module

    data = json.loads(html_module.unescape(raw))
    assert data is not None, "phrase not found in the page"
    return [(c, float(x), float(y)) for c, x, y in data]


def reads_left_to_right(chars: list[tuple[str, float, float]]) -> bool:
    """Each character stands right of the one before it on the same line."""
    for (_, x0, y0), (_, x1, y1) in itertools.pairwise(chars):
        if abs(y1 - y0) < 1 and x1 <= x0:
            return False
    return True


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
def test_chromium_rlo_in_a_field_cannot_reverse_the_statutory_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With U+202E in the field printed just before it, the objection notice still reads left to
    right in Chromium: "30" is not "03". Without the isolation (the renderer's finalize replaced
    by the bare control-character cleaning) the same page does reverse it, so the test can fail."""
    bundle = kalbar_with(objection_to=f"Atasan PPID {RLO}Dinas")
    html = render_document("surat-penolakan", bundle, "html")
    assert isinstance(html, str) and f"{FSI}Atasan PPID {RLO}Dinas{PDI}" in html
    chars = chromium_probe(html)
    assert "".join(c for c, _, _ in chars) == PHRASE
    assert reads_left_to_right(chars)
    three, zero = chars[PHRASE.index("30")], chars[PHRASE.index("30") + 1]
    assert three[0] == "3" and three[1] < zero[1]

    from uji_konsekuensi.documents import environment

    monkeypatch.setattr(environment, "safe_text", clean_text)
    unsafe = render_document("surat-penolakan", bundle, "html")
    assert isinstance(unsafe, str) and FSI not in unsafe
    assert not reads_left_to_right(chromium_probe(unsafe))
