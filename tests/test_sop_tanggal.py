"""Indonesian dates as SOP identity blocks write them (uji_konsekuensi.sop.tanggal)."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.sop.tanggal import (
    MONTHS,
    Precision,
    Tanggal,
    TanggalError,
    parse_tanggal,
    try_parse_tanggal,
)

# --- the forms the four seed SOPs use -------------------------------------------------------


def test_kasn_tanggal_efektif() -> None:
    """KASN's "26 Agustus 2020" is 26 August 2020, to the day, with nothing to explain."""
    t = parse_tanggal("26 Agustus 2020")
    assert t.date == dt.date(2020, 8, 26)
    assert t.precision is Precision.DAY
    assert t.reading is None
    assert t.text == "26 Agustus 2020"


def test_kutai_timur_upper_case_month() -> None:
    """Kutai Timur's "21 OKTOBER 2024" is read whatever the case of the month name."""
    assert parse_tanggal("21 OKTOBER 2024").date == dt.date(2024, 10, 21)


def test_kalteng_spreadsheet_date() -> None:
    """Kalteng's "20-Jan-25" (d-mmm-yy) is 20 January 2025, and the reading names the 20yy rule."""
    t = parse_tanggal("20-Jan-25")
    assert t.date == dt.date(2025, 1, 20)
    assert t.reading is not None
    assert "2025" in t.reading.id and "2025" in t.reading.en


def test_kasn_fill_in_leaders() -> None:
    """KASN's "..25... Agustus 2020": the dots are form leaders; the text is kept, the day is 25."""
    t = parse_tanggal("..25... Agustus 2020")
    assert t.text == "..25... Agustus 2020"
    assert t.date == dt.date(2020, 8, 25)
    assert t.reading is not None
    assert "isian" in t.reading.id and "leader" in t.reading.en


def test_kasn_month_only_keeps_month_precision() -> None:
    """KASN's tanggal revisi "Agustus 2020" is a month, not 1 August: no date, a range instead."""
    t = parse_tanggal("Agustus 2020")
    assert t.precision is Precision.MONTH
    assert t.date is None
    assert (t.earliest(), t.latest()) == (dt.date(2020, 8, 1), dt.date(2020, 8, 31))
    assert str(t) == "2020-08"


def test_kalbar_future_date_is_read_as_written() -> None:
    """Kalbar's "2 Januari 2029" is read as written; judging it is validate()'s job."""
    assert parse_tanggal("2 Januari 2029").date == dt.date(2029, 1, 2)


# --- other forms ------------------------------------------------------------------------------


def test_blank_form_day_gives_month_precision_with_a_reading() -> None:
    """A blank form day ("....... Agustus 2020") gives August 2020 and says the day is blank."""
    t = parse_tanggal("....... Agustus 2020")
    assert t.precision is Precision.MONTH
    assert t.reading is not None and "blank" in t.reading.en


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-08-26", dt.date(2020, 8, 26)),
        ("26-08-2020", dt.date(2020, 8, 26)),
        ("26/08/2020", dt.date(2020, 8, 26)),
        ("26.08.2020", dt.date(2020, 8, 26)),
        ("5/1/25", dt.date(2025, 1, 5)),
        ("1 Agt. 2021", dt.date(2021, 8, 1)),
        ("17 Agu 2025", dt.date(2025, 8, 17)),
        ("9 Nopember 2019", dt.date(2019, 11, 9)),
        ("3 Pebruari 2020", dt.date(2020, 2, 3)),
        ("  26 Agustus 2020.  ", dt.date(2020, 8, 26)),
        ("Rabu, 26 Agustus 2020", dt.date(2020, 8, 26)),
        ("Senin 20 Januari 2025", dt.date(2025, 1, 20)),
    ],
)
def test_other_written_forms(text: str, expected: dt.date) -> None:
    """ISO, numeric day-month-year (Indonesian order), KBBI and old spellings, a weekday."""
    assert parse_tanggal(text).date == expected


def test_numeric_dates_are_day_first() -> None:
    """ "02-03-2024" is 2 March (Indonesian order), never 3 February."""
    assert parse_tanggal("02-03-2024").date == dt.date(2024, 3, 2)


def test_year_only() -> None:
    """ "2020" is a year: precision year, the whole year as its range."""
    t = parse_tanggal("2020")
    assert t.precision is Precision.YEAR
    assert (t.earliest(), t.latest()) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))


def test_month_range_handles_december_and_leap_february() -> None:
    """The last day of "Desember 2024" is 31 December; of "Februari 2024", the 29th."""
    assert parse_tanggal("Desember 2024").latest() == dt.date(2024, 12, 31)
    assert parse_tanggal("Februari 2024").latest() == dt.date(2024, 2, 29)
    assert parse_tanggal("Februari 2023").latest() == dt.date(2023, 2, 28)


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31 Februari 2020", "no day 31"),
        ("26 Agustusan 2020", "unknown month"),
        ("kemarin sore", "cannot be read"),
        ("", "empty"),
        ("   ", "empty"),
        ("26 Agustus 2200", "outside"),
        ("26-13-2020", "no month 13"),
        ("Selasa, 26 Agustus 2020", "weekday"),
        ("Senin, Agustus 2020", "weekday"),
    ],
)
def test_unreadable_dates_raise_with_field_and_value(text: str, fragment: str) -> None:
    """A date that cannot be read is a TanggalError naming the source, field, value and forms."""
    with pytest.raises(TanggalError) as info:
        parse_tanggal(text, field="identity.created_text", source="sop.json")
    err = info.value
    assert isinstance(err, InputError)
    assert err.source == "sop.json"
    problem = err.problems[0]
    assert problem.path == "identity.created_text"
    assert problem.value == text
    assert problem.expected is not None and "Agustus 2020" in problem.expected
    assert fragment in problem.message_en


def test_try_parse_tanggal_returns_none_instead_of_raising() -> None:
    """try_parse_tanggal gives None for absent, blank and unreadable texts, a Tanggal otherwise."""
    assert try_parse_tanggal(None) is None
    assert try_parse_tanggal("") is None
    assert try_parse_tanggal("bukan tanggal") is None
    parsed = try_parse_tanggal("26 Agustus 2020")
    assert isinstance(parsed, Tanggal) and parsed.day == 26


# --- properties -------------------------------------------------------------------------------

_NAMES_BY_MONTH: dict[int, list[str]] = {}
for _name, _month in MONTHS.items():
    _NAMES_BY_MONTH.setdefault(_month, []).append(_name)


@given(
    day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    data=st.data(),
)
def test_every_month_spelling_round_trips(day: dt.date, data: st.DataObject) -> None:
    """Any date written "d <month name> yyyy", in any listed spelling and case, reads back."""
    name = data.draw(st.sampled_from(_NAMES_BY_MONTH[day.month]))
    case = data.draw(st.sampled_from([str.lower, str.upper, str.title]))
    assert parse_tanggal(f"{day.day} {case(name)} {day.year}").date == day


@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_spreadsheet_form_round_trips(day: dt.date) -> None:
    """Any date in 2000-2099 written d-Mmm-yy (English abbreviation) reads back."""
    assert parse_tanggal(day.strftime("%d-%b-%y")).date == day


@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes(text: str) -> None:
    """Any text gives a Tanggal or a TanggalError, never another exception."""
    with contextlib.suppress(TanggalError):
        parse_tanggal(text)
