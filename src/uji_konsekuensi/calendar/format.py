"""Dates and times as an Indonesian official writes them.

"Senin, 17 Maret 2025" and "17 Maret 2025 pukul 16.00 WIB" (Indonesian uses a dot between hours
and minutes and names the zone: WIB, WITA, WIT). English: "Monday, 17 March 2025", "17 March 2025
at 16:00 WIB". Used by the command line and by the documents, so that both write a date alike.
"""

from __future__ import annotations

import datetime as dt

from ..bahasa import MONTHS_EN as MONTHS_EN
from ..bahasa import MONTHS_ID as MONTHS_ID
from ..i18n import Language, current_language
from .calendar_settings import INDONESIAN_ZONES
from .days import WEEKDAYS_EN, WEEKDAYS_ID


def format_tanggal(day: dt.date, *, lang: Language | None = None, weekday: bool = True) -> str:
    """ "Senin, 17 Maret 2025" (or "17 Maret 2025" with ``weekday=False``; English with "en").

    A datetime is written by its own date (convert it to the right zone first, e.g. with
    `WorkingCalendar.local_date`).
    """
    en = (lang or current_language()) == "en"
    months = MONTHS_EN if en else MONTHS_ID
    text = f"{day.day} {months[day.month - 1]} {day.year}"
    if not weekday:
        return text
    names = WEEKDAYS_EN if en else WEEKDAYS_ID
    return f"{names[day.weekday()]}, {text}"


def format_waktu(moment: dt.datetime, *, lang: Language | None = None, weekday: bool = True) -> str:
    """ "Senin, 17 Maret 2025 pukul 16.00 WIB" for an aware datetime, in its own zone.

    The zone is named WIB / WITA / WIT for Indonesia's zones, else by its abbreviation.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("format_waktu needs an aware datetime (with a UTC offset)")
    en = (lang or current_language()) == "en"
    key = getattr(moment.tzinfo, "key", None)
    zone = INDONESIAN_ZONES.get(key, "") if isinstance(key, str) else ""
    zone = zone or moment.tzname() or ""
    date = format_tanggal(moment.date(), lang=lang, weekday=weekday)
    if en:
        return f"{date} at {moment:%H:%M} {zone}".rstrip()
    return f"{date} pukul {moment:%H.%M} {zone}".rstrip()
