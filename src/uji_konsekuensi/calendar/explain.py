"""Why a due date is what it is: the days skipped, and how sure the result is.

`Explanation` is what `WorkingCalendar.explain(start, n)` returns: the due date, every
non-working day between the start and the due date with its name, kind and source, whether the
result is provisional, and notes in both languages saying why. A result is provisional when the
span touches a holiday that is only estimated ("(perkiraan)" in `holidays`) or a year whose cuti
bersama are not decreed yet: those are unknown, and we say so instead of guessing in silence.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..i18n import Language, Text, current_language
from . import messages as M
from .days import NonWorkingDay
from .format import format_tanggal


@attrs.frozen(kw_only=True)
class Explanation:
    """A due date with its reasons.

    ``start``: the local date counted from (day 0); ``start_moment``: the timestamp given, if one
    was; ``n``: working days counted (negative counts back); ``due``: the result; ``skipped``:
    every non-working day in the span counted, in date order: ``(start, due]`` for n > 0,
    ``(due, start]`` for n < 0 (the due date itself is a working day, so never listed);
    ``provisional``: True when an estimate or an undecreed year is involved;
    ``provisional_years``: years in the span whose cuti bersama are not decreed; ``notes``: what
    the reader should know, in Indonesian and English.
    """

    start: dt.date
    start_moment: dt.datetime | None
    n: int
    due: dt.date
    timezone: str
    skipped: tuple[NonWorkingDay, ...]
    provisional: bool
    provisional_years: tuple[int, ...] = ()
    notes: tuple[Text, ...] = ()

    @property
    def estimated_days(self) -> tuple[NonWorkingDay, ...]:
        return tuple(day for day in self.skipped if day.estimated)

    def summary(self, lang: Language | None = None) -> str:
        """One line: "10 hari kerja sejak Selasa, 25 Maret 2025: Kamis, 17 April 2025"."""
        lang = lang or current_language()
        direction = M.EXPLAIN_SUMMARY_AFTER() if self.n >= 0 else M.EXPLAIN_SUMMARY_BEFORE()
        return (
            M.EXPLAIN_SUMMARY(
                count=abs(self.n),
                direction=direction,
                start=format_tanggal(self.start, lang=lang),
                due=format_tanggal(self.due, lang=lang),
                provisional=M.EXPLAIN_SUMMARY_PROVISIONAL() if self.provisional else "",
            )
        ).get(lang)


def notes_for(
    *,
    start: dt.date,
    start_is_working: bool,
    n: int,
    skipped: tuple[NonWorkingDay, ...],
    provisional_years: tuple[int, ...],
    decreed_through: int,
) -> tuple[Text, ...]:
    """The notes an explanation carries (each a `Text`)."""
    notes: list[Text] = []
    if n > 0 and not start_is_working:
        day = Text(id=format_tanggal(start, lang="id"), en=format_tanggal(start, lang="en"))
        notes.append(M.EXPLAIN_START_NOT_WORKING(start=day))
    if provisional_years:
        years = ", ".join(str(y) for y in provisional_years)
        notes.append(M.EXPLAIN_CUTI_BERSAMA_UNDECREED(years=years, decreed_through=decreed_through))
    estimated = [day for day in skipped if day.estimated]
    if estimated:
        listed = Text(
            id=", ".join(f"{d.name} ({format_tanggal(d.date, lang='id')})" for d in estimated),
            en=", ".join(f"{d.name_en} ({format_tanggal(d.date, lang='en')})" for d in estimated),
        )
        notes.append(M.EXPLAIN_ESTIMATED(listed=listed))
    return tuple(notes)
