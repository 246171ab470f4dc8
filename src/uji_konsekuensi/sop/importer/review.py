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
    en = lang == "en"
    out = [
        f"# {'Import review' if en else 'Tinjauan hasil impor'}: {source}",
        "",
        (
            f"{len(items)} item(s) to decide, {len(findings)} finding(s) of SOP.validate(). "
            "Answer each item in an answers file (docs/plugins.md) or edit sop.json, then run "
            "`uji-konsekuensi sop validate sop.json`."
            if en
            else f"{len(items)} hal perlu diputuskan, {len(findings)} temuan SOP.validate(). "
            "Jawab setiap hal dalam berkas jawaban (docs/plugins.md) atau sunting sop.json, lalu "
            "jalankan `uji-konsekuensi sop validate sop.json`."
        ),
        "",
    ]
    if lanes:
        out += [
            "Lanes (ids to use in answers):" if en else "Lajur (id untuk jawaban):",
            "",
            *(f"- `{lane_id}`: {name}" for lane_id, name in lanes),
            "",
        ]
    out += [
        f"## {'To decide' if en else 'Perlu diputuskan'}",
        "",
    ]
    if not items:
        out.append("-")
    for n, item in enumerate(items, 1):
        where = item.where.get(lang) if item.where is not None else "-"
        out.append(f"{n}. `{item.path}` ({where}): {item.question.get(lang)}")
        if item.source:
            label = "source" if en else "sumber"
            out.append(f"   - {label}: `{_code(item.source)}`")
        if item.read:
            label = "read" if en else "terbaca"
            out.append(f"   - {label}: `{_code(item.read)}`")
    out += ["", f"## {'Findings of SOP.validate()' if en else 'Temuan SOP.validate()'}", ""]
    if load_error:
        out.append(
            ("The draft cannot be loaded yet: " if en else "Draf belum dapat dimuat: ") + load_error
        )
    elif not findings:
        out.append("-")
    for f in findings:
        out.append(f"- {f.render(lang)}")
    return "\n".join(out) + "\n"


def _code(text: str, limit: int = 300) -> str:
    text = text.replace("`", "'")
    return text if len(text) <= limit else text[:limit] + "..."


def question(id_: str, en: str) -> Text:
    return Text(id=id_, en=en)
