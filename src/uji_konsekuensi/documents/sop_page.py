"""An agency SOP as a printable page: SOP AP identity table and the swimlane flowchart.

`render_sop_html(sop, agency)` draws the SOP the way PermenPAN-RB 35/2012 lays out an SOP AP: the
Bagian Identitas, then the Bagian Flowchart with one column per actor, the five symbols, and the
Mutu Baku columns. `chart_from_sop` is the only place that reads the SOP model for the drawing.

Texts are drawn with their corrections applied (an obvious typo that the transcription corrected,
see sop/provenance.py, is printed corrected; the data keeps what was written). Values the
source does not state are marked: the seeds lost the column that held each step's symbol, so
the actor of most steps is inferred; such a symbol carries a dagger and the page a footnote
"pelaksana disimpulkan: <reason>", because a PPID must be able to see what the SOP itself
says and what this library concluded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from . import messages as M
from .environment import TemplateSource, make_environment
from .flowchart.layout import layout
from .flowchart.model import Chart, ChartLane, ChartStep
from .flowchart.text import FONT_FAMILY

if TYPE_CHECKING:
    from ..agency import Agency
    from ..sop import SOP, Step
    from ..sop.provenance import Provenanced

#: The template `render_sop_html` renders (an agency may override it).
SOP_TEMPLATE = "sop.html.j2"

# Which inferences the page footnotes explain, and how they are named: who does the step (the
# seeds lost the actor columns) and where the flow goes. Everything else that was inferred or
# corrected (the symbol of a plain activity, a typo) is listed in the "Catatan transkripsi" at
# the end of the document, so that the footnotes under the chart stay about the chart.
_INFERENCE_TOPICS: tuple[tuple[str, str], ...] = (
    ("actors", M.SOP_PAGE_INFERRED_ACTORS().id),
    ("next", M.SOP_PAGE_INFERRED_NEXT().id),
    ("yes", M.SOP_PAGE_INFERRED_YES().id),
    ("no", M.SOP_PAGE_INFERRED_NO().id),
)
_FOOTNOTED = tuple(prefix for prefix, _ in _INFERENCE_TOPICS)


def _text(obj: Provenanced, field: str) -> str:
    value = obj.corrected(field)
    return "" if value is None else str(value)


def _texts(obj: Provenanced, field: str) -> tuple[str, ...]:
    value = obj.corrected(field)
    return tuple(str(v) for v in value) if value else ()


def _footnotes(step: Step) -> list[str]:
    notes: list[str] = []
    for prefix, label in _INFERENCE_TOPICS:
        reasons = [
            inference.reason.id
            for inference in step.inferences
            if inference.field == prefix or inference.field.startswith((prefix + ".", prefix + "["))
        ]
        if reasons:
            notes.append(f"{label}: " + "; ".join(dict.fromkeys(reasons)))
    return notes


def _footnoted(field: str) -> bool:
    return any(field == p or field.startswith((p + ".", p + "[")) for p in _FOOTNOTED)


@attrs.frozen(kw_only=True)
class TranscriptionNote:
    """A correction or an inference listed at the end of the SOP page."""

    where: str  # "Langkah 3", "Identitas", "SOP"
    field: str
    kind: str  # "koreksi" or "disimpulkan"
    text: str


def transcription_notes(sop: SOP) -> tuple[TranscriptionNote, ...]:
    """Every correction, and every inference the chart's footnotes do not already explain."""
    notes: list[TranscriptionNote] = []
    holders: list[tuple[str, Provenanced, bool]] = [
        (M.SOP_PAGE_WHERE_SOP().id, sop, False),
        (M.SOP_PAGE_WHERE_IDENTITY().id, sop.identity, False),
        *(
            (M.SOP_PAGE_WHERE_STEP(step=s.number).id, s, True)
            for s in sorted(sop.steps, key=lambda s: s.number)
        ),
    ]
    for where, holder, is_step in holders:
        for c in holder.corrections:
            notes.append(
                TranscriptionNote(
                    where=where,
                    field=c.field,
                    kind=M.SOP_PAGE_CORRECTED().id,
                    text=M.SOP_PAGE_CORRECTED_TEXT(
                        as_written=c.as_written, corrected=c.corrected, reason=c.reason
                    ).id,
                )
            )
        for i in holder.inferences:
            if is_step and _footnoted(i.field):
                continue
            notes.append(
                TranscriptionNote(
                    where=where,
                    field=i.field,
                    kind=M.SOP_PAGE_INFERRED().id,
                    text=f"{i.value}: {i.reason.id}",
                )
            )
    return tuple(notes)


def chart_from_sop(sop: SOP) -> Chart:
    """The drawing's view of an SOP: lanes in column order, steps in number order."""
    lanes = tuple(ChartLane(id=lane.id, name=lane.name) for lane in sop.lanes)
    if not lanes:
        lanes = (ChartLane(id="-", name=M.SOP_PAGE_NO_LANES().id),)
    lane_ids = {lane.id for lane in lanes}
    names = {lane.id: lane.name for lane in sop.lanes}
    steps: list[ChartStep] = []
    for step in sorted(sop.steps, key=lambda s: s.number):
        notes = _footnotes(step)
        placed = [a for a in step.actors if a in lane_ids]
        if placed:
            lane = placed[0]
        else:
            lane = lanes[0].id
            notes.append(M.SOP_PAGE_UNPLACED().id)
        others = tuple(names.get(a, a) for a in step.actors if a != lane)
        fields: dict[str, Any] = {}
        if step.is_decision:
            for side in ("yes", "no"):
                branch = getattr(step, side)
                if branch is None:
                    continue
                fields[side] = branch.to
                fields[f"{side}_ends"] = branch.to is None
                if branch.label:
                    fields[f"{side}_label"] = branch.label.strip().capitalize()
        else:
            fields["next"] = step.next
        steps.append(
            ChartStep(
                number=step.number,
                activity=_text(step, "activity"),
                lane=lane,
                symbol=step.kind.value,
                requirements=_texts(step, "requirements"),
                waktu=_text(step, "waktu_text"),
                outputs=_texts(step, "outputs"),
                note=_text(step, "note"),
                footnotes=tuple(notes),
                other_lanes=others,
                **fields,
            )
        )
    return Chart(title=_text(sop.identity, "title"), lanes=lanes, steps=tuple(steps))


@attrs.frozen(kw_only=True)
class IdentityView:
    """The Bagian Identitas as the template prints it (texts with corrections applied)."""

    agency: str
    unit: str
    letterhead: tuple[str, ...]
    number: str
    created: str
    revised: str
    effective: str
    signatory: tuple[str, ...]
    title: str
    flowchart_title: str
    legal_basis: tuple[str, ...]
    qualifications: tuple[str, ...]
    related: tuple[str, ...]
    equipment: tuple[str, ...]
    warnings: tuple[str, ...]
    records: tuple[str, ...]


def identity_view(sop: SOP, agency_name: str | None = None) -> IdentityView:
    ident = sop.identity
    signatory: list[str] = []
    if ident.approved_by is not None:
        signatory += [
            _text(ident, f"approved_by.{part}")
            for part in ("position", "name", "rank")
            if getattr(ident.approved_by, part)
        ]
        if ident.approved_by.nip:
            signatory.append(M.SOP_PAGE_NIP(nip=_text(ident, "approved_by.nip")).id)
    return IdentityView(
        agency=_text(ident, "agency") or (agency_name or ""),
        unit=_text(ident, "unit"),
        letterhead=_texts(ident, "letterhead"),
        number=_text(ident, "number"),
        created=_text(ident, "created_text"),
        revised=_text(ident, "revised_text"),
        effective=_text(ident, "effective_text"),
        signatory=tuple(signatory),
        title=_text(ident, "title"),
        flowchart_title=_text(ident, "flowchart_title"),
        legal_basis=ident.legal_basis_texts(),
        qualifications=_texts(ident, "qualifications"),
        related=_texts(ident, "related"),
        equipment=_texts(ident, "equipment"),
        warnings=_texts(ident, "warnings"),
        records=_texts(ident, "records"),
    )


def render_sop_html(
    sop: SOP,
    agency: Agency | None = None,
    *,
    template_sources: Sequence[TemplateSource] | None = None,
) -> str:
    """The SOP as one self-contained HTML page (inline SVG, inline print CSS), A4 landscape.

    ``agency`` gives the name for the letterhead when the SOP has none, and selects the agency's
    template overrides (hook ``uji_document_templates``); ``template_sources`` replaces the
    agency plugins' templates (tests, or a caller that already knows its directories); the
    built-in ones, from the built-in plugin through the same hook, are searched after either.
    Raises `DocumentError` when no template source holds ``sop.html.j2`` (the built-in plugin
    is not registered).
    """
    import jinja2

    from .plugin_templates import missing_template, search_path
    from .sources import DocumentError

    sources = search_path(agency.code if agency is not None else None, template_sources)
    env = make_environment("html", sources)
    try:
        template = env.get_template(SOP_TEMPLATE)
    except jinja2.TemplateNotFound as exc:
        if exc.name != SOP_TEMPLATE:
            raise  # a template the page includes: the page's own error, as before
        source = M.SOP_PAGE_SOURCE(number=sop.number).id
        raise DocumentError("sop", source, missing_template(SOP_TEMPLATE)) from None
    chart = chart_from_sop(sop)
    result = layout(chart)
    # A draft SOP (sop import) may have a lane whose role no one has decided yet.
    lanes = [
        (lane.name, lane.role.label.id if lane.role is not None else M.SOP_PAGE_ROLE_UNDECIDED().id)
        for lane in sop.lanes
    ]
    return template.render(
        sop=sop,
        identity=identity_view(sop, agency.name if agency is not None else None),
        agency_name=agency.name if agency is not None else "",
        pages=result.pages,
        font_family=FONT_FAMILY,
        lanes=lanes,
        has_inferred=any(step.inferred for step in chart.steps),
        notes=transcription_notes(sop),
    )
