"""A statutory deadline met only because the agency's calendar has days off the nation's has not.

Every government office works Monday to Friday (Perpres 21/2023 Pasal 3), net of the national
holidays and cuti bersama (Pasal 6); a service unit may have other days only by a decision
(Pasal 7). An agency's calendar may add its own days off (``extra_days_off``, a regional
decree) and, with its decree named (``working_week_basis``), a shorter week. Each such day
lengthens every deadline counted in hari kerja, so an auditor must see when a verdict of "on
time" rests on them.

The comparison (docs/case.md, "Readings we chose"; docs/calendar.md, "Settings"): the **national
calendar** is the default `CalendarSettings` in the agency's own zone and with its
``holiday_categories`` (whether cuti bersama count is a reading the library leaves to the agency,
docs/sources/law.md §5.3, not a deviation). The request's clock is run again on it
(`request_clock`, the same pause reading). A deadline the case met under the agency's calendar
and missed under the national one is ``case.deadline.agency_calendar`` (a warning: the days may
well be decreed; the finding names them, so that the auditor can ask for the decrees):

- the written notice, 10 hari kerja from receipt (17 with a timely extension; UU 14/2008 Pasal 22
  ayat (7)-(8));
- the completeness check, 3 hari kerja from receipt (PERKI 1/2021 Pasal 31 ayat (2)).

Only days off can make these later, so a calendar without any (`CalendarSettings.
deviates_from_national_days` False: its week holds Monday-Friday and it adds no day off) is not
compared at all. An agency's extra working days and a six-day week (Pasal 13) only shorten them;
``calendar_sources`` in the report shows them. The SOP's own waktu is not compared: it is the
agency's own promise, counted on its own calendar.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from ..calendar import CalendarSettings, WorkingCalendar
from ..findings import Finding
from ..i18n import Text
from ..rules import ComplianceRule, core_rule
from . import messages as M
from .check_settings import CheckSettings
from .clock import CHECK, NOTICE_BASIS, RequestClock, request_clock
from .codes import DEADLINE_AGENCY_CALENDAR, EXTENSION_BASIS
from .model import Case

__all__ = ["NATIONAL_CALENDAR_RULES", "check_national_calendar", "national_calendar"]

#: What the finding cites besides the deadline's own Pasal: the national week and days off, and
#: the decision a service unit's other days need.
PERPRES_BASIS = "Perpres 21/2023 Pasal 3, 6-7"
#: At most this many dates are listed in a finding (the count is always whole).
_LISTED = 10


@functools.lru_cache(maxsize=64)
def _national(timezone: str, categories: tuple[str, ...]) -> WorkingCalendar:
    # One per zone and reading, shared across cases: its year tables are built once.
    return WorkingCalendar(
        CalendarSettings(timezone=timezone, holiday_categories=categories)  # type: ignore[arg-type]
    )


def national_calendar(settings: CalendarSettings) -> WorkingCalendar:
    """The national calendar an agency's is compared with: the defaults, in the agency's zone,
    with its ``holiday_categories`` (see the module notes)."""
    return _national(settings.timezone, tuple(settings.holiday_categories))


def check_national_calendar(
    *, case: Case, clock: RequestClock | None, calendar: WorkingCalendar, settings: CheckSettings
) -> Iterable[Finding]:
    """``case.deadline.agency_calendar``: see the module notes."""
    if clock is None or not calendar.settings.deviates_from_national_days:
        return
    national = national_calendar(calendar.settings)
    other = request_clock(case, national, settings.pause)
    if other is None:
        return
    yield from _notice(clock, other, calendar, national)
    yield from _completeness(clock, calendar, national)


def _notice(
    clock: RequestClock, other: RequestClock, calendar: WorkingCalendar, national: WorkingCalendar
) -> Iterator[Finding]:
    notice, index = clock.notice, clock.notice_index
    if notice is None or index is None or clock.due is None or other.due is None:
        return
    done = calendar.local_date(notice.at)
    if other.due < done <= clock.due:
        basis = NOTICE_BASIS + ("; " + EXTENSION_BASIS if clock.extension is not None else "")
        yield _finding(
            M.DEADLINE_AGENCY_CALENDAR_NOTICE(),
            basis,
            start=clock.received,
            agency_due=clock.due,
            national_due=other.due,
            done=done,
            calendar=calendar,
            national=national,
            field=f"events[{index}].at",
        )


def _completeness(
    clock: RequestClock, calendar: WorkingCalendar, national: WorkingCalendar
) -> Iterator[Finding]:
    """PERKI 1/2021 Pasal 31 ayat (2): the "tidak lengkap" notice (the pause) within 3 hari
    kerja of receipt, as `clock` counts it (``case.pause.late``)."""
    for span in clock.pauses:
        paused_on = calendar.local_date(span.paused.at)
        agency_due = calendar.add_working_days(clock.received, CHECK.amount)
        national_due = national.add_working_days(clock.received, CHECK.amount)
        # Counted as the clock counts it (``case.pause.late``): working days after receipt.
        late_here = calendar.working_days_between(clock.received, paused_on) > CHECK.amount
        late_there = national.working_days_between(clock.received, paused_on) > CHECK.amount
        if late_there and not late_here:
            yield _finding(
                M.DEADLINE_AGENCY_CALENDAR_COMPLETENESS(),
                CHECK.basis,
                start=clock.received,
                agency_due=agency_due,
                national_due=national_due,
                done=paused_on,
                calendar=calendar,
                national=national,
                field=f"events[{span.paused_index}].at",
            )


def _finding(
    deadline: Text,
    basis: str,
    *,
    start: dt.date,
    agency_due: dt.date,
    national_due: dt.date,
    done: dt.date,
    calendar: WorkingCalendar,
    national: WorkingCalendar,
    field: str,
) -> Finding:
    added = [
        day
        for day in _days(start, agency_due)
        if national.is_working_day(day) and not calendar.is_working_day(day)
    ]
    listed = ", ".join(day.isoformat() for day in added[:_LISTED])
    if len(added) > _LISTED:
        listed += ", …"
    return DEADLINE_AGENCY_CALENDAR(
        M.DEADLINE_AGENCY_CALENDAR(
            deadline=deadline,
            done=done.isoformat(),
            count=len(added),
            days=listed,
            national_due=national_due.isoformat(),
            agency_due=agency_due.isoformat(),
        ),
        field=field,
        basis=f"{PERPRES_BASIS}; {basis}",
    )


def _days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """The days after ``start`` up to and including ``end``."""
    day = start + dt.timedelta(days=1)
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


#: The rule of this module, registered at the end of `core_rules.CORE_RULES`.
NATIONAL_CALENDAR_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.national-calendar",
        check_national_calendar,
        f"{PERPRES_BASIS}; UU 14/2008 Pasal 22 ayat (7)-(8); PERKI 1/2021 Pasal 31 ayat (2)",
        (
            "batas waktu undang-undang tidak terpenuhi hanya karena hari libur instansi sendiri",
            "a statutory deadline is not met only through the agency's own days off",
        ),
        "case.deadline.agency_calendar",
        origin="statute",
    ),
)
