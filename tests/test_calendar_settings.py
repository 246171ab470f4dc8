"""CalendarSettings: defaults, validation with clear errors, and the JSON wire format."""

from __future__ import annotations

import datetime as dt

import pytest

from uji_konsekuensi.calendar import (
    INDONESIAN_ZONES,
    CalendarError,
    CalendarSettings,
    DayKind,
    DayOff,
    ExtraWorkingDay,
    OfficeHours,
    RamadanPeriod,
    WorkingCalendar,
    WorkSchedule,
    zone_label,
)
from uji_konsekuensi.converter import structure, unstructure
from uji_konsekuensi.errors import InputError

D = dt.date


def test_defaults_are_the_national_calendar() -> None:
    """Default: Asia/Jakarta, Monday-Friday, libur nasional + cuti bersama, Perpres hours."""
    settings = CalendarSettings()
    assert settings.timezone == "Asia/Jakarta"
    assert settings.working_week == (1, 2, 3, 4, 5)
    assert settings.holiday_categories == ("public", "government")
    assert settings.office_hours.regular.start == "07:30"
    assert settings.office_hours.regular.weekly_minutes == 37 * 60 + 30
    assert settings.office_hours.ramadan.start == "08:00"
    assert settings.office_hours.ramadan.weekly_minutes == 32 * 60 + 30
    assert WorkingCalendar().settings == settings


@pytest.mark.parametrize("zone", sorted(INDONESIAN_ZONES))
def test_indonesian_zones_are_known(zone: str) -> None:
    """Each Indonesian zone is accepted and named WIB, WITA or WIT."""
    assert CalendarSettings(timezone=zone).zone_label == INDONESIAN_ZONES[zone]


def test_zone_labels() -> None:
    """Pontianak is WIB (Kalbar, Kalteng), Makassar WITA, Jayapura WIT; others by abbreviation."""
    assert zone_label("Asia/Pontianak") == "WIB"
    assert zone_label("Asia/Makassar") == "WITA"
    assert zone_label("Asia/Jayapura") == "WIT"
    assert zone_label("Asia/Singapore") == "+08"


def test_unknown_timezone_is_refused_with_field_and_value() -> None:
    """A zone that does not exist raises CalendarError naming the field and the value."""
    with pytest.raises(CalendarError) as info:
        CalendarSettings(timezone="Asia/Bandung")
    problem = info.value.problems[0]
    assert problem.path == "timezone"
    assert problem.value == "Asia/Bandung"
    assert "Asia/Makassar" in (problem.expected or "")


@pytest.mark.parametrize("week", [(), (0, 1), (1, 1, 2), (1, 8)])
def test_invalid_working_week_is_refused(week: tuple[int, ...]) -> None:
    """The working week holds distinct ISO weekdays 1-7."""
    with pytest.raises(CalendarError):
        CalendarSettings(working_week=week)


def test_invalid_categories_are_refused() -> None:
    """Only "public" and "government" are holiday categories."""
    with pytest.raises(CalendarError):
        CalendarSettings(holiday_categories=("public", "optional"))  # type: ignore[arg-type]


def test_a_date_cannot_be_both_off_and_worked() -> None:
    """The same date in extra_days_off and extra_working_days is a contradiction."""
    with pytest.raises(CalendarError) as info:
        CalendarSettings(
            extra_days_off=(DayOff(date=D(2025, 5, 2), name="Libur", source="SK"),),
            extra_working_days=(ExtraWorkingDay(date=D(2025, 5, 2), source="SK"),),
        )
    assert info.value.problems[0].path == "extra_working_days[0].date"


def test_day_off_cannot_be_a_weekend_kind() -> None:
    """Weekends come from working_week, not from a DayOff."""
    with pytest.raises(CalendarError):
        DayOff(date=D(2025, 5, 2), name="x", source="y", kind=DayKind.WEEKEND)


def test_day_off_needs_a_source() -> None:
    """A day off without its decree is refused (every legal fact carries its citation)."""
    with pytest.raises(CalendarError):
        DayOff(date=D(2025, 5, 2), name="Hari Jadi", source=" ")


@pytest.mark.parametrize("start", ["7:30", "24:00", "07.30", ""])
def test_schedule_start_must_be_hh_mm(start: str) -> None:
    """Office hours start is written HH:MM."""
    with pytest.raises(CalendarError):
        WorkSchedule(start=start)


def test_ramadan_period_must_be_a_month_at_most() -> None:
    """A Ramadan period ends 0 to 30 days after it starts."""
    with pytest.raises(CalendarError):
        RamadanPeriod(start=D(2025, 3, 1), end=D(2025, 2, 28), source="KMA")
    with pytest.raises(CalendarError):
        RamadanPeriod(start=D(2025, 3, 1), end=D(2025, 5, 1), source="KMA")


def test_settings_round_trip_through_the_converter() -> None:
    """Settings unstructure to JSON-shaped data and structure back equal."""
    settings = CalendarSettings(
        timezone="Asia/Makassar",
        office_hours=OfficeHours(
            ramadan_periods=(
                RamadanPeriod(start=D(2025, 3, 1), end=D(2025, 3, 30), source="KMA 1446 H"),
            )
        ),
        extra_days_off=(
            DayOff(
                date=D(2025, 5, 2),
                name="Hari Jadi",
                source="SK Bupati",
                kind=DayKind.AGENCY_DECREE,
            ),
        ),
        extra_working_days=(ExtraWorkingDay(date=D(2025, 4, 7), source="SK Kepala Dinas"),),
        working_week=(1, 2, 3, 4, 5, 6),
        holiday_categories=("public",),
        decreed_through=2028,
    )
    data = unstructure(settings)
    assert data["extra_days_off"][0]["date"] == "2025-05-02"
    assert data["extra_days_off"][0]["kind"] == "agency_decree"
    assert structure(data, CalendarSettings) == settings


def test_bad_json_settings_name_the_path() -> None:
    """A wrong zone in a settings file is an InputError naming the file and the value."""
    with pytest.raises(InputError) as info:
        structure({"timezone": "Mars/Olympus"}, CalendarSettings, "agency.json")
    assert "agency.json" in str(info.value)
    assert "Mars/Olympus" in str(info.value)
