"""Office hours of one working day: when it opens and closes, in Ramadan or not.

Perpres 21/2023 Pasal 4: 37 h 30 min a week without breaks, from 07.30 local time, breaks of 90
min on Friday and 60 min on other days; in Ramadan 32 h 30 min from 08.00, breaks 60 / 30 min.
The weekly hours are spread evenly over the days of the working week (the Perpres sets the week,
Pasal 5 leaves the daily detail to the PPK), so with Monday to Friday a day has 7 h 30 min of work:
07.30-16.00 (Friday 16.30), in Ramadan 08.00-15.00 (Friday 15.30).

We treat the whole span from opening to closing, breaks included, as office hours: the Perpres
counts breaks inside the working day, and a letter handed in at 12.15 is received that day.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import attrs

from . import _holidays
from .calendar_settings import CalendarSettings, WorkSchedule

_FRIDAY = 5


@attrs.frozen(kw_only=True)
class OfficeDay:
    """The office hours of one working day, as aware datetimes in the calendar's zone.

    ``ramadan``: the Ramadan regime applies; ``estimated``: whether that Ramadan status rests on
    an estimate (a Ramadan derived from the `holidays` Islamic calendar, not configured).
    """

    date: dt.date
    opens: dt.datetime
    closes: dt.datetime
    ramadan: bool
    estimated: bool
    basis: str

    def contains(self, moment: dt.datetime) -> bool:
        return self.opens <= moment < self.closes


def ramadan_status(settings: CalendarSettings, day: dt.date) -> tuple[bool, bool]:
    """``(is Ramadan, is that an estimate)`` for a date under these settings."""
    hours = settings.office_hours
    configured = [p for p in hours.ramadan_periods if p.start.year <= day.year <= p.end.year]
    if configured:
        return any(p.start <= day <= p.end for p in configured), False
    if not hours.derive_ramadan:
        return False, False
    periods = _holidays.ramadan_periods(day.year)
    return any(start <= day <= end for start, end in periods), True


def _span(schedule: WorkSchedule, weekday: int, days_per_week: int) -> tuple[dt.time, int]:
    """Opening time and minutes until closing (work spread evenly, plus the day's break)."""
    work = schedule.weekly_minutes // days_per_week
    pause = schedule.friday_break_minutes if weekday == _FRIDAY else schedule.break_minutes
    return schedule.start_time, work + pause


def office_day(settings: CalendarSettings, zone: zoneinfo.ZoneInfo, day: dt.date) -> OfficeDay:
    """The office hours of ``day`` (the caller checks that it is a working day)."""
    ramadan, estimated = ramadan_status(settings, day)
    schedule = settings.office_hours.ramadan if ramadan else settings.office_hours.regular
    start, minutes = _span(schedule, day.isoweekday(), len(settings.working_week))
    opens = dt.datetime.combine(day, start, tzinfo=zone)
    # Wall-clock arithmetic: Indonesian zones have no DST, and a schedule is written in local time.
    closes = opens + dt.timedelta(minutes=minutes)
    return OfficeDay(
        date=day,
        opens=opens,
        closes=closes,
        ramadan=ramadan,
        estimated=ramadan and estimated,
        basis=schedule.basis,
    )
