"""What lifts huruf g and h (UU 14/2008 Pasal 18 ayat (2)): the written consent of the person
whose secret it is, or information about a public office; a g or h ground then does not apply."""

from __future__ import annotations

from ...findings import Finding
from ...law import Ground
from .. import messages as M
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
    # What the record shows: the consent, the public office, or both.
    if row.consent is None:
        message = M.CONSENT_LIFTS_PUBLIC_OFFICE
    elif blank(row.public_office):
        message = M.CONSENT_LIFTS
    else:
        message = M.CONSENT_LIFTS_BOTH
    given_by = row.consent.given_by if row.consent is not None else None
    out: list[Finding] = []
    for entry in resolved:
        ground: Ground | None = next(
            (c.ground for c in entry.citations if c.ground.lifted_by_consent), None
        )
        if ground is None:
            continue
        out.append(
            CONSENT_LIFTS(
                message(letter=ground.letter, given_by=given_by, office=row.public_office),
                field=ctx.field(f"grounds[{entry.index}]"),
                basis=ground.lifted_basis,
            )
        )
    return out
