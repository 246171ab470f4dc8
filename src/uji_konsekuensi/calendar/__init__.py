"""Indonesian government working days, SOP time limits ("Waktu") and the statutory deadlines.

- `WorkingCalendar`: working-day arithmetic for one agency in its own time zone (national
  calendar: Monday to Friday minus libur nasional and cuti bersama, from the `holidays` package).
- `CalendarSettings` and its parts: time zone, office hours, extra days off and on, working week.
- `parse_waktu` / `Waktu`: the SOP "Waktu" column as typed durations with due moments.
- `deadlines`: the statutory deadlines of UU 14/2008 and PERKI 1/2021 as cited data.
- `format_tanggal`: "Senin, 17 Maret 2025".

Importing this package does not import `holidays` (about 150 ms): the holiday data is loaded the
first time a calendar needs a year.
"""

from __future__ import annotations

from ..bahasa import number_words, parse_number_words, written_number
from . import deadlines
from .calendar_settings import (
    INDONESIAN_ZONES,
    RAMADAN_HOURS,
    REGULAR_HOURS,
    CalendarSettings,
    DayOff,
    ExtraWorkingDay,
    OfficeHours,
    RamadanPeriod,
    WorkSchedule,
    zone_label,
)
from .days import DayKind, NonWorkingDay, weekday_name
from .deadlines import (
    STATUTORY_DEADLINES,
    Deadline,
    RequestTimeline,
    get_deadline,
    request_timeline,
)
from .errors import BeyondCalendarError, CalendarError, WaktuError
from .explain import Explanation
from .format import format_tanggal, format_waktu
from .officehours import OfficeDay
from .waktu import Waktu, parse_waktu
from .working import WorkingCalendar, calendar_for

__all__ = [
    "INDONESIAN_ZONES",
    "RAMADAN_HOURS",
    "REGULAR_HOURS",
    "STATUTORY_DEADLINES",
    "BeyondCalendarError",
    "CalendarError",
    "CalendarSettings",
    "DayKind",
    "DayOff",
    "Deadline",
    "Explanation",
    "ExtraWorkingDay",
    "NonWorkingDay",
    "OfficeDay",
    "OfficeHours",
    "RamadanPeriod",
    "RequestTimeline",
    "Waktu",
    "WaktuError",
    "WorkSchedule",
    "WorkingCalendar",
    "calendar_for",
    "deadlines",
    "format_tanggal",
    "format_waktu",
    "get_deadline",
    "number_words",
    "parse_number_words",
    "parse_waktu",
    "request_timeline",
    "weekday_name",
    "written_number",
    "zone_label",
]
