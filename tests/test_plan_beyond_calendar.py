"""A plan whose start is in late December 2100 (a step's due date, or a statutory deadline of
the request, falls in 2101): ``plan`` exits 2 and ``GET /v1/agencies/{code}/plan`` answers 422,
each with one problem naming the start parameter and the step or deadline that left the
calendar, never the calendar's own "kalender kerja" with no field."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from typing import Any

import pytest

from uji_konsekuensi.calendar import BeyondCalendarError
from uji_konsekuensi.cli import main
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.results import plan_for_agency


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def _problem(args: list[str]) -> dict[str, Any]:
    code, out, err = _run([*args, "--format", "json"])
    assert code == 2, (out, err)
    document = json.loads(out or err)
    (problem,) = document["error"]["problems"]
    assert document["error"]["file"] == "uji-konsekuensi plan"
    problem_: dict[str, Any] = problem
    return problem_


def test_a_step_due_in_2101_names_start_and_the_step() -> None:
    problem = _problem(["plan", "kasn", "--start", "2100-12-28"])
    assert problem["path"] == "--start" and problem["value"] == "2100-12-28"
    assert problem["message"].startswith("tenggat langkah 2 (")
    assert problem["message_en"].startswith("the due date of step 2 (")
    assert "2101" in problem["message"] and "2101" in problem["message_en"]
    assert "kalender kerja" in problem["message"]  # the calendar's years, said in full


def test_a_statutory_deadline_in_2101_names_start_and_the_deadline_with_its_pasal() -> None:
    problem = _problem(["plan", "kalbar", "--start", "2100-12-28T10:00+07:00"])
    assert problem["path"] == "--start"
    assert problem["message"].startswith("tenggat “")
    assert "Pasal" in problem["message_en"] and "2101" in problem["message_en"]


def test_the_text_output_says_the_same_and_exits_2() -> None:
    code, out, err = _run(["--lang", "en", "plan", "kasn", "--start", "2100-12-28"])
    assert code == 2 and not out
    assert "--start: the due date of step 2 (" in err and "falls in 2101" in err
    assert "Traceback" not in err


def test_the_step_is_quoted_short_on_one_line() -> None:
    """An activity is quoted up to 80 characters, its line breaks folded."""
    with pytest.raises(BeyondCalendarError) as caught:
        plan_for_agency("kalteng", dt.date(2100, 12, 31), source="test")
    (problem,) = caught.value.problems
    quoted = problem.message.split("(", 1)[1].split(")", 1)[0]
    assert "\n" not in quoted and len(quoted) <= 80 + 2  # the quotes
    assert quoted.endswith("…'")


def test_plan_for_agency_names_start_for_the_service() -> None:
    with pytest.raises(InputError) as caught:
        plan_for_agency("kasn", dt.date(2100, 12, 28), source="GET /v1/agencies/{code}/plan")
    (problem,) = caught.value.problems
    assert caught.value.source == "GET /v1/agencies/{code}/plan"
    assert problem.path == "start" and "step 2" in problem.message_en


def test_a_start_whose_dates_stay_in_2100_plans_as_before() -> None:
    code, out, _ = _run(["plan", "kasn", "--start", "2100-11-02", "--format", "json"])
    assert code == 0
    assert all(s["due"] is None or s["due"] < "2101" for s in json.loads(out)["steps"])


def test_due_without_an_event_keeps_its_message() -> None:
    """An error no caller said the event of reads as before ("a date computed from it")."""
    code, out, _ = _run(["due", "2100-12-28", "10", "--json"])
    assert code == 2
    (problem,) = json.loads(out)["error"]["problems"]
    assert problem["message_en"].startswith("a date computed from it falls in 2101")


def test_a_beyond_calendar_finding_names_the_years_the_calendar_covers_now(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The years in a case.*.beyond_calendar warning are read from `limits` when the finding
    is made: a calendar that covered other years would be named as it is."""
    from uji_konsekuensi import limits
    from uji_konsekuensi.case import messages as CM
    from uji_konsekuensi.case.clock import beyond_calendar
    from uji_konsekuensi.case.codes import NOTICE_BEYOND_CALENDAR

    exc = BeyondCalendarError("kalender kerja", [], year=2101)
    said = beyond_calendar(NOTICE_BEYOND_CALENDAR, CM.NOTICE_DUE(), exc, field="x")
    assert f"({limits.FIRST_YEAR}-{limits.LAST_YEAR})" in said.message_en
    monkeypatch.setattr(limits, "LAST_YEAR", 2077)
    said = beyond_calendar(NOTICE_BEYOND_CALENDAR, CM.NOTICE_DUE(), exc, field="x")
    assert f"({limits.FIRST_YEAR}-2077)" in said.message_en
    assert f"({limits.FIRST_YEAR}-2077)" in said.message
