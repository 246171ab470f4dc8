"""Indonesian words for numbers and dates, as official letters write them.

Official forms write numbers twice, in figures and in words ("30 (tiga puluh) hari kerja"), and the
Lembar Pengujian Konsekuensi opens with the day, date, month and year spelled out ("Pada hari ini,
Senin, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh lima"), the way a Berita Acara is
written so that a figure cannot be altered afterwards.

Day and month names and `format_tanggal` come from the calendar package, which owns Indonesian
dates; this module adds what only documents need: any number in words (`terbilang`, the calendar's
`number_words` stops at one hundred) and the spelled-out Berita Acara date.
"""

from __future__ import annotations

import datetime as dt

from ..calendar.days import WEEKDAYS_ID
from ..calendar.format import MONTHS_ID
from ..calendar.format import format_tanggal as _calendar_format_tanggal

HARI = WEEKDAYS_ID
BULAN = MONTHS_ID

_UNITS = (
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
        return _UNITS[n] if n else ""
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return _join(f"{_UNITS[tens]} puluh", _words(rest))
    if n < 200:
        return _join("seratus", _words(n - 100))
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _join(f"{_UNITS[hundreds]} ratus", _words(rest))
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


def format_tanggal(date: dt.date, *, with_day: bool = True) -> str:
    """An Indonesian date: "Senin, 17 Maret 2025" (``with_day=False``: "17 Maret 2025").

    Always in Bahasa Indonesia, whatever ``--lang`` says: these are official documents.
    A timestamp is formatted by its own (local) date; convert it to the agency's zone first.
    """
    if isinstance(date, dt.datetime):
        date = date.date()
    return _calendar_format_tanggal(date, lang="id", weekday=with_day)


def tanggal_terbilang(date: dt.date) -> str:
    """The Berita Acara form of a date, for "Pada hari ini, ..." openings.

    ``"Senin, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh lima"``.
    """
    if isinstance(date, dt.datetime):
        date = date.date()
    return (
        f"{HARI[date.weekday()]}, tanggal {terbilang(date.day)} bulan "
        f"{BULAN[date.month - 1]} tahun {terbilang(date.year)}"
    )


def nama_hari(date: dt.date) -> str:
    """The Indonesian name of the date's weekday ("Senin")."""
    return HARI[date.weekday()]
