"""Calendar settings: what an agency may set about its working days and office hours.

The defaults are the national government calendar:

- working week Monday to Friday (Perpres 21/2023 Pasal 3); a unit serving the public directly may
  have another week, set by its PPK after the Minister's consideration (Pasal 7);
- days off: libur nasional (category ``public`` of the `holidays` package) and cuti bersama
  (category ``government``) — Perpres 21/2023 Pasal 6 lets Presidential policy on national
  holidays and cuti bersama change the number of working days;
- office hours from 07.30 local time, 37 h 30 min a week without breaks, breaks of 90 min on
  Friday and 60 min on other days; in Ramadan from 08.00, 32 h 30 min a week, breaks of 60 / 30
  min (Perpres 21/2023 Pasal 4 ayat (1)-(6));
- time zone Asia/Jakarta (WIB); Keppres 41/1987 divides Indonesia into WIB, WITA and WIT.

Whether KIP deadlines ("hari kerja", UU 14/2008; PERKI 1/2021 Pasal 1 angka 22) skip cuti bersama
is not stated by any KIP regulation (docs/sources/law.md §5.3): we skip them by default, reading
Perpres 21/2023 Pasal 3 and 6 together. An agency whose staff must work on cuti bersama (the SKB
lets units serving the public directly assign staff on those days) drops ``"government"`` from
``holiday_categories``.

All classes are frozen value objects; invalid values raise `CalendarError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..bahasa import WEEKDAYS_EN, WEEKDAYS_ID
from ..i18n import Text
from . import messages as M
from .days import DayKind
from .errors import CalendarError

#: Indonesia's zones and their legal names (Keppres 41/1987; IANA zone1970.tab). Kalimantan Barat
#: and Tengah use Asia/Pontianak, which is WIB like Asia/Jakarta (docs/sources/law.md §5.4).
INDONESIAN_ZONES: Mapping[str, str] = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}

#: Other IANA names of Indonesia's zones (links of tzdata's ``backward`` file, 2025b), each to the
#: zone it names. An agency writes the zone's own id: one spelling per zone keeps the comparison
#: of an agency's calendar with its declared zone, and the WIB/WITA/WIT labels, exact
#: (`uji_konsekuensi.agency` refuses a link and names the id to write).
ZONE_LINKS: Mapping[str, str] = {"Asia/Ujung_Pandang": "Asia/Makassar"}

#: The working week of Perpres 21/2023 Pasal 3: Monday to Friday (ISO weekdays).
NATIONAL_WEEK: tuple[int, ...] = (1, 2, 3, 4, 5)

#: The abbreviations people write, mapped to one IANA zone each (for the command line).
ZONE_ALIASES: Mapping[str, str] = {
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
}

HolidayCategory = Literal["public", "government"]
#: Categories of the `holidays` package we understand: public = libur nasional, government =
#: cuti bersama (Indonesia's two categories in holidays 0.109).
HOLIDAY_CATEGORIES: tuple[str, ...] = ("public", "government")

#: The most minutes a week has (a schedule's weekly hours or a break cannot exceed it).
_MAX_MINUTES = 7 * 24 * 60
_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_SOURCE = "CalendarSettings"


@functools.cache
def _zone_exists(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_label(timezone: str, moment: dt.datetime | None = None) -> str:
    """The name people use for a zone: "WIB", "WITA", "WIT", or the zone's own abbreviation."""
    label = INDONESIAN_ZONES.get(timezone)
    if label is not None:
        return label
    zone = zoneinfo.ZoneInfo(timezone)
    probe = moment or dt.datetime(2025, 1, 1, 12, tzinfo=zone)
    return probe.astimezone(zone).tzname() or timezone


# --- validators: each names the class, the field, the value and what is expected ---------------


#: What a person reads as the source of a settings error (never a Python class name).
_SOURCES = {
    "CalendarSettings": "pengaturan kalender",
    "OfficeHours": "pengaturan jam kerja",
    "WorkSchedule": "pengaturan jam kerja",
    "RamadanPeriod": "pengaturan jam kerja Ramadan",
    "DayOff": "hari libur instansi",
    "ExtraWorkingDay": "hari kerja tambahan instansi",
}


def _fail(instance: Any, field: str, value: object, said: Text, expected: Text) -> None:
    """A settings error: what is wrong and what was expected, from the catalog
    (calendar/messages.py)."""
    source = _SOURCES.get(type(instance).__name__, "pengaturan kalender")
    raise CalendarError.one(
        source, field, said.id, said.en, value=value, expected=expected.id, expected_en=expected.en
    )


def _check_timezone(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not _zone_exists(value):
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_TIMEZONE_UNKNOWN(),
            M.SETTINGS_TIMEZONE_UNKNOWN_EXPECTED(),
        )


def _check_hhmm(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not _HHMM.fullmatch(value):
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_TIME_INVALID(),
            M.SETTINGS_TIME_INVALID_EXPECTED(),
        )


def _check_minutes(instance: Any, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_MINUTES:
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_MINUTES_INVALID(),
            M.SETTINGS_MINUTES_INVALID_EXPECTED(most=_MAX_MINUTES),
        )


def _check_text(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_TEXT_REQUIRED(),
            M.SETTINGS_TEXT_REQUIRED_EXPECTED(),
        )


def _check_date(instance: Any, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_DATE_INVALID(),
            M.SETTINGS_DATE_INVALID_EXPECTED(),
        )


# --- office hours --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class WorkSchedule:
    """One regime of office hours: when work starts, the weekly hours and the breaks.

    The day's end is ``start + weekly_minutes / days in the working week + break``; with the
    defaults: Monday-Thursday 07.30-16.00 and Friday 07.30-16.30; in Ramadan 08.00-15.00 and
    Friday 08.00-15.30. Perpres 21/2023 Pasal 5 lets the PPK set the details, so every value can
    be changed.
    """

    start: str = attrs.field(default="07:30", validator=_check_hhmm)
    weekly_minutes: int = attrs.field(default=37 * 60 + 30, validator=_check_minutes)
    break_minutes: int = attrs.field(default=60, validator=_check_minutes)
    friday_break_minutes: int = attrs.field(default=90, validator=_check_minutes)
    basis: str = "Perpres 21/2023 Pasal 4 ayat (1), (3), (5)"

    @property
    def start_time(self) -> dt.time:
        hours, minutes = self.start.split(":")
        return dt.time(int(hours), int(minutes))


#: Perpres 21/2023 Pasal 4 ayat (1), (3), (5): 37 h 30 min a week from 07.30, breaks 90 / 60 min.
REGULAR_HOURS = WorkSchedule()
#: Perpres 21/2023 Pasal 4 ayat (2), (4), (6): in Ramadan 32 h 30 min a week from 08.00,
#: breaks 60 min on Friday and 30 min on other days.
RAMADAN_HOURS = WorkSchedule(
    start="08:00",
    weekly_minutes=32 * 60 + 30,
    break_minutes=30,
    friday_break_minutes=60,
    basis="Perpres 21/2023 Pasal 4 ayat (2), (4), (6)",
)


def _check_period(
    instance: RamadanPeriod, attribute: attrs.Attribute[dt.date], value: object
) -> None:
    _check_date(instance, attribute, value)
    assert isinstance(value, dt.date)
    if value < instance.start or (value - instance.start).days > 30:
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_RAMADAN_END(),
            M.SETTINGS_RAMADAN_END_EXPECTED(start=instance.start.isoformat()),
        )


@attrs.frozen(kw_only=True)
class RamadanPeriod:
    """A Ramadan as decreed (1 Ramadan to the last day before 1 Syawal, both inclusive).

    ``source``: the decision it comes from, e.g. "Keputusan Menteri Agama tentang Penetapan 1
    Ramadan 1446 H". Configured periods replace the estimate derived from the `holidays` package.
    """

    start: dt.date = attrs.field(validator=_check_date)
    end: dt.date = attrs.field(validator=_check_period)
    source: str = attrs.field(validator=_check_text)


@attrs.frozen(kw_only=True)
class OfficeHours:
    """Office hours: the regular and the Ramadan regime, and how Ramadan is known.

    Ramadan dates: ``ramadan_periods`` as configured, for every Gregorian year that has one; for
    other years, when ``derive_ramadan`` is True, the Indonesian (MABIMS) Islamic calendar of the
    `holidays` package (1 Ramadan to the day before Idul Fitri), always marked as an estimate,
    because 1 Ramadan is set each year by the Minister of Religious Affairs after the sidang
    isbat and the package only estimates it. With ``derive_ramadan`` False, only configured
    periods are Ramadan.
    """

    regular: WorkSchedule = REGULAR_HOURS
    ramadan: WorkSchedule = RAMADAN_HOURS
    ramadan_periods: tuple[RamadanPeriod, ...] = ()
    derive_ramadan: bool = True


# --- days off and on -----------------------------------------------------------------------


def _check_day_kind(instance: Any, attribute: attrs.Attribute[DayKind], value: object) -> None:
    if not isinstance(value, DayKind) or value is DayKind.WEEKEND:
        _fail(
            instance,
            attribute.name,
            getattr(value, "value", value),
            M.SETTINGS_DAY_KIND_INVALID(),
            M.SETTINGS_DAY_KIND_INVALID_EXPECTED(),
        )


@attrs.frozen(kw_only=True)
class DayOff:
    """A day off the agency adds to the national calendar.

    ``source`` names the decree: "SK Bupati Kutai Timur No. ... (hari jadi kabupaten)", "SKB 3
    Menteri perubahan 2025". ``kind`` is ``agency_decree`` unless the day is a national one the
    `holidays` data does not have yet (a revised SKB: ``cuti_bersama`` or ``libur_nasional``).
    """

    date: dt.date = attrs.field(validator=_check_date)
    name: str = attrs.field(validator=_check_text)
    source: str = attrs.field(validator=_check_text)
    kind: DayKind = attrs.field(default=DayKind.AGENCY_DECREE, validator=_check_day_kind)
    name_en: str | None = None


@attrs.frozen(kw_only=True)
class ExtraWorkingDay:
    """A date decreed a working day although the national calendar has it off.

    E.g. an agency whose service unit works on a cuti bersama day (the SKB 3 Menteri lets units
    serving the public directly assign staff), or a Saturday made a working day. ``source`` names
    the decree; ``name`` says why, if wanted.
    """

    date: dt.date = attrs.field(validator=_check_date)
    source: str = attrs.field(validator=_check_text)
    name: str = ""


# --- the settings ----------------------------------------------------------------------------


def _check_week(instance: Any, attribute: attrs.Attribute[tuple[int, ...]], value: object) -> None:
    ok = (
        isinstance(value, tuple)
        and len(value) > 0
        and all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 7 for v in value)
        and len(set(value)) == len(value)
    )
    if not ok:
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_WEEK_INVALID(),
            M.SETTINGS_WEEK_INVALID_EXPECTED(),
        )


def _check_categories(
    instance: Any, attribute: attrs.Attribute[tuple[HolidayCategory, ...]], value: object
) -> None:
    ok = (
        isinstance(value, tuple)
        and all(v in HOLIDAY_CATEGORIES for v in value)
        and len(set(value)) == len(value)
    )
    if not ok:
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_CATEGORIES_INVALID(),
            M.SETTINGS_CATEGORIES_INVALID_EXPECTED(),
        )


def _check_year(instance: Any, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        _fail(
            instance,
            attribute.name,
            value,
            M.SETTINGS_YEAR_INVALID(),
            M.SETTINGS_YEAR_INVALID_EXPECTED(),
        )


@attrs.frozen(kw_only=True)
class CalendarSettings:
    """Everything that makes one agency's working calendar; the defaults are the national one.

    ``timezone``: the IANA zone of the office (a timestamp is counted on its local date there).
    ``office_hours``: see `OfficeHours`. ``extra_days_off`` / ``extra_working_days``: the agency's
    own decrees (a date may not be in both). ``working_week``: ISO weekdays worked (Perpres 21/2023
    Pasal 3: 1-5; Pasal 7 lets a service unit differ). ``holiday_categories``: which national days
    off count (``public`` = libur nasional, ``government`` = cuti bersama; see the module notes).
    ``working_week_basis``: the decree that gives a service unit other working days (Perpres
    21/2023 Pasal 7); required when the week lacks any of Monday-Friday, because every hari
    kerja it drops lengthens every statutory deadline (UU 14/2008 Pasal 22 ayat (7)-(8)). A week
    that only adds days (a six-day week, Pasal 13) shortens them and needs none; the check still
    reports it in ``calendar_sources``. ``decreed_through``: the last year whose cuti bersama
    are decreed; None takes it from the `holidays` data. An agency that adds a new year's SKB as
    ``extra_days_off`` may raise it, so that year's deadlines are no longer marked provisional.
    """

    timezone: str = attrs.field(default="Asia/Jakarta", validator=_check_timezone)
    office_hours: OfficeHours = OfficeHours()
    extra_days_off: tuple[DayOff, ...] = ()
    extra_working_days: tuple[ExtraWorkingDay, ...] = ()
    working_week: tuple[int, ...] = attrs.field(default=(1, 2, 3, 4, 5), validator=_check_week)
    holiday_categories: tuple[HolidayCategory, ...] = attrs.field(
        default=("public", "government"), validator=_check_categories
    )
    decreed_through: int | None = attrs.field(default=None, validator=_check_year)
    working_week_basis: str | None = None

    def __attrs_post_init__(self) -> None:
        dropped = [day for day in NATIONAL_WEEK if day not in self.working_week]
        basis = self.working_week_basis
        if dropped and (not isinstance(basis, str) or not basis.strip()):
            # Perpres 21/2023 Pasal 3 is the week of every government office; Pasal 7 lets a
            # service unit have other days only by a decision. Without it, a one-day week would
            # stretch every deadline counted in hari kerja and make a late case look on time.
            missing = Text(
                id=", ".join(WEEKDAYS_ID[d - 1] for d in dropped),
                en=", ".join(WEEKDAYS_EN[d - 1] for d in dropped),
            )
            # Named at the week, the value that departs (an agency.json's path to it exists;
            # the missing basis has none); the message says which field gives the basis.
            _fail(
                self,
                "working_week",
                list(self.working_week),
                M.SETTINGS_WEEK_NO_BASIS(missing=missing),
                M.SETTINGS_WEEK_NO_BASIS_EXPECTED(),
            )
        off = {d.date for d in self.extra_days_off}
        for i, day in enumerate(self.extra_working_days):
            if day.date in off:
                _fail(
                    self,
                    f"extra_working_days[{i}].date",
                    day.date.isoformat(),
                    M.SETTINGS_DATE_BOTH(),
                    M.SETTINGS_DATE_BOTH_EXPECTED(),
                )

    @property
    def deviates_from_national_days(self) -> bool:
        """True when the agency has days off the national calendar does not: an extra day off,
        or a weekday of Perpres 21/2023 Pasal 3 it does not work. Only these can make a statutory
        deadline later than the national calendar's (`uji_konsekuensi.case.national_calendar`)."""
        return bool(self.extra_days_off) or any(
            day not in self.working_week for day in NATIONAL_WEEK
        )

    @property
    def counts_cuti_bersama(self) -> bool:
        return "government" in self.holiday_categories

    @property
    def zone_label(self) -> str:
        """ "WIB", "WITA", "WIT" or the zone's abbreviation."""
        return zone_label(self.timezone)
