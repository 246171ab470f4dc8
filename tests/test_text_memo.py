"""The memo of the functions that read one text keeps short texts only: long distinct texts, as a
hostile client may send (up to 100,000 characters each), are computed each time and never kept."""

from __future__ import annotations

import gc
import tracemalloc

from uji_konsekuensi.case.consistency import information_key
from uji_konsekuensi.harm.model import resolve_citation
from uji_konsekuensi.harm.restatement import stem
from uji_konsekuensi.harm.validate.never_exempt import _never_exempt_kinds
from uji_konsekuensi.harm.validate.penetapan import _kept_statutes
from uji_konsekuensi.law.statute import find_statutes
from uji_konsekuensi.text_memo import per_text


def test_per_text_keeps_short_texts_and_computes_long_ones_every_time() -> None:
    calls: list[str] = []

    @per_text(maxsize=4, longest=10)
    def f(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert f("abc") == "ABC" and f("abc") == "ABC"
    assert calls == ["abc"]
    long = "x" * 11
    assert f(long) == long.upper() and f(long) == long.upper()
    assert calls == ["abc", long, long]


def test_per_text_forgets_the_least_recent_text_past_its_size() -> None:
    calls: list[str] = []

    @per_text(maxsize=2)
    def f(text: str) -> int:
        calls.append(text)
        return len(text)

    for text in ("a", "b", "c", "a"):
        f(text)
    assert calls == ["a", "b", "c", "a"]  # "a" was dropped when "c" came


def test_long_distinct_texts_leave_nothing_in_the_checkers_text_memos() -> None:
    readers = (
        information_key,
        resolve_citation,
        find_statutes,
        _kept_statutes,
        _never_exempt_kinds,
        stem,
    )
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for n in range(60):
            # 20,000 characters each, all different: 1.2 MB of text per reader if kept.
            text = f"UU 14/2008 Pasal 17 huruf {n} " + f"informasi rahasia {n} " * 900
            for read in readers:
                read(text)
            del text
        gc.collect()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    assert grown < 400_000, f"{grown:,} bytes kept after 7 MB of distinct long texts"
