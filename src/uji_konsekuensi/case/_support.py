"""What the rule modules of the checker share: cached look-ups and paths into a case.

`step_due` (when a run of a step is due by the SOP),
`sheets_of` / `resolve` (the Lembar of a case and a tested item by its path), and two caches a
bulk check needs (office hours per calendar day, citations per text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..calendar import OfficeDay, WorkingCalendar
from ..harm import ConsequenceTest, ConsequenceTestSheet
from ..i18n import Language
from ..law import Citation, CitationError, parse_citation
from ..sop import Role
from .flow import Trace
from .model import (
    Case,
)
from .plan import StepPlan
from .settings import CheckSettings

# Keyed by the calendar object itself (identity hash), which the dict keeps alive: keyed by
# id(calendar), a calendar collected and a new one allocated at the same address answered with
# the old one's hours (7 of 50 new Jakarta calendars got Jayapura's).
_office_days: dict[tuple[WorkingCalendar, dt.date], OfficeDay | None] = {}
_citations: dict[str, tuple[Citation, ...] | None] = {}


def in_office(calendar: WorkingCalendar, moment: dt.datetime) -> bool:
    """`WorkingCalendar.is_office_hours`, with each day's hours computed once per calendar."""
    local = moment.astimezone(calendar.zone)
    key = (calendar, local.date())
    if key in _office_days:
        hours = _office_days[key]
    else:
        hours = calendar.office_hours_on(local.date())
        if len(_office_days) < 200_000:
            _office_days[key] = hours
    return hours is not None and hours.contains(local)


def cited(text: str) -> tuple[Citation, ...] | None:
    """`parse_citation`, remembered per text (agencies write the same few citations); None
    when the text names no ground."""
    if text in _citations:
        return _citations[text]
    try:
        found: tuple[Citation, ...] | None = parse_citation(text)
    except CitationError:
        found = None
    if len(_citations) < 100_000:
        _citations[text] = found
    return found


# --- helpers shared with the state -----------------------------------------------------------


def sheets_of(case: Case) -> tuple[tuple[str, ConsequenceTestSheet], ...]:
    """Every Lembar of the case with its path: ``tests[i]`` and ``penetapan.sheets[j]``."""
    out = [(f"tests[{i}]", s) for i, s in enumerate(case.tests)]
    if case.penetapan is not None:
        out.extend((f"penetapan.sheets[{j}]", s) for j, s in enumerate(case.penetapan.sheets))
    return tuple(out)


def resolve(case: Case, path: str) -> ConsequenceTest | None:
    """The tested item at a path such as "tests[0].rows[1]" (None if there is none)."""
    for prefix, sheet in sheets_of(case):
        head = prefix + ".rows["
        if path.startswith(head) and path.endswith("]"):
            try:
                index = int(path[len(head) : -1])
            except ValueError:
                return None
            return sheet.rows[index] if 0 <= index < len(sheet.rows) else None
    return None


def step_due(
    run_ready: dt.datetime | None,
    run_started: dt.datetime | None,
    sp: StepPlan,
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


# --- the checker -----------------------------------------------------------------------------


def role_names(roles: Iterable[Role], lang: Language) -> str:
    """The roles' labels, sorted, for a message."""
    return ", ".join(sorted(r.label.get(lang) for r in roles)) or "-"
