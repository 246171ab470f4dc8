"""The JSON documents of results, built once for the command line and the HTTP service.

A portal gets the same JSON whether it starts ``uji-konsekuensi ... --format json`` or calls
``uji-konsekuensi serve`` (docs/service.md), and docs/schemas/ holds one JSON Schema per document
(`uji_konsekuensi.schemas`). Each function here takes library results (a `Report`, a
`Schedule`, an `Explanation`, ...), fills the document's response class
(`uji_konsekuensi.responses`) and returns it unstructured by the one converter; none prints or
reads a file. The command line and the service call these, never build a document of their own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .errors import InputError

if TYPE_CHECKING:
    from .calendar import Explanation, WorkingCalendar
    from .case import Case
    from .case.schedule import PlannedStep, Schedule
    from .case.state import CaseState, StepStatus
    from .document_kinds import DocumentKind
    from .findings import Finding
    from .i18n import Language
    from .responses import CheckDocument, DraftedAgency
    from .sop.importer import ImportResult

__all__ = [
    "agencies_json",
    "agency_validation_json",
    "check_cases",
    "deadlines_json",
    "due_json",
    "error_document",
    "explanation_json",
    "plan_json",
    "sop_import_json",
    "sop_validation_json",
    "state_json",
    "timeline_json",
    "waktu_json",
    "written_json",
]


def _json(document: Any) -> Any:
    from .converter import unstructure

    return unstructure(document)


# --- agencies ---------------------------------------------------------------------------------


def agencies_json() -> dict[str, Any]:
    """The installed agencies and the plugin problems (``agencies --json``, GET /v1/agencies)."""
    from .agency import agencies, plugin_problems
    from .responses import AgencyList, FailedPlugin, InstalledAgency

    document = AgencyList(
        agencies=tuple(
            InstalledAgency(
                code=agency.code,
                name=agency.name,
                timezone=agency.timezone,
                trigger=agency.trigger,
                sops=tuple(str(sop.number) for sop in agency.sops),
                plugin=agency.plugin,
                distribution=agency.distribution,
                example=agency.info.example,
            )
            for agency in agencies().values()
        ),
        problems=tuple(
            FailedPlugin(
                plugin=p.plugin,
                distribution=p.distribution,
                hook=p.hook,
                agency=p.agency_code,
                message=p.render("id"),
                message_en=p.render("en"),
            )
            for p in plugin_problems()
        ),
    )
    data: dict[str, Any] = _json(document)
    return data


def sop_validation_json(sop: str, findings: Iterable[Finding]) -> dict[str, Any]:
    """``sop validate FILE|CODE --json``: the SOP's own findings, and whether none is an error."""
    from .findings import Severity
    from .responses import SopValidation

    found = tuple(findings)
    valid = not any(f.severity is Severity.ERROR for f in found)
    data: dict[str, Any] = _json(SopValidation(sop=sop, valid=valid, findings=found))
    return data


def sop_import_json(
    result: ImportResult,
    lang: Language,
    written_to: str | None,
    agency: DraftedAgency | None = None,
) -> dict[str, Any]:
    """``sop import FILE --json``: the draft (or ``written_to``, the file it went to), the
    review's questions in ``lang``, the agency.json drafted with ``--agency-folder``, and the
    draft's findings."""
    from .responses import ImportQuestion, SopImport

    document = SopImport(
        source=result.source,
        sop=result.data if written_to is None else written_to,
        review=tuple(
            ImportQuestion(
                path=item.path,
                where=item.where.get(lang) if item.where else None,
                source=item.source,
                question=item.question.get(lang),
                read=item.read,
                covers=item.covers,
                settles=item.settles,
            )
            for item in result.review
        ),
        agency=agency,
        load_error=result.load_error,
        seconds=round(result.seconds, 4),
        findings=result.findings,
    )
    data: dict[str, Any] = _json(document)
    return data


def written_json(path: str, kind: str, fmt: str) -> dict[str, Any]:
    """``render KIND SOURCE -o FILE --json``: what was written where."""
    from .responses import WrittenDocument

    data: dict[str, Any] = _json(WrittenDocument(written=path, document=kind, format=fmt))
    return data


def agency_validation_json(
    agency: str, folder: str | None, sha256: str | None, findings: Iterable[Finding]
) -> dict[str, Any]:
    """``agency validate DIR|CODE --json``: the findings of an agency's SOPs and documents, and
    its folder and sha256 when it is a folder (None otherwise)."""
    from .findings import Severity
    from .responses import AgencyValidation

    found = tuple(findings)
    valid = not any(f.severity is Severity.ERROR for f in found)
    document = AgencyValidation(
        agency=agency, folder=folder, sha256=sha256, valid=valid, findings=found
    )
    data: dict[str, Any] = _json(document)
    return data


# --- due --------------------------------------------------------------------------------------


def deadlines_json() -> list[Any]:
    """Every statutory deadline (``due --list-deadlines --json``)."""
    from .calendar import STATUTORY_DEADLINES

    return [_json(d) for d in STATUTORY_DEADLINES]


def explanation_json(expl: Any) -> dict[str, Any]:
    """A `calendar.Explanation` (the due date, every skipped day and why) as JSON, with the due
    date as people write it in both languages and the zone's name (WIB, WITA, WIT)."""
    data: dict[str, Any] = _json(_explained(expl))
    return data


def _explained(expl: Explanation, *, deadline: Any = None, working: bool = False) -> Any:
    """``expl`` with its due date in words and the zone's name: an `ExplainedDue`, or with
    ``working`` a `DueInWorkingDays` naming its ``deadline``."""
    from .calendar import format_tanggal
    from .calendar.calendar_settings import zone_label
    from .i18n import Text
    from .responses import DueInWorkingDays, ExplainedDue

    fields = attrs.asdict(expl, recurse=False)
    words = Text(id=format_tanggal(expl.due, lang="id"), en=format_tanggal(expl.due, lang="en"))
    label = zone_label(expl.timezone)
    if working:
        return DueInWorkingDays(**fields, due_text=words, zone_label=label, deadline=deadline)
    return ExplainedDue(**fields, due_text=words, zone_label=label)


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
    from .responses import DueInCalendarDays

    if (days is None) == (deadline is None):
        raise ValueError("due_json: give exactly one of days or deadline")
    found = None
    if deadline is not None:
        found = get_deadline(deadline)
        if found.unit == "calendar_days":
            due = found.due(start, calendar)
            data: dict[str, Any] = _json(DueInCalendarDays(deadline=found, start=start, due=due))
            return data
        days = -found.amount if found.before else found.amount
    assert days is not None
    data = _json(_explained(calendar.explain(start, days), deadline=found, working=True))
    return data


def waktu_json(
    start: dt.date | dt.datetime, calendar: WorkingCalendar, text: str, source: str, path: str
) -> dict[str, Any]:
    """The due moment of an SOP waktu text from ``start`` (``due START --waktu TEXT --json``)."""
    from .calendar import parse_waktu
    from .i18n import Text
    from .responses import WaktuDue

    waktu = parse_waktu(text, source=source, path=path)
    expl = None
    with _start_named(source, start):
        due = waktu.due(start, calendar)
        if waktu.kind == "working_days" and waktu.amount is not None:
            expl = calendar.explain(start, waktu.amount)
    document = WaktuDue(
        waktu=waktu,
        description=Text(id=waktu.describe("id"), en=waktu.describe("en")),
        start=start,
        timezone=calendar.timezone,
        due=due,
        explanation=None if expl is None else _explained(expl),
    )
    data: dict[str, Any] = _json(document)
    return data


def timeline_json(
    start: dt.date | dt.datetime,
    calendar: WorkingCalendar,
    completed: dt.date | dt.datetime | None = None,
    source: str = "GET /v1/timeline",
) -> Any:
    """Every statutory deadline of a request received at ``start`` (``due --timeline --json``)."""
    from .calendar import request_timeline

    with _start_named(source, start):
        return _json(request_timeline(start, calendar, completed))


# --- check ------------------------------------------------------------------------------------


def error_document(source: str, exc: BaseException) -> dict[str, Any]:
    """What a command prints for an error with ``--format json``: ``{"error": ...}``, the
    unreadable input (`responses.unreadable`): its name, ``kind`` ("input" or "internal") and
    every problem (path, both languages, value, expected)."""
    from .responses import ErrorDocument, unreadable

    data: dict[str, Any] = _json(ErrorDocument(error=unreadable(source, exc)))
    return data


def check_cases(
    items: Iterable[tuple[str, Case | Mapping[str, Any]]],
    *,
    strict: bool = False,
    at: str | None = None,
    only_closed: bool = False,
    source: str = "uji-konsekuensi check",
    field: str = "at",
) -> CheckDocument:
    """Check cases (each a `Case` or a case as JSON data, with the name to report it under):
    the `CheckDocument` of ``check --format json`` (`uji_konsekuensi.case.batch.check_batch`),
    which ``unstructure`` writes as JSON (the service first replaces an internal error's details
    with the id the server log keeps them under).

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


def state_json(state: CaseState) -> dict[str, Any]:
    """A `CaseState` (``status --format json``, POST /v1/state)."""
    from .responses import CalendarUseWithEstimates, DeadlineState, StateDocument, StepState

    def step(s: StepStatus) -> StepState:
        return StepState(
            step=s.step,
            activity=s.activity,
            status=s.status,
            roles=s.roles,
            lanes=s.lanes,
            ready_at=s.ready_at,
            started_at=s.started_at,
            completed_at=s.completed_at,
            branch=s.branch,  # type: ignore[arg-type]
            due=s.due,
            due_basis=s.due_basis,
            late=s.late,
            overdue=s.overdue,
        )

    cal = state.calendar
    document = StateDocument(
        case_id=state.case_id,
        agency=state.agency,
        sop=state.sop,
        at=state.at,
        timezone=state.timezone,
        finished=state.finished,
        waiting_for_requester=state.waiting_for_requester,
        who=state.who,
        next=tuple(step(s) for s in state.next),
        done=tuple(step(s) for s in state.done),
        deadlines=tuple(
            DeadlineState(
                code=d.code,
                name=d.name.id,
                name_en=d.name.en,
                due=d.due,
                basis=d.basis,
                met_at=d.met_at,
                overdue=d.overdue,
                note=None if d.note is None else d.note.id,
                note_en=None if d.note is None else d.note.en,
            )
            for d in state.deadlines
        ),
        overdue=bool(state.overdue),
        calendar=CalendarUseWithEstimates(
            holidays_version=cal.holidays_version,
            timezone=cal.timezone,
            decreed_through=cal.decreed_through,
            provisional=cal.provisional,
            provisional_years=cal.provisional_years,
            estimated=cal.estimated,
        ),
    )
    data: dict[str, Any] = _json(document)
    return data


def plan_json(result: Schedule, documents: Iterable[DocumentKind] = ()) -> dict[str, Any]:
    """A `Schedule` (``plan --format json``, GET /v1/agencies/{code}/plan). With the agency's
    ``documents`` (its `DocumentKind` list), each step also lists the document codes it
    ``requires`` and ``produces``, as the plugin declares them (`document_kinds.step_documents`)."""
    from .document_kinds import step_documents
    from .responses import PlanDeadline, PlanDocument, PlanStep, SkippedDay

    kinds = tuple(documents)

    def step(s: PlannedStep) -> PlanStep:
        needs, makes = step_documents(kinds, s.step)
        return PlanStep(
            step=s.step,
            activity=s.activity,
            roles=s.roles,
            lanes=s.lanes,
            waktu=s.waktu,
            ready=s.ready,
            due=s.due,
            branch=s.branch,
            provisional=s.provisional,
            skipped=tuple(
                SkippedDay(
                    date=d.date, kind=d.kind, name=d.name, name_en=d.name_en, estimated=d.estimated
                )
                for d in s.skipped
            ),
            note=None if s.note is None else s.note.id,
            note_en=None if s.note is None else s.note.en,
            requires=tuple(k.code for k in needs),
            produces=tuple(k.code for k in makes),
        )

    document = PlanDocument(
        agency=result.agency,
        sop=result.sop,
        timezone=result.timezone,
        start=result.start,
        provisional=result.provisional,
        steps=tuple(step(s) for s in result.steps),
        timeline=None
        if result.timeline is None
        else tuple(
            PlanDeadline(
                code=e.code,
                name=e.deadline.name.id,
                name_en=e.deadline.name.en,
                due=e.due,
                basis=e.deadline.basis,
                governs=e.governs,
            )
            for e in result.timeline.entries
        ),
    )
    data: dict[str, Any] = _json(document)
    return data


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
