"""The one rule of the fictional Kabupaten Contoh that its data cannot say.

Everything else about the agency is data, in this package's directory: agency.json (identity,
WIT zone, the regency's day off, documents, letterhead, renderings) and sop.json, registered by
the entry point ``contoh`` of group ``uji_konsekuensi.agencies``. This module, entry point
``contoh`` of group ``uji_konsekuensi``, adds the agency's own compliance rule: a (fictional)
Peraturan Bupati promises the written notice within 7 hari kerja of receipt, sooner than the 10
of UU 14/2008 Pasal 22 ayat (7). No JSON field says "a notice within N days of receipt", so the
rule is Python; it reports codes of its own namespace (``contoh.*``), declared once in `CODES`,
and every report names it with its plugin and distribution (docs/plugins.md, "When Python is
needed").
"""

from __future__ import annotations

import datetime as dt

from uji_konsekuensi.calendar import WorkingCalendar
from uji_konsekuensi.case.clock import RequestClock
from uji_konsekuensi.findings import Finding, FindingCode, Severity, code_table
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.rules import ComplianceRule

CODE = "contoh"

#: The (fictional) regulation the rule enforces.
BASIS = (
    "Peraturan Bupati Contoh Nomor 5 Tahun 2024 tentang Standar Layanan Informasi Publik "
    "Pasal 6 ayat (1) (fiktif)"
)

#: Working days from receipt to the written notice, by the Perbup.
DAYS = 7

CODES = code_table(
    FindingCode(
        code="contoh.pemberitahuan.lambat",
        severity=Severity.ERROR,
        basis=BASIS,
        title=Text(
            id="pemberitahuan tertulis lewat dari 7 hari kerja sejak permohonan diterima",
            en="the written notice came more than 7 working days after the request arrived",
        ),
    ),
)


def notice_within_seven_days(
    *, clock: RequestClock | None, calendar: WorkingCalendar
) -> tuple[Finding, ...]:
    """The notice is sent by the 7th hari kerja after the day of receipt (day 0), counted on
    the agency's calendar (its own day off included). A request the PPID paused for the
    requester (PERKI 1/2021 Pasal 33) or extended (UU 14/2008 Pasal 22 ayat (8)) is left to the
    statute's clock, which the Perbup keeps for those."""
    if clock is None or clock.notice is None or clock.pauses or clock.extension is not None:
        return ()
    due: dt.date = calendar.add_working_days(clock.received, DAYS)
    sent = calendar.local_date(clock.notice.at)
    if sent <= due:
        return ()
    late = calendar.working_days_between(due, sent)
    return (
        CODES["contoh.pemberitahuan.lambat"](
            Text(
                id=f"pemberitahuan tertulis pada {sent.isoformat()}, batas Perbup "
                f"{due.isoformat()} ({DAYS} hari kerja sejak {clock.received.isoformat()}); "
                f"terlambat {late} hari kerja",
                en=f"written notice on {sent.isoformat()}, the Perbup's limit {due.isoformat()} "
                f"({DAYS} working days from {clock.received.isoformat()}); {late} working days "
                "late",
            ),
            field=f"events[{clock.notice_index}].at",
        ),
    )


RULE = ComplianceRule(
    code="contoh.pemberitahuan",
    description=Text(
        id="pemberitahuan tertulis paling lambat 7 hari kerja sejak permohonan diterima",
        en="the written notice within 7 working days of receipt",
    ),
    check=notice_within_seven_days,
    basis=BASIS,
    codes=tuple(CODES),
)


@hookimpl
def uji_compliance_rules(agency_code: str) -> list[ComplianceRule] | None:
    if agency_code != CODE:
        return None
    return [RULE]
