"""The schedule of an SOP from a start: every step's due date, with the days skipped.

`schedule(agency, sop, start)` walks the SOP from its first step as if each step used all the
time its waktu gives and the next step began when it was due: the latest date each step may end
on. A step without a limit ("Setiap Saat", "Tentatif", "Pada hari dan jam kerja") passes the
moment on unchanged. At a decision the walk takes the YES branch unless it loops back (or the
caller chooses: ``branches={4: "no"}``). For a request-triggered SOP the statutory timeline of
the request (`uji_konsekuensi.calendar.request_timeline`) comes with it, since it binds the steps
whatever their waktu says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Literal

import attrs

from ..agency import Agency
from ..calendar import BeyondCalendarError, NonWorkingDay, RequestTimeline, request_timeline
from ..i18n import Text
from ..sop import SOP, ActorRole
from .compiled_sop import compile_sop

__all__ = ["PlannedStep", "Schedule", "schedule"]


@attrs.frozen(kw_only=True)
class PlannedStep:
    """One step of a schedule: ready at ``ready``, due at ``due`` (None: no limit), with the
    non-working days skipped counting its waktu, and whether they rest on provisional data."""

    step: int
    activity: str
    roles: tuple[ActorRole, ...]
    lanes: tuple[str, ...]
    waktu: str | None
    ready: dt.date | dt.datetime
    due: dt.datetime | None
    skipped: tuple[NonWorkingDay, ...] = ()
    provisional: bool = False
    branch: Literal["yes", "no"] | None = None
    note: Text | None = None


@attrs.frozen(kw_only=True)
class Schedule:
    """The schedule of ``sop`` from ``start`` (see the module notes)."""

    agency: str
    sop: str
    timezone: str
    start: dt.date | dt.datetime
    steps: tuple[PlannedStep, ...]
    timeline: RequestTimeline | None = None

    @property
    def provisional(self) -> bool:
        return any(s.provisional for s in self.steps) or bool(
            self.timeline is not None and self.timeline.provisional
        )


#: The most characters of a step's activity quoted in an error (an activity can be a paragraph).
_ACTIVITY_QUOTED = 80


def _step_event(step: int, activity: str) -> Text:
    """ "tenggat langkah 5 ('Memeriksa ...')": the due date of a step, for an error."""
    text = " ".join(activity.split())
    if len(text) > _ACTIVITY_QUOTED:
        text = text[: _ACTIVITY_QUOTED - 1].rstrip() + "…"
    return Text(f"tenggat langkah {step} ({text!r})", f"the due date of step {step} ({text!r})")


def schedule(
    agency: Agency,
    sop: SOP,
    start: dt.date | dt.datetime,
    branches: Mapping[int, Literal["yes", "no"]] | None = None,
) -> Schedule:
    """Every step's due moment for ``sop`` from ``start`` (see the module notes)."""
    calendar = agency.calendar
    plan = compile_sop(agency, sop)
    branches = dict(branches or {})
    lane_names = {lane.id: lane.name for lane in sop.lanes}
    out: list[PlannedStep] = []
    visited: set[int] = set()
    step = plan.first
    ready: dt.date | dt.datetime = start
    while step is not None and step not in visited:
        visited.add(step)
        sp = plan.steps[step]
        w = sp.waktu
        due: dt.datetime | None = None
        skipped: tuple[NonWorkingDay, ...] = ()
        provisional = False
        note: Text | None = None
        if w is None and sp.waktu_error:
            note = Text("waktu SOP tidak dapat dibaca", "the SOP's waktu cannot be read")
        elif w is not None and w.has_limit and w.kind != "office_hours":
            try:
                anchor = ready
                if w.kind in ("hours", "minutes") and not isinstance(anchor, dt.datetime):
                    anchor = calendar.next_office_opening(anchor)
                due = w.due(anchor, calendar)
                if w.kind == "working_days" and w.amount is not None:
                    explanation = calendar.explain(anchor, w.amount)
                    skipped, provisional = explanation.skipped, explanation.provisional
            except BeyondCalendarError as exc:
                # A start in late December 2100: this step's due date falls in 2101. The
                # caller names its start parameter; the error says which step it was.
                raise exc.about(_step_event(step, sp.step.activity)) from None
            if w.after:
                note = Text(
                    f"dihitung sejak {w.after}; di sini dianggap sejak langkah sebelumnya",
                    f"counted from {w.after}; taken here as from the step before",
                )
        elif w is not None and w.kind == "office_hours":
            note = Text("pada hari dan jam kerja", "on a working day, in office hours")
        taken: Literal["yes", "no"] | None = None
        if sp.is_decision:
            choice = branches.get(step)
            if choice is None:
                yes = sp.branches.get("yes")
                choice = "no" if yes is not None and yes <= step else "yes"
            taken = choice
            following = sp.branches.get(choice)
        else:
            following = sp.successors[0] if sp.successors else None
        out.append(
            PlannedStep(
                step=step,
                activity=sp.step.activity,
                roles=tuple(sop.roles_of(sp.step)),
                lanes=tuple(lane_names[a] for a in sp.step.actors if a in lane_names),
                waktu=sp.step.waktu_text,
                ready=ready,
                due=due,
                skipped=skipped,
                provisional=provisional,
                branch=taken,
                note=note,
            )
        )
        if due is not None:
            ready = due
        step = following
    timeline = None
    if sop.trigger == "request" or (sop.trigger is None and agency.trigger == "request"):
        timeline = request_timeline(start, calendar)
    return Schedule(
        agency=agency.code,
        sop=sop.number,
        timezone=calendar.timezone,
        start=start,
        steps=tuple(out),
        timeline=timeline,
    )
