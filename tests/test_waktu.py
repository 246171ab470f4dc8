"""parse_waktu: every Waktu of the four seed SOPs and the issue's list, errors, due moments."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from uji_konsekuensi import parse_waktu as public_parse_waktu
from uji_konsekuensi.calendar import (
    CalendarError,
    CalendarSettings,
    Waktu,
    WaktuError,
    WorkingCalendar,
    parse_waktu,
)
from uji_konsekuensi.calendar.waktu import HARI_BASIS
from uji_konsekuensi.errors import InputError

D = dt.date
WIB = dt.timezone(dt.timedelta(hours=7))
NATIONAL = WorkingCalendar()
SEEDS = Path(__file__).resolve().parents[1] / "docs" / "sources" / "seeds"

# Every distinct Waktu value written in the four seed SOPs, with its reading.
SEED_VALUES: dict[str, tuple[str, int | None, bool, str | None]] = {
    "1 HK": ("working_days", 1, False, None),
    "7 HK": ("working_days", 7, False, None),
    "3 HK": ("working_days", 3, False, None),
    "Tentatif": ("tentative", None, False, None),
    "Maksimal disahkan 1 bulan setelah Pengujian Konsekuensi": (
        "calendar_months",
        1,
        False,
        "Pengujian Konsekuensi",
    ),
    "Pada Hari dan Jam kerja": ("office_hours", None, True, None),
    "Setiap Saat": ("any_time", None, False, None),
    "Pada hari dan jam kerja": ("office_hours", None, True, None),
    "Setiap saat": ("any_time", None, False, None),
    "Pada hari jam kerja": ("office_hours", None, True, None),
    "2 (dua) hari Pada hari jam kerja": ("working_days", 2, True, None),
}

# The list and what other SOPs write.
OTHER_VALUES: dict[str, tuple[str, int | None, bool, str | None]] = {
    "3 hari kerja": ("working_days", 3, False, None),
    "10 (sepuluh) hari kerja": ("working_days", 10, False, None),
    "paling lambat 7 (tujuh) hari kerja": ("working_days", 7, False, None),
    "14 hari kalender": ("calendar_days", 14, False, None),
    "selambat-lambatnya 30 (tiga puluh) hari kerja": ("working_days", 30, False, None),
    "sepuluh (10) hari kerja": ("working_days", 10, False, None),
    "empat belas hari kerja": ("working_days", 14, False, None),
    "1 H.K.": ("working_days", 1, False, None),
    "3 HK pada jam kerja": ("working_days", 3, True, None),
    "1 x 24 jam": ("hours", 24, False, None),
    "2x24 Jam": ("hours", 48, False, None),
    "2 jam": ("hours", 2, False, None),
    "30 menit": ("minutes", 30, False, None),
    "15 Menit": ("minutes", 15, False, None),
    "1 minggu": ("calendar_days", 7, False, None),
    "sebulan": ("calendar_months", 1, False, None),
    "1 hari": ("working_days", 1, False, None),
    "30 hari kerja sejak diterimanya keberatan": (
        "working_days",
        30,
        False,
        "diterimanya keberatan",
    ),
    "  3   HK. ": ("working_days", 3, False, None),
    "setiap saat": ("any_time", None, False, None),
    "TENTATIF": ("tentative", None, False, None),
    "pada jam kerja": ("office_hours", None, True, None),
    "Pada saat jam kerja": ("office_hours", None, True, None),
    "selama jam kerja": ("office_hours", None, True, None),
}


def _check(text: str, expected: tuple[str, int | None, bool, str | None]) -> Waktu:
    waktu = parse_waktu(text)
    assert (waktu.kind, waktu.amount, waktu.office_hours, waktu.after) == expected, text
    assert waktu.text == text
    return waktu


@pytest.mark.parametrize(("text", "expected"), sorted(SEED_VALUES.items()))
def test_seed_values(text: str, expected: tuple[str, int | None, bool, str | None]) -> None:
    """Each Waktu written in the seed SOPs parses to its kind, amount, flags and anchor."""
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), sorted(OTHER_VALUES.items()))
def test_other_values(text: str, expected: tuple[str, int | None, bool, str | None]) -> None:
    """The issue's examples and common SOP forms parse as expected."""
    _check(text, expected)


def test_seed_files_hold_no_other_values() -> None:
    """Every Waktu-looking cell of the seed files is in SEED_VALUES (the list is complete)."""
    pattern = re.compile(
        r"\d+ HK|Tentatif|Maksimal[^\t]*|Pada [Hh]ari[^\t]*|Setiap [Ss]aat|\d+ \(\w+\) hari[^\t]*"
    )
    found: set[str] = set()
    for path in SEEDS.glob("*.txt"):
        for cell in path.read_text(encoding="utf-8").split("\t"):
            cell = cell.strip()
            if pattern.fullmatch(cell):
                found.add(cell)
    assert found == set(SEED_VALUES)


def test_hari_alone_is_read_as_working_days_citing_perki() -> None:
    """ "2 (dua) hari" is 2 working days, with PERKI 1/2021 Pasal 1 angka 22 as the reading."""
    waktu = parse_waktu("2 (dua) hari Pada hari jam kerja")
    assert waktu.basis == HARI_BASIS
    assert "Pasal 1 angka 22" in HARI_BASIS
    assert parse_waktu("2 hari kerja").basis is None


def test_public_name_is_exported() -> None:
    """`from uji_konsekuensi import parse_waktu` works."""
    assert public_parse_waktu("1 HK").amount == 1


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2 (tiga) hari", "tidak sama"),
        ("tiga (2) hari kerja", "tidak sama"),
        ("3 purnama", "satuan"),
        ("", "kosong"),
        ("hari kerja", "tidak dikenal"),
        ("3 HK lalu", "lalu"),
        ("2 (dua puluh lima puluh) hari", "bukan bilangan"),
        ("0 HK", "1 sampai 9999"),
        ("1-3 HK", "satuan"),
    ],
)
def test_bad_texts_raise_quoting_the_text(text: str, fragment: str) -> None:
    """Unreadable or contradictory text raises WaktuError (an InputError) quoting it."""
    with pytest.raises(WaktuError) as info:
        parse_waktu(text, source="sop.json", path="steps[2].waktu")
    error = info.value
    assert isinstance(error, InputError)
    assert error.text == text
    assert repr(text) in str(error)
    assert fragment in str(error)
    assert error.source == "sop.json"
    assert error.problems[0].path == "steps[2].waktu"


def test_non_text_is_an_error() -> None:
    """A number instead of text is a WaktuError."""
    with pytest.raises(WaktuError):
        parse_waktu(3)  # type: ignore[arg-type]


def test_waktu_invariants() -> None:
    """A Waktu needs an amount exactly when its kind counts something."""
    with pytest.raises(ValueError):
        Waktu(kind="working_days")
    with pytest.raises(ValueError):
        Waktu(kind="any_time", amount=3)
    with pytest.raises(ValueError):
        Waktu(kind="weeks", amount=3)  # type: ignore[arg-type]


def test_describe() -> None:
    """describe() writes the reading in both languages."""
    waktu = parse_waktu("2 (dua) hari Pada hari jam kerja")
    assert waktu.describe("id") == "2 hari kerja, pada jam kerja"
    assert waktu.describe("en") == "2 working day(s), in office hours"
    months = parse_waktu("Maksimal disahkan 1 bulan setelah Pengujian Konsekuensi")
    assert months.describe("id") == "1 bulan setelah Pengujian Konsekuensi"


# --- due moments ------------------------------------------------------------------------------


def test_working_days_due_at_end_of_the_day() -> None:
    """ "3 HK" from 25 March 2025 is due at the end of 8 April (local time)."""
    due = parse_waktu("3 HK").due(D(2025, 3, 25), NATIONAL)
    assert due == dt.datetime.combine(D(2025, 4, 8), dt.time.max, tzinfo=NATIONAL.zone)
    assert parse_waktu("3 HK").due_date(D(2025, 3, 25), NATIONAL) == D(2025, 4, 8)


def test_working_days_in_office_hours_due_at_closing() -> None:
    """ "2 (dua) hari Pada hari jam kerja" is due at the close of office hours (16.00)."""
    start = dt.datetime(2025, 1, 6, 9, 0, tzinfo=WIB)
    due = parse_waktu("2 (dua) hari Pada hari jam kerja").due(start, NATIONAL)
    assert due is not None
    assert due.date() == D(2025, 1, 8)
    assert due.strftime("%H:%M") == "16:00"


def test_office_hours_only_is_due_the_same_working_day() -> None:
    """ "Pada hari dan jam kerja" at 09:00 Monday is due at 16:00 that day."""
    waktu = parse_waktu("Pada hari dan jam kerja")
    due = waktu.due(dt.datetime(2025, 1, 6, 9, 0, tzinfo=WIB), NATIONAL)
    assert due == dt.datetime(2025, 1, 6, 16, 0, tzinfo=NATIONAL.zone)


def test_office_hours_after_closing_moves_to_next_working_day() -> None:
    """Started Friday 17:00, "Pada hari jam kerja" is due Monday at closing."""
    waktu = parse_waktu("Pada hari jam kerja")
    due = waktu.due(dt.datetime(2025, 1, 10, 17, 0, tzinfo=WIB), NATIONAL)
    assert due == dt.datetime(2025, 1, 13, 16, 0, tzinfo=NATIONAL.zone)
    assert waktu.due(D(2025, 1, 11), NATIONAL) == dt.datetime(
        2025, 1, 13, 16, 0, tzinfo=NATIONAL.zone
    )


def test_no_limit_has_no_due_moment() -> None:
    """ "Setiap saat" and "Tentatif" have no due moment."""
    assert parse_waktu("Setiap saat").due(D(2025, 1, 6), NATIONAL) is None
    assert parse_waktu("Tentatif").due_date(D(2025, 1, 6), NATIONAL) is None
    assert not parse_waktu("Tentatif").has_limit


def test_month_after_a_step_clamps_to_month_end() -> None:
    """ "1 bulan setelah ..." from 31 January 2025 is due at the end of 28 February."""
    waktu = parse_waktu("Maksimal disahkan 1 bulan setelah Pengujian Konsekuensi")
    assert waktu.due_date(D(2025, 1, 31), NATIONAL) == D(2025, 2, 28)


def test_calendar_days_count_every_day() -> None:
    """ "14 hari kalender" from 25 March 2025 is 8 April, holidays or not."""
    assert parse_waktu("14 hari kalender").due_date(D(2025, 3, 25), NATIONAL) == D(2025, 4, 8)


def test_hours_count_clock_time_from_a_timestamp() -> None:
    """ "1 x 24 jam" from Friday 10:00 is Saturday 10:00."""
    start = dt.datetime(2025, 1, 10, 10, 0, tzinfo=WIB)
    assert parse_waktu("1 x 24 jam").due(start, NATIONAL) == start + dt.timedelta(hours=24)


def test_hours_in_office_hours_skip_closed_time() -> None:
    """ "2 jam pada jam kerja" from Friday 15:30 (closing 16.30) ends Monday 08:30."""
    waktu = parse_waktu("2 jam pada jam kerja")
    due = waktu.due(dt.datetime(2025, 1, 10, 15, 30, tzinfo=WIB), NATIONAL)
    assert due == dt.datetime(2025, 1, 13, 8, 30, tzinfo=NATIONAL.zone)


def test_hours_need_a_timestamp() -> None:
    """Hours from a plain date are refused (the hour of the start is unknown)."""
    with pytest.raises(CalendarError):
        parse_waktu("30 menit").due(D(2025, 1, 6), NATIONAL)


def test_due_is_in_the_calendars_zone() -> None:
    """A WITA calendar gives a due moment at the close of office hours in WITA."""
    wita = WorkingCalendar(CalendarSettings(timezone="Asia/Makassar"))
    due = parse_waktu("1 HK pada jam kerja").due(D(2025, 1, 6), wita)
    assert due is not None
    assert due.utcoffset() == dt.timedelta(hours=8)
    assert due.strftime("%Y-%m-%d %H:%M") == "2025-01-07 16:00"
