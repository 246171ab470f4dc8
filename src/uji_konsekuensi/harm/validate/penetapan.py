"""The Penetapan tentang Klasifikasi Informasi yang Dikecualikan (PERKI 1/2021 Pasal 49 ayat
(4)-(7), Lampiran III): who sets it, for which body, where and when, its number and signature, its
Mengingat, and the Lembar(s) it rests on (each validated as a Lembar, and none dated after it)."""

from __future__ import annotations

import datetime as dt

from ...findings import Finding
from ...i18n import Text
from ...law import find_statutes
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
        out.append(
            PENETAPAN_PPID_MISSING(
                Text(
                    "Identitas pejabat PPID yang menetapkan tidak diisi",
                    "The identity of the PPID who sets the classification is missing",
                ),
                field="ppid",
            )
        )
    if blank(pen.badan_publik):
        out.append(
            PENETAPAN_BADAN_PUBLIK_MISSING(
                Text("Nama Badan Publik tidak diisi", "The public body is not named"),
                field="badan_publik",
            )
        )
    if blank(pen.unit):
        out.append(
            PENETAPAN_UNIT_MISSING(
                Text(
                    "Unit kerja/satuan kerja pejabat yang menetapkan tidak diisi",
                    "The unit of the official who sets it is not named",
                ),
                field="unit",
            )
        )
    if blank(pen.place):
        out.append(
            PENETAPAN_PLACE_MISSING(
                Text("Tempat penetapan tidak diisi", "The place of the Penetapan is missing"),
                field="place",
            )
        )
    if pen.date is None:
        out.append(
            PENETAPAN_DATE_MISSING(
                Text("Tanggal penetapan tidak diisi", "The date of the Penetapan is missing"),
                field="date",
            )
        )
    if blank(pen.number):
        out.append(
            PENETAPAN_NUMBER_MISSING(
                Text("Nomor Penetapan tidak diisi", "The Penetapan has no number"),
                field="number",
            )
        )
    if pen.signature is None:
        out.append(
            PENETAPAN_UNSIGNED(
                Text(
                    "Penetapan belum ditandatangani: belum berlaku",
                    "The Penetapan is not signed: not yet in force",
                ),
                field="signature",
            )
        )
    return out


def _mengingat(pen: Penetapan) -> list[Finding]:
    """Mengingat: readable, in force, and naming UU 14/2008 and PP 61/2010 (Lampiran III)."""
    out: list[Finding] = []
    cited: set[str] = set()
    for index, line in enumerate(pen.mengingat):
        refs = find_statutes(line)
        if not refs:
            out.append(
                PENETAPAN_MENGINGAT_UNREADABLE(
                    Text(
                        f"Dasar 'Mengingat' tidak dapat dibaca sebagai peraturan: {line!r}",
                        f"A 'Mengingat' line cannot be read as an instrument: {line!r}",
                    ),
                    field=f"mengingat[{index}]",
                )
            )
        for ref in refs:
            cited.add(ref.short)
            if ref.revoked_by is not None:
                out.append(
                    PENETAPAN_REVOKED_INSTRUMENT(
                        Text(
                            f"{ref.short} sudah dicabut ({ref.revoked_by}); ganti dengan "
                            "PERKI 1/2021",
                            f"{ref.short} has been revoked ({ref.revoked_by}); cite PERKI 1/2021",
                        ),
                        field=f"mengingat[{index}]",
                        basis=ref.revoked_by,
                    )
                )
    missing = [short for short in ("UU 14/2008", "PP 61/2010") if short not in cited]
    if missing:
        out.append(
            PENETAPAN_MENGINGAT_INCOMPLETE(
                Text(
                    f"'Mengingat' tidak menyebut {' dan '.join(missing)}",
                    f"'Mengingat' does not cite {' and '.join(missing)}",
                ),
                field="mengingat",
            )
        )
    return out


def _sheets(pen: Penetapan, settings: ValidationSettings) -> list[Finding]:
    """The Lembar(s) behind it: present, for the same body, not dated after the Penetapan, each
    valid as a Lembar, and no information tested in two of them."""
    if not pen.sheets:
        return [
            PENETAPAN_NO_SHEETS(
                Text(
                    "Penetapan tidak didasarkan pada Lembar Pengujian Konsekuensi",
                    "The Penetapan rests on no Lembar Pengujian Konsekuensi",
                ),
                field="sheets",
            )
        ]
    out: list[Finding] = []
    if not pen.exempt_rows():
        out.append(
            PENETAPAN_NOTHING_EXEMPT(
                Text(
                    "Tidak ada informasi yang dinyatakan dikecualikan dalam Penetapan ini",
                    "This Penetapan declares no information exempt",
                ),
                field="sheets",
            )
        )
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
                    Text(
                        f"Lembar dibuat untuk {sheet.badan_publik!r}, Penetapan untuk "
                        f"{pen.badan_publik!r}",
                        f"The sheet is for {sheet.badan_publik!r}, the Penetapan for "
                        f"{pen.badan_publik!r}",
                    ),
                    field=at(prefix, "badan_publik"),
                )
            )
        for name, when in set_on:
            if when is not None and sheet.date is not None and when < sheet.date:
                out.append(
                    PENETAPAN_BEFORE_TEST(
                        Text(
                            f"Penetapan ({when.isoformat()}) bertanggal sebelum pengujian "
                            f"konsekuensi yang mendasarinya ({sheet.date.isoformat()})",
                            f"The Penetapan ({when.isoformat()}) is dated before the "
                            f"consequence test it rests on ({sheet.date.isoformat()})",
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
