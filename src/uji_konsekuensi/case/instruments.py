"""The law's instruments in a case: the Penetapan a refusal rests on, and the agency's period.

A refusal on a ground of exemption is not the PPID's say-so. The consequence test ends in a
Penetapan that sets its result (PERKI 1/2021 Pasal 49 ayat (4); PP 61/2010 Pasal 3-4), with the
content of Pasal 49 ayat (5) (PP 61/2010 Pasal 4): a. the identity of the PPID who sets it, b. the
Badan Publik and its unit, c.-e. the exempt information described, with its reasons and its
period, f. the place and the date. The refusal letter goes with that decision (PERKI 1/2021
Pasal 34 ayat (2)). What this module requires, and why (docs/case.md, "The law's instruments"):

- a refusal (``refused`` or ``partly_granted``) rests on the case's Penetapan RECORD
  (``case.penetapan``), complete (``case.penetapan.incomplete``) and dated on or before the
  refusal (``case.penetapan.after_refusal``); or on an exemption older than the request, where
  every exempting row has ``exempt_since`` before the request was received
  (``law_checks.check_penetapan``, code ``case.penetapan.missing``);
- an ``exemption_declared`` event declares with the Penetapan itself: its document is of a
  Penetapan kind (`penetapan_kinds`) and bears ``penetapan.number``
  (``case.exemption.not_penetapan``). A form, an identity card or a Berita Acara pointed at by
  the event declares nothing;
- the Penetapan is the one of this test: the body of its Lembar(s) and of the case's, and every
  item the case's test withheld among its exempt rows (``case.penetapan.not_this_test``);
- the refusal letter names the Penetapan (``refusal.penetapan``), and it is the case's
  (``case.refusal.penetapan_unnamed``, ``case.refusal.penetapan_mismatch``);
- the case falls within the period in which the agency existed and its SOP was in force
  (`AgencyInfo.active_from` / ``active_until``; ``case.agency.inactive``): KASN, dissolved by
  UU 20/2023 and Perpres 91/2024 and 92/2024 (in force 23 August 2024), cannot have classified
  information afterwards.

Where the agency's SOP has no step that makes a Penetapan (no document of a Penetapan kind is
the output of a step: Kalbar's and Kalteng's SOPs), a finding about the Penetapan says so: such a
case can follow its SOP to the letter and still breach the PERKI, which no SOP can waive.

**Who approves the test (PP 61/2010 Pasal 3 ayat (2)).** The PP asks for the "persetujuan
pimpinan Badan Publik"; PERKI 1/2021 Pasal 10 ayat (2) huruf e gives the PPID's decision on
the test to the approval of the Atasan PPID. We accept the Atasan PPID by default: the PERKI is
the later and the more specific instrument (it is made under UU 14/2008 Pasal 22 ayat (9) and
sets the service standard of PP 61/2010), the Atasan PPID is appointed by the pimpinan to
supervise the PPID on the pimpinan's behalf (PERKI 1/2021 Pasal 1 angka 9, Pasal 6), and the
four SOPs all route the approval through him. An agency, or an auditor, that reads the PP
strictly sets ``ValidationSettings(approver_roles=frozenset({Role.PIMPINAN}))`` (`STRICT_PP_61`
below), and a test approved by the Atasan PPID is then ``harm.approval.role``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..agency import Agency
from ..calendar import WorkingCalendar
from ..findings import Finding
from ..harm import Penetapan, Role, ValidationSettings
from ..i18n import Text
from ..rules import ComplianceRule, core_rule
from . import messages as M
from .codes import (
    AGENCY_INACTIVE,
    EXEMPTION_NOT_PENETAPAN,
    PENETAPAN_AFTER_REFUSAL,
    PENETAPAN_INCOMPLETE,
    PENETAPAN_NOT_THIS_TEST,
    REFUSAL_PENETAPAN_MISMATCH,
    REFUSAL_PENETAPAN_UNNAMED,
)
from .compiled_sop import CompiledSop
from .memo import per_object
from .model import (
    Case,
    ExemptionDeclared,
    NoticeOutcome,
    NoticeSent,
    RefusalContent,
    RequestTrigger,
)

__all__ = [
    "GENERIC_PENETAPAN_KIND",
    "INSTRUMENT_RULES",
    "STRICT_PP_61",
    "check_agency_period",
    "check_instruments",
    "missing_content",
    "penetapan_kinds",
    "sop_makes_penetapan",
    "sop_note",
]

#: The kind a case gives its Penetapan when the agency's plugin declares none: the form of PERKI
#: 1/2021 Lampiran III ("Penetapan tentang Klasifikasi Informasi yang Dikecualikan").
GENERIC_PENETAPAN_KIND = "penetapan-klasifikasi"

#: What marks an agency's document kind as a Penetapan: its basis cites the Penetapan of PERKI
#: 1/2021 Pasal 49 ayat (4) or its form, Lampiran III (a DIK cites Pasal 49 ayat (4) alone and
#: is a list, not a decision: it must cite the form, or "ayat (4)-(5)", the decision's content).
_PENETAPAN_MARKS = ("Lampiran III", "Pasal 49 ayat (4)-(5)", "PP 61/2010 Pasal 4")

#: PP 61/2010 Pasal 3 ayat (2) read strictly: only the pimpinan approves the test (see the module
#: notes; pass as ``CheckSettings(harm=STRICT_PP_61)``).
STRICT_PP_61 = ValidationSettings(approver_roles=frozenset({Role.PIMPINAN}))

_REFUSING = frozenset({NoticeOutcome.REFUSED, NoticeOutcome.PARTLY_GRANTED})
_PERKI_34 = "PERKI 1/2021 Pasal 34 ayat (2)"


@per_object  # read by four rules of every check; an agency's kinds never change
def penetapan_kinds(agency: Agency | None) -> frozenset[str]:
    """The document kinds that are a Penetapan for this agency: those its plugin declares with a
    basis citing the Penetapan (`_PENETAPAN_MARKS`), and `GENERIC_PENETAPAN_KIND`."""
    kinds = {GENERIC_PENETAPAN_KIND}
    if agency is not None:
        for kind in agency.documents:
            if kind.basis and any(mark in kind.basis for mark in _PENETAPAN_MARKS):
                kinds.add(kind.code)
    return frozenset(kinds)


@per_object
def sop_makes_penetapan(agency: Agency | None, plan: CompiledSop | None) -> bool:
    """Whether a step of the SOP outputs a document of a Penetapan kind (as the plugin declares
    its documents' steps). True when it cannot be told (no agency): no claim is made then."""
    if agency is None or plan is None:
        return True
    steps = {s.number for s in plan.sop.steps}
    kinds = penetapan_kinds(agency)
    return any(
        kind.code in kinds and steps.intersection(kind.produced_by_steps)
        for kind in agency.documents
    )


def sop_note(agency: Agency | None, plan: CompiledSop | None) -> Text | None:
    """The sentence a Penetapan finding adds when the SOP has no step that makes one."""
    if sop_makes_penetapan(agency, plan):
        return None
    number = plan.sop.number if plan is not None else "?"
    return M.SOP_MAKES_NO_PENETAPAN.format(number=number)


def _numbered(number: str | None) -> Text:
    """A record's number, or "(tanpa nomor)" when it gives none."""
    return Text(number, number) if number else M.UNNUMBERED


def missing_content(penetapan: Penetapan) -> tuple[str, ...]:
    """What of PERKI 1/2021 Pasal 49 ayat (5) (PP 61/2010 Pasal 4) the Penetapan lacks, as the
    names of its fields: the PPID's identity (huruf a), the body and its unit (b), exempt rows
    described with their reasons and period (c-e), the place and the date (f), and its number
    (what the refusal and the declaration cite)."""
    missing: list[str] = []
    if not (penetapan.number or "").strip():
        missing.append("number")
    if penetapan.ppid is None or not penetapan.ppid.name.strip():
        missing.append("ppid")
    if not penetapan.badan_publik.strip():
        missing.append("badan_publik")
    if not (penetapan.unit or "").strip():
        missing.append("unit")
    rows = penetapan.exempt_rows()
    if not rows:
        missing.append("sheets[].rows (dikecualikan)")
    else:
        if any(not row.information.strip() for row in rows):
            missing.append("rows[].information")
        if any(not row.grounds for row in rows):
            missing.append("rows[].grounds")
        if any(not (row.consequence_of_opening or "").strip() for row in rows):
            missing.append("rows[].consequence_of_opening")
        if any(row.period is None for row in rows):
            missing.append("rows[].period")
    if not (penetapan.place or "").strip():
        missing.append("place")
    if penetapan.date is None:
        missing.append("date")
    return tuple(missing)


def _received(case: Case, calendar: WorkingCalendar) -> dt.date | None:
    if isinstance(case.trigger, RequestTrigger):
        return calendar.local_date(case.trigger.received_at)
    return None


def check_instruments(
    *,
    case: Case,
    events: dict[type, list[tuple[int, object]]],
    calendar: WorkingCalendar,
    agency: Agency | None = None,
    plan: CompiledSop | None = None,
) -> Iterable[Finding]:
    """The Penetapan a refusal or a declaration rests on, and the refusal letter naming it."""
    penetapan = case.penetapan
    note = sop_note(agency, plan)
    refusals = [
        (index, event)
        for index, event in events.get(NoticeSent, [])
        if isinstance(event, NoticeSent) and event.outcome in _REFUSING
    ]
    declarations = [
        (index, event)
        for index, event in events.get(ExemptionDeclared, [])
        if isinstance(event, ExemptionDeclared)
    ]

    # The record itself, once, when something rests on it.
    if penetapan is not None and (refusals or declarations):
        missing = missing_content(penetapan)
        if missing:
            yield PENETAPAN_INCOMPLETE(
                M.PENETAPAN_INCOMPLETE(
                    number=_numbered(penetapan.number), missing=", ".join(missing)
                ),
                field="penetapan",
            )

    # The Penetapan is the one of this test: the same body as its Lembar(s) and the case's, and
    # every item the case's test withheld among its exempt rows (a Penetapan of another body or
    # of other information sets nothing about what was refused).
    if penetapan is not None and (refusals or declarations):
        yield from _not_this_test(case, penetapan)

    # exemption_declared: the document is the Penetapan, not anything at all.
    kinds = penetapan_kinds(agency)
    for index, declaration in declarations:
        try:
            doc = case.document(declaration.document)
        except KeyError:
            continue  # the loader refuses an unknown document id
        number = penetapan.number if penetapan is not None else None
        if penetapan is None:
            why = M.EXEMPTION_NO_RECORD(document=doc.id, kind=doc.kind)
        elif doc.kind not in kinds:
            why = M.EXEMPTION_WRONG_KIND(
                document=doc.id, kind=doc.kind, kinds=", ".join(sorted(kinds))
            )
        elif (doc.number or "").strip() != (number or "").strip() or not number:
            why = M.EXEMPTION_WRONG_NUMBER(
                document=doc.id, number=_numbered(doc.number), penetapan=_numbered(number)
            )
        else:
            continue
        yield EXEMPTION_NOT_PENETAPAN(
            M.EXEMPTION_NOT_PENETAPAN(why=why, note=note or Text("", "")),
            field=f"events[{index}].document",
        )

    if penetapan is None:
        # A refusal with no record is case.penetapan.missing (law_checks.check_penetapan),
        # unless the item was exempt before the request; the letter must still name the
        # Penetapan of that earlier exemption.
        for index, notice in refusals:
            letter = _letter(case, notice)
            if letter is not None and not (letter.penetapan or "").strip():
                yield _unnamed(case, index, notice, None)
        return

    for index, notice in refusals:
        day = calendar.local_date(notice.at)
        if penetapan.date is None or penetapan.date > day:
            dated = penetapan.date.isoformat() if penetapan.date else None
            yield PENETAPAN_AFTER_REFUSAL(
                M.PENETAPAN_AFTER_REFUSAL(
                    day=day.isoformat(),
                    number=penetapan.number or "",
                    date=Text(dated, dated) if dated else M.UNDATED,
                ),
                field="penetapan.date",
                basis=f"{PENETAPAN_AFTER_REFUSAL.basis}; events[{index}]",
            )
        letter = _letter(case, notice)
        if letter is None:
            continue  # case.refusal.no_letter
        named = (letter.penetapan or "").strip()
        if not named:
            yield _unnamed(case, index, notice, penetapan)
        elif penetapan.number and _norm(named) != _norm(penetapan.number):
            yield REFUSAL_PENETAPAN_MISMATCH(
                M.REFUSAL_PENETAPAN_MISMATCH(named=named, number=penetapan.number),
                field=f"{_letter_path(case, notice)}.penetapan",
            )


def _not_this_test(case: Case, penetapan: Penetapan) -> Iterable[Finding]:
    body = _norm(penetapan.badan_publik)
    for path, sheet in [
        *((f"penetapan.sheets[{j}]", s) for j, s in enumerate(penetapan.sheets)),
        *((f"tests[{i}]", s) for i, s in enumerate(case.tests)),
    ]:
        if _norm(sheet.badan_publik) != body:
            yield PENETAPAN_NOT_THIS_TEST(
                M.PENETAPAN_OTHER_BODY(
                    number=penetapan.number or "",
                    body=penetapan.badan_publik,
                    path=path,
                    tested=sheet.badan_publik,
                ),
                field=f"{path}.badan_publik",
            )
            return
    covered = {_norm(row.information) for row in penetapan.exempt_rows()}
    for i, sheet in enumerate(case.tests):
        for r, row in enumerate(sheet.rows):
            if (
                row.outcome.exempts
                and row.exempt_since is None
                and _norm(row.information) not in covered
            ):
                yield PENETAPAN_NOT_THIS_TEST(
                    M.PENETAPAN_ITEM_NOT_EXEMPT(
                        number=penetapan.number or "", information=row.information[:120]
                    ),
                    field=f"tests[{i}].rows[{r}].information",
                )
                return


def _norm(number: str) -> str:
    return " ".join(number.split()).casefold()


def _letter(case: Case, event: NoticeSent) -> RefusalContent | None:
    try:
        return case.document(event.document).refusal
    except KeyError:
        return None


def _letter_path(case: Case, event: NoticeSent) -> str:
    for j, doc in enumerate(case.documents):
        if doc.id == event.document:
            return f"documents[{j}].refusal"
    return "documents"


def _unnamed(case: Case, index: int, event: NoticeSent, penetapan: Penetapan | None) -> Finding:
    which = f" ({penetapan.number})" if penetapan is not None and penetapan.number else ""
    return REFUSAL_PENETAPAN_UNNAMED(
        M.REFUSAL_PENETAPAN_UNNAMED(which=which),
        field=f"{_letter_path(case, event)}.penetapan",
        basis=f"{_PERKI_34}; events[{index}]",
    )


def _case_moments(case: Case, calendar: WorkingCalendar) -> list[tuple[str, dt.date]]:
    """Every dated fact of the case that the agency did, with its path."""
    out: list[tuple[str, dt.date]] = []
    if isinstance(case.trigger, RequestTrigger):
        out.append(("trigger.received_at", calendar.local_date(case.trigger.received_at)))
    for i, event in enumerate(case.events):
        out.append((f"events[{i}].at", calendar.local_date(event.at)))
    for i, sheet in enumerate(case.tests):
        if sheet.date is not None:
            out.append((f"tests[{i}].date", sheet.date))
    if case.penetapan is not None and case.penetapan.date is not None:
        out.append(("penetapan.date", case.penetapan.date))
    return out


def check_agency_period(
    *, case: Case, agency: Agency, calendar: WorkingCalendar
) -> Iterable[Finding]:
    """``case.agency.inactive``: the case is dated outside the period in which the agency existed
    and its SOP was in force (`AgencyInfo.active_from`, ``active_until``), citing why."""
    info = agency.info
    if info.active_from is None and info.active_until is None:
        return
    outside = [
        (path, day) for path, day in _case_moments(case, calendar) if not info.is_active_on(day)
    ]
    if not outside:
        return
    first_path, first_day = outside[0]
    last_day = max(day for _, day in outside)
    ends = [
        end.format(day=day.isoformat())
        for end, day in ((M.ACTIVE_FROM, info.active_from), (M.ACTIVE_UNTIL, info.active_until))
        if day is not None
    ]
    span = Text("".join(e.id for e in ends).strip(), "".join(e.en for e in ends).strip())
    yield AGENCY_INACTIVE(
        M.AGENCY_INACTIVE(
            count=len(outside),
            first=first_day.isoformat(),
            last=last_day.isoformat(),
            agency=info.name,
            span=span,
            basis=info.active_basis,
        ),
        field=first_path,
        basis=info.active_basis,
    )


#: The rules of the law's instruments, run after the core's (none replaceable: they enforce the
#: PERKI, the PP and the instruments that made or dissolved the agency).
INSTRUMENT_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.instruments",
        check_instruments,
        "PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (4)-(5); PP 61/2010 Pasal 3-4",
        (
            "penolakan didasarkan pada Penetapan yang lengkap, bertanggal, dinyatakan dan "
            "disebut dalam surat penolakan",
            "a refusal rests on a complete, dated Penetapan, declared with it and named in "
            "the refusal letter",
        ),
        "case.penetapan.incomplete case.penetapan.after_refusal case.penetapan.not_this_test "
        "case.exemption.not_penetapan case.refusal.penetapan_unnamed "
        "case.refusal.penetapan_mismatch",
        origin="regulation",
    ),
    core_rule(
        "core.agency-period",
        check_agency_period,
        # Only an existing Badan Publik (UU 14/2008 Pasal 1 angka 3) has a PPID to run its SOP.
        "UU 14/2008 Pasal 1 angka 3; AgencyInfo.active_basis (KASN: UU 20/2023, "
        "Perpres 91/2024 dan 92/2024)",
        (
            "kasus berada dalam masa instansi ada dan SOP-nya berlaku",
            "the case falls within the period in which the agency existed and its SOP was in force",
        ),
        "case.agency.inactive",
        origin="statute",
    ),
)
