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
from ..harm import validate
from ..i18n import Text
from ._support import CheckSettings, cited, finding, resolve, role_names, sheets_of
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
    Resumed,
)
from .plan import SopPlan

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

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
            for citation in citations:
                code = citation.ground.code
                if code not in tested and not (
                    citation.whole_letter and citation.ground.letter in tested
                ):
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
