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
        return [
            PERIOD_ON_OPEN(
                Text(
                    "Informasi dibuka, tetapi jangka waktu pengecualian diisi",
                    "The information is opened but an exemption period is given",
                ),
                field=path,
            )
        ]
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
                Text(
                    f"Jangka waktu untuk huruf {', '.join(per_law)} mengikuti peraturan "
                    "perundang-undangan lain; sebutkan dasarnya (kolom basis)",
                    f"The period for huruf {', '.join(per_law)} follows other legislation; "
                    "name it (field basis)",
                ),
                field=at(path, "basis"),
            )
        )
    by_head = sorted(letters & {"c", "d", "e", "f"})
    if by_head and ctx.approval_role is not None and ctx.approval_role is not Role.PIMPINAN:
        out.append(
            PERIOD_SET_BY_PIMPINAN(
                Text(
                    f"Jangka waktu untuk huruf {', '.join(by_head)} ditetapkan oleh pimpinan "
                    "tertinggi Badan Publik, sedangkan persetujuan diberikan oleh "
                    f"{ctx.approval_role.value}",
                    f"The period for huruf {', '.join(by_head)} is set by the head of the public "
                    f"body, but the approval was given by {ctx.approval_role.value}",
                ),
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
            Text(
                "Penetapan wajib memuat jangka waktu pengecualian, juga untuk huruf "
                f"{', '.join(sorted(letters)) or '-'} (tulis mis. 'selama diperlukan')",
                "A Penetapan must state the exemption period, also for huruf "
                f"{', '.join(sorted(letters)) or '-'} (write e.g. 'as long as needed')",
            ),
            field=path,
            basis=_PENETAPAN_STATES_PERIOD,
        )
    if temporary:
        return PERIOD_MISSING(
            Text(
                f"Jangka waktu pengecualian wajib untuk huruf {', '.join(temporary)} "
                "(tidak bersifat permanen)",
                f"An exemption period is required for huruf {', '.join(temporary)} (not permanent)",
            ),
            field=path,
        )
    return PERIOD_UNSTATED(
        Text("Jangka waktu pengecualian tidak disebutkan", "No exemption period is stated"),
        field=path,
    )


def _shape(period: ExemptionPeriod, ctx: RowContext, path: str) -> list[Finding]:
    """The period is well formed, not over by the test date, and reviewed when open-ended."""
    out: list[Finding] = []
    tested_on = ctx.tested_on
    invalid: tuple[str, Text] | None = None
    if isinstance(period, YearsFromPenetapan) and period.years < 1:
        invalid = ("years", Text(f"{period.years} tahun", f"{period.years} years"))
    elif isinstance(period, UntilEvent) and blank(period.event):
        invalid = ("event", Text("peristiwa kosong", "empty event"))
    elif (
        isinstance(period, UntilEvent)
        and period.at_most_years is not None
        and period.at_most_years < 1
    ):
        invalid = (
            "at_most_years",
            Text(f"{period.at_most_years} tahun", f"{period.at_most_years} years"),
        )
    if invalid is not None:
        name, what = invalid
        out.append(
            PERIOD_INVALID(
                Text(f"Jangka waktu tidak sah: {what.id}", f"The period is not valid: {what.en}"),
                field=at(path, name),
            )
        )
    if isinstance(period, UntilDate) and tested_on is not None and period.until <= tested_on:
        out.append(
            PERIOD_ALREADY_ENDED(
                Text(
                    f"Jangka waktu berakhir {period.until.isoformat()}, tidak setelah tanggal "
                    f"pengujian {tested_on.isoformat()}",
                    f"The period ends on {period.until.isoformat()}, not after the test on "
                    f"{tested_on.isoformat()}",
                ),
                field=at(path, "until"),
            )
        )
    if isinstance(period, AsLongAsNeeded):
        if period.review_on is None and ctx.settings.require_review_date:
            out.append(
                PERIOD_REVIEW_MISSING(
                    Text(
                        "'Selama dibutuhkan' tanpa tanggal peninjauan kembali",
                        "'As long as needed' without a review date",
                    ),
                    field=at(path, "review_on"),
                )
            )
        elif (
            period.review_on is not None and tested_on is not None and period.review_on <= tested_on
        ):
            out.append(
                PERIOD_REVIEW_PAST(
                    Text(
                        f"Tanggal peninjauan {period.review_on.isoformat()} tidak setelah "
                        f"tanggal pengujian {tested_on.isoformat()}",
                        f"The review date {period.review_on.isoformat()} is not after the "
                        f"test on {tested_on.isoformat()}",
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
        return [
            PERIOD_OVER_30_YEARS(
                Text(
                    f"Pengecualian huruf a paling lama 30 tahun; tertulis {value}",
                    f"A huruf a exemption lasts at most 30 years; the record says {value}",
                ),
                field=at(path, name),
            )
        ]
    if isinstance(period, AsLongAsNeeded) or (
        isinstance(period, UntilEvent) and period.at_most_years is None
    ):
        return [
            PERIOD_UNCAPPED(
                Text(
                    "Pengecualian huruf a paling lama 30 tahun dan berakhir bila dibuka di "
                    "sidang terbuka; cantumkan batas tersebut",
                    "A huruf a exemption lasts at most 30 years and ends once opened in an open "
                    "court session; state the cap",
                ),
                field=path,
            )
        ]
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
                Text(
                    f"Jangka waktu tertulis {first.written!r}: angka {first.digits} dan "
                    f"hurufnya ({first.words}) berbeda",
                    f"The period is written {first.written!r}: the digits {first.digits} and "
                    f"the words ({first.words}) differ",
                ),
                field=field,
            )
        )
    if text is not None and _PERMANENT.search(text):
        # Every structured period ends or is reviewed; none is "for ever" (UU 14/2008 Pasal 20
        # ayat (1) for a-f; PP 61/2010 Pasal 5-9 give every ground a period).
        out.append(
            PERIOD_AS_WRITTEN_MISMATCH(
                Text(
                    f"Jangka waktu tertulis {text!r}, yaitu untuk selamanya, sedangkan jangka "
                    f"waktu terstruktur ({period.KIND}) berakhir atau ditinjau kembali (UU "
                    "14/2008 Pasal 20; PP 61/2010 Pasal 5-9)",
                    f"The period is written {text!r}, that is for ever, while the structured "
                    f"period ({period.KIND}) ends or is reviewed (UU 14/2008 Pasal 20; PP "
                    "61/2010 Pasal 5-9)",
                ),
                field=field,
            )
        )
    expected = _structured_count(period)
    if (
        isinstance(period, YearsFromPenetapan | UntilEvent)
        and first is not None
        and (expected is None or not _same_count(first, expected))
    ):
        stated = "tanpa batas" if expected is None else f"{expected} tahun"
        stated_en = "no cap" if expected is None else f"{expected} years"
        out.append(
            PERIOD_AS_WRITTEN_MISMATCH(
                Text(
                    f"Jangka waktu tertulis {first.written!r} ({text!r}), sedangkan jangka "
                    f"waktu terstruktur: {stated}",
                    f"The period is written {first.written!r} ({text!r}), while the "
                    f"structured period says: {stated_en}",
                ),
                field=field,
            )
        )
    if isinstance(period, UntilDate):
        dates = stated_dates(text)
        if dates and period.until not in dates:
            out.append(
                PERIOD_AS_WRITTEN_MISMATCH(
                    Text(
                        f"Jangka waktu tertulis sampai {dates[0].isoformat()} ({text!r}), "
                        f"sedangkan jangka waktu terstruktur sampai {period.until.isoformat()}",
                        f"The period is written until {dates[0].isoformat()} ({text!r}), while "
                        f"the structured period ends on {period.until.isoformat()}",
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
                    Text(
                        f"Pengecualian huruf a paling lama 30 tahun; tertulis {first.written!r}",
                        f"A huruf a exemption lasts at most 30 years; the text says "
                        f"{first.written!r}",
                    ),
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
