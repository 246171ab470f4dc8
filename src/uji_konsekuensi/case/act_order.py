"""The order of the acts within the log, where the dates of the records cannot tell it.

The rules that compare dates (`instruments`, `formalities`, `integrity`) see a day: a Penetapan
dated the day of the refusal rests on nothing wrong by its date. The log records each act at its
moment (docs/case.md), and on one day it can still show two acts the wrong way round: the
letter delivered before the step that wrote it, the request refused before the exemption it
rests on was declared. What this module requires (docs/case.md, "The acts in the order of the
law"), each an error:

- ``case.document.used_before_made``: an act of the body (a notice, a declaration, an extension,
  a pause) delivers or rests on a paper that the log shows made later, by a step completed after
  it (the first ``step_completed`` listing it among its ``outputs``). The notice IS the written
  letter (UU 14/2008 Pasal 22 ayat (7): *pemberitahuan secara tertulis*); a declaration, an
  extension or a pause rests on its paper (PERKI 1/2021 Pasal 49 ayat (4), Pasal 36, Pasal 31
  ayat (2)); a paper made after the act was not what the act delivered. Only the acts are
  read: a step's kelengkapan is the SOP's order (``core.order``, ``core.documents``), and a
  paper the log never shows made (supplied from outside) is not judged here;
- ``case.exemption.declared_after_refusal``: a request refused (``refused`` or
  ``partly_granted``) before the log declares the exemption it rests on: every
  ``exemption_declared`` of the case comes after the notice. The refusal on an exemption ground
  goes with the decision that set it (PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (4)), and
  information is withheld only once declared exempt on the test (UU 14/2008 Pasal 19; PERKI
  1/2021 Pasal 22 ayat (3)). Not required where the log declares nothing (the Penetapan record
  alone is then read by `instruments`) or where every withheld item was exempt before the
  request (``exempt_since``, as `law_checks.check_penetapan` reads it).

- ``case.approval.after_declaration``: the Lembar's approver (its ``approval``, the Atasan PPID
  or the pimpinan) completes a step of the log, in the role he approves in, only after the
  exemption was declared or used to refuse. The classification is made with his approval (PP
  61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e) and exemption follows the
  approved test (UU 14/2008 Pasal 19); an approval the log shows after its use came after it,
  whatever day the Lembar writes (the same day, where ``case.approval.after_use`` sees nothing).
  An approver the log never shows is not judged here; one who acts before the use and again
  later (KASN's Ketua, who also signs the SK) has approved in time.

Two acts logged at the same moment are not read as out of order: only a later moment is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..calendar import WorkingCalendar
from ..findings import Finding
from ..rules import ComplianceRule, core_rule
from . import messages as M
from .codes import (
    APPROVAL_AFTER_DECLARATION,
    DOCUMENT_USED_BEFORE_MADE,
    EXEMPTION_DECLARED_AFTER_REFUSAL,
)
from .formalities import same_person
from .model import (
    Case,
    CaseEvent,
    ExemptionDeclared,
    ExpiryDeclared,
    Extension,
    NoticeOutcome,
    NoticeSent,
    Paused,
    RequestTrigger,
    StepCompleted,
)
from .paths import sheets_of

__all__ = [
    "ACT_ORDER_RULES",
    "check_acts_after_papers",
    "check_approved_before_use",
    "check_declared_before_refusal",
]

#: The acts of the body whose ``document`` is the paper they deliver or rest on.
_ACTS = (NoticeSent, ExemptionDeclared, ExpiryDeclared, Extension, Paused)

_REFUSING = frozenset({NoticeOutcome.REFUSED, NoticeOutcome.PARTLY_GRANTED})


def _made(events: tuple[CaseEvent, ...]) -> dict[str, tuple[int, StepCompleted]]:
    """Each paper a step of the log made, with the first completion that made it."""
    made: dict[str, tuple[int, StepCompleted]] = {}
    for index, event in enumerate(events):
        if isinstance(event, StepCompleted):
            for doc in event.outputs:
                made.setdefault(doc, (index, event))
    return made


def _moment(at: dt.datetime, calendar: WorkingCalendar) -> str:
    """A moment as the official reads it: in the agency's zone, to the minute."""
    return at.astimezone(calendar.zone).strftime("%Y-%m-%d %H:%M")


def check_acts_after_papers(*, case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
    """``case.document.used_before_made``: an act delivers a paper a later step made."""
    made = _made(case.events)
    for index, event in enumerate(case.events):
        if not isinstance(event, _ACTS) or event.document is None:
            continue
        found = made.get(event.document)
        if found is None:
            continue
        where, step = found
        if step.at <= event.at:
            continue
        yield DOCUMENT_USED_BEFORE_MADE(
            M.DOCUMENT_USED_BEFORE_MADE(
                kind=event.KIND,
                at=_moment(event.at, calendar),
                document=event.document,
                step=step.step,
                made=_moment(step.at, calendar),
                where=where,
            ),
            field=f"events[{index}].document",
        )


def _exempt_before(case: Case, calendar: WorkingCalendar) -> bool:
    """Whether every item the case's tests withheld was exempt before the request arrived."""
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return False
    received = calendar.local_date(trigger.received_at)
    rows = [row for sheet in case.tests for row in sheet.rows if row.outcome.exempts]
    return bool(rows) and all(
        row.exempt_since is not None and row.exempt_since < received for row in rows
    )


def check_declared_before_refusal(*, case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
    """``case.exemption.declared_after_refusal``: the refusal came before any declaration."""
    declared = [
        (index, event)
        for index, event in enumerate(case.events)
        if isinstance(event, ExemptionDeclared)
    ]
    if not declared or _exempt_before(case, calendar):
        return
    first_index, first = min(declared, key=lambda pair: pair[1].at)
    for index, event in enumerate(case.events):
        if not isinstance(event, NoticeSent) or event.outcome not in _REFUSING:
            continue
        if first.at <= event.at:
            continue
        yield EXEMPTION_DECLARED_AFTER_REFUSAL(
            M.EXEMPTION_DECLARED_AFTER_REFUSAL(
                outcome=event.outcome.value,
                at=_moment(event.at, calendar),
                declared=_moment(first.at, calendar),
                where=first_index,
            ),
            field=f"events[{index}]",
        )


def check_approved_before_use(*, case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
    """``case.approval.after_declaration``: the approver acts in the log only after the use."""
    uses = [
        (index, event)
        for index, event in enumerate(case.events)
        if isinstance(event, ExemptionDeclared)
        or (isinstance(event, NoticeSent) and event.outcome in _REFUSING)
    ]
    if not uses:
        return
    use_index, use = min(uses, key=lambda pair: pair[1].at)
    reported: list[str] = []
    for path, sheet in sheets_of(case):
        approval = sheet.approval
        if approval is None or not any(row.outcome.exempts for row in sheet.rows):
            continue
        acts = [
            (index, event)
            for index, event in enumerate(case.events)
            if isinstance(event, StepCompleted)
            and event.actor.role == approval.role
            and same_person(event.actor.name, approval.name, event.actor.nip, approval.nip)
        ]
        if not acts or any(event.at <= use.at for _, event in acts):
            continue
        if any(same_person(approval.name, name) for name in reported):
            continue  # the same approval in the test and in the Penetapan: said once
        reported.append(approval.name)
        acted_index, acted = acts[0]
        yield APPROVAL_AFTER_DECLARATION(
            M.APPROVAL_AFTER_DECLARATION(
                path=path,
                approver=approval.name,
                acted=_moment(acted.at, calendar),
                acted_index=acted_index,
                use=M.USE_DECLARED if isinstance(use, ExemptionDeclared) else M.USE_REFUSED,
                at=_moment(use.at, calendar),
                use_index=use_index,
            ),
            field=f"{path}.approval",
        )


#: The rules of this module, registered at the end of `core_rules.CORE_RULES` (of the statute:
#: none replaceable).
ACT_ORDER_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.act-order.papers",
        check_acts_after_papers,
        "UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 31 ayat (2), Pasal 36, Pasal 49 ayat (4)",
        (
            "tindakan Badan Publik tidak menyampaikan surat yang baru dibuat sesudahnya",
            "an act of the body does not deliver a paper made after it",
        ),
        "case.document.used_before_made",
        origin="statute",
    ),
    core_rule(
        "core.act-order.declaration",
        check_declared_before_refusal,
        "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3), Pasal 34 ayat (2), Pasal 49 ayat (4)",
        (
            "pengecualian dinyatakan sebelum permohonan ditolak atasnya",
            "the exemption is declared before a request is refused on it",
        ),
        "case.exemption.declared_after_refusal",
        origin="statute",
    ),
    core_rule(
        "core.act-order.approval",
        check_approved_before_use,
        "UU 14/2008 Pasal 19; PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e",
        (
            "penyetuju Lembar bertindak sebelum pengecualian dinyatakan atau dipakai menolak",
            "the Lembar's approver acts before the exemption is declared or used to refuse",
        ),
        "case.approval.after_declaration",
        origin="statute",
    ),
)
