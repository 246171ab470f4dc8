"""Moments as a person types them: "now", a date, or an ISO timestamp with a UTC offset.

The one moment parser of the library, used by the command line (``check --at``, ``status --at``,
``plan --start``, ``due START``) and by the service, so both refuse the same things the same way:
a year outside the calendar's span (1946-2100, `limits`), an impossible date ("no such date", not
"missing a time zone"), a timestamp without a UTC offset.
"""

from __future__ import annotations

import datetime as dt
import re

from .errors import InputError
from .limits import FIRST_YEAR, LAST_YEAR

__all__ = ["MOMENT_EXPECTED", "end_of_day", "parse_moment"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d.*")

MOMENT_EXPECTED = (
    "now, YYYY-MM-DD, atau waktu ISO dengan selisih UTC (2025-03-24T09:00+07:00)",
    "now, YYYY-MM-DD, or an ISO timestamp with UTC offset (2025-03-24T09:00+07:00)",
)


def _moment_error(source: str, field: str, text: str, message: str, message_en: str) -> InputError:
    return InputError.one(
        source,
        field,
        message,
        message_en,
        value=text,
        expected=MOMENT_EXPECTED[0],
        expected_en=MOMENT_EXPECTED[1],
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
