"""Indonesian number words, satu (1) to seratus (100), both ways: from `uji_konsekuensi.bahasa`,
the one module for the language (kept here so existing imports go on working)."""

from __future__ import annotations

from ..bahasa import MAX_NUMBER as MAX_NUMBER
from ..bahasa import MIN_NUMBER as MIN_NUMBER
from ..bahasa import NUMBER_WORDS as NUMBER_WORDS
from ..bahasa import number_words as number_words
from ..bahasa import parse_number_words as parse_number_words
from ..bahasa import written_number as written_number
