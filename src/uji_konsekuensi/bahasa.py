"""Bahasa Indonesia as official texts write it: day and month names, numbers in words.

One module for the language, used by the calendar (reading "10 (sepuluh) hari kerja", writing
"Senin, 17 Maret 2025") and by the documents (the Berita Acara date spelled out, "30 (tiga puluh)
hari kerja"), so a number or a month is written the same way everywhere.

- `WEEKDAYS_ID`, `WEEKDAYS_EN` (Monday first, ISO order), `MONTHS_ID`, `MONTHS_EN`;
- `terbilang(n)`: any number in words ("dua ribu dua puluh lima"), `angka_terbilang(n)`: "30 (tiga
  puluh)";
- `parse_number_words(text)`: the words back to a number, 1 to 100 (what SOPs and statutes write),
  with `number_words(n)` and `written_number(n)` ("10 (sepuluh)") for that range.

Grammar (KBBI, Pedoman Umum Ejaan): satu..sembilan; sepuluh (10), sebelas (11), "<unit> belas"
(12-19); "<unit> puluh [<unit>]" (20-99); seratus, seribu; "satu juta" (never "sejuta"). Spelling
variants seen in official texts are accepted on input: "se puluh", "se belas", "se ratus" and
hyphens ("dua-puluh").
"""

from __future__ import annotations

import re

__all__ = [
    "MAX_NUMBER",
    "MIN_NUMBER",
    "MONTHS_EN",
    "MONTHS_ID",
    "NUMBER_WORDS",
    "WEEKDAYS_EN",
    "WEEKDAYS_ID",
    "angka_terbilang",
    "number_words",
    "parse_number_words",
    "terbilang",
    "written_number",
]

WEEKDAYS_ID: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS_EN: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

MONTHS_ID: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --- numbers in words ----------------------------------------------------------------------------

_WORD_OF = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
# Scales above a thousand; "se-" forms (seribu, seratus) are only used for one hundred and one
# thousand, never for a million ("satu juta"), per KBBI and the Pedoman Umum Ejaan.
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def terbilang(n: int) -> str:
    """The number in Indonesian words: 30 -> "tiga puluh", 2025 -> "dua ribu dua puluh lima".

    Follows the usual rules of official writing: "sebelas", "dua belas", "seratus", "seribu",
    "satu juta". Negative numbers get "minus"; numbers of a quadrillion and more are refused.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang: expected an int, got {n!r}")
    if n < 0:
        return "minus " + terbilang(-n)
    if n >= 10**15:
        raise ValueError(f"terbilang: {n} is too large (limit: below 10^15)")
    return _words(n) if n else "nol"


def _words(n: int) -> str:
    if n < 12:
        return _WORD_OF[n] if n else ""
    if n < 20:
        return f"{_WORD_OF[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return _join(f"{_WORD_OF[tens]} puluh", _words(rest))
    if n < 200:
        return _join("seratus", _words(n - 100))
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _join(f"{_WORD_OF[hundreds]} ratus", _words(rest))
    if n < 2000:
        return _join("seribu", _words(n - 1000))
    if n < 10**6:
        thousands, rest = divmod(n, 1000)
        return _join(f"{_words(thousands)} ribu", _words(rest))
    for scale, name in _SCALES:
        if n >= scale:
            count, rest = divmod(n, scale)
            return _join(f"{_words(count)} {name}", _words(rest))
    raise AssertionError(n)  # pragma: no cover - every n < 10**15 matched a branch above


def _join(head: str, tail: str) -> str:
    return f"{head} {tail}" if tail else head


def angka_terbilang(n: int) -> str:
    """Figure and words, as forms write a quantity: 30 -> "30 (tiga puluh)"."""
    return f"{n} ({terbilang(n)})"


_UNITS: dict[str, int] = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}

#: Smallest and largest numbers read and written.
MIN_NUMBER = 1
MAX_NUMBER = 100

#: Every word that can be part of a number (used by parsers to find where a number ends).
NUMBER_WORDS: frozenset[str] = frozenset(
    [*_UNITS, "sepuluh", "sebelas", "seratus", "belas", "puluh", "ratus", "se"]
)


def _normalise(text: str) -> list[str]:
    words = re.split(r"[\s\-]+", text.strip().lower())
    merged: list[str] = []
    for word in words:
        if not word:
            continue
        # "se puluh" / "se belas" / "se ratus" are written apart in some typed documents.
        if merged and merged[-1] == "se" and word in ("puluh", "belas", "ratus"):
            merged[-1] = "se" + word
            continue
        merged.append(word)
    return merged


def parse_number_words(text: str) -> int | None:
    """The number written in Indonesian words, or None if ``text`` is not one (1 to 100).

    >>> parse_number_words("empat belas"), parse_number_words("seratus")
    (14, 100)
    """
    words = _normalise(text)
    if not words:
        return None
    if words == ["sepuluh"]:
        return 10
    if words == ["sebelas"]:
        return 11
    if words == ["seratus"]:
        return 100
    if len(words) == 1:
        return _UNITS.get(words[0])
    if len(words) == 2 and words[1] == "belas" and words[0] in _UNITS and words[0] != "satu":
        return 10 + _UNITS[words[0]]
    if len(words) in (2, 3) and words[1] == "puluh" and _UNITS.get(words[0], 1) > 1:
        tens = 10 * _UNITS[words[0]]
        if len(words) == 2:
            return tens
        unit = _UNITS.get(words[2])
        return None if unit is None else tens + unit
    return None


def number_words(n: int) -> str:
    """The Indonesian words for 1 to 100: ``number_words(14) == "empat belas"``."""
    if isinstance(n, bool) or not isinstance(n, int) or not MIN_NUMBER <= n <= MAX_NUMBER:
        raise ValueError(f"number_words: expected an integer from 1 to 100, got {n!r}")
    return terbilang(n)


def written_number(n: int) -> str:
    """How a legal text writes a count: ``written_number(10) == "10 (sepuluh)"``."""
    return f"{n} ({number_words(n)})"
