"""The exceptions the library raises. All derive from `UjiKonsekuensiError`.

Bad input never surfaces as a traceback from a dependency: each boundary (a JSON file, a citation,
a waktu text, a plugin) catches what went wrong and raises one of these, naming the source (file),
every offending field as a JSON path, the value given and what was expected, in Bahasa Indonesia
and English. `InputError` collects every problem of one input, so a user fixes them all at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Self

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
    #: What was expected, in Bahasa Indonesia (or language-neutral: "YYYY-MM-DD", "1 to 7").
    expected: str | None = None
    #: The same in English; None when `expected` reads the same in both languages.
    expected_en: str | None = None

    def expected_in(self, lang: Language | None = None) -> str | None:
        """What was expected, in the language asked for."""
        if (lang or current_language()) == "en" and self.expected_en is not None:
            return self.expected_en
        return self.expected

    def render(self, lang: Language | None = None) -> str:
        en = (lang or current_language()) == "en"
        text = self.message_en if en else self.message
        parts = [f"{self.path or '$'}: {text}"]
        if self.value is not None:
            parts.append(f"{'value' if en else 'nilai'} {safe_repr(self.value)}")
        expected = self.expected_in(lang)
        if expected:
            parts.append(f"{'expected' if en else 'diharapkan'} {expected}")
        return "; ".join(parts)


def safe_repr(value: object, limit: int = 200) -> str:
    """A value as a message shows it: at most ``limit`` characters, and writable by any encoder
    (repr() escapes controls and lone surrogates of a text; other objects get the same guard)."""
    text = repr(value)
    if len(text) > limit:
        text = text[:limit] + "..."
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


class InputError(UjiKonsekuensiError, ValueError):
    """An input (file, dict, text) that cannot be read; lists every problem with its path."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self.render())

    @classmethod
    def one(
        cls,
        source: str,
        path: str,
        message: str,
        message_en: str,
        *,
        value: object = None,
        expected: str | None = None,
        expected_en: str | None = None,
    ) -> Self:
        """An error with a single problem (``expected`` in Indonesian, ``expected_en`` in English
        when it differs): the shape most refusals of one field take."""
        return cls(
            source,
            [
                Problem(
                    path=path,
                    message=message,
                    message_en=message_en,
                    value=value,
                    expected=expected,
                    expected_en=expected_en,
                )
            ],
        )

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


def _one_line(text: str, limit: int = 400) -> str:
    """A cause's message on one line: its lines joined by "; " (a nested error's "1 masalah" and
    its "- path: ..." lines read as text, not as a literal backslash-n), cut at ``limit``
    characters, controls and lone surrogates escaped as `safe_repr` does."""
    joined = "; ".join(line.strip() for line in text.splitlines() if line.strip())
    cut = joined[:limit] + ("..." if len(joined) > limit else "")
    return safe_repr(cut, limit=12 * len(cut) + 2)[1:-1]  # room for every escape


class InternalError(UjiKonsekuensiError):
    """Something went wrong inside the library, not in the input: a bug to report.

    The command line exits with `EXIT_INTERNAL` for it (never 1, which means findings, nor 2,
    which means bad input), and the service answers 500; ``--debug`` shows the traceback.
    """

    def __init__(self, source: str, exc: BaseException) -> None:
        self.source = source
        self.cause = exc
        super().__init__(f"{source}: {type(exc).__name__}: {exc}")

    def render(self, lang: Language | None = None) -> str:
        detail = f"{type(self.cause).__name__}: {_one_line(str(self.cause))}"
        if (lang or current_language()) == "en":
            return (
                f"{self.source}: internal error (a bug in uji-konsekuensi, not in the input): "
                f"{detail}; run again with --debug for the traceback and report it"
            )
        return (
            f"{self.source}: galat internal (kesalahan program uji-konsekuensi, bukan masukan): "
            f"{detail}; jalankan lagi dengan --debug untuk jejak galat dan laporkan"
        )


#: Exit codes of the command line, the same for every command (docs/cli.md).
EXIT_OK: Final = 0
EXIT_FINDINGS: Final = 1
EXIT_INPUT: Final = 2
#: `check` only: nothing wrong so far, but a case is still in progress (not closed).
EXIT_IN_PROGRESS: Final = 3
#: `check` only: no error found, but a plugin's rule failed on a case, so what it would have
#: found is unknown: the case is not fully checked, never compliant.
EXIT_NOT_FULLY_CHECKED: Final = 4
#: A bug: sysexits.h EX_SOFTWARE, distinct from every answer about the input.
EXIT_INTERNAL: Final = 70
#: `serve` only: the address cannot be listened on (the port is taken, or not permitted):
#: sysexits.h EX_UNAVAILABLE. Not 3, which `check` gives a case in progress.
EXIT_UNAVAILABLE: Final = 69
