"""Why a day is not worked, in each language: a skipped day's ``source`` (Bahasa Indonesia) and
``source_en`` (English) come from the calendar's catalog; the decrees keep their Indonesian names
in both (calendar/messages.py says why), the words around them are translated. The command line
(``due``, text and --json) and the service (``GET /v1/due``) show them."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from uji_konsekuensi.calendar import CalendarSettings, DayKind, WorkingCalendar
from uji_konsekuensi.calendar import messages as M
from uji_konsekuensi.calendar._holidays import decreed_through, package_version
from uji_konsekuensi.calendar.calendar_settings import DayOff
from uji_konsekuensi.cli import main

#: Indonesian words of the sources that an English source must not carry.
INDONESIAN = re.compile(r"\b(tahun|kategori|dan|hari kerja|perkiraan|belum|pekan)\b")


@pytest.mark.parametrize("year", [2025, decreed_through() + 2])
def test_every_national_day_off_cites_its_decree_in_each_language(year: int) -> None:
    """A decreed year names its Keppres and SKB; a year with no SKB yet says it is an estimate;
    each in both languages, from the same catalog entry (a day with both kinds cites both)."""
    public, government = (
        M.SOURCE_ESTIMATED if year > decreed_through() else message
        for message in (M.SOURCE_PUBLIC, M.SOURCE_GOVERNMENT)
    )
    cited = {
        kind: message(year=year, data=M.SOURCE_DATA(version=package_version(), category=kind))
        for kind, message in (("public", public), ("government", government))
    }
    both = ("; ".join(t.id for t in cited.values()), "; ".join(t.en for t in cited.values()))
    expected = {(t.id, t.en) for t in cited.values()} | {both}
    days = WorkingCalendar().non_working_days(dt.date(year, 1, 1), dt.date(year, 12, 31))
    assert {d.kind for d in days} >= {DayKind.WEEKEND, DayKind.LIBUR_NASIONAL}
    for day in days:
        if day.kind is DayKind.WEEKEND:
            assert (day.source, day.source_en) == (M.SOURCE_WEEKEND.id, M.SOURCE_WEEKEND.en)
            continue
        assert (day.source, day.source_en) in expected, day
        assert "SKB 3 Menteri" in day.source_en  # a decree's name, kept as written
        assert not INDONESIAN.search(day.source_en), day.source_en
        assert day.cited("en") == day.source_en and day.cited("id") == day.source


def test_a_week_of_the_agencys_own_and_its_decreed_day_off_are_cited_as_such() -> None:
    """A Saturday outside a six-day week is Pasal 7's; a day the agency decrees keeps the decree
    as the agency wrote it, in both languages (it gave no English)."""
    decree = "SK Bupati Kutai Timur No. 1/2025 (hari jadi kabupaten)"
    settings = CalendarSettings(
        working_week=(1, 2, 3, 4, 5, 6),
        extra_days_off=(DayOff(date=dt.date(2025, 6, 10), name="Hari jadi", source=decree),),
    )
    calendar = WorkingCalendar(settings)
    sunday = calendar.non_working_day(dt.date(2025, 6, 8))
    decreed = calendar.non_working_day(dt.date(2025, 6, 10))
    assert sunday is not None and decreed is not None
    assert (sunday.source, sunday.source_en) == (
        M.SOURCE_WEEKEND_AGENCY.id,
        M.SOURCE_WEEKEND_AGENCY.en,
    )
    assert (decreed.source, decreed.source_en, decreed.cited("en")) == (decree, decree, decree)


def _cli(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(list(argv)) == 0
    return out.getvalue()


def _sources(text: str) -> list[str]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line in ("Sumber:", "Sources:"))
    return [line[4:] for line in lines[start + 1 :] if line.startswith("  - ")][:3]


def test_due_lists_its_sources_in_the_chosen_language() -> None:
    """``due 2025-03-25 10``: Nyepi, Lebaran and their cuti bersama, and the weekends."""
    said_id = _sources(_cli("due", "2025-03-25", "10"))
    said_en = _sources(_cli("--lang", "en", "due", "2025-03-25", "10"))
    assert said_id == [
        M.SOURCE_GOVERNMENT.id.format(year=2025, data=_data("government", "id")),
        M.SOURCE_PUBLIC.id.format(year=2025, data=_data("public", "id")),
        M.SOURCE_WEEKEND.id,
    ]
    assert said_en == [
        "SKB 3 Menteri and Keppres on cuti bersama for ASN of 2025, PP 11/2017 Pasal 333 "
        f"({_data('government', 'en')})",
        f"Keppres tentang Hari-hari Libur and SKB 3 Menteri of 2025 ({_data('public', 'en')})",
        "Perpres 21/2023 Pasal 3 (working days Monday to Friday)",
    ]


def _data(category: str, lang: str) -> str:
    return M.SOURCE_DATA(version=package_version(), category=category).get(lang)  # type: ignore[arg-type]


def _skipped(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(d["kind"], d["source"], d["source_en"]) for d in data["skipped"]]


def test_due_json_carries_both_languages_whatever_the_language_and_keeps_its_codes() -> None:
    """The JSON is the same with --lang en: codes (``kind``) as they were, ``source`` in Bahasa
    Indonesia beside ``source_en`` in English, as ``name`` beside ``name_en``."""
    data_id = json.loads(_cli("due", "2025-03-25", "10", "--json"))
    data_en = json.loads(_cli("--lang", "en", "due", "2025-03-25", "10", "--json"))
    assert data_id == data_en
    assert {d["kind"] for d in data_en["skipped"]} == {"weekend", "libur_nasional", "cuti_bersama"}
    text_en = _cli("--lang", "en", "due", "2025-03-25", "10")
    for kind, source, source_en in _skipped(data_en):
        assert f"  - {source_en}" in text_en.splitlines() and source != source_en, kind
        assert not INDONESIAN.search(source_en)


@pytest.fixture(scope="module")
def service() -> Iterator[str]:
    pytest.importorskip("uvicorn")
    from uji_konsekuensi.service.testing import running_service

    with running_service() as base:
        yield base


@pytest.mark.parametrize("accept", ["en-US,en;q=0.9", "id"])
def test_the_service_answers_due_with_the_sources_in_both_languages(
    service: str, accept: str
) -> None:
    from uji_konsekuensi.service.testing import call_json

    status, data = call_json(
        "GET", f"{service}/v1/due?start=2025-03-25&days=10", headers={"Accept-Language": accept}
    )
    assert status == 200
    assert data == json.loads(_cli("due", "2025-03-25", "10", "--json"))
    sources = {source_en for _, _, source_en in _skipped(data)}
    assert M.SOURCE_WEEKEND.en in sources
    assert all(not INDONESIAN.search(s) for s in sources)
