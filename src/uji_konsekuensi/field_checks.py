"""The attrs validators the models share: a code written as a slug, a text that is not blank.

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

__all__ = ["SLUG", "nonblank", "slug"]

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
