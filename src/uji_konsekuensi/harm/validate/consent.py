"""What lifts huruf g and h (UU 14/2008 Pasal 18 ayat (2)): the written consent of the person
whose secret it is, or information about a public office; a g or h ground then does not apply."""

from __future__ import annotations

from ...findings import Finding
from ...i18n import Text
from ...law import Ground
from ..codes import CONSENT_LIFTS
from ..model import ConsequenceTest
from .context import RowContext
from .fields import blank
from .grounds import ResolvedGround


def check_consent(
    row: ConsequenceTest, ctx: RowContext, resolved: tuple[ResolvedGround, ...]
) -> list[Finding]:
    """Each resolved g or h ground of a withheld item whose record shows what lifts it."""
    if not row.outcome.exempts or (row.consent is None and blank(row.public_office)):
        return []
    why_id, why_en = [], []
    if row.consent is not None:
        why_id.append(f"persetujuan tertulis dari {row.consent.given_by}")
        why_en.append(f"written consent of {row.consent.given_by}")
    if not blank(row.public_office):
        why_id.append(f"berkaitan dengan jabatan publik ({row.public_office})")
        why_en.append(f"it concerns a public office ({row.public_office})")
    out: list[Finding] = []
    for entry in resolved:
        ground: Ground | None = next(
            (c.ground for c in entry.citations if c.ground.lifted_by_consent), None
        )
        if ground is None:
            continue
        out.append(
            CONSENT_LIFTS(
                Text(
                    f"Huruf {ground.letter} tidak berlaku karena tercatat " + " dan ".join(why_id),
                    f"Huruf {ground.letter} does not apply: the record shows "
                    + " and ".join(why_en),
                ),
                field=ctx.field(f"grounds[{entry.index}]"),
                basis=ground.lifted_basis,
            )
        )
    return out
