"""Every date computed from an accepted date stays computable, or is reported: never exit 70.

The input layer accepts dates in 1946-2100 (`limits`). A due date counted from such a date can
fall outside (28 December 2100 plus 3 hari kerja; 30 hari kerja before 16 January 1946): the
checker then reports ``case.time``, ``case.notice`` or ``case.expiry`` ``.beyond_calendar`` (a
warning naming the event and its JSON path), and a timestamp that is 2101 in the agency's own
zone is refused where it is read. The property-based part moves the example cases to the first
and last weeks of the range with UTC offsets from -12:00 to +14:00 (tools/fuzz_cases.py
``at_the_edge``) and runs ``check``, ``status``, ``due``, ``plan`` and ``sample``: a result or
a clear error, never 70.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import fuzz_cases  # noqa: E402

from uji_konsekuensi.calendar import parse_waktu  # noqa: E402
from uji_konsekuensi.calendar.errors import WaktuError  # noqa: E402
from uji_konsekuensi.calendar.waktu import MAX_WAKTU_DIGITS  # noqa: E402
from uji_konsekuensi.case import check_case  # noqa: E402
from uji_konsekuensi.case.io import load_case  # noqa: E402
from uji_konsekuensi.cli import main  # noqa: E402
from uji_konsekuensi.errors import InputError  # noqa: E402

EXAMPLES = ROOT / "examples" / "cases"
AGENCIES = ("kasn", "kalbar", "kutai-timur", "kalteng")
BEYOND = {
    "case.time.beyond_calendar",
    "case.notice.beyond_calendar",
    "case.expiry.beyond_calendar",
}


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    return data


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


# --- the cases found by hand --------------------------------------------------------------------


@pytest.mark.parametrize("day", [26, 27, 28, 29, 30, 31])
@pytest.mark.parametrize("name", [f"{a}.case.json" for a in AGENCIES])
def test_a_case_ending_in_late_december_2100_is_checked_not_crashed(name: str, day: int) -> None:
    """A step whose due date falls in 2101 is a warning naming its event, not an internal error."""
    case = load_case(fuzz_cases.at_the_edge(_example(name), dt.date(2100, 12, day)))
    report = check_case(case)
    for f in report.findings:
        if f.code in BEYOND:
            assert f.severity == "warning"
            assert f.field is not None and f.field.startswith(("events[", "trigger."))
            assert "2101" in f.message and "2101" in f.message_en


def test_a_step_due_in_2101_names_its_start_event() -> None:
    """KASN's step 8 (waktu "1 HK") started on Friday 31 December 2100: due in 2101."""
    data = _example("kasn.case.json")
    data["events"] = [e for e in data["events"] if e["kind"] != "expiry_declared"]
    data = fuzz_cases.at_the_edge(data, dt.date(2100, 12, 31))
    done7 = next(e for e in data["events"] if e == {**e, "kind": "step_completed", "step": 7})
    done7["at"] = "2100-12-31T07:30:00+07:00"  # step 8 is ready on the last day of 2100
    report = check_case(load_case(data))
    beyond = {f.step: f for f in report.findings if f.code in BEYOND}
    start = next(i for i, e in enumerate(data["events"]) if e.get("step") == 8)
    assert beyond[8].field == f"events[{start}].at"
    assert beyond[8].severity == "warning" and "langkah 8" in beyond[8].message
    assert not any(f.code == "case.time.late" and f.step == 8 for f in report.findings)


def test_a_request_received_at_the_end_of_2100_warns_that_its_notice_due_date_is_beyond() -> None:
    """Kutai Timur's case moved to end on 29 December 2100: received on 20 December, its 10
    hari kerja end in 2101; the notice of 29 December is not judged late or on time."""
    data = fuzz_cases.at_the_edge(_example("kutai-timur.case.json"), dt.date(2100, 12, 29))
    report = check_case(load_case(data))
    notice = [f for f in report.findings if f.code in BEYOND and f.field == "trigger.received_at"]
    assert len(notice) == 1
    assert "10 hari kerja" in notice[0].message
    assert not any(f.code == "case.notice.late" for f in report.findings)


def test_a_moment_that_is_2101_in_the_agencys_zone_is_refused_naming_the_event() -> None:
    data = fuzz_cases.at_the_edge(_example("kalbar.case.json"), dt.date(2100, 12, 31))
    last = len(data["events"]) - 1
    data["events"][last]["at"] = "2100-12-31T23:59:59-12:00"
    with pytest.raises(InputError) as caught:
        load_case(data)
    (problem,) = caught.value.problems
    assert problem.path == f"events[{last}].at"
    assert "2101-01-01" in problem.message and "Asia/Pontianak" in problem.message_en


def test_a_moment_that_is_1945_in_the_agencys_zone_is_refused() -> None:
    data = fuzz_cases.at_the_edge(_example("kasn.case.json"), dt.date(1946, 1, 1))
    data["events"][0]["at"] = "1946-01-01T00:30:00+14:00"
    with pytest.raises(InputError) as caught:
        load_case(data)
    assert [p.path for p in caught.value.problems] == ["events[0].at"]


def test_an_expiry_on_16_january_1946_warns_that_its_last_day_is_beyond() -> None:
    """30 hari kerja before 1946-01-16 is in 1945: a warning on expires_on, not exit 70."""
    data = _example("violations/kasn-expiry-late.json")
    index, event = next(
        (i, e) for i, e in enumerate(data["events"]) if e["kind"] == "expiry_declared"
    )
    # The whole case moved so that the item's period (and so expires_on) ends on 1946-01-16.
    first = min(dt.datetime.fromisoformat(e["at"]) for e in data["events"]).date()
    shift = dt.date(1946, 1, 16) - dt.date.fromisoformat(event["expires_on"])
    data = fuzz_cases.at_the_edge(data, first + shift)
    assert data["events"][index]["expires_on"] == "1946-01-16"
    report = check_case(load_case(data))
    beyond = [f for f in report.findings if f.code in BEYOND]
    assert [f.field for f in beyond] == [f"events[{index}].expires_on"]
    assert "1945" in beyond[0].message


def test_check_of_an_expiry_in_1946_exits_with_a_verdict(tmp_path: Path) -> None:
    data = _example("violations/kasn-expiry-late.json")
    event = next(e for e in data["events"] if e["kind"] == "expiry_declared")
    first = min(dt.datetime.fromisoformat(e["at"]) for e in data["events"]).date()
    shift = dt.date(1946, 1, 16) - dt.date.fromisoformat(event["expires_on"])
    data = fuzz_cases.at_the_edge(data, first + shift)
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = _run(["check", str(path), "--format", "json"])
    assert code in (0, 1, 3)
    assert "case.expiry.beyond_calendar" in out


# --- numbers in SOP times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["9" * 5000 + " hari kerja", "1234567 hari kerja", "sepuluh (" + "1" * 5000 + ") hari"]
)
def test_a_number_longer_than_six_digits_in_a_waktu_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(WaktuError) as caught:
        parse_waktu(text, source="sop.json", path="steps[0].waktu")
    (problem,) = caught.value.problems
    assert problem.path == "steps[0].waktu"
    assert f"{MAX_WAKTU_DIGITS} angka" in (problem.expected or "")
    assert len(str(problem.value)) < 60  # the value is quoted, not 5,000 digits


def test_six_digits_are_read() -> None:
    assert parse_waktu("000010 hari kerja").amount == 10


def test_due_with_a_5000_digit_waktu_is_an_input_error() -> None:
    code, out, _ = _run(["due", "2025-03-25", "--waktu", "9" * 5000 + " hari", "--json"])
    assert code == 2
    assert json.loads(out)["error"]["problems"][0]["path"] == "--waktu"


# --- the property, over the command line ---------------------------------------------------------

DATES = st.one_of(*(st.dates(low, high) for low, high in fuzz_cases.EDGE_WINDOWS))
OFFSETS = st.one_of(st.none(), st.sampled_from(fuzz_cases.EDGE_OFFSETS))
TEXTS = fuzz_cases.example_texts()


def _stamp(day: dt.date, offset: dt.timedelta | None) -> str:
    if offset is None:
        return day.isoformat()
    return dt.datetime.combine(day, dt.time(9), dt.timezone(offset)).isoformat()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(TEXTS) - 1), DATES, OFFSETS, DATES, OFFSETS)
def test_check_and_status_at_the_edges_never_exit_70(
    tmp_path_factory: pytest.TempPathFactory,
    which: int,
    day: dt.date,
    offset: dt.timedelta | None,
    at: dt.date,
    at_offset: dt.timedelta | None,
) -> None:
    path = tmp_path_factory.mktemp("edge") / "case.json"
    data = fuzz_cases.at_the_edge(json.loads(TEXTS[which]), day, offset)
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = _run(["check", str(path), "--format", "json"])
    assert code in (0, 1, 2, 3, 4), out
    assert json.loads(out)["summary"]["internal"] == 0
    for moment in (None, _stamp(at, at_offset)):
        args = ["status", str(path), "--json"] + ([] if moment is None else ["--at", moment])
        code, out, err = _run(args)
        assert code in (0, 1, 2), out + err
        if code == 2:  # a clear error names what it is about: never the calendar's own "$"
            problems = json.loads(out)["error"]["problems"]
            assert problems and all(p["path"] for p in problems), out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(AGENCIES), DATES, OFFSETS, st.integers(-40, 40))
def test_due_plan_and_sample_at_the_edges_never_exit_70(
    tmp_path_factory: pytest.TempPathFactory,
    agency: str,
    day: dt.date,
    offset: dt.timedelta | None,
    days: int,
) -> None:
    start = _stamp(day, offset)
    runs = [
        ["due", start, str(days), "--agency", agency, "--json"],
        ["due", start, "--timeline", "--agency", agency, "--json"],
        ["due", start, "--deadline", "notice", "--agency", agency, "--json"],
        ["plan", agency, "--start", start, "--json"],
    ]
    out_file = tmp_path_factory.mktemp("sample") / "case.json"
    runs.append(["sample", agency, "--start", day.isoformat(), "-o", str(out_file), "--json"])
    for args in runs:
        code, out, err = _run(args)
        assert code in (0, 1, 2), f"{args}: {code}\n{out}{err}"
        if code == 2:
            problems = json.loads(out)["error"]["problems"]
            assert problems and all(p["path"] for p in problems), f"{args}: {out}"
    if out_file.exists():
        # What sample writes, check reads: no date in it outside the calendar's years.
        code, out, _ = _run(["check", str(out_file), "--format", "json"])
        assert code in (0, 1, 3), out


def test_status_at_a_moment_that_is_2101_in_the_agencys_zone_names_at() -> None:
    case = str(EXAMPLES / "kalbar.case.json")
    code, out, _ = _run(["status", case, "--at", "2100-12-31T23:00-12:00", "--json"])
    assert code == 2
    (problem,) = json.loads(out)["error"]["problems"]
    assert problem["path"] == "--at" and "2101" in problem["message_en"]


def test_get_due_with_a_5000_digit_waktu_or_a_due_date_in_2101_is_a_422_naming_the_field(
    default_service: str,
) -> None:
    """The service reads the SOP time through the same parser: a problem, never a 500."""
    from urllib.parse import quote

    from uji_konsekuensi.service.testing import call_json

    base = default_service
    query = "start=2025-03-25&waktu=" + quote("9" * 5000 + " hari kerja")
    status, body = call_json("GET", f"{base}/v1/due?{query}")
    status_late, body_late = call_json("GET", f"{base}/v1/due?start=2100-12-30&days=10")
    assert status == 422, body
    assert [p["path"] for p in body["problems"]] == ["waktu"]
    assert status_late == 422, body_late  # a due date in 2101: refused, not an internal error
    assert [p["path"] for p in body_late["problems"]] == ["start"]
