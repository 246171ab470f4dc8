"""The case model: frozen value objects, the tagged event log, and what a case refuses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi import InputError, agency
from uji_konsekuensi.case import (
    Case,
    Extension,
    NoticeOutcome,
    NoticeSent,
    Person,
    RequestTrigger,
    StepCompleted,
    StepStarted,
    case_from_dict,
    case_state,
    case_to_dict,
    check_case,
    load_case,
)
from uji_konsekuensi.case.samples import sample_case, sample_case_data
from uji_konsekuensi.sop import Role

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cases"
WIB = dt.timezone(dt.timedelta(hours=7))


def test_models_are_frozen() -> None:
    """A case and its parts cannot be changed in place (nothing given is overwritten)."""
    case = load_case(EXAMPLES / "kasn.case.json")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        case.id = "x"  # type: ignore[misc]
    assert isinstance(case.events, tuple) and isinstance(case.documents, tuple)


def test_events_are_told_apart_by_kind() -> None:
    """The "kind" key picks the event class, and writing puts it back."""
    case = load_case(EXAMPLES / "kalbar.case.json")
    assert isinstance(case.events[0], StepStarted)
    assert isinstance(case.events[1], StepCompleted)
    notice = next(e for e in case.events if isinstance(e, NoticeSent))
    assert notice.outcome is NoticeOutcome.REFUSED
    assert case_to_dict(case)["events"][0]["kind"] == "step_started"
    assert isinstance(case.trigger, RequestTrigger) and case.is_request


def test_document_lookup() -> None:
    """Case.document finds a document by id and refuses an unknown one."""
    case = load_case(EXAMPLES / "kalbar.case.json")
    assert case.document("surat-penolakan").refusal is not None
    with pytest.raises(KeyError):
        case.document("tidak-ada")


def test_blank_name_is_refused() -> None:
    """An actor must have a name."""
    with pytest.raises(ValueError):
        Person(name="  ", role=Role.PPID)


def test_extension_needs_at_least_one_day() -> None:
    """An extension of 0 days is not an extension (a format error, not a finding)."""
    actor = Person(name="Rina", role=Role.PPID)
    with pytest.raises(ValueError):
        Extension(at=dt.datetime(2025, 4, 10, tzinfo=WIB), actor=actor, days=0)


def test_unknown_format_version_is_refused() -> None:
    """A file of another format version is refused at the "format" key."""
    d = json.loads((EXAMPLES / "kasn.case.json").read_text(encoding="utf-8"))
    d["format"] = 2
    with pytest.raises(InputError) as info:
        case_from_dict(d)
    assert any(p.path == "format" for p in info.value.problems)


@settings(max_examples=25, deadline=None)
@given(
    code=st.sampled_from(["kalbar", "kalteng", "kasn", "kutai-timur"]),
    offset=st.integers(min_value=0, max_value=3 * 365),
    seed=st.integers(min_value=0, max_value=10_000),
    rows=st.integers(min_value=1, max_value=4),
)
def test_generated_cases_round_trip(code: str, offset: int, seed: int, rows: int) -> None:
    """Any generated case survives JSON and back unchanged (no value lost or rewritten)."""
    a = agency.get_agency(code)
    start = dt.date(2025, 1, 1) + dt.timedelta(days=offset)
    d = sample_case_data(a, a.sops[0], start, seed=seed, rows=rows)
    case = case_from_dict(d)
    again = json.loads(json.dumps(case_to_dict(case)))
    assert case_from_dict(again) == case


def test_the_model_has_no_service_methods_the_functions_check_and_state_it() -> None:
    """The model knows nothing of the checker: `check_case` and `case_state` take a Case."""
    a = agency.get_agency("kalteng")
    case = sample_case(a, a.sops[0], dt.date(2025, 6, 2), seed=3)
    assert isinstance(case, Case)
    assert not hasattr(Case, "check") and not hasattr(Case, "state")
    assert check_case(case).ok
    assert case_state(case, dt.datetime(2026, 1, 1, tzinfo=WIB)).finished
