"""argparse's usage errors in the command line's language: Bahasa Indonesia unless ``--lang en``.

argparse writes its own errors ("the following arguments are required: --start") in English,
through gettext. `Parser` is the command line's `argparse.ArgumentParser`: its ``error`` prints
the usage line as argparse does and exits with 2, with the message in the language the command
was asked for (`language_of`: ``--lang`` as given anywhere on the line, else
``UJI_KONSEKUENSI_LANG``, else Indonesian).

Why translate the finished message rather than argparse's gettext strings: installing a
translation means replacing the function argparse calls for every message (``argparse._``), a
change to a module every other user in the process shares (a test suite, a server running the
command line in threads), and it would leak past the one parse. The finished message is matched
instead against argparse's messages (`messages.USAGE_TEMPLATES`, whose English is argparse's own
wording), and its values (the option, the value given, the choices) are put in the Indonesian
one. A message no template matches (a future Python's new wording) is shown as argparse wrote it:
in English, but never lost.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import string
import sys
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from functools import cache
from typing import Any, NoReturn

from ..i18n import LANGUAGES, Language, Message, current_language, language
from . import messages as M


class Parser(argparse.ArgumentParser):
    """An `argparse.ArgumentParser` whose usage errors follow the command line's language; its
    sub-command parsers are of the same class (argparse makes them with ``type(parser)``)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        lang = current_language()
        if _ANSWER_JSON.get():
            # A program that asked for JSON reads standard output: the refusal goes there as
            # the same {"error": ...} document every other refusal of the command line is.
            document = _usage_document(self.prog, message, self.format_usage().strip())
            print(json.dumps(document, ensure_ascii=False, indent=2))
            self.exit(2)
        said = M.USAGE_ERROR(prog=self.prog, message=translate(message, lang))
        self.exit(2, said.get(lang) + "\n")


_ANSWER_JSON: ContextVar[bool] = ContextVar("answer_json", default=False)


@contextlib.contextmanager
def answering(argv: Sequence[str]) -> Iterator[None]:
    """While a command line is parsed: its usage errors in the language it asks for, and as
    JSON on standard output when it asks for JSON (`asks_json`)."""
    token = _ANSWER_JSON.set(asks_json(argv))
    try:
        with language(language_of(argv)):
            yield
    finally:
        _ANSWER_JSON.reset(token)


def asks_json(argv: Sequence[str]) -> bool:
    """Whether the line asks for JSON (``--json``, ``--format json``, ``--format=json``, before
    a bare ``--``): read before parsing, because the line may not parse."""
    items = list(argv)
    for i, item in enumerate(items):
        if item == "--":
            break
        if item == "--json" or item == "--format=json":
            return True
        if item == "--format" and i + 1 < len(items) and items[i + 1] == "json":
            return True
    return False


def _usage_document(prog: str, message: str, usage: str) -> dict[str, Any]:
    """The ``{"error": ...}`` document of a usage error: one problem at ``argv``, in both
    languages, whose ``expected`` is the usage line in both."""
    from ..errors import InputError
    from ..results import error_document

    problem = InputError.one(
        prog,
        "argv",
        translate(message, "id"),
        message,
        expected=usage,
    )
    return error_document(prog, problem)


def language_of(argv: Sequence[str]) -> Language | None:
    """The language ``--lang`` asks for on the command line (``--lang en``, ``--lang=en``; the
    last one given, before a bare ``--``), or None when it asks for none that exists."""
    chosen: Language | None = None
    items = list(argv)
    for i, item in enumerate(items):
        if item == "--":
            break
        value = None
        if item == "--lang" and i + 1 < len(items):
            value = items[i + 1]
        elif item.startswith("--lang="):
            value = item.partition("=")[2]
        if value is not None:
            chosen = value if value in LANGUAGES else chosen
    return chosen


def translate(message: str, lang: Language) -> str:
    """argparse's English ``message`` in ``lang``: unchanged in English, or when it is none of
    argparse's messages this module knows."""
    if lang == "en":
        return message
    for template in M.USAGE_TEMPLATES:
        found = _pattern(template).fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        if template is M.USAGE_ARGUMENT:
            values["message"] = translate(values["message"], lang)
        return template(**values).get(lang)
    return message


@cache
def _pattern(template: Message) -> re.Pattern[str]:
    """A template's English as a pattern: its text as written, each ``{value}`` any text."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template.en):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)
