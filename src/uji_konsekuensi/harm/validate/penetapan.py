"""The Penetapan tentang Klasifikasi Informasi yang Dikecualikan (PERKI 1/2021 Pasal 49 ayat
(4)-(7), Lampiran III): who sets it, for which body, where and when, its number and signature, its
Mengingat, and the Lembar(s) it rests on (each validated as a Lembar, and none dated after it)."""

from __future__ import annotations

import datetime as dt

from ...findings import Finding
from ...law import find_statutes
from ...text_memo import per_text
from .. import messages as M
from ..codes import (
    PENETAPAN_BADAN_PUBLIK_MISMATCH,
    PENETAPAN_BADAN_PUBLIK_MISSING,
    PENETAPAN_BEFORE_TEST,
    PENETAPAN_DATE_MISSING,
    PENETAPAN_MENGINGAT_INCOMPLETE,
    PENETAPAN_MENGINGAT_UNREADABLE,
    PENETAPAN_NO_SHEETS,
    PENETAPAN_NOTHING_EXEMPT,
    PENETAPAN_NUMBER_MISSING,
    PENETAPAN_PLACE_MISSING,
    PENETAPAN_PPID_MISSING,
    PENETAPAN_REVOKED_INSTRUMENT,
    PENETAPAN_UNIT_MISSING,
    PENETAPAN_UNSIGNED,
)
from ..model import Penetapan, Role
from ..validation_settings import ValidationSettings
from .fields import at, blank, text_key
from .information import duplicate_information
from .sheet import check_sheet


def check_penetapan(pen: Penetapan, settings: ValidationSettings) -> list[Finding]:
    """Every finding about a Penetapan and the Lembar(s) it rests on."""
    out = _heading(pen)
    out += _mengingat(pen)
    out += _sheets(pen, settings)
    return out


def _heading(pen: Penetapan) -> list[Finding]:
    """Who sets it, for which body and unit, where and when (ayat (5) huruf a, b, f), its number
    and its signature (ayat (7))."""
    out: list[Finding] = []
    signed_by_ppid = pen.signature is not None and pen.signature.role is Role.PPID
    if pen.ppid is None and not signed_by_ppid:
        out.append(PENETAPAN_PPID_MISSING(M.PENETAPAN_PPID_MISSING(), field="ppid"))
    if blank(pen.badan_publik):
        out.append(
            PENETAPAN_BADAN_PUBLIK_MISSING(M.PENETAPAN_BADAN_PUBLIK_MISSING(), field="badan_publik")
        )
    if blank(pen.unit):
        out.append(PENETAPAN_UNIT_MISSING(M.PENETAPAN_UNIT_MISSING(), field="unit"))
    if blank(pen.place):
        out.append(PENETAPAN_PLACE_MISSING(M.PENETAPAN_PLACE_MISSING(), field="place"))
    if pen.date is None:
        out.append(PENETAPAN_DATE_MISSING(M.PENETAPAN_DATE_MISSING(), field="date"))
    if blank(pen.number):
        out.append(PENETAPAN_NUMBER_MISSING(M.PENETAPAN_NUMBER_MISSING(), field="number"))
    if pen.signature is None:
        out.append(PENETAPAN_UNSIGNED(M.PENETAPAN_UNSIGNED(), field="signature"))
    return out


def _mengingat(pen: Penetapan) -> list[Finding]:
    """Mengingat: readable, in force, and naming UU 14/2008 and PP 61/2010 (Lampiran III)."""
    out: list[Finding] = []
    cited: set[str] = set()
    for index, line in enumerate(pen.mengingat):
        refs = _statutes(line)
        if not refs:
            out.append(
                PENETAPAN_MENGINGAT_UNREADABLE(
                    M.PENETAPAN_MENGINGAT_UNREADABLE(line=line),
                    field=f"mengingat[{index}]",
                )
            )
        for short, revoked_by in refs:
            cited.add(short)
            if revoked_by is not None:
                out.append(
                    PENETAPAN_REVOKED_INSTRUMENT(
                        M.PENETAPAN_REVOKED_INSTRUMENT(statute=short, revoked_by=revoked_by),
                        field=f"mengingat[{index}]",
                        basis=revoked_by,
                    )
                )
    missing = [short for short in ("UU 14/2008", "PP 61/2010") if short not in cited]
    if missing:
        said = (
            M.PENETAPAN_MENGINGAT_INCOMPLETE_BOTH(first=missing[0], second=missing[1])
            if len(missing) == 2
            else M.PENETAPAN_MENGINGAT_INCOMPLETE(missing=missing[0])
        )
        out.append(PENETAPAN_MENGINGAT_INCOMPLETE(said, field="mengingat"))
    return out


def _statutes(line: str) -> tuple[tuple[str, str | None], ...]:
    """The instruments a Mengingat line cites: (short citation, what revoked it). Read once
    per line: an agency's Penetapan repeat the same Mengingat, and finding whether a statute was
    revoked searches the known statutes. A long line (no real Mengingat is) is never kept."""
    if len(line) > 1000:
        return _read_statutes(line)
    return _kept_statutes(line)


def _read_statutes(line: str) -> tuple[tuple[str, str | None], ...]:
    return tuple((ref.short, ref.revoked_by) for ref in find_statutes(line))


_kept_statutes = per_text(maxsize=4096)(_read_statutes)


def _sheets(pen: Penetapan, settings: ValidationSettings) -> list[Finding]:
    """The Lembar(s) behind it: present, for the same body, not dated after the Penetapan, each
    valid as a Lembar, and no information tested in two of them."""
    if not pen.sheets:
        return [PENETAPAN_NO_SHEETS(M.PENETAPAN_NO_SHEETS(), field="sheets")]
    out: list[Finding] = []
    if not pen.exempt_rows():
        out.append(PENETAPAN_NOTHING_EXEMPT(M.PENETAPAN_NOTHING_EXEMPT(), field="sheets"))
    set_on: list[tuple[str, dt.date | None]] = [("date", pen.date)]
    if pen.signature is not None:
        set_on.append(("signature.date", pen.signature.date))
    for index, sheet in enumerate(pen.sheets):
        prefix = f"sheets[{index}]"
        if not blank(pen.badan_publik) and text_key(sheet.badan_publik) != text_key(
            pen.badan_publik
        ):
            out.append(
                PENETAPAN_BADAN_PUBLIK_MISMATCH(
                    M.PENETAPAN_BADAN_PUBLIK_MISMATCH(
                        sheet=sheet.badan_publik, penetapan=pen.badan_publik
                    ),
                    field=at(prefix, "badan_publik"),
                )
            )
        for name, when in set_on:
            if when is not None and sheet.date is not None and when < sheet.date:
                out.append(
                    PENETAPAN_BEFORE_TEST(
                        M.PENETAPAN_BEFORE_TEST(
                            set_on=when.isoformat(), tested_on=sheet.date.isoformat()
                        ),
                        field=name,
                    )
                )
        out += check_sheet(sheet, settings, prefix, in_penetapan=True)
    # Within a sheet `check_sheet` reports duplicates; here only those across sheets.
    first: dict[str, tuple[int, str]] = {}
    for i, sheet in enumerate(pen.sheets):
        for j, row in enumerate(sheet.rows):
            norm, path = text_key(row.information), f"sheets[{i}].rows[{j}]"
            if norm and norm in first and first[norm][0] != i:
                out += duplicate_information([(first[norm][1], row), (path, row)])
            first.setdefault(norm, (i, path))
    return out
