"""Indonesian words for numbers and dates, as official letters write them.

Official forms write numbers twice, in figures and in words ("30 (tiga puluh) hari kerja"), and the
Lembar Pengujian Konsekuensi opens with the day, date, month and year spelled out ("Pada hari ini,
Senin, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh lima"), the way a Berita Acara is
written so that a figure cannot be altered afterwards.

Day and month names and numbers in words come from `uji_konsekuensi.bahasa` (one module for the
language); this module adds what only documents need: the spelled-out Berita Acara date.
"""

from __future__ import annotations

import datetime as dt

from ..bahasa import MONTHS_ID, WEEKDAYS_ID, terbilang
from ..calendar.format import format_tanggal as _calendar_format_tanggal
from . import messages as M

HARI = WEEKDAYS_ID
BULAN = MONTHS_ID


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
    return M.LEGAL_DATE_IN_WORDS(
        weekday=HARI[date.weekday()],
        day=terbilang(date.day),
        month=BULAN[date.month - 1],
        year=terbilang(date.year),
    ).id


def nama_hari(date: dt.date) -> str:
    """The Indonesian name of the date's weekday ("Senin")."""
    return HARI[date.weekday()]
