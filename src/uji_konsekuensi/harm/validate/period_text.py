"""Reading a period's ``as_written`` text: the counts of years or months and the dates it states.

The Jangka Waktu column is printed from ``as_written`` on the Lembar, the Penetapan and the DIK,
while the checker computes with the structured fields (``years``, ``at_most_years``, ``until``).
When the two say different things, the official signs one period and the system enforces
another, so `exemption_period` compares them; this module only reads the text.

What is read, as official texts write it:

- a count before "tahun" or "bulan": digits ("5 tahun"), words ("lima tahun", "tiga ratus
  tahun") or both ("300 (tiga ratus) tahun", "tiga puluh (30) tahun"); words are read for any
  number up to 9,999 as `bahasa.terbilang` writes them (and the "se puluh" / hyphen spellings
  `bahasa` accepts), because a period beyond 100 years is exactly the typo that must be seen;
- a date: "31 Desember 2030", "31-12-2030", "31/12/2030" or "2030-12-31".

A text may also state nothing countable ("Selama yang bersangkutan berstatus PNS"): then there is
nothing to compare.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from ...bahasa import MONTHS_ID, terbilang

#: Largest count read from words (years or months; a period is never longer).
_MAX_WORDS = 9999
_UNIT = re.compile(r"\b(tahun|bulan)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s+\d{4}\b")
_MONTHS = {name.casefold(): n for n, name in enumerate(MONTHS_ID, start=1)}
_DATE_WORDS = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_DATE_DMY = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


@attrs.frozen(kw_only=True)
class StatedCount:
    """A count of years or months the text states.

    ``digits`` and ``words`` are the number as each form writes it (None where the text uses
    only the other); ``value`` is the digits when present, else the words. ``written`` is the
    phrase as it appears ("300 (tiga ratus) tahun").
    """

    unit: str  # "tahun" or "bulan"
    value: int
    digits: int | None
    words: int | None
    written: str

    @property
    def self_contradicting(self) -> bool:
        """Digits and words both given and different ("30 (tiga ratus) tahun")."""
        return self.digits is not None and self.words is not None and self.digits != self.words

    @property
    def years(self) -> float:
        """The count in years (months divided by 12)."""
        return self.value if self.unit == "tahun" else self.value / 12


@functools.cache
def _words_table() -> dict[str, int]:
    # The inverse of terbilang: every number up to _MAX_WORDS, written the one official way.
    return {terbilang(n): n for n in range(1, _MAX_WORDS + 1)}


@functools.cache
def _number_parts() -> frozenset[str]:
    # The words numbers are written with, taken from terbilang itself (one word list, in
    # bahasa), and "se" written apart from its word ("se puluh", "se-ratus").
    return frozenset(part for words in _words_table() for part in words.split()) | {"se"}


def words_value(text: str) -> int | None:
    """The number written in Indonesian words (1 to 9,999), or None if ``text`` is not one.

    >>> words_value("tiga ratus"), words_value("dua-puluh lima"), words_value("lima tahun")
    (300, 25, None)
    """
    merged: list[str] = []
    for word in re.split(r"[\s\-]+", text.strip().casefold()):
        if not word:
            continue
        # "se puluh", "se ratus": typed apart in some documents, one word in the standard.
        if merged and merged[-1] == "se" and word in ("puluh", "belas", "ratus", "ribu"):
            merged[-1] = "se" + word
            continue
        merged.append(word)
    return _words_table().get(" ".join(merged)) if merged else None


def _trailing_words(text: str) -> tuple[int | None, str]:
    """The number words at the end of ``text`` (their value, or None) and what precedes them."""
    tokens = text.split()
    parts = _number_parts()
    start = len(tokens)
    while start > 0 and all(
        part in parts for part in tokens[start - 1].casefold().split("-") if part
    ):
        start -= 1
    if start == len(tokens):
        return None, text
    # Drop leading parts that make no number ("se" alone, a stray "puluh"): the longest
    # readable tail is the number.
    for first in range(start, len(tokens)):
        value = words_value(" ".join(tokens[first:]))
        if value is not None:
            return value, " ".join(tokens[:first])
    return None, text


def _number_at_end(text: str) -> tuple[int | None, int | None, str]:
    """Digits and words ending ``text``, either one bracketed: (digits, words, the rest)."""
    text = text.rstrip()
    digits: int | None = None
    words: int | None = None
    if text.endswith(")") and "(" in text:
        open_at = text.rindex("(")
        inner = text[open_at + 1 : -1].strip()
        text = text[:open_at].rstrip()
        if inner.isdigit():
            digits = int(inner)
        else:
            words = words_value(inner)
            if words is None:
                return None, None, text
    m = re.search(r"(\d+)$", text)
    if m and digits is None:
        digits = int(m.group(1))
        text = text[: m.start()]
    elif words is None:
        words, text = _trailing_words(text)
    return digits, words, text


def stated_counts(text: str | None) -> tuple[StatedCount, ...]:
    """Every count of years or months ``text`` states, in order."""
    if not text:
        return ()
    found: list[StatedCount] = []
    for unit in _UNIT.finditer(text):
        if _YEAR_AFTER.match(text, unit.end()):
            continue  # "Nomor 14 Tahun 2008", "Semester I Tahun 2025": a year, not a count
        before = text[: unit.start()]
        digits, words, rest = _number_at_end(before)
        if digits is None and words is None:
            continue
        value = digits if digits is not None else words
        assert value is not None
        found.append(
            StatedCount(
                unit=unit.group(1).casefold(),
                value=value,
                digits=digits,
                words=words,
                written=" ".join(text[len(rest.rstrip()) : unit.end()].split()),
            )
        )
    return tuple(found)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def stated_dates(text: str | None) -> tuple[dt.date, ...]:
    """Every calendar date ``text`` states ("31 Desember 2030", "31-12-2030", "2030-12-31")."""
    if not text:
        return ()
    found: list[tuple[int, dt.date | None]] = []
    for m in _DATE_WORDS.finditer(text):
        found.append(
            (m.start(), _date(int(m.group(3)), _MONTHS[m.group(2).casefold()], int(m.group(1))))
        )
    for m in _DATE_ISO.finditer(text):
        found.append((m.start(), _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _DATE_DMY.finditer(text):
        found.append((m.start(), _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    return tuple(d for _, d in sorted(found, key=lambda pair: pair[0]) if d is not None)
