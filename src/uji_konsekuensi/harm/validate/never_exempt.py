"""Information that can never be exempt (UU 14/2008 Pasal 18 ayat (1)): an item marked as such a
kind may not be withheld, and an item or document that looks like one is flagged for review."""

from __future__ import annotations

from ...findings import Finding, Severity
from ...law import NEVER_EXEMPT, detect_never_exempt
from ...text_memo import per_text
from .. import messages as M
from ..codes import NEVER_EXEMPT as NEVER_EXEMPT_CODE
from ..codes import NEVER_EXEMPT_POSSIBLE
from ..model import ConsequenceTest, Outcome
from .context import RowContext

# The Pasal 18 ayat (1) screen (a few regular expressions) is a pure function of the text; item
# descriptions and document titles recur across an agency's records (the same DIK items are
# tested on every request for them), so each distinct text is screened once per process.
_never_exempt_kinds = per_text(maxsize=8192)(detect_never_exempt)


def check_never_exempt(row: ConsequenceTest, ctx: RowContext) -> list[Finding]:
    """A withheld item of a Pasal 18 ayat (1) kind, marked or apparently so."""
    if not row.outcome.exempts:
        return []
    if row.never_exempt_kind is not None:
        kind = NEVER_EXEMPT[row.never_exempt_kind]
        # Withholding it whole is the error; blacking out parts may rest on a Pasal 17 ground.
        whole = row.outcome is Outcome.CLOSED
        return [
            NEVER_EXEMPT_CODE(
                (M.NEVER_EXEMPT if whole else M.NEVER_EXEMPT_PARTIAL)(kind=kind),
                field=ctx.field("never_exempt_kind"),
                basis=kind.citation,
                severity=Severity.ERROR if whole else Severity.WARNING,
            )
        ]
    candidates = [("information", row.information)] + [
        (f"documents[{i}].title", d.title) for i, d in enumerate(row.documents)
    ]
    for name, text in candidates:
        kinds = _never_exempt_kinds(text)
        if kinds:
            kind = NEVER_EXEMPT[kinds[0]]
            return [
                NEVER_EXEMPT_POSSIBLE(
                    M.NEVER_EXEMPT_POSSIBLE(text=text, kind=kind),
                    field=ctx.field(name),
                    basis=kind.citation,
                )
            ]
    return []
