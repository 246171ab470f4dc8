"""The JSON documents of results, built once for the command line and the HTTP service.

A portal gets the same JSON whether it starts ``uji-konsekuensi ... --format json`` or calls
``uji-konsekuensi serve`` (docs/service.md), and docs/schemas/ holds one JSON Schema per document
(`uji_konsekuensi.schemas`). Each function here takes library results (a `Report`, a
`Schedule`, an `Explanation`, ...) and returns plain JSON-shaped data; none prints or reads a
file. Where the command line already has a public function for a shape (`cli.check.finding_json`,
`cli.status.state_json`, `cli.due` helpers), it is called rather than copied, so both stay one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from .errors import InputError

if TYPE_CHECKING:
    from .calendar import WorkingCalendar
    from .case import Case

__all__ = [
    "agencies_json",
    "check_cases",
    "deadlines_json",
    "due_json",
    "error_document",
    "explanation_json",
    "plan_json",
    "state_json",
    "timeline_json",
    "waktu_json",
]


def _iso(moment: dt.date | dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


# --- agencies ---------------------------------------------------------------------------------


def agencies_json() -> dict[str, Any]:
    """The installed agencies and the plugin problems (``agencies --json``, GET /v1/agencies)."""
    from .agency import agencies, plugin_problems

    return {
        "agencies": [
            {
                "code": agency.code,
                "name": agency.name,
                "timezone": agency.timezone,
                "trigger": agency.trigger,
                "sops": [str(sop.number) for sop in agency.sops],
                "plugin": agency.plugin,
                "distribution": agency.distribution,
                "example": agency.info.example,
            }
            for agency in agencies().values()
        ],
        "problems": [
            {
                "plugin": p.plugin,
                "distribution": p.distribution,
                "hook": p.hook,
                "agency": p.agency_code,
                "message": p.render("id"),
                "message_en": p.render("en"),
            }
            for p in plugin_problems()
        ],
    }


# --- due --------------------------------------------------------------------------------------


def deadlines_json() -> list[Any]:
    """Every statutory deadline (``due --list-deadlines --json``)."""
    from .calendar import STATUTORY_DEADLINES
    from .converter import unstructure

    return [unstructure(d) for d in STATUTORY_DEADLINES]


def explanation_json(expl: Any) -> dict[str, Any]:
    """A `calendar.Explanation` (the due date, every skipped day and why) as JSON, with the due
    date as people write it in both languages and the zone's name (WIB, WITA, WIT)."""
    from .calendar import format_tanggal
    from .calendar.settings import zone_label
    from .converter import unstructure

    data: dict[str, Any] = unstructure(expl)
    data["due_text"] = {
        "id": format_tanggal(expl.due, lang="id"),
        "en": format_tanggal(expl.due, lang="en"),
    }
    data["zone_label"] = zone_label(expl.timezone)
    return data


def due_json(
    start: dt.date | dt.datetime,
    calendar: WorkingCalendar,
    *,
    days: int | None = None,
    deadline: str | None = None,
    source: str = "GET /v1/due",
) -> dict[str, Any]:
    """A due date ``days`` hari kerja from ``start``, or a statutory ``deadline`` by its code
    (``due START N --json`` / ``due START --deadline CODE --json``). A due date outside
    1946-2100 is a `BeyondCalendarError` naming ``start`` (``source`` names the caller)."""
    with _start_named(source, start):
        return _due_json(start, calendar, days, deadline)


@contextlib.contextmanager
def _start_named(source: str, start: dt.date | dt.datetime) -> Iterator[None]:
    """A date counted from ``start`` that falls outside 1946-2100: the error names ``start``
    (the calendar's own error names no field: "kalender kerja", ``$``)."""
    from .calendar import BeyondCalendarError

    try:
        yield
    except BeyondCalendarError as exc:
        raise exc.naming(source, "start", start.isoformat()) from None


def _due_json(
    start: dt.date | dt.datetime,
    calendar: WorkingCalendar,
    days: int | None,
    deadline: str | None,
) -> dict[str, Any]:
    from .calendar import get_deadline
    from .converter import unstructure

    if (days is None) == (deadline is None):
        raise ValueError("due_json: give exactly one of days or deadline")
    found = None
    if deadline is not None:
        found = get_deadline(deadline)
        if found.unit == "calendar_days":
            return {
                "deadline": unstructure(found),
                "start": unstructure(start),
                "due": found.due(start, calendar).isoformat(),
            }
        days = -found.amount if found.before else found.amount
    assert days is not None
    data: dict[str, Any] = explanation_json(calendar.explain(start, days))
    data["deadline"] = None if found is None else unstructure(found)
    return data


def waktu_json(
    start: dt.date | dt.datetime, calendar: WorkingCalendar, text: str, source: str, path: str
) -> dict[str, Any]:
    """The due moment of an SOP waktu text from ``start`` (``due START --waktu TEXT --json``)."""
    from .calendar import parse_waktu
    from .converter import unstructure

    waktu = parse_waktu(text, source=source, path=path)
    expl = None
    with _start_named(source, start):
        due = waktu.due(start, calendar)
        if waktu.kind == "working_days" and waktu.amount is not None:
            expl = calendar.explain(start, waktu.amount)
    return {
        "waktu": unstructure(waktu),
        "description": {"id": waktu.describe("id"), "en": waktu.describe("en")},
        "start": unstructure(start),
        "timezone": calendar.timezone,
        "due": None if due is None else due.isoformat(),
        "explanation": None if expl is None else explanation_json(expl),
    }


def timeline_json(
    start: dt.date | dt.datetime,
    calendar: WorkingCalendar,
    completed: dt.date | dt.datetime | None = None,
    source: str = "GET /v1/timeline",
) -> Any:
    """Every statutory deadline of a request received at ``start`` (``due --timeline --json``)."""
    from .calendar import request_timeline
    from .converter import unstructure

    with _start_named(source, start):
        return unstructure(request_timeline(start, calendar, completed))


# --- check ------------------------------------------------------------------------------------


def error_document(source: str, exc: BaseException) -> dict[str, Any]:
    """One unreadable input: its name, ``kind`` ("input" or "internal") and every problem (path,
    both languages, value, expected), as `uji_konsekuensi.errors.error_json` writes it."""
    from .errors import error_json

    return error_json(source, exc)


def check_cases(
    items: Iterable[tuple[str, Case | Mapping[str, Any]]],
    *,
    strict: bool = False,
    at: str | None = None,
    only_closed: bool = False,
    source: str = "uji-konsekuensi check",
    field: str = "at",
) -> dict[str, Any]:
    """Check cases (each a `Case` or a case as JSON data, with the name to report it under) and
    return the document of ``check --format json`` (`uji_konsekuensi.case.batch.check_batch`):
    ``cases``, ``unreadable``, ``skipped``, ``summary``.

    ``at``: also report what is overdue at this moment ("now", a date, meaning its end, or an ISO
    timestamp with offset), read in each case's agency zone; an unreadable ``at`` is an
    `InputError` naming ``field`` before any case is checked.
    """
    from .case.batch import check_batch
    from .moments import end_of_day, parse_moment

    moment = None
    if at is not None:
        given = parse_moment(at, None, source, field)

        def moment(zone: dt.tzinfo) -> dt.datetime:
            if isinstance(given, dt.datetime) and at.strip().lower() not in ("now", "sekarang"):
                return given
            return end_of_day(parse_moment(at, zone, source, field), zone)

    return check_batch(items, strict=strict, at=moment, only_closed=only_closed)


# --- state and plan ---------------------------------------------------------------------------


def state_json(state: Any) -> dict[str, Any]:
    """A `CaseState` (``status --format json``, POST /v1/state)."""

    def step(s: Any) -> dict[str, Any]:
        return {
            "step": s.step,
            "activity": s.activity,
            "status": s.status,
            "roles": [r.value for r in s.roles],
            "lanes": list(s.lanes),
            "ready_at": _iso(s.ready_at),
            "started_at": _iso(s.started_at),
            "completed_at": _iso(s.completed_at),
            "branch": s.branch,
            "due": _iso(s.due),
            "due_basis": s.due_basis,
            "late": s.late,
            "overdue": s.overdue,
        }

    return {
        "case_id": state.case_id,
        "agency": state.agency,
        "sop": state.sop,
        "at": _iso(state.at),
        "timezone": state.timezone,
        "finished": state.finished,
        "waiting_for_requester": state.waiting_for_requester,
        "who": [r.value for r in state.who],
        "next": [step(s) for s in state.next],
        "done": [step(s) for s in state.done],
        "deadlines": [
            {
                "code": d.code,
                "name": d.name.id,
                "name_en": d.name.en,
                "due": _iso(d.due),
                "basis": d.basis,
                "met_at": _iso(d.met_at),
                "overdue": d.overdue,
                "note": None if d.note is None else d.note.id,
                "note_en": None if d.note is None else d.note.en,
            }
            for d in state.deadlines
        ],
        "overdue": bool(state.overdue),
        "calendar": {
            "holidays_version": state.calendar.holidays_version,
            "timezone": state.calendar.timezone,
            "decreed_through": state.calendar.decreed_through,
            "provisional": state.calendar.provisional,
            "provisional_years": list(state.calendar.provisional_years),
            "estimated": [d.isoformat() for d in state.calendar.estimated],
        },
    }


def plan_json(result: Any, documents: Iterable[Any] | None = None) -> dict[str, Any]:
    """A `Schedule` (``plan --format json``, GET /v1/agencies/{code}/plan). With the agency's
    ``documents`` (its `DocumentKind` list), each step also lists the document codes it
    ``requires`` and ``produces``, as the plugin declares them (`outputs.step_documents`)."""
    document = _plan_document(result)
    if documents is not None:
        from .outputs import step_documents

        kinds = tuple(documents)
        for entry in document["steps"]:
            needs, makes = step_documents(kinds, entry["step"])
            entry["requires"] = [k.code for k in needs]
            entry["produces"] = [k.code for k in makes]
    return document


def _plan_document(result: Any) -> dict[str, Any]:
    return {
        "agency": result.agency,
        "sop": result.sop,
        "timezone": result.timezone,
        "start": _iso(result.start),
        "provisional": result.provisional,
        "steps": [
            {
                "step": s.step,
                "activity": s.activity,
                "roles": [r.value for r in s.roles],
                "lanes": list(s.lanes),
                "waktu": s.waktu,
                "ready": _iso(s.ready),
                "due": _iso(s.due),
                "branch": s.branch,
                "provisional": s.provisional,
                "skipped": [
                    {
                        "date": d.date.isoformat(),
                        "kind": d.kind.value,
                        "name": d.name,
                        "name_en": d.name_en,
                        "estimated": d.estimated,
                    }
                    for d in s.skipped
                ],
                "note": None if s.note is None else s.note.id,
                "note_en": None if s.note is None else s.note.en,
            }
            for s in result.steps
        ],
        "timeline": None
        if result.timeline is None
        else [
            {
                "code": e.code,
                "name": e.deadline.name.id,
                "name_en": e.deadline.name.en,
                "due": e.due.isoformat(),
                "basis": e.deadline.basis,
                "governs": e.governs,
            }
            for e in result.timeline.entries
        ],
    }


def plan_for_agency(
    code: str,
    start: dt.date | dt.datetime,
    *,
    sop: str | None = None,
    branches: Mapping[int, Literal["yes", "no"]] | None = None,
    source: str = "uji-konsekuensi plan",
) -> dict[str, Any]:
    """Every step's due date of an agency's SOP from ``start`` as `plan_json` data; a branch at
    a step that is no decision is an `InputError` naming the decisions."""
    from .agency import get_agency
    from .case.schedule import schedule

    agency = get_agency(code)
    chosen = agency.get_sop(sop)
    wanted = dict(branches or {})
    decisions = [s.number for s in chosen.steps if s.is_decision]
    unknown = sorted(set(wanted) - set(decisions))
    if unknown:
        raise InputError.one(
            source,
            "branch",
            "langkah ini bukan keputusan dalam SOP",
            "this step is not a decision in the SOP",
            value=unknown[0],
            expected="salah satu dari: " + (", ".join(map(str, decisions)) or "-"),
            expected_en="one of: " + (", ".join(map(str, decisions)) or "-"),
        )
    with _start_named(source, start):
        # A start in late December 2100: a step's due date falls in 2101 (the error names
        # the step, `case.schedule`, and here the parameter).
        result = schedule(agency, chosen, start, wanted)
    return plan_json(result, agency.documents)
