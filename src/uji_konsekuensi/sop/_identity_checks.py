"""`SOP.validate()` on the Bagian Identitas: dates, pengesahan, NIP, dasar hukum.

PermenPAN-RB 35/2012 (Lampiran, Bagian Identitas) asks for a tanggal pembuatan (the day the SOP
was finished), a tanggal efektif (the day it was signed), an optional tanggal revisi, the
pengesahan with the official's name and NIP, and the dasar hukum. What is checked here is what a
reader can see is wrong without knowing the agency: unreadable or missing dates, dates in the
wrong order or years away from the year in the SOP's own number (Kalbar: "41 /SOP/
DISKOMINFO.IP /2024" made "2 Januari 2029"), a malformed NIP, and a dasar hukum that has been
revoked (KASN and Kalteng still cite PERKI 1/2010).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..findings import Finding
from ..i18n import Text
from . import codes
from . import messages as M
from .tanggal import Tanggal, TanggalError

if TYPE_CHECKING:
    from .model import SOP

__all__ = ["identity_findings", "nip_problem"]

#: A year in an SOP number: a four-digit 19xx/20xx group not inside a longer number.
_NUMBER_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")

_DATE_FIELDS: tuple[tuple[str, Text], ...] = (
    ("created_text", M.DATE_LABEL_CREATED()),
    ("revised_text", M.DATE_LABEL_REVISED()),
    ("effective_text", M.DATE_LABEL_EFFECTIVE()),
)


def identity_findings(sop: SOP, max_year_gap: int) -> Iterator[Finding]:
    """Findings about the identity block; dates are read after their corrections."""
    ident = sop.identity
    dates: dict[str, Tanggal] = {}
    for field, label in _DATE_FIELDS:
        text = ident.corrected(field)
        if text is None or not str(text).strip():
            if field == "effective_text":
                yield codes.IDENTITY_EFFECTIVE_MISSING(
                    M.IDENTITY_EFFECTIVE_MISSING(), field=f"identity.{field}"
                )
            elif field == "created_text":
                yield codes.IDENTITY_CREATED_MISSING(
                    M.IDENTITY_CREATED_MISSING(), field=f"identity.{field}"
                )
            continue
        try:
            parsed = ident.read_date(field)
        except TanggalError as exc:
            if exc.problems:
                reason = Text(id=exc.problems[0].message, en=exc.problems[0].message_en)
                yield codes.IDENTITY_DATE_UNREADABLE(
                    M.IDENTITY_DATE_UNREADABLE(label=label, text=text, problem=reason),
                    field=f"identity.{field}",
                )
            else:
                yield codes.IDENTITY_DATE_UNREADABLE(
                    M.IDENTITY_DATE_UNREADABLE_NO_REASON(label=label, text=text),
                    field=f"identity.{field}",
                )
            continue
        if parsed is not None:
            dates[field] = parsed

    created = dates.get("created_text")
    for field, code, message in (
        (
            "effective_text",
            codes.IDENTITY_EFFECTIVE_BEFORE_CREATED,
            M.IDENTITY_EFFECTIVE_BEFORE_CREATED,
        ),
        ("revised_text", codes.IDENTITY_REVISED_BEFORE_CREATED, M.IDENTITY_REVISED_BEFORE_CREATED),
    ):
        other = dates.get(field)
        if created is not None and other is not None and other.latest() < created.earliest():
            yield code(message(date=other.text, created=created.text), field=f"identity.{field}")

    years = _NUMBER_YEAR.findall(ident.number)
    if years:
        number_year = int(years[-1])
        for field, label in _DATE_FIELDS:
            d = dates.get(field)
            if d is not None and abs(d.year - number_year) > max_year_gap:
                yield codes.IDENTITY_DATE_YEAR_MISMATCH(
                    M.IDENTITY_DATE_YEAR_MISMATCH(
                        label=label,
                        date=d.text,
                        gap=abs(d.year - number_year),
                        year=number_year,
                        number=ident.number,
                    ),
                    field=f"identity.{field}",
                )

    yield from _approval(sop)
    yield from _legal_basis(sop, dates)


def _approval(sop: SOP) -> Iterator[Finding]:
    ident = sop.identity
    signer = ident.approved_by
    if signer is None or not (signer.name or "").strip():
        yield codes.IDENTITY_APPROVAL_MISSING(
            M.IDENTITY_APPROVAL_MISSING(), field="identity.approved_by"
        )
        return
    if signer.nip is None:
        return  # an official who is not a PNS (a commission's chair) has no NIP
    nip = str(ident.corrected("approved_by.nip"))
    problem = nip_problem(nip)
    if problem is not None:
        yield codes.IDENTITY_NIP_MALFORMED(
            M.IDENTITY_NIP_MALFORMED(nip=nip, problem=problem), field="identity.approved_by.nip"
        )


def nip_problem(nip: str) -> Text | None:
    """What is wrong with an 18-digit NIP (spaces and dots allowed), or None."""
    digits = re.sub(r"[\s.]", "", nip)
    if not digits.isdigit() or len(digits) != 18:
        return M.NIP_LENGTH()
    try:
        born = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return M.NIP_BIRTH()
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12 or year < born.year + 15:
        return M.NIP_APPOINTMENT()
    if digits[14] not in "12":
        return M.NIP_SEX()
    return None


#: When the revoking instruments took effect: PERKI 1/2021 is in force on promulgation, 30 June
#: 2021 (Pasal 64; docs/sources/law.md §3.3). An SOP made before that cited PERKI 1/2010
#: rightly and is now out of date; one made after it cites a dead rule.
_IN_FORCE: dict[str, dt.date] = {"PERKI 1/2021": dt.date(2021, 6, 30)}


def _legal_basis(sop: SOP, dates: dict[str, Tanggal]) -> Iterator[Finding]:
    ident = sop.identity
    if not ident.legal_basis:
        yield codes.IDENTITY_LEGAL_BASIS_MISSING(
            M.IDENTITY_LEGAL_BASIS_MISSING(), field="identity.legal_basis"
        )
        return
    from ..law import parse_statute

    made = dates.get("effective_text") or dates.get("created_text")
    for i, text in enumerate(ident.legal_basis_texts()):
        statute = parse_statute(text)
        revoked_by = statute.revoked_by if statute is not None else None
        if statute is None or revoked_by is None:
            continue
        # PERKI 1/2021 Pasal 63: PERKI 1/2010 (huruf a) and PERKI 1/2017 (huruf b) are revoked;
        # the facts are kept with the instruments in uji_konsekuensi.law.statute.
        since = next((d for k, d in _IN_FORCE.items() if revoked_by.startswith(k)), None)
        before = made is not None and since is not None and made.latest() < since
        message = (
            M.IDENTITY_LEGAL_BASIS_REVOKED_BEFORE if before else M.IDENTITY_LEGAL_BASIS_REVOKED
        )
        yield codes.IDENTITY_LEGAL_BASIS_REVOKED(
            message(statute=statute.short, revoked_by=revoked_by, made=made.text if made else ""),
            field=f"identity.legal_basis[{i}]",
            basis=revoked_by,
        )
