"""The Lembar Pengujian Konsekuensi (PERKI 1/2021 Pasal 49 ayat (3), Lampiran II): its heading
(public body, date, place, number, the request or dispute it answers), its participants and
approval, and every row it tests."""

from __future__ import annotations

from ...findings import Finding
from .. import messages as M
from ..codes import (
    SHEET_BADAN_PUBLIK_MISSING,
    SHEET_DATE_MISSING,
    SHEET_DISPUTE_ORDER_MISSING,
    SHEET_NO_ROWS,
    SHEET_NUMBER_MISSING,
    SHEET_PLACE_MISSING,
    SHEET_REQUEST_NUMBER_MISSING,
)
from ..model import ConsequenceTestSheet, TestStage
from ..validation_settings import ValidationSettings
from .approval import check_approval
from .context import RowContext
from .fields import at, blank
from .information import duplicate_information
from .participants import check_participants
from .row import check_row


def check_sheet(
    sheet: ConsequenceTestSheet,
    settings: ValidationSettings,
    prefix: str = "",
    in_penetapan: bool = False,
) -> list[Finding]:
    """Every finding about a Lembar at JSON path ``prefix`` (a Penetapan's ``sheets[i]``)."""
    out = _heading(sheet, prefix)
    out += check_participants(sheet, prefix)
    out += check_approval(sheet, settings, prefix)
    if not sheet.rows:
        out.append(SHEET_NO_ROWS(M.SHEET_NO_ROWS(), field=at(prefix, "rows")))
    role = sheet.approval.role if sheet.approval is not None else None
    for index, row in enumerate(sheet.rows):
        ctx = RowContext(
            path=at(prefix, f"rows[{index}]"),
            tested_on=sheet.date,
            approval_role=role,
            settings=settings,
            in_penetapan=in_penetapan,
        )
        out += check_row(row, ctx)
    out += duplicate_information([(at(prefix, f"rows[{i}]"), r) for i, r in enumerate(sheet.rows)])
    return out


def _heading(sheet: ConsequenceTestSheet, prefix: str) -> list[Finding]:
    """The heading ("Pada hari ini, <date> bertempat di <place> ..."): who tested, when, where,
    on what."""
    out: list[Finding] = []
    if blank(sheet.badan_publik):
        out.append(
            SHEET_BADAN_PUBLIK_MISSING(
                M.SHEET_BADAN_PUBLIK_MISSING(), field=at(prefix, "badan_publik")
            )
        )
    if sheet.date is None:
        out.append(SHEET_DATE_MISSING(M.SHEET_DATE_MISSING(), field=at(prefix, "date")))
    if blank(sheet.place):
        out.append(SHEET_PLACE_MISSING(M.SHEET_PLACE_MISSING(), field=at(prefix, "place")))
    if blank(sheet.number):
        out.append(SHEET_NUMBER_MISSING(M.SHEET_NUMBER_MISSING(), field=at(prefix, "number")))
    if sheet.stage is TestStage.ON_REQUEST and blank(sheet.request_number):
        out.append(
            SHEET_REQUEST_NUMBER_MISSING(
                M.SHEET_REQUEST_NUMBER_MISSING(), field=at(prefix, "request_number")
            )
        )
    if sheet.stage is TestStage.DISPUTE and blank(sheet.dispute_register):
        out.append(
            SHEET_DISPUTE_ORDER_MISSING(
                M.SHEET_DISPUTE_ORDER_MISSING(), field=at(prefix, "dispute_register")
            )
        )
    return out
