"""The fast path of loading gives what the converter alone gives, over thousands of broken inputs.

`converter.fast_hook` builds a valid model without cattrs' bookkeeping and hands anything it does
not expect to the converter; `case.io._references_hold` checks the references on the built case
and hands any doubt to `case.io._references`. The reference here is the loader with both turned
off (the converter and the data checks alone, as before them): over mutated example and sample
cases (tools/fuzz_cases.py), the two must build equal cases or refuse with the same problems
(source, path, messages, value, expected), in the same order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi import converter
from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.case import io
from uji_konsekuensi.case.io import load_case, loads_case
from uji_konsekuensi.case.model import Case
from uji_konsekuensi.case.samples import sample_case_data
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.limits import FIRST_YEAR, LAST_YEAR

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import fuzz_cases  # noqa: E402

#: Mutated inputs per run (each loaded twice); the long run is benchmarks/fuzz_boundary.py.
INPUTS = 2000


def _texts() -> list[str]:
    texts = fuzz_cases.example_texts()
    for i, code in enumerate(("kalbar", "kalteng", "kasn", "kutai-timur")):
        agency = get_agency(code)
        start = dt.date(2025, 1, 6) + dt.timedelta(days=97 * i)
        data = sample_case_data(agency, agency.sops[0], start, seed=i, rows=1 + i % 4)
        texts.append(json.dumps(data, ensure_ascii=False))
    return texts


TEXTS = _texts()


@contextlib.contextmanager
def _reference() -> Iterator[None]:
    """The loader without its fast path: every model through the converter, every reference
    checked on the data."""
    fast, hold = converter.fast_hook, io._references_hold
    converter.fast_hook = lambda cls: None  # type: ignore[assignment]
    io._references_hold = lambda case, data: False
    try:
        yield
    finally:
        converter.fast_hook, io._references_hold = fast, hold  # type: ignore[assignment]


def _outcome(read: Any, value: Any) -> tuple[str, Any]:
    try:
        return "case", read(value)
    except InputError as exc:
        return "refused", [
            (exc.source, p.path, p.message, p.message_en, repr(p.value), p.expected, p.expected_en)
            for p in exc.problems
        ]


def _inputs(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [fuzz_cases.mutate(rng, TEXTS) for _ in range(n)] + TEXTS


def test_the_fast_path_builds_or_refuses_exactly_as_the_converter_alone() -> None:
    texts = _inputs(21, INPUTS)
    fast = [_outcome(lambda t: loads_case(t, "x.json"), t) for t in texts]
    with _reference():
        slow = [_outcome(lambda t: loads_case(t, "x.json"), t) for t in texts]
    differ = [(t[:200], f, s) for t, f, s in zip(texts, fast, slow, strict=True) if f != s]
    assert not differ, differ[:3]
    built = sum(1 for kind, _ in fast if kind == "case")
    # Both ways are exercised: many inputs load (dates moved to the edges, harmless mutations)
    # and many are refused.
    assert 0.1 * len(texts) < built < 0.9 * len(texts), built


def test_a_dict_a_program_gives_builds_or_is_refused_as_by_the_converter_alone() -> None:
    datas = []
    for text in _inputs(22, 600):
        with contextlib.suppress(ValueError, RecursionError):  # too deep for json.loads
            datas.append(json.loads(text))
    fast = [_outcome(load_case, d) for d in datas]
    with _reference():
        slow = [_outcome(load_case, d) for d in datas]
    assert fast == slow
    assert any(kind == "case" for kind, _ in fast)


def test_every_example_is_built_by_the_fast_path_itself() -> None:
    # The fast path is not a no-op: a valid case never needs the converter.
    hook = converter.fast_hook(Case)
    assert hook is not None
    for text in TEXTS:
        assert hook(json.loads(text), Case) == converter.make_converter().structure(
            json.loads(text), Case
        )


def _old_structure_datetime(value: str) -> dt.datetime:
    """The timestamp hook as it was before it stopped converting moments inside the calendar's
    years to UTC (the reference for the test below)."""
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("no offset")
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError("year")
    moment.astimezone(dt.UTC)
    return moment


@pytest.mark.parametrize(
    "year",
    [
        1,
        FIRST_YEAR - 1,
        FIRST_YEAR,
        FIRST_YEAR + 1,
        2025,
        LAST_YEAR - 1,
        LAST_YEAR,
        LAST_YEAR + 1,
        9999,
    ],
)
def test_a_timestamp_is_accepted_or_refused_as_before(year: int) -> None:
    for moment in ("01-01T00:00:00", "12-31T23:59:59", "06-15T12:00:00"):
        for offset in ("+14:00", "-12:00", "+07:00", "Z", ""):
            value = f"{year:04d}-{moment}{offset}"
            try:
                expected: Any = _old_structure_datetime(value)
            except (ValueError, OverflowError):
                expected = "refused"
            try:
                got: Any = converter._structure_datetime(value, dt.datetime)
            except ValueError:
                got = "refused"
            assert got == expected, value
