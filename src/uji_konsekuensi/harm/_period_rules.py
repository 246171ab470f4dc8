"""Validation rules for the exemption period of one tested item.

UU 14/2008 Pasal 20 (a-f are not permanent), PP 61/2010 Pasal 5-9 and 11, PERKI 1/2021 Pasal 49
ayat (5) huruf e and Pasal 51. Split from _rows.py, whose `RowChecker` calls `check_period`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..findings import Severity
from ..i18n import Text
from ..law.grounds import NOT_PERMANENT
from ._util import at, blank
from .model import Role
from .period import AsLongAsNeeded, UntilDate, UntilEvent, YearsFromPenetapan, add_years

if TYPE_CHECKING:
    from ._rows import RowChecker

E, W = Severity.ERROR, Severity.WARNING

PERKI_49_5E = "PERKI 1/2021 Pasal 49 ayat (5) huruf e"
PERIOD_A = "PP 61/2010 Pasal 5 ayat (1); PERKI 1/2021 Pasal 51 ayat (1)"


def check_period(c: RowChecker) -> None:
    """The period rules of one item."""
    row, ctx = c.row, c.ctx
    path = c.field("period")
    letters = c.letters
    if not row.outcome.exempts:
        if row.period is not None:
            c.add(
                "harm.period.on_open",
                W,
                Text(
                    "Informasi dibuka, tetapi jangka waktu pengecualian diisi",
                    "The information is opened but an exemption period is given",
                ),
                PERKI_49_5E,
                path,
            )
        return
    period = row.period
    if period is None:
        temporary = sorted(letters & NOT_PERMANENT)
        if ctx.in_penetapan and not temporary:
            # PERKI 1/2021 Pasal 49 ayat (5) huruf e: a Penetapan must at least state the
            # jangka waktu pengecualian, for every ground; "as long as needed" (g, h: Pasal 51
            # ayat (7)) is itself a period and is written as one (AsLongAsNeeded). A Lembar
            # alone only warns for g-j (Lampiran II asks for the column, no rule sets it).
            c.add(
                "harm.period.missing",
                E,
                Text(
                    "Penetapan wajib memuat jangka waktu pengecualian, juga untuk huruf "
                    f"{', '.join(sorted(letters)) or '-'} (tulis mis. 'selama diperlukan')",
                    "A Penetapan must state the exemption period, also for huruf "
                    f"{', '.join(sorted(letters)) or '-'} (write e.g. 'as long as needed')",
                ),
                PERKI_49_5E,
                path,
            )
        elif temporary:
            c.add(
                "harm.period.missing",
                E,
                Text(
                    f"Jangka waktu pengecualian wajib untuk huruf {', '.join(temporary)} "
                    "(tidak bersifat permanen)",
                    f"An exemption period is required for huruf {', '.join(temporary)} "
                    "(not permanent)",
                ),
                f"UU 14/2008 Pasal 20; PP 61/2010 Pasal 5-7; {PERKI_49_5E}",
                path,
            )
        else:
            c.add(
                "harm.period.unstated",
                W,
                Text(
                    "Jangka waktu pengecualian tidak disebutkan",
                    "No exemption period is stated",
                ),
                f"{PERKI_49_5E}; Lampiran II (kolom Jangka Waktu)",
                path,
            )
        return
    _shape(c, period, path)
    if "a" in letters:
        _cap(c, period, path)
    per_law = sorted(letters & {"b", "g", "i"})
    if per_law and blank(period.basis):
        c.add(
            "harm.period.basis_missing",
            W,
            Text(
                f"Jangka waktu untuk huruf {', '.join(per_law)} mengikuti peraturan "
                "perundang-undangan lain; sebutkan dasarnya (kolom basis)",
                f"The period for huruf {', '.join(per_law)} follows other legislation; "
                "name it (field basis)",
            ),
            "PP 61/2010 Pasal 6, Pasal 8 ayat (1), Pasal 9; PERKI 1/2021 Pasal 51",
            at(path, "basis"),
        )
    by_head = sorted(letters & {"c", "d", "e", "f"})
    if by_head and ctx.approval_role is not None and ctx.approval_role is not Role.PIMPINAN:
        c.add(
            "harm.period.set_by_pimpinan",
            W,
            Text(
                f"Jangka waktu untuk huruf {', '.join(by_head)} ditetapkan oleh pimpinan "
                "tertinggi Badan Publik, sedangkan persetujuan diberikan oleh "
                f"{ctx.approval_role.value}",
                f"The period for huruf {', '.join(by_head)} is set by the head of the public "
                f"body, but the approval was given by {ctx.approval_role.value}",
            ),
            "PP 61/2010 Pasal 7 ayat (5); PERKI 1/2021 Pasal 51 ayat (5)",
            path,
        )


def _shape(
    c: RowChecker, period: UntilDate | YearsFromPenetapan | UntilEvent | AsLongAsNeeded, path: str
) -> None:
    tested_on = c.ctx.tested_on
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
        c.add(
            "harm.period.invalid",
            E,
            Text(f"Jangka waktu tidak sah: {what.id}", f"The period is not valid: {what.en}"),
            PERKI_49_5E,
            at(path, name),
        )
    if isinstance(period, UntilDate) and tested_on is not None and period.until <= tested_on:
        c.add(
            "harm.period.already_ended",
            E,
            Text(
                f"Jangka waktu berakhir {period.until.isoformat()}, tidak setelah tanggal "
                f"pengujian {tested_on.isoformat()}",
                f"The period ends on {period.until.isoformat()}, not after the test on "
                f"{tested_on.isoformat()}",
            ),
            "PP 61/2010 Pasal 11",
            at(path, "until"),
        )
    if isinstance(period, AsLongAsNeeded):
        if period.review_on is None and c.ctx.settings.require_review_date:
            c.add(
                "harm.period.review_missing",
                W,
                Text(
                    "'Selama dibutuhkan' tanpa tanggal peninjauan kembali",
                    "'As long as needed' without a review date",
                ),
                "UU 14/2008 Pasal 2 ayat (2); PP 61/2010 Pasal 7 dan Pasal 8 ayat (2)",
                at(path, "review_on"),
            )
        elif (
            period.review_on is not None and tested_on is not None and period.review_on <= tested_on
        ):
            c.add(
                "harm.period.review_past",
                W,
                Text(
                    f"Tanggal peninjauan {period.review_on.isoformat()} tidak setelah "
                    f"tanggal pengujian {tested_on.isoformat()}",
                    f"The review date {period.review_on.isoformat()} is not after the "
                    f"test on {tested_on.isoformat()}",
                ),
                "UU 14/2008 Pasal 2 ayat (2)",
                at(path, "review_on"),
            )


def _cap(
    c: RowChecker, period: UntilDate | YearsFromPenetapan | UntilEvent | AsLongAsNeeded, path: str
) -> None:
    """Huruf a: at most 30 years (PP 61/2010 Pasal 5 ayat (1))."""
    tested_on = c.ctx.tested_on
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
        c.add(
            "harm.period.over_30_years",
            E,
            Text(
                f"Pengecualian huruf a paling lama 30 tahun; tertulis {value}",
                f"A huruf a exemption lasts at most 30 years; the record says {value}",
            ),
            PERIOD_A,
            at(path, name),
        )
    elif isinstance(period, AsLongAsNeeded) or (
        isinstance(period, UntilEvent) and period.at_most_years is None
    ):
        c.add(
            "harm.period.uncapped",
            W,
            Text(
                "Pengecualian huruf a paling lama 30 tahun dan berakhir bila dibuka di "
                "sidang terbuka; cantumkan batas tersebut",
                "A huruf a exemption lasts at most 30 years and ends once opened in an open "
                "court session; state the cap",
            ),
            f"{PERIOD_A}; PP 61/2010 Pasal 5 ayat (2)",
            path,
        )
