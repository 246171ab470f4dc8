"""The attrs validators the models share: a code written as a slug, a text that is not blank;
and `says_nothing`, the test of a text that is written but says nothing.

A code (an agency's, a document kind's, a lane's) is a lowercase slug, ``kutai-timur``: letters
and digits in words joined by single hyphens, so that it is the same in a file name, a URL and a
JSON key. A model that was given something else raises a `ValueError` naming the class, the
field, the value and an example of what was expected (the converter turns it into a `Problem`
with the JSON path).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from .text_memo import per_text

__all__ = ["NON_ANSWERS", "SLUG", "nonblank", "says_nothing", "slug"]

#: A slug: lowercase letters and digits in hyphen-separated words ("kutai-timur", "lembar-uji").
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slug(example: str) -> Callable[[Any, attrs.Attribute[str], object], None]:
    """A validator of a slug field; ``example`` is shown in the error ("kutai-timur")."""

    def check(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or not SLUG.fullmatch(value):
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name}: expected a lowercase slug "
                f"(letters, digits, single hyphens, e.g. {example!r}), got {value!r}"
            )

    return check


def nonblank(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    """A validator of a text that must say something (not empty, not only spaces)."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected a non-empty text, got {value!r}"
        )


#: The stock answers that fill a field without answering it, as `says_nothing` compares them
#: (lowercase, letters and digits only, single spaces): what a clerk types to get past a
#: required field of a form. A real reason or consequence is never one of these whole.
NON_ANSWERS: frozenset[str] = frozenset(
    {
        "tidak ada",
        "tidak ada alasan",
        "belum ada",
        "belum diisi",
        "nihil",
        "kosong",
        "none",
        "null",
        "nil",
        "n a",
        "na",
        "tbd",
        "todo",
        "lorem ipsum",
    }
)


def says_nothing(text: str | None) -> bool:
    """True for a text that fills a field without saying anything: None, blank, no letter at
    all ("-", "...", "0"), one letter repeated ("xxx"), or a stock non-answer whole
    (`NON_ANSWERS`: "Tidak ada.", "N/A", "nihil"). A field the law requires to give a reason or
    a consequence (a refusal's consequence, an extension's reason) is missing when it says
    nothing; a text with any words of its own is left to the reader, never judged here."""
    return True if text is None else _says_nothing(text)


@per_text()
def _says_nothing(text: str) -> bool:
    words = re.sub(r"[\W_]+", " ", text.casefold()).split()
    key = " ".join(words)
    if not any(ch.isalpha() for ch in key):
        return True
    letters = key.replace(" ", "")
    return len(set(letters)) == 1 or key in NON_ANSWERS
