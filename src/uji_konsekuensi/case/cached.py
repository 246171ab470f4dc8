"""Look-ups a bulk check asks again and again, answered once: office hours per calendar day,
citations per text (10,000 cases of one agency cite the same few grounds)."""

from __future__ import annotations

import datetime as dt

from ..calendar import OfficeDay, WorkingCalendar
from ..law import Citation, CitationError, parse_citation

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
