"""Indonesian dates as SOP identity blocks write them.

PermenPAN-RB 35/2012 (Lampiran, Bagian Identitas) asks every SOP AP for a *tanggal pembuatan*
(the day the SOP was finished), a *tanggal revisi* and a *tanggal efektif* (the day it was signed).
The four real SOPs write them in four ways, all of which must be read without guessing silently:

- "26 Agustus 2020", "21 OKTOBER 2024": day, Indonesian month name (any case), year;
- "20-Jan-25": a spreadsheet's d-mmm-yy (English or Indonesian month abbreviation, two-digit year);
- "..25... Agustus 2020": a printed form whose blank was filled in by hand: the dots are *fill-in
  leaders* ("titik-titik isian"), not part of the date. The text is kept as written; the date is
  read as 25 Agustus 2020 and the reading says so;
- "Agustus 2020": a month without a day. The precision is kept (a month, not the 1st of it).

Also read: ISO "2020-08-26", numeric day-month-year "26-08-2020" / "26/08/2020" / "26.08.2020"
(the Indonesian order), a year alone, and a weekday in front ("Rabu, 26 Agustus 2020"; it must be
the right weekday). Anything else raises `TanggalError` naming the field, the text and the
accepted forms: never a silently wrong date.

A two-digit year is read as 20yy: SOP AP exist since PermenPAN-RB 35/2012 (and PER/21/M.PAN/11/2008
before it), so no SOP date lies in the 1900s. The reading records it.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from ..errors import InputError, Problem
from ..i18n import Text
from . import messages as M

__all__ = [
    "MONTHS",
    "Precision",
    "Tanggal",
    "TanggalError",
    "parse_tanggal",
    "try_parse_tanggal",
]

#: Month names and abbreviations, lower case. Indonesian full names (and the older spellings
#: "Pebruari", "Nopember"), the abbreviations of KBBI/PUEBI ("Agt.") and of spreadsheets in the
#: Indonesian locale ("Agu", "Okt", "Des"), and English names and abbreviations, because a
#: spreadsheet in an English locale writes "20-Jan-25" (the Kalteng seed).
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

#: Weekday names (ISO weekday numbers), Indonesian and English.
WEEKDAYS: dict[str, int] = {
    "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "sabtu": 6,
    "minggu": 7, "ahad": 7,
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}  # fmt: skip

#: Years outside this range are typing errors, not SOP dates (UU 14/2008 is of 2008; an SOP
#: dated 2200 is a slip of the keyboard). Kept wide on purpose: validate() judges plausibility.
MIN_YEAR = 1945
MAX_YEAR = 2100

#: What a refusal of a date text expects, in each language (its words: sop/messages.py).
EXPECTED = M.TANGGAL_EXPECTED.id
EXPECTED_EN = M.TANGGAL_EXPECTED.en


class Precision(enum.Enum):
    """How much of the date the text gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class TanggalError(InputError):
    """A date text that cannot be read; names the field, the text and the accepted forms."""


@attrs.frozen(kw_only=True)
class Tanggal:
    """A date as an SOP writes it, and what it means.

    ``text`` is exactly as written. ``year``/``month``/``day`` are what it says (``day`` is None
    for "Agustus 2020"). ``reading`` explains a reading that is not plain (fill-in leaders
    ignored, a two-digit year, a blank day), in Bahasa Indonesia and English; None otherwise.
    """

    text: str
    year: int
    month: int | None = None
    day: int | None = None
    reading: Text | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def date(self) -> dt.date | None:
        """The calendar date, when the text names a day; None for a month or a year."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def earliest(self) -> dt.date:
        """The first day the text can mean (the 1st of the month for "Agustus 2020")."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the text can mean (31 Agustus for "Agustus 2020")."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        first_next = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)

    def __str__(self) -> str:
        d = self.date
        if d is not None:
            return d.isoformat()
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


# A run of two or more dots, an ellipsis or underscores: the blank of a printed form.
_LEADERS = re.compile(r"(?:\.{2,}|…+|_{2,})")
_WEEKDAY = re.compile(r"^(?P<name>[A-Za-z']+)\s*,?\s+(?=\S)")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_DMY_NUMERIC = re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})")
_D_MONTH_Y = re.compile(r"(?P<d>\d{1,2})[\s\-/]*(?P<mon>[A-Za-z]+)\.?[\s\-/]*(?P<y>\d{4}|\d{2})")
_MONTH_Y = re.compile(r"(?P<mon>[A-Za-z]+)\.?[\s\-/]*(?P<y>\d{4})")
_YEAR = re.compile(r"(?P<y>\d{4})")


def _fail(text: str, field: str, source: str, said: Text) -> TanggalError:
    return TanggalError(
        source,
        [
            Problem(
                path=field,
                message=said.id,
                message_en=said.en,
                value=text,
                expected=EXPECTED,
                expected_en=EXPECTED_EN,
            )
        ],
    )


def _year(raw: str, notes: list[Text]) -> int:
    if len(raw) == 2:
        year = 2000 + int(raw)
        notes.append(M.TANGGAL_NOTE_TWO_DIGIT_YEAR(raw=raw, year=year))
        return year
    return int(raw)


def parse_tanggal(text: str, *, field: str = "", source: str = "tanggal") -> Tanggal:
    """Read an Indonesian date text; raise `TanggalError` when it cannot be read.

    ``field`` is the JSON path of the text ("identity.tanggal_pembuatan") and ``source`` the
    file or object it comes from; both go into the error.
    """
    if not isinstance(text, str) or not text.strip():
        raise _fail(str(text), field, source, M.TANGGAL_EMPTY())
    notes: list[Text] = []
    s = text.strip()
    if _LEADERS.search(s):
        s = _LEADERS.sub(" ", s)
        notes.append(M.TANGGAL_NOTE_LEADERS())
    s = " ".join(s.split()).strip(" ,.;")
    weekday: int | None = None
    m = _WEEKDAY.match(s)
    if m and m.group("name").lower() in WEEKDAYS:
        weekday = WEEKDAYS[m.group("name").lower()]
        s = s[m.end() :]

    year: int
    month: int | None = None
    day: int | None = None
    if mm := _ISO.fullmatch(s):
        year, month, day = int(mm["y"]), int(mm["m"]), int(mm["d"])
    elif mm := _DMY_NUMERIC.fullmatch(s):
        day, month, year = int(mm["d"]), int(mm["m"]), _year(mm["y"], notes)
    elif mm := _D_MONTH_Y.fullmatch(s):
        month = MONTHS.get(mm["mon"].lower())
        if month is None:
            raise _unknown_month(text, mm["mon"], field, source)
        day, year = int(mm["d"]), _year(mm["y"], notes)
    elif mm := _MONTH_Y.fullmatch(s):
        month = MONTHS.get(mm["mon"].lower())
        if month is None:
            raise _unknown_month(text, mm["mon"], field, source)
        year = int(mm["y"])
        if notes:  # leaders where the day should be: the blank was never filled in
            notes.append(M.TANGGAL_NOTE_NO_DAY())
    elif mm := _YEAR.fullmatch(s):
        year = int(mm["y"])
    else:
        raise _fail(
            text,
            field,
            source,
            M.TANGGAL_UNREADABLE(text=text),
        )

    if weekday is not None and day is None:
        raise _fail(
            text,
            field,
            source,
            M.TANGGAL_WEEKDAY_ALONE(),
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _fail(
            text,
            field,
            source,
            M.TANGGAL_YEAR_RANGE(year=year, first=MIN_YEAR, last=MAX_YEAR),
        )
    if month is not None and not 1 <= month <= 12:
        raise _fail(text, field, source, M.TANGGAL_MONTH_RANGE(month=month))
    if day is not None and month is not None:
        try:
            parsed = dt.date(year, month, day)
        except ValueError:
            raise _fail(
                text,
                field,
                source,
                M.TANGGAL_DAY_RANGE(day=day, month=month, year=year),
            ) from None
        if weekday is not None and parsed.isoweekday() != weekday:  # a wrong weekday: a typo
            raise _fail(
                text,
                field,
                source,
                M.TANGGAL_WEEKDAY_WRONG(date=parsed.isoformat()),
            )
    reading = None
    if notes:
        reading = Text(id="; ".join(n.id for n in notes), en="; ".join(n.en for n in notes))
    return Tanggal(text=text, year=year, month=month, day=day, reading=reading)


def _unknown_month(text: str, name: str, field: str, source: str) -> TanggalError:
    return _fail(
        text,
        field,
        source,
        M.TANGGAL_MONTH_UNKNOWN(name=name),
    )


def try_parse_tanggal(text: str | None) -> Tanggal | None:
    """`parse_tanggal`, or None when the text is absent, blank or unreadable."""
    if text is None or not text.strip():
        return None
    try:
        return parse_tanggal(text)
    except TanggalError:
        return None
