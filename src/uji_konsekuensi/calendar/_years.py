"""One year of an agency's calendar, built once: which days are worked, and why the others are not.

A `YearTable` is what `WorkingCalendar` looks days up in. It merges, for one Gregorian year:
the working week, the national days off of the chosen categories (from `_holidays`), the agency's
extra days off, and its extra working days (which win over everything else: a decree that a day
is worked is the most specific rule there is).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ..errors import Problem
from . import _holidays
from . import messages as M
from .calendar_settings import CalendarSettings
from .days import KIND_PRECEDENCE, WEEKDAYS_EN, WEEKDAYS_ID, DayKind, NonWorkingDay
from .errors import BeyondCalendarError

_DEFAULT_WEEK = (1, 2, 3, 4, 5)


@attrs.frozen(kw_only=True)
class YearTable:
    """One year: ``working[i]`` is 1 when day ``i`` (0 = 1 January) is worked; ``off`` maps the
    ordinal of every non-working day to its explanation; ``provisional`` is True when the year's
    cuti bersama are not decreed yet (and counted by these settings)."""

    year: int
    first_ordinal: int
    working: bytes
    off: dict[int, NonWorkingDay]
    provisional: bool

    def is_working(self, ordinal: int) -> bool:
        return self.working[ordinal - self.first_ordinal] == 1


def check_year(year: int, what: object) -> None:
    """Refuse a year outside the holiday data rather than count it without its holidays."""
    if not _holidays.FIRST_YEAR <= year <= _holidays.LAST_YEAR:
        said = M.CALENDAR_BEYOND()
        expected = M.CALENDAR_BEYOND_EXPECTED(first=_holidays.FIRST_YEAR, last=_holidays.LAST_YEAR)
        problem = Problem(
            path="",
            message=said.id,
            message_en=said.en,
            value=what,
            expected=expected.id,
            expected_en=expected.en,
        )
        raise BeyondCalendarError("kalender kerja", [problem], year=year)


def _merge(day: dt.date, reasons: list[NonWorkingDay], weekend: bool) -> NonWorkingDay:
    """One explanation for a day with several reasons: the strongest kind first, names joined."""
    reasons.sort(key=lambda r: KIND_PRECEDENCE.index(r.kind))
    first = reasons[0]
    if len(reasons) == 1:
        return attrs.evolve(first, weekend=weekend)
    return NonWorkingDay(
        date=day,
        kind=first.kind,
        name="; ".join(r.name for r in reasons),
        name_en="; ".join(r.name_en for r in reasons),
        source="; ".join(dict.fromkeys(r.source for r in reasons)),
        source_en="; ".join(dict.fromkeys(r.source_en for r in reasons)),
        estimated=all(r.estimated for r in reasons),
        raw_name="; ".join(r.raw_name for r in reasons if r.raw_name) or None,
        weekend=weekend,
    )


def _weekend_day(day: dt.date, working_week: tuple[int, ...]) -> NonWorkingDay:
    source = M.SOURCE_WEEKEND() if working_week == _DEFAULT_WEEK else M.SOURCE_WEEKEND_AGENCY()
    return NonWorkingDay(
        date=day,
        kind=DayKind.WEEKEND,
        name=WEEKDAYS_ID[day.weekday()],
        name_en=WEEKDAYS_EN[day.weekday()],
        source=source.id,
        source_en=source.en,
        weekend=True,
    )


def _agency_days(settings: CalendarSettings, year: int) -> Iterable[NonWorkingDay]:
    for extra in settings.extra_days_off:
        if extra.date.year == year:
            yield NonWorkingDay(
                date=extra.date,
                kind=extra.kind,
                name=extra.name,
                name_en=extra.name_en or extra.name,
                source=extra.source,
            )


def build_year(settings: CalendarSettings, year: int, decreed_through: int) -> YearTable:
    """Build one year's table for these settings."""
    check_year(year, year)
    first = dt.date(year, 1, 1).toordinal()
    ndays = dt.date(year, 12, 31).toordinal() - first + 1
    week = set(settings.working_week)

    reasons: dict[int, list[NonWorkingDay]] = {}
    for category in settings.holiday_categories:
        for national in _holidays.national_days(year, category):
            reasons.setdefault(national.date.toordinal(), []).append(national)
    for extra in _agency_days(settings, year):
        reasons.setdefault(extra.date.toordinal(), []).append(extra)
    worked = {d.date.toordinal() for d in settings.extra_working_days if d.date.year == year}

    working = bytearray(ndays)
    off: dict[int, NonWorkingDay] = {}
    for i in range(ndays):
        ordinal = first + i
        day = dt.date.fromordinal(ordinal)
        weekend = day.isoweekday() not in week
        if ordinal in worked:
            working[i] = 1
            continue
        found = reasons.get(ordinal)
        if found:
            off[ordinal] = _merge(day, list(found), weekend)
        elif weekend:
            off[ordinal] = _weekend_day(day, settings.working_week)
        else:
            working[i] = 1

    provisional = settings.counts_cuti_bersama and year > decreed_through
    return YearTable(
        year=year, first_ordinal=first, working=bytes(working), off=off, provisional=provisional
    )
