"""explain(): the due date with every skipped day, the provisional flag and the notes."""

from __future__ import annotations

import datetime as dt

from uji_konsekuensi.calendar import CalendarSettings, DayKind, WorkingCalendar
from uji_konsekuensi.converter import unstructure

D = dt.date
NATIONAL = WorkingCalendar()


def test_peers_example_lists_every_skipped_day() -> None:
    """10 HK from 25 March 2025: 13 days skipped, each with its kind, none estimated."""
    result = NATIONAL.explain(D(2025, 3, 25), 10)
    assert result.due == D(2025, 4, 17)
    assert not result.provisional
    kinds = {day.date: day.kind for day in result.skipped}
    assert kinds == {
        D(2025, 3, 28): DayKind.CUTI_BERSAMA,
        D(2025, 3, 29): DayKind.LIBUR_NASIONAL,
        D(2025, 3, 30): DayKind.WEEKEND,
        D(2025, 3, 31): DayKind.LIBUR_NASIONAL,
        D(2025, 4, 1): DayKind.LIBUR_NASIONAL,
        D(2025, 4, 2): DayKind.CUTI_BERSAMA,
        D(2025, 4, 3): DayKind.CUTI_BERSAMA,
        D(2025, 4, 4): DayKind.CUTI_BERSAMA,
        D(2025, 4, 5): DayKind.WEEKEND,
        D(2025, 4, 6): DayKind.WEEKEND,
        D(2025, 4, 7): DayKind.CUTI_BERSAMA,
        D(2025, 4, 12): DayKind.WEEKEND,
        D(2025, 4, 13): DayKind.WEEKEND,
    }
    assert all(day.source for day in result.skipped)
    assert result.summary("id") == "10 hari kerja sejak Selasa, 25 Maret 2025: Kamis, 17 April 2025"


def test_skipped_days_are_the_non_working_days_of_the_span() -> None:
    """skipped + counted working days cover (start, due] exactly."""
    result = NATIONAL.explain(D(2024, 12, 20), 10)
    span = (result.due - result.start).days
    assert len(result.skipped) + result.n == span


def test_backward_explain_lists_days_in_due_to_start() -> None:
    """Counting back lists the non-working days in (due, start]."""
    result = NATIONAL.explain(D(2025, 4, 6), -1)
    assert result.due == D(2025, 3, 26)
    assert [d.date for d in result.skipped] == [
        D(2025, 3, 28) + dt.timedelta(days=i) for i in range(10)
    ]


def test_undecreed_year_is_provisional_and_says_so() -> None:
    """A span into 2028 is provisional: its cuti bersama are not decreed (data through 2027)."""
    result = NATIONAL.explain(D(2027, 12, 20), 10)
    assert result.provisional
    assert result.provisional_years == (2028,)
    assert any("2028" in note.id and "belum ditetapkan" in note.id for note in result.notes)
    assert any("not decreed" in note.en for note in result.notes)


def test_estimated_holiday_makes_the_result_provisional() -> None:
    """Idul Fitri 2027 is still an estimate in the data: a span over it is provisional."""
    result = NATIONAL.explain(D(2027, 3, 1), 10)
    assert result.provisional
    assert result.provisional_years == ()
    assert [d.date for d in result.estimated_days] == [D(2027, 3, 10), D(2027, 3, 11)]
    assert any("perkiraan" in note.id for note in result.notes)


def test_decreed_span_is_not_provisional() -> None:
    """A span wholly in decreed data (2025) is not provisional and carries no notes."""
    result = NATIONAL.explain(D(2025, 6, 2), 20)
    assert not result.provisional
    assert result.notes == ()


def test_public_only_calendar_is_not_provisional_after_2027() -> None:
    """Without cuti bersama counted, an undecreed cuti bersama year does not matter."""
    calendar = WorkingCalendar(CalendarSettings(holiday_categories=("public",)))
    result = calendar.explain(D(2028, 6, 5), 10)
    assert not result.provisional


def test_start_on_non_working_day_gets_a_note() -> None:
    """Receipt on a Sunday is day 0; a note says working day 1 is the next working day."""
    result = NATIONAL.explain(D(2025, 1, 5), 1)
    assert result.due == D(2025, 1, 6)
    assert any("hari ke-0" in note.id for note in result.notes)


def test_timestamp_start_is_kept_with_its_local_date() -> None:
    """A timestamp start is kept as given; start is its date in the calendar's zone."""
    moment = dt.datetime(2025, 3, 23, 22, 30, tzinfo=dt.UTC)
    result = WorkingCalendar(CalendarSettings(timezone="Asia/Makassar")).explain(moment, 1)
    assert result.start == D(2025, 3, 24)
    assert result.start_moment == moment
    assert result.timezone == "Asia/Makassar"


def test_explanation_unstructures_to_json_shape() -> None:
    """The converter writes an explanation with ISO dates and kinds by value."""
    data = unstructure(NATIONAL.explain(D(2025, 3, 25), 3))
    assert data["due"] == "2025-04-08"
    assert data["skipped"][0]["kind"] == "cuti_bersama"
    assert data["skipped"][0]["date"] == "2025-03-28"
