"""Partial exemption (UU 14/2008 Pasal 22 ayat (7) huruf d-e; PERKI 1/2021 Pasal 50): what is
blacked out is named with its reason, is a part and not the whole document, and what is still
given is stated; blacked-out parts belong to a partly exempt item only."""

from __future__ import annotations

import re

from ...findings import Finding
from .. import messages as M
from ..codes import (
    PARTIAL_NO_PARTS,
    PARTIAL_REASON_MISSING,
    PARTIAL_RELEASED_MISSING,
    PARTIAL_WHOLE_DOCUMENT,
    PARTS_NOT_PARTIAL,
)
from ..model import ConsequenceTest, Outcome
from .context import RowContext
from .fields import at, blank, text_key

# "seluruh dokumen", "semua halaman", "dokumen secara utuh", "the whole document".
_WHOLE = re.compile(
    r"^(?:seluruh|semua|keseluruhan)\b|\b(?:seluruh|semua)\s+(?:isi|dokumen|halaman|berkas|"
    r"lampiran)\b|\bsecara\s+(?:utuh|keseluruhan)\b|\b(?:whole|entire)\s+(?:document|file)\b|"
    r"\ball\s+pages\b"
)
_NOTHING = re.compile(r"-+|tidak\s+ada|nihil|tidak\s+ada\s+yang\s+diberikan|none|nothing")


def check_partial(row: ConsequenceTest, ctx: RowContext) -> list[Finding]:
    """The blacked-out parts and what is released, against the item's outcome."""
    if row.outcome is not Outcome.PARTIAL:
        if not row.withheld_parts:
            return []
        return [PARTS_NOT_PARTIAL(M.PARTS_NOT_PARTIAL(), field=ctx.field("withheld_parts"))]
    out: list[Finding] = []
    if not row.withheld_parts:
        out.append(PARTIAL_NO_PARTS(M.PARTIAL_NO_PARTS(), field=ctx.field("withheld_parts")))
    for index, part in enumerate(row.withheld_parts):
        path = ctx.field(f"withheld_parts[{index}]")
        if blank(part.reason):
            out.append(
                PARTIAL_REASON_MISSING(
                    M.PARTIAL_REASON_MISSING(part=part.part), field=at(path, "reason")
                )
            )
        if _withholds_whole(part.part, row):
            out.append(
                PARTIAL_WHOLE_DOCUMENT(
                    M.PARTIAL_WHOLE_DOCUMENT(part=part.part), field=at(path, "part")
                )
            )
    if blank(row.released):
        out.append(
            PARTIAL_RELEASED_MISSING(M.PARTIAL_RELEASED_MISSING(), field=ctx.field("released"))
        )
    elif _NOTHING.fullmatch(text_key(row.released or "")):
        out.append(
            PARTIAL_WHOLE_DOCUMENT(
                M.PARTIAL_WHOLE_DOCUMENT_RELEASED(released=row.released),
                field=ctx.field("released"),
            )
        )
    return out


def _withholds_whole(part: str, row: ConsequenceTest) -> bool:
    """A blacked-out "part" that is in fact the whole document (PERKI 1/2021 Pasal 50 ayat (3))."""
    text = text_key(part)
    if _WHOLE.search(text):
        return True
    whole_names = [text_key(d.title) for d in row.documents] + [text_key(row.information)]
    return text in whole_names
