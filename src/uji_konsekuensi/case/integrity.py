"""Who may do each thing, and when: the case checked against the law's table of powers.

The table is `powers.POWERS` (docs/case.md, "Who may do what, and when"); each check here reads
one part of it and has one job:

- `check_powers`: each act of the log (notice, extension, pause, resumption, declarations, loop
  back) is done by a role the law gives it (``case.power.wrong_role``);
- `check_signatories`: the refusal letter and the Penetapan are signed, the Penetapan set and
  the Lembar tested and signed, by a role that may (``case.power.wrong_signatory``);
- `check_objection_addressee`: a refusal letter sends the objection to the Atasan PPID
  (``case.power.objection_addressee``);
- `check_before_receipt`: nothing the Badan Publik's side does is dated before the request was
  received (``case.time.before_receipt``);
- `check_after_close`: nothing is logged after the case closed unless the law allows it then
  (``case.time.after_close``);
- `check_once`: what the law allows once per request is logged once (``case.event.repeated``);
- `check_document_dates`: every document made in the case is dated within it, and not after the
  act that sends or relies on it (``case.document.before_case``, ``case.input.before_request``,
  ``case.document.after_event``);
- `check_dates_after_case`: a closed case's documents and records (Lembar, approval,
  Penetapan, signature) are not dated after its last event (``case.date.after_case``);
- `check_records_before_case`: a Lembar the case made is not dated before the case began
  (``case.date.before_case``);
- `check_approval_dates`: a Lembar is approved before the exemption is used
  (``case.approval.after_use``; one approved before its test is ``harm.approval.before_test``);
- `check_loop_direction`: a loop back goes back, to a step the flow has passed
  (``case.loop.forward``);
- `check_pause_grounds`: a pause, which stops the notice clock, has its written reason and its
  surat keterangan tidak lengkap (``case.pause.unfounded``), and ends
  (``case.pause.never_resumed``).

`INTEGRITY_RULES` gives them to the checker (after the core's other rules, `core_rules`). None is
replaceable: they enforce the statute and the regulations, not an agency's reading of its SOP.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs

from ..agency import Agency
from ..calendar import BeyondCalendarError, WorkingCalendar, get_deadline
from ..field_checks import says_nothing
from ..findings import Finding
from ..harm import TestStage
from ..i18n import Text
from ..rules import ComplianceRule, core_rule
from ..sop import ActorRole, AgencyRole, Role
from . import messages as M
from .check_settings import CheckSettings
from .clock import RequestClock
from .codes import CODES
from .compiled_sop import CompiledSop, role_names
from .flow import Trace
from .memo import per_object
from .model import (
    Case,
    CaseEvent,
    ExemptionDeclared,
    ExpiryDeclared,
    Extension,
    LoopBack,
    NoticeOutcome,
    NoticeSent,
    Paused,
    RequestTrigger,
    Resumed,
    StepCompleted,
    StepStarted,
)
from .paths import sheets_of
from .powers import Latest, Power, allowed_roles, permits, power

__all__ = [
    "INTEGRITY_RULES",
    "check_after_close",
    "check_approval_dates",
    "check_before_receipt",
    "check_document_dates",
    "check_loop_direction",
    "check_once",
    "check_pause_grounds",
    "check_powers",
    "check_signatories",
    "closing_index",
]

WRONG_ROLE = CODES["case.power.wrong_role"]
WRONG_SIGNATORY = CODES["case.power.wrong_signatory"]
UNKNOWN_ROLE = CODES["case.power.unknown_role"]
OBJECTION_ADDRESSEE = CODES["case.power.objection_addressee"]
BEFORE_RECEIPT = CODES["case.time.before_receipt"]
AFTER_CLOSE = CODES["case.time.after_close"]
REPEATED = CODES["case.event.repeated"]
DOCUMENT_BEFORE_CASE = CODES["case.document.before_case"]
INPUT_BEFORE_REQUEST = CODES["case.input.before_request"]
DOCUMENT_AFTER_EVENT = CODES["case.document.after_event"]
APPROVAL_AFTER_USE = CODES["case.approval.after_use"]
LOOP_FORWARD = CODES["case.loop.forward"]
PAUSE_UNFOUNDED = CODES["case.pause.unfounded"]
PAUSE_NEVER_RESUMED = CODES["case.pause.never_resumed"]
DATE_AFTER_CASE = CODES["case.date.after_case"]
DATE_BEFORE_CASE = CODES["case.date.before_case"]

NOTICE = get_deadline("notice")
_REFUSING = frozenset({NoticeOutcome.REFUSED, NoticeOutcome.PARTLY_GRANTED})
#: The acts the table gives to roles, by event class (a step's actors are the SOP's lanes).
_ACTS: dict[type, str] = {
    LoopBack: "loop_back",
    Extension: "extension",
    Paused: "paused",
    Resumed: "resumed",
    NoticeSent: "notice_sent",
    ExemptionDeclared: "exemption_declared",
    ExpiryDeclared: "expiry_declared",
}
#: Acts of the Badan Publik that send or rely on a document (``document``).
_DOCUMENT_ACTS = (Extension, Paused, NoticeSent, ExemptionDeclared, ExpiryDeclared)


def _what(entry: Power) -> Text:
    return entry.what


def _act(entry: Power) -> Text:
    """What the act is, as a sentence begins with it."""
    what = _what(entry)
    return Text(_first_up(what.id), _first_up(what.en))


def _roles(roles: frozenset[Role]) -> Text:
    return Text(role_names(roles, "id"), role_names(roles, "en"))


def _first_up(text: str) -> str:
    # str.capitalize would lower the rest: "PPID yang menetapkan" -> "Ppid yang menetapkan".
    return text[:1].upper() + text[1:]


def _roles_for(entry: Power, settings: CheckSettings) -> frozenset[Role] | None:
    return _allowed(entry.key, settings.penetapan_signers, settings.delegated_powers)


@functools.lru_cache(maxsize=1024)
def _allowed(
    key: str, penetapan_signers: tuple[Role, ...], delegated: tuple[tuple[str, Role], ...]
) -> frozenset[Role] | None:
    """`allowed_roles` of the table's entry ``key``, once per entry and settings (every act and
    signature of every case asks)."""
    return allowed_roles(power(key), penetapan_signers=penetapan_signers, delegated=delegated)


# --- who --------------------------------------------------------------------------------------


def _judged(case: Case, entry: Power) -> bool:
    """Whether an act is judged by who and when: an act only a request has, in a periodic
    round, is reported by the clock (``case.*.not_request``) and not judged further."""
    return case.is_request or not entry.request_only


def _roles_in(case: Case) -> Iterable[tuple[str, ActorRole]]:
    """Every role the case names, with its path: the actors of the log, the signatures, the
    PPID of the Penetapan, the participants and approvers of the Lembar."""
    for index, event in enumerate(case.events):
        actor = getattr(event, "actor", None)
        if actor is not None:
            yield f"events[{index}].actor.role", actor.role
    for j, doc in enumerate(case.documents):
        if doc.refusal is not None and doc.refusal.signed_by is not None:
            yield f"documents[{j}].refusal.signed_by.role", doc.refusal.signed_by.role
    pen = case.penetapan
    if pen is not None and pen.signature is not None:
        yield "penetapan.signature.role", pen.signature.role
    if pen is not None and pen.ppid is not None and pen.ppid.role is not None:
        yield "penetapan.ppid.role", pen.ppid.role
    for path, sheet in sheets_of(case):
        for k, person in enumerate(sheet.participants):
            if person.role is not None:
                yield f"{path}.participants[{k}].role", person.role
        if sheet.approval is not None:
            yield f"{path}.approval.role", sheet.approval.role


def agency_roles(agency: Agency) -> dict[str, AgencyRole]:
    """The agency's own roles (`AgencyRole`) that a lane of its SOPs plays, by code."""
    return dict(_agency_roles(agency))  # a copy: the caller may change it


@per_object  # read once per agency, not once per case
def _agency_roles(agency: Agency) -> Mapping[str, AgencyRole]:
    return MappingProxyType(
        {
            lane.role.value: lane.role
            for sop in agency.sops
            for lane in sop.lanes
            if isinstance(lane.role, AgencyRole)
        }
    )


def check_powers(*, case: Case, settings: CheckSettings, agency: Agency) -> Iterable[Finding]:
    """``case.power.unknown_role``: a role that is neither statutory nor one of the agency's own
    that a lane plays (agency.json "roles" and "lanes"); ``case.power.wrong_role``: an act done
    by a role the table does not give it (an agency's own role holds none the law reserves)."""
    own = agency_roles(agency)
    for field, role in _roles_in(case):
        if isinstance(role, AgencyRole) and role.value not in own:
            listed = ", ".join(sorted(own)) or "-"
            yield UNKNOWN_ROLE(
                M.UNKNOWN_ROLE(
                    role=role.value,
                    statutory=", ".join(r.value for r in Role),
                    agency=agency.code,
                    listed=listed,
                ),
                field=field,
            )
    for index, event in enumerate(case.events):
        act = _ACTS.get(type(event))
        if act is None or not _judged(case, power(act)):
            continue
        actor = getattr(event, "actor", None)
        if actor is None:
            continue  # `resumed` may be recorded without who; nothing to judge
        entry = power(act)
        roles = _roles_for(entry, settings)
        if permits(entry, roles, actor.role):
            continue
        assert roles is not None  # (None permits every role)
        yield WRONG_ROLE(
            M.WRONG_ROLE(
                act=_act(entry), name=actor.name, role=actor.role.label, roles=_roles(roles)
            ),
            field=f"events[{index}].actor.role",
            basis=entry.basis,
        )


def check_signatories(*, case: Case, settings: CheckSettings) -> Iterable[Finding]:
    """``case.power.wrong_signatory``: the refusal letter, the Penetapan's signature, the PPID
    the Penetapan names and the participants who sign a Lembar, each of a role that may."""
    signed: list[tuple[str, str, ActorRole, str]] = []  # (table key, field, role, name)
    for j, doc in enumerate(case.documents):
        if doc.refusal is not None and doc.refusal.signed_by is not None:
            who = doc.refusal.signed_by
            signed.append(
                ("documents[].refusal.signed_by", f"documents[{j}].refusal.signed_by.role",
                 who.role, who.name)
            )  # fmt: skip
    pen = case.penetapan
    if pen is not None and pen.signature is not None:
        signed.append(
            ("penetapan.signature", "penetapan.signature.role", pen.signature.role,
             pen.signature.name)
        )  # fmt: skip
    if pen is not None and pen.ppid is not None and pen.ppid.role is not None:
        signed.append(("penetapan.ppid", "penetapan.ppid.role", pen.ppid.role, pen.ppid.name))
    for path, sheet in sheets_of(case):
        for k, person in enumerate(sheet.participants):
            if person.role is not None:
                signed.append(
                    ("tests[].participants", f"{path}.participants[{k}].role", person.role,
                     person.name)
                )  # fmt: skip
    for key, field, role, name in signed:
        entry = power(key)
        roles = _roles_for(entry, settings)
        if permits(entry, roles, role):
            continue
        assert roles is not None  # (None permits every role)
        yield WRONG_SIGNATORY(
            M.WRONG_SIGNATORY(act=_act(entry), name=name, role=role.label, roles=_roles(roles)),
            field=field,
            basis=entry.basis,
        )


def check_objection_addressee(*, case: Case) -> Iterable[Finding]:
    """``case.power.objection_addressee``: a refusal letter whose ``objection_to`` does not name
    the Atasan PPID (UU 14/2008 Pasal 35 ayat (1): the keberatan goes to the Atasan PPID; the
    Komisi Informasi comes after the Atasan's answer, Pasal 37). The letter names the office,
    "Atasan PPID" or "Atasan Pejabat Pengelola Informasi dan Dokumentasi", as the PERKI's form
    does; a blank addressee is ``case.refusal.incomplete``."""
    for j, doc in enumerate(case.documents):
        letter = doc.refusal
        addressee = "" if letter is None else (letter.objection_to or "")
        if not addressee.strip() or "atasan" in addressee.casefold():
            continue
        yield OBJECTION_ADDRESSEE(
            M.OBJECTION_ADDRESSEE(document=doc.id, addressee=addressee),
            field=f"documents[{j}].refusal.objection_to",
        )


# --- when: the case's window --------------------------------------------------------------------


def _actor_role(event: CaseEvent) -> ActorRole | None:
    actor = getattr(event, "actor", None)
    return None if actor is None else actor.role


def check_before_receipt(*, case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
    """``case.time.before_receipt``: an act of the Badan Publik's side on a day before the
    request was received. The requester's own acts are not judged: a request letter is written
    before it arrives. Days, not minutes, in the agency's calendar: the desk's step that takes
    the request in may start before the register stamps its receipt on the same day."""
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return
    received = calendar.local_date(trigger.received_at)
    # The first moment of that day in the agency's zone: one comparison per event, no zone
    # conversion (a check of 10,000 cases asks it of every event).
    day_starts = dt.datetime.combine(received, dt.time(), tzinfo=calendar.zone)
    for index, event in enumerate(case.events):
        if event.at >= day_starts:
            continue
        role = _actor_role(event)
        if role is None or role is Role.PEMOHON:
            continue
        yield BEFORE_RECEIPT(
            M.BEFORE_RECEIPT(
                index=index,
                kind=event.KIND,
                role=role.label,
                at=_moment(event.at, calendar),
                received=_moment(trigger.received_at, calendar),
            ),
            field=f"events[{index}].at",
            step=getattr(event, "step", None),
            basis=BEFORE_RECEIPT.basis,
        )


def _moment(moment: dt.datetime, calendar: WorkingCalendar) -> str:
    return moment.astimezone(calendar.zone).strftime("%Y-%m-%d %H:%M")


def closing_index(plan: CompiledSop, trace: Trace) -> int | None:
    """The position in the log of the completion that ended the SOP's flow first (the case's
    close), or None while the case is open."""
    closing: int | None = None
    for run in trace.runs:
        done, index = run.completed, run.end_index
        if done is None or index is None or run.step not in plan.steps:
            continue
        sp = plan.steps[run.step]
        if sp.is_decision:
            targets = (
                tuple(sp.branches.values())
                if done.branch is None
                else (sp.branches.get(done.branch),)
            )
        else:
            targets = sp.successors
        if all(t is None for t in targets) and (closing is None or index < closing):
            closing = index
    return closing


def check_after_close(*, case: Case, plan: CompiledSop, trace: Trace) -> Iterable[Finding]:
    """``case.time.after_close``: an act logged after the case closed that the table does not
    allow then (steps after the end are ``case.order.after_end``). The case's outcome (the
    first notice, the declaration of a Penetapan) may follow the SOP's last step."""
    closed = closing_index(plan, trace)
    if closed is None:
        return
    closed_at = case.events[closed].at
    seen: set[object] = set()  # the outcomes logged so far (`_outcome_key`)
    for index, event in enumerate(case.events):
        act = _ACTS.get(type(event))
        if act is None:
            continue
        entry = power(act)
        key = _outcome_key(entry, event)
        first = key not in seen
        seen.add(key)
        if index <= closed or entry.latest is Latest.OPEN or not _judged(case, entry):
            continue
        if entry.latest is Latest.OUTCOME and first:
            continue
        yield AFTER_CLOSE(
            M.AFTER_CLOSE(act=_act(entry), closed_on=closed_at.date().isoformat(), closed=closed),
            field=f"events[{index}]",
            basis=entry.basis,
        )


def _outcome_key(entry: Power, event: CaseEvent) -> object:
    """What makes an outcome the same one again: the act, for an act the law allows once (the
    notice); the act and its document otherwise (the declaration of one Penetapan)."""
    if entry.once:
        return type(event)
    return (type(event), getattr(event, "document", None))


def check_once(*, case: Case) -> Iterable[Finding]:
    """``case.event.repeated``: an act the table allows once, logged again. (A second extension
    is ``case.extension.repeated``, reported with the clock.)"""
    seen: dict[type, int] = {}
    for index, event in enumerate(case.events):
        act = _ACTS.get(type(event))
        if act is None:
            continue
        entry = power(act)
        if not entry.once or REPEATED.code not in entry.checked_by:
            continue
        first = seen.setdefault(type(event), index)
        if first == index:
            continue
        yield REPEATED(
            M.EVENT_REPEATED(act=_act(entry), first=first),
            field=f"events[{index}]",
            basis=entry.basis,
        )


# --- when: the dates of documents and approvals ------------------------------------------------


def _case_start(case: Case, calendar: WorkingCalendar, trace: Trace) -> dt.date | None:
    """The first day of the case: the request's receipt, or a periodic round's first event."""
    trigger = case.trigger
    if isinstance(trigger, RequestTrigger):
        return calendar.local_date(trigger.received_at)
    return None if trace.first_at is None else calendar.local_date(trace.first_at)


@attrs.frozen(kw_only=True)
class _Uses:
    """What the log does with documents. ``made``: produced by a step (the requester's too) or
    sent by an act of the case: made in the case. ``written``: made at the requester's own
    steps. ``brought``: brought by the requester (an input of the requester's step, the document
    of ``resumed``) and made by no step: a document the requester only receives (the refusal
    letter handed over at the requester's step) stays the Badan Publik's. ``inputs``: the
    (position, id) of every input of the Badan Publik's steps."""

    made: frozenset[str]
    written: frozenset[str]
    brought: frozenset[str]
    inputs: tuple[tuple[int, str], ...]


def _uses(case: Case) -> _Uses:
    made: set[str] = set()
    written: set[str] = set()
    brought: set[str] = set()
    inputs: list[tuple[int, str]] = []
    for index, event in enumerate(case.events):
        by_requester = _actor_role(event) is Role.PEMOHON
        if isinstance(event, StepCompleted):
            made.update(event.outputs)
            if by_requester:
                written.update(event.outputs)
        elif isinstance(event, StepStarted):
            if by_requester:
                brought.update(event.inputs)
            else:
                inputs.extend((index, doc) for doc in event.inputs)
        elif isinstance(event, Resumed):
            if event.document is not None:
                brought.add(event.document)
        elif isinstance(event, _DOCUMENT_ACTS) and event.document is not None:
            made.add(event.document)
    return _Uses(
        made=frozenset(made),
        written=frozenset(written),
        brought=frozenset(brought - made),
        inputs=tuple(inputs),
    )


def check_document_dates(
    *, case: Case, calendar: WorkingCalendar, trace: Trace, settings: CheckSettings
) -> Iterable[Finding]:
    """``case.document.before_case``: a document made in the case (a step's output, the
    requester's too, or what an act sent: the notice's letter, the declared Penetapan) dated
    before the case began, whatever its kind: an earlier Penetapan is relied on, not declared
    again. ``case.input.before_request``: an input of the Badan Publik's steps that the case did
    not make, dated before the request was received, unless the requester brought it or it is a
    standing document (`CheckSettings.requester_document_kinds`, ``standing_document_kinds``).
    ``case.document.after_event``: a document dated after the act that sends it."""
    start = _case_start(case, calendar, trace)
    uses = _uses(case)
    own = frozenset(settings.requester_document_kinds)
    standing = frozenset(settings.standing_document_kinds)
    position = {doc.id: j for j, doc in reversed(list(enumerate(case.documents)))}
    reported: set[str] = set()
    if start is not None:
        for j, doc in enumerate(case.documents):
            if doc.date >= start or doc.id not in uses.made:
                continue
            if doc.id in uses.written and doc.kind in own:
                continue  # the requester's letter, recorded at the requester's step
            reported.add(doc.id)
            yield DOCUMENT_BEFORE_CASE(
                M.DOCUMENT_BEFORE_CASE(
                    document=doc.id, date=doc.date.isoformat(), start=start.isoformat()
                ),
                field=f"documents[{j}].date",
            )
    if isinstance(case.trigger, RequestTrigger) and start is not None:
        for index, doc_id in uses.inputs:
            at = position.get(doc_id)
            if at is None or doc_id in reported or doc_id in uses.made:
                continue
            doc = case.documents[at]
            if doc.date >= start or doc_id in uses.brought or doc.kind in own | standing:
                continue
            reported.add(doc_id)
            yield INPUT_BEFORE_REQUEST(
                M.INPUT_BEFORE_REQUEST(
                    document=doc.id,
                    index=index,
                    date=doc.date.isoformat(),
                    start=start.isoformat(),
                ),
                field=f"documents[{at}].date",
            )
    yield from _after_event(case, position)


def _after_event(case: Case, position: dict[str, int]) -> Iterator[Finding]:
    for index, event in enumerate(case.events):
        if not isinstance(event, _DOCUMENT_ACTS) or event.document is None:
            continue
        j = position.get(event.document)
        if j is None:
            continue
        doc = case.documents[j]
        day = event.at.date()  # the date written on the event, in its own offset
        if doc.date <= day:
            continue
        entry = power(_ACTS[type(event)])
        yield DOCUMENT_AFTER_EVENT(
            M.DOCUMENT_AFTER_EVENT(
                document=doc.id, date=doc.date.isoformat(), act=_what(entry), day=day.isoformat()
            ),
            field=f"events[{index}].document",
        )


def _first_use(case: Case, calendar: WorkingCalendar) -> tuple[int, dt.date] | None:
    """The first act that relies on the tests: the exemption declared, or a refusal."""
    for index, event in enumerate(case.events):
        if isinstance(event, ExemptionDeclared) or (
            isinstance(event, NoticeSent) and event.outcome in _REFUSING
        ):
            return index, calendar.local_date(event.at)
    return None


def check_approval_dates(*, case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
    """``case.approval.after_use``: a Lembar's "Menyetujui" comes before the exemption is
    declared or used to refuse. (An approval before its test is ``harm.approval.before_test``,
    the record's own validation.)"""
    use = _first_use(case, calendar)
    if use is None:
        return
    index, day = use
    for path, sheet in sheets_of(case):
        approval = sheet.approval
        if approval is None or approval.date is None or approval.date <= day:
            continue
        if not any(row.outcome.exempts for row in sheet.rows):
            continue
        yield APPROVAL_AFTER_USE(
            M.APPROVAL_AFTER_USE(
                approved=approval.date.isoformat(), day=day.isoformat(), index=index
            ),
            field=f"{path}.approval.date",
        )


def check_dates_after_case(
    *, case: Case, trace: Trace, calendar: WorkingCalendar
) -> Iterable[Finding]:
    """``case.date.after_case``: in a closed case, a document or a record dated after the last
    event of the log. (An open case's record may run ahead of its log: a letter dated today
    whose act is not logged yet.)"""
    if not trace.ended or trace.last_at is None:
        return
    last = calendar.local_date(trace.last_at)
    # (date, path, what it is, the document's id): the words are written only for a date after
    # the last event (a closed case has none; formatting them for every document and source
    # cost more than comparing the dates).
    dated: list[tuple[dt.date | None, str, str, str | None]] = [
        (doc.date, f"documents[{j}].date", "document", doc.id)
        for j, doc in enumerate(case.documents)
    ]
    for path, sheet in sheets_of(case):
        dated.append((sheet.date, f"{path}.date", "lembar", None))
        if sheet.approval is not None:
            dated.append((sheet.approval.date, f"{path}.approval.date", "approval", None))
        for r, row in enumerate(sheet.rows):
            for k, source in enumerate(row.documents):
                # The test examined it (Pasal 49 ayat (2) huruf a): it existed by then.
                dated.append((source.date, f"{path}.rows[{r}].documents[{k}].date", "source", None))
    pen = case.penetapan
    if pen is not None:
        dated.append((pen.date, "penetapan.date", "penetapan", None))
        if pen.signature is not None:
            dated.append((pen.signature.date, "penetapan.signature.date", "signature", None))
    for day, field, kind, document in dated:
        if day is None or day <= last:
            continue
        what = M.DATED[kind] if document is None else M.DATED[kind].format(document=document)
        yield DATE_AFTER_CASE(
            M.DATE_AFTER_CASE(what=what, day=day.isoformat(), last=last.isoformat()),
            field=field,
        )


def check_records_before_case(
    *, case: Case, trace: Trace, calendar: WorkingCalendar
) -> Iterable[Finding]:
    """``case.date.before_case``: a Lembar the case made, dated before the case began. In a
    request case, a Lembar of the Penetapan made on the request (stage ``on_request`` or none)
    before the receipt (one in ``tests`` is ``case.test.before_request``); in a periodic round,
    a Lembar made before any request (stage ``before_request`` or none) before the round's first
    event. A Lembar of another stage says it was made elsewhere (a dispute, an earlier round)."""
    start = _case_start(case, calendar, trace)
    if start is None:
        return
    request = case.is_request
    made_here = TestStage.ON_REQUEST if request else TestStage.BEFORE_REQUEST
    for path, sheet in sheets_of(case):
        if request and not path.startswith("penetapan."):
            continue
        if sheet.date is None or sheet.date >= start:
            continue
        if sheet.stage is not None and sheet.stage is not made_here:
            continue
        yield DATE_BEFORE_CASE(
            M.DATE_BEFORE_CASE(
                date=sheet.date.isoformat(), start=start.isoformat(), stage=made_here.value
            ),
            field=f"{path}.date",
        )


# --- the log itself -----------------------------------------------------------------------------


def check_loop_direction(*, case: Case, trace: Trace) -> Iterable[Finding]:
    """``case.loop.forward``: a loop back to a step the flow had not passed by then, or from a
    step it had not reached (the loop claims a review that did not happen)."""
    for index, event in enumerate(case.events):
        if not isinstance(event, LoopBack):
            continue
        passed = {
            run.step
            for run in trace.runs
            if (run.start_index is not None and run.start_index < index)
            or (run.end_index is not None and run.end_index < index)
        }
        if event.to_step not in passed:
            yield LOOP_FORWARD(
                M.LOOP_FORWARD(from_step=event.from_step, to_step=event.to_step),
                field=f"events[{index}].to_step",
                step=event.from_step,
            )
        elif event.from_step not in passed:
            yield LOOP_FORWARD(
                M.LOOP_FROM_UNREACHED(from_step=event.from_step),
                field=f"events[{index}].from_step",
                step=event.from_step,
            )


def check_pause_grounds(
    *, case: Case, clock: RequestClock | None, calendar: WorkingCalendar, trace: Trace
) -> Iterable[Finding]:
    """``case.pause.unfounded``: a pause without its written reason or its surat keterangan tidak
    lengkap. Such a pause still stops the notice clock (`clock`), so the message says whether the
    notice would be late without it. ``case.pause.never_resumed``: a pause no ``resumed`` ended
    although the case went on to its notice or its close (the clock never ran again)."""
    if clock is None:
        return  # a periodic case has no request to complete (case.pause.not_request)
    late = _late_without_pauses(clock, calendar)
    yield from _never_resumed(clock, trace)
    for index, event in enumerate(case.events):
        if not isinstance(event, Paused):
            continue
        missing: list[str] = []
        if says_nothing(event.reason):
            missing.append("reason")
        if event.document is None:
            missing.append("document")
        for key in missing:
            yield PAUSE_UNFOUNDED(
                M.PAUSE_UNFOUNDED(missing=M.PAUSE_LACKS[key], late=late),
                field=f"events[{index}].{key}",
            )


def _never_resumed(clock: RequestClock, trace: Trace) -> Iterator[Finding]:
    if not clock.pauses:
        return
    last = clock.pauses[-1]
    if last.resumed is not None:
        return
    noticed = clock.notice_index is not None and clock.notice_index > last.paused_index
    if not (noticed or trace.ended):
        return  # still waiting for the requester: lawful
    yield PAUSE_NEVER_RESUMED(
        M.PAUSE_NEVER_RESUMED(went_on=M.WENT_ON_NOTICE if noticed else M.WENT_ON_CLOSED),
        field=f"events[{last.paused_index}]",
    )


def _late_without_pauses(clock: RequestClock, calendar: WorkingCalendar) -> Text:
    """What the pauses changed: the notice's deadline without them, when the notice missed it."""
    if clock.notice is None or not clock.pauses:
        return Text("", "")
    try:
        due = calendar.add_working_days(clock.received, NOTICE.amount)
        if clock.extension is not None:
            due = calendar.add_working_days(due, min(clock.extension.days, 7))
    except BeyondCalendarError:
        return Text("", "")  # past 2100: not computable (the clock warns, case.due.*)
    sent = calendar.local_date(clock.notice.at)
    if sent <= due:
        return Text("", "")
    return M.PAUSE_UNFOUNDED_LATE(sent=sent.isoformat(), due=due.isoformat())


# --- the rules --------------------------------------------------------------------------------


#: The rules of who and when, in the order they run (after the core's other rules).
INTEGRITY_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.powers",
        check_powers,
        "UU 14/2008 Pasal 22 ayat (7)-(8); PERKI 1/2021 Pasal 22 ayat (3), 31, 33, 34, 36; "
        "PP 61/2010 Pasal 11",
        (
            "setiap tindakan dilakukan oleh peran yang diberi kewenangan oleh hukum",
            "each act is done by a role the law gives it to",
        ),
        "case.power.wrong_role case.power.unknown_role",
        origin="statute",
    ),
    core_rule(
        "core.signatories",
        check_signatories,
        "UU 14/2008 Pasal 22 ayat (7) huruf c; PERKI 1/2021 Pasal 34, Pasal 49 ayat (4)-(7)",
        (
            "surat penolakan dan Penetapan ditandatangani oleh yang berwenang",
            "the refusal letter and the Penetapan are signed by who may sign them",
        ),
        "case.power.wrong_signatory",
        origin="statute",
    ),
    core_rule(
        "core.objection-addressee",
        check_objection_addressee,
        "UU 14/2008 Pasal 35 ayat (1), Pasal 36",
        (
            "surat penolakan mengarahkan keberatan kepada Atasan PPID",
            "a refusal letter sends the objection to the Atasan PPID",
        ),
        "case.power.objection_addressee",
        origin="statute",
    ),
    core_rule(
        "core.before-receipt",
        check_before_receipt,
        "UU 14/2008 Pasal 22 ayat (1), (4), (7)",
        (
            "Badan Publik tidak bertindak atas permintaan sebelum permintaan diterima",
            "the Badan Publik does not act on a request before it is received",
        ),
        "case.time.before_receipt",
        origin="statute",
    ),
    core_rule(
        "core.after-close",
        check_after_close,
        "UU 14/2008 Pasal 22 ayat (7)-(8); PP 61/2010 Pasal 11",
        (
            "setelah kasus selesai hanya tindakan yang dibolehkan hukum sesudahnya",
            "after the case closed, only what the law allows after it",
        ),
        "case.time.after_close",
        origin="statute",
    ),
    core_rule(
        "core.once",
        check_once,
        "UU 14/2008 Pasal 22 ayat (7)",
        (
            "satu pemberitahuan tertulis untuk satu permintaan",
            "one written notice per request",
        ),
        "case.event.repeated",
        origin="statute",
    ),
    core_rule(
        "core.document-dates",
        check_document_dates,
        "PermenPAN-RB 35/2012 Lampiran (pencatatan); UU 14/2008 Pasal 22 ayat (4), (7)",
        (
            "dokumen kasus bertanggal dalam masa kasus dan tidak setelah tindakan yang memakainya",
            "the case's documents are dated within the case and not after the act using them",
        ),
        "case.document.before_case case.input.before_request case.document.after_event",
        origin="statute",
    ),
    core_rule(
        "core.dates-after-case",
        check_dates_after_case,
        "PermenPAN-RB 35/2012 Lampiran (pencatatan); PERKI 1/2021 Pasal 49 ayat (3)-(5)",
        (
            "dokumen dan rekaman kasus yang selesai tidak bertanggal setelah peristiwa terakhirnya",
            "a closed case's documents and records are not dated after its last event",
        ),
        "case.date.after_case",
        origin="regulation",
    ),
    core_rule(
        "core.records-before-case",
        check_records_before_case,
        "PERKI 1/2021 Pasal 49 ayat (1), ayat (3)",
        (
            "Lembar yang dibuat dalam kasus tidak bertanggal sebelum kasus dimulai",
            "a Lembar made in the case is not dated before the case began",
        ),
        "case.date.before_case",
        origin="regulation",
    ),
    core_rule(
        "core.approval-dates",
        check_approval_dates,
        "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 49 ayat (3)-(4), Lampiran II",
        (
            "Lembar disetujui sebelum pengecualian dinyatakan atau dipakai menolak",
            "a Lembar is approved before the exemption is declared or used to refuse",
        ),
        "case.approval.after_use",
        origin="statute",
    ),
    core_rule(
        "core.loop-direction",
        check_loop_direction,
        "SOP instansi (PermenPAN-RB 35/2012): diagram alir; UU 14/2008 Pasal 19 (pengujian tidak "
        "dilompati)",
        (
            "alur kembali hanya ke langkah yang sudah dilalui",
            "a loop back goes only to a step the flow has passed",
        ),
        "case.loop.forward",
        origin="regulation",
    ),
    core_rule(
        "core.pause-grounds",
        check_pause_grounds,
        "PERKI 1/2021 Pasal 31 ayat (2), Pasal 33",
        (
            "penundaan disertai alasan tertulis dan surat keterangan tidak lengkap",
            "a pause comes with its written reason and its surat keterangan tidak lengkap",
        ),
        "case.pause.unfounded case.pause.never_resumed",
        origin="regulation",
    ),
)
