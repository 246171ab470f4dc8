"""Working-day arithmetic: the counting rules, the edges, time zones, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi.calendar import (
    CalendarError,
    CalendarSettings,
    DayKind,
    DayOff,
    ExtraWorkingDay,
    WorkingCalendar,
)

D = dt.date
UTC = dt.UTC
WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))

NATIONAL = WorkingCalendar()
WITA_CALENDAR = WorkingCalendar(CalendarSettings(timezone="Asia/Makassar"))


def slow_add(calendar: WorkingCalendar, start: dt.date, n: int) -> dt.date:
    """Reference: walk day by day (the loop the library must not use)."""
    day, step, left = start, (1 if n > 0 else -1), abs(n)
    if n > 0:
        while left:
            day += dt.timedelta(days=1)
            left -= calendar.is_working_day(day)
        return day
    # Backward: the working day w with exactly |n| working days in (w, start].
    count = 0
    while True:
        if calendar.is_working_day(day):
            count += 1
        day += dt.timedelta(days=step)
        if count == left and calendar.is_working_day(day):
            return day


# --- the docs/sources/peer-systems.md example and the counting rules ------------------------


def test_ten_working_days_with_cuti_bersama() -> None:
    """10 HK from 25 March 2025 is 17 April with cuti bersama (docs/sources/peer-systems.md)."""
    assert NATIONAL.add_working_days(D(2025, 3, 25), 10) == D(2025, 4, 17)


def test_ten_working_days_without_cuti_bersama() -> None:
    """Without cuti bersama the same count ends on 10 April (the peers' error)."""
    public_only = WorkingCalendar(CalendarSettings(holiday_categories=("public",)))
    assert public_only.add_working_days(D(2025, 3, 25), 10) == D(2025, 4, 10)


def test_zero_days_is_the_start_itself() -> None:
    """n = 0 returns the start, even when it is not a working day."""
    assert NATIONAL.add_working_days(D(2025, 3, 30), 0) == D(2025, 3, 30)
    assert NATIONAL.working_days_between(D(2025, 3, 30), D(2025, 3, 30)) == 0


def test_start_on_a_holiday_counts_from_the_next_working_day() -> None:
    """Idul Fitri (31 March 2025) is day 0; working day 1 is 8 April, after the cuti bersama."""
    assert NATIONAL.add_working_days(D(2025, 3, 31), 1) == D(2025, 4, 8)


def test_start_on_sunday_gives_monday_as_day_one() -> None:
    """A request received on Sunday has Monday as working day 1."""
    assert NATIONAL.add_working_days(D(2025, 1, 5), 1) == D(2025, 1, 6)


def test_friday_evening_is_still_friday() -> None:
    """A request at 19:00 on Friday is Friday's: day 1 is Monday."""
    friday_evening = dt.datetime(2025, 1, 10, 19, 0, tzinfo=WIB)
    assert NATIONAL.add_working_days(friday_evening, 1) == D(2025, 1, 13)


def test_across_the_year_end() -> None:
    """10 HK from 20 Dec 2024 skip Natal, cuti bersama and New Year: 8 January 2025."""
    assert NATIONAL.add_working_days(D(2024, 12, 20), 10) == D(2025, 1, 8)
    assert NATIONAL.working_days_between(D(2024, 12, 20), D(2025, 1, 8)) == 10


def test_counting_back_one_day() -> None:
    """n = -1 from 8 April 2025 is 27 March (28 March - 7 April are off)."""
    assert NATIONAL.add_working_days(D(2025, 4, 8), -1) == D(2025, 3, 27)


def test_counting_back_from_a_non_working_day() -> None:
    """Back from Sunday 6 April 2025 by 1: the day with one working day in (w, d], 26 March."""
    assert NATIONAL.add_working_days(D(2025, 4, 6), -1) == D(2025, 3, 26)
    assert NATIONAL.working_days_between(D(2025, 3, 26), D(2025, 4, 6)) == 1


def test_between_is_negative_backwards() -> None:
    """working_days_between(end, start) is minus working_days_between(start, end)."""
    assert NATIONAL.working_days_between(D(2025, 4, 17), D(2025, 3, 25)) == -10


def test_next_and_previous_working_day() -> None:
    """next_working_day is strictly after (inclusive option keeps a working day)."""
    assert NATIONAL.next_working_day(D(2025, 3, 27)) == D(2025, 4, 8)
    assert NATIONAL.next_working_day(D(2025, 3, 27), inclusive=True) == D(2025, 3, 27)
    assert NATIONAL.next_working_day(D(2025, 3, 29), inclusive=True) == D(2025, 4, 8)
    assert NATIONAL.previous_working_day(D(2025, 4, 8)) == D(2025, 3, 27)
    assert NATIONAL.previous_working_day(D(2025, 4, 6)) == D(2025, 3, 27)
    assert NATIONAL.previous_working_day(D(2025, 4, 8), inclusive=True) == D(2025, 4, 8)


def test_large_counts_cross_years() -> None:
    """n = 1000 crosses several years and agrees with the day-by-day count."""
    start = D(2024, 5, 2)
    assert NATIONAL.add_working_days(start, 1000) == slow_add(NATIONAL, start, 1000)
    assert NATIONAL.add_working_days(start, -1000) == slow_add(NATIONAL, start, -1000)


# --- time zones -------------------------------------------------------------------------------


def test_early_morning_wita_is_that_day() -> None:
    """06:30 WITA on Monday is Monday's (the peers convert it to the day before in UTC)."""
    moment = dt.datetime(2025, 3, 24, 6, 30, tzinfo=WITA)
    assert WITA_CALENDAR.local_date(moment) == D(2025, 3, 24)
    assert WITA_CALENDAR.is_working_day(moment)


def test_utc_sunday_night_is_monday_in_wita() -> None:
    """2025-03-23T22:30Z (Sunday in UTC) is Monday 06:30 in WITA: a working day."""
    moment = dt.datetime(2025, 3, 23, 22, 30, tzinfo=UTC)
    assert WITA_CALENDAR.local_date(moment) == D(2025, 3, 24)
    assert WITA_CALENDAR.add_working_days(moment, 1) == D(2025, 3, 25)


def test_the_same_instant_can_be_different_days_by_zone() -> None:
    """16:30Z is Sunday 23:30 in WIB but Monday 00:30 in WITA; day 1 differs accordingly."""
    moment = dt.datetime(2025, 3, 23, 16, 30, tzinfo=UTC)
    assert NATIONAL.local_date(moment) == D(2025, 3, 23)
    assert WITA_CALENDAR.local_date(moment) == D(2025, 3, 24)
    assert NATIONAL.add_working_days(moment, 1) == D(2025, 3, 24)
    assert WITA_CALENDAR.add_working_days(moment, 1) == D(2025, 3, 25)


def test_naive_datetime_is_refused() -> None:
    """A datetime without an offset is an error naming the field and the value."""
    with pytest.raises(CalendarError) as info:
        NATIONAL.add_working_days(dt.datetime(2025, 3, 24, 6, 30), 1)
    assert "2025-03-24T06:30:00" in str(info.value)
    assert info.value.problems[0].path == "start"


def test_non_integer_count_is_refused() -> None:
    """n must be an integer (a bool or a float is an error)."""
    with pytest.raises(CalendarError):
        NATIONAL.add_working_days(D(2025, 1, 6), 1.5)  # type: ignore[arg-type]
    with pytest.raises(CalendarError):
        NATIONAL.explain(D(2025, 1, 6), True)


def test_years_outside_the_data_are_refused() -> None:
    """A count that would leave 1946-2100 raises instead of counting without holidays."""
    with pytest.raises(CalendarError) as info:
        NATIONAL.add_working_days(D(2100, 12, 1), 100)
    assert "1946-2100" in str(info.value)
    with pytest.raises(CalendarError):
        NATIONAL.is_working_day(D(1900, 1, 2))


def test_not_a_date_is_refused() -> None:
    """A string start raises CalendarError, not an AttributeError."""
    with pytest.raises(CalendarError):
        NATIONAL.add_working_days("2025-03-25", 1)  # type: ignore[arg-type]


# --- agency settings -------------------------------------------------------------------------


def test_agency_day_off_is_skipped_with_its_source() -> None:
    """An agency decree day off (a regional anniversary) is skipped and explained."""
    settings = CalendarSettings(
        timezone="Asia/Makassar",
        extra_days_off=(
            DayOff(
                date=D(2025, 1, 8),
                name="Hari Jadi Kabupaten",
                source="SK Bupati (contoh)",
            ),
        ),
    )
    calendar = WorkingCalendar(settings)
    assert calendar.add_working_days(D(2025, 1, 6), 2) == D(2025, 1, 9)
    day = calendar.non_working_day(D(2025, 1, 8))
    assert day is not None
    assert day.kind is DayKind.AGENCY_DECREE
    assert day.source == "SK Bupati (contoh)"


def test_extra_working_day_wins_over_cuti_bersama() -> None:
    """A decreed working day on a cuti bersama day counts as a working day."""
    settings = CalendarSettings(
        extra_working_days=(ExtraWorkingDay(date=D(2025, 3, 28), source="SK Kepala Dinas"),)
    )
    calendar = WorkingCalendar(settings)
    assert calendar.is_working_day(D(2025, 3, 28))
    assert calendar.add_working_days(D(2025, 3, 27), 1) == D(2025, 3, 28)
    assert D(2025, 3, 28) not in {d.date for d in calendar.holidays_in(2025)}


def test_six_day_week_works_saturdays() -> None:
    """A service unit on a six-day week (Perpres 21/2023 Pasal 7) works Saturdays."""
    calendar = WorkingCalendar(CalendarSettings(working_week=(1, 2, 3, 4, 5, 6)))
    assert calendar.is_working_day(D(2025, 1, 11))
    assert calendar.add_working_days(D(2025, 1, 10), 1) == D(2025, 1, 11)
    sunday = calendar.non_working_day(D(2025, 1, 12))
    assert sunday is not None
    assert "Pasal 7" in sunday.source


def test_raised_decreed_through_removes_the_provisional_flag() -> None:
    """An agency that enters the 2028 SKB itself may declare 2028 decreed."""
    settings = CalendarSettings(decreed_through=2028)
    assert not WorkingCalendar(settings).explain(D(2028, 3, 1), 5).provisional
    assert NATIONAL.explain(D(2028, 3, 1), 5).provisional


# --- properties -------------------------------------------------------------------------------

dates = st.dates(min_value=D(2015, 1, 1), max_value=D(2035, 12, 31))
counts = st.integers(min_value=-1500, max_value=1500)


@settings(max_examples=300, deadline=None)
@given(dates, counts)
def test_between_inverts_add(start: dt.date, n: int) -> None:
    """working_days_between(d, add_working_days(d, n)) == n."""
    assert NATIONAL.working_days_between(start, NATIONAL.add_working_days(start, n)) == n


@settings(max_examples=300, deadline=None)
@given(dates, counts.filter(lambda n: n != 0))
def test_result_is_a_working_day(start: dt.date, n: int) -> None:
    """For n != 0 the result is a working day."""
    assert NATIONAL.is_working_day(NATIONAL.add_working_days(start, n))


@settings(max_examples=300, deadline=None)
@given(dates, counts, counts)
def test_monotonic_in_n(start: dt.date, a: int, b: int) -> None:
    """More working days never give an earlier date (strictly later for a larger n)."""
    if a == b:
        return
    low, high = min(a, b), max(a, b)
    assert NATIONAL.add_working_days(start, low) < NATIONAL.add_working_days(start, high)


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=D(2023, 1, 1), max_value=D(2028, 12, 31)), st.integers(-40, 40))
def test_agrees_with_day_by_day_count(start: dt.date, n: int) -> None:
    """The table look-up equals a plain day-by-day walk, forward and back."""
    assert NATIONAL.add_working_days(start, n) == (
        start if n == 0 else slow_add(NATIONAL, start, n)
    )


@settings(max_examples=150, deadline=None)
@given(dates, dates)
def test_between_is_antisymmetric_and_additive(a: dt.date, b: dt.date) -> None:
    """between(a, b) == -between(b, a), and it splits at any middle date."""
    middle = a + (b - a) / 2
    assert NATIONAL.working_days_between(a, b) == -NATIONAL.working_days_between(b, a)
    assert NATIONAL.working_days_between(a, b) == NATIONAL.working_days_between(
        a, middle
    ) + NATIONAL.working_days_between(middle, b)


@settings(max_examples=100, deadline=None)
@given(
    st.datetimes(
        min_value=dt.datetime(2020, 1, 1),
        max_value=dt.datetime(2030, 12, 31),
        timezones=st.sampled_from([UTC, WIB, WITA]),
    ),
    st.integers(-30, 30),
)
def test_timestamps_count_on_their_local_date(moment: dt.datetime, n: int) -> None:
    """An aware timestamp counts exactly like its date in the calendar's zone."""
    local = moment.astimezone(WITA_CALENDAR.zone).date()
    assert WITA_CALENDAR.add_working_days(moment, n) == WITA_CALENDAR.add_working_days(local, n)


def test_a_fresh_calendar_builds_only_the_years_used() -> None:
    """is_working_day builds one year; a count across years builds only the years between."""
    calendar = WorkingCalendar()
    calendar.is_working_day(D(2040, 5, 5))
    assert set(calendar._years) == {2040}
    calendar.add_working_days(D(2030, 12, 20), 10)
    assert set(calendar._years) == {2030, 2031, 2040}
