"""Indonesian numbers in words and dates, as the official documents write them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.bahasa import angka_terbilang, number_words, terbilang
from uji_konsekuensi.documents.indonesian import format_tanggal, tanggal_terbilang


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (11, "sebelas"),
        (19, "sembilan belas"),
        (30, "tiga puluh"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (1000, "seribu"),
        (1945, "seribu sembilan ratus empat puluh lima"),
        (2025, "dua ribu dua puluh lima"),
        (11_000, "sebelas ribu"),
        (1_000_000, "satu juta"),
        (2_500_000_000, "dua miliar lima ratus juta"),
    ],
)
def test_terbilang(n: int, words: str) -> None:
    """Numbers are written as official Indonesian texts write them (se- only for 100 and 1000)."""
    assert terbilang(n) == words


def test_terbilang_agrees_with_the_calendar_package_up_to_100() -> None:
    """Where the calendar package also writes numbers (1-100), both write them the same."""
    for n in range(1, 101):
        assert terbilang(n) == number_words(n)


@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_terbilang_has_no_doubled_or_empty_words(n: int) -> None:
    """Any number gives clean words: "seratus", and "seribu" for a thousand on its own."""
    words = terbilang(n)
    assert words == words.strip() and "  " not in words
    assert "satu ratus" not in words
    # "dua puluh satu ribu" is right; a lone thousand is "seribu", never "satu ribu"
    assert not re.search(r"(^|juta |miliar |triliun )satu ribu", words)


def test_terbilang_refuses_what_it_cannot_write() -> None:
    """Booleans, floats and numbers from 10^15 are refused."""
    with pytest.raises(TypeError):
        terbilang(True)
    with pytest.raises(TypeError):
        terbilang(3.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        terbilang(10**15)
    assert terbilang(-5) == "minus lima"


def test_figures_and_words() -> None:
    """ "30 (tiga puluh)", as in "30 (tiga puluh) hari kerja"."""
    assert angka_terbilang(30) == "30 (tiga puluh)"


def test_dates() -> None:
    """ "Senin, 17 Maret 2025"; the Berita Acara form spells day, date and year out."""
    day = dt.date(2025, 3, 17)
    assert format_tanggal(day) == "Senin, 17 Maret 2025"
    assert format_tanggal(day, with_day=False) == "17 Maret 2025"
    assert format_tanggal(dt.datetime(2025, 3, 17, 23, 0)) == "Senin, 17 Maret 2025"
    assert tanggal_terbilang(day) == (
        "Senin, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh lima"
    )


def test_documents_write_dates_in_indonesian_whatever_the_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Official documents stay in Bahasa Indonesia even with UJI_KONSEKUENSI_LANG=en."""
    monkeypatch.setenv("UJI_KONSEKUENSI_LANG", "en")
    assert format_tanggal(dt.date(2025, 8, 17)) == "Minggu, 17 Agustus 2025"
