"""The checker's memos (uji_konsekuensi.case.memo): a result is reused only for the very same
inputs, never for an equal or a new object, and never grows with the number of cases."""

from __future__ import annotations

import datetime as dt
import gc
import json

import attrs
import pytest

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.case import case_from_dict, check_case
from uji_konsekuensi.case.flow import Run, _OpenRun
from uji_konsekuensi.case.memo import per_case, per_object
from uji_konsekuensi.case.paths import sheets_of
from uji_konsekuensi.case.references import record_kinds
from uji_konsekuensi.case.samples import sample_case_data


class _Thing:
    """A plain object with weak references, like an agency or a compiled SOP."""


def test_per_case_reuses_the_result_for_the_same_object_only() -> None:
    calls: list[object] = []

    @per_case
    def f(x: object) -> int:
        calls.append(x)
        return len(calls)

    a, b = _Thing(), _Thing()
    assert f(a) == 1 and f(a) == 1  # the same object: asked once
    assert f(b) == 2  # another object: asked again
    assert f(a) == 3  # only the last object is kept
    assert len(calls) == 3


def test_per_case_compares_every_argument_by_identity() -> None:
    calls: list[tuple[object, object]] = []

    @per_case
    def f(x: object, y: object) -> int:
        calls.append((x, y))
        return len(calls)

    a, b, c = _Thing(), _Thing(), _Thing()
    assert f(a, b) == 1 and f(a, b) == 1
    assert f(a, c) == 2
    assert len(calls) == 2


def test_per_case_does_not_answer_an_equal_case_with_another_cases_result() -> None:
    """Two loads of the same text are equal cases, distinct objects: each gets its own sheets,
    which are the sheets of that very case."""
    agency = get_agency("kalbar")
    text = json.dumps(sample_case_data(agency, agency.sops[0], dt.date(2025, 3, 3), seed=1))
    one, two = case_from_dict(json.loads(text)), case_from_dict(json.loads(text))
    assert one == two and one is not two
    assert _paths(sheets_of(one)) == _paths(sheets_of(two))
    for case in (one, two, one):
        held = [sheet for _, sheet in sheets_of(case)]
        assert case.penetapan is not None
        assert all(s is t for s, t in zip(held, (*case.tests, *case.penetapan.sheets), strict=True))


def _paths(sheets: tuple[tuple[str, object], ...]) -> list[str]:
    return [path for path, _ in sheets]


def test_per_object_keeps_a_result_per_live_object_and_forgets_a_dead_one() -> None:
    calls: list[object] = []

    @per_object
    def f(x: object) -> int:
        calls.append(x)
        return len(calls)

    a = _Thing()
    assert f(a) == 1 and f(a) == 1
    b = _Thing()
    assert f(b) == 2 and f(a) == 1 and f(b) == 2
    del b
    gc.collect()
    # A new object, possibly at the dead one's address, is asked again, never answered with 2.
    news = [_Thing() for _ in range(50)]
    assert [f(n) for n in news] == list(range(3, 53))
    assert f(None) == 53 and f(None) == 53  # no weak reference: held as it is


def test_per_object_with_two_arguments_needs_both_the_same() -> None:
    calls: list[object] = []

    @per_object
    def f(x: object, y: object) -> int:
        calls.append((x, y))
        return len(calls)

    a, b, c = _Thing(), _Thing(), _Thing()
    assert f(a, b) == 1 and f(a, b) == 1
    assert f(a, c) == 2 and f(b, a) == 3 and f(a, None) == 4 and f(a, None) == 4


def test_record_kinds_gives_a_copy_that_the_caller_may_change() -> None:
    agency = get_agency("kalbar")
    kinds = record_kinds(agency)
    kinds["lembar"] = frozenset({"something"})
    assert record_kinds(agency)["lembar"] != frozenset({"something"})


def test_a_run_is_frozen_with_every_field_of_the_open_run() -> None:
    """`_OpenRun.frozen` names each field: a field added to one class and not the other, or not
    copied, would be lost silently."""
    assert [a.name for a in attrs.fields(_OpenRun)] == [a.name for a in attrs.fields(Run)]
    values = {
        "step": 3,
        "ready_at": dt.datetime(2025, 1, 2, 8, tzinfo=dt.UTC),
        "started": None,
        "completed": None,
        "start_index": 4,
        "end_index": 7,
        "round": 2,
    }
    assert set(values) == {a.name for a in attrs.fields(Run)}
    assert attrs.asdict(_OpenRun(**values).frozen(), recurse=False) == values


@pytest.mark.parametrize("code", ["kalbar", "kasn"])
def test_checking_a_case_twice_gives_the_same_report(code: str) -> None:
    """The second check of the same case object reads the memos the first one filled."""
    agency = get_agency(code)
    data = sample_case_data(agency, agency.sops[0], dt.date(2025, 6, 2), seed=3, rows=3)
    data["events"] = data["events"][:-3]  # unfinished: findings too
    case = case_from_dict(data)
    assert check_case(case) == check_case(case)
    assert check_case(case) == check_case(case_from_dict(data))
