"""The checker's rules from the law: the statutory clock, the records, refusals, expiry.

Codes ``case.notice.*``, ``case.extension.*``, ``case.pause.*`` (UU 14/2008 Pasal 22 ayat (7)-(8);
PERKI 1/2021 Pasal 31-36), ``case.test.*`` (UU 14/2008 Pasal 19), ``case.approval.wrong_role``,
``case.refusal.*`` (UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35-36; PERKI 1/2021 Pasal 34),
``case.expiry.*`` (PP 61/2010 Pasal 11), and the records' own ``harm.*`` findings rooted in the
case. See docs/case.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ..calendar import WorkingCalendar, get_deadline
from ..findings import Finding, Severity
from ..harm import Outcome, TestStage, validate
from ..i18n import Text
from ._support import cited, finding, resolve, role_names, sheets_of
from .clock import RequestClock
from .flow import Trace
from .model import (
    Case,
    ExemptionDeclared,
    ExpiryDeclared,
    Extension,
    NoticeOutcome,
    NoticeSent,
    Paused,
    RequestTrigger,
    Resumed,
)
from .plan import SopPlan
from .settings import CheckSettings

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

PASAL_19 = "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3)"
REFUSAL_BASIS = (
    "UU 14/2008 Pasal 22 ayat (7) huruf c; "
    "PERKI 1/2021 Pasal 34 dan Lampiran (SK PPID tentang Penolakan)"
)
OBJECTION_BASIS = "UU 14/2008 Pasal 35 ayat (1) huruf a, Pasal 36 ayat (1)"
OBJECTION = get_deadline("objection")
EXPIRY = get_deadline("expiry_declaration")
_REFUSING = frozenset({NoticeOutcome.REFUSED, NoticeOutcome.PARTLY_GRANTED})


def check_statutory(
    other: dict[type, list[tuple[int, object]]],
    trace: Trace,
    clock: RequestClock | None,
    calendar: WorkingCalendar,
    settings: CheckSettings,
) -> Iterable[Finding]:
    if clock is None:
        # A periodic round has no requester and no statutory notice clock.
        for index, event in sorted(
            other.get(Extension, []) + other.get(Paused, []) + other.get(Resumed, []),
            key=lambda pair: pair[0],
        ):
            if isinstance(event, Extension):
                yield finding(
                    "case.extension.not_request",
                    W,
                    Text(
                        "Perpanjangan dicatat pada kasus berkala: tidak ada permintaan yang "
                        "jangka waktunya dapat diperpanjang",
                        "An extension is recorded in a periodic case: there is no request "
                        "whose period could be extended",
                    ),
                    "UU 14/2008 Pasal 22 ayat (8)",
                    f"events[{index}]",
                )
            elif isinstance(event, Paused | Resumed):
                yield finding(
                    "case.pause.not_request",
                    W,
                    Text(
                        "Penundaan dicatat pada kasus berkala: tidak ada permintaan untuk "
                        "dilengkapi",
                        "A pause is recorded in a periodic case: there is no request to complete",
                    ),
                    "PERKI 1/2021 Pasal 33",
                    f"events[{index}]",
                )
        return
    yield from clock.findings
    if clock.notice is not None:
        return
    if trace.ended:
        yield finding(
            "case.notice.missing",
            E,
            Text(
                "Prosedur selesai tanpa pemberitahuan tertulis kepada pemohon",
                "The procedure ended without a written notice to the requester",
            ),
            "UU 14/2008 Pasal 22 ayat (7)",
            "events",
        )
    elif (
        settings.at is not None
        and clock.due is not None
        and calendar.local_date(settings.at) > clock.due
    ):
        yield finding(
            "case.notice.overdue",
            E,
            Text(
                f"Pemberitahuan tertulis belum dikirim dan batas waktunya "
                f"({clock.due.isoformat()}) sudah lewat",
                f"The written notice has not been sent and its deadline "
                f"({clock.due.isoformat()}) has passed",
            ),
            "UU 14/2008 Pasal 22 ayat (7)-(8)",
            "events",
        )


def _prefixed(findings: Iterable[Finding], prefix: str) -> Iterable[Finding]:
    for f in findings:
        field = prefix if not f.field else f"{prefix}.{f.field}"
        yield attrs.evolve(f, field=field)


def check_records(
    case: Case,
    other: dict[type, list[tuple[int, object]]],
    plan: SopPlan,
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
            yield finding(
                "case.approval.wrong_role",
                E,
                Text(
                    f"Pengujian disetujui oleh {approval.name} ({approval.role.value}); menurut "
                    f"SOP {plan.sop.number} yang menyetujui: {role_names(plan.approvers, 'id')}",
                    f"The test was approved by {approval.name} ({approval.role.value}); by SOP "
                    f"{plan.sop.number} it is approved by: {role_names(plan.approvers, 'en')}",
                ),
                (plan.label(approving) + "; " if approving is not None else "")
                + "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e",
                f"{path}.approval.role",
                approving,
            )

    # Pasal 19: the test comes before the exemption is declared or used to refuse.
    exempting = [
        (path, sheet) for path, sheet in sheets if any(row.outcome.exempts for row in sheet.rows)
    ]
    for index, event in sorted(
        other.get(ExemptionDeclared, []) + other.get(NoticeSent, []), key=lambda pair: pair[0]
    ):
        if isinstance(event, ExemptionDeclared):
            what = Text("pengecualian dinyatakan", "the exemption was declared")
        elif isinstance(event, NoticeSent) and event.outcome in _REFUSING:
            what = Text("permintaan ditolak", "the request was refused")
        else:
            continue
        day = calendar.local_date(event.at)
        if not exempting:
            yield finding(
                "case.test.missing",
                E,
                Text(
                    f"Pada {day.isoformat()} {what.id}, tetapi kasus tidak memuat pengujian "
                    "konsekuensi yang mengecualikan informasi",
                    f"On {day.isoformat()} {what.en}, but the case holds no consequence test "
                    "that exempts the information",
                ),
                PASAL_19,
                f"events[{index}]",
            )
            continue
        dated = [s.date for _, s in exempting if s.date is not None]
        if dated and min(dated) > day:
            yield finding(
                "case.test.after_exemption",
                E,
                Text(
                    f"Pengujian konsekuensi bertanggal {min(dated).isoformat()}, setelah "
                    f"{what.id} pada {day.isoformat()}: pengujian wajib dilakukan sebelumnya",
                    f"The consequence test is dated {min(dated).isoformat()}, after "
                    f"{what.en} on {day.isoformat()}: the test must come first",
                ),
                PASAL_19,
                f"events[{index}].at",
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


def check_refusals(case: Case, other: dict[type, list[tuple[int, object]]]) -> Iterable[Finding]:
    notices = other.get(NoticeSent, [])
    if not notices:
        return
    docs = {d.id: (j, d) for j, d in enumerate(case.documents)}
    tested: set[str] | None = None
    for index, event in notices:
        if not isinstance(event, NoticeSent) or event.outcome not in _REFUSING:
            continue
        j, doc = docs[event.document]
        letter = doc.refusal
        where = f"documents[{j}].refusal"
        if letter is None:
            yield finding(
                "case.refusal.no_letter",
                E,
                Text(
                    f"Permintaan ditolak dengan dokumen {doc.id!r} yang tidak memuat isi surat "
                    "keputusan penolakan (dasar pengecualian, konsekuensi, hak keberatan)",
                    f"The request was refused with document {doc.id!r}, which does not carry a "
                    "refusal decision (ground, consequence, right to object)",
                ),
                REFUSAL_BASIS,
                f"events[{index}].document",
            )
            continue
        if not letter.grounds:
            yield finding(
                "case.refusal.no_ground",
                E,
                Text(
                    "Surat penolakan tidak menyebut dasar pengecualian (Pasal 17 UU 14/2008)",
                    "The refusal letter names no ground of exemption (UU 14/2008 Pasal 17)",
                ),
                REFUSAL_BASIS,
                f"{where}.grounds",
            )
        for g, text in enumerate(letter.grounds):
            citations = cited(text)
            if citations is None:
                yield finding(
                    "case.refusal.ground_unreadable",
                    E,
                    Text(
                        f"Dasar pengecualian {text!r} tidak menyebut alasan Pasal 17 yang ada",
                        f"The ground {text!r} does not name an existing ground of Pasal 17",
                    ),
                    REFUSAL_BASIS,
                    f"{where}.grounds[{g}]",
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
                    yield finding(
                        "case.refusal.ground_not_tested",
                        E,
                        Text(
                            f"Surat penolakan memakai Pasal 17 huruf {code} yang tidak diuji "
                            "dalam pengujian konsekuensi kasus ini",
                            f"The refusal relies on Pasal 17 ({code}), which no consequence test "
                            "of this case examined",
                        ),
                        PASAL_19,
                        f"{where}.grounds[{g}]",
                    )
        if not (letter.consequence or "").strip():
            yield finding(
                "case.refusal.no_consequence",
                E,
                Text(
                    "Surat penolakan tidak menyebut konsekuensi yang timbul apabila informasi "
                    "dibuka",
                    "The refusal letter does not state the consequence of opening the information",
                ),
                REFUSAL_BASIS + "; UU 14/2008 Pasal 2 ayat (4)",
                f"{where}.consequence",
            )
        if letter.objection_days is None:
            yield finding(
                "case.refusal.no_objection_notice",
                E,
                Text(
                    "Surat penolakan tidak memberitahukan hak mengajukan keberatan kepada "
                    "Atasan PPID dalam 30 hari kerja",
                    "The refusal letter does not tell the requester of the right to object to "
                    "the PPID's superior within 30 working days",
                ),
                OBJECTION_BASIS + "; " + REFUSAL_BASIS,
                f"{where}.objection_days",
            )
        elif letter.objection_days < OBJECTION.amount:
            yield finding(
                "case.refusal.objection_period",
                E,
                Text(
                    f"Surat penolakan memberi {letter.objection_days} hari kerja untuk "
                    "keberatan; undang-undang memberi 30 hari kerja",
                    f"The refusal letter gives {letter.objection_days} working days to object; "
                    "the statute gives 30",
                ),
                OBJECTION_BASIS,
                f"{where}.objection_days",
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
            yield finding(
                "case.refusal.incomplete",
                W,
                Text(
                    f"Surat penolakan tidak memuat: {', '.join(missing)}",
                    f"The refusal letter lacks: {', '.join(missing)}",
                ),
                "PERKI 1/2021 Lampiran (SK PPID tentang Penolakan Permintaan Informasi)",
                f"{where}.{missing[0]}",
            )


def check_expiry(
    case: Case, other: dict[type, list[tuple[int, object]]], calendar: WorkingCalendar
) -> Iterable[Finding]:
    for index, event in other.get(ExpiryDeclared, []):
        if not isinstance(event, ExpiryDeclared):
            continue
        row = resolve(case, event.item)
        ends = event.expires_on
        if row is not None and row.period is not None:
            start = _start_of(case, event.item)
            computed = row.period.ends_on(start) if start is not None else None
            if computed is not None and computed != ends:
                yield finding(
                    "case.expiry.date_mismatch",
                    W,
                    Text(
                        f"Penetapan menyebut jangka waktu berakhir {ends.isoformat()}, tetapi "
                        f"pengujian menetapkannya {computed.isoformat()}",
                        f"The declaration says the period ends on {ends.isoformat()}, but the "
                        f"test set it to end on {computed.isoformat()}",
                    ),
                    "PP 61/2010 Pasal 11",
                    f"events[{index}].expires_on",
                )
                ends = computed
        latest = EXPIRY.due(ends, calendar)
        declared = calendar.local_date(event.at)
        if declared > latest:
            left = calendar.working_days_between(declared, ends)
            yield finding(
                "case.expiry.late",
                E,
                Text(
                    f"Informasi yang jangka waktu pengecualiannya berakhir {ends.isoformat()} "
                    f"dinyatakan terbuka pada {declared.isoformat()}, {left} hari kerja "
                    f"sebelumnya; paling lambat {latest.isoformat()} (30 hari kerja sebelumnya)",
                    f"Information whose exemption ends on {ends.isoformat()} was declared open "
                    f"on {declared.isoformat()}, {left} working day(s) before; the latest day "
                    f"was {latest.isoformat()} (30 working days before)",
                ),
                EXPIRY.basis,
                f"events[{index}].at",
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

PENETAPAN_BASIS = "PERKI 1/2021 Pasal 49 ayat (4); UU 14/2008 Pasal 19"
NOTICE_BASIS = "UU 14/2008 Pasal 22 ayat (7)"
ON_REQUEST_BASIS = "PERKI 1/2021 Pasal 49 ayat (1) huruf b"


def check_notice_outcomes(
    case: Case, other: dict[type, list[tuple[int, object]]]
) -> Iterable[Finding]:
    """The outcome a notice states must match its document and the tests' outcomes.

    ``case.notice.outcome_mismatch`` (error, UU 14/2008 Pasal 22 ayat (7)): a notice that says
    ``granted`` while its document is a refusal letter, or while every item the case tested was
    closed; a notice that says ``refused`` while every tested item was opened. A requester told
    one thing and handed another has not had the written notice the statute requires.
    """
    notices = other.get(NoticeSent, [])
    if not notices:
        return
    outcomes = [row.outcome for sheet in case.tests for row in sheet.rows]
    all_closed = bool(outcomes) and all(o is Outcome.CLOSED for o in outcomes)
    all_open = bool(outcomes) and not any(o.exempts for o in outcomes)
    for index, event in notices:
        if not isinstance(event, NoticeSent):
            continue
        try:
            doc = case.document(event.document)
        except KeyError:
            continue  # the loader refuses an unknown document id; nothing to compare
        said = event.outcome.value
        if event.outcome is NoticeOutcome.GRANTED and doc.refusal is not None:
            yield finding(
                "case.notice.outcome_mismatch",
                E,
                Text(
                    f"Pemberitahuan menyatakan permintaan diterima ({said}), tetapi dokumennya "
                    f"{doc.id!r} adalah surat keputusan penolakan",
                    f"The notice says the request was granted ({said}), but its document "
                    f"{doc.id!r} is a refusal letter",
                ),
                NOTICE_BASIS,
                f"events[{index}].outcome",
            )
        elif event.outcome is NoticeOutcome.GRANTED and all_closed:
            yield finding(
                "case.notice.outcome_mismatch",
                E,
                Text(
                    f"Pemberitahuan menyatakan permintaan diterima ({said}), tetapi setiap "
                    "informasi yang diuji dalam kasus ini dinyatakan tertutup",
                    f"The notice says the request was granted ({said}), but every item this "
                    "case tested was closed",
                ),
                NOTICE_BASIS + "; UU 14/2008 Pasal 19",
                f"events[{index}].outcome",
            )
        elif event.outcome in _REFUSING and all_open:
            yield finding(
                "case.notice.outcome_mismatch",
                E,
                Text(
                    f"Pemberitahuan menyatakan permintaan ditolak ({said}), tetapi setiap "
                    "informasi yang diuji dalam kasus ini dinyatakan terbuka",
                    f"The notice says the request was refused ({said}), but every item this "
                    "case tested was opened",
                ),
                NOTICE_BASIS + "; UU 14/2008 Pasal 2 ayat (1)",
                f"events[{index}].outcome",
            )


def check_test_dates(case: Case, calendar: WorkingCalendar) -> Iterable[Finding]:
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
        yield finding(
            "case.test.before_request",
            E,
            Text(
                f"Lembar pengujian konsekuensi atas permintaan bertanggal "
                f"{sheet.date.isoformat()}, sebelum permintaan diterima pada "
                f"{received.isoformat()}",
                f"The consequence test on request is dated {sheet.date.isoformat()}, before "
                f"the request was received on {received.isoformat()}",
            ),
            ON_REQUEST_BASIS,
            f"tests[{i}].date",
        )


def check_penetapan(
    case: Case, other: dict[type, list[tuple[int, object]]], closed: bool
) -> Iterable[Finding]:
    """``case.penetapan.missing`` (error): information withheld with no Penetapan setting the
    test's result.

    PERKI 1/2021 Pasal 49 ayat (4): the result of the consequence test is set by a Penetapan
    (the Keputusan/SK on the classification, Lampiran III); UU 14/2008 Pasal 19 and PERKI 1/2021
    Pasal 22 ayat (3): information is declared exempt only on that basis. A case shows its
    Penetapan either as the structured record (``penetapan``) or as the document of an
    ``exemption_declared`` event (which names the Penetapan or SK that declares it). Required:

    - before a request is refused (or granted in part) on an item this case tested: the refusal
      rests on the classification, which must exist by then. An item already exempt by an
      earlier Penetapan (``exempt_since`` on every exempting row) needs no new one;
    - at the end of a case whose tests closed an item: the round is over and the result was
      never set. An unfinished case is not judged on this yet.
    """
    if case.penetapan is not None:
        return
    exempting = [row for sheet in case.tests for row in sheet.rows if row.outcome.exempts]
    if not exempting or all(row.exempt_since is not None for row in exempting):
        return
    declared = sorted(index for index, _ in other.get(ExemptionDeclared, []))
    for index, event in other.get(NoticeSent, []):
        if not isinstance(event, NoticeSent) or event.outcome not in _REFUSING:
            continue
        if declared and declared[0] < index:
            continue
        yield finding(
            "case.penetapan.missing",
            E,
            Text(
                "Permintaan ditolak sebelum hasil pengujian konsekuensi ditetapkan: tidak ada "
                "Penetapan (rekaman 'penetapan' atau peristiwa 'exemption_declared') sebelum "
                "pemberitahuan ini",
                "The request was refused before the result of the consequence test was set: "
                "no Penetapan (a 'penetapan' record or an 'exemption_declared' event) comes "
                "before this notice",
            ),
            PENETAPAN_BASIS,
            f"events[{index}]",
        )
        return
    if closed and not declared:
        yield finding(
            "case.penetapan.missing",
            E,
            Text(
                "Kasus selesai dan pengujian menutup informasi, tetapi hasilnya tidak pernah "
                "ditetapkan: tidak ada 'penetapan' dan tidak ada peristiwa 'exemption_declared'",
                "The case is closed and its tests closed information, but the result was never "
                "set: no 'penetapan' and no 'exemption_declared' event",
            ),
            PENETAPAN_BASIS,
            "penetapan",
        )
