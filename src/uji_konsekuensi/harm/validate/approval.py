"""The approval of the test, the "Menyetujui" block of the Lembar (PP 61/2010 Pasal 3 ayat (2);
PERKI 1/2021 Pasal 10 ayat (2) huruf e, Lampiran II): present, by an official who may approve
(`ValidationSettings.approver_roles`), named, and not dated before the test."""

from __future__ import annotations

from ...findings import Finding
from ...i18n import Text
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
        return [
            APPROVAL_MISSING(
                Text(
                    "Hasil pengujian belum disetujui (blok 'Menyetujui' kosong)",
                    "The test has not been approved (the 'Menyetujui' block is empty)",
                ),
                field=path,
            )
        ]
    out: list[Finding] = []
    if approval.role not in settings.approver_roles:
        allowed = ", ".join(sorted(r.value for r in settings.approver_roles))
        out.append(
            APPROVAL_ROLE(
                Text(
                    f"Persetujuan oleh {approval.role.value} tidak sah; yang berwenang: {allowed}",
                    f"Approval by {approval.role.value} is not valid; it must be: {allowed}",
                ),
                field=at(path, "role"),
            )
        )
    if blank(approval.name):
        out.append(
            APPROVAL_UNNAMED(
                Text("Nama pejabat yang menyetujui tidak diisi", "The approver is not named"),
                field=at(path, "name"),
            )
        )
    if approval.date is not None and sheet.date is not None and approval.date < sheet.date:
        out.append(
            APPROVAL_BEFORE_TEST(
                Text(
                    f"Persetujuan ({approval.date.isoformat()}) bertanggal sebelum pengujian "
                    f"({sheet.date.isoformat()})",
                    f"The approval ({approval.date.isoformat()}) is dated before the test "
                    f"({sheet.date.isoformat()})",
                ),
                field=at(path, "date"),
            )
        )
    return out
