"""Indonesian number words satu..seratus, both ways."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.calendar import number_words, parse_number_words, written_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("satu", 1),
        ("sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("empat belas", 14),
        ("sembilan belas", 19),
        ("dua puluh", 20),
        ("tiga puluh", 30),
        ("dua puluh satu", 21),
        ("sembilan puluh sembilan", 99),
        ("seratus", 100),
        ("Tiga Puluh", 30),
        ("se puluh", 10),
        ("dua-puluh", 20),
    ],
)
def test_parse_number_words(words: str, value: int) -> None:
    """Each written form reads as its number (case and spacing variants included)."""
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    "words", ["", "satu belas", "satu puluh", "puluh", "dua puluh sepuluh", "seribu", "hari"]
)
def test_not_numbers(words: str) -> None:
    """Ungrammatical or out-of-range words are not numbers (None)."""
    assert parse_number_words(words) is None


@given(st.integers(min_value=1, max_value=100))
def test_words_round_trip(n: int) -> None:
    """number_words and parse_number_words are inverses on 1..100."""
    assert parse_number_words(number_words(n)) == n


def test_written_number() -> None:
    """Legal style: digits then words in brackets."""
    assert written_number(10) == "10 (sepuluh)"
    assert written_number(14) == "14 (empat belas)"


@pytest.mark.parametrize("n", [0, 101, -1])
def test_number_words_range(n: int) -> None:
    """Outside 1..100 is an error."""
    with pytest.raises(ValueError):
        number_words(n)
