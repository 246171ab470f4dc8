"""Bilingual text: Bahasa Indonesia first, English available.

Everything an Indonesian official reads (findings, CLI messages, documents) is written in Bahasa
Indonesia; developers and auditors abroad may ask for English. A `Text` carries both, and
`current_language()` picks one for output. The choice is made once, at the edge (the CLI's
``--lang`` or the environment variable ``UJI_KONSEKUENSI_LANG``), never inside the domain code.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import string
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Literal

import attrs

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")
ENV_LANG = "UJI_KONSEKUENSI_LANG"


@attrs.frozen
class Text:
    """One message in both languages. ``str(text)`` is the Indonesian one."""

    id: str
    en: str

    def get(self, lang: Language | None = None) -> str:
        return self.en if (lang or current_language()) == "en" else self.id

    def format(self, **values: object) -> Text:
        """Fill ``{placeholders}`` in both languages with the same values."""
        return Text(self.id.format(**values), self.en.format(**values))

    def __str__(self) -> str:
        return self.id


def placeholders(template: str) -> frozenset[str]:
    """The names of the ``{placeholders}`` of a message template (``{problem.id}``: ``problem``)."""
    return frozenset(
        name.split(".")[0].split("[")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None
    )


def check_template(key: str, text: Text, reserved: frozenset[str] = frozenset()) -> None:
    """Refuse a message template whose two languages name different placeholders (a value shown
    in one language and dropped in the other), an unnamed ``{}``, or a ``reserved`` name."""
    names = placeholders(text.id)
    if names != placeholders(text.en):
        raise ValueError(
            f"message {key!r} names {sorted(names)} in Indonesian and "
            f"{sorted(placeholders(text.en))} in English"
        )
    if "" in names:
        raise ValueError(f"message {key!r} has an unnamed placeholder")
    if names & reserved:
        raise ValueError(f"message {key!r} uses a reserved placeholder: {sorted(names & reserved)}")


def catalog(entries: Mapping[str, Text]) -> Mapping[str, Text]:
    """An area's catalog of messages, key -> `Text` template (filled with `Text.format`),
    read-only and checked once, at import (`check_template`)."""
    for key, text in entries.items():
        check_template(key, text)
    return MappingProxyType(dict(entries))


_override: contextvars.ContextVar[Language | None] = contextvars.ContextVar(
    "uji_konsekuensi_language", default=None
)


def current_language() -> Language:
    """The output language: a `language()` block's choice, else ``UJI_KONSEKUENSI_LANG`` if it
    is "en", otherwise Indonesian."""
    chosen = _override.get()
    if chosen is not None:
        return chosen
    return "en" if os.environ.get(ENV_LANG, "id").strip().lower() == "en" else "id"


@contextlib.contextmanager
def language(lang: Language | None) -> Iterator[None]:
    """Use ``lang`` for output inside the block (None: leave the choice as it is).

    Scoped, not global: the CLI's ``--lang`` must not leak into the caller's process (a test
    suite or a server calling `cli.main` repeatedly).
    """
    if lang is None:
        yield
        return
    token = _override.set(lang)
    try:
        yield
    finally:
        _override.reset(token)
