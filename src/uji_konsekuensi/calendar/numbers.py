"""Indonesian number words, satu (1) to seratus (100), both ways.

Legal texts and SOPs write numbers twice: "10 (sepuluh) hari kerja", "paling lambat 7 (tujuh)
hari kerja". `parse_number_words` reads the words, `number_words` writes them (documents
generated from a deadline write "14 (empat belas) hari kerja" the same way).

Grammar: satu..sembilan; sepuluh (10), sebelas (11), "<unit> belas" (12-19); "<unit> puluh
[<unit>]" (20-99); seratus (100). Spelling variants seen in official texts are accepted on input:
"se puluh", "se belas", "se ratus", "seratus" and hyphens ("dua-puluh").
"""

from __future__ import annotations

import re

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
_WORDS_OF_UNIT = {value: word for word, value in _UNITS.items()}

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
    if n == 100:
        return "seratus"
    if n < 10:
        return _WORDS_OF_UNIT[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_WORDS_OF_UNIT[n - 10]} belas"
    tens, unit = divmod(n, 10)
    words = f"{_WORDS_OF_UNIT[tens]} puluh"
    return f"{words} {_WORDS_OF_UNIT[unit]}" if unit else words


def written_number(n: int) -> str:
    """How a legal text writes a count: ``written_number(10) == "10 (sepuluh)"``."""
    return f"{n} ({number_words(n)})"
