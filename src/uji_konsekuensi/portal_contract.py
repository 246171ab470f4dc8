"""An agency's contract for portals, as data: everything a portal needs to build its forms.

(Not the plugin contract: `uji_konsekuensi.testing.AgencyPluginContract` is the test suite every
agency plugin passes. This module is what a portal reads about an installed agency.)

`agency_contract(agency)` gathers, in one `AgencyContract` value, what is otherwise spread over
the plugin hooks and the Python objects, so that a portal in another language reads one document
instead of calling Python:

- the agency (code, name, time zone with WIB/WITA/WIT, trigger) and its working calendar
  settings (the `CalendarSettings` its plugin gives, in the converter's wire format);
- the trigger a case of this agency starts from, and the keys its ``trigger`` object takes;
- each SOP: identity, lanes with their canonical role, steps with the waktu as written *and* as
  parsed, the decisions with their YES/NO branches, and for each step the document codes it
  requires (kelengkapan) and produces (output), as the plugin declares them
  (`DocumentKind.required_by_steps`, ``produced_by_steps``) and the checker enforces them;
- the document kinds (the ``kind`` codes a case's ``documents`` use), with titles and the steps
  that require and produce them; and the documents the service and ``render`` can write;
- the events a case of this trigger must record, when, under which Pasal, and the keys each
  event takes (the same classes the converter reads, so the list cannot drift from the format);
- the roles (`uji_konsekuensi.sop.Role`, then the agency's own roles of agency.json, marked
  ``statutory: false``) with their basis and the lanes that play them.

``uji-konsekuensi agencies CODE --format json`` prints it and ``GET /v1/agencies/{code}`` returns
it; docs/schemas/agency.json is its JSON Schema, generated from the classes below.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .calendar.calendar_settings import CalendarSettings
from .calendar.waktu import Waktu
from .i18n import Text
from .sop.model import Identity

if TYPE_CHECKING:
    from .agency import Agency
    from .sop import SOP, Step

__all__ = [
    "CONTRACT_VERSION",
    "AgencyContract",
    "ContractEvent",
    "agency_contract",
    "contract_json",
]

#: Bumped when a key is removed or changes meaning (adding a key keeps the version).
CONTRACT_VERSION = 1

#: Where the case file format is defined (docs/case.schema.json); event keys refer into it.
CASE_SCHEMA = "https://uji-konsekuensi.example/schema/case-1.json"


@attrs.frozen(kw_only=True)
class AgencySummary:
    """Who the agency is: code, name as written, IANA zone with its common name, trigger; and
    the period in which it existed and its SOP was in force (``active_from``, ``active_until``,
    both included; None where open), with the instrument that sets it (``active_basis``): a case
    dated outside it is ``case.agency.inactive``."""

    code: str
    name: str
    timezone: str
    zone_label: str
    trigger: Literal["request", "periodic"]
    plugin: str
    distribution: str | None
    active_from: dt.date | None = None
    active_until: dt.date | None = None
    active_basis: str | None = None


@attrs.frozen(kw_only=True)
class CalendarInfo:
    """The agency's working calendar: its settings in the wire format (``settings``), whether
    cuti bersama are days off (Perpres 21/2023 Pasal 3, 6; configurable), the holiday data."""

    settings: CalendarSettings
    counts_cuti_bersama: bool
    holidays_version: str
    decreed_through: int


@attrs.frozen(kw_only=True)
class Key:
    """One key of a JSON object a portal sends: its name, whether it is required, its type as
    a developer reads it, and (for a fixed set) the allowed values."""

    name: str
    required: bool
    type: str
    values: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class TriggerInfo:
    """What starts a case of this agency (``trigger.kind``), why, and the keys it takes."""

    kind: Literal["request", "periodic"]
    label: Text
    basis: str
    keys: tuple[Key, ...]
    schema: str


@attrs.frozen(kw_only=True)
class ContractLane:
    """An actor column: id, heading as written, the canonical role, why that role."""

    id: str
    name: str
    role: str | None
    role_label: Text | None
    role_basis: Text | None


@attrs.frozen(kw_only=True)
class ContractBranch:
    """One way out of a decision: the step it goes to (None: the end), label, condition."""

    to: int | None
    label: str | None
    condition: str | None


@attrs.frozen(kw_only=True)
class ContractWaktu:
    """A step's time: ``text`` as written, ``corrected`` when a typo was corrected, ``parsed``
    (`uji_konsekuensi.calendar.Waktu` in the wire format; None when blank or unreadable, with
    ``error``), and ``description`` in both languages."""

    text: str | None
    corrected: str | None
    parsed: Waktu | None
    description: Text | None
    error: str | None


@attrs.frozen(kw_only=True)
class ContractStep:
    """One step: number, symbol kind, activity, actors (lane ids) and their roles, kelengkapan
    and outputs as written, the waktu, where the flow goes, and the document codes the step
    requires and produces (declared by the plugin; the checker enforces them)."""

    number: int
    kind: str
    activity: str
    actors: tuple[str, ...]
    roles: tuple[str, ...]
    requirements: tuple[str, ...]
    outputs: tuple[str, ...]
    waktu: ContractWaktu
    note: str | None
    next: int | None
    is_decision: bool
    yes: ContractBranch | None
    no: ContractBranch | None
    requires_documents: tuple[str, ...]
    produces_documents: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ContractDecision:
    """A decision of the flowchart: its step, the question, and the YES / NO branches; a
    ``step_completed`` event of this step must carry ``branch`` "yes" or "no"."""

    step: int
    question: str
    yes: ContractBranch | None
    no: ContractBranch | None


@attrs.frozen(kw_only=True)
class ContractSop:
    """One SOP: identity (as written, wire format), lanes, steps, decisions, first step."""

    number: str
    title: str
    trigger: str | None
    identity: Identity
    lanes: tuple[ContractLane, ...]
    steps: tuple[ContractStep, ...]
    decisions: tuple[ContractDecision, ...]
    first_step: int | None


@attrs.frozen(kw_only=True)
class StepRef:
    """A step of one of the agency's SOPs."""

    sop: str
    step: int


@attrs.frozen(kw_only=True)
class ContractDocument:
    """A kind of document a case of the agency may carry: the ``kind`` code a case's document
    uses, the titles, the rule that requires it, the steps that produce it and the steps that
    need it as kelengkapan (both as the plugin declares them), and who declares it."""

    code: str
    title: str
    title_en: str
    basis: str | None
    produced_by: tuple[StepRef, ...]
    required_by: tuple[StepRef, ...]
    #: "agency": the agency declares it; "core": any case of its trigger may carry it (the
    #: requester's identity, the Penetapan of PERKI 1/2021 Lampiran III), no step makes it.
    declared_by: Literal["agency", "core"] = "agency"


@attrs.frozen(kw_only=True)
class Renderable:
    """A document ``render`` and ``POST /v1/render/{code}`` can write, and in which formats.
    ``same_as``: for a second name of a document (an agency's alias), the code it renders."""

    code: str
    title: str
    title_en: str
    basis: str
    builtin: bool
    formats: tuple[str, ...]
    same_as: str | None


@attrs.frozen(kw_only=True)
class ContractRule:
    """A compliance rule the agency's cases are checked against, in the order they run.

    ``origin``: ``"core"`` (the core's rule, run by the checker itself) or ``"agency"`` (given by
    ``plugin``). ``replaceable``: a core rule that reads the agency's SOP, which an agency may
    replace. ``replaces``: the core rule an agency's rule runs in place of. ``codes``: the
    finding codes it reports (``harm.*``: every code of the consequence-test records).
    """

    code: str
    description: Text
    basis: str | None
    origin: Literal["core", "agency"]
    plugin: str | None
    replaceable: bool
    replaces: str | None
    codes: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ContractEvent:
    """An event of the case log: its ``kind``, whether a case of this trigger must record it
    (``required``: "always", or "when" the situation in ``when`` arises), the Pasal behind it,
    the finding codes the checker gives when it is missing or wrong, and its keys."""

    kind: str
    required: Literal["always", "when"]
    when: Text
    basis: str
    findings: tuple[str, ...]
    keys: tuple[Key, ...]
    schema: str


@attrs.frozen(kw_only=True)
class ContractRole:
    """A role a case's ``actor.role`` may name, its label, basis, and the lanes playing it.
    ``statutory``: one of the law's eight (`uji_konsekuensi.sop.Role`), or false for a role of
    the agency's own (agency.json "roles"), which holds no power the law reserves."""

    value: str
    label: Text
    basis: str
    lanes: tuple[str, ...]
    statutory: bool = True


@attrs.frozen(kw_only=True)
class AgencyContract:
    """Everything a portal needs for one agency (see the module notes)."""

    contract_version: int
    agency: AgencySummary
    calendar: CalendarInfo
    trigger: TriggerInfo
    sops: tuple[ContractSop, ...]
    documents: tuple[ContractDocument, ...]
    renderable: tuple[Renderable, ...]
    events: tuple[ContractEvent, ...]
    person: tuple[Key, ...]
    roles: tuple[ContractRole, ...]
    rules: tuple[ContractRule, ...]


# --- events -----------------------------------------------------------------------------------

_TRIGGER_LABEL = {
    "request": Text(id="permohonan informasi publik", en="request for public information"),
    "periodic": Text(id="pengujian berkala", en="periodic classification round"),
}
_TRIGGER_BASIS = {
    "request": "UU 14/2008 Pasal 22",
    "periodic": "PERKI 1/2021 Pasal 49 ayat (1) huruf a",
}

_STEP_FINDINGS = (
    "case.order.skipped",
    "case.order.out_of_order",
    "case.order.not_started",
    "case.actor.wrong_role",
    "case.input.missing",
    "case.output.missing",
    "case.time.late",
)

# (kind, triggers it applies to, required, when, basis, findings). The Pasal are those the
# checker enforces (docs/case.md, "What the checker enforces").
_EVENTS: tuple[tuple[str, tuple[str, ...], str, Text, str, tuple[str, ...]], ...] = (
    (
        "step_started",
        ("request", "periodic"),
        "always",
        Text(
            id="setiap langkah SOP yang dijalankan, dengan dokumen kelengkapannya",
            en="every SOP step carried out, with the documents it started with",
        ),
        "SOP (PermenPAN-RB 35/2012, pencatatan dan pendataan)",
        _STEP_FINDINGS,
    ),
    (
        "step_completed",
        ("request", "periodic"),
        "always",
        Text(
            id="setiap langkah SOP yang selesai, dengan outputnya; pada keputusan: cabang ya/tidak",
            en="every SOP step finished, with its outputs; at a decision: the yes/no branch",
        ),
        "SOP (PermenPAN-RB 35/2012, pencatatan dan pendataan)",
        (*_STEP_FINDINGS, "case.decision.no_branch"),
    ),
    (
        "notice_sent",
        ("request",),
        "always",
        Text(
            id="pemberitahuan tertulis kepada pemohon, paling lambat 10 hari kerja sejak diterima",
            en="the written notice to the requester, within 10 working days of receipt",
        ),
        "UU 14/2008 Pasal 22 ayat (7)",
        ("case.notice.missing", "case.notice.late", "case.notice.overdue"),
    ),
    (
        "extension",
        ("request",),
        "when",
        Text(
            id="jika jangka waktu pemberitahuan diperpanjang (sekali, paling lama 7 hari kerja)",
            en="when the notice period is extended (once, at most 7 working days)",
        ),
        "UU 14/2008 Pasal 22 ayat (8); PERKI 1/2021 Pasal 36",
        (
            "case.extension.repeated",
            "case.extension.too_long",
            "case.extension.no_reason",
            "case.extension.late",
        ),
    ),
    (
        "paused",
        ("request",),
        "when",
        Text(
            id="jika permohonan tidak lengkap dan pemohon diminta melengkapinya",
            en="when the request is incomplete and the requester is asked to complete it",
        ),
        "PERKI 1/2021 Pasal 31 ayat (2), Pasal 33",
        ("case.pause.late", "case.pause.unmatched"),
    ),
    (
        "resumed",
        ("request",),
        "when",
        Text(
            id="setelah pemohon melengkapi permohonan yang dijeda",
            en="after the requester completed a paused request",
        ),
        "PERKI 1/2021 Pasal 33 ayat (3)",
        ("case.pause.requester_late", "case.pause.unmatched"),
    ),
    (
        "loop_back",
        ("request", "periodic"),
        "when",
        Text(
            id=(
                "jika pekerjaan dikembalikan ke langkah sebelumnya untuk diperbaiki, "
                "dengan alasannya"
            ),
            en="when the work goes back to an earlier step for correction, with the reason",
        ),
        "PermenPAN-RB 35/2012",
        ("case.loop.outside_sop", "case.loop.no_reason"),
    ),
    (
        "exemption_declared",
        ("request", "periodic"),
        "when",
        Text(
            id="jika informasi ditetapkan dikecualikan (Penetapan / SK), setelah uji konsekuensi",
            en="when the information is declared exempt (Penetapan / SK), after the test",
        ),
        "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3)",
        ("case.test.missing", "case.test.after_exemption"),
    ),
    (
        "expiry_declared",
        ("request", "periodic"),
        "when",
        Text(
            id="jika jangka waktu pengecualian berakhir: paling lambat 30 hari kerja sebelumnya",
            en="when an exemption period ends: at least 30 working days before it ends",
        ),
        "PP 61/2010 Pasal 11 ayat (2); PERKI 1/2021 Pasal 52 ayat (1)",
        ("case.expiry.late", "case.expiry.date_mismatch"),
    ),
)


def _keys(cls: type) -> tuple[Key, ...]:
    """The keys of a model class as a portal sends them (converter wire format)."""
    import enum

    from .converter import _type_name

    hints = typing.get_type_hints(cls)
    out: list[Key] = []
    if isinstance(getattr(cls, "KIND", None), str):
        out.append(Key(name="kind", required=True, type="string", values=(cls.KIND,)))  # type: ignore[attr-defined]
    for field in attrs.fields(cls):
        tp = hints[field.name]
        values: tuple[str, ...] = ()
        args = [a for a in typing.get_args(tp) if a is not type(None)] or [tp]
        for arg in args:
            if isinstance(arg, type) and issubclass(arg, enum.Enum):
                values = tuple(str(m.value) for m in arg)
            elif typing.get_origin(arg) is Literal:
                values = tuple(str(v) for v in typing.get_args(arg))
        name = _type_name(tp)
        if values:
            name = "string" + (" or null" if type(None) in typing.get_args(tp) else "")
        out.append(
            Key(
                name=field.name,
                required=field.default is attrs.NOTHING,
                type=name,
                values=values,
            )
        )
    return tuple(out)


def events_for(trigger: str) -> tuple[ContractEvent, ...]:
    """The events a case of this trigger records, with their keys (see `ContractEvent`)."""
    from .case.model import EVENT_CLASSES

    classes = {cls.KIND: cls for cls in EVENT_CLASSES}  # type: ignore[attr-defined]
    return tuple(
        ContractEvent(
            kind=kind,
            required=required,  # type: ignore[arg-type]
            when=when,
            basis=basis,
            findings=findings,
            keys=_keys(classes[kind]),
            schema=f"{CASE_SCHEMA}#/$defs/case.{classes[kind].__name__}",
        )
        for kind, triggers, required, when, basis, findings in _EVENTS
        if trigger in triggers
    )


# --- the SOP ----------------------------------------------------------------------------------


def _branch(branch: Any) -> ContractBranch | None:
    if branch is None:
        return None
    return ContractBranch(to=branch.to, label=branch.label, condition=branch.condition)


def _waktu(step: Step) -> ContractWaktu:
    from .calendar import WaktuError

    corrected = step.corrected("waktu_text")
    try:
        parsed = step.waktu
    except WaktuError as exc:
        return ContractWaktu(
            text=step.waktu_text,
            corrected=corrected if corrected != step.waktu_text else None,
            parsed=None,
            description=None,
            error=str(exc),
        )
    return ContractWaktu(
        text=step.waktu_text,
        corrected=corrected if corrected != step.waktu_text else None,
        parsed=parsed,
        description=None
        if parsed is None
        else Text(id=parsed.describe("id"), en=parsed.describe("en")),
        error=None,
    )


def _sop(agency: Agency, sop: SOP) -> ContractSop:
    """The SOP part of the contract."""
    from .document_kinds import step_documents

    steps = []
    for step in sop.steps:
        needs, makes = step_documents(agency.documents, step.number)
        steps.append(
            ContractStep(
                number=step.number,
                kind=step.kind.value,
                activity=step.activity,
                actors=step.actors,
                roles=tuple(r.value for r in sop.roles_of(step)),
                requirements=step.requirements,
                outputs=step.outputs,
                waktu=_waktu(step),
                note=step.note,
                next=step.next,
                is_decision=step.is_decision,
                yes=_branch(step.yes),
                no=_branch(step.no),
                requires_documents=tuple(k.code for k in needs),
                produces_documents=tuple(k.code for k in makes),
            )
        )
    first = sop.first_step
    return ContractSop(
        number=sop.number,
        title=sop.title,
        trigger=sop.trigger,
        identity=sop.identity,
        lanes=tuple(
            ContractLane(
                id=lane.id,
                name=lane.name,
                role=None if lane.role is None else lane.role.value,
                role_label=None if lane.role is None else lane.role.label,
                role_basis=lane.role_basis,
            )
            for lane in sop.lanes
        ),
        steps=tuple(steps),
        decisions=tuple(
            ContractDecision(
                step=s.number, question=s.activity, yes=_branch(s.yes), no=_branch(s.no)
            )
            for s in sop.steps
            if s.is_decision
        ),
        first_step=None if first is None else first.number,
    )


# --- the whole contract -----------------------------------------------------------------------


def agency_contract(agency: Agency) -> AgencyContract:
    """The contract of one installed agency (see the module notes)."""
    from .calendar.calendar_settings import zone_label
    from .case.check_settings import common_document_kinds
    from .case.clock import holidays_version
    from .case.integrity import agency_roles
    from .case.model import PeriodicTrigger, Person, RequestTrigger
    from .documents.render import FORMATS, available_printables
    from .sop import ROLE_BASIS, Role

    settings = agency.calendar_settings
    sops = [_sop(agency, sop) for sop in agency.sops]

    def refs(steps: tuple[int, ...]) -> tuple[StepRef, ...]:
        return tuple(
            StepRef(sop=sop.number, step=n)
            for sop in agency.sops
            for n in steps
            if any(s.number == n for s in sop.steps)
        )

    trigger_cls = RequestTrigger if agency.trigger == "request" else PeriodicTrigger
    lanes_of: dict[str, list[str]] = {}
    for sop in agency.sops:
        for lane in sop.lanes:
            if lane.role is not None:  # an imported SOP may leave a role to be decided
                lanes_of.setdefault(lane.role.value, []).append(lane.id)
    return AgencyContract(
        contract_version=CONTRACT_VERSION,
        agency=AgencySummary(
            code=agency.code,
            name=agency.name,
            timezone=agency.timezone,
            zone_label=zone_label(agency.timezone),
            trigger=agency.trigger,
            plugin=agency.plugin,
            distribution=agency.distribution,
            active_from=agency.info.active_from,
            active_until=agency.info.active_until,
            active_basis=agency.info.active_basis,
        ),
        calendar=CalendarInfo(
            settings=settings,
            counts_cuti_bersama=settings.counts_cuti_bersama,
            holidays_version=holidays_version(),
            decreed_through=agency.calendar.decreed_through,
        ),
        trigger=TriggerInfo(
            kind=agency.trigger,
            label=_TRIGGER_LABEL[agency.trigger],
            basis=_TRIGGER_BASIS[agency.trigger],
            keys=_keys(trigger_cls),
            schema=f"{CASE_SCHEMA}#/$defs/case.{trigger_cls.__name__}",
        ),
        sops=tuple(sops),
        documents=tuple(
            ContractDocument(
                code=kind.code,
                title=kind.title,
                title_en=kind.title_en,
                basis=kind.basis,
                produced_by=refs(kind.produced_by_steps),
                required_by=refs(kind.required_by_steps),
            )
            for kind in agency.documents
        )
        + tuple(
            ContractDocument(
                code=kind.code,
                title=kind.title,
                title_en=kind.title_en,
                basis=kind.basis,
                produced_by=(),
                required_by=(),
                declared_by="core",
            )
            for kind in common_document_kinds(agency.trigger)
            if kind.code not in {k.code for k in agency.documents}
        ),
        renderable=tuple(
            Renderable(
                code=name,
                title=spec.title,
                title_en=spec.title_en,
                basis=spec.basis,
                builtin=spec.builtin,
                formats=tuple(FORMATS),
                same_as=None if spec.code == name else spec.code,
            )
            for name, spec in available_printables(agency.code).items()
        ),
        events=events_for(agency.trigger),
        person=_keys(Person),
        roles=tuple(
            ContractRole(
                value=role.value,
                label=role.label,
                basis=ROLE_BASIS[role],
                lanes=tuple(lanes_of.get(role.value, ())),
            )
            for role in Role
        )
        + tuple(
            ContractRole(
                value=code,
                label=role.label,
                basis=role.basis,
                lanes=tuple(lanes_of.get(code, ())),
                statutory=False,
            )
            for code, role in agency_roles(agency).items()
        ),
        rules=_rules(agency),
    )


def _rules(agency: Agency) -> tuple[ContractRule, ...]:
    """The rules the checker runs for the agency, in order, with where each comes from."""
    from .case.check import rules_to_run

    return tuple(
        ContractRule(
            code=p.rule.code,
            description=p.rule.description,
            basis=p.rule.basis,
            origin="core" if p.core else "agency",
            plugin=p.run.plugin,
            replaceable=p.rule.replaceable and p.core,
            replaces=p.rule.replaces,
            codes=p.rule.codes,
        )
        for p in rules_to_run(agency)
    )


def contract_json(agency: Agency) -> dict[str, Any]:
    """The contract in the wire format (what the CLI prints and the service returns)."""
    from .converter import unstructure

    data: dict[str, Any] = unstructure(agency_contract(agency))
    return data
