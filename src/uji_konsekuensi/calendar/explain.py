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
        start = format_tanggal(self.start, lang=lang)
        due = format_tanggal(self.due, lang=lang)
        if lang == "en":
            direction = "after" if self.n >= 0 else "before"
            text = f"{abs(self.n)} working day(s) {direction} {start}: {due}"
            return text + (" (provisional)" if self.provisional else "")
        direction = "sejak" if self.n >= 0 else "sebelum"
        text = f"{abs(self.n)} hari kerja {direction} {start}: {due}"
        return text + (" (sementara)" if self.provisional else "")


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
        notes.append(
            Text(
                id=(
                    f"{format_tanggal(start, lang='id')} bukan hari kerja: tetap dihitung sebagai "
                    "hari ke-0 (hari diterimanya), hari kerja ke-1 adalah hari kerja berikutnya."
                ),
                en=(
                    f"{format_tanggal(start, lang='en')} is not a working day: it is still day 0 "
                    "(the day of receipt); working day 1 is the next working day."
                ),
            )
        )
    if provisional_years:
        years = ", ".join(str(y) for y in provisional_years)
        notes.append(
            Text(
                id=(
                    f"Cuti bersama tahun {years} belum ditetapkan (data SKB 3 Menteri tersedia "
                    f"sampai {decreed_through}); tanggal ini dihitung tanpa cuti bersama tahun "
                    "itu dan dapat bergeser lebih lambat setelah SKB terbit."
                ),
                en=(
                    f"Cuti bersama for {years} are not decreed yet (SKB 3 Menteri data up to "
                    f"{decreed_through}); this date counts no cuti bersama in that year and may "
                    "move later once the SKB is issued."
                ),
            )
        )
    estimated = [day for day in skipped if day.estimated]
    if estimated:
        listed_id = ", ".join(f"{d.name} ({format_tanggal(d.date, lang='id')})" for d in estimated)
        listed_en = ", ".join(
            f"{d.name_en} ({format_tanggal(d.date, lang='en')})" for d in estimated
        )
        notes.append(
            Text(
                id=(f"Tanggal hari libur berikut masih perkiraan dan dapat bergeser: {listed_id}."),
                en=f"These holiday dates are still estimates and may move: {listed_en}.",
            )
        )
    return tuple(notes)
