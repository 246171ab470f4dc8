"""The exemption period (jangka waktu pengecualian) of one tested item, as a tagged union.

PERKI 1/2021 Lampiran II has a "Jangka Waktu" column and Pasal 49 ayat (5) huruf e makes the
period part of every Penetapan. Agencies state it in four ways, one class each; on the wire each
carries ``"kind"`` (the class's ``KIND``):

- ``until_date``        until a calendar date ("sampai dengan 31 Desember 2030");
- ``years``             N years from the Penetapan ("5 (lima) tahun sejak ditetapkan");
- ``until_event``       until an event ("sampai putusan berkekuatan hukum tetap"), optionally
                        capped ("paling lama 30 tahun", PP 61/2010 Pasal 5 ayat (1) for huruf a);
- ``as_long_as_needed`` as long as the protection needs (PP 61/2010 Pasal 7, Pasal 8 ayat (2)),
                        with the date on which the need is reviewed.

Every variant keeps ``as_written`` (the column as the agency wrote it) and ``basis`` (the legal
basis of the period, which PP 61/2010 Pasal 6, 8 ayat (1) and 9 leave to other legislation for
huruf b, g and i).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, TypeAlias

import attrs


def add_years(start: dt.date, years: int) -> dt.date:
    """``start`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


@attrs.frozen(kw_only=True)
class UntilDate:
    """Exempt until (and including) a calendar date."""

    KIND: ClassVar[str] = "until_date"
    until: dt.date
    as_written: str | None = None
    basis: str | None = None

    def ends_on(self, start: dt.date) -> dt.date | None:
        return self.until


@attrs.frozen(kw_only=True)
class YearsFromPenetapan:
    """Exempt for a number of years counted from the date of the Penetapan."""

    KIND: ClassVar[str] = "years"
    years: int
    as_written: str | None = None
    basis: str | None = None

    def ends_on(self, start: dt.date) -> dt.date | None:
        return add_years(start, self.years)


@attrs.frozen(kw_only=True)
class UntilEvent:
    """Exempt until an event happens, optionally at most ``at_most_years`` from the Penetapan."""

    KIND: ClassVar[str] = "until_event"
    event: str
    at_most_years: int | None = None
    as_written: str | None = None
    basis: str | None = None

    def ends_on(self, start: dt.date) -> dt.date | None:
        """The latest end (the cap), or None when the event alone ends it."""
        return None if self.at_most_years is None else add_years(start, self.at_most_years)


@attrs.frozen(kw_only=True)
class AsLongAsNeeded:
    """Exempt as long as the protection needs, reviewed on ``review_on``."""

    KIND: ClassVar[str] = "as_long_as_needed"
    review_on: dt.date | None = None
    as_written: str | None = None
    basis: str | None = None

    def ends_on(self, start: dt.date) -> dt.date | None:
        return None


ExemptionPeriod: TypeAlias = UntilDate | YearsFromPenetapan | UntilEvent | AsLongAsNeeded

#: The members of `ExemptionPeriod`, in the order documented.
PERIOD_CLASSES: tuple[type, ...] = (UntilDate, YearsFromPenetapan, UntilEvent, AsLongAsNeeded)
