"""The compliance checker: each rule on both sides, on the agencies' real SOPs and calendars."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi import InputError
from uji_konsekuensi import agency as agency_module
from uji_konsekuensi.case import CheckSettings, Report, case_from_dict
from uji_konsekuensi.case import check as check_module
from uji_konsekuensi.case import check_case as _check_case
from uji_konsekuensi.case.samples import sample_case
from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.rules import ComplianceRule

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cases"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import independent_cases  # noqa: E402 - the test helper beside this file

AGENCIES = ("kalbar", "kalteng", "kasn", "kutai-timur")

#: Every finding code the checker produced in this module's tests; the last test reads it.
PRODUCED: set[str] = set()


def check_case(case: Any, settings: CheckSettings | None = None) -> Report:
    """The checker, recording the codes it produced (so "exercised" means produced)."""
    result = _check_case(case, settings)
    PRODUCED.update(result.codes)
    return result


def data(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.case.json").read_text(encoding="utf-8"))


def report(d: dict[str, Any], **settings: Any) -> Report:
    return check_case(case_from_dict(d), CheckSettings(**settings))


def codes(d: dict[str, Any], **settings: Any) -> set[str]:
    return set(report(d, **settings).codes)


def event(d: dict[str, Any], kind: str, step: int | None = None) -> dict[str, Any]:
    for e in d["events"]:
        if e["kind"] == kind and (step is None or e.get("step") == step):
            return e
    raise KeyError((kind, step))


def document(d: dict[str, Any], doc_id: str) -> dict[str, Any]:
    return next(x for x in d["documents"] if x["id"] == doc_id)


def insert(d: dict[str, Any], e: dict[str, Any]) -> None:
    """Insert an event at its place in time."""
    moment = dt.datetime.fromisoformat(e["at"])
    i = next(
        (k for k, x in enumerate(d["events"]) if dt.datetime.fromisoformat(x["at"]) > moment),
        len(d["events"]),
    )
    d["events"].insert(i, e)


# --- clean cases --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", AGENCIES)
def test_example_case_has_no_findings(name: str) -> None:
    """Each agency's realistic example case complies with no finding at all."""
    r = report(data(name))
    assert r.findings == ()
    assert r.ok
    assert r.case_id == data(name)["id"]


def test_report_carries_calendar_data() -> None:
    """The report names the holidays version and that 2025 dates are decreed, not provisional."""
    r = report(data("kasn"))
    assert r.calendar is not None
    assert r.calendar.holidays_version
    assert r.calendar.provisional is False


def test_a_case_built_in_python_with_unknown_references_is_refused() -> None:
    """check_case names an unknown step or document of a Case not read by load_case."""
    case = case_from_dict(data("kasn"))
    first = attrs.evolve(case.events[0], step=12, inputs=("tidak-ada",))
    broken = attrs.evolve(case, events=(first, *case.events[1:]))
    with pytest.raises(InputError) as info:
        check_case(broken)
    assert {p.path for p in info.value.problems} == {"events[0].step", "events[0].inputs[0]"}


# --- order --------------------------------------------------------------------------------------


def test_events_out_of_time_order_are_reported() -> None:
    """An event dated before the one logged before it breaks the append-only log."""
    d = data("kasn")
    event(d, "step_started", 3)["at"] = "2023-08-02T14:00:00+07:00"
    assert "case.log.not_chronological" in codes(d)


def test_report_dates_span_a_log_out_of_time_order() -> None:
    """The calendar span runs from the earliest to the latest moment, even out of order."""
    d = data("kasn")
    d["events"][2]["at"] = "2023-07-20T23:30:00+00:00"  # 21 July in Jakarta, before the first
    d["events"][5]["at"] = "2023-12-11T10:00:00+07:00"  # after the last event
    r = report(d)
    assert "case.log.not_chronological" in r.codes
    assert r.calendar is not None
    assert (r.calendar.first, r.calendar.last) == (dt.date(2023, 7, 21), dt.date(2023, 12, 11))
    assert (report(data("kasn")).calendar.first, report(data("kasn")).calendar.last) == (
        dt.date(2023, 7, 24),
        dt.date(2023, 11, 8),
    )


def test_events_at_the_same_moment_are_in_order() -> None:
    """Two events with the same timestamp are still chronological."""
    d = data("kasn")
    event(d, "step_started", 3)["at"] = event(d, "step_completed", 2)["at"]
    assert "case.log.not_chronological" not in codes(d)


def test_a_step_left_out_is_skipped() -> None:
    """Starting step 8 without step 7 reports step 7 as skipped."""
    d = data("kalbar")
    d["events"] = [e for e in d["events"] if e.get("step") != 7]
    r = report(d)
    skipped = [f for f in r.findings if f.code == "case.order.skipped"]
    assert [f.step for f in skipped] == [7]
    assert skipped[0].basis == "SOP 41 /SOP/ DISKOMINFO.IP /2024 langkah 7"


def test_the_branch_taken_decides_what_is_skipped() -> None:
    """At Kalbar's decision, the NO branch goes to step 8: steps 5-7 are then not skipped."""
    d = data("kalbar")
    event(d, "step_completed", 4)["branch"] = "no"
    event(d, "step_completed", 4)["outputs"] = []
    d["events"] = [e for e in d["events"] if e.get("step") not in (5, 6, 7)]
    d["events"] = [e for e in d["events"] if e["kind"] not in ("exemption_declared",)]
    n = event(d, "notice_sent")
    n["outcome"] = "granted"
    document(d, "surat-penolakan")["refusal"] = None
    d["penetapan"] = None  # nothing is exempt, so nothing is set
    for row in d["tests"][0]["rows"]:  # the test found the information open: it is given
        row["outcome"] = "open"
        row.pop("period", None)
    assert codes(d) == set()


def test_a_step_that_does_not_follow_is_out_of_order() -> None:
    """Going back to an earlier step without a branch or loop is out of order."""
    d = data("kasn")
    insert(d, {**event(d, "step_started", 2), "at": "2023-08-07T15:30:00+07:00"})
    insert(d, {**event(d, "step_completed", 2), "at": "2023-08-07T15:40:00+07:00"})
    assert "case.order.out_of_order" in codes(d)


def test_starting_a_step_before_its_predecessor_ended() -> None:
    """Step 4 started while step 3 was still running is reported once, nothing else."""
    d = data("kasn")
    e = event(d, "step_started", 4)
    d["events"].remove(e)
    e["at"] = "2023-08-03T10:00:00+07:00"
    d["events"].insert(d["events"].index(event(d, "step_completed", 3)), e)
    assert codes(d) == {"case.order.before_predecessor"}


def test_completion_without_start_is_reported() -> None:
    """A step recorded as completed but never as started."""
    d = data("kasn")
    d["events"].remove(event(d, "step_started", 6))
    assert "case.order.not_started" in codes(d)


def test_a_step_after_the_end_of_the_sop() -> None:
    """Once the last step is done, another step is after the end."""
    d = data("kalteng")
    d["events"].append({**event(d, "step_started", 3), "at": "2025-02-13T09:00:00+07:00"})
    assert "case.order.after_end" in codes(d)


def test_decision_without_branch() -> None:
    """A decision completed without its branch is an error; with it, none."""
    d = data("kalteng")
    for e in d["events"]:
        if e["kind"] == "step_completed" and e["step"] == 2:
            e.pop("branch")
            break
    assert "case.decision.no_branch" in codes(d)
    assert "case.decision.no_branch" not in codes(data("kalteng"))


def test_branch_on_a_process_step_is_a_warning() -> None:
    """A branch recorded on a process step is ignored with a warning."""
    d = data("kasn")
    event(d, "step_completed", 2)["branch"] = "yes"
    r = report(d)
    assert r.codes == ("case.decision.branch_on_process",)
    assert r.ok


def test_loop_back_along_the_sop_is_clean_and_elsewhere_warned() -> None:
    """Kalteng's 2 -> 1 correction loop is in the SOP; KASN 6 -> 2 is not."""
    d = data("kalteng")
    pos = d["events"].index(event(d, "step_completed", 2))
    loop = {
        "kind": "loop_back",
        "from_step": 2,
        "to_step": 1,
        "at": "2025-02-06T14:35:00+07:00",
        "actor": event(d, "step_completed", 2)["actor"],
        "reason": "Dasar hukum butir 3 diperbaiki",
    }
    d["events"].insert(pos + 1, loop)
    assert codes(d) == set()
    k = data("kasn")
    pos = k["events"].index(event(k, "step_completed", 6))
    k["events"].insert(
        pos + 1,
        {**loop, "from_step": 6, "to_step": 6, "at": "2023-08-11T14:30:00+07:00", "reason": ""},
    )
    assert {"case.loop.outside_sop", "case.loop.no_reason"} <= codes(k)


# --- actor --------------------------------------------------------------------------------------


def test_actor_in_a_role_outside_the_lane() -> None:
    """KASN step 6 is the PPID's; done by the unit official it is reported with the path."""
    d = data("kasn")
    event(d, "step_completed", 6)["actor"]["role"] = "unit-pengelola-informasi"
    r = report(d)
    (f,) = r.findings
    assert f.code == "case.actor.wrong_role"
    assert f.step == 6
    assert f.field is not None and f.field.endswith(".actor.role")


def test_any_role_of_a_multi_lane_step_may_act() -> None:
    """KASN step 5 has three lanes: the PPID may complete it as well as the Atasan PPID."""
    d = data("kasn")
    event(d, "step_completed", 5)["actor"]["role"] = "ppid"
    assert "case.actor.wrong_role" not in codes(d)


# --- kelengkapan and output ---------------------------------------------------------------------


def test_step_started_without_required_input() -> None:
    """Kalteng step 3 needs the approved list; without it the step lacks its kelengkapan."""
    d = data("kalteng")
    event(d, "step_started", 3)["inputs"] = []
    assert codes(d) == {"case.input.missing"}


def test_an_alternative_document_satisfies_an_or_requirement() -> None:
    """Kalbar step 9 needs the information OR the refusal letter: either one is enough."""
    d = data("kalbar")
    d["documents"].append(
        {
            "id": "info",
            "kind": "informasi-dimohon",
            "title": "Informasi yang dimohon",
            "date": "2025-04-11",
        }
    )
    event(d, "step_started", 9)["inputs"] = ["info"]
    assert "case.input.missing" not in codes(d)


def test_step_completed_without_its_output() -> None:
    """KASN step 5 must produce the Lembar Uji Konsekuensi."""
    d = data("kasn")
    event(d, "step_completed", 5)["outputs"] = []
    assert codes(d) == {"case.output.missing"}


def test_a_decision_no_branch_needs_no_output() -> None:
    """Kalteng step 2 NO (not approved) produces no approved list, and that is fine."""
    d = data("kalteng")
    first = next(e for e in d["events"] if e["kind"] == "step_completed" and e["step"] == 2)
    assert first["branch"] == "no" and not first.get("outputs")
    assert "case.output.missing" not in codes(d)


def test_document_dated_after_it_was_used() -> None:
    """An input dated after the step used it is a warning."""
    d = data("kasn")
    document(d, "usulan")["date"] = "2023-07-30"
    r = report(d)
    assert r.codes == ("case.document.dated_after_use",)
    assert r.ok


# --- time by the SOP ----------------------------------------------------------------------------


def test_step_done_on_its_last_day_is_on_time_and_a_day_later_is_late() -> None:
    """KASN step 2 (7 HK, ready 25 July 2023): 3 August is the last day; 4 August is late."""
    d = data("kasn")
    event(d, "step_completed", 2)["at"] = "2023-08-03T07:00:00+07:00"
    event(d, "step_started", 3)["at"] = "2023-08-03T07:05:00+07:00"
    event(d, "step_completed", 3)["at"] = "2023-08-03T07:10:00+07:00"
    document(d, "draft-dik")["date"] = "2023-08-03"
    assert codes(d) == set()
    late = copy.deepcopy(d)
    event(late, "step_completed", 2)["at"] = "2023-08-04T07:00:00+07:00"
    event(late, "step_started", 3)["at"] = "2023-08-04T07:05:00+07:00"
    event(late, "step_completed", 3)["at"] = "2023-08-04T07:10:00+07:00"
    event(late, "step_started", 4)["at"] = "2023-08-04T08:00:00+07:00"
    for doc_id in ("draft-dik", "draft-dik-alasan"):
        document(late, doc_id)["date"] = "2023-08-04"
    r = report(late)
    assert r.codes == ("case.time.late",)
    assert r.findings[0].step == 2


def test_step_clock_from_ready_or_from_start() -> None:
    """A step started late is late by default (ready clock), on time with step_clock=started."""
    d = data("kasn")
    # Step 3 (1 HK) was ready 2 August 15:00; started and done on 4 August.
    event(d, "step_started", 3)["at"] = "2023-08-04T08:00:00+07:00"
    event(d, "step_completed", 3)["at"] = "2023-08-04T09:00:00+07:00"
    event(d, "step_started", 4)["at"] = "2023-08-04T10:00:00+07:00"
    document(d, "draft-dik-alasan")["date"] = "2023-08-04"
    assert "case.time.late" in codes(d)
    assert "case.time.late" not in codes(d, step_clock="started")


def test_month_after_the_test_counts_from_the_lembar() -> None:
    """Kutai Timur step 4: "1 bulan setelah Pengujian Konsekuensi" counts from the test date."""
    d = data("kutai-timur")
    for sheet in _sheets(d):  # the Lembar and its copy attached to the Penetapan
        sheet["date"] = "2025-04-14"
        sheet["approval"]["date"] = "2025-04-14"
    assert "case.time.late" in codes(d)
    for sheet in _sheets(d):
        sheet["date"] = "2025-04-15"
        sheet["approval"]["date"] = "2025-04-15"
    assert "case.time.late" not in codes(d)


def test_outside_office_hours_is_a_warning() -> None:
    """Kalbar step 6 is "pada hari dan jam kerja": 06:45 is before opening, 07:30 is not."""
    d = data("kalbar")
    event(d, "step_completed", 6)["at"] = "2025-04-10T06:45:00+07:00"
    r = report(d)
    assert r.codes == ("case.time.outside_office_hours",)
    assert r.ok
    event(d, "step_completed", 6)["at"] = "2025-04-10T07:30:00+07:00"
    assert codes(d) == set()


def test_ramadan_office_hours_apply() -> None:
    """During Ramadan 2025 offices close earlier: 15:30 on 27 March is outside office hours."""
    d = data("kalbar")
    event(d, "step_completed", 3)["at"] = "2025-03-27T15:30:00+07:00"
    assert "case.time.outside_office_hours" in codes(d)


def test_overdue_step_at_a_moment() -> None:
    """An open KASN step whose waktu has run out is overdue at the moment checked."""
    d = data("kasn")
    cut = d["events"].index(event(d, "step_started", 3))
    d["events"] = d["events"][: cut + 1]
    jkt = dt.timezone(dt.timedelta(hours=7))
    assert "case.time.overdue" not in codes(d, at=dt.datetime(2023, 8, 3, 20, tzinfo=jkt))
    assert "case.time.overdue" in codes(d, at=dt.datetime(2023, 8, 4, 9, tzinfo=jkt))


# --- the statutory clock ------------------------------------------------------------------------


def _notice_on(d: dict[str, Any], day: str) -> None:
    n = event(d, "notice_sent")
    d["events"].remove(n)
    n["at"] = f"{day}T10:05:00+07:00"
    d["events"].append(n)
    d["events"] = [e for e in d["events"] if e.get("step") not in (9, 10)]


def test_notice_on_the_tenth_working_day_is_in_time() -> None:
    """Kalbar: received 24 March 2025; Nyepi and Lebaran skipped, day 10 is 16 April."""
    d = data("kalbar")
    _notice_on(d, "2025-04-16")
    assert "case.notice.late" not in codes(d)
    _notice_on(d, "2025-04-17")
    assert "case.notice.late" in codes(d)


def test_extension_moves_the_notice_deadline_by_its_days() -> None:
    """A timely 5-day extension: 16 April + 5 HK (Good Friday skipped) is 24 April; 25 is late."""
    d = data("kalbar")
    actor = event(d, "notice_sent")["actor"]
    insert(
        d,
        {
            "kind": "extension",
            "at": "2025-04-10T09:00:00+07:00",
            "actor": actor,
            "days": 5,
            "reason": "Berkas asesmen masih dihimpun dari BKD (PERKI 1/2021 Pasal 36)",
        },
    )
    _notice_on(d, "2025-04-24")
    assert codes(d) == set()
    _notice_on(d, "2025-04-25")
    assert codes(d) == {"case.notice.late"}


def test_notice_missing_when_the_procedure_ended() -> None:
    """A request whose SOP ended without a written notice; a periodic round needs none."""
    d = data("kalbar")
    d["events"].remove(event(d, "notice_sent"))
    assert "case.notice.missing" in codes(d)
    assert "case.notice.missing" not in codes(data("kasn"))


def test_notice_overdue_at_a_moment() -> None:
    """An open request past its 10 days without a notice is overdue at that moment."""
    d = data("kalbar")
    cut = d["events"].index(event(d, "step_completed", 4))
    d["events"] = d["events"][: cut + 1]
    wib = dt.timezone(dt.timedelta(hours=7))
    assert "case.notice.overdue" not in codes(d, at=dt.datetime(2025, 4, 16, 23, tzinfo=wib))
    assert "case.notice.overdue" in codes(d, at=dt.datetime(2025, 4, 17, 8, tzinfo=wib))


def _extension(d: dict[str, Any], at: str, days: int, reason: str) -> None:
    insert(
        d,
        {
            "kind": "extension",
            "at": at,
            "actor": event(d, "notice_sent")["actor"],
            "days": days,
            "reason": reason,
        },
    )


REASON = "Informasi belum selesai dihimpun dari perangkat daerah"


def test_extension_rules() -> None:
    """Once, at most 7 days, with reasons, before the 10 days end; each on both sides."""
    ok = data("kutai-timur")
    _extension(ok, "2025-05-15T09:00:00+08:00", 7, REASON)
    assert codes(ok) == set()

    twice = copy.deepcopy(ok)
    _extension(twice, "2025-05-15T09:30:00+08:00", 1, REASON)
    assert codes(twice) == {"case.extension.repeated"}

    long = data("kutai-timur")
    _extension(long, "2025-05-15T09:00:00+08:00", 8, REASON)
    assert codes(long) == {"case.extension.too_long"}

    bare = data("kutai-timur")
    _extension(bare, "2025-05-15T09:00:00+08:00", 3, "  ")
    assert codes(bare) == {"case.extension.no_reason"}

    late = data("kutai-timur")
    _extension(late, "2025-05-23T09:00:00+08:00", 3, REASON)
    assert "case.extension.late" in codes(late)


def test_extension_and_pause_in_a_periodic_case_are_warnings() -> None:
    """A periodic round has no request to extend or complete."""
    d = data("kasn")
    actor = event(d, "step_completed", 8)["actor"]
    insert(
        d,
        {
            "kind": "extension",
            "at": "2023-08-16T15:00:00+07:00",
            "actor": actor,
            "days": 3,
            "reason": REASON,
        },
    )
    insert(d, {"kind": "paused", "at": "2023-08-16T15:10:00+07:00", "actor": actor})
    assert codes(d) == {"case.extension.not_request", "case.pause.not_request"}


def test_pause_stops_the_clock() -> None:
    """Kutai Timur paused 6-7 May: the notice is due 22 May (21 May without the pause)."""
    d = data("kutai-timur")
    n = event(d, "notice_sent")
    n["at"] = "2025-05-22T09:00:00+08:00"
    d["events"].remove(n)
    insert(d, n)
    assert "case.notice.late" not in codes(d)
    assert "case.notice.late" in codes(d, pause="ignore")
    n["at"] = "2025-05-23T09:00:00+08:00"
    assert "case.notice.late" in codes(d)
    assert "case.notice.late" not in codes(d, pause="restart_on_complete")


def test_pause_rules() -> None:
    """The completeness check within 3 HK; the requester completes within 3 HK; pairs match."""
    d = data("kutai-timur")
    assert codes(d) == set()
    late_check = copy.deepcopy(d)
    event(late_check, "paused")["at"] = "2025-05-09T10:00:00+08:00"
    event(late_check, "resumed")["at"] = "2025-05-09T11:00:00+08:00"
    moved = [e for e in late_check["events"] if e["kind"] in ("paused", "resumed")]
    late_check["events"] = [e for e in late_check["events"] if e not in moved]
    for e in moved:
        insert(late_check, e)
    assert "case.pause.late" in codes(late_check)

    slow = copy.deepcopy(d)
    event(slow, "resumed")["at"] = "2025-05-14T08:00:00+08:00"
    assert "case.pause.requester_late" in codes(slow)

    unmatched = copy.deepcopy(d)
    unmatched["events"].remove(event(unmatched, "paused"))
    assert "case.pause.unmatched" in codes(unmatched)


# --- the law ------------------------------------------------------------------------------------


def test_consequence_test_findings_come_with_case_paths() -> None:
    """A Lembar row without its consequence gives the harm finding rooted at tests[0]."""
    d = data("kalbar")
    d["tests"][0]["rows"][0]["consequence_of_opening"] = None
    r = report(d)
    f = next(f for f in r.findings if f.code.startswith("harm."))
    assert f.field is not None and f.field.startswith("tests[0].rows[0]")


def test_record_validation_can_be_left_to_the_portal() -> None:
    """validate_records=False skips harm.validate; the case rules on the records still run."""
    d = data("kalbar")
    for sheet in _sheets(d):
        sheet["rows"][0]["consequence_of_opening"] = None
        sheet["date"] = "2025-04-11"
        sheet["approval"]["date"] = "2025-04-11"
    assert "case.test.after_exemption" in codes(d, validate_records=False)
    assert not any(c.startswith("harm.") for c in codes(d, validate_records=False))


def test_no_test_before_a_refusal() -> None:
    """Refusing without any consequence test in the case."""
    d = data("kalbar")
    d["tests"] = []
    d["penetapan"] = None
    assert "case.test.missing" in codes(d)


def test_test_after_the_exemption_is_declared() -> None:
    """The test dated the day after the declaration breaks Pasal 19; the same day does not."""
    d = data("kalbar")
    for sheet in _sheets(d):
        sheet["date"] = "2025-04-10"
    assert "case.test.after_exemption" not in codes(d)
    for sheet in _sheets(d):
        sheet["date"] = "2025-04-11"
        sheet["approval"]["date"] = "2025-04-11"
    r = report(d)
    f = next(f for f in r.findings if f.code == "case.test.after_exemption")
    assert "Pasal 19" in f.basis


def test_approval_by_a_role_the_sop_does_not_give() -> None:
    """The PPID approving its own test is wrong; the pimpinan (PP 61/2010 Pasal 3) is fine."""
    d = data("kalteng")
    d["penetapan"]["sheets"][0]["approval"]["role"] = "ppid"
    assert {"case.approval.wrong_role", "harm.approval.role"} <= codes(d)
    d["penetapan"]["sheets"][0]["approval"]["role"] = "pimpinan"
    assert "case.approval.wrong_role" not in codes(d)


def _sheets(d: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's Lembar and the copies of it attached to its Penetapan (a mutation of the test
    is made on both, as the office would amend both)."""
    return [*d["tests"], *((d.get("penetapan") or {}).get("sheets") or [])]


def _letter(d: dict[str, Any]) -> dict[str, Any]:
    refusal: dict[str, Any] = document(d, "surat-penolakan")["refusal"]
    return refusal


def test_refusal_letter_rules() -> None:
    """Ground, readable ground, tested ground, consequence, objection notice of 30 HK."""
    assert codes(data("kutai-timur")) == set()
    cases: dict[str, Any] = {
        "case.refusal.no_ground": ("grounds", []),
        "case.refusal.ground_unreadable": ("grounds", ["Pasal 17 huruf k UU 14/2008"]),
        "case.refusal.ground_not_tested": ("grounds", ["Pasal 17 huruf h angka 3 UU 14/2008"]),
        "case.refusal.no_consequence": ("consequence", "  "),
        "case.refusal.no_objection_notice": ("objection_days", None),
        "case.refusal.objection_period": ("objection_days", 14),
    }
    for code, (key, value) in cases.items():
        d = data("kutai-timur")
        _letter(d)[key] = value
        assert code in codes(d), code


def test_refusal_citing_the_whole_tested_letter_is_covered() -> None:
    """A letter citing "Pasal 17 huruf h" covers a test on h.2."""
    d = data("kutai-timur")
    _letter(d)["grounds"] = ["Pasal 17 huruf h UU 14/2008"]
    assert "case.refusal.ground_not_tested" not in codes(d)


def test_refusal_without_letter_content() -> None:
    """A refusal notice whose document carries no refusal content."""
    d = data("kutai-timur")
    document(d, "surat-penolakan")["refusal"] = None
    assert "case.refusal.no_letter" in codes(d)


def test_incomplete_refusal_letter_is_a_warning() -> None:
    """A letter without the registration number is incomplete but not unlawful."""
    d = data("kutai-timur")
    _letter(d)["registration_number"] = None
    r = report(d)
    assert r.codes == ("case.refusal.incomplete",)
    assert r.ok


# --- expiry -------------------------------------------------------------------------------------


def test_expiry_declared_on_the_latest_day_and_a_day_late() -> None:
    """Ends 31 Dec 2023: 15 Nov leaves 30 HK (in time), 16 Nov does not."""
    d = data("kasn")
    event(d, "expiry_declared")["at"] = "2023-11-15T10:00:00+07:00"
    assert codes(d) == set()
    event(d, "expiry_declared")["at"] = "2023-11-16T10:00:00+07:00"
    assert codes(d) == {"case.expiry.late"}


def test_expiry_date_that_differs_from_the_test() -> None:
    """A declaration stating another end than the test set is a warning, and the test's end
    counts; more than a day away, it names another end (case/references.py), an error."""
    d = data("kasn")
    event(d, "expiry_declared")["expires_on"] = "2024-01-01"
    assert codes(d) == {"case.expiry.date_mismatch"}
    event(d, "expiry_declared")["expires_on"] = "2026-01-31"
    assert codes(d) == {"case.expiry.date_mismatch", "case.reference.expiry_date"}


def test_expiry_of_an_exemption_until_an_event_without_a_latest_date() -> None:
    """The case does not record when the event happened: the declared end cannot be checked,
    a warning (case/references.py); the case still complies."""
    d = data("kasn")
    d["penetapan"]["sheets"][0]["rows"][1]["period"] = {
        "kind": "until_event",
        "event": "rekomendasi diputuskan dalam sidang pleno KASN",
        "as_written": "Sampai rekomendasi diputuskan dalam sidang pleno KASN",
        "basis": "UU No. 43 Tahun 2009 tentang Kearsipan",
    }
    assert codes(d) == {"case.reference.expiry_unverifiable"}
    assert report(d).ok


# --- the case against its SOP, and the agency's own rules ----------------------------------------


def test_trigger_that_does_not_match_the_sop() -> None:
    """A periodic case run on Kalbar's request SOP is a warning."""
    d = data("kalbar")
    d["trigger"] = {"kind": "periodic", "period": "Semester I 2025"}
    assert "case.trigger.mismatch" in codes(d)


def test_agency_rules_from_the_plugin_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ComplianceRule of the agency adds its findings; agency_rules=False skips it."""
    real = agency_module.get_agency("kasn")

    def two_days(case: Any, sop: Any) -> list[Finding]:
        return [
            Finding.of(
                "kasn.contoh",
                Severity.ERROR,
                Text(id="aturan instansi", en="agency rule"),
                "Peraturan KASN (contoh)",
                step=1,
            )
        ]

    rule = ComplianceRule(
        code="kasn.contoh", description=Text(id="contoh", en="example"), check=two_days
    )
    patched = attrs.evolve(real, rules=(rule,))
    monkeypatch.setattr(check_module, "get_agency", lambda code: patched)
    assert codes(data("kasn")) == {"kasn.contoh"}
    assert codes(data("kasn"), agency_rules=False) == set()


# --- the report ---------------------------------------------------------------------------------


def test_report_ok_counts_and_render() -> None:
    """Errors make a report not ok; the text names each code, step and basis."""
    d = data("kasn")
    event(d, "step_completed", 5)["outputs"] = []
    r = report(d)
    assert not r.ok
    assert r.count(Severity.ERROR) == 1
    text = r.render("id")
    assert "TIDAK patuh" in text and "case.output.missing" in text and "langkah 5" in text
    assert "NOT compliant" in r.render("en")


# --- verdicts that mean something (issue 9) ------------------------------------------------------


def test_an_empty_log_is_in_progress_not_compliant() -> None:
    """A case with no events yet has no finding, but it is not "patuh": it is in progress."""
    d = data("kasn")
    d["events"] = []
    r = report(d)
    assert r.ok and not r.closed
    assert r.outcome == "in_progress"
    assert "berjalan" in r.render("id") and "patuh" not in r.render("id").split(":")[1]
    assert "in progress" in r.render("en")


@pytest.mark.parametrize("name", AGENCIES)
def test_a_finished_clean_case_is_compliant(name: str) -> None:
    """Each agency's finished example case is closed, and so "compliant"."""
    r = report(data(name))
    assert r.closed and r.outcome == "compliant"


def test_a_case_with_an_error_is_not_compliant_whether_closed_or_not() -> None:
    """An error makes the outcome not_compliant, also in an unfinished case."""
    d = data("kasn")
    d["events"] = d["events"][:4]
    d["events"][1]["actor"]["role"] = "pemohon"
    r = report(d)
    assert not r.closed and r.outcome == "not_compliant"


def test_granted_notice_with_a_refusal_letter_contradicts_its_document() -> None:
    """A notice saying "granted" whose document is the refusal letter is an error at its outcome."""
    d = data("kalbar")
    event(d, "notice_sent")["outcome"] = "granted"
    r = report(d)
    hits = [f for f in r.findings if f.code == "case.notice.outcome_mismatch"]
    assert len(hits) == 1
    index = d["events"].index(event(d, "notice_sent"))
    assert hits[0].field == f"events[{index}].outcome"
    assert hits[0].basis.startswith("UU 14/2008 Pasal 22 ayat (7)")
    assert not r.ok


def test_granted_notice_when_every_tested_item_was_closed_contradicts_the_tests() -> None:
    """Granted, with an ordinary letter, while the only tested item was closed: a contradiction."""
    d = data("kalbar")
    n = event(d, "notice_sent")
    n["outcome"] = "granted"
    document(d, n["document"])["refusal"] = None
    assert "case.notice.outcome_mismatch" in codes(d)


def test_refused_notice_when_every_tested_item_was_opened_contradicts_the_tests() -> None:
    """Refused while the test opened every item: a contradiction (the refusal rests on nothing)."""
    d = data("kutai-timur")
    for sheet in _sheets(d):
        for row in sheet["rows"]:
            row["outcome"] = "open"
    assert "case.notice.outcome_mismatch" in codes(d)


def test_refused_notice_agreeing_with_tests_and_letter_is_no_mismatch() -> None:
    """The example refusals (closed item, refusal letter, outcome refused) agree."""
    for name in ("kalbar", "kutai-timur"):
        assert "case.notice.outcome_mismatch" not in codes(data(name))


def test_a_lembar_on_request_dated_before_the_request_is_an_error() -> None:
    """An on-request Lembar dated before the request was received cannot be the test of it."""
    d = data("kalbar")
    received = dt.datetime.fromisoformat(d["trigger"]["received_at"]).date()
    d["tests"][0]["date"] = (received - dt.timedelta(days=3)).isoformat()
    r = report(d)
    hits = [f for f in r.findings if f.code == "case.test.before_request"]
    assert [f.field for f in hits] == ["tests[0].date"]
    assert hits[0].basis == "PERKI 1/2021 Pasal 49 ayat (1) huruf b"


def test_a_lembar_made_before_any_request_may_predate_it() -> None:
    """Stage before_request (PERKI 1/2021 Pasal 49 ayat (1) huruf a) may be dated earlier."""
    d = data("kalbar")
    received = dt.datetime.fromisoformat(d["trigger"]["received_at"]).date()
    d["tests"][0]["date"] = (received - dt.timedelta(days=3)).isoformat()
    d["tests"][0]["stage"] = "before_request"
    assert "case.test.before_request" not in codes(d)


def test_a_refusal_before_any_penetapan_is_an_error() -> None:
    """Refusing on a tested item with no Penetapan record: an exemption_declared event is none."""
    d = data("kalbar")
    d["penetapan"] = None
    r = report(d)
    hits = [f for f in r.findings if f.code == "case.penetapan.missing"]
    assert len(hits) == 1
    index = d["events"].index(event(d, "notice_sent"))
    assert hits[0].field == f"events[{index}]"
    assert hits[0].basis.startswith("PERKI 1/2021 Pasal 49 ayat (4)")


def test_a_refusal_of_an_item_already_exempt_needs_no_new_penetapan() -> None:
    """Rows already exempt by an earlier Penetapan (exempt_since) need none in this case."""
    d = data("kalbar")
    d["penetapan"] = None
    d["events"] = [e for e in d["events"] if e["kind"] != "exemption_declared"]
    for row in d["tests"][0]["rows"]:
        row["exempt_since"] = "2024-01-02"
    assert "case.penetapan.missing" not in codes(d)


def test_a_closed_periodic_round_that_never_set_its_result_is_an_error() -> None:
    """A finished round whose tests closed information, with no Penetapan at all."""
    d = data("kasn")
    tests = list(d["penetapan"]["sheets"])
    d["penetapan"] = None
    d["tests"] = tests
    d["events"] = [
        e for e in d["events"] if e["kind"] not in ("exemption_declared", "expiry_declared")
    ]
    r = report(d)
    assert r.closed
    assert [f.field for f in r.findings if f.code == "case.penetapan.missing"] == ["penetapan"]


def test_a_whole_letter_not_tested_is_one_finding_not_one_per_sub_point() -> None:
    """ "Pasal 17 huruf c" (seven sub-points) not examined by the test gives one finding."""
    d = data("kalbar")
    letter = document(d, event(d, "notice_sent")["document"])["refusal"]
    letter["grounds"] = [*letter["grounds"], "Pasal 17 huruf c UU 14/2008"]
    r = report(d)
    hits = [f for f in r.findings if f.code == "case.refusal.ground_not_tested"]
    assert len(hits) == 1
    assert "huruf c" in hits[0].message


def test_findings_carry_code_severity_step_message() -> None:
    """The public finding fields of the issue: code, severity, step, message (both languages)."""
    d = data("kasn")
    event(d, "step_completed", 6)["actor"]["role"] = "petugas"
    (f,) = report(d).findings
    assert (f.code, f.severity, f.step) == ("case.actor.wrong_role", Severity.ERROR, 6)
    assert "Langkah 6" in f.message and "Step 6" in f.message_en


# --- every code documented and exercised ---------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def _source_codes() -> set[str]:
    sources = (ROOT / "src" / "uji_konsekuensi" / "case").glob("*.py")
    text = "".join(p.read_text(encoding="utf-8") for p in sources)
    return set(re.findall(r'"(case\.[a-z_]+\.[a-z_]+)"', text))


def test_every_code_is_documented_with_its_basis() -> None:
    """Each case.* code the checker can give has a row in docs/case.md."""
    doc = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    codes = _source_codes()
    assert len(codes) >= 40
    missing = sorted(c for c in codes if f"| `{c}` |" not in doc)
    assert missing == []


def test_violation_examples_give_exactly_their_codes() -> None:
    """Each file of examples/cases/violations gives exactly the codes its manifest records."""
    manifest = json.loads((ROOT / "examples" / "expected_violations.json").read_text("utf-8"))
    files = sorted((ROOT / "examples" / "cases" / "violations").glob("*.json"))
    assert sorted(p.name for p in files) == sorted(manifest)
    for path in files:
        got = list(report(json.loads(path.read_text(encoding="utf-8"))).codes)
        assert got == sorted(manifest[path.name]["codes"]), path.name


def _while_it_existed(agency: agency_module.Agency, start: dt.date) -> dt.date:
    """``start``, or for an agency since dissolved (KASN, 23 August 2024) the same weekday four
    years earlier: a run of its SOP must fall within its existence (case.agency.inactive)."""
    until = agency.info.active_until
    if until is not None and start + dt.timedelta(days=200) > until:
        return start - dt.timedelta(weeks=4 * 52)
    return start


@settings(max_examples=40, deadline=None)
@given(
    code=st.sampled_from(["kalbar", "kalteng", "kasn", "kutai-timur"]),
    offset=st.integers(min_value=0, max_value=3 * 365 - 40),
    seed=st.integers(min_value=0, max_value=100_000),
    rows=st.integers(min_value=1, max_value=4),
)
def test_a_case_run_by_the_sop_complies_on_any_date(
    code: str, offset: int, seed: int, rows: int
) -> None:
    """A case generated by following the SOP (2025-2027, any start) gives no finding at all."""
    a = agency_module.get_agency(code)
    start = _while_it_existed(a, dt.date(2025, 1, 1) + dt.timedelta(days=offset))
    case = sample_case(a, a.sops[0], start, seed=seed, rows=rows)
    assert check_case(case).findings == ()


@settings(max_examples=40, deadline=None)
@given(
    code=st.sampled_from(["kalbar", "kalteng", "kasn", "kutai-timur"]),
    offset=st.integers(min_value=0, max_value=3 * 365 - 40),
    seed=st.integers(min_value=0, max_value=100_000),
)
def test_a_case_built_without_the_checkers_plan_complies(code: str, offset: int, seed: int) -> None:
    """A case built from the SOP and the plugin's declarations alone (tests/independent_cases.py,
    which imports nothing of the checker's plan) gives no finding; a broken copy gives one."""
    a = agency_module.get_agency(code)
    start = _while_it_existed(a, dt.date(2025, 1, 1) + dt.timedelta(days=offset))
    data = independent_cases.case_data(a, a.sops[0], start, seed)
    assert check_case(case_from_dict(data)).findings == ()
    completed = [e for e in data["events"] if e["kind"] == "step_completed"]
    completed[0]["actor"]["role"] = (
        "pemohon" if completed[0]["actor"]["role"] != "pemohon" else "pimpinan"
    )
    assert "case.actor.wrong_role" in check_case(case_from_dict(data)).codes


# --- keep this test last: it reads what the tests above made the checker produce ---------------


def _moved(d: dict[str, Any], day: dt.date, *, last: bool) -> dict[str, Any]:
    """The case with every date and timestamp moved so that its first (or ``last``) event is on
    ``day``; dates pushed past 1946-2100 are held at its edge."""
    moments = [dt.datetime.fromisoformat(e["at"]).date() for e in d["events"]]
    shift = day - (max(moments) if last else min(moments))
    low, high = dt.date(1946, 1, 1), dt.date(2100, 12, 31)

    def moved(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: moved(v) for k, v in node.items()}
        if isinstance(node, list):
            return [moved(v) for v in node]
        if isinstance(node, str) and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", node):
            if len(node) == 10:
                return min(max(dt.date.fromisoformat(node) + shift, low), high).isoformat()
            moment = dt.datetime.fromisoformat(node) + shift
            if moment.date() < low:
                moment = moment.replace(year=1946, month=1, day=1)
            return min(moment, moment.replace(year=2100, month=12, day=31)).isoformat()
        return node

    result: dict[str, Any] = moved(d)
    return result


def test_a_step_due_past_2100_is_a_warning_not_an_error() -> None:
    """KASN's step 8 ("1 HK") ready on Friday 31 December 2100: its due date is in 2101, beyond
    the holiday data. The checker warns (case.time.beyond_calendar, on the step's start) and
    says nothing about the step being late."""
    d = data("kasn")
    d["events"] = [e for e in d["events"] if e["kind"] != "expiry_declared"]
    d = _moved(d, dt.date(2100, 12, 31), last=True)
    event(d, "step_completed", 7)["at"] = "2100-12-31T07:30:00+07:00"
    r = report(d)
    (beyond,) = [f for f in r.findings if f.code == "case.time.beyond_calendar"]
    assert beyond.step == 8 and beyond.severity == "warning"
    assert beyond.field == f"events[{d['events'].index(event(d, 'step_started', 8))}].at"
    assert "2101" in beyond.message_en
    assert not any(f.code == "case.time.late" and f.step == 8 for f in r.findings)


def test_a_notice_due_past_2100_is_a_warning_on_the_receipt() -> None:
    """Kutai Timur's request received on 20 December 2100: its 10 hari kerja end in 2101. The
    notice of 29 December is neither late nor on time: case.notice.beyond_calendar."""
    r = report(_moved(data("kutai-timur"), dt.date(2100, 12, 29), last=True))
    (beyond,) = [f for f in r.findings if f.code == "case.notice.beyond_calendar"]
    assert beyond.field == "trigger.received_at" and "10 hari kerja" in beyond.message
    assert "case.notice.late" not in r.codes


def test_an_expiry_whose_last_day_is_before_1946_is_a_warning() -> None:
    """An exemption ending on 16 January 1946: 30 hari kerja before it is in 1945."""
    d = json.loads((EXAMPLES / "violations" / "kasn-expiry-late.json").read_text("utf-8"))
    index, expiry = next(
        (i, e) for i, e in enumerate(d["events"]) if e["kind"] == "expiry_declared"
    )
    first = min(dt.datetime.fromisoformat(e["at"]).date() for e in d["events"])
    d = _moved(
        d, first + (dt.date(1946, 1, 16) - dt.date.fromisoformat(expiry["expires_on"])), last=False
    )
    assert d["events"][index]["expires_on"] == "1946-01-16"
    r = report(d)
    (beyond,) = [f for f in r.findings if f.code == "case.expiry.beyond_calendar"]
    assert beyond.field == f"events[{index}].expires_on" and "1945" in beyond.message
    assert "case.expiry.late" not in r.codes


def test_a_role_no_lane_of_the_agency_plays_is_an_unknown_role() -> None:
    """Kalbar declares no role of its own: a Lembar participant named "kasubbag-umum" (a role
    code another agency might declare) is case.power.unknown_role at its path, and the case
    is not compliant; the statutory roles beside it are not reported."""
    d = data("kalbar")
    d["tests"][0]["participants"][1]["role"] = "kasubbag-umum"
    r = report(d)
    unknown = [f for f in r.findings if f.code == "case.power.unknown_role"]
    assert [f.field for f in unknown] == ["tests[0].participants[1].role"]
    assert "kalbar" in unknown[0].message_en and not r.ok


def test_every_code_is_produced_by_a_test_or_an_example(request: pytest.FixtureRequest) -> None:
    """Each case.* code in the checker's source was produced by the checker in a test above.

    Produced, not merely written: the codes come from the reports the tests and the violation
    examples actually got. Skipped when only part of this module was selected (the record would
    be incomplete); fails if a test is added after this one (it would not be counted).
    """
    module = sys.modules[__name__]
    mine = [item for item in request.session.items if getattr(item, "module", None) is module]
    assert mine[-1] is request.node, "keep this test last in tests/test_case_check.py"
    defined = {name for name in vars(module) if name.startswith("test_")}
    selected = {getattr(item, "originalname", item.name) for item in mine}
    if selected != defined:
        pytest.skip("only part of the module ran; run all of tests/test_case_check.py")
    missing = sorted(_source_codes() - PRODUCED)
    assert missing == []
