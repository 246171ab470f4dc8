"""Bahasa Indonesia written once (uji_konsekuensi.bahasa), for the calendar and the documents."""

from __future__ import annotations

from uji_konsekuensi import bahasa
from uji_konsekuensi.calendar import format as calendar_format
from uji_konsekuensi.documents import indonesian


def test_calendar_and_documents_use_the_same_words() -> None:
    """The calendar's number words and month names and the documents' are the very same objects."""
    assert calendar_format.MONTHS_ID is bahasa.MONTHS_ID is indonesian.BULAN


def test_number_words_read_back_for_every_number_statutes_write() -> None:
    """1 to 100 in words read back to the same number; they equal the general terbilang."""
    for n in range(1, 101):
        words = bahasa.number_words(n)
        assert words == bahasa.terbilang(n)
        assert bahasa.parse_number_words(words) == n
    assert bahasa.written_number(30) == "30 (tiga puluh)" == bahasa.angka_terbilang(30)
    assert bahasa.terbilang(2025) == "dua ribu dua puluh lima"
    assert bahasa.terbilang(1_000_000) == "satu juta"
