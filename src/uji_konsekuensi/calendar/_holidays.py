"""The national days off, read from the `holidays` package (the only module that imports it).

`holidays` (python-holidays, 0.109) ships Indonesia with two categories: ``public`` (libur
nasional: Keppres tentang Hari-hari Libur, Keppres 8/2024, election days by their own Keppres)
and ``government`` (cuti bersama: SKB 3 Menteri and the Keppres on cuti bersama for ASN,
PP 11/2017 Pasal 333). We build each category separately, so every date knows its kind.

Importing `holidays` costs about 150 ms, so it happens inside the functions below, on first use
(``import uji_konsekuensi.calendar`` never loads it). Results are cached per year: every
`WorkingCalendar` (one per agency) shares them.

What we change in the labels, and why (what the package writes is kept as ``raw_name``):

- "Pegangti" is a typo in the package's Indonesian label for an observed day (31 Dec 2020,
  "Pegangti Cuti Bersama Hari Raya Idul Fitri"); we show "Pengganti".
- "(perkiraan)" / "(estimated)" at the end of a name is how the package marks a date it only
  estimates (an Islamic or Chinese lunar date not yet confirmed); we remove it from the name and
  set ``estimated=True`` instead.
- Two holidays on one date are joined by "; " in the package; we split, clean and re-join them.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from ..i18n import Text
from ..limits import FIRST_YEAR as FIRST_YEAR
from ..limits import LAST_YEAR as LAST_YEAR
from . import messages as M
from .days import DayKind, NonWorkingDay

# FIRST_YEAR, LAST_YEAR (uji_konsekuensi.limits): the years the `holidays` data for Indonesia
# covers (start_year 1946), and the last year its lunar tables reach (Islamic and Chinese calendars
# up to 2100). Outside, a deadline is refused rather than computed without Idul Fitri.

_ESTIMATED_SUFFIXES = (" (perkiraan)", " (estimated)")
_TYPOS = (("Pegangti", "Pengganti"),)
_KIND_OF_CATEGORY = {"public": DayKind.LIBUR_NASIONAL, "government": DayKind.CUTI_BERSAMA}


def _holidays() -> Any:
    import holidays  # deferred on purpose: about 150 ms, see the module docstring

    return holidays


@functools.cache
def package_version() -> str:
    return str(getattr(_holidays(), "__version__", "?"))


def _clean(label: str) -> tuple[str, bool]:
    """A label as we show it, and whether it was marked estimated."""
    estimated = False
    for suffix in _ESTIMATED_SUFFIXES:
        if label.endswith(suffix):
            label, estimated = label[: -len(suffix)], True
    for wrong, right in _TYPOS:
        label = label.replace(wrong, right)
    return label.strip(), estimated


def _split(label: str) -> list[tuple[str, bool]]:
    return [_clean(part) for part in label.split("; ") if part.strip()]


def _source(category: str, year: int) -> Text:
    data = M.SOURCE_DATA(version=package_version(), category=category)
    if year > decreed_through():
        # No SKB 3 Menteri (nor Keppres) for that year exists yet: the dates are the package's
        # reckoning of the fixed and lunar holidays, so the source says it is an estimate and
        # never names a decree that has not been issued.
        return M.SOURCE_ESTIMATED(year=year, data=data)
    if category == "public":
        return M.SOURCE_PUBLIC(year=year, data=data)
    return M.SOURCE_GOVERNMENT(year=year, data=data)


@functools.cache
def national_days(year: int, category: str) -> tuple[NonWorkingDay, ...]:
    """The days off of one category ("public" or "government") in one year, by date.

    Weekend flags are not set here (they depend on the agency's working week).
    """
    hol = _holidays()
    named_id = hol.country_holidays("ID", years=year, categories=(category,), language="id")
    named_en = hol.country_holidays("ID", years=year, categories=(category,), language="en_US")
    source = _source(category, year)
    days = []
    for date in sorted(named_id):
        raw = str(named_id[date])
        parts = _split(raw)
        parts_en = _split(str(named_en.get(date, raw)))
        days.append(
            NonWorkingDay(
                date=date,
                kind=_KIND_OF_CATEGORY[category],
                name="; ".join(name for name, _ in parts),
                name_en="; ".join(name for name, _ in parts_en),
                source=source.id,
                source_en=source.en,
                # One confirmed holiday on the date is enough for the day to be off for sure.
                estimated=all(estimated for _, estimated in parts),
                raw_name=raw,
            )
        )
    return tuple(days)


@functools.cache
def decreed_through() -> int:
    """The last year whose cuti bersama the `holidays` data has from a decree (2027 in 0.109).

    Read from the package's table of cuti bersama (``IndonesiaStaticHolidays``); if a later
    version moves it, found by asking year after year from 2024 for a year with cuti bersama.
    """
    hol = _holidays()
    try:
        from holidays.countries.indonesia import IndonesiaStaticHolidays

        table = IndonesiaStaticHolidays.special_government_holidays
        return int(max(table))
    except (ImportError, AttributeError, TypeError, ValueError):  # pragma: no cover - fallback
        year = 2024
        while hol.country_holidays("ID", years=year + 1, categories=("government",)):
            year += 1
        return year


@functools.cache
def ramadan_periods(year: int) -> tuple[tuple[dt.date, dt.date], ...]:
    """Estimated Ramadan periods (1 Ramadan to the eve of Idul Fitri) that touch a year.

    From the package's Indonesian (MABIMS) Islamic calendar: the start of Ramadan is always an
    estimate there (Kemenag decides it after the sidang isbat), Idul Fitri is confirmed for the
    years the package lists. Empty when the package offers no such calendar.
    """
    try:
        from holidays.countries.indonesia import IndonesiaIslamicHolidays

        calendar = IndonesiaIslamicHolidays()
        starts = sorted(
            {d for y in (year - 1, year) for d, _ in calendar.ramadan_beginning_dates(y)}
        )
        eids = sorted(
            {d for y in (year - 1, year, year + 1) for d, _ in calendar.eid_al_fitr_dates(y)}
        )
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - older packages
        return ()
    periods = []
    for start in starts:
        following = [eid for eid in eids if start < eid <= start + dt.timedelta(days=31)]
        if not following:
            continue
        end = following[0] - dt.timedelta(days=1)
        if start.year <= year <= end.year:
            periods.append((start, end))
    return tuple(periods)
