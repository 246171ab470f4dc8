"""Errors of the calendar package.

Both are `InputError`s: they name the source, the field and the value, in Bahasa Indonesia and
English, so a CLI or a plugin loader can print them without a traceback.
"""

from __future__ import annotations

from ..errors import InputError, Problem
from ..i18n import Text
from . import _holidays
from . import messages as M


class CalendarError(InputError):
    """A date, moment or setting the working calendar cannot use.

    Raised for a naive datetime (no UTC offset), an unknown time zone, a year outside the span the
    holiday data covers, or contradictory settings. `CalendarError.one(...)` (from `InputError`)
    builds one with a single problem.
    """


class BeyondCalendarError(CalendarError):
    """A date to count from, or a date counted to, lies outside the years the holiday data covers
    (`limits.FIRST_YEAR`-`limits.LAST_YEAR`). ``year`` is the year that was needed.

    Its own class so that a rule computing a due date from an accepted date (27 December 2100
    plus 10 hari kerja) can tell "this date cannot be computed" from any other error, and report
    it as a finding naming the event instead of failing.
    """

    def __init__(
        self, source: str, problems: list[Problem], *, year: int, event: Text | None = None
    ) -> None:
        self.year = year
        #: The date that could not be computed ("the due date of step 5"), when the caller
        #: that counted it said so (`about`); `naming` puts it in the message.
        self.event = event
        super().__init__(source, problems)

    def about(self, event: Text) -> BeyondCalendarError:
        """The same error, saying which date could not be computed (``event``: "tenggat
        langkah 5 (...)" / "the due date of step 5 (...)"), for `naming` to tell the user. An
        event already named (by a caller nearer the computation) is kept."""
        if self.event is not None:
            return self
        return BeyondCalendarError(self.source, list(self.problems), year=self.year, event=event)

    def naming(self, source: str, path: str, value: object) -> BeyondCalendarError:
        """The same error told about the input it came from: ``source`` (a file, a command),
        ``path`` (the JSON path or option that gave the date) and ``value`` (what it said), in
        place of the calendar's own "kalender kerja" and an empty path; with the date that
        could not be computed, when `about` named it."""
        # The covered years as `_years.check_year` reads them (the one definition, `limits`).
        span = {"first": _holidays.FIRST_YEAR, "last": _holidays.LAST_YEAR}
        said = (
            M.CALENDAR_BEYOND_COMPUTED(year=self.year, **span)
            if self.event is None
            else M.CALENDAR_BEYOND_COMPUTED_EVENT(event=self.event, year=self.year, **span)
        )
        expected = M.CALENDAR_BEYOND_COMPUTED_EXPECTED(**span)
        problem = Problem(
            path=path,
            message=said.id,
            message_en=said.en,
            value=value,
            expected=expected.id,
            expected_en=expected.en,
        )
        return BeyondCalendarError(source, [problem], year=self.year, event=self.event)


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
