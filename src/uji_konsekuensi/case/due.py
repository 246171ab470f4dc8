"""When a run of a step is due by the SOP's waktu (the checker's times rule and the state).

A due date is counted in working days, so it can be computed only inside the years the holiday
data covers (1946-2100, `limits`). An accepted date near the edge (a step started on 28 December
2100 with 3 hari kerja) can have a due date outside them: the calendar raises
`BeyondCalendarError`, and the rule reports ``case.time.beyond_calendar`` (a warning naming the
event and its JSON path, `clock.beyond_calendar`) instead of failing, and says nothing about
lateness it cannot know.
"""

from __future__ import annotations

import datetime as dt

from ..calendar import WorkingCalendar
from .check_settings import CheckSettings
from .compiled_sop import CompiledStep
from .flow import Trace
from .model import Case
from .paths import sheets_of


def step_due(
    run_ready: dt.datetime | None,
    run_started: dt.datetime | None,
    sp: CompiledStep,
    case: Case,
    trace: Trace,
    calendar: WorkingCalendar,
    settings: CheckSettings,
    before: int | None,
) -> dt.datetime | None:
    """When a run of a step is due by the SOP's waktu (None: the SOP sets no limit).

    "Pada hari dan jam kerja" alone says when the work happens, not how long it may take: it
    sets no due moment (it is checked as office hours). A waktu "setelah <langkah>" counts from
    that step's completion, or from the date of the consequence test when it names the test.
    """
    w = sp.waktu
    if w is None or not w.has_limit or w.kind == "office_hours":
        return None
    anchor: dt.date | dt.datetime | None = None
    if sp.after_test:
        dates = [s.date for _, s in sheets_of(case) if s.date is not None]
        anchor = max(dates) if dates else None
    elif sp.after_step is not None:
        anchor = trace.completion_of(sp.after_step, before)
    if anchor is None:
        anchor = run_ready if settings.step_clock == "ready" else run_started
        if anchor is None:
            anchor = run_started
    if anchor is None:
        return None
    return w.due(anchor, calendar)
