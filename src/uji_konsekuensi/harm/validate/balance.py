"""The balancing of interests (UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Pasal 49 ayat (2) huruf d
and ayat (6) huruf b): the consequence of opening (column Dibuka) and the consideration of closing
(column Ditutup) are both written, differ, and the consequence says more than the ground."""

from __future__ import annotations

import functools

from ...field_checks import says_nothing
from ...findings import Finding, Severity
from ...law import get_ground
from .. import messages as M
from ..codes import (
    BALANCE_IDENTICAL,
    CLOSING_MISSING,
    CONSEQUENCE_MISSING,
    CONSEQUENCE_RESTATES_GROUND,
)
from ..model import ConsequenceTest
from ..restatement import measure
from .context import RowContext
from .fields import blank, text_key
from .grounds import ResolvedGround


def check_balance(
    row: ConsequenceTest, ctx: RowContext, resolved: tuple[ResolvedGround, ...]
) -> list[Finding]:
    """Both sides of the balancing, for an item whose resolved grounds are ``resolved``."""
    out: list[Finding] = []
    # Withholding without the analysis is an error; an opened item should still show it.
    severity = Severity.ERROR if row.outcome.exempts else Severity.WARNING
    opening, closing = row.consequence_of_opening, row.consideration_of_closing
    # Withholding needs both sides said: a placeholder ("-", "Tidak ada.") says nothing. On an
    # opened item "Tidak ada." is an answer (opening harms nothing), so only a blank is missing.
    empty = says_nothing if row.outcome.exempts else blank
    if opening is None or empty(opening):
        out.append(
            CONSEQUENCE_MISSING(
                M.CONSEQUENCE_MISSING(),
                field=ctx.field("consequence_of_opening"),
                severity=severity,
            )
        )
    elif row.outcome.exempts and resolved:
        out += _restatement(opening, ctx, resolved)
    if closing is None or empty(closing):
        out.append(
            CLOSING_MISSING(
                M.CLOSING_MISSING(),
                field=ctx.field("consideration_of_closing"),
                severity=severity,
            )
        )
    elif opening is not None and not blank(opening) and text_key(opening) == text_key(closing):
        out.append(
            BALANCE_IDENTICAL(M.BALANCE_IDENTICAL(), field=ctx.field("consideration_of_closing"))
        )
    return out


def _restatement(
    opening: str, ctx: RowContext, resolved: tuple[ResolvedGround, ...]
) -> list[Finding]:
    """The Dibuka column only restates the ground (the heuristic of harm.restatement)."""
    texts: list[str] = []
    refs: list[str] = []
    for entry in resolved:
        for citation in entry.citations:
            # Similarity against the Indonesian text; the English one adds vocabulary only.
            text_id, others = _ground_texts(citation.code)
            texts.append(text_id)
            refs += others
        refs += [t for t in (entry.ref.ground, entry.ref.as_written, entry.ref.other_statute) if t]
    settings = ctx.settings.restatement
    result = measure(opening, texts, refs, settings)
    if not result.restates:
        return []
    return [
        CONSEQUENCE_RESTATES_GROUND(
            M.CONSEQUENCE_RESTATES_GROUND(
                new_words=len(result.new_words),
                similarity=result.similarity,
                min_new_words=settings.min_new_words,
                max_similarity=settings.max_similarity,
            ),
            field=ctx.field("consequence_of_opening"),
        )
    ]


@functools.lru_cache(maxsize=64)
def _ground_texts(code: str) -> tuple[str, tuple[str, str, str]]:
    """A ground's Indonesian text, and its English text and citations, built once per ground
    (33 of them): the same string objects every time, so the restatement heuristic finds its
    prepared reference by a cheap look-up (see restatement.measure)."""
    g = get_ground(code)
    return g.full_text_id, (g.full_text_en, g.citation, g.formal_citation)
