"""The grounds an item cites (UU 14/2008 Pasal 17; PERKI 1/2021 Pasal 49 ayat (6) huruf a): a
withheld item has one, each names a Pasal 17 ground, precisely, once, and huruf j names the other
Undang-Undang it rests on.

`check_grounds` also gives the grounds it could resolve (`ResolvedGround`), which the consent,
balance and period rules read.
"""

from __future__ import annotations

import attrs

from ...findings import Finding, Severity
from ...law import Citation, CitationError, find_statutes
from .. import messages as M
from ..codes import (
    GROUND_DUPLICATE,
    GROUND_LETTER_ONLY,
    GROUND_MISMATCH,
    GROUND_UNKNOWN,
    GROUNDS_MISSING,
    OTHER_STATUTE_MISSING,
    OTHER_STATUTE_NO_ARTICLE,
    OTHER_STATUTE_NOT_UU,
    OTHER_STATUTE_UNREADABLE,
)
from ..model import ConsequenceTest, GroundRef, resolve_citation
from .context import RowContext
from .fields import at, blank


@attrs.frozen(kw_only=True)
class ResolvedGround:
    """A ground reference of the row (``grounds[index]``) and the Pasal 17 grounds it names."""

    index: int
    ref: GroundRef
    citations: tuple[Citation, ...]

    @property
    def letters(self) -> frozenset[str]:
        return frozenset(c.ground.letter for c in self.citations)


def _points(citations: tuple[Citation, ...]) -> dict[str, frozenset[str] | None]:
    """Each Pasal 17 letter cited, with its points (None: the whole letter)."""
    letters = {c.ground.letter for c in citations}
    whole = {c.ground.letter for c in citations if c.whole_letter}
    return {
        letter: None
        if letter in whole
        else frozenset(c.code for c in citations if c.ground.letter == letter)
        for letter in letters
    }


def _less_precise(a: tuple[Citation, ...], b: tuple[Citation, ...]) -> bool:
    """The same letters, where both name points the same points: one only less precise."""
    pa, pb = _points(a), _points(b)
    return pa.keys() == pb.keys() and all(
        pa[k] is None or pb[k] is None or pa[k] == pb[k] for k in pa
    )


def cited_letters(resolved: tuple[ResolvedGround, ...]) -> frozenset[str]:
    """The Pasal 17 letters the row's resolved grounds name."""
    return frozenset().union(*(r.letters for r in resolved))


def check_grounds(
    row: ConsequenceTest, ctx: RowContext
) -> tuple[list[Finding], tuple[ResolvedGround, ...]]:
    """The findings about the row's grounds, and the grounds that resolve."""
    out: list[Finding] = []
    if not row.grounds and row.outcome.exempts:
        out.append(GROUNDS_MISSING(M.GROUNDS_MISSING(), field=ctx.field("grounds")))
    resolved: list[ResolvedGround] = []
    seen: set[str] = set()
    for index, ref in enumerate(row.grounds):
        path = ctx.field(f"grounds[{index}]")
        citations = _ground_ref(ref, path, out)
        if citations is None:
            continue
        entry = ResolvedGround(index=index, ref=ref, citations=citations)
        resolved.append(entry)
        codes = {c.code for c in citations}
        if codes & seen:
            out.append(
                GROUND_DUPLICATE(
                    M.GROUND_DUPLICATE(grounds=", ".join(sorted(codes & seen))), field=path
                )
            )
        seen |= codes
        out += _other_statute(entry, path)
    for index, part in enumerate(row.withheld_parts):
        if part.ground is not None:
            _ground_ref(part.ground, ctx.field(f"withheld_parts[{index}].ground"), out)
    return out, tuple(resolved)


def _ground_ref(ref: GroundRef, path: str, out: list[Finding]) -> tuple[Citation, ...] | None:
    """Resolve one reference, adding to ``out`` what is wrong with it; None if it names none."""
    result = ref.try_citations()
    if isinstance(result, CitationError):
        nearest = ", ".join(result.nearest) or "Pasal 17 huruf a-j"
        problem = result.problems[0]
        out.append(
            GROUND_UNKNOWN(
                M.GROUND_UNKNOWN(problem=problem, nearest=nearest),
                field=at(path, "ground"),
            )
        )
        return None
    whole = sorted({c.ground.letter for c in result if c.whole_letter})
    if whole:
        letters = ", ".join(whole)
        out.append(
            GROUND_LETTER_ONLY(
                M.GROUND_LETTER_ONLY(letters=letters),
                field=at(path, "ground"),
            )
        )
    if ref.as_written and ref.as_written.strip() != ref.ground.strip():
        parsed = resolve_citation(ref.as_written)
        written = () if isinstance(parsed, CitationError) else parsed
        if written and {c.code for c in written} != {c.code for c in result}:
            out.append(
                GROUND_MISMATCH(
                    M.GROUND_MISMATCH(
                        as_written=ref.as_written,
                        written=", ".join(c.code for c in written),
                        ground=ref.ground,
                    ),
                    field=at(path, "as_written"),
                    # What is printed (the Dasar Hukum) names another ground than what is
                    # checked: an error. The same ground written more or less precisely (a
                    # whole letter against one of its points) stays a warning.
                    severity=None if _less_precise(written, result) else Severity.ERROR,
                )
            )
    return result


def _other_statute(entry: ResolvedGround, path: str) -> list[Finding]:
    """Huruf j exists only through another Undang-Undang, which must be cited."""
    if "j" not in entry.letters:
        return []
    ref = entry.ref
    other = ref.other_statute or next(
        (c.other_statute for c in entry.citations if c.other_statute), None
    )
    if other is None and ref.as_written:
        parsed = resolve_citation(ref.as_written)
        if not isinstance(parsed, CitationError):
            other = next((c.other_statute for c in parsed), None)
    field = at(path, "other_statute")
    if other is None or blank(other):
        return [OTHER_STATUTE_MISSING(M.OTHER_STATUTE_MISSING(), field=field)]
    refs = find_statutes(other)
    if not refs:
        return [OTHER_STATUTE_UNREADABLE(M.OTHER_STATUTE_UNREADABLE(other=other), field=field)]
    first = refs[0]
    if not first.is_statute_level or first.is_uu_kip:
        return [OTHER_STATUTE_NOT_UU(M.OTHER_STATUTE_NOT_UU(statute=first.short), field=field)]
    if first.article is None:
        return [
            OTHER_STATUTE_NO_ARTICLE(M.OTHER_STATUTE_NO_ARTICLE(statute=first.short), field=field)
        ]
    return []
