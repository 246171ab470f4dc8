"""One tested item, a row of the Lembar Pengujian Konsekuensi (PERKI 1/2021 Lampiran II): its
rules in document order, and the test coming before the exemption it justifies (UU 14/2008
Pasal 19).

Each rule cites the provision it enforces (harm/codes.py gives the basis of every code).
"""

from __future__ import annotations

from ...findings import Finding
from .. import messages as M
from ..codes import TEST_AFTER_EXEMPTION
from ..model import ConsequenceTest
from .balance import check_balance
from .consent import check_consent
from .context import RowContext
from .exemption_period import check_period
from .grounds import check_grounds, cited_letters
from .information import check_information
from .never_exempt import check_never_exempt
from .partial import check_partial


def check_row(row: ConsequenceTest, ctx: RowContext) -> list[Finding]:
    """Every finding about one tested item."""
    out = check_information(row, ctx)
    found, resolved = check_grounds(row, ctx)
    out += found
    out += check_never_exempt(row, ctx)
    out += check_consent(row, ctx, resolved)
    out += check_balance(row, ctx, resolved)
    out += check_partial(row, ctx)
    out += check_period(row, ctx, cited_letters(resolved))
    out += check_tested_first(row, ctx)
    return out


def check_tested_first(row: ConsequenceTest, ctx: RowContext) -> list[Finding]:
    """The test is not dated after the day the item was already treated as exempt (Pasal 19)."""
    tested_on = ctx.tested_on
    if row.exempt_since is None or tested_on is None or row.exempt_since >= tested_on:
        return []
    return [
        TEST_AFTER_EXEMPTION(
            M.TEST_AFTER_EXEMPTION(
                tested_on=tested_on.isoformat(), exempt_since=row.exempt_since.isoformat()
            ),
            field=ctx.field("exempt_since"),
        )
    ]
