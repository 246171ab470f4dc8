"""The participants of the test (PERKI 1/2021 Lampiran II, the table Nama, Jabatan, Unit Kerja,
TTD): recorded, complete, and including the PPID, who must perform the test (UU 14/2008 Pasal 19;
PERKI 1/2021 Pasal 10 ayat (1) huruf g)."""

from __future__ import annotations

from ...findings import Finding
from ...i18n import Text
from ..codes import PARTICIPANTS_INCOMPLETE, PARTICIPANTS_MISSING, PARTICIPANTS_NO_PPID
from ..model import ConsequenceTestSheet, Role
from .fields import at, blank


def check_participants(sheet: ConsequenceTestSheet, prefix: str) -> list[Finding]:
    """The participants table of a Lembar at JSON path ``prefix``."""
    if not sheet.participants:
        return [
            PARTICIPANTS_MISSING(
                Text(
                    "Peserta pengujian (nama, jabatan, unit kerja) tidak dicatat",
                    "The participants (name, position, unit) are not recorded",
                ),
                field=at(prefix, "participants"),
            )
        ]
    out: list[Finding] = []
    for index, person in enumerate(sheet.participants):
        missing = [
            label
            for label, value in (
                ("nama", person.name),
                ("jabatan", person.position),
                ("unit kerja", person.unit),
            )
            if blank(value)
        ]
        if missing:
            out.append(
                PARTICIPANTS_INCOMPLETE(
                    Text(
                        f"Peserta {index + 1}: {', '.join(missing)} tidak diisi",
                        f"Participant {index + 1}: {', '.join(missing)} missing",
                    ),
                    field=at(prefix, f"participants[{index}]"),
                )
            )
    roles = {p.role for p in sheet.participants if p.role is not None}
    if roles and Role.PPID not in roles:
        out.append(
            PARTICIPANTS_NO_PPID(
                Text(
                    "PPID tidak tercatat sebagai peserta, padahal PPID yang wajib melakukan "
                    "pengujian konsekuensi",
                    "The PPID is not among the participants, yet the PPID must perform the test",
                ),
                field=at(prefix, "participants"),
            )
        )
    return out
