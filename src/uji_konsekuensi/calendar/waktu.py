"""The "Waktu" column of an SOP (PermenPAN-RB 35/2012 mutu baku) as a typed duration.

`parse_waktu(text)` reads what SOPs write and returns a `Waktu`:

======================================================  ================  ======  ============
written                                                 kind              amount  other
======================================================  ================  ======  ============
"1 HK", "3 hari kerja", "10 (sepuluh) hari kerja"       working_days      n
"paling lambat 7 (tujuh) hari kerja"                    working_days      7
"2 (dua) hari Pada hari jam kerja"                      working_days      2       office_hours
"14 hari kalender"                                      calendar_days     14
"1 minggu"                                              calendar_days     7       (7 days/week)
"Maksimal disahkan 1 bulan setelah Pengujian            calendar_months   1       after=
Konsekuensi"                                                                      "Pengujian
                                                                                  Konsekuensi"
"1 x 24 jam", "2 jam"                                   hours             24, 2
"30 menit"                                              minutes           30
"Setiap Saat"                                           any_time          None
"Pada hari dan jam kerja", "Pada hari jam kerja"        office_hours      None    office_hours
"Tentatif"                                              tentative         None
======================================================  ================  ======  ============

Readings we chose, with the reason:

- "hari" without "kerja" or "kalender" is read as working days: PERKI 1/2021 Pasal 1 angka 22
  says "Hari adalah hari kerja", and an SOP implements that regulation. The `Waktu` records the
  reading in ``basis``.
- "x 24 jam" is clock time (24 hours per unit), as written; "minggu"/"pekan" is 7 calendar days.
- A number may be written in digits, in words (satu..seratus), or both ("10 (sepuluh)"); digits
  and words that disagree ("2 (tiga) hari") are an error, never silently one of them.
- Limit words before the number ("paling lambat", "maksimal", "selambat-lambatnya", ...) and one
  verb ("disahkan", "diselesaikan") are allowed: every SOP time is an upper bound anyway.

Due moments (`Waktu.due`): working / calendar days and months end at the end of the due day
(23:59:59.999999 local time: the limit is "within N days", so the whole last day counts), or at
the close of office hours on that day when the text says "jam kerja". "Pada hari dan jam kerja"
alone is due at the close of office hours of the day the step starts (of the next working day if
it starts outside office hours): the step is done while the office is open. "Setiap saat" and
"Tentatif" have no due moment (None): they are recorded as such.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal, get_args

import attrs
from dateutil.relativedelta import relativedelta

from ..bahasa import NUMBER_WORDS, parse_number_words
from ..i18n import Language, Text, current_language
from . import messages as M
from .errors import CalendarError, WaktuError

if TYPE_CHECKING:
    from .working import WorkingCalendar

WaktuKind = Literal[
    "working_days",
    "calendar_days",
    "calendar_months",
    "any_time",
    "office_hours",
    "tentative",
    "hours",
    "minutes",
]
KINDS: tuple[str, ...] = get_args(WaktuKind)
#: Kinds that carry no amount.
_NO_AMOUNT = frozenset({"any_time", "office_hours", "tentative"})
_MAX_AMOUNT = 9999
#: Most digits a number in a waktu may have. An SOP time is a few days or hours (the amount is
#: at most 9,999 anyway); a longer run of digits is refused as it is read, before Python converts
#: it (a 5,000-digit number would exceed Python's integer-string conversion limit).
MAX_WAKTU_DIGITS = 6

HARI_BASIS = 'PERKI 1/2021 Pasal 1 angka 22 ("Hari adalah hari kerja")'

_I = re.IGNORECASE
_TENTATIVE = re.compile(r"tentatif|tentative|sesuai kebutuhan", _I)
_ANY_TIME = re.compile(r"(?:setiap|tiap)\s+saat|sewaktu-waktu|kapan\s+saja", _I)
_OFFICE = r"(?:(?:pada|selama|dalam)\s+(?:saat\s+)?)?(?:hari\s+(?:dan\s+|&\s*)?)?jam\s+kerja"
_OFFICE_ONLY = re.compile(rf"{_OFFICE}|pada\s+hari\s+kerja", _I)
_LIMIT = re.compile(
    r"(?:paling\s+lambat|paling\s+lama|selambat-lambatnya|selama-lamanya|maksimal|maksimum|"
    r"maks\.?|max\.?|dalam\s+waktu|dalam|kurang\s+dari|tidak\s+lebih\s+dari|≤|<=)\s*",
    _I,
)
_VERB = re.compile(r"(di[a-z]+)\s+", _I)
_DIGITS = re.compile(r"(\d+)\s*(?:\(\s*([^)]*?)\s*\))?\s*", _I)
_WORD_DIGITS = re.compile(r"\(\s*(\d+)\s*\)\s*", _I)
_SE_UNIT = re.compile(r"se(hari|bulan|minggu|pekan|jam)\b\s*", _I)
_UNITS: tuple[tuple[re.Pattern[str], WaktuKind, int, str | None], ...] = (
    (re.compile(r"x\s*24\s*jam\b\s*", _I), "hours", 24, None),
    (re.compile(r"(?:h\.\s?k\.?|hk\b)\s*", _I), "working_days", 1, None),
    (re.compile(r"hari\s+kerja\b\s*", _I), "working_days", 1, None),
    (re.compile(r"hari\s+kalender\b\s*", _I), "calendar_days", 1, None),
    (re.compile(r"hari\b\s*", _I), "working_days", 1, HARI_BASIS),
    (re.compile(r"bulan\b\s*", _I), "calendar_months", 1, None),
    (re.compile(r"(?:minggu|pekan)\b\s*", _I), "calendar_days", 7, None),
    (re.compile(r"jam\b\s*", _I), "hours", 1, None),
    (re.compile(r"menit\b\s*", _I), "minutes", 1, None),
)
_TAIL = re.compile(
    rf"(?:(?P<office>{_OFFICE})\s*)?"
    r"(?:(?:setelah|sesudah|terhitung\s+sejak|sejak|dari)\s+(?P<after>.+?))?"
    rf"\s*(?P<office2>{_OFFICE})?",
    _I,
)

_EXAMPLES = (
    '"3 HK", "10 (sepuluh) hari kerja", "14 hari kalender", "1 bulan setelah <langkah>", '
    '"1 x 24 jam", "30 menit", "Setiap saat", "Pada hari dan jam kerja", "Tentatif"'
)


def _refused(text: str, said: Text, expected: Text, source: str, path: str) -> WaktuError:
    """The refusal of ``text``: what is wrong and what was expected, from the catalog."""
    return WaktuError(
        text,
        said.id,
        said.en,
        expected=expected.id,
        expected_en=expected.en,
        source=source,
        path=path,
    )


def _any_waktu() -> Text:
    """What was expected of a text that is no Waktu at all: the Waktu SOPs write."""
    return M.WAKTU_EXAMPLES(examples=_EXAMPLES)


def _check_kind(instance: Waktu, attribute: attrs.Attribute[str], value: object) -> None:
    if value not in KINDS:
        raise ValueError(f"Waktu.kind: expected one of {', '.join(KINDS)}, got {value!r}")


@attrs.frozen(kw_only=True)
class Waktu:
    """A parsed SOP time: ``kind``, ``amount`` (int or None), flags and the text as written.

    ``office_hours``: the step happens in office hours ("jam kerja"); ``after``: the named step
    a duration counts from ("Pengujian Konsekuensi"), as written, or None (counted from the
    step's own start); ``basis``: the rule behind a reading we inferred (see the module notes).
    """

    kind: WaktuKind = attrs.field(validator=_check_kind)
    amount: int | None = None
    office_hours: bool = False
    after: str | None = None
    text: str = ""
    basis: str | None = None

    def __attrs_post_init__(self) -> None:
        if (self.amount is None) != (self.kind in _NO_AMOUNT):
            raise ValueError(
                f"Waktu: kind {self.kind!r} "
                + ("has no amount" if self.kind in _NO_AMOUNT else "needs an amount")
                + f", got amount={self.amount!r}"
            )
        if self.amount is not None and not 1 <= self.amount <= _MAX_AMOUNT:
            raise ValueError(f"Waktu.amount: expected 1 to {_MAX_AMOUNT}, got {self.amount!r}")

    @property
    def has_limit(self) -> bool:
        """False for "Setiap saat" and "Tentatif", which set no time limit."""
        return self.kind not in ("any_time", "tentative")

    def describe(self, lang: Language | None = None) -> str:
        """The duration in words: "2 hari kerja, pada jam kerja" / "2 working days, in office
        hours"."""
        en = (lang or current_language()) == "en"
        names = _NAMES_EN if en else _NAMES_ID
        text = names[self.kind]
        if self.amount is not None:
            text = f"{self.amount} {text}"
        if self.office_hours and self.kind != "office_hours":
            text += ", in office hours" if en else ", pada jam kerja"
        if self.after:
            text += f" {'after' if en else 'setelah'} {self.after}"
        return text

    # --- due moments ---------------------------------------------------------------------------

    def due_date(self, start: dt.date | dt.datetime, calendar: WorkingCalendar) -> dt.date | None:
        """The local date the step is due, or None for a time without a limit."""
        moment = self.due(start, calendar)
        return None if moment is None else moment.date()

    def due(self, start: dt.date | dt.datetime, calendar: WorkingCalendar) -> dt.datetime | None:
        """When the step is due, as an aware datetime in the calendar's zone (None: no limit).

        ``start`` is when the step (or, with ``after``, the named step) started: a date or an
        aware datetime. Hours and minutes need a datetime.
        """
        if self.kind in ("any_time", "tentative"):
            return None
        day = calendar.local_date(start)
        if self.kind == "office_hours":
            return _close_of_office(calendar, start)
        assert self.amount is not None
        if self.kind in ("hours", "minutes"):
            return self._due_clock(start, calendar, self.amount)
        if self.kind == "working_days":
            due_day = calendar.add_working_days(day, self.amount)
        elif self.kind == "calendar_days":
            due_day = day + dt.timedelta(days=self.amount)
        else:  # calendar_months: the same day N months on, the month's last day if it has none
            due_day = day + relativedelta(months=self.amount)
        if self.office_hours:
            # The step must be done while the office is open, no later than the due day.
            last_working = calendar.previous_working_day(due_day, inclusive=True)
            hours = calendar.office_hours_on(last_working)
            assert hours is not None
            return hours.closes
        return dt.datetime.combine(due_day, dt.time.max, tzinfo=calendar.zone)

    def _due_clock(
        self, start: dt.date | dt.datetime, calendar: WorkingCalendar, amount: int
    ) -> dt.datetime:
        if not isinstance(start, dt.datetime):
            # The text as written, else the Waktu described in each language.
            waktu = Text(self.text or self.describe("id"), self.text or self.describe("en"))
            said = M.WAKTU_CLOCK_NEEDS_MOMENT(waktu=waktu)
            expected = M.WAKTU_CLOCK_NEEDS_MOMENT_EXPECTED()
            raise CalendarError.one(
                "Waktu",
                "start",
                said.id,
                said.en,
                value=start.isoformat(),
                expected=expected.id,
                expected_en=expected.en,
            )
        calendar.local_date(start)  # refuses a naive datetime
        minutes = amount * (60 if self.kind == "hours" else 1)
        if not self.office_hours:
            return (start + dt.timedelta(minutes=minutes)).astimezone(calendar.zone)
        # Count only time inside office hours (at most a few days for an SOP's hours).
        remaining = dt.timedelta(minutes=minutes)
        cursor = calendar.next_office_opening(start)
        while True:
            hours = calendar.office_hours_on(cursor.date())
            assert hours is not None
            available = hours.closes - cursor
            if remaining <= available:
                return cursor + remaining
            remaining -= available
            cursor = calendar.next_office_opening(hours.closes)


_NAMES_ID: dict[str, str] = {
    "working_days": "hari kerja",
    "calendar_days": "hari kalender",
    "calendar_months": "bulan",
    "any_time": "setiap saat",
    "office_hours": "pada hari dan jam kerja",
    "tentative": "tentatif (tanpa batas waktu)",
    "hours": "jam",
    "minutes": "menit",
}
_NAMES_EN: dict[str, str] = {
    "working_days": "working day(s)",
    "calendar_days": "calendar day(s)",
    "calendar_months": "month(s)",
    "any_time": "at any time",
    "office_hours": "on a working day in office hours",
    "tentative": "tentative (no time limit)",
    "hours": "hour(s)",
    "minutes": "minute(s)",
}


def _close_of_office(calendar: WorkingCalendar, start: dt.date | dt.datetime) -> dt.datetime:
    """Close of office hours of the day a step starts (the next working day's if it starts
    outside office hours or on a non-working day)."""
    opening = calendar.next_office_opening(start)
    hours = calendar.office_hours_on(opening.date())
    assert hours is not None
    return hours.closes


# --- parsing ---------------------------------------------------------------------------------


def _int(digits: str, text: str, source: str, path: str) -> int:
    """The digits as a number, refused beyond `MAX_WAKTU_DIGITS` digits."""
    if len(digits) > MAX_WAKTU_DIGITS:
        raise _refused(
            text[:40] + ("…" if len(text) > 40 else ""),
            M.WAKTU_NUMBER_TOO_LONG(digits=len(digits)),
            M.WAKTU_NUMBER_TOO_LONG_EXPECTED(most=MAX_WAKTU_DIGITS),
            source,
            path,
        )
    return int(digits)


def _number(rest: str, text: str, source: str, path: str) -> tuple[int, str]:
    """Read the number at the start of ``rest``; return it and what follows."""
    m = _SE_UNIT.match(rest)
    if m:  # "sehari", "sebulan": one unit, the unit written into the word
        return 1, m.group(1) + " " + rest[m.end() :]
    m = _DIGITS.match(rest)
    if m:
        value = _int(m.group(1), text, source, path)
        words = m.group(2)
        if words is not None:
            said = parse_number_words(words)
            if said is None:
                raise _refused(
                    text,
                    M.WAKTU_BRACKETS_NOT_NUMBER(words=words),
                    M.WAKTU_BRACKETS_NOT_NUMBER_EXPECTED(),
                    source,
                    path,
                )
            if said != value:
                raise _refused(
                    text,
                    M.WAKTU_DIGITS_DISAGREE(digits=value, words=words, said=said),
                    M.WAKTU_DIGITS_DISAGREE_EXPECTED(),
                    source,
                    path,
                )
        return value, rest[m.end() :]
    tokens = rest.split(" ")  # whitespace is already collapsed
    taken = 0
    for token in tokens:
        parts = [part for part in token.lower().split("-") if part]
        if not parts or not all(part in NUMBER_WORDS for part in parts):
            break
        taken += 1
    if taken:
        words = " ".join(tokens[:taken])
        value_or_none = parse_number_words(words)
        if value_or_none is None:
            raise _refused(
                text,
                M.WAKTU_WORDS_UNREADABLE(words=words),
                M.WAKTU_WORDS_UNREADABLE_EXPECTED(),
                source,
                path,
            )
        after = " ".join(tokens[taken:])
        m = _WORD_DIGITS.match(after)
        if m:
            if _int(m.group(1), text, source, path) != value_or_none:
                raise _refused(
                    text,
                    M.WAKTU_WORDS_DISAGREE(words=words, said=value_or_none, digits=m.group(1)),
                    M.WAKTU_WORDS_DISAGREE_EXPECTED(),
                    source,
                    path,
                )
            after = after[m.end() :]
        return value_or_none, after
    raise _refused(text, M.WAKTU_UNKNOWN(), _any_waktu(), source, path)


def parse_waktu(text: str, *, source: str = "waktu", path: str = "") -> Waktu:
    """Read an SOP "Waktu" text into a `Waktu`; `WaktuError` (quoting it) if it cannot be read.

    ``source`` and ``path`` name where the text comes from in errors (an SOP file and the JSON
    path of the step's field, e.g. ``steps[3].waktu``).
    """
    if not isinstance(text, str):
        raise _refused(repr(text), M.WAKTU_NOT_TEXT(), _any_waktu(), source, path)
    s = " ".join(text.split()).rstrip(".,;")
    if not s:
        raise _refused(text, M.WAKTU_EMPTY(), _any_waktu(), source, path)
    if _TENTATIVE.fullmatch(s):
        return Waktu(kind="tentative", text=text)
    if _ANY_TIME.fullmatch(s):
        return Waktu(kind="any_time", text=text)
    if _OFFICE_ONLY.fullmatch(s):
        return Waktu(kind="office_hours", office_hours=True, text=text)

    rest = s
    m = _LIMIT.match(rest)
    if m:
        rest = rest[m.end() :]
    m = _VERB.match(rest)
    if m:
        rest = rest[m.end() :]
    amount, rest = _number(rest, text, source, path)
    unit = next(((u, m) for u in _UNITS if (m := u[0].match(rest)) is not None), None)
    if unit is None:
        raise _refused(text, M.WAKTU_UNIT_UNKNOWN(), _any_waktu(), source, path)
    (_, kind, factor, basis), found = unit
    rest = rest[found.end() :]
    tail = _TAIL.fullmatch(rest.strip())
    if tail is None:
        raise _refused(
            text,
            M.WAKTU_TAIL_UNKNOWN(words=rest.strip()),
            M.WAKTU_TAIL_UNKNOWN_EXPECTED(),
            source,
            path,
        )
    if not 1 <= amount * factor <= _MAX_AMOUNT:
        raise _refused(
            text,
            M.WAKTU_AMOUNT_RANGE(most=_MAX_AMOUNT),
            M.WAKTU_AMOUNT_RANGE_EXPECTED(),
            source,
            path,
        )
    return Waktu(
        kind=kind,
        amount=amount * factor,
        office_hours=bool(tail.group("office") or tail.group("office2")),
        after=tail.group("after") or None,
        text=text,
        basis=basis,
    )
