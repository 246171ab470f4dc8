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
from .tanggal import Tanggal, TanggalError

if TYPE_CHECKING:
    from .model import SOP

__all__ = ["identity_findings", "nip_problem"]

#: A year in an SOP number: a four-digit 19xx/20xx group not inside a longer number.
_NUMBER_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")

_DATE_FIELDS: tuple[tuple[str, Text], ...] = (
    ("created_text", Text(id="tanggal pembuatan", en="tanggal pembuatan (date made)")),
    ("revised_text", Text(id="tanggal revisi", en="tanggal revisi (date revised)")),
    ("effective_text", Text(id="tanggal efektif", en="tanggal efektif (effective date)")),
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
                    Text(
                        id="tanggal efektif tidak diisi: sejak kapan SOP berlaku tidak diketahui",
                        en="tanggal efektif is blank: when the SOP took effect is unknown",
                    ),
                    field=f"identity.{field}",
                )
            elif field == "created_text":
                yield codes.IDENTITY_CREATED_MISSING(
                    Text(id="tanggal pembuatan tidak diisi", en="tanggal pembuatan is blank"),
                    field=f"identity.{field}",
                )
            continue
        try:
            parsed = ident.read_date(field)
        except TanggalError as exc:
            problem = exc.problems[0] if exc.problems else None
            yield codes.IDENTITY_DATE_UNREADABLE(
                Text(
                    id=f"{label.id} tidak dapat dibaca: {text!r}"
                    + (f" ({problem.message})" if problem else ""),
                    en=f"{label.en} cannot be read: {text!r}"
                    + (f" ({problem.message_en})" if problem else ""),
                ),
                field=f"identity.{field}",
            )
            continue
        if parsed is not None:
            dates[field] = parsed

    created = dates.get("created_text")
    for field, code, word in (
        ("effective_text", codes.IDENTITY_EFFECTIVE_BEFORE_CREATED, "efektif"),
        ("revised_text", codes.IDENTITY_REVISED_BEFORE_CREATED, "revisi"),
    ):
        other = dates.get(field)
        if created is not None and other is not None and other.latest() < created.earliest():
            yield code(
                Text(
                    id=f"tanggal {word} ({other.text}) sebelum tanggal pembuatan ({created.text})",
                    en=f"tanggal {word} ({other.text}) is before tanggal pembuatan "
                    f"({created.text})",
                ),
                field=f"identity.{field}",
            )

    years = _NUMBER_YEAR.findall(ident.number)
    if years:
        number_year = int(years[-1])
        for field, label in _DATE_FIELDS:
            d = dates.get(field)
            if d is not None and abs(d.year - number_year) > max_year_gap:
                yield codes.IDENTITY_DATE_YEAR_MISMATCH(
                    Text(
                        id=f"{label.id} {d.text!r} berjarak {abs(d.year - number_year)} tahun "
                        f"dari tahun {number_year} pada nomor SOP {ident.number!r}",
                        en=f"{label.en} {d.text!r} is {abs(d.year - number_year)} years away "
                        f"from the year {number_year} in the SOP number {ident.number!r}",
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
            Text(
                id="pengesahan (disahkan oleh) tidak menyebut nama pejabat",
                en="the pengesahan (disahkan oleh) does not name the official",
            ),
            field="identity.approved_by",
        )
        return
    if signer.nip is None:
        return  # an official who is not a PNS (a commission's chair) has no NIP
    nip = str(ident.corrected("approved_by.nip"))
    problem = nip_problem(nip)
    if problem is not None:
        yield codes.IDENTITY_NIP_MALFORMED(
            Text(
                id=f"NIP {nip!r} tidak sah: {problem.id}",
                en=f"NIP {nip!r} is not well formed: {problem.en}",
            ),
            field="identity.approved_by.nip",
        )


def nip_problem(nip: str) -> Text | None:
    """What is wrong with an 18-digit NIP (spaces and dots allowed), or None."""
    digits = re.sub(r"[\s.]", "", nip)
    if not digits.isdigit() or len(digits) != 18:
        return Text(id="harus 18 angka", en="expected 18 digits")
    try:
        born = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return Text(id="8 angka pertama bukan tanggal lahir", en="digits 1-8 are not a birth date")
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12 or year < born.year + 15:
        return Text(
            id="angka 9-14 bukan tahun dan bulan pengangkatan yang mungkin",
            en="digits 9-14 are not a possible year and month of appointment",
        )
    if digits[14] not in "12":
        return Text(
            id="angka ke-15 (jenis kelamin) harus 1 atau 2", en="digit 15 (sex) must be 1 or 2"
        )
    return None


#: When the revoking instruments took effect: PERKI 1/2021 is in force on promulgation, 30 June
#: 2021 (Pasal 64; docs/sources/law.md §3.3). An SOP made before that cited PERKI 1/2010
#: rightly and is now out of date; one made after it cites a dead rule.
_IN_FORCE: dict[str, dt.date] = {"PERKI 1/2021": dt.date(2021, 6, 30)}


def _legal_basis(sop: SOP, dates: dict[str, Tanggal]) -> Iterator[Finding]:
    ident = sop.identity
    if not ident.legal_basis:
        yield codes.IDENTITY_LEGAL_BASIS_MISSING(
            Text(id="dasar hukum tidak diisi", en="no dasar hukum (legal basis) is given"),
            field="identity.legal_basis",
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
        if made is not None and since is not None and made.latest() < since:
            when = Text(
                id=f"; dicabut setelah SOP ini dibuat ({made.text}): SOP perlu direvisi",
                en=f"; revoked after this SOP was made ({made.text}): the SOP needs revising",
            )
        else:
            when = Text(id="", en="")
        yield codes.IDENTITY_LEGAL_BASIS_REVOKED(
            Text(
                id=f"dasar hukum mengutip {statute.short}, yang telah dicabut oleh {revoked_by}"
                + when.id,
                en=f"the dasar hukum cites {statute.short}, revoked by {revoked_by}" + when.en,
            ),
            field=f"identity.legal_basis[{i}]",
            basis=revoked_by,
        )
