"""What a person must decide after an import: review items and the review report.

An import never guesses. A value it cannot read with confidence is left empty (or kept as
written and flagged) and becomes a `ReviewItem`: the JSON path of the field in sop.json, where
the source says it (the locator and the text of the line), what was read if anything, and the
question the person must answer. The report (`render_report`) lists them, then the findings of
`SOP.validate()` on the draft, so that one page shows everything left to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ...i18n import Language, Text, current_language
from . import messages as M

if TYPE_CHECKING:
    from ...findings import Finding

__all__ = ["ReviewItem", "render_report"]


@attrs.frozen(kw_only=True)
class ReviewItem:
    """One decision left to a person.

    ``path``: the field of sop.json it concerns ("steps[3].actors", "identity.approved_by").
    ``where``: the place in the source ("baris 12"); ``source``: that line as the source shows
    it. ``question``: what the person must decide. ``read``: what the importer read there, if
    anything (kept in the draft when it is the value as written, e.g. a list it could not split
    for sure). ``covers``: other fields the same question decides (a decision's branches
    decide where the steps after it lead: one question, not one per step); the item stays
    listed until ``path`` and every covered field are answered. ``settles``: other fields the
    answer to ``path`` decides with it (the kop's unit kerja and other kop lines are what the
    public body's name is not): the item is done once ``path`` is answered."""

    path: str
    where: Text | None
    source: str | None
    question: Text
    read: str | None = None
    covers: tuple[str, ...] = ()
    settles: tuple[str, ...] = ()


def render_report(
    *,
    source: str,
    items: Sequence[ReviewItem],
    findings: Sequence[Finding],
    load_error: str | None = None,
    lang: Language | None = None,
    lanes: Sequence[tuple[str, str]] = (),
) -> str:
    """The review report as Markdown (Bahasa Indonesia, or English with ``lang="en"``).
    ``lanes``: (id, heading) of the draft's lanes, listed so that answers can name them."""
    lang = lang or current_language()
    out = [
        M.REPORT_TITLE(source=source).get(lang),
        "",
        M.REPORT_SUMMARY(items=len(items), findings=len(findings)).get(lang),
        "",
    ]
    if lanes:
        out += [
            M.REPORT_LANES().get(lang),
            "",
            *(f"- `{lane_id}`: {name}" for lane_id, name in lanes),
            "",
        ]
    out += [M.REPORT_TO_DECIDE().get(lang), ""]
    if not items:
        out.append("-")
    for n, item in enumerate(items, 1):
        where = item.where.get(lang) if item.where is not None else "-"
        out.append(f"{n}. `{item.path}` ({where}): {item.question.get(lang)}")
        if item.source:
            out.append(f"   - {M.REPORT_SOURCE().get(lang)}: `{_code(item.source)}`")
        if item.read:
            out.append(f"   - {M.REPORT_READ().get(lang)}: `{_code(item.read)}`")
    out += ["", M.REPORT_FINDINGS().get(lang), ""]
    if load_error:
        out.append(M.REPORT_NOT_LOADED(error=load_error).get(lang))
    elif not findings:
        out.append("-")
    for f in findings:
        out.append(f"- {f.render(lang)}")
    return "\n".join(out) + "\n"


def _code(text: str, limit: int = 300) -> str:
    text = text.replace("`", "'")
    return text if len(text) <= limit else text[:limit] + "..."
