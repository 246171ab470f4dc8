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


@attrs.frozen(kw_only=True)
class Message:
    """One message of an area's catalog: ``id`` and ``en`` are templates (`str.format` syntax).

    ``code``: the finding code it belongs to (declared in the area's code table), or the key of a
    message that is no finding ("agency.unknown"). ``variant``: which of the code's messages,
    where it has more than one ("" for the only or the main one). Both languages must name the
    same values and no unnamed ``{}`` (a value shown in one language and dropped in the other is
    refused here, when the catalog is imported).
    """

    code: str
    id: str
    en: str
    variant: str = ""

    def __attrs_post_init__(self) -> None:
        in_id, in_en = self.fields
        if in_id != in_en or "" in in_id:
            raise ValueError(
                f"message {self.code!r} {self.variant!r}: the Indonesian template names "
                f"{sorted(in_id)}, the English one {sorted(in_en)}; both must name the same values"
            )

    def __call__(self, **values: object) -> Text:
        """The message filled with ``values``; a `Text` value fills each language with its own."""
        in_id = {k: v.id if isinstance(v, Text) else v for k, v in values.items()}
        in_en = {k: v.en if isinstance(v, Text) else v for k, v in values.items()}
        return Text(self.id.format_map(in_id), self.en.format_map(in_en))

    @property
    def fields(self) -> tuple[frozenset[str], frozenset[str]]:
        """The names each template takes (Indonesian, English)."""
        return placeholders(self.id), placeholders(self.en)


def message_catalog(namespace: Mapping[str, object]) -> dict[str, dict[str, Message]]:
    """code -> variant -> `Message`, from the messages a catalog module declares (its
    ``globals()``); a variant given twice for a code is refused (which wording a rule got would
    be an accident)."""
    table: dict[str, dict[str, Message]] = {}
    for value in list(namespace.values()):
        if not isinstance(value, Message):
            continue
        variants = table.setdefault(value.code, {})
        if value.variant in variants and variants[value.variant] is not value:
            raise ValueError(f"message {value.code!r} {value.variant!r} declared twice")
        variants[value.variant] = value
    return table


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
