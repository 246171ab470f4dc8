"""The approval of the test, the "Menyetujui" block of the Lembar (PP 61/2010 Pasal 3 ayat (2);
PERKI 1/2021 Pasal 10 ayat (2) huruf e, Lampiran II): present, by an official who may approve
(`ValidationSettings.approver_roles`), named, and not dated before the test."""

from __future__ import annotations

from ...findings import Finding
from .. import messages as M
from ..codes import APPROVAL_BEFORE_TEST, APPROVAL_MISSING, APPROVAL_ROLE, APPROVAL_UNNAMED
from ..model import ConsequenceTestSheet
from ..validation_settings import ValidationSettings
from .fields import at, blank


def check_approval(
    sheet: ConsequenceTestSheet, settings: ValidationSettings, prefix: str
) -> list[Finding]:
    """The approval block of a Lembar at JSON path ``prefix``."""
    approval = sheet.approval
    path = at(prefix, "approval")
    if approval is None:
        return [APPROVAL_MISSING(M.APPROVAL_MISSING(), field=path)]
    out: list[Finding] = []
    if approval.role not in settings.approver_roles:
        allowed = ", ".join(sorted(r.value for r in settings.approver_roles))
        out.append(
            APPROVAL_ROLE(
                M.APPROVAL_ROLE(role=approval.role.value, allowed=allowed),
                field=at(path, "role"),
            )
        )
    if blank(approval.name):
        out.append(APPROVAL_UNNAMED(M.APPROVAL_UNNAMED(), field=at(path, "name")))
    if approval.date is not None and sheet.date is not None and approval.date < sheet.date:
        out.append(
            APPROVAL_BEFORE_TEST(
                M.APPROVAL_BEFORE_TEST(
                    approved_on=approval.date.isoformat(), tested_on=sheet.date.isoformat()
                ),
                field=at(path, "date"),
            )
        )
    return out
