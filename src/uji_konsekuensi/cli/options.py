"""What every sub-command shares: its options, the one moment parser, the error documents.

- ``--format text|json`` (alias ``--json``) on every command (`add_format`, `wants_json`);
- ``--lang id|en`` and ``--debug`` before or after the sub-command (`add_common`);
- `parse_moment`: "now", a date or an ISO timestamp with offset, the same for ``check --at``,
  ``status --at``, ``plan --start`` and ``due START``, refused outside the calendar's years and
  with an impossible date called invalid (not "missing a time zone");
- `problem_json`, `error_json`: a problem or an error as the JSON every command prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import Any

from ..errors import InputError, Problem
from ..errors import error_json as error_json
from ..errors import problem_json as problem_json
from ..i18n import LANGUAGES
from ..limits import FIRST_YEAR, LAST_YEAR

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d.*")

MOMENT_EXPECTED = (
    "now, YYYY-MM-DD, atau waktu ISO dengan selisih UTC (2025-03-24T09:00+07:00)",
    "now, YYYY-MM-DD, or an ISO timestamp with UTC offset (2025-03-24T09:00+07:00)",
)


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


def _moment_error(source: str, field: str, text: str, message: str, message_en: str) -> InputError:
    return InputError(
        source,
        [
            Problem(
                path=field,
                message=message,
                message_en=message_en,
                value=text,
                expected=MOMENT_EXPECTED[0],
                expected_en=MOMENT_EXPECTED[1],
            )
        ],
    )


def _check_year(day: dt.date, source: str, field: str, text: str) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _moment_error(
            source,
            field,
            text,
            f"tahun {day.year} di luar jangkauan kalender kerja ({FIRST_YEAR}-{LAST_YEAR})",
            f"year {day.year} outside the years the working calendar covers "
            f"({FIRST_YEAR}-{LAST_YEAR})",
        )


def parse_moment(
    text: str,
    zone: dt.tzinfo | None = None,
    source: str = "uji-konsekuensi",
    field: str = "--at",
    *,
    allow_date: bool = True,
) -> dt.date | dt.datetime:
    """A moment as a person types it: "now"/"sekarang" (in ``zone``), a date ("2025-03-20", kept
    as a date: the caller decides whether it means the start or the end of the day), or an ISO
    timestamp with a UTC offset. Everything else is an `InputError` naming ``field``."""
    raw = text
    text = text.strip()
    if text.lower() in ("now", "sekarang"):
        return dt.datetime.now(zone or dt.UTC)
    if _DATE.fullmatch(text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise _moment_error(
                source,
                field,
                raw,
                "tanggal tidak ada dalam kalender",
                "no such date in the calendar",
            ) from None
        _check_year(day, source, field, raw)
        if allow_date:
            return day
        raise _moment_error(
            source,
            field,
            raw,
            "diperlukan waktu lengkap dengan selisih UTC, bukan tanggal saja",
            "a full timestamp with UTC offset is needed, not a date alone",
        )
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        m = _STAMP.fullmatch(text)
        if m is not None:
            try:
                dt.date.fromisoformat(m.group(1))
            except ValueError:
                raise _moment_error(
                    source,
                    field,
                    raw,
                    "tanggal tidak ada dalam kalender",
                    "no such date in the calendar",
                ) from None
        raise _moment_error(
            source, field, raw, "waktu tidak dapat dibaca", "cannot read the moment"
        ) from None
    if moment.utcoffset() is None:
        raise _moment_error(
            source,
            field,
            raw,
            "waktu tanpa selisih UTC tidak diterima (tulis mis. +07:00 untuk WIB)",
            "a timestamp without a UTC offset is refused (write e.g. +07:00 for WIB)",
        )
    _check_year(moment.date(), source, field, raw)
    return moment


def end_of_day(moment: dt.date | dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A date as "as of that day": its last instant in ``zone``; a timestamp as it is."""
    if isinstance(moment, dt.datetime):
        return moment
    return dt.datetime.combine(moment, dt.time.max, tzinfo=zone)
