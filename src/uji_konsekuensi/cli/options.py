"""What every sub-command shares: its options, the one moment parser, the error documents.

- ``--format text|json`` (alias ``--json``) on every command (`add_format`, `wants_json`);
- ``--lang id|en`` and ``--debug`` before or after the sub-command (`add_common`);
- `parse_moment`: "now", a date or an ISO timestamp with offset, the same for ``check --at``,
  ``status --at``, ``plan --start`` and ``due START``, refused outside the calendar's years and
  with an impossible date called invalid (not "missing a time zone");
- an error as the JSON every command prints is `uji_konsekuensi.results.error_document`.
"""

from __future__ import annotations

import argparse
import re
from typing import Any, Literal

from ..errors import InputError
from ..i18n import LANGUAGES
from ..moments import MOMENT_EXPECTED as MOMENT_EXPECTED
from ..moments import end_of_day as end_of_day
from ..moments import parse_moment as parse_moment
from . import messages as M


def add_format(parser: argparse.ArgumentParser) -> None:
    """``--format text|json`` and its alias ``--json``."""
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="keluaran / output: text (untuk orang / for people) atau json",
    )
    parser.add_argument("--json", action="store_true", help="sama dengan / same as --format json")


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False)) or getattr(args, "format", None) == "json"


def add_common(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    """``--lang`` and ``--debug``. On a sub-command they default to "not given" (SUPPRESS), so
    ``uji-konsekuensi --lang en check ...`` and ``uji-konsekuensi check ... --lang en`` agree."""
    default: Any = argparse.SUPPRESS if sub else None
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="bahasa keluaran / output language (default: id, or $UJI_KONSEKUENSI_LANG)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if sub else False,
        help="tampilkan jejak galat internal / show the traceback of an internal error",
    )


_BRANCH = re.compile(r"(\d+)=(yes|no|ya|tidak)", re.IGNORECASE)


def parse_branches(items: list[str], source: str) -> dict[int, Literal["yes", "no"]]:
    """``--branch 4=no`` (repeatable; ``ya``/``tidak`` too): the branch to take at each decision
    (``plan``, ``sample``). Only the form is checked here; each command checks its steps."""
    out: dict[int, Literal["yes", "no"]] = {}
    for item in items:
        m = _BRANCH.fullmatch(item.strip())
        if m is None:
            said, expected = M.BRANCH_UNREADABLE(), M.BRANCH_UNREADABLE_EXPECTED()
            raise InputError.one(
                source,
                "--branch",
                said.id,
                said.en,
                value=item,
                expected=expected.id,
                expected_en=expected.en,
            )
        out[int(m.group(1))] = "yes" if m.group(2).lower() in ("yes", "ya") else "no"
    return out
