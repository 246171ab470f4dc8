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
from typing import Literal

import attrs

from ..calendar import BeyondCalendarError, WorkingCalendar, format_tanggal
from ..i18n import Language, Text, current_language
from ..sop import Role
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
    roles: tuple[Role, ...]
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
    def who(self) -> tuple[Role, ...]:
        """The roles that must act next (the requester while the request waits for them)."""
        if self.waiting_for_requester:
            return (Role.PEMOHON,)
        roles: list[Role] = []
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
    # The case as it stood at that moment: the log up to it (a log is in time order).
    upto = 0
    while upto < len(case.events) and case.events[upto].at <= moment:
        upto += 1
    if upto < len(case.events):
        case = attrs.evolve(case, events=case.events[:upto])
    trace = replay(case, plan)
    clock = request_clock(case, calendar, settings.pause)

    done: list[StepStatus] = []
    for run in trace.runs:
        if run is trace.current:
            continue
        done.append(_status(run, "done", plan, case, trace, calendar, settings, moment))

    nexts: list[StepStatus] = []
    if trace.current is not None:
        nexts.append(
            _status(trace.current, "in_progress", plan, case, trace, calendar, settings, moment)
        )
    elif not trace.ended:
        for step in sorted(trace.expected):
            run = Run(step=step, ready_at=trace.ready_at)
            nexts.append(_status(run, "next", plan, case, trace, calendar, settings, moment))

    deadlines = _deadlines(clock, calendar, moment)
    if clock is not None and clock.notice is None and clock.due is not None:
        # The statute binds a step the SOP gives no limit ("Setiap Saat", PERKI 1/2021 Pasal 34).
        end = dt.datetime.combine(clock.due, dt.time.max, tzinfo=calendar.zone)
        nexts = [
            attrs.evolve(
                s,
                due=end,
                due_basis=_notice_basis(clock),
                overdue=moment > end,
            )
            if s.due is None or s.due > end
            else s
            for s in nexts
        ]

    dues = [s.due for s in (*done, *nexts) if s.due is not None]
    moments = [e.at for e in case.events] + [moment]
    if isinstance(case.trigger, RequestTrigger):
        moments.append(case.trigger.received_at)
    first = calendar.local_date(min(moments))
    last = calendar.local_date(max([*moments, *dues]))
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
        deadlines=deadlines,
        calendar=calendar_use(calendar, first, last),
    )


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
                note=Text(
                    "Jangka waktu pemberitahuan berhenti sampai permintaan dilengkapi",
                    "The notice period is stopped until the request is completed",
                ),
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
                note=Text(
                    f"Diperpanjang {clock.extension.days} hari kerja: {clock.extension.reason}",
                    f"Extended by {clock.extension.days} working day(s): {clock.extension.reason}",
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
    en = lang == "en"
    lines = [
        f"{'Case' if en else 'Kasus'} {state.case_id} ({state.agency}, SOP {state.sop})",
        f"{'At' if en else 'Pada'}: {_when(state.at, lang)} ({state.timezone})",
    ]
    if state.finished:
        lines.append("The SOP's procedure is finished." if en else "Prosedur SOP sudah selesai.")
    if state.waiting_for_requester:
        lines.append(
            "Waiting for the requester to complete the request."
            if en
            else "Menunggu pemohon melengkapi permintaan."
        )
    for s in state.done:
        flag = (" — LATE" if en else " — TERLAMBAT") if s.late else ""
        word = s.branch if en or not s.branch else {"yes": "ya", "no": "tidak"}[s.branch]
        branch = f" ({'branch' if en else 'cabang'} {word})" if s.branch else ""
        lines.append(
            f"{'Done' if en else 'Selesai'}: {'step' if en else 'langkah'} {s.step}"
            f"{branch}, {_when(s.completed_at, lang)}{flag}"
        )
    for s in state.next:
        who = ", ".join(r.label.get(lang) for r in s.roles) or "-"
        lanes = f" [{', '.join(s.lanes)}]" if s.lanes else ""
        head = {
            "in_progress": "In progress" if en else "Sedang berjalan",
            "next": "Next" if en else "Berikutnya",
            "done": "Done" if en else "Selesai",
        }[s.status]
        lines.append(f"{head}: {'step' if en else 'langkah'} {s.step}: {s.activity}")
        lines.append(f"  {'Who' if en else 'Pelaksana'}: {who}{lanes}")
        due = _when(s.due, lang) if s.due is not None else ("no limit" if en else "tanpa batas")
        flag = (" — OVERDUE" if en else " — LEWAT WAKTU") if s.overdue else ""
        basis = f" ({s.due_basis})" if s.due_basis else ""
        lines.append(f"  {'By' if en else 'Batas'}: {due}{basis}{flag}")
    for d in state.deadlines:
        due = format_tanggal(d.due, lang=lang) if d.due is not None else "-"
        met = (
            (f" — met {_when(d.met_at, lang)}" if en else f" — dipenuhi {_when(d.met_at, lang)}")
            if d.met_at is not None
            else ""
        )
        flag = (" — OVERDUE" if en else " — LEWAT WAKTU") if d.overdue else ""
        lines.append(f"{d.name.get(lang)}: {due} ({d.basis}){met}{flag}")
    if state.calendar.provisional:
        years = ", ".join(str(y) for y in state.calendar.provisional_years)
        lines.append(
            f"Dates are provisional (calendar data {years or 'estimated holidays'})."
            if en
            else f"Tanggal bersifat sementara (data kalender {years or 'libur perkiraan'})."
        )
    lines.append(
        f"holidays {state.calendar.holidays_version}"
        + (
            f", cuti bersama decreed through {state.calendar.decreed_through}"
            if en
            else f", cuti bersama ditetapkan sampai {state.calendar.decreed_through}"
        )
    )
    return "\n".join(lines)
