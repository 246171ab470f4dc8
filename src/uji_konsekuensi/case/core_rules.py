"""The core's compliance rules, declared once: the one place that shows them and their order.

`check_case` runs these itself, for every case; they are not collected through a hook, so no
plugin can unregister, block, reorder or replace a rule of the statute or of a regulation
(docs/architecture.md, "Adding a rule"; docs/plugins.md, "What a plugin cannot do").
`rules_to_run` in `check` gives the whole order: `STATUTORY_RULES` first (before any plugin's
code runs on the case), then `SOP_RULES` (each in its place unless the agency's plugin gave its
own reading of it), then the agency's own rules.

Each rule's check is a function of `sop_checks` (what the agency's SOP says) or `law_checks` and
the modules beside it (what the statute and the regulations say), taking the checker's context
by keyword (``case``, ``plan``, ``trace``, ``clock``, ``calendar``, ``settings``, ``events``; see
`check_case`), exactly as an agency's check does. ``replaceable``: the rules that read the
agency's own SOP (`uji_konsekuensi.rules.REPLACEABLE_RULES`), which an agency may read its own way
(``ComplianceRule(replaces="core.times", ...)``). ``origin`` says what each rule enforces, for the
report: ``sop``, ``statute`` (UU 14/2008) or ``regulation`` (PP 61/2010, PERKI 1/2021).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding
from ..rules import ComplianceRule, core_rule
from .act_order import ACT_ORDER_RULES
from .consistency import CONSISTENCY_RULES
from .flow import Trace
from .formalities import FORMALITY_RULES
from .instruments import INSTRUMENT_RULES
from .integrity import INTEGRITY_RULES
from .law_checks import (
    check_expiry,
    check_notice_outcomes,
    check_penetapan,
    check_records,
    check_refusals,
    check_statutory,
    check_test_dates,
)
from .national_calendar import NATIONAL_CALENDAR_RULES
from .offices import OFFICE_RULES
from .references import REFERENCE_RULES
from .sop_checks import check_actors, check_documents, check_times, check_trigger


def check_order(*, trace: Trace) -> Iterable[Finding]:
    """What the walk of the log through the SOP's flowchart found (`flow.replay`, which every
    rule shares as ``trace``)."""
    return trace.findings


_SOP = "SOP instansi (PermenPAN-RB 35/2012)"

#: The core's rules, in the order they run.
CORE_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.order",
        check_order,
        f"{_SOP}: diagram alir",
        (
            "langkah dijalankan menurut alur SOP, dicatat berurutan",
            "steps run in the order of the SOP's flowchart, logged in order",
        ),
        (
            "case.log.not_chronological case.order.skipped case.order.out_of_order "
            "case.order.before_predecessor case.order.not_started case.order.after_end "
            "case.decision.no_branch case.decision.branch_on_process case.loop.outside_sop "
            "case.loop.no_reason"
        ),
        origin="sop",
    ),
    core_rule(
        "core.trigger",
        check_trigger,
        f"{_SOP}; PERKI 1/2021 Pasal 49 ayat (1)",
        (
            "kasus permohonan berjalan pada SOP permohonan, kasus berkala pada SOP berkala",
            "a request case runs a request SOP, a periodic case a periodic SOP",
        ),
        "case.trigger.mismatch",
        origin="sop",
    ),
    core_rule(
        "core.actors",
        check_actors,
        f"{_SOP}: pelaksana",
        (
            "setiap langkah dijalankan oleh pelaksana yang ditunjuk SOP",
            "each step is run by an actor of its lanes",
        ),
        "case.actor.wrong_role",
        origin="sop",
    ),
    core_rule(
        "core.documents",
        check_documents,
        f"{_SOP}: mutu baku (kelengkapan, output)",
        (
            "setiap langkah memiliki kelengkapan dan menghasilkan output menurut SOP",
            "each step has its kelengkapan and produces its output",
        ),
        "case.input.missing case.output.missing case.document.dated_after_use",
        origin="sop",
    ),
    core_rule(
        "core.times",
        check_times,
        f"{_SOP}: mutu baku (waktu)",
        (
            "setiap langkah selesai dalam waktu SOP, pada hari dan jam kerja bila diminta",
            "each step completes within its waktu, in office hours where the SOP says so",
        ),
        "case.time.late case.time.outside_office_hours case.time.overdue case.time.beyond_calendar",
        origin="sop",
    ),
    core_rule(
        "core.request-clock",
        check_statutory,
        "UU 14/2008 Pasal 22 ayat (7)-(8); PERKI 1/2021 Pasal 31-36",
        (
            "pemberitahuan tertulis dalam 10 hari kerja (perpanjangan paling lama 7 hari kerja)",
            "a written notice within 10 hari kerja (an extension of at most 7 hari kerja)",
        ),
        (
            "case.notice.late case.notice.missing case.notice.overdue case.extension.repeated "
            "case.extension.too_long case.extension.no_reason case.extension.late "
            "case.extension.not_request case.pause.late case.pause.requester_late "
            "case.pause.unmatched case.pause.not_request case.notice.beyond_calendar"
        ),
        origin="statute",
    ),
    core_rule(
        "core.records",
        check_records,
        "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 49-50; PP 61/2010 Pasal 3",
        (
            "pengujian konsekuensi tercatat dan sah sebelum informasi dikecualikan",
            "a valid consequence test is recorded before information is withheld",
        ),
        "case.test.missing case.test.after_exemption case.approval.wrong_role harm.* law.*",
        origin="statute",
    ),
    core_rule(
        "core.test-dates",
        check_test_dates,
        "PERKI 1/2021 Pasal 49 ayat (1)",
        (
            "pengujian atas permohonan tidak bertanggal sebelum permohonan diterima",
            "a test made on a request is not dated before the request arrived",
        ),
        "case.test.before_request",
        origin="regulation",
    ),
    core_rule(
        "core.penetapan",
        check_penetapan,
        "PERKI 1/2021 Pasal 49 ayat (6)-(7), Pasal 50",
        (
            "hasil pengujian ditetapkan sebelum permohonan ditolak atasnya",
            "the test's result is set (Penetapan) before a request is refused on it",
        ),
        "case.penetapan.missing",
        origin="regulation",
    ),
    core_rule(
        "core.refusals",
        check_refusals,
        "UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35-36; PERKI 1/2021 Pasal 34",
        (
            "surat penolakan memuat dasar, konsekuensi dan hak mengajukan keberatan",
            "a refusal letter states the ground, the consequence and the right to object",
        ),
        (
            "case.refusal.no_letter case.refusal.no_ground case.refusal.ground_unreadable "
            "case.refusal.ground_not_tested case.refusal.no_consequence "
            "case.refusal.no_objection_notice case.refusal.objection_period case.refusal.incomplete"
        ),
        origin="statute",
    ),
    core_rule(
        "core.notice-outcomes",
        check_notice_outcomes,
        "UU 14/2008 Pasal 22",
        (
            "isi pemberitahuan sesuai dengan dokumennya dan hasil pengujian",
            "the notice's outcome agrees with its document and the tests",
        ),
        "case.notice.outcome_mismatch",
        origin="statute",
    ),
    core_rule(
        "core.expiry",
        check_expiry,
        "PP 61/2010 Pasal 11; PERKI 1/2021 Pasal 52",
        (
            "informasi yang dikecualikan dibuka pada waktunya",
            "exempt information is opened in time when its period ends",
        ),
        "case.expiry.late case.expiry.date_mismatch case.expiry.beyond_calendar",
        origin="regulation",
    ),
    *INSTRUMENT_RULES,
    *CONSISTENCY_RULES,
    *INTEGRITY_RULES,
    *REFERENCE_RULES,
    *OFFICE_RULES,
    *ACT_ORDER_RULES,
    *NATIONAL_CALENDAR_RULES,
    *FORMALITY_RULES,
)


#: The core's rules that read the agency's SOP, in order: an agency may replace each.
SOP_RULES: tuple[ComplianceRule, ...] = tuple(r for r in CORE_RULES if r.origin == "sop")
#: The core's rules of the statute and the regulations, in order: no plugin can touch them.
STATUTORY_RULES: tuple[ComplianceRule, ...] = tuple(r for r in CORE_RULES if r.origin != "sop")
