"""The exemption period (jangka waktu pengecualian) of one tested item: UU 14/2008 Pasal 20 (a-f
are not permanent), PP 61/2010 Pasal 5-9 and 11, PERKI 1/2021 Pasal 49 ayat (5) huruf e and
Pasal 51. A period is stated where the law requires one, is well formed and not already over,
huruf a is capped at 30 years, and the period's own basis and approver are the law's. The text
as written (``as_written``, what the Lembar, the Penetapan and the DIK print) states the same
period as the structured fields, and a huruf a period it states is within the 30 years too."""

from __future__ import annotations

import re

from ...findings import Finding
from ...i18n import Text
from ...law.grounds import NOT_PERMANENT
from .. import messages as M
from ..codes import (
    PERIOD_ALREADY_ENDED,
    PERIOD_AS_WRITTEN_MISMATCH,
    PERIOD_BASIS_MISSING,
    PERIOD_INVALID,
    PERIOD_MISSING,
    PERIOD_ON_OPEN,
    PERIOD_OVER_30_YEARS,
    PERIOD_REVIEW_MISSING,
    PERIOD_REVIEW_PAST,
    PERIOD_SET_BY_PIMPINAN,
    PERIOD_UNCAPPED,
    PERIOD_UNSTATED,
)
from ..model import ConsequenceTest, Role
from ..period import (
    AsLongAsNeeded,
    ExemptionPeriod,
    UntilDate,
    UntilEvent,
    YearsFromPenetapan,
    add_years,
)
from .context import RowContext
from .fields import at, blank
from .period_text import StatedCount, stated_counts, stated_dates

#: The basis a Penetapan's missing period names: the Penetapan must state one, whatever the
#: ground (PERKI 1/2021 Pasal 49 ayat (5) huruf e).
_PENETAPAN_STATES_PERIOD = "PERKI 1/2021 Pasal 49 ayat (5) huruf e"


def check_period(row: ConsequenceTest, ctx: RowContext, letters: frozenset[str]) -> list[Finding]:
    """The period rules of one item whose resolved grounds name the Pasal 17 ``letters``."""
    path = ctx.field("period")
    period = row.period
    if not row.outcome.exempts:
        if period is None:
            return []
        return [PERIOD_ON_OPEN(M.PERIOD_ON_OPEN(), field=path)]
    if period is None:
        return [_missing(ctx, letters, path)]
    out = _shape(period, ctx, path)
    if "a" in letters:
        out += _cap(period, ctx, path)
    out += _as_written(period, path, "a" in letters)
    per_law = sorted(letters & {"b", "g", "i"})
    if per_law and blank(period.basis):
        out.append(
            PERIOD_BASIS_MISSING(
                M.PERIOD_BASIS_MISSING(letters=", ".join(per_law)),
                field=at(path, "basis"),
            )
        )
    by_head = sorted(letters & {"c", "d", "e", "f"})
    if by_head and ctx.approval_role is not None and ctx.approval_role is not Role.PIMPINAN:
        out.append(
            PERIOD_SET_BY_PIMPINAN(
                M.PERIOD_SET_BY_PIMPINAN(letters=", ".join(by_head), role=ctx.approval_role.value),
                field=path,
            )
        )
    return out


def _missing(ctx: RowContext, letters: frozenset[str], path: str) -> Finding:
    """A withheld item without a period: an error where the law requires one, else a warning."""
    temporary = sorted(letters & NOT_PERMANENT)
    if ctx.in_penetapan and not temporary:
        # PERKI 1/2021 Pasal 49 ayat (5) huruf e: a Penetapan must at least state the jangka
        # waktu pengecualian, for every ground; "as long as needed" (g, h: Pasal 51 ayat (7)) is
        # itself a period and is written as one (AsLongAsNeeded). A Lembar alone only warns for
        # g-j (Lampiran II asks for the column, no rule sets it).
        return PERIOD_MISSING(
            M.PERIOD_MISSING_PENETAPAN(letters=", ".join(sorted(letters)) or "-"),
            field=path,
            basis=_PENETAPAN_STATES_PERIOD,
        )
    if temporary:
        return PERIOD_MISSING(M.PERIOD_MISSING(letters=", ".join(temporary)), field=path)
    return PERIOD_UNSTATED(M.PERIOD_UNSTATED(), field=path)


def _shape(period: ExemptionPeriod, ctx: RowContext, path: str) -> list[Finding]:
    """The period is well formed, not over by the test date, and reviewed when open-ended."""
    out: list[Finding] = []
    tested_on = ctx.tested_on
    # The part of the period that is not valid: its field, and what the finding says.
    invalid: tuple[str, Text] | None = None
    if isinstance(period, YearsFromPenetapan) and period.years < 1:
        invalid = ("years", M.PERIOD_INVALID_YEARS(years=period.years))
    elif isinstance(period, UntilEvent) and blank(period.event):
        invalid = ("event", M.PERIOD_INVALID_EVENT())
    elif (
        isinstance(period, UntilEvent)
        and period.at_most_years is not None
        and period.at_most_years < 1
    ):
        invalid = ("at_most_years", M.PERIOD_INVALID_AT_MOST_YEARS(years=period.at_most_years))
    if invalid is not None:
        name, said = invalid
        out.append(PERIOD_INVALID(said, field=at(path, name)))
    if isinstance(period, UntilDate) and tested_on is not None and period.until <= tested_on:
        out.append(
            PERIOD_ALREADY_ENDED(
                M.PERIOD_ALREADY_ENDED(
                    until=period.until.isoformat(), tested_on=tested_on.isoformat()
                ),
                field=at(path, "until"),
            )
        )
    if isinstance(period, AsLongAsNeeded):
        if period.review_on is None and ctx.settings.require_review_date:
            out.append(
                PERIOD_REVIEW_MISSING(M.PERIOD_REVIEW_MISSING(), field=at(path, "review_on"))
            )
        elif (
            period.review_on is not None and tested_on is not None and period.review_on <= tested_on
        ):
            out.append(
                PERIOD_REVIEW_PAST(
                    M.PERIOD_REVIEW_PAST(
                        review_on=period.review_on.isoformat(), tested_on=tested_on.isoformat()
                    ),
                    field=at(path, "review_on"),
                )
            )
    return out


def _cap(period: ExemptionPeriod, ctx: RowContext, path: str) -> list[Finding]:
    """Huruf a: at most 30 years (PP 61/2010 Pasal 5 ayat (1)), and the cap is stated."""
    tested_on = ctx.tested_on
    over: tuple[str, str] | None = None
    if isinstance(period, YearsFromPenetapan) and period.years > 30:
        over = ("years", f"{period.years}")
    elif (
        isinstance(period, UntilEvent)
        and period.at_most_years is not None
        and period.at_most_years > 30
    ):
        over = ("at_most_years", f"{period.at_most_years}")
    elif (
        isinstance(period, UntilDate)
        and tested_on is not None
        and period.until > add_years(tested_on, 30)
    ):
        over = ("until", period.until.isoformat())
    if over is not None:
        name, value = over
        return [PERIOD_OVER_30_YEARS(M.PERIOD_OVER_30_YEARS(value=value), field=at(path, name))]
    if isinstance(period, AsLongAsNeeded) or (
        isinstance(period, UntilEvent) and period.at_most_years is None
    ):
        return [PERIOD_UNCAPPED(M.PERIOD_UNCAPPED(), field=path)]
    return []


#: Words that make a period permanent. Not "selama-lamanya", which SOPs and decrees write for
#: "at most" ("selama-lamanya 5 tahun").
_PERMANENT = re.compile(
    r"\b(?:permanen|selamanya|untuk seterusnya|tanpa batas waktu|tidak terbatas)\b",
    re.IGNORECASE,
)

#: Huruf a's cap in years (PP 61/2010 Pasal 5 ayat (1): "paling lama 30 (tiga puluh) tahun").
_CAP_A = 30


def _as_written(period: ExemptionPeriod, path: str, huruf_a: bool) -> list[Finding]:
    """The printed text states the structured period: its count, its cap or its date.

    The first count of years or months in the text is the period's (a later one is a review
    interval: "5 tahun; ditinjau kembali setiap 2 tahun"). A text that states no count or date
    is not compared: it says nothing against the structure (an event, "selama dibutuhkan").
    "As long as needed" has no count of its own: the counts its text states are review
    intervals, compared with nothing. A huruf a count beyond 30 years is
    ``harm.period.over_30_years`` at ``as_written`` (PP 61/2010 Pasal 5 ayat (1)), also when
    the structured period is within the cap: the official signs what is printed.
    """
    text = period.as_written
    field = at(path, "as_written")
    counts = stated_counts(text)
    first = counts[0] if counts else None
    out: list[Finding] = []
    if first is not None and first.self_contradicting:
        out.append(
            PERIOD_AS_WRITTEN_MISMATCH(
                M.PERIOD_AS_WRITTEN_MISMATCH_DIGITS_WORDS(
                    written=first.written, digits=first.digits, words=first.words
                ),
                field=field,
            )
        )
    if text is not None and _PERMANENT.search(text):
        # Every structured period ends or is reviewed; none is "for ever" (UU 14/2008 Pasal 20
        # ayat (1) for a-f; PP 61/2010 Pasal 5-9 give every ground a period).
        out.append(
            PERIOD_AS_WRITTEN_MISMATCH(
                M.PERIOD_AS_WRITTEN_MISMATCH_PERMANENT(text=text, kind=period.KIND),
                field=field,
            )
        )
    expected = _structured_count(period)
    if (
        isinstance(period, YearsFromPenetapan | UntilEvent)
        and first is not None
        and (expected is None or not _same_count(first, expected))
    ):
        # An event without a cap (no ``at_most_years``) states no count to compare with.
        mismatch = (
            M.PERIOD_AS_WRITTEN_MISMATCH_UNCAPPED(written=first.written, text=text)
            if expected is None
            else M.PERIOD_AS_WRITTEN_MISMATCH_COUNT(
                written=first.written, text=text, years=expected
            )
        )
        out.append(PERIOD_AS_WRITTEN_MISMATCH(mismatch, field=field))
    if isinstance(period, UntilDate):
        dates = stated_dates(text)
        if dates and period.until not in dates:
            out.append(
                PERIOD_AS_WRITTEN_MISMATCH(
                    M.PERIOD_AS_WRITTEN_MISMATCH_DATE(
                        stated=dates[0].isoformat(), text=text, until=period.until.isoformat()
                    ),
                    field=field,
                )
            )
    if huruf_a and first is not None and isinstance(period, YearsFromPenetapan | UntilEvent):
        # Digits and words that disagree: either may be what was meant, so the larger counts.
        said = max(first.digits or 0, first.words or 0) / _per_year(first)
        if said > _CAP_A:
            out.append(
                PERIOD_OVER_30_YEARS(
                    M.PERIOD_OVER_30_YEARS_AS_WRITTEN(written=first.written),
                    field=field,
                )
            )
    return out


def _per_year(count: StatedCount) -> int:
    return 1 if count.unit == "tahun" else 12


def _structured_count(period: ExemptionPeriod) -> int | None:
    """The years the structured period counts: ``years``, or an event's cap."""
    if isinstance(period, YearsFromPenetapan):
        return period.years
    if isinstance(period, UntilEvent):
        return period.at_most_years
    return None


def _same_count(count: StatedCount, years: int) -> bool:
    """The stated count is ``years`` (in years, or in months: 60 bulan is 5 tahun)."""
    return count.value == years * _per_year(count)
