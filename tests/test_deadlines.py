"""The statutory deadlines as cited data, and the timeline of one request."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from uji_konsekuensi.calendar import (
    STATUTORY_DEADLINES,
    CalendarError,
    CalendarSettings,
    WorkingCalendar,
    get_deadline,
    request_timeline,
)
from uji_konsekuensi.converter import unstructure

D = dt.date
NATIONAL = WorkingCalendar()

# docs/sources/law.md §6: code -> (amount, unit, a Pasal the basis must cite)
EXPECTED = {
    "notice": (10, "working_days", "UU 14/2008 Pasal 22 ayat (7)"),
    "notice_from_complete": (10, "working_days", "PERKI 1/2021 Pasal 31 ayat (3)"),
    "extension": (7, "working_days", "UU 14/2008 Pasal 22 ayat (8)"),
    "completeness_check": (3, "working_days", "PERKI 1/2021 Pasal 31 ayat (2)"),
    "completeness_repair": (3, "working_days", "PERKI 1/2021 Pasal 33 ayat (3)"),
    "objection": (30, "working_days", "UU 14/2008 Pasal 36 ayat (1)"),
    "objection_response": (30, "working_days", "UU 14/2008 Pasal 36 ayat (2)"),
    "dispute": (14, "working_days", "UU 14/2008 Pasal 37 ayat (2)"),
    "ki_start": (14, "working_days", "UU 14/2008 Pasal 38 ayat (1)"),
    "ki_finish": (100, "working_days", "UU 14/2008 Pasal 38 ayat (2)"),
    "mediation": (14, "working_days", "PERKI 1/2013 Pasal 41 ayat (1)"),
    "court": (14, "working_days", "UU 14/2008 Pasal 48 ayat (1)"),
    "kasasi": (14, "calendar_days", "UU 14/2008 Pasal 50"),
    "expiry_declaration": (30, "working_days", "PP 61/2010 Pasal 11 ayat (2)"),
}


def test_every_deadline_is_pinned() -> None:
    """The table holds exactly the deadlines of docs/sources/law.md §6, with unique codes."""
    codes = [d.code for d in STATUTORY_DEADLINES]
    assert len(codes) == len(set(codes))
    assert set(codes) == set(EXPECTED)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_deadline_amount_unit_and_basis(code: str) -> None:
    """Each deadline has its amount, unit, citation and names in both languages."""
    amount, unit, cited = EXPECTED[code]
    deadline = get_deadline(code)
    assert (deadline.amount, deadline.unit) == (amount, unit)
    assert cited in deadline.basis
    assert deadline.name.id and deadline.name.en
    assert deadline.anchor_text.id and deadline.anchor_text.en


def test_related_perki_articles_are_cited_too() -> None:
    """The PERKI articles that repeat a statutory limit are cited beside the UU."""
    assert "PERKI 1/2021 Pasal 34" in get_deadline("notice").basis
    assert "PERKI 1/2021 Pasal 36" in get_deadline("extension").basis
    assert "PERKI 1/2021 Pasal 44 ayat (1)" in get_deadline("objection_response").basis
    assert "PERKI 1/2013 Pasal 13" in get_deadline("dispute").basis
    assert "PERKI 1/2021 Pasal 52 ayat (1)" in get_deadline("expiry_declaration").basis


def test_unknown_code_lists_the_codes() -> None:
    """An unknown code raises CalendarError listing the known ones."""
    with pytest.raises(CalendarError) as info:
        get_deadline("banding")
    assert "notice" in str(info.value)


def test_notice_from_receipt() -> None:
    """The written notice on a request received 25 March 2025 is due 17 April 2025."""
    assert get_deadline("notice").due(D(2025, 3, 25), NATIONAL) == D(2025, 4, 17)


def test_kasasi_counts_calendar_days() -> None:
    """Kasasi: 14 days (not working days) from receipt of the decision."""
    assert get_deadline("kasasi").due(D(2025, 3, 25), NATIONAL) == D(2025, 4, 8)


def test_expiry_declaration_counts_back() -> None:
    """Expiry on Wednesday 31 Dec 2025: the declaration is due by the day leaving 30 HK."""
    expiry = D(2025, 12, 31)
    latest = get_deadline("expiry_declaration").due(expiry, NATIONAL)
    assert NATIONAL.working_days_between(latest, expiry) == 30
    assert latest == D(2025, 11, 17)  # 18 Nov - 31 Dec hold 30 HK (25-26 Dec off)


def test_timeline_from_receipt_only() -> None:
    """Without a completeness date, PERKI 31(3) is shown assuming completeness after the check."""
    timeline = request_timeline(D(2025, 3, 25), NATIONAL)
    assert timeline.entry("completeness_check").due == D(2025, 4, 8)
    notice = timeline.entry("notice")
    assert notice.due == D(2025, 4, 17) and notice.governs
    perki = timeline.entry("notice_from_complete")
    assert not perki.governs
    assert perki.anchor_date == D(2025, 4, 8)
    assert perki.assumption is not None
    assert perki.due == NATIONAL.add_working_days(D(2025, 4, 8), 10)
    assert timeline.entry("extension").due == NATIONAL.add_working_days(D(2025, 4, 17), 7)


def test_timeline_with_completeness_date_shows_both_readings() -> None:
    """With completeness on 27 March, the PERKI reading (22 April) differs from the UU's."""
    timeline = request_timeline(D(2025, 3, 25), NATIONAL, completed=D(2025, 3, 27))
    assert timeline.entry("notice").due == D(2025, 4, 17)
    assert timeline.entry("notice_from_complete").due == D(2025, 4, 22)
    assert timeline.entry("notice_from_complete").assumption is None
    with pytest.raises(KeyError):
        timeline.entry("completeness_repair")
    assert any("Pasal 22 ayat (7)" in note.id for note in timeline.notes)


def test_timeline_chains_each_step_from_the_previous() -> None:
    """Objection, response, dispute, KI and court each count from the step before."""
    timeline = request_timeline(D(2025, 3, 25), NATIONAL)
    chain = ["extension", "objection", "objection_response", "dispute", "ki_finish", "court"]
    for before, after in itertools.pairwise(chain):
        step = timeline.entry(after)
        if after != "ki_finish":
            assert step.anchor_date == timeline.entry(before).due
        assert NATIONAL.working_days_between(step.anchor_date, step.due) == step.deadline.amount
    assert timeline.entry("ki_start").anchor_date == timeline.entry("dispute").due


def test_timeline_provisional_across_undecreed_years() -> None:
    """A request late in 2027 runs into 2028: the timeline is provisional and says why."""
    timeline = request_timeline(D(2027, 10, 1), NATIONAL)
    assert timeline.provisional
    assert any("2028" in note.id for note in timeline.notes)


def test_timeline_from_a_timestamp_uses_the_local_date() -> None:
    """A request at 06:30 WITA (22:30 UTC the day before) starts on the WITA date."""
    wita = WorkingCalendar(CalendarSettings(timezone="Asia/Makassar"))
    moment = dt.datetime(2025, 3, 23, 22, 30, tzinfo=dt.UTC)
    assert request_timeline(moment, wita).received == D(2025, 3, 24)


def test_completeness_before_receipt_is_refused() -> None:
    """A completeness date before receipt is an error naming the field."""
    with pytest.raises(CalendarError) as info:
        request_timeline(D(2025, 3, 25), NATIONAL, completed=D(2025, 3, 20))
    assert info.value.problems[0].path == "completed"


def test_timeline_unstructures() -> None:
    """The converter writes the timeline as JSON-shaped data."""
    data = unstructure(request_timeline(D(2025, 3, 25), NATIONAL))
    assert data["received"] == "2025-03-25"
    assert data["entries"][0]["deadline"]["code"] == "completeness_check"
