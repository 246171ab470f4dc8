"""The checker's rules from the law: the statutory clock, the records, refusals, expiry.

Codes ``case.notice.*``, ``case.extension.*``, ``case.pause.*`` (UU 14/2008 Pasal 22 ayat (7)-(8);
PERKI 1/2021 Pasal 31-36), ``case.test.*`` (UU 14/2008 Pasal 19), ``case.approval.wrong_role``,
``case.refusal.*`` (UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35-36; PERKI 1/2021 Pasal 34),
``case.expiry.*`` (PP 61/2010 Pasal 11), declared in ``codes``; and the records' own ``harm.*``
findings rooted in the case. See docs/case.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from ..agency import Agency
from ..calendar import BeyondCalendarError, WorkingCalendar, get_deadline
from ..field_checks import says_nothing
from ..findings import Finding
from ..harm import ConsequenceTest, ConsequenceTestSheet, TestStage, validate
from ..i18n import Text
from ..law import Citation
from . import messages as M
from .cached import cited
from .check_settings import CheckSettings
from .clock import RequestClock, beyond_calendar
from .codes import (
    APPROVAL_WRONG_ROLE,
    EXPIRY_BEYOND_CALENDAR,
    EXPIRY_DATE_MISMATCH,
    EXPIRY_LATE,
    EXTENSION_NOT_REQUEST,
    NOTICE_MISSING,
    NOTICE_OUTCOME_MISMATCH,
    NOTICE_OVERDUE,
    PAUSE_NOT_REQUEST,
    PENETAPAN_MISSING,
    REFUSAL_GROUND_NOT_TESTED,
    REFUSAL_GROUND_UNREADABLE,
    REFUSAL_INCOMPLETE,
    REFUSAL_NO_CONSEQUENCE,
    REFUSAL_NO_GROUND,
    REFUSAL_NO_LETTER,
    REFUSAL_NO_OBJECTION_NOTICE,
    REFUSAL_OBJECTION_PERIOD,
    TEST_AFTER_EXEMPTION,
    TEST_BEFORE_REQUEST,
    TEST_MISSING,
)
from .compiled_sop import CompiledSop, role_names
from .consistency import derived_outcome, notice_withholds, outcome_contradiction
from .flow import Trace
from .instruments import sop_note
from .model import (
    Case,
    EventIndex,
    ExemptionDeclared,
    ExpiryDeclared,
    Extension,
    NoticeOutcome,
    NoticeSent,
    Paused,
    RefusalContent,
    RequestTrigger,
    Resumed,
)
from .paths import resolve, sheets_of

OBJECTION = get_deadline("objection")
EXPIRY = get_deadline("expiry_declaration")
_REFUSING = frozenset({NoticeOutcome.REFUSED, NoticeOutcome.PARTLY_GRANTED})


def check_statutory(
    *,
    events: EventIndex,
    trace: Trace,
    clock: RequestClock | None,
    calendar: WorkingCalendar,
    settings: CheckSettings,
) -> Iterable[Finding]:
    if clock is None:
        # A periodic round has no requester and no statutory notice clock.
        for index, event in sorted(
            events.get(Extension, ()) + events.get(Paused, ()) + events.get(Resumed, ()),
            key=lambda pair: pair[0],
        ):
            if isinstance(event, Extension):
                yield EXTENSION_NOT_REQUEST(M.EXTENSION_NOT_REQUEST(), field=f"events[{index}]")
            elif isinstance(event, Paused | Resumed):
                yield PAUSE_NOT_REQUEST(M.PAUSE_NOT_REQUEST(), field=f"events[{index}]")
        return
    yield from clock.findings
    if clock.notice is not None:
        return
    if trace.ended:
        yield NOTICE_MISSING(M.NOTICE_MISSING(), field="events")
    elif (
        settings.at is not None
        and clock.due is not None
        and calendar.local_date(settings.at) > clock.due
    ):
        yield NOTICE_OVERDUE(M.NOTICE_OVERDUE(due=clock.due.isoformat()), field="events")


def _prefixed(findings: Iterable[Finding], prefix: str) -> Iterable[Finding]:
    for f in findings:
        field = prefix if not f.field else f"{prefix}.{f.field}"
        yield attrs.evolve(f, field=field)


def check_records(
    *,
    case: Case,
    events: EventIndex,
    plan: CompiledSop,
    calendar: WorkingCalendar,
    settings: CheckSettings,
) -> Iterable[Finding]:
    """The records' own findings (``harm.*``, rooted in the case), who approved each Lembar,
    and that a test precedes the exemption it supports (UU 14/2008 Pasal 19)."""
    if settings.validate_records:
        yield from _validated(case, settings)
    sheets = sheets_of(case)
    yield from _approvals(sheets, plan)
    yield from _test_first(sheets, events, calendar)


def _validated(case: Case, settings: CheckSettings) -> Iterator[Finding]:
    """Each record's own validation, its fields named from the case's root."""
    harm_settings = settings.harm
    for i, sheet in enumerate(case.tests):
        yield from _prefixed(validate(sheet, harm_settings), f"tests[{i}]")
    if case.penetapan is not None:
        yield from _prefixed(validate(case.penetapan, harm_settings), "penetapan")


def _approvals(
    sheets: Sequence[tuple[str, ConsequenceTestSheet]], plan: CompiledSop
) -> Iterator[Finding]:
    """PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e: a Lembar is
    approved by whom the SOP's approving step names."""
    approving = plan.approving_steps[-1] if plan.approving_steps else None
    for path, sheet in sheets:
        approval = sheet.approval
        if approval is None:
            continue  # harm.approval.missing says so
        if approval.role not in plan.approvers:
            yield APPROVAL_WRONG_ROLE(
                M.APPROVAL_WRONG_ROLE(
                    name=approval.name,
                    role=approval.role.value,
                    sop=plan.sop.number,
                    approvers=Text(
                        role_names(plan.approvers, "id"), role_names(plan.approvers, "en")
                    ),
                ),
                field=f"{path}.approval.role",
                step=approving,
                basis=(plan.label(approving) + "; " if approving is not None else "")
                + "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e",
            )


def _test_first(
    sheets: Sequence[tuple[str, ConsequenceTestSheet]],
    events: EventIndex,
    calendar: WorkingCalendar,
) -> Iterator[Finding]:
    """Pasal 19: the test comes before the exemption is declared or used to refuse."""
    exempting = [
        (path, sheet) for path, sheet in sheets if any(row.outcome.exempts for row in sheet.rows)
    ]
    for index, event in sorted(
        events.get(ExemptionDeclared, ()) + events.get(NoticeSent, ()), key=lambda pair: pair[0]
    ):
        if isinstance(event, ExemptionDeclared):
            what = M.EXEMPTION_DECLARED
        elif isinstance(event, NoticeSent) and event.outcome in _REFUSING:
            what = M.REQUEST_REFUSED
        else:
            continue
        day = calendar.local_date(event.at)
        if not exempting:
            yield TEST_MISSING(
                M.TEST_MISSING(day=day.isoformat(), what=what), field=f"events[{index}]"
            )
            continue
        dated = [s.date for _, s in exempting if s.date is not None]
        if dated and min(dated) > day:
            yield TEST_AFTER_EXEMPTION(
                M.TEST_AFTER_EXEMPTION(
                    dated=min(dated).isoformat(), what=what, day=day.isoformat()
                ),
                field=f"events[{index}].at",
            )


def _tested_grounds(case: Case) -> set[str]:
    """Ground codes (and their letters) of every exempting row of the case's tests."""
    codes: set[str] = set()
    for _, sheet in sheets_of(case):
        for row in sheet.rows:
            if not row.outcome.exempts:
                continue
            for ref in row.grounds:
                for citation in cited(ref.ground) or ():
                    codes.add(citation.ground.code)
                    codes.add(citation.ground.letter)
    return codes


def check_refusals(*, case: Case, events: EventIndex) -> Iterable[Finding]:
    """A notice that withholds goes with a refusal letter that says what the law requires
    (UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35-36; PERKI 1/2021 Pasal 34): its grounds, each
    one this case tested (`_letter_grounds`); the consequence of opening; the right to object
    within 30 hari kerja (`_letter_objection`); who asked for what, and who signed
    (`_letter_parts`)."""
    notices = events.get(NoticeSent, ())
    if not notices:
        return
    docs = {d.id: (j, d) for j, d in enumerate(case.documents)}
    # The grounds the tests examined, read once and only if a letter cites a readable ground.
    tested = functools.cache(lambda: _tested_grounds(case))
    # A notice withholds by what it says or by what the tests say: "granted" while an item was
    # closed is a refusal in part, whose letter the law governs too (Pasal 22 ayat (7) huruf c).
    derived = derived_outcome(case)
    for index, event in notices:
        if not isinstance(event, NoticeSent) or not notice_withholds(event, derived):
            continue
        j, doc = docs[event.document]
        letter = doc.refusal
        if letter is None:
            yield REFUSAL_NO_LETTER(
                M.REFUSAL_NO_LETTER(document=doc.id), field=f"events[{index}].document"
            )
            continue
        where = f"documents[{j}].refusal"
        yield from _letter_grounds(letter, where, tested)
        if says_nothing(letter.consequence):
            yield REFUSAL_NO_CONSEQUENCE(M.REFUSAL_NO_CONSEQUENCE(), field=f"{where}.consequence")
        yield from _letter_objection(letter, where)
        yield from _letter_parts(letter, where)


def _letter_grounds(
    letter: RefusalContent, where: str, tested: Callable[[], set[str]]
) -> Iterator[Finding]:
    """The letter names a ground of Pasal 17, readable, and one the case's tests examined."""
    if not letter.grounds:
        yield REFUSAL_NO_GROUND(M.REFUSAL_NO_GROUND(), field=f"{where}.grounds")
    for g, text in enumerate(letter.grounds):
        citations = cited(text)
        if citations is None:
            yield REFUSAL_GROUND_UNREADABLE(
                M.REFUSAL_GROUND_UNREADABLE(ground=text), field=f"{where}.grounds[{g}]"
            )
            continue
        for code in _untested(citations, tested()):
            yield REFUSAL_GROUND_NOT_TESTED(
                M.REFUSAL_GROUND_NOT_TESTED(ground=code), field=f"{where}.grounds[{g}]"
            )


def _untested(citations: Iterable[Citation], tested: set[str]) -> Iterator[str]:
    """The codes of the grounds cited that no test examined, in the order cited."""
    reported: set[str] = set()
    for citation in citations:
        code = citation.ground.code
        if citation.whole_letter:
            # "Pasal 17 huruf c" cites the letter once: one finding for the letter,
            # not one for each of its sub-points.
            code = citation.ground.letter
            if code in tested or code in reported:
                continue
            reported.add(code)
        if code not in tested:
            yield code


def _letter_objection(letter: RefusalContent, where: str) -> Iterator[Finding]:
    """UU 14/2008 Pasal 35 ayat (1), Pasal 36: the letter tells the requester of the right to
    object, and gives the 30 hari kerja the statute gives."""
    if letter.objection_days is None:
        yield REFUSAL_NO_OBJECTION_NOTICE(
            M.REFUSAL_NO_OBJECTION_NOTICE(), field=f"{where}.objection_days"
        )
    elif letter.objection_days < OBJECTION.amount:
        yield REFUSAL_OBJECTION_PERIOD(
            M.REFUSAL_OBJECTION_PERIOD(days=letter.objection_days),
            field=f"{where}.objection_days",
        )


def _letter_parts(letter: RefusalContent, where: str) -> Iterator[Finding]:
    """What a refusal letter names besides its grounds (PERKI 1/2021 Pasal 34 and its
    Lampiran): one finding listing every part it lacks, at the first of them."""
    parts = (
        ("registration_number", letter.registration_number),
        ("requester_name", letter.requester_name),
        ("information", letter.information),
        ("objection_to", letter.objection_to),
    )
    missing = [name for name, value in parts if not (value or "").strip()]
    if letter.signed_by is None:
        missing.append("signed_by")
    if missing:
        yield REFUSAL_INCOMPLETE(
            M.REFUSAL_INCOMPLETE(missing=", ".join(missing)), field=f"{where}.{missing[0]}"
        )


def check_expiry(*, case: Case, events: EventIndex, calendar: WorkingCalendar) -> Iterable[Finding]:
    for index, event in events.get(ExpiryDeclared, ()):
        if not isinstance(event, ExpiryDeclared):
            continue
        row = resolve(case, event.item)
        ends = event.expires_on
        if row is not None and row.period is not None:
            start = _start_of(case, event.item)
            computed = row.period.ends_on(start) if start is not None else None
            if computed is not None and computed != ends:
                yield EXPIRY_DATE_MISMATCH(
                    M.EXPIRY_DATE_MISMATCH(ends=ends.isoformat(), computed=computed.isoformat()),
                    field=f"events[{index}].expires_on",
                )
                ends = computed
        try:
            latest = EXPIRY.due(ends, calendar)
        except BeyondCalendarError as exc:
            # An end in the first weeks of 1946: 30 hari kerja before it is in 1945.
            yield beyond_calendar(
                EXPIRY_BEYOND_CALENDAR,
                M.EXPIRY_DUE(ends=ends.isoformat()),
                exc,
                field=f"events[{index}].expires_on",
                basis=EXPIRY_LATE.basis,
            )
            continue
        declared = calendar.local_date(event.at)
        if declared > latest:
            left = calendar.working_days_between(declared, ends)
            yield EXPIRY_LATE(
                M.EXPIRY_LATE(
                    ends=ends.isoformat(),
                    declared=declared.isoformat(),
                    left=left,
                    latest=latest.isoformat(),
                ),
                field=f"events[{index}].at",
            )


def _start_of(case: Case, path: str) -> dt.date | None:
    """The date a tested item's period counts from: its Penetapan's date, else its Lembar's."""
    if (
        path.startswith("penetapan.")
        and case.penetapan is not None
        and case.penetapan.date is not None
    ):
        return case.penetapan.date
    for prefix, sheet in sheets_of(case):
        if path.startswith(prefix + "."):
            return sheet.date
    return None


# --- what the records and the notice say must agree ------------------------------------------


def check_notice_outcomes(
    *, case: Case, events: dict[type, list[tuple[int, object]]]
) -> Iterable[Finding]:
    """The outcome every notice states must match its document and the tests' outcomes.

    ``case.notice.outcome_mismatch`` (error, UU 14/2008 Pasal 22 ayat (7)): a notice that says
    ``granted`` while its document is a refusal letter; or one whose outcome is not the one the
    tested items call for, wherever they are written (`consistency.derived_outcome`: all open,
    granted; some withheld and some given, partly granted; all closed, refused; nothing tested,
    granted or not held), ``not_held`` included: what the agency tested, it holds. A requester
    told one thing and handed another has not had the written notice the statute requires. A
    refusal with nothing tested is ``case.test.missing``'s.
    """
    notices = events.get(NoticeSent, [])
    if not notices:
        return
    derived = derived_outcome(case)
    for index, event in notices:
        if not isinstance(event, NoticeSent):
            continue
        try:
            doc = case.document(event.document)
        except KeyError:
            continue  # the loader refuses an unknown document id; nothing to compare
        said = event.outcome.value
        if event.outcome is NoticeOutcome.GRANTED and doc.refusal is not None:
            yield NOTICE_OUTCOME_MISMATCH(
                M.NOTICE_GRANTED_WITH_REFUSAL(said=said, document=doc.id),
                field=f"events[{index}].outcome",
            )
        elif derived.tested and not derived.allows(event.outcome):
            text, provision = outcome_contradiction(event.outcome, derived)
            yield NOTICE_OUTCOME_MISMATCH(
                text,
                field=f"events[{index}].outcome",
                basis=f"{NOTICE_OUTCOME_MISMATCH.basis}; {provision}",
            )


def check_test_dates(*, case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
    """``case.test.before_request`` (error): a Lembar of a request case that says it was made on
    the request (stage ``on_request``, or no stage) but is dated before the request arrived.

    PERKI 1/2021 Pasal 49 ayat (1) huruf b: a test on request is made when the request is there;
    one made before any request is stage ``before_request`` (huruf a) and says so.
    """
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return
    received = calendar.local_date(trigger.received_at)
    for i, sheet in enumerate(case.tests):
        if sheet.date is None or sheet.date >= received:
            continue
        if sheet.stage is not None and sheet.stage is not TestStage.ON_REQUEST:
            continue
        yield TEST_BEFORE_REQUEST(
            M.TEST_BEFORE_REQUEST(date=sheet.date.isoformat(), received=received.isoformat()),
            field=f"tests[{i}].date",
        )


def check_penetapan(
    *,
    case: Case,
    events: dict[type, list[tuple[int, object]]],
    trace: Trace,
    calendar: WorkingCalendar,
    agency: Agency | None = None,
    plan: CompiledSop | None = None,
) -> Iterable[Finding]:
    """``case.penetapan.missing`` (error): information withheld with no Penetapan RECORD setting
    the test's result.

    PERKI 1/2021 Pasal 49 ayat (4): the result of the consequence test is set by a Penetapan
    (the Keputusan/SK on the classification, Lampiran III; PP 61/2010 Pasal 3-4); Pasal 34 ayat
    (2): a refusal on an exemption ground goes with it; UU 14/2008 Pasal 19 and PERKI 1/2021
    Pasal 22 ayat (3): information is declared exempt only on that basis. The case shows its
    Penetapan as the structured record (``penetapan``), whose content the checker can read
    (Pasal 49 ayat (5); ``case.penetapan.incomplete`` in `instruments`). An ``exemption_declared``
    event is not one: it names a document, which `instruments` requires to be the Penetapan
    (``case.exemption.not_penetapan``). Required:

    - before a request is refused (or granted in part) on an item this case tested: the refusal
      rests on the classification. An item already exempt by an earlier Penetapan needs no new
      one: every exempting row has ``exempt_since`` BEFORE the request was received (a date on
      or after receipt, or in the future, is no earlier exemption);
    - at the end of a case whose tests closed an item: the round is over and the result was
      never set. An unfinished case is not judged on this yet.

    Where the SOP has no step that makes a Penetapan, the finding says that the case may comply
    with its SOP and still not with the PERKI.
    """
    if case.penetapan is not None:
        return
    exempting = [row for sheet in case.tests for row in sheet.rows if row.outcome.exempts]
    if not exempting:
        return
    later = _not_earlier(case, exempting, calendar)
    if later is None:
        return  # every item was exempt before: no new Penetapan is owed
    since = (
        M.PENETAPAN_NOT_EARLIER(dates=", ".join(sorted({d.isoformat() for d in later})))
        if later
        else Text("", "")
    )
    note = _penetapan_sop_note(agency, plan)
    for index, event in events.get(NoticeSent, []):
        if not isinstance(event, NoticeSent) or event.outcome not in _REFUSING:
            continue
        yield PENETAPAN_MISSING(
            M.PENETAPAN_MISSING_REFUSED(since=since, note=note),
            field=f"events[{index}]",
        )
        return
    if trace.ended:
        yield PENETAPAN_MISSING(
            M.PENETAPAN_MISSING_CLOSED(since=since, note=note),
            field="penetapan",
        )


def _not_earlier(
    case: Case, exempting: list[ConsequenceTest], calendar: WorkingCalendar
) -> list[dt.date] | None:
    """None when every exempting row was exempt before the case (before the request was
    received; in a periodic round, before its first record); else the 'exempt_since' dates
    written, none of which is an earlier exemption."""
    trigger = case.trigger
    before: dt.date | None
    if isinstance(trigger, RequestTrigger):
        before = calendar.local_date(trigger.received_at)
    else:
        # A periodic round: an exemption older than every record of the round.
        before = min(
            [calendar.local_date(e.at) for e in case.events]
            + [s.date for s in case.tests if s.date is not None],
            default=None,
        )
    if before is not None and all(
        row.exempt_since is not None and row.exempt_since < before for row in exempting
    ):
        return None
    return [row.exempt_since for row in exempting if row.exempt_since is not None]


def _penetapan_sop_note(agency: Agency | None, plan: CompiledSop | None) -> Text:
    return sop_note(agency, plan) or Text("", "")
