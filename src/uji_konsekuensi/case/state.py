"""Where a case stands at a moment: what is next, who must act, by when, what is overdue.

Derived, never stored: `case_state(case, at)` replays the log against the agency's SOP and
computes every due moment from the SOP's waktu and the agency's working calendar as they are
*now* (a holiday decreed after the case was recorded moves its dates), and says which calendar
data it used (`CalendarUse`: the `holidays` version, and whether a date rests on a year not
decreed yet or on an estimated holiday).

For a request, the statutory clock runs beside the SOP: the written notice is due 10 hari kerja
after receipt (UU 14/2008 Pasal 22 ayat (7)), 7 more after a timely extension (ayat (8)), with
the clock stopped while the request waits for the requester (see `uji_konsekuensi.case.clock`).
Where the SOP sets no limit for the next step ("Setiap Saat", "Tentatif"), the notice deadline is
the one that binds it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Literal

import attrs

from ..calendar import BeyondCalendarError, WorkingCalendar, format_tanggal
from ..i18n import Language, Text, current_language
from ..sop import ActorRole, Role
from . import messages as M
from .check import CheckSettings, agency_and_sop, ensure_references, step_due
from .clock import EXTENSION, NOTICE, REPAIR, CalendarUse, RequestClock, calendar_use, request_clock
from .compiled_sop import CompiledSop, CompiledStep, compile_sop
from .flow import Run, Trace, replay
from .model import Case, RequestTrigger

__all__ = ["CaseState", "DeadlineStatus", "StepStatus", "case_state"]

Status = Literal["done", "in_progress", "next"]


@attrs.frozen(kw_only=True)
class StepStatus:
    """One step of the case: done, in progress, or next.

    ``roles`` and ``lanes``: who acts (canonical roles; lane names as the SOP writes them).
    ``due``: when the step is (or was) due; ``due_basis``: what sets it ("SOP ... langkah 3: 3 HK"
    or the statute's Pasal). ``late``: a done step completed after its due moment; ``overdue``:
    an open step whose due moment has passed at the state's moment.
    """

    step: int
    activity: str
    status: Status
    roles: tuple[ActorRole, ...]
    lanes: tuple[str, ...]
    ready_at: dt.datetime | None = None
    started_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    branch: str | None = None
    due: dt.datetime | None = None
    due_basis: str | None = None
    late: bool = False
    overdue: bool = False


@attrs.frozen(kw_only=True)
class DeadlineStatus:
    """A statutory deadline of a request: ``due`` (a local date; None while the clock is
    stopped), what it rests on, when it was met (``met_at``) and whether it is overdue."""

    code: str
    name: Text
    due: dt.date | None
    basis: str
    met_at: dt.datetime | None = None
    overdue: bool = False
    note: Text | None = None


@attrs.frozen(kw_only=True)
class CaseState:
    """A case at a moment (see the module notes)."""

    case_id: str
    agency: str
    sop: str
    at: dt.datetime
    timezone: str
    finished: bool
    waiting_for_requester: bool
    done: tuple[StepStatus, ...]
    next: tuple[StepStatus, ...]
    deadlines: tuple[DeadlineStatus, ...]
    calendar: CalendarUse

    @property
    def overdue(self) -> tuple[StepStatus | DeadlineStatus, ...]:
        """Every open step and statutory deadline overdue at the state's moment."""
        return tuple(s for s in self.next if s.overdue) + tuple(
            d for d in self.deadlines if d.overdue
        )

    @property
    def who(self) -> tuple[ActorRole, ...]:
        """The roles that must act next (the requester while the request waits for them)."""
        if self.waiting_for_requester:
            return (Role.PEMOHON,)
        roles: list[ActorRole] = []
        for s in self.next:
            roles.extend(r for r in s.roles if r not in roles)
        return tuple(roles)

    def render(self, lang: Language | None = None) -> str:
        """The state for people, in Indonesian (or English)."""
        return _render(self, "en" if (lang or current_language()) == "en" else "id")


def case_state(
    case: Case, at: dt.datetime | None = None, settings: CheckSettings | None = None
) -> CaseState:
    """The state of ``case`` at ``at`` (now, in the agency's zone, when None)."""
    settings = settings or CheckSettings()
    agency, sop = agency_and_sop(case)
    calendar = agency.calendar
    plan = compile_sop(agency, sop)
    ensure_references(case, plan)
    moment = at if at is not None else dt.datetime.now(tz=calendar.zone)
    calendar.local_date(moment, "at")  # refuses a naive moment
    case = _as_of(case, moment)
    trace = replay(case, plan)
    clock = request_clock(case, calendar, settings.pause)

    def status(run: Run, status: Status) -> StepStatus:
        return _status(run, status, plan, case, trace, calendar, settings, moment)

    done = [status(run, "done") for run in trace.runs if run is not trace.current]
    nexts = _bound_by_notice(_open_steps(trace, status), clock, calendar, moment)
    first, last = _span(case, moment, [s.due for s in (*done, *nexts) if s.due is not None])
    return CaseState(
        case_id=case.id,
        agency=case.agency,
        sop=sop.number,
        at=moment.astimezone(calendar.zone),
        timezone=calendar.timezone,
        finished=trace.ended,
        waiting_for_requester=clock is not None and clock.waiting,
        done=tuple(done),
        next=tuple(nexts),
        deadlines=_deadlines(clock, calendar, moment),
        calendar=calendar_use(calendar, calendar.local_date(first), calendar.local_date(last)),
    )


def _as_of(case: Case, moment: dt.datetime) -> Case:
    """The case as it stood at ``moment``: the log up to it (a log is in time order)."""
    upto = 0
    while upto < len(case.events) and case.events[upto].at <= moment:
        upto += 1
    if upto < len(case.events):
        return attrs.evolve(case, events=case.events[:upto])
    return case


def _open_steps(trace: Trace, status: Callable[[Run, Status], StepStatus]) -> list[StepStatus]:
    """The step in progress, or else every step that may come next (none once the flow ended)."""
    if trace.current is not None:
        return [status(trace.current, "in_progress")]
    if trace.ended:
        return []
    return [
        status(Run(step=step, ready_at=trace.ready_at), "next") for step in sorted(trace.expected)
    ]


def _bound_by_notice(
    nexts: list[StepStatus],
    clock: RequestClock | None,
    calendar: WorkingCalendar,
    moment: dt.datetime,
) -> list[StepStatus]:
    """The statute binds a step the SOP gives no limit, or a later one ("Setiap Saat",
    PERKI 1/2021 Pasal 34): while the notice is not sent, an open step is due by its deadline."""
    if clock is None or clock.notice is not None or clock.due is None:
        return nexts
    end = dt.datetime.combine(clock.due, dt.time.max, tzinfo=calendar.zone)
    return [
        attrs.evolve(s, due=end, due_basis=_notice_basis(clock), overdue=moment > end)
        if s.due is None or s.due > end
        else s
        for s in nexts
    ]


def _span(
    case: Case, moment: dt.datetime, dues: list[dt.datetime]
) -> tuple[dt.datetime, dt.datetime]:
    """The first and the last moment the state looked at: the log, the receipt, the state's
    moment and every due moment."""
    moments = [e.at for e in case.events] + [moment]
    if isinstance(case.trigger, RequestTrigger):
        moments.append(case.trigger.received_at)
    return min(moments), max([*moments, *dues])


def _notice_basis(clock: RequestClock) -> str:
    basis = NOTICE.basis
    if clock.extension is not None:
        basis += "; " + EXTENSION.basis
    return basis


def _status(
    run: Run,
    status: Status,
    plan: CompiledSop,
    case: Case,
    trace: Trace,
    calendar: WorkingCalendar,
    settings: CheckSettings,
    moment: dt.datetime,
) -> StepStatus:
    sp: CompiledStep = plan.steps[run.step]
    started = run.started.at if run.started is not None else None
    completed = run.completed.at if run.completed is not None else None
    try:
        due = step_due(run.ready_at, started, sp, case, trace, calendar, settings, run.end_index)
    except BeyondCalendarError:
        # Due after 2100, past the holiday data: no due moment is shown (the checker warns,
        # case.time.beyond_calendar); a moment inside the range cannot be past it.
        due = None
    lanes = tuple(plan.sop.lane(a).name for a in sp.step.actors if _has_lane(plan, a))
    basis = f"{sp.label}: {sp.waktu.text}" if due is not None and sp.waktu is not None else None
    return StepStatus(
        step=run.step,
        activity=sp.step.activity,
        status=status,
        roles=tuple(plan.sop.roles_of(sp.step)),
        lanes=lanes,
        ready_at=run.ready_at,
        started_at=started,
        completed_at=completed,
        branch=run.branch,
        due=due,
        due_basis=basis,
        late=due is not None and completed is not None and completed > due,
        overdue=status != "done" and due is not None and moment > due,
    )


def _has_lane(plan: CompiledSop, lane_id: str) -> bool:
    return any(lane.id == lane_id for lane in plan.sop.lanes)


def _deadlines(
    clock: RequestClock | None, calendar: WorkingCalendar, moment: dt.datetime
) -> tuple[DeadlineStatus, ...]:
    if clock is None:
        return ()
    today = calendar.local_date(moment)
    out: list[DeadlineStatus] = []
    repair_due: dt.date | None = None
    if clock.waiting:
        # Paused in the last days of 2100: the requester's deadline is not counted (None).
        with contextlib.suppress(BeyondCalendarError):
            repair_due = REPAIR.due(clock.pauses[-1].paused.at, calendar)
    if repair_due is not None:
        out.append(
            DeadlineStatus(
                code=REPAIR.code,
                name=REPAIR.name,
                due=repair_due,
                basis=REPAIR.basis,
                overdue=today > repair_due,
                note=M.STATUS_CLOCK_STOPPED,
            )
        )
    notice_at = clock.notice.at if clock.notice is not None else None
    out.append(
        DeadlineStatus(
            code=NOTICE.code,
            name=NOTICE.name,
            due=clock.base_due,
            basis=NOTICE.basis,
            met_at=notice_at,
            overdue=(
                notice_at is None
                and clock.base_due is not None
                and clock.extension is None
                and today > clock.base_due
            ),
        )
    )
    if clock.extension is not None:
        out.append(
            DeadlineStatus(
                code=EXTENSION.code,
                name=EXTENSION.name,
                due=clock.due,
                basis=EXTENSION.basis,
                met_at=notice_at,
                overdue=notice_at is None and clock.due is not None and today > clock.due,
                note=M.STATUS_EXTENDED.format(
                    days=clock.extension.days, reason=clock.extension.reason
                ),
            )
        )
    return tuple(out)


# --- rendering -------------------------------------------------------------------------------


def _when(moment: dt.datetime | None, lang: Language) -> str:
    if moment is None:
        return "-"
    hhmm = moment.strftime("%H:%M")
    return f"{format_tanggal(moment.date(), lang=lang)} {hhmm}"


def _render(state: CaseState, lang: Language) -> str:
    """The state as lines: the case and the moment, the steps done, the steps open, the
    statutory deadlines, and the calendar data behind the dates. Every word comes from the
    catalog (`messages`, ``STATUS_*``), in ``lang``."""
    lines = [
        *_head(state, lang),
        *(_done_line(s, lang) for s in state.done),
        *(line for s in state.next for line in _open_lines(s, lang)),
        *(_deadline_line(d, lang) for d in state.deadlines),
        *_calendar_lines(state.calendar, lang),
    ]
    return "\n".join(lines)


def _head(state: CaseState, lang: Language) -> list[str]:
    lines = [
        M.STATUS_CASE.get(lang).format(case=state.case_id, agency=state.agency, sop=state.sop),
        M.STATUS_AT.get(lang).format(when=_when(state.at, lang), zone=state.timezone),
    ]
    if state.finished:
        lines.append(M.STATUS_FINISHED.get(lang))
    if state.waiting_for_requester:
        lines.append(M.STATUS_WAITING.get(lang))
    return lines


def _done_line(s: StepStatus, lang: Language) -> str:
    branch = ""
    if s.branch:
        word = M.STATUS_BRANCHES[s.branch].get(lang)
        branch = M.STATUS_BRANCH.get(lang).format(branch=word)
    return M.STATUS_DONE.get(lang).format(
        step=s.step,
        branch=branch,
        when=_when(s.completed_at, lang),
        flag=M.STATUS_LATE.get(lang) if s.late else "",
    )


def _open_lines(s: StepStatus, lang: Language) -> list[str]:
    who = ", ".join(r.label.get(lang) for r in s.roles) or "-"
    lanes = f" [{', '.join(s.lanes)}]" if s.lanes else ""
    due = _when(s.due, lang) if s.due is not None else M.STATUS_NO_LIMIT.get(lang)
    return [
        M.STATUS_OPEN.get(lang).format(
            head=M.STATUS_HEADS[s.status].get(lang), step=s.step, activity=s.activity
        ),
        M.STATUS_WHO.get(lang).format(who=who, lanes=lanes),
        M.STATUS_BY.get(lang).format(
            due=due,
            basis=f" ({s.due_basis})" if s.due_basis else "",
            flag=M.STATUS_OVERDUE.get(lang) if s.overdue else "",
        ),
    ]


def _deadline_line(d: DeadlineStatus, lang: Language) -> str:
    due = format_tanggal(d.due, lang=lang) if d.due is not None else "-"
    met = M.STATUS_MET.get(lang).format(when=_when(d.met_at, lang)) if d.met_at is not None else ""
    flag = M.STATUS_OVERDUE.get(lang) if d.overdue else ""
    return f"{d.name.get(lang)}: {due} ({d.basis}){met}{flag}"


def _calendar_lines(use: CalendarUse, lang: Language) -> list[str]:
    lines = []
    if use.provisional:
        years = ", ".join(str(y) for y in use.provisional_years)
        lines.append(
            M.STATUS_PROVISIONAL.get(lang).format(years=years or M.STATUS_ESTIMATED.get(lang))
        )
    lines.append(
        M.STATUS_HOLIDAYS.get(lang).format(
            version=use.holidays_version, through=use.decreed_through
        )
    )
    return lines
