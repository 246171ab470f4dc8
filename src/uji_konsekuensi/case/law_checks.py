"""The checker's rules from the law: the statutory clock, the records, refusals, expiry.

Codes ``case.notice.*``, ``case.extension.*``, ``case.pause.*`` (UU 14/2008 Pasal 22 ayat (7)-(8);
PERKI 1/2021 Pasal 31-36), ``case.test.*`` (UU 14/2008 Pasal 19), ``case.approval.wrong_role``,
``case.refusal.*`` (UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35-36; PERKI 1/2021 Pasal 34),
``case.expiry.*`` (PP 61/2010 Pasal 11), declared in ``codes``; and the records' own ``harm.*``
findings rooted in the case. See docs/case.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ..agency import Agency
from ..calendar import BeyondCalendarError, WorkingCalendar, get_deadline
from ..findings import Finding
from ..harm import TestStage, validate
from ..i18n import Text
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
                yield EXTENSION_NOT_REQUEST(
                    Text(
                        "Perpanjangan dicatat pada kasus berkala: tidak ada permintaan yang "
                        "jangka waktunya dapat diperpanjang",
                        "An extension is recorded in a periodic case: there is no request "
                        "whose period could be extended",
                    ),
                    field=f"events[{index}]",
                )
            elif isinstance(event, Paused | Resumed):
                yield PAUSE_NOT_REQUEST(
                    Text(
                        "Penundaan dicatat pada kasus berkala: tidak ada permintaan untuk "
                        "dilengkapi",
                        "A pause is recorded in a periodic case: there is no request to complete",
                    ),
                    field=f"events[{index}]",
                )
        return
    yield from clock.findings
    if clock.notice is not None:
        return
    if trace.ended:
        yield NOTICE_MISSING(
            Text(
                "Prosedur selesai tanpa pemberitahuan tertulis kepada pemohon",
                "The procedure ended without a written notice to the requester",
            ),
            field="events",
        )
    elif (
        settings.at is not None
        and clock.due is not None
        and calendar.local_date(settings.at) > clock.due
    ):
        yield NOTICE_OVERDUE(
            Text(
                f"Pemberitahuan tertulis belum dikirim dan batas waktunya "
                f"({clock.due.isoformat()}) sudah lewat",
                f"The written notice has not been sent and its deadline "
                f"({clock.due.isoformat()}) has passed",
            ),
            field="events",
        )


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
    harm_settings = settings.harm
    if settings.validate_records:
        for i, sheet in enumerate(case.tests):
            yield from _prefixed(validate(sheet, harm_settings), f"tests[{i}]")
        if case.penetapan is not None:
            yield from _prefixed(validate(case.penetapan, harm_settings), "penetapan")

    sheets = sheets_of(case)
    approving = plan.approving_steps[-1] if plan.approving_steps else None
    for path, sheet in sheets:
        approval = sheet.approval
        if approval is None:
            continue  # harm.approval.missing says so
        if approval.role not in plan.approvers:
            yield APPROVAL_WRONG_ROLE(
                Text(
                    f"Pengujian disetujui oleh {approval.name} ({approval.role.value}); menurut "
                    f"SOP {plan.sop.number} yang menyetujui: {role_names(plan.approvers, 'id')}",
                    f"The test was approved by {approval.name} ({approval.role.value}); by SOP "
                    f"{plan.sop.number} it is approved by: {role_names(plan.approvers, 'en')}",
                ),
                field=f"{path}.approval.role",
                step=approving,
                basis=(plan.label(approving) + "; " if approving is not None else "")
                + "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e",
            )

    # Pasal 19: the test comes before the exemption is declared or used to refuse.
    exempting = [
        (path, sheet) for path, sheet in sheets if any(row.outcome.exempts for row in sheet.rows)
    ]
    for index, event in sorted(
        events.get(ExemptionDeclared, ()) + events.get(NoticeSent, ()), key=lambda pair: pair[0]
    ):
        if isinstance(event, ExemptionDeclared):
            what = Text("pengecualian dinyatakan", "the exemption was declared")
        elif isinstance(event, NoticeSent) and event.outcome in _REFUSING:
            what = Text("permintaan ditolak", "the request was refused")
        else:
            continue
        day = calendar.local_date(event.at)
        if not exempting:
            yield TEST_MISSING(
                Text(
                    f"Pada {day.isoformat()} {what.id}, tetapi kasus tidak memuat pengujian "
                    "konsekuensi yang mengecualikan informasi",
                    f"On {day.isoformat()} {what.en}, but the case holds no consequence test "
                    "that exempts the information",
                ),
                field=f"events[{index}]",
            )
            continue
        dated = [s.date for _, s in exempting if s.date is not None]
        if dated and min(dated) > day:
            yield TEST_AFTER_EXEMPTION(
                Text(
                    f"Pengujian konsekuensi bertanggal {min(dated).isoformat()}, setelah "
                    f"{what.id} pada {day.isoformat()}: pengujian wajib dilakukan sebelumnya",
                    f"The consequence test is dated {min(dated).isoformat()}, after "
                    f"{what.en} on {day.isoformat()}: the test must come first",
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
    notices = events.get(NoticeSent, ())
    if not notices:
        return
    docs = {d.id: (j, d) for j, d in enumerate(case.documents)}
    tested: set[str] | None = None
    # A notice withholds by what it says or by what the tests say: "granted" while an item was
    # closed is a refusal in part, whose letter the law governs too (Pasal 22 ayat (7) huruf c).
    derived = derived_outcome(case)
    for index, event in notices:
        if not isinstance(event, NoticeSent) or not notice_withholds(event, derived):
            continue
        j, doc = docs[event.document]
        letter = doc.refusal
        where = f"documents[{j}].refusal"
        if letter is None:
            yield REFUSAL_NO_LETTER(
                Text(
                    f"Permintaan ditolak dengan dokumen {doc.id!r} yang tidak memuat isi surat "
                    "keputusan penolakan (dasar pengecualian, konsekuensi, hak keberatan)",
                    f"The request was refused with document {doc.id!r}, which does not carry a "
                    "refusal decision (ground, consequence, right to object)",
                ),
                field=f"events[{index}].document",
            )
            continue
        if not letter.grounds:
            yield REFUSAL_NO_GROUND(
                Text(
                    "Surat penolakan tidak menyebut dasar pengecualian (Pasal 17 UU 14/2008)",
                    "The refusal letter names no ground of exemption (UU 14/2008 Pasal 17)",
                ),
                field=f"{where}.grounds",
            )
        for g, text in enumerate(letter.grounds):
            citations = cited(text)
            if citations is None:
                yield REFUSAL_GROUND_UNREADABLE(
                    Text(
                        f"Dasar pengecualian {text!r} tidak menyebut alasan Pasal 17 yang ada",
                        f"The ground {text!r} does not name an existing ground of Pasal 17",
                    ),
                    field=f"{where}.grounds[{g}]",
                )
                continue
            if tested is None:
                tested = _tested_grounds(case)
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
                    yield REFUSAL_GROUND_NOT_TESTED(
                        Text(
                            f"Surat penolakan memakai Pasal 17 huruf {code} yang tidak diuji "
                            "dalam pengujian konsekuensi kasus ini",
                            f"The refusal relies on Pasal 17 ({code}), which no consequence test "
                            "of this case examined",
                        ),
                        field=f"{where}.grounds[{g}]",
                    )
        if not (letter.consequence or "").strip():
            yield REFUSAL_NO_CONSEQUENCE(
                Text(
                    "Surat penolakan tidak menyebut konsekuensi yang timbul apabila informasi "
                    "dibuka",
                    "The refusal letter does not state the consequence of opening the information",
                ),
                field=f"{where}.consequence",
            )
        if letter.objection_days is None:
            yield REFUSAL_NO_OBJECTION_NOTICE(
                Text(
                    "Surat penolakan tidak memberitahukan hak mengajukan keberatan kepada "
                    "Atasan PPID dalam 30 hari kerja",
                    "The refusal letter does not tell the requester of the right to object to "
                    "the PPID's superior within 30 working days",
                ),
                field=f"{where}.objection_days",
            )
        elif letter.objection_days < OBJECTION.amount:
            yield REFUSAL_OBJECTION_PERIOD(
                Text(
                    f"Surat penolakan memberi {letter.objection_days} hari kerja untuk "
                    "keberatan; undang-undang memberi 30 hari kerja",
                    f"The refusal letter gives {letter.objection_days} working days to object; "
                    "the statute gives 30",
                ),
                field=f"{where}.objection_days",
            )
        missing = [
            name
            for name, value in (
                ("registration_number", letter.registration_number),
                ("requester_name", letter.requester_name),
                ("information", letter.information),
                ("objection_to", letter.objection_to),
            )
            if not (value or "").strip()
        ]
        if letter.signed_by is None:
            missing.append("signed_by")
        if missing:
            yield REFUSAL_INCOMPLETE(
                Text(
                    f"Surat penolakan tidak memuat: {', '.join(missing)}",
                    f"The refusal letter lacks: {', '.join(missing)}",
                ),
                field=f"{where}.{missing[0]}",
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
                    Text(
                        f"Penetapan menyebut jangka waktu berakhir {ends.isoformat()}, tetapi "
                        f"pengujian menetapkannya {computed.isoformat()}",
                        f"The declaration says the period ends on {ends.isoformat()}, but the "
                        f"test set it to end on {computed.isoformat()}",
                    ),
                    field=f"events[{index}].expires_on",
                )
                ends = computed
        try:
            latest = EXPIRY.due(ends, calendar)
        except BeyondCalendarError as exc:
            # An end in the first weeks of 1946: 30 hari kerja before it is in 1945.
            yield beyond_calendar(
                EXPIRY_BEYOND_CALENDAR,
                Text(
                    f"Hari terakhir untuk menyatakan informasi terbuka (30 hari kerja sebelum "
                    f"{ends.isoformat()})",
                    f"The last day to declare the information open (30 working days before "
                    f"{ends.isoformat()})",
                ),
                exc,
                field=f"events[{index}].expires_on",
                basis=EXPIRY_LATE.basis,
            )
            continue
        declared = calendar.local_date(event.at)
        if declared > latest:
            left = calendar.working_days_between(declared, ends)
            yield EXPIRY_LATE(
                Text(
                    f"Informasi yang jangka waktu pengecualiannya berakhir {ends.isoformat()} "
                    f"dinyatakan terbuka pada {declared.isoformat()}, {left} hari kerja "
                    f"sebelumnya; paling lambat {latest.isoformat()} (30 hari kerja sebelumnya)",
                    f"Information whose exemption ends on {ends.isoformat()} was declared open "
                    f"on {declared.isoformat()}, {left} working day(s) before; the latest day "
                    f"was {latest.isoformat()} (30 working days before)",
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
                Text(
                    f"Pemberitahuan menyatakan permintaan diterima ({said}), tetapi dokumennya "
                    f"{doc.id!r} adalah surat keputusan penolakan",
                    f"The notice says the request was granted ({said}), but its document "
                    f"{doc.id!r} is a refusal letter",
                ),
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
            Text(
                f"Lembar pengujian konsekuensi atas permintaan bertanggal "
                f"{sheet.date.isoformat()}, sebelum permintaan diterima pada "
                f"{received.isoformat()}",
                f"The consequence test on request is dated {sheet.date.isoformat()}, before "
                f"the request was received on {received.isoformat()}",
            ),
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
    trigger = case.trigger
    if isinstance(trigger, RequestTrigger):
        received = calendar.local_date(trigger.received_at)
        if all(row.exempt_since is not None and row.exempt_since < received for row in exempting):
            return
        later = [row.exempt_since for row in exempting if row.exempt_since is not None]
    else:
        # A periodic round: an exemption older than every record of the round.
        first = min(
            [calendar.local_date(e.at) for e in case.events]
            + [s.date for s in case.tests if s.date is not None],
            default=None,
        )
        if first is not None and all(
            row.exempt_since is not None and row.exempt_since < first for row in exempting
        ):
            return
        later = [row.exempt_since for row in exempting if row.exempt_since is not None]
    since = (
        Text(
            f" Tanggal 'exempt_since' ({', '.join(sorted({d.isoformat() for d in later}))}) "
            "tidak mendahului permintaan, jadi bukan pengecualian yang lebih dahulu.",
            f" The 'exempt_since' dates ({', '.join(sorted({d.isoformat() for d in later}))}) "
            "do not precede the request, so they are no earlier exemption.",
        )
        if later
        else Text("", "")
    )
    note = _penetapan_sop_note(agency, plan)
    for index, event in events.get(NoticeSent, []):
        if not isinstance(event, NoticeSent) or event.outcome not in _REFUSING:
            continue
        yield PENETAPAN_MISSING(
            Text(
                "Permintaan ditolak tanpa Penetapan hasil pengujian konsekuensi: kasus tidak "
                "memuat rekaman 'penetapan' (dokumen yang ditunjuk peristiwa "
                "'exemption_declared' bukan Penetapan)." + since.id + note.id,
                "The request was refused with no Penetapan setting the result of the "
                "consequence test: the case holds no 'penetapan' record (a document an "
                "'exemption_declared' event points at is not one)." + since.en + note.en,
            ),
            field=f"events[{index}]",
        )
        return
    if trace.ended:
        yield PENETAPAN_MISSING(
            Text(
                "Kasus selesai dan pengujian menutup informasi, tetapi hasilnya tidak pernah "
                "ditetapkan: kasus tidak memuat rekaman 'penetapan'." + since.id + note.id,
                "The case is closed and its tests closed information, but the result was never "
                "set: the case holds no 'penetapan' record." + since.en + note.en,
            ),
            field="penetapan",
        )


def _penetapan_sop_note(agency: Agency | None, plan: CompiledSop | None) -> Text:
    return sop_note(agency, plan) or Text("", "")
