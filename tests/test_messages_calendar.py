"""The calendar's catalog (calendar/messages.py): keyed by a stable code, both languages naming
the same values, the one place waktu.py takes the words of a refusal from, and the one place
days.py, _holidays.py and _years.py take the words of why a day is not worked from."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from uji_konsekuensi.calendar import WorkingCalendar
from uji_konsekuensi.calendar import messages as M
from uji_konsekuensi.calendar.errors import CalendarError, WaktuError
from uji_konsekuensi.calendar.waktu import parse_waktu
from uji_konsekuensi.i18n import Message, Text

CALENDAR = Path(M.__file__).parent
#: The modules whose refusals come from the catalog.
CATALOGUED = (
    "waktu.py",
    "working.py",
    "_years.py",
    "deadlines.py",
    "errors.py",
    "calendar_settings.py",
    "days.py",
    "_holidays.py",
    "explain.py",
)
#: What builds a refusal: its first argument is the source (an input's name, "kalender kerja")
#: or the text refused, the rest are its words (all of them for ``about``: which date it was).
REFUSALS = {
    *("WaktuError", "CalendarError", "BeyondCalendarError", "Problem", "one", "about"),
    *("_refused", "_fail"),  # the modules' own shorthands for the above
}


def _tree(name: str) -> ast.Module:
    return ast.parse((CALENDAR / name).read_text(encoding="utf-8"), filename=name)


def _words(node: ast.expr) -> bool:
    """A literal with words in it (a space), or an f-string with some: not a path such as
    f"extra_working_days[{i}].date"."""
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value


@pytest.mark.parametrize("name", CATALOGUED)
def test_the_catalogued_modules_write_no_words_of_a_refusal_inline(name: str) -> None:
    """No refusal built from words (a literal, an f-string, a `Text` of them): only from the
    catalog's messages. A deadline's own name and notes (deadlines.py) are no refusal."""
    inline = []
    for node in ast.walk(_tree(name)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if called not in REFUSALS:
            continue
        said = node.args if called == "about" else node.args[1:]
        for arg in [*said, *(k.value for k in node.keywords)]:
            if any(_words(n) for n in ast.walk(arg) if isinstance(n, ast.expr)):
                inline.append(node.lineno)
    assert inline == [], f"{name}: words written inline at lines {inline}"


def test_every_message_of_the_catalog_is_used() -> None:
    used = {
        n.attr
        for name in CATALOGUED
        for n in ast.walk(_tree(name))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "M"
    }
    declared = {n for n, v in vars(M).items() if isinstance(v, Message)}
    assert used == declared


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("", "waktu.empty", ""),
        ("3 purnama", "waktu.unit_unknown", "3 purnama"),
        ("hari kerja", "waktu.unknown", "hari kerja"),
        ("3 HK kemudian", "waktu.tail_unknown", "3 HK kemudian"),
        ("0 HK", "waktu.amount_range", "0 HK"),
        ("1234567 HK", "waktu.number_too_long", "1234567 HK"),
        ("3 (x) HK", "waktu.brackets_not_number", "3 (x) HK"),
        ("2 (tiga) hari", "waktu.digits_disagree", "2 (tiga) hari"),
        ("tiga (4) hari", "waktu.words_disagree", "tiga (4) hari"),
        ("se HK", "waktu.words_unreadable", "se HK"),
    ],
)
def test_a_refused_waktu_says_its_codes_words_and_what_was_expected(
    text: str, code: str, value: str
) -> None:
    with pytest.raises(WaktuError) as caught:
        parse_waktu(text, source="sop.json", path="steps[2].waktu")
    [problem] = caught.value.problems
    assert (caught.value.source, problem.path, problem.value) == (
        "sop.json",
        "steps[2].waktu",
        value,
    )
    said = M.MESSAGES[code][""]
    expected = M.MESSAGES[code].get("expected", M.WAKTU_EXAMPLES)
    for template, got in ((said.id, problem.message), (said.en, problem.message_en)):
        assert re.fullmatch(_pattern(template), got), (template, got)
    for template, got in ((expected.id, problem.expected), (expected.en, problem.expected_en)):
        assert got is not None and re.fullmatch(_pattern(template), got), (template, got)


def _pattern(template: str) -> str:
    return ".*?".join(re.escape(part) for part in re.split(r"\{[^}]*\}", template))


def test_a_waktu_written_with_braces_is_quoted_as_written() -> None:
    with pytest.raises(WaktuError) as caught:
        parse_waktu("3 HK {0} {x}")
    [problem] = caught.value.problems
    assert problem.message == "kata setelah lama waktu tidak dikenal: '{0} {x}'"
    assert problem.message_en == "unknown words after the duration: '{0} {x}'"


def test_a_clock_waktu_counted_from_a_date_names_the_waktu_in_each_language() -> None:
    with pytest.raises(CalendarError) as caught:
        parse_waktu("2 jam").due(dt.date(2025, 3, 17), WorkingCalendar())
    [problem] = caught.value.problems
    assert problem.message.startswith("waktu '2 jam' dihitung dalam jam/menit")
    assert problem.message_en.startswith("time '2 jam' counts hours/minutes")
    assert problem.expected == "waktu dengan zona, mis. 2025-03-17T09:15:00+07:00"


def test_a_deadline_beyond_the_calendar_is_named_in_each_language_from_the_catalog() -> None:
    """Received in late December 2100: the refusal names the statutory deadline that left the
    calendar, each language with the deadline's own name."""
    from uji_konsekuensi.calendar.deadlines import request_timeline
    from uji_konsekuensi.calendar.errors import BeyondCalendarError

    with pytest.raises(BeyondCalendarError) as caught:
        request_timeline(dt.date(2100, 12, 27), WorkingCalendar())
    [problem] = caught.value.naming("case.json", "events[0].at", "2100-12-27").problems
    assert re.fullmatch(_pattern(M.CALENDAR_BEYOND_COMPUTED_EVENT.id), problem.message)
    assert re.fullmatch(_pattern(M.CALENDAR_BEYOND_COMPUTED_EVENT.en), problem.message_en)
    assert problem.message.startswith("tenggat “") and problem.message_en.startswith(
        "the deadline “"
    )
    assert problem.expected == M.CALENDAR_BEYOND_COMPUTED_EXPECTED.id.format(first=1946, last=2100)


def _covered(first: int, last: int) -> str:
    return f"{first}-{last}"


def test_a_date_computed_beyond_the_calendar_names_the_covered_years_from_their_definition(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The years of the refusal are `limits`' (as `_holidays` reads them, like `check_year`),
    never written in the catalog: another range gives another message, in both languages."""
    from uji_konsekuensi import limits
    from uji_konsekuensi.calendar import _holidays
    from uji_konsekuensi.calendar.errors import BeyondCalendarError

    for template in (
        M.CALENDAR_BEYOND_COMPUTED,
        M.CALENDAR_BEYOND_COMPUTED_EVENT,
        M.CALENDAR_BEYOND_COMPUTED_EXPECTED,
    ):
        assert not re.search(r"\d{4}", template.id + template.en), template
    refused = BeyondCalendarError("kalender kerja", [], year=2101)
    [said] = refused.naming("case.json", "events[0].at", "2100-12-30").problems
    covered = _covered(limits.FIRST_YEAR, limits.LAST_YEAR)
    assert said.message.endswith(f"di luar tahun kalender kerja ({covered})")
    assert said.message_en.endswith(f"beyond the calendar's years ({covered})")
    monkeypatch.setattr(_holidays, "FIRST_YEAR", 1950)
    monkeypatch.setattr(_holidays, "LAST_YEAR", 2077)
    [said] = refused.about(Text("tenggat X", "deadline X")).naming("c", "p", "v").problems
    assert said.message == (
        "tenggat X, yang dihitung darinya, jatuh pada tahun 2101, di luar tahun kalender kerja "
        "(1950-2077)"
    )
    assert said.message_en == (
        "deadline X, computed from it, falls in 2101, beyond the calendar's years (1950-2077)"
    )
    assert (said.expected, said.expected_en) == (
        "tanggal yang hasil hitungnya tetap dalam tahun 1950-2077",
        "a date whose computed dates stay within 1950-2077",
    )


def test_the_days_off_and_the_explanations_are_built_with_no_words_of_their_own() -> None:
    """Every `NonWorkingDay` built in days.py, _holidays.py and _years.py gets its source from
    the catalog, and every `Text` of explain.py is made of values (dates, names): no literal
    with words (a letter beside a space; "; " and ", " join, they say nothing)."""
    inline = []
    for name in ("days.py", "_holidays.py", "_years.py", "explain.py"):
        for node in ast.walk(_tree(name)):
            called = getattr(node, "func", None)
            if not (
                isinstance(node, ast.Call)
                and getattr(called, "id", None) in ("NonWorkingDay", "Text")
            ):
                continue
            for sub in ast.walk(node):
                literal = sub.value if isinstance(sub, ast.Constant) else None
                if isinstance(literal, str) and re.search(r"[^\W\d_]\s|\s[^\W\d_]", literal):
                    inline.append((name, sub.lineno))
    assert inline == []


@pytest.mark.parametrize(
    ("start", "n", "id_", "en"),
    [
        (
            dt.date(2025, 3, 25),
            10,
            "10 hari kerja sejak Selasa, 25 Maret 2025: Kamis, 17 April 2025",
            "10 working day(s) after Tuesday, 25 March 2025: Thursday, 17 April 2025",
        ),
        (
            dt.date(2025, 4, 17),
            -10,
            "10 hari kerja sebelum Kamis, 17 April 2025: Selasa, 25 Maret 2025",
            "10 working day(s) before Thursday, 17 April 2025: Tuesday, 25 March 2025",
        ),
    ],
)
def test_an_explanation_sums_itself_up_in_each_language(
    start: dt.date, n: int, id_: str, en: str
) -> None:
    explained = WorkingCalendar().explain(start, n)
    assert (explained.summary("id"), explained.summary("en")) == (id_, en)


def test_a_count_into_an_undecreed_year_is_provisional_and_says_so_in_each_language() -> None:
    from uji_konsekuensi.calendar._holidays import decreed_through

    year = decreed_through() + 1
    explained = WorkingCalendar().explain(dt.date(year, 3, 2), 10)
    assert explained.summary("id").endswith(" (sementara)")
    assert explained.summary("en").endswith(" (provisional)")
    [note] = [n for n in explained.notes if n.id.startswith("Cuti bersama tahun")]
    assert note == M.EXPLAIN_CUTI_BERSAMA_UNDECREED(years=year, decreed_through=year - 1)
