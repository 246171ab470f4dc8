"""What is tested (PERKI 1/2021 Pasal 49 ayat (2) huruf a-b): the information described, the
documents that hold it, the unit that holds it, and the same information not tested twice."""

from __future__ import annotations

from ...findings import Finding
from .. import messages as M
from ..codes import DOCUMENTS_MISSING, HOLDER_MISSING, INFORMATION_DUPLICATE, INFORMATION_MISSING
from ..model import ConsequenceTest
from .context import RowContext
from .fields import at, blank, text_key


def check_information(row: ConsequenceTest, ctx: RowContext) -> list[Finding]:
    """The item is described, with its documents and its holder."""
    out: list[Finding] = []
    if blank(row.information):
        # Pasal 49 ayat (2) huruf b, ayat (5) huruf c: "jelas dan terang".
        out.append(INFORMATION_MISSING(M.INFORMATION_MISSING(), field=ctx.field("information")))
    if not row.documents:
        out.append(DOCUMENTS_MISSING(M.DOCUMENTS_MISSING(), field=ctx.field("documents")))
    if blank(row.holder):
        out.append(HOLDER_MISSING(M.HOLDER_MISSING(), field=ctx.field("holder")))
    return out


def duplicate_information(rows: list[tuple[str, ConsequenceTest]]) -> list[Finding]:
    """Rows (path, row) describing information an earlier one of them already tests."""
    seen: dict[str, str] = {}
    out: list[Finding] = []
    for path, row in rows:
        norm = text_key(row.information)
        if not norm:
            continue
        if norm in seen:
            out.append(
                INFORMATION_DUPLICATE(
                    M.INFORMATION_DUPLICATE(path=seen[norm]), field=at(path, "information")
                )
            )
        else:
            seen[norm] = path
    return out
