"""Errors of the calendar package.

Both are `InputError`s: they name the source, the field and the value, in Bahasa Indonesia and
English, so a CLI or a plugin loader can print them without a traceback.
"""

from __future__ import annotations

from ..errors import InputError, Problem


class CalendarError(InputError):
    """A date, moment or setting the working calendar cannot use.

    Raised for a naive datetime (no UTC offset), an unknown time zone, a year outside the span the
    holiday data covers, or contradictory settings. `CalendarError.one(...)` (from `InputError`)
    builds one with a single problem.
    """


class WaktuError(InputError):
    """A "Waktu" text (the SOP time column) that cannot be read.

    ``text`` is the text as written; the problem quotes it as its value, so the message reads
    ``waktu: satuan waktu tidak dikenal; nilai '3 purnama'; diharapkan ...``.
    """

    def __init__(
        self,
        text: str,
        message: str,
        message_en: str,
        *,
        expected: str | None = None,
        expected_en: str | None = None,
        source: str = "waktu",
        path: str = "",
    ) -> None:
        self.text = text
        super().__init__(
            source,
            [
                Problem(
                    path=path,
                    message=message,
                    message_en=message_en,
                    value=text,
                    expected=expected,
                    expected_en=expected_en,
                )
            ],
        )
