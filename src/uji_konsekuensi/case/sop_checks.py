"""The checker's rules about the SOP: trigger, actors, kelengkapan and output, and time.

Codes ``case.trigger.mismatch``, ``case.actor.wrong_role``, ``case.input.missing``,
``case.output.missing``, ``case.document.dated_after_use``, ``case.time.late``,
``case.time.outside_office_hours``, ``case.time.overdue`` (declared in ``codes``); the basis of
each is the SOP step ("SOP <nomor> langkah <n>"). See docs/case.md.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from ..calendar import BeyondCalendarError, WorkingCalendar, format_waktu
from ..findings import Finding
from ..i18n import Language, Text
from . import messages as M
from .cached import in_office
from .check_settings import CheckSettings
from .clock import beyond_calendar
from .codes import (
    ACTOR_WRONG_ROLE,
    DOCUMENT_DATED_AFTER_USE,
    INPUT_MISSING,
    OUTPUT_MISSING,
    TIME_BEYOND_CALENDAR,
    TIME_LATE,
    TIME_OUTSIDE_OFFICE_HOURS,
    TIME_OVERDUE,
    TRIGGER_MISMATCH,
)
from .compiled_sop import CompiledSop, CompiledStep, role_names
from .due import step_due
from .flow import Trace
from .model import (
    Case,
    Document,
    RequestTrigger,
    StepStarted,
)


def check_trigger(*, case: Case, plan: CompiledSop) -> Iterable[Finding]:
    sop_trigger = plan.sop.trigger
    ours = "request" if isinstance(case.trigger, RequestTrigger) else "periodic"
    if sop_trigger is not None and sop_trigger != ours:
        yield TRIGGER_MISMATCH(
            M.TRIGGER_MISMATCH(
                ours=M.TRIGGER_OURS[ours],
                sop=plan.sop.number,
                theirs=M.TRIGGER_THEIRS["request" if sop_trigger == "request" else "periodic"],
            ),
            field="trigger",
        )


def check_actors(*, plan: CompiledSop, trace: Trace) -> Iterable[Finding]:
    for run in trace.runs:
        sp = plan.steps[run.step]
        if not sp.roles:
            continue
        for event, index in ((run.started, run.start_index), (run.completed, run.end_index)):
            if event is None or event.actor.role in sp.roles:
                continue
            started = isinstance(event, StepStarted)
            yield ACTOR_WRONG_ROLE(
                M.ACTOR_WRONG_ROLE(
                    step=event.step,
                    what=M.DONE_BY["started" if started else "completed"],
                    name=event.actor.name,
                    role=event.actor.role.label,
                    roles=Text(role_names(sp.roles, "id"), role_names(sp.roles, "en")),
                ),
                field=f"events[{index}].actor.role",
                step=event.step,
                basis=sp.label,
            )


def _kind_titles(plan: CompiledSop, kinds: Iterable[str], lang: Language) -> str:
    names = []
    for code in sorted(kinds):
        kind = plan.kinds.get(code)
        if kind is None:
            names.append(code)
        else:
            names.append(f"{kind.title if lang == 'id' else kind.title_en!r} ({code})")
    return " / ".join(names)


def _kinds(plan: CompiledSop, kinds: Iterable[str]) -> Text:
    kinds = sorted(kinds)
    return Text(_kind_titles(plan, kinds, "id"), _kind_titles(plan, kinds, "en"))


def check_documents(*, case: Case, plan: CompiledSop, trace: Trace) -> Iterable[Finding]:
    docs: dict[str, Document] = {d.id: d for d in case.documents}
    for run in trace.runs:
        sp = plan.steps[run.step]
        started, completed = run.started, run.completed
        if started is not None and run.start_index is not None:
            given = {docs[i].kind for i in started.inputs if i in docs}
            for req in sp.inputs:
                if not given & req.kinds:
                    yield INPUT_MISSING(
                        M.INPUT_MISSING(
                            step=run.step, text=req.text, kinds=_kinds(plan, req.kinds)
                        ),
                        field=f"events[{run.start_index}].inputs",
                        step=run.step,
                        basis=sp.label,
                    )
            if started.inputs:
                yield from _dated_after(docs, started.inputs, started.at, sp, run.start_index)
        if completed is not None and run.end_index is not None:
            # A decision produces its output on its YES branch: a NO (not secret, not approved)
            # produces nothing to show (Kalbar 4, Kutai Timur 4, Kalteng 2).
            if sp.is_decision and completed.branch != "yes":
                continue
            made = {docs[i].kind for i in completed.outputs if i in docs}
            for req in sp.outputs:
                if not made & req.kinds:
                    yield OUTPUT_MISSING(
                        M.OUTPUT_MISSING(
                            step=run.step, text=req.text, kinds=_kinds(plan, req.kinds)
                        ),
                        field=f"events[{run.end_index}].outputs",
                        step=run.step,
                        basis=sp.label,
                    )
            if completed.outputs:
                yield from _dated_after(
                    docs, completed.outputs, completed.at, sp, run.end_index, output=True
                )


def _dated_after(
    docs: dict[str, Document],
    ids: tuple[str, ...],
    at: dt.datetime,
    sp: CompiledStep,
    index: int,
    *,
    output: bool = False,
) -> Iterable[Finding]:
    day = at.date()  # the date written on the event, in its own offset
    for j, doc_id in enumerate(ids):
        doc = docs.get(doc_id)
        if doc is not None and doc.date > day:
            yield DOCUMENT_DATED_AFTER_USE(
                M.DOCUMENT_DATED_AFTER_USE(
                    document=doc.id,
                    date=doc.date.isoformat(),
                    step=sp.number,
                    what=M.DOCUMENT_PRODUCED if output else M.DOCUMENT_USED,
                    day=day.isoformat(),
                ),
                field=f"events[{index}].{'outputs' if output else 'inputs'}[{j}]",
                step=sp.number,
                basis=sp.label,
            )


def _lateness(due: dt.datetime, done: dt.datetime, calendar: WorkingCalendar) -> tuple[str, str]:
    """How late, in the unit that says it: working days, or for less than one working day the
    minutes or hours ("terlambat 55 menit", never "terlambat 0 hari kerja"), in each language."""
    late = _late(due, done, calendar)
    return late.id, late.en


def _late(due: dt.datetime, done: dt.datetime, calendar: WorkingCalendar) -> Text:
    days = calendar.working_days_between(due, done)
    if days:
        return M.LATE_DAYS.format(days=days)
    minutes = max(1, math.ceil((done - due).total_seconds() / 60))
    if minutes < 60:
        return M.LATE_MINUTES.format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if not rest:
        return M.LATE_HOURS.format(hours=hours)
    return M.LATE_HOURS_MINUTES.format(hours=hours, minutes=rest)


def check_times(
    *,
    case: Case,
    plan: CompiledSop,
    trace: Trace,
    calendar: WorkingCalendar,
    settings: CheckSettings,
) -> Iterable[Finding]:
    for run in trace.runs:
        sp = plan.steps[run.step]
        w = sp.waktu
        if w is None:
            continue
        started = run.started.at if run.started is not None else None
        try:
            due = step_due(
                run.ready_at, started, sp, case, trace, calendar, settings, run.end_index
            )
        except BeyondCalendarError as exc:
            due = None
            index = run.start_index if run.start_index is not None else run.end_index
            yield beyond_calendar(
                TIME_BEYOND_CALENDAR,
                M.TIME_DUE(step=run.step),
                exc,
                field=None if index is None else f"events[{index}].at",
                step=run.step,
                basis=sp.label,
            )
        completed = run.completed
        if due is not None and completed is not None and completed.at > due:
            yield TIME_LATE(
                M.TIME_LATE(
                    step=run.step,
                    done=_when(completed.at, calendar),
                    waktu=w.text,
                    due=_when(due, calendar),
                    late=_late(due, completed.at, calendar),
                ),
                field=f"events[{run.end_index}].at",
                step=run.step,
                basis=sp.label,
            )
        if w.office_hours:
            for event, index in ((run.started, run.start_index), (run.completed, run.end_index)):
                if event is None or in_office(calendar, event.at):
                    continue
                first = event is run.started
                yield TIME_OUTSIDE_OFFICE_HOURS(
                    M.TIME_OUTSIDE_OFFICE_HOURS(
                        step=run.step,
                        what=M.DONE_BY["started" if first else "completed"],
                        when=_when(event.at, calendar),
                        waktu=w.text,
                    ),
                    field=f"events[{index}].at",
                    step=run.step,
                    basis=f"{sp.label}; Perpres 21/2023 Pasal 3-4",
                )
    at = settings.at
    if at is None:
        return
    pending = trace.current
    if pending is not None:
        sp = plan.steps[pending.step]
        started = pending.started.at if pending.started is not None else None
        try:
            due = step_due(pending.ready_at, started, sp, case, trace, calendar, settings, None)
        except BeyondCalendarError:
            due = None  # the run itself is reported above when it started; nothing is overdue
        if due is not None and at > due:
            yield _overdue(sp, due, at, pending.start_index, calendar)
    else:
        for step in sorted(trace.expected):
            sp = plan.steps[step]
            try:
                due = step_due(trace.ready_at, None, sp, case, trace, calendar, settings, None)
            except BeyondCalendarError:
                continue  # due after 2100: it cannot have passed at a moment inside the range
            if due is not None and at > due:
                yield _overdue(sp, due, at, None, calendar)


def _moment(moment: dt.datetime, calendar: WorkingCalendar) -> Text:
    """A moment as people read it, in the agency's zone: "Kamis, 17 April 2025 pukul 23.59 WIB"
    (never "2025-04-17T23:59:59.999999+07:00")."""
    local = moment.astimezone(calendar.zone)
    return Text(format_waktu(local, lang="id"), format_waktu(local, lang="en"))


def _when(moment: dt.datetime, calendar: WorkingCalendar) -> Text:
    """`_moment` with the word before it ("pada Kamis, ...", "on Thursday, ...")."""
    at = _moment(moment, calendar)
    return Text(M.ON.id + at.id, M.ON.en + at.en)


def _overdue(
    sp: CompiledStep,
    due: dt.datetime,
    at: dt.datetime,
    index: int | None,
    calendar: WorkingCalendar,
) -> Finding:
    waktu = sp.waktu.text if sp.waktu else "-"
    return TIME_OVERDUE(
        M.TIME_OVERDUE(
            step=sp.number, at=_when(at, calendar), due=_moment(due, calendar), waktu=waktu
        ),
        field=None if index is None else f"events[{index}]",
        step=sp.number,
        basis=sp.label,
    )
