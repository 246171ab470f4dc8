"""What a non-working day is: its kind, its name, where it comes from, and whether it is decreed.

Every day a deadline skips is explained by one `NonWorkingDay` (users of every FOI system ask to see
which days were skipped and why: docs/sources/peer-systems.md). The kinds follow the sources of
Indonesian government days off:

- ``weekend``: a day outside the working week (Saturday and Sunday under Perpres 21/2023 Pasal 3;
  a service unit may have another week, Pasal 7);
- ``libur_nasional``: a national holiday (Keppres tentang Hari-hari Libur, Keppres 8/2024, and the
  yearly SKB 3 Menteri; election days by their own Keppres);
- ``cuti_bersama``: collective leave of civil servants (PP 11/2017 Pasal 333, set by Keppres and
  announced in the SKB 3 Menteri);
- ``agency_decree``: a day off decreed by the agency or its region (a regional holiday, a closure).
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ..bahasa import WEEKDAYS_EN as WEEKDAYS_EN
from ..bahasa import WEEKDAYS_ID as WEEKDAYS_ID
from ..i18n import Language, Text, current_language
from . import messages as M

#: Indonesian and English weekday names, ISO order (Monday = index 0).


class DayKind(enum.Enum):
    """Why a day is not a working day (written by value in JSON)."""

    WEEKEND = "weekend"
    LIBUR_NASIONAL = "libur_nasional"
    CUTI_BERSAMA = "cuti_bersama"
    AGENCY_DECREE = "agency_decree"

    @property
    def label(self) -> Text:
        """The kind in words, both languages."""
        return _KIND_LABELS[self]


_KIND_LABELS: dict[DayKind, Text] = {
    DayKind.WEEKEND: M.DAY_KIND_WEEKEND(),
    DayKind.LIBUR_NASIONAL: M.DAY_KIND_LIBUR_NASIONAL(),
    DayKind.CUTI_BERSAMA: M.DAY_KIND_CUTI_BERSAMA(),
    DayKind.AGENCY_DECREE: M.DAY_KIND_AGENCY_DECREE(),
}

#: When several reasons fall on one day, the one shown first (the strongest legal basis first:
#: a Keppres holiday binds every office, cuti bersama can be worked by service units, an agency
#: decree binds one agency, a weekend is the default).
KIND_PRECEDENCE: tuple[DayKind, ...] = (
    DayKind.LIBUR_NASIONAL,
    DayKind.CUTI_BERSAMA,
    DayKind.AGENCY_DECREE,
    DayKind.WEEKEND,
)


@attrs.frozen(kw_only=True)
class NonWorkingDay:
    """One day that is not a working day, with its explanation.

    ``name`` is the Indonesian name as we show it (the `holidays` label with the typo "Pegangti"
    read as "Pengganti" and the "(perkiraan)" suffix removed); ``raw_name`` is the label exactly
    as the data source wrote it (None for days we make ourselves, such as weekends).
    ``estimated`` is True when the date is the data source's estimate, not yet decreed.
    ``weekend`` is True when the day is also outside the working week (so it would be off anyway).
    ``source`` names the decree or the data the day comes from, ``source_en`` the same in
    English (a decree keeps its Indonesian name: calendar/messages.py says why); a day an agency
    adds has its decree as the agency wrote it in both.
    """

    date: dt.date
    kind: DayKind
    name: str
    name_en: str
    source: str
    source_en: str = attrs.field(default=attrs.Factory(lambda day: day.source, takes_self=True))
    estimated: bool = False
    raw_name: str | None = None
    weekend: bool = False

    def cited(self, lang: Language | None = None) -> str:
        """``source`` or ``source_en``, in the chosen language."""
        return self.source_en if (lang or current_language()) == "en" else self.source

    def label(self, lang: Language | None = None) -> str:
        """``"Hari Suci Nyepi (libur nasional, perkiraan)"`` in the chosen language."""
        en = (lang or current_language()) == "en"
        name = self.name_en if en else self.name
        parts = [self.kind.label.get("en" if en else "id")]
        if self.estimated:
            parts.append("estimated" if en else "perkiraan")
        return f"{name} ({', '.join(parts)})"


def weekday_name(day: dt.date, lang: Language | None = None) -> str:
    """The weekday of a date in Indonesian ("Senin") or English ("Monday")."""
    names = WEEKDAYS_EN if (lang or current_language()) == "en" else WEEKDAYS_ID
    return names[day.weekday()]
