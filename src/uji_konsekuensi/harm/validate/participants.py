"""The participants of the test (PERKI 1/2021 Lampiran II, the table Nama, Jabatan, Unit Kerja,
TTD): recorded, complete, and including the PPID, who must perform the test (UU 14/2008 Pasal 19;
PERKI 1/2021 Pasal 10 ayat (1) huruf g)."""

from __future__ import annotations

from ...findings import Finding
from .. import messages as M
from ..codes import PARTICIPANTS_INCOMPLETE, PARTICIPANTS_MISSING, PARTICIPANTS_NO_PPID
from ..model import ConsequenceTestSheet, Role
from .fields import at, blank


def check_participants(sheet: ConsequenceTestSheet, prefix: str) -> list[Finding]:
    """The participants table of a Lembar at JSON path ``prefix``."""
    if not sheet.participants:
        return [PARTICIPANTS_MISSING(M.PARTICIPANTS_MISSING(), field=at(prefix, "participants"))]
    out: list[Finding] = []
    for index, person in enumerate(sheet.participants):
        missing = [
            label for name, label in M.PARTICIPANT_COLUMNS.items() if blank(getattr(person, name))
        ]
        if missing:
            out.append(
                PARTICIPANTS_INCOMPLETE(
                    M.PARTICIPANTS_INCOMPLETE(number=index + 1, missing=", ".join(missing)),
                    field=at(prefix, f"participants[{index}]"),
                )
            )
    roles = {p.role for p in sheet.participants if p.role is not None}
    if roles and Role.PPID not in roles:
        out.append(PARTICIPANTS_NO_PPID(M.PARTICIPANTS_NO_PPID(), field=at(prefix, "participants")))
    return out
