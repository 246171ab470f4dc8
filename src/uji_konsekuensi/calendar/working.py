"""`WorkingCalendar`: working-day arithmetic for one agency, in its own time zone.

How counting works (the issue's rules, and why they hold together):

- The day of receipt is day 0; ``add_working_days(d, n)`` is the n-th working day after it. If
  the day of receipt is not a working day it is still day 0, so a request received on Sunday has
  Monday as working day 1 (the earliest reading, so a requester never loses a day).
- ``working_days_between(a, b)`` counts working days ``x`` with ``a < x <= b`` (negative when
  ``b < a``). With ``P(x)`` = working days up to and including ``x``, it is ``P(b) - P(a)``, and
  ``add_working_days(d, n)`` is the working day ``w`` with ``P(w) = P(d) + n``, for n of either
  sign. So ``working_days_between(d, add_working_days(d, n)) == n`` always, and counting back
  ``n < 0`` gives the working day with exactly ``|n|`` working days in ``(w, d]`` (the latest day
  to act "at least |n| working days before d").
- A timestamp counts on its date in the calendar's own zone: 06:30 WITA on Monday is Monday, and
  2025-03-23T22:30Z (a Sunday in UTC) is Monday 06:30 in WITA. A naive datetime is refused: it
  would be read in some zone by guesswork, the bug that loses a day in Indonesian portals
  (docs/sources/peer-systems.md); the converter refuses naive timestamps for the same reason.

Speed: one year's table is built the first time a date in it is used (`_years`). Arithmetic runs
on a contiguous span of built years held as two flat lists: ``prefix[i] = P(lo + i)`` and the
working days in order. A call is then two list look-ups whatever ``n`` is; a count that leaves
the span extends it (building only the years the count really crosses).
"""

from __future__ import annotations

import bisect
import datetime as dt
import threading
import zoneinfo

import attrs

from ..i18n import Text
from . import _holidays
from . import messages as M
from ._years import YearTable, build_year, check_year
from .calendar_settings import ZONE_ALIASES, CalendarSettings
from .days import DayKind, NonWorkingDay
from .errors import CalendarError
from .explain import Explanation, notes_for
from .officehours import OfficeDay, office_day

_date = dt.date
_datetime = dt.datetime
#: A count needs about this many years per working days when extending the span (a year has at
#: least 200 working days with any usual week; a smaller estimate only means one more round).
_MIN_WORKING_DAYS_PER_YEAR = 200


def _refused(source: str, path: str, value: object, said: Text, expected: Text) -> CalendarError:
    """The refusal of ``value`` at ``path``: what is wrong and what was expected, from the
    catalog (calendar/messages.py)."""
    return CalendarError.one(
        source, path, said.id, said.en, value=value, expected=expected.id, expected_en=expected.en
    )


def _count(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise _refused(
            "kalender kerja",
            "n",
            n,
            M.CALENDAR_COUNT_NOT_INTEGER(),
            M.CALENDAR_COUNT_NOT_INTEGER_EXPECTED(),
        )
    return n


class WorkingCalendar:
    """The working days and office hours of one agency (the national calendar by default).

    ``WorkingCalendar()`` is the national government calendar in Asia/Jakarta (WIB): Monday to
    Friday minus libur nasional and cuti bersama. Every method that takes a start accepts a
    `datetime.date` or an aware `datetime.datetime` (converted to the calendar's zone first).
    """

    def __init__(self, settings: CalendarSettings | None = None) -> None:
        self.settings: CalendarSettings = settings if settings is not None else CalendarSettings()
        self.zone = zoneinfo.ZoneInfo(self.settings.timezone)
        self._years: dict[int, YearTable] = {}
        self._lock = threading.RLock()
        # The span: (lo ordinal, number of days, prefix counts, working days in order), swapped
        # as one tuple so a reader never sees half of an extension. Empty until first used.
        self._fast: tuple[int, int, list[int], list[dt.date]] = (0, 0, [], [])
        self._off: list[int] = []  # ordinals of non-working days in the span, sorted
        self._span_years: tuple[int, int] | None = None

    def __repr__(self) -> str:
        return f"WorkingCalendar(timezone={self.settings.timezone!r})"

    # --- what the calendar is ------------------------------------------------------------------

    @property
    def timezone(self) -> str:
        """The IANA name of the calendar's zone ("Asia/Jakarta")."""
        return self.settings.timezone

    @property
    def decreed_through(self) -> int:
        """The last year whose cuti bersama are decreed (settings, else the `holidays` data)."""
        if self.settings.decreed_through is not None:
            return self.settings.decreed_through
        return _holidays.decreed_through()

    # --- dates and moments ---------------------------------------------------------------------

    def local_date(self, moment: dt.date | dt.datetime, field: str = "start") -> dt.date:
        """The date of a moment in the calendar's zone; a date is returned as it is.

        Raises `CalendarError` for a naive datetime (see the module notes).
        """
        if isinstance(moment, _datetime):
            if moment.tzinfo is None or moment.utcoffset() is None:
                raise _refused(
                    "kalender kerja",
                    field,
                    moment.isoformat(),
                    M.CALENDAR_NAIVE_MOMENT(),
                    M.CALENDAR_NAIVE_MOMENT_EXPECTED(),
                )
            # Refuse a year outside the data before converting: 9999-12-31T23:00-07:00 would
            # overflow into year 10000 in the calendar's zone (an OverflowError, not an answer).
            # The moment is written out only for the refusal: the checker asks this of every
            # event of every case, and isoformat cost a third of the call.
            if not _holidays.FIRST_YEAR <= moment.year <= _holidays.LAST_YEAR:
                check_year(moment.year, moment.isoformat())
            try:
                return moment.astimezone(self.zone).date()
            except OverflowError:
                over = _holidays.LAST_YEAR + 1 if moment.year > 2000 else _holidays.FIRST_YEAR - 1
                check_year(over, moment.isoformat())
                raise
        if isinstance(moment, _date):
            return moment
        raise _refused(
            "kalender kerja",
            field,
            moment,
            M.CALENDAR_NOT_A_DATE(),
            M.CALENDAR_NOT_A_DATE_EXPECTED(),
        )

    def _year(self, year: int) -> YearTable:
        table = self._years.get(year)
        if table is None:
            with self._lock:
                table = self._years.get(year)
                if table is None:
                    table = build_year(self.settings, year, self.decreed_through)
                    self._years[year] = table
        return table

    def is_working_day(self, day: dt.date | dt.datetime) -> bool:
        """True when the (local) date is a working day of this calendar."""
        d = day if type(day) is _date else self.local_date(day, "day")
        check_year(d.year, d.isoformat())
        return self._year(d.year).is_working(d.toordinal())

    def non_working_day(self, day: dt.date | dt.datetime) -> NonWorkingDay | None:
        """Why the (local) date is not a working day, or None when it is one."""
        d = day if type(day) is _date else self.local_date(day, "day")
        check_year(d.year, d.isoformat())
        return self._year(d.year).off.get(d.toordinal())

    def holidays_in(self, year: int) -> tuple[NonWorkingDay, ...]:
        """Every day off of a year other than plain weekends, in date order.

        Libur nasional, cuti bersama and agency days off (those on a weekend included, with
        ``weekend=True``); days the agency decreed working days are left out.
        """
        check_year(year, year)
        table = self._year(year)
        return tuple(day for _, day in sorted(table.off.items()) if day.kind is not DayKind.WEEKEND)

    def non_working_days(
        self, first: dt.date | dt.datetime, last: dt.date | dt.datetime
    ) -> tuple[NonWorkingDay, ...]:
        """Every non-working day from ``first`` to ``last`` inclusive (weekends too)."""
        a, b = self.local_date(first, "first"), self.local_date(last, "last")
        if b < a:
            return ()
        self._cover(a.year, b.year)
        lo = bisect.bisect_left(self._off, a.toordinal())
        hi = bisect.bisect_right(self._off, b.toordinal())
        return tuple(self._year_of(o).off[o] for o in self._off[lo:hi])

    def _year_of(self, ordinal: int) -> YearTable:
        return self._year(_date.fromordinal(ordinal).year)

    # --- the span (flat tables for arithmetic) -------------------------------------------------

    def _cover(self, first_year: int, last_year: int) -> None:
        """Make the span include these years (and every year between, which a count crosses)."""
        current = self._span_years
        if current is not None and current[0] <= first_year and last_year <= current[1]:
            return
        with self._lock:
            current = self._span_years
            lo_year = first_year if current is None else min(first_year, current[0])
            hi_year = last_year if current is None else max(last_year, current[1])
            check_year(lo_year, lo_year)
            check_year(hi_year, hi_year)
            prefix: list[int] = []
            dates: list[dt.date] = []
            off: list[int] = []
            count = 0
            for year in range(lo_year, hi_year + 1):
                table = self._year(year)
                first = table.first_ordinal
                for i, worked in enumerate(table.working):
                    if worked:
                        count += 1
                        dates.append(_date.fromordinal(first + i))
                    else:
                        off.append(first + i)
                    prefix.append(count)
            self._off = off
            self._span_years = (lo_year, hi_year)
            self._fast = (_date(lo_year, 1, 1).toordinal(), len(prefix), prefix, dates)

    def _index(self, d: dt.date, shift: int) -> int:
        """Index into the span's working days of the day with ``P = P(d) + shift``, extending
        the span until that index exists."""
        self._cover(d.year, d.year)
        while True:
            lo, _, prefix, dates = self._fast
            k = prefix[d.toordinal() - lo] + shift - 1
            if 0 <= k < len(dates):
                return k
            assert self._span_years is not None
            first, last = self._span_years
            if k < 0:
                years = -k // _MIN_WORKING_DAYS_PER_YEAR + 1
                target = first - years
                if target < _holidays.FIRST_YEAR:
                    if first == _holidays.FIRST_YEAR:
                        check_year(first - 1, f"{d.isoformat()} {shift:+d}")
                    target = _holidays.FIRST_YEAR
                self._cover(target, last)
            else:
                years = (k - len(dates)) // _MIN_WORKING_DAYS_PER_YEAR + 1
                target = last + years
                if target > _holidays.LAST_YEAR:
                    if last == _holidays.LAST_YEAR:
                        check_year(last + 1, f"{d.isoformat()} {shift:+d}")
                    target = _holidays.LAST_YEAR
                self._cover(first, target)

    # --- arithmetic ----------------------------------------------------------------------------

    def add_working_days(self, start: dt.date | dt.datetime, n: int) -> dt.date:
        """The n-th working day after ``start`` (day 0); n < 0 counts back; n = 0 is ``start``.

        For n < 0 the result is the working day ``w`` with exactly ``|n|`` working days in
        ``(w, start]``. ``start`` may be an aware datetime (its date in this calendar's zone).
        """
        d = start if type(start) is _date else self.local_date(start)
        if type(n) is not int:
            n = _count(n)
        if n == 0:
            return d
        lo, ndays, prefix, dates = self._fast
        i = d.toordinal() - lo
        if 0 <= i < ndays:
            k = prefix[i] + n - 1
            if 0 <= k < len(dates):
                return dates[k]
        check_year(d.year, d.isoformat())
        k = self._index(d, n)  # may extend the span: read the list after it
        return self._fast[3][k]

    def working_days_between(self, start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> int:
        """Working days ``x`` with ``start < x <= end``; when end < start, minus those with
        ``end < x <= start``."""
        a = start if type(start) is _date else self.local_date(start, "start")
        b = end if type(end) is _date else self.local_date(end, "end")
        lo, ndays, prefix, _ = self._fast
        i, j = a.toordinal() - lo, b.toordinal() - lo
        if not (0 <= i < ndays and 0 <= j < ndays):
            check_year(a.year, a.isoformat())
            check_year(b.year, b.isoformat())
            self._cover(min(a.year, b.year), max(a.year, b.year))
            lo, ndays, prefix, _ = self._fast
            i, j = a.toordinal() - lo, b.toordinal() - lo
        return prefix[j] - prefix[i]

    def next_working_day(self, day: dt.date | dt.datetime, *, inclusive: bool = False) -> dt.date:
        """The first working day after ``day`` (or ``day`` itself if ``inclusive`` and worked)."""
        d = self.local_date(day, "day")
        if inclusive and self.is_working_day(d):
            return d
        return self.add_working_days(d, 1)

    def previous_working_day(
        self, day: dt.date | dt.datetime, *, inclusive: bool = False
    ) -> dt.date:
        """The last working day before ``day`` (or ``day`` itself if ``inclusive`` and worked)."""
        d = self.local_date(day, "day")
        worked = self.is_working_day(d)
        if inclusive and worked:
            return d
        # P(d) counts d itself when it is worked; the day before has P(d) - 1 (worked) or P(d).
        k = self._index(d, -1 if worked else 0)
        return self._fast[3][k]

    def explain(self, start: dt.date | dt.datetime, n: int) -> Explanation:
        """`add_working_days` with its reasons: the days skipped, provisional flag and notes."""
        d = self.local_date(start)
        n = _count(n)
        due = self.add_working_days(d, n)
        first, last = (d, due) if due >= d else (due, d)
        # The span counted: (start, due] forward, (due, start] backward.
        skipped = self.non_working_days(first + dt.timedelta(days=1), last) if n else ()
        years = (
            tuple(y for y in range(first.year, last.year + 1) if self._year(y).provisional)
            if n
            else ()
        )
        provisional = bool(years) or any(day.estimated for day in skipped)
        return Explanation(
            start=d,
            start_moment=start if isinstance(start, _datetime) else None,
            n=n,
            due=due,
            timezone=self.timezone,
            skipped=skipped,
            provisional=provisional,
            provisional_years=years,
            notes=notes_for(
                start=d,
                start_is_working=self.is_working_day(d),
                n=n,
                skipped=skipped,
                provisional_years=years,
                decreed_through=self.decreed_through,
            ),
        )

    # --- office hours --------------------------------------------------------------------------

    def office_hours_on(self, day: dt.date | dt.datetime) -> OfficeDay | None:
        """Opening and closing time of a working day (None on a non-working day)."""
        d = self.local_date(day, "day")
        if not self.is_working_day(d):
            return None
        return office_day(self.settings, self.zone, d)

    def is_office_hours(self, moment: dt.datetime) -> bool:
        """True when an aware timestamp falls within office hours of a working day (local time)."""
        if not isinstance(moment, _datetime):
            raise _refused(
                "kalender kerja",
                "moment",
                moment,
                M.CALENDAR_OFFICE_HOURS_NEED_MOMENT(),
                M.CALENDAR_OFFICE_HOURS_NEED_MOMENT_EXPECTED(),
            )
        d = self.local_date(moment, "moment")
        hours = self.office_hours_on(d)
        return hours is not None and hours.contains(moment.astimezone(self.zone))

    def next_office_opening(self, moment: dt.date | dt.datetime) -> dt.datetime:
        """The opening of office hours at or after a moment; for a date, that day's opening if it
        is worked, else the next working day's."""
        if isinstance(moment, _datetime):
            d = self.local_date(moment, "moment")
            local = moment.astimezone(self.zone)
        else:
            d = self.local_date(moment, "moment")
            local = None
        hours = self.office_hours_on(d)
        if hours is not None and (local is None or local < hours.closes):
            return hours.opens if local is None or local < hours.opens else local
        following = self.office_hours_on(self.next_working_day(d))
        assert following is not None
        return following.opens


def calendar_for(
    agency_calendar: WorkingCalendar | None,
    timezone: str | None = None,
    *,
    cuti_bersama: bool = True,
    source: str = "<calendar>",
) -> WorkingCalendar:
    """The calendar a request asks for: an agency's (``agency_calendar``, with its local
    holidays), else the national one in ``timezone`` (an IANA zone or WIB/WITA/WIT; default
    Asia/Jakarta); without cuti bersama when ``cuti_bersama`` is False.

    The one choice behind ``due --agency/--timezone/--no-cuti-bersama`` and the service's
    ``agency``/``timezone``/``no_cuti_bersama`` parameters, kept here below both so that they
    answer alike. A ``timezone`` that contradicts the agency's zone is a `CalendarError`.
    """

    def zone(text: str) -> str:
        return ZONE_ALIASES.get(text.upper(), text)

    if agency_calendar is not None:
        calendar = agency_calendar
        if timezone and zone(timezone) != calendar.timezone:
            said = M.CALENDAR_TIMEZONE_CONTRADICTS(zone=calendar.timezone)
            raise CalendarError.one(source, "", said.id, said.en, value=timezone)
    else:
        calendar = WorkingCalendar(CalendarSettings(timezone=zone(timezone or "Asia/Jakarta")))
    if not cuti_bersama and calendar.settings.counts_cuti_bersama:
        categories = tuple(c for c in calendar.settings.holiday_categories if c != "government")
        calendar = WorkingCalendar(attrs.evolve(calendar.settings, holiday_categories=categories))
    return calendar
