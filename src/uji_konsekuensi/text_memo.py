"""A memo for pure functions of one text, small whatever the input.

The rules and validators read the same texts again and again (an agency's records name the same
items, statutes and bodies case after case), so the functions that read a text remember their
results. An input may hold texts of up to `limits` size (100,000 characters), and a remembered
text is kept as the memo's key: a plain `functools.lru_cache` of 8,192 entries could pin
hundreds of megabytes for a client that sends long distinct texts. `per_text` keeps at most
``maxsize`` texts of at most ``longest`` characters; a longer text is computed every time, which
costs what it would cost without a memo.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = ["per_text"]

_R = TypeVar("_R")


def per_text(
    maxsize: int = 8192, longest: int = 1000
) -> Callable[[Callable[[str], _R]], Callable[[str], _R]]:
    """Keep a function of one text's result per text, for at most ``maxsize`` texts of at most
    ``longest`` characters (a longer one is computed every time)."""

    def decorate(func: Callable[[str], _R]) -> Callable[[str], _R]:
        kept = functools.lru_cache(maxsize=maxsize)(func)

        @functools.wraps(func)
        def wrapper(text: str) -> _R:
            return kept(text) if len(text) <= longest else func(text)

        return wrapper

    return decorate
