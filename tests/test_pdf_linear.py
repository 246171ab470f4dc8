"""A long PDF costs the same per page: the page references of the tagged structure tree are
computed once per document, not once per structure element (`documents.pdf`,
``_memoize_page_references``), and the file written is the same, byte for byte.

pydyf's ``PDF.page_references`` builds a tuple of every page's reference on each read, and
WeasyPrint's PDF/A tagging reads it for every structure element (some 70 per row of a Lembar):
at 10,000 rows, 700,000 tuples of 5,200 references (benchmarks/README.md, bench_render.py).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("weasyprint")
pydyf = pytest.importorskip("pydyf")

from uji_konsekuensi.documents.pdf import html_to_pdf  # noqa: E402


def _pages(count: int) -> str:
    """A tagged document of ``count`` pages, each with a table of a few cells."""
    body = "".join(
        f'<section style="break-before: page"><h2>Bagian {i}</h2><table><tr><td>a{i}</td>'
        f"<td>b{i}</td></tr></table><p>teks {i}</p></section>"
        for i in range(count)
    )
    return f'<!DOCTYPE html><html lang="id"><head><title>t</title></head><body>{body}</body></html>'


def test_page_references_are_computed_once_per_page_count_not_per_element(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Writing a 40-page tagged PDF reads the page references hundreds of times (once per
    structure element): pydyf alone computes them on every read, the memo a handful of times
    (once the pages are all added)."""
    from uji_konsekuensi.documents import pdf as module

    html_to_pdf(_pages(1))  # installs the memo
    compute = pydyf.PDF.__dict__["page_references"].fget.__wrapped__
    computed: list[int] = []

    def counting(pdf: object) -> object:
        computed.append(1)
        return compute(pdf)

    with monkeypatch.context() as patch:
        patch.setattr(pydyf.PDF, "page_references", property(counting))
        patch.setattr(module, "_memoize_page_references", lambda: None)
        html_to_pdf(_pages(40))
    plain = len(computed)
    computed.clear()
    monkeypatch.setattr(pydyf.PDF, "page_references", property(counting))
    html_to_pdf(_pages(40))  # the memo wraps the counting computation
    assert plain > 200
    assert len(computed) <= 3, len(computed)


def test_the_memo_follows_pages_added_after_a_read() -> None:
    """A page added after the references were read is in the next read (the memo is keyed on
    the page list and its length), as pydyf would give it."""
    from uji_konsekuensi.documents.pdf import _memoize_page_references

    _memoize_page_references()
    pdf = pydyf.PDF()
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    first = pdf.page_references
    assert first is pdf.page_references  # memoized
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    second = pdf.page_references
    assert len(first) == 1 and len(second) == 2
    assert second == tuple(f"{n} 0 R".encode("ascii") for n in pdf.pages["Kids"][::3])


def test_the_pdf_is_the_same_byte_for_byte_with_and_without_the_memo() -> None:
    """The same document written in a process where pydyf computes the references on every
    read (the memo not installed) and in one where they are memoized: the same bytes."""
    script = textwrap.dedent(
        """
        import hashlib, sys
        from uji_konsekuensi.documents import pdf
        if sys.argv[1] == "plain":
            pdf._memoize_page_references = lambda: None
        html = sys.stdin.read()
        data = pdf.html_to_pdf(html)
        import pydyf
        memo = getattr(pydyf.PDF.__dict__["page_references"].fget, "_memoized", False)
        print(memo, hashlib.sha256(data).hexdigest())
        """
    )
    html = _pages(12)
    out = {}
    for mode in ("plain", "memo"):
        done = subprocess.run(
            [sys.executable, "-c", script, mode],
            input=html,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        out[mode] = done.stdout.split()
    assert out["plain"][0] == "False" and out["memo"][0] == "True"
    assert out["plain"][1] == out["memo"][1]
    assert out["memo"][1] == hashlib.sha256(html_to_pdf(html)).hexdigest()
