"""Office hours (Perpres 21/2023 Pasal 4): regular, Friday, Ramadan, and per time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from uji_konsekuensi.calendar import (
    CalendarError,
    CalendarSettings,
    OfficeHours,
    RamadanPeriod,
    WorkingCalendar,
    WorkSchedule,
)

D = dt.date
WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
NATIONAL = WorkingCalendar()


def _hm(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def test_regular_day_is_0730_to_1600() -> None:
    """Monday: 07.30 + 7 h 30 min work + 60 min break = 16.00 (Pasal 4 ayat (1), (3), (5))."""
    hours = NATIONAL.office_hours_on(D(2025, 1, 6))
    assert hours is not None
    assert (_hm(hours.opens), _hm(hours.closes)) == ("07:30", "16:00")
    assert not hours.ramadan
    assert "Pasal 4" in hours.basis


def test_friday_has_the_longer_break() -> None:
    """Friday closes at 16.30 (90-minute break, Pasal 4 ayat (5) huruf a)."""
    hours = NATIONAL.office_hours_on(D(2025, 1, 10))
    assert hours is not None
    assert _hm(hours.closes) == "16:30"


def test_ramadan_hours_are_derived_and_estimated() -> None:
    """Ramadan 2025 (derived from holidays): 08.00-15.00, Friday 15.30, marked estimated."""
    monday = NATIONAL.office_hours_on(D(2025, 3, 10))
    friday = NATIONAL.office_hours_on(D(2025, 3, 14))
    assert monday is not None and friday is not None
    assert (_hm(monday.opens), _hm(monday.closes)) == ("08:00", "15:00")
    assert _hm(friday.closes) == "15:30"
    assert monday.ramadan and monday.estimated
    assert "ayat (2)" in monday.basis


def test_day_after_ramadan_is_regular() -> None:
    """8 April 2025, after Idul Fitri, is back to 07.30-16.00."""
    hours = NATIONAL.office_hours_on(D(2025, 4, 8))
    assert hours is not None
    assert not hours.ramadan
    assert _hm(hours.opens) == "07:30"


def test_configured_ramadan_replaces_the_estimate() -> None:
    """A configured Ramadan period is used for its year and is not an estimate."""
    period = RamadanPeriod(start=D(2025, 3, 1), end=D(2025, 3, 30), source="KMA 1 Ramadan 1446 H")
    calendar = WorkingCalendar(
        CalendarSettings(office_hours=OfficeHours(ramadan_periods=(period,)))
    )
    hours = calendar.office_hours_on(D(2025, 3, 3))
    assert hours is not None
    assert hours.ramadan and not hours.estimated


def test_ramadan_can_be_switched_off() -> None:
    """derive_ramadan=False with no periods: regular hours all year."""
    calendar = WorkingCalendar(CalendarSettings(office_hours=OfficeHours(derive_ramadan=False)))
    hours = calendar.office_hours_on(D(2025, 3, 10))
    assert hours is not None and not hours.ramadan


def test_non_working_day_has_no_office_hours() -> None:
    """Saturday and cuti bersama have no office hours."""
    assert NATIONAL.office_hours_on(D(2025, 1, 11)) is None
    assert NATIONAL.office_hours_on(D(2025, 4, 7)) is None


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.datetime(2025, 1, 6, 7, 29, tzinfo=WIB), False),
        (dt.datetime(2025, 1, 6, 7, 30, tzinfo=WIB), True),
        (dt.datetime(2025, 1, 6, 12, 15, tzinfo=WIB), True),  # the break counts as office hours
        (dt.datetime(2025, 1, 6, 15, 59, tzinfo=WIB), True),
        (dt.datetime(2025, 1, 6, 16, 0, tzinfo=WIB), False),
        (dt.datetime(2025, 1, 11, 9, 0, tzinfo=WIB), False),  # Saturday
    ],
)
def test_is_office_hours(moment: dt.datetime, expected: bool) -> None:
    """Office hours are [opening, closing) of a working day, local time."""
    assert NATIONAL.is_office_hours(moment) is expected


def test_office_hours_are_local_to_the_zone() -> None:
    """07.30 WITA is office hours in Makassar; the same instant (06.30 WIB) is not in Jakarta."""
    moment = dt.datetime(2025, 1, 6, 7, 30, tzinfo=WITA)
    wita = WorkingCalendar(CalendarSettings(timezone="Asia/Makassar"))
    assert wita.is_office_hours(moment)
    assert not NATIONAL.is_office_hours(moment)


def test_office_hours_need_a_timestamp() -> None:
    """is_office_hours refuses a plain date and a naive datetime."""
    with pytest.raises(CalendarError):
        NATIONAL.is_office_hours(D(2025, 1, 6))  # type: ignore[arg-type]
    with pytest.raises(CalendarError):
        NATIONAL.is_office_hours(dt.datetime(2025, 1, 6, 9, 0))


def test_six_day_week_spreads_the_hours() -> None:
    """With six working days the 37.5 hours make 6 h 15 min a day (+ 60 min break)."""
    calendar = WorkingCalendar(CalendarSettings(working_week=(1, 2, 3, 4, 5, 6)))
    hours = calendar.office_hours_on(D(2025, 1, 11))
    assert hours is not None
    assert _hm(hours.closes) == "14:45"


def test_custom_schedule() -> None:
    """An agency may start at 08.00 (Perpres 21/2023 Pasal 5: details by the PPK)."""
    schedule = WorkSchedule(start="08:00", basis="SK Kepala Dinas (contoh)")
    calendar = WorkingCalendar(
        CalendarSettings(office_hours=OfficeHours(regular=schedule, derive_ramadan=False))
    )
    hours = calendar.office_hours_on(D(2025, 1, 6))
    assert hours is not None
    assert (_hm(hours.opens), _hm(hours.closes)) == ("08:00", "16:30")


def test_next_office_opening() -> None:
    """After closing on Friday, the next opening is Monday 07.30."""
    friday_evening = dt.datetime(2025, 1, 10, 17, 0, tzinfo=WIB)
    opening = NATIONAL.next_office_opening(friday_evening)
    assert opening.date() == D(2025, 1, 13)
    assert _hm(opening) == "07:30"
    inside = dt.datetime(2025, 1, 6, 9, 0, tzinfo=WIB)
    assert NATIONAL.next_office_opening(inside) == inside
