"""The national days off of 2024 and 2025, pinned against the decrees, and how labels are shown.

The lists below are typed from the decrees (as published by the ministries and reported in the
press; see each citation), not copied from the `holidays` package: the tests compare the package,
as our calendar shows it, against them.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from uji_konsekuensi.calendar import CalendarSettings, DayKind, WorkingCalendar, _holidays

D = dt.date

# SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPAN-RB No. 855 Tahun 2023, No. 3 Tahun 2023,
# No. 4 Tahun 2023 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2024 (12 September 2023):
# 17 hari libur nasional and 10 hari cuti bersama; plus the election days declared national
# holidays by Keppres 10/2024 (Pemilu, 14 February) and Keppres 33/2024 (Pilkada, 27 November).
LIBUR_NASIONAL_2024 = {
    D(2024, 1, 1): "Tahun Baru Masehi",
    D(2024, 2, 8): "Isra Mikraj",
    D(2024, 2, 10): "Imlek",
    D(2024, 2, 14): "Pemilihan Umum",  # Keppres 10/2024
    D(2024, 3, 11): "Nyepi",
    D(2024, 3, 29): "Wafat Yesus Kristus",
    D(2024, 3, 31): "Kebangkitan Yesus Kristus",  # Paskah
    D(2024, 4, 10): "Idul Fitri",
    D(2024, 4, 11): "Idul Fitri",
    D(2024, 5, 1): "Buruh",
    D(2024, 5, 9): "Kenaikan Yesus Kristus",
    D(2024, 5, 23): "Waisak",
    D(2024, 6, 1): "Pancasila",
    D(2024, 6, 17): "Idul Adha",
    D(2024, 7, 7): "Tahun Baru Islam",
    D(2024, 8, 17): "Kemerdekaan",
    D(2024, 9, 16): "Maulid Nabi",
    D(2024, 11, 27): "Pemilihan Kepala Daerah",  # Keppres 33/2024
    D(2024, 12, 25): "Natal",
}
CUTI_BERSAMA_2024 = {
    D(2024, 2, 9): "Imlek",
    D(2024, 3, 12): "Nyepi",
    D(2024, 4, 8): "Idul Fitri",
    D(2024, 4, 9): "Idul Fitri",
    D(2024, 4, 12): "Idul Fitri",
    D(2024, 4, 15): "Idul Fitri",
    D(2024, 5, 10): "Kenaikan Yesus Kristus",
    D(2024, 5, 24): "Waisak",
    D(2024, 6, 18): "Idul Adha",
    D(2024, 12, 26): "Natal",
}

# SKB No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024 tentang Hari Libur Nasional dan
# Cuti Bersama Tahun 2025 (14 October 2024; docs/sources/law.md §5.2): 17 libur nasional,
# 10 cuti bersama; amended by SKB No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025
# (7 August 2025), which adds cuti bersama on 18 August 2025 (80th Independence Day).
LIBUR_NASIONAL_2025 = {
    D(2025, 1, 1): "Tahun Baru Masehi",
    D(2025, 1, 27): "Isra Mikraj",
    D(2025, 1, 29): "Imlek",
    D(2025, 3, 29): "Nyepi",
    D(2025, 3, 31): "Idul Fitri",
    D(2025, 4, 1): "Idul Fitri",
    D(2025, 4, 18): "Wafat Yesus Kristus",
    D(2025, 4, 20): "Kebangkitan Yesus Kristus",
    D(2025, 5, 1): "Buruh",
    D(2025, 5, 12): "Waisak",
    D(2025, 5, 29): "Kenaikan Yesus Kristus",
    D(2025, 6, 1): "Pancasila",
    D(2025, 6, 6): "Idul Adha",
    D(2025, 6, 27): "Tahun Baru Islam",
    D(2025, 8, 17): "Kemerdekaan",
    D(2025, 9, 5): "Maulid Nabi",
    D(2025, 12, 25): "Natal",
}
CUTI_BERSAMA_2025 = {
    D(2025, 1, 28): "Imlek",
    D(2025, 3, 28): "Nyepi",
    D(2025, 4, 2): "Idul Fitri",
    D(2025, 4, 3): "Idul Fitri",
    D(2025, 4, 4): "Idul Fitri",
    D(2025, 4, 7): "Idul Fitri",
    D(2025, 5, 13): "Waisak",
    D(2025, 5, 30): "Kenaikan Yesus Kristus",
    D(2025, 6, 9): "Idul Adha",
    D(2025, 8, 18): "Kemerdekaan",  # SKB 933/2025, 1/2025, 3/2025 (amendment)
    D(2025, 12, 26): "Natal",
}

DECREES = [
    (2024, DayKind.LIBUR_NASIONAL, LIBUR_NASIONAL_2024),
    (2024, DayKind.CUTI_BERSAMA, CUTI_BERSAMA_2024),
    (2025, DayKind.LIBUR_NASIONAL, LIBUR_NASIONAL_2025),
    (2025, DayKind.CUTI_BERSAMA, CUTI_BERSAMA_2025),
]


def test_decree_lists_have_the_decreed_counts() -> None:
    """The pinned lists hold what the SKBs announce: 17 + 10 per year, plus the additions."""
    assert len(LIBUR_NASIONAL_2024) == 17 + 2  # + Pemilu and Pilkada (Keppres 10/2024, 33/2024)
    assert len(CUTI_BERSAMA_2024) == 10
    assert len(LIBUR_NASIONAL_2025) == 17
    assert len(CUTI_BERSAMA_2025) == 10 + 1  # + 18 August (SKB amendment of 7 August 2025)


@pytest.mark.parametrize(("year", "kind", "decreed"), DECREES)
def test_calendar_days_off_match_the_decree(
    year: int, kind: DayKind, decreed: dict[dt.date, str]
) -> None:
    """Every libur nasional and cuti bersama of the year is exactly the decreed one."""
    found = {d.date: d for d in WorkingCalendar().holidays_in(year) if d.kind is kind}
    assert sorted(found) == sorted(decreed)
    for date, words in decreed.items():
        assert words.lower() in found[date].name.lower(), (date, found[date].name)
        assert not found[date].estimated


@pytest.mark.parametrize(("year", "kind", "decreed"), DECREES)
def test_decreed_weekdays_are_not_working_days(
    year: int, kind: DayKind, decreed: dict[dt.date, str]
) -> None:
    """A decreed day off on a weekday is not a working day; the day before a holiday block is."""
    calendar = WorkingCalendar()
    for date in decreed:
        assert not calendar.is_working_day(date)


def test_working_day_count_of_2025() -> None:
    """2025 has 261 weekdays minus 13 weekday libur nasional and 11 cuti bersama = 237."""
    weekday_holidays = [d for d in LIBUR_NASIONAL_2025 if d.weekday() < 5]
    assert len(weekday_holidays) == 13  # Nyepi, Paskah, Pancasila, 17 Agustus fall on weekends
    assert all(d.weekday() < 5 for d in CUTI_BERSAMA_2025)
    calendar = WorkingCalendar()
    assert calendar.working_days_between(D(2024, 12, 31), D(2025, 12, 31)) == 261 - 13 - 11


def test_holidays_on_a_weekend_are_flagged() -> None:
    """Nyepi 2025 (Saturday 29 March) is listed with weekend=True."""
    nyepi = WorkingCalendar().non_working_day(D(2025, 3, 29))
    assert nyepi is not None
    assert nyepi.kind is DayKind.LIBUR_NASIONAL
    assert nyepi.weekend


def test_pegangti_typo_is_shown_as_pengganti() -> None:
    """The package's "Pegangti" (31 Dec 2020) is shown as "Pengganti"; the raw label is kept."""
    day = WorkingCalendar().non_working_day(D(2020, 12, 31))
    assert day is not None
    assert day.name == "Pengganti Cuti Bersama Hari Raya Idul Fitri"
    assert day.raw_name == "Pegangti Cuti Bersama Hari Raya Idul Fitri"
    assert day.kind is DayKind.CUTI_BERSAMA


def test_estimated_label_becomes_a_flag() -> None:
    """ "Hari Raya Idul Fitri (perkiraan)" in 2027 is shown cleaned, with estimated=True."""
    day = WorkingCalendar().non_working_day(D(2027, 3, 10))
    assert day is not None
    assert day.name == "Hari Raya Idul Fitri"
    assert day.raw_name == "Hari Raya Idul Fitri (perkiraan)"
    assert day.name_en == "Eid al-Fitr"
    assert day.estimated


def test_english_names_come_from_the_package() -> None:
    """Every day off has an English name (cuti bersama: "... Joint Holiday")."""
    day = WorkingCalendar().non_working_day(D(2025, 4, 7))
    assert day is not None
    assert day.name_en == "Eid al-Fitr Joint Holiday"


def test_decreed_data_reaches_2027() -> None:
    """Cuti bersama are decreed through 2027 (docs/sources/peer-systems.md); not 2028."""
    assert _holidays.decreed_through() == 2027
    assert _holidays.national_days(2027, "government")
    assert _holidays.national_days(2028, "government") == ()


def test_years_before_cuti_bersama_existed_are_not_provisional() -> None:
    """No cuti bersama before 2002 is a fact, not missing data."""
    assert _holidays.national_days(2001, "government") == ()
    assert not WorkingCalendar().explain(D(2001, 3, 1), 10).provisional


def test_dropping_government_category_works_cuti_bersama() -> None:
    """An agency that works cuti bersama (holiday_categories=("public",)) counts them as worked."""
    calendar = WorkingCalendar(CalendarSettings(holiday_categories=("public",)))
    assert calendar.is_working_day(D(2025, 4, 7))
    assert not calendar.is_working_day(D(2025, 3, 31))


def test_ramadan_periods_are_derived_from_the_islamic_calendar() -> None:
    """Ramadan 1446 H ends on the eve of Idul Fitri (31 March 2025); 2030 has two Ramadans."""
    ((start, end),) = _holidays.ramadan_periods(2025)
    assert end == D(2025, 3, 30)
    assert D(2025, 3, 1) <= start <= D(2025, 3, 2)
    assert len(_holidays.ramadan_periods(2030)) == 2


def test_importing_the_package_does_not_import_holidays() -> None:
    """Importing uji_konsekuensi, its calendar and the due command leaves holidays unloaded."""
    code = (
        "import sys, uji_konsekuensi, uji_konsekuensi.calendar, uji_konsekuensi.cli.due; "
        "from uji_konsekuensi import parse_waktu, WorkingCalendar; "
        "WorkingCalendar(); parse_waktu('3 HK'); "
        "print('holidays' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False"
