"""The exceptions the library raises. All derive from `UjiKonsekuensiError`.

Bad input never surfaces as a traceback from a dependency: each boundary (a JSON file, a citation,
a waktu text, a plugin) catches what went wrong and raises one of these, naming the source (file),
every offending field as a JSON path, the value given and what was expected, in Bahasa Indonesia
and English. `InputError` collects every problem of one input, so a user fixes them all at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .i18n import Language, current_language


class UjiKonsekuensiError(Exception):
    """Base class of every error this library raises on purpose."""


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with an input: where (JSON path), what, the value given, what is expected."""

    path: str
    message: str
    message_en: str
    value: object = None
    expected: str | None = None

    def render(self, lang: Language | None = None) -> str:
        en = (lang or current_language()) == "en"
        text = self.message_en if en else self.message
        parts = [f"{self.path or '$'}: {text}"]
        if self.value is not None:
            parts.append(f"{'value' if en else 'nilai'} {self.value!r}")
        if self.expected:
            parts.append(f"{'expected' if en else 'diharapkan'} {self.expected}")
        return "; ".join(parts)


class InputError(UjiKonsekuensiError, ValueError):
    """An input (file, dict, text) that cannot be read; lists every problem with its path."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self.render())

    def render(self, lang: Language | None = None) -> str:
        en = (lang or current_language()) == "en"
        head = (
            f"{self.source}: {len(self.problems)} problem(s)"
            if en
            else f"{self.source}: {len(self.problems)} masalah"
        )
        return "\n".join([head, *("  - " + p.render(lang) for p in self.problems)])

    def __str__(self) -> str:
        return self.render()
