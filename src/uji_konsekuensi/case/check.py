"""The compliance checker: did a case follow its agency's SOP and the law?

`check_case(case)` returns a `Report` whose findings each carry a stable code, a severity, the SOP
step, a message in Bahasa Indonesia and English, the JSON path of the offending value and what it
enforces (``basis``: "SOP <nomor> langkah 4" or a Pasal). A clean case gives no findings.

Every check is a `ComplianceRule` given through the hook ``uji_compliance_rules``: the core's own
(`core_rules.CORE_RULES`, which lists them in the order they run: the SOP's flow, trigger, actors,
documents and times; then the statutory clock of a request, the consequence-test records, test
dates, the Penetapan, refusals, notice outcomes and expiry), then the agency's. An agency may
replace a core rule that reads its own SOP, never one of the statute (`Agency.rules_to_run`); the
report names what was replaced. The finding codes, with severity and basis, are declared in
`codes` (docs/case.md lists them, generated).

This module prepares what the rules share (the plan of the SOP, the replay of the log, the
statutory clock, the non-step events by kind), runs the rules and builds the `Report`.

Severity: ``error`` where the SOP's flow or mutu baku, or the law, was not followed;
``warning`` where the record is doubtful or a norm was bent without breaking a rule (work
outside office hours is lawful under Perpres 21/2023 Pasal 8 on flexible working, so an SOP's
"pada hari dan jam kerja" gives a warning); ``info`` never fails anything. `Report.ok` is True
when there is no error: warnings alone do not fail a case (the CLI's ``--strict`` makes them).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from ..agency import Agency, get_agency
from ..calendar import WorkingCalendar
from ..errors import InputError, Problem
from ..findings import Finding, Severity, has_errors, sort_findings
from ..i18n import Language, current_language
from ..rules import RuleReplacement
from ..sop import SOP
from .clock import CalendarUse, RequestClock, calendar_use, request_clock
from .due import step_due
from .flow import Trace, replay
from .model import (
    Case,
    ExpiryDeclared,
    LoopBack,
    RequestTrigger,
    StepCompleted,
    StepStarted,
)
from .paths import resolve, sheets_of
from .plan import SopPlan, plan_for
from .settings import CheckSettings

__all__ = [
    "CheckSettings",
    "Report",
    "agency_and_sop",
    "check_case",
    "ensure_references",
    "resolve",
    "sheets_of",
    "step_due",
]

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

#: What a check means (`Report.outcome`).
Outcome = Literal["compliant", "in_progress", "not_compliant"]


@attrs.frozen(kw_only=True)
class Report:
    """The result of checking one case.

    ``ok``: no finding of severity error. ``findings``: every finding, ordered by step, then
    field, then code. ``calendar``: the calendar data the dates rest on (holidays version,
    provisional years or estimated holidays touched). ``source``: the file it came from, if any.
    ``closed``: the case reached the end of its SOP. ``outcome`` says what the check means:
    ``"compliant"`` only for a closed case with no error; ``"in_progress"`` for an open case
    with no error so far (an empty log is not compliant: nothing has been done yet);
    ``"not_compliant"`` for any case with an error. ``replaced``: the built-in rules the
    agency's plugin replaced (an auditor must know the case was checked by the agency's own
    reading of its SOP there).
    """

    case_id: str
    agency: str
    sop: str
    findings: tuple[Finding, ...]
    calendar: CalendarUse | None = None
    source: str | None = None
    closed: bool = False
    replaced: tuple[RuleReplacement, ...] = ()

    @property
    def ok(self) -> bool:
        """No finding of severity error (whether or not the case is closed)."""
        return not has_errors(self.findings)

    @property
    def outcome(self) -> Outcome:
        """``compliant``, ``in_progress`` or ``not_compliant`` (see the class notes)."""
        if not self.ok:
            return "not_compliant"
        return "compliant" if self.closed else "in_progress"

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct finding codes, sorted."""
        return tuple(sorted({f.code for f in self.findings}))

    def render(self, lang: Language | None = None) -> str:
        """The report for people: a head line, then one line per finding."""
        en = (lang or current_language()) == "en"
        name = self.source or self.case_id
        if self.ok and not self.closed:
            head = (
                f"{name}: in progress, nothing wrong so far (the case is not closed)"
                if en
                else f"{name}: berjalan, belum ada pelanggaran sejauh ini (kasus belum selesai)"
            )
            if self.findings:
                head += (
                    f"; {len(self.findings)} note(s)" if en else f"; {len(self.findings)} catatan"
                )
        elif self.ok and not self.findings:
            head = f"{name}: compliant" if en else f"{name}: patuh"
        elif self.ok:
            head = (
                f"{name}: compliant, with {len(self.findings)} note(s)"
                if en
                else f"{name}: patuh, dengan {len(self.findings)} catatan"
            )
        else:
            head = (
                f"{name}: NOT compliant ({self.count(E)} error(s), {self.count(W)} warning(s))"
                if en
                else f"{name}: TIDAK patuh ({self.count(E)} galat, {self.count(W)} peringatan)"
            )
        lines = [head]
        lines.extend("  " + f.render("en" if en else "id") for f in self.findings)
        lines.extend(f"  ({r.render('en' if en else 'id')})" for r in self.replaced)
        if self.calendar is not None and self.calendar.provisional:
            years = ", ".join(str(y) for y in self.calendar.provisional_years)
            which = f": {years}" if years else ""
            lines.append(
                f"  (dates rest on provisional calendar data{which})"
                if en
                else f"  (tanggal bergantung pada data kalender sementara{which})"
            )
        return "\n".join(lines)


# --- cached look-ups (a check of 10,000 cases asks the same questions again and again) ----------


def agency_and_sop(case: Case) -> tuple[Agency, SOP]:
    """The agency and SOP a case runs (`InputError`-like lookups raise for unknown ones)."""
    agency = get_agency(case.agency)
    return agency, _sop_of(agency, case.sop)


def _key(number: str) -> str:
    return "".join(number.split()).casefold()


def _sop_of(agency: Agency, number: str) -> SOP:
    wanted = _key(number)
    for sop in agency.sops:
        if _key(sop.number) == wanted:
            return sop
    return agency.get_sop(number)  # raises UnknownSOPError listing the SOPs


def ensure_references(case: Case, plan: SopPlan) -> None:
    """Refuse a case (built in Python, not read by `load_case`) whose events name a step the SOP
    does not have or a document the case does not hold: `InputError` with each path."""
    ids = {d.id for d in case.documents}
    steps = plan.steps
    problems: list[Problem] = []

    def no_step(path: str, step: int) -> None:
        problems.append(
            Problem(
                path=path,
                message="SOP tidak memiliki langkah dengan nomor ini",
                message_en="the SOP has no step with this number",
                value=step,
                expected="salah satu dari: " + ", ".join(str(n) for n in plan.numbers),
                expected_en="one of: " + ", ".join(str(n) for n in plan.numbers),
            )
        )

    def no_document(path: str, doc: str) -> None:
        problems.append(
            Problem(
                path=path,
                message="tidak ada dokumen dengan id ini di 'documents'",
                message_en="no document with this id in 'documents'",
                value=doc,
            )
        )

    for i, event in enumerate(case.events):
        if isinstance(event, StepStarted | StepCompleted):
            if event.step not in steps:
                no_step(f"events[{i}].step", event.step)
            if isinstance(event, StepStarted):
                key, docs = "inputs", event.inputs
            else:
                key, docs = "outputs", event.outputs
            for k, doc in enumerate(docs):
                if doc not in ids:
                    no_document(f"events[{i}].{key}[{k}]", doc)
        elif isinstance(event, LoopBack):
            for key, step in (("from_step", event.from_step), ("to_step", event.to_step)):
                if step not in steps:
                    no_step(f"events[{i}].{key}", step)
        else:
            if event.document is not None and event.document not in ids:
                no_document(f"events[{i}].document", event.document)
            if isinstance(event, ExpiryDeclared) and resolve(case, event.item) is None:
                problems.append(
                    Problem(
                        path=f"events[{i}].item",
                        message="tidak menunjuk baris pengujian yang ada",
                        message_en="does not point to an existing tested item",
                        value=event.item,
                    )
                )
    if problems:
        raise InputError(case.id, problems)


def check_case(
    case: Case, settings: CheckSettings | None = None, *, source: str | None = None
) -> Report:
    """Check ``case`` against its agency's SOP, calendar and the law (see the module notes)."""
    settings = settings or CheckSettings()
    agency, sop = agency_and_sop(case)
    calendar = agency.calendar
    plan = plan_for(agency, sop)
    ensure_references(case, plan)
    trace = replay(case, plan)
    clock = request_clock(case, calendar, settings.pause)

    # What every rule may ask for, by keyword (a rule takes the subset it names; docs/
    # plugins.md, hook uji_compliance_rules).
    context = {
        "case": case,
        "sop": sop,
        "agency": agency,
        "calendar": calendar,
        "settings": settings,
        "plan": plan,
        "trace": trace,
        "clock": clock,
        "events": _others(case),
    }
    findings: list[Finding] = []
    for rule in agency.rules_to_run(settings.agency_rules):
        findings.extend(rule.run_in(context))

    first, last = _span(case, calendar, clock, trace)
    return Report(
        case_id=case.id,
        agency=case.agency,
        sop=sop.number,
        findings=sort_findings(findings),
        calendar=calendar_use(calendar, first, last),
        source=source,
        closed=trace.ended,
        replaced=agency.replaced if settings.agency_rules else (),
    )


def _others(case: Case) -> dict[type, list[tuple[int, object]]]:
    """The events that are not steps, by class, with their positions (one pass over the log)."""
    out: dict[type, list[tuple[int, object]]] = {}
    for index, event in enumerate(case.events):
        kind = type(event)
        if kind is StepStarted or kind is StepCompleted:
            continue
        out.setdefault(kind, []).append((index, event))
    return out


def _span(
    case: Case, calendar: WorkingCalendar, clock: RequestClock | None, trace: Trace
) -> tuple[dt.date | None, dt.date | None]:
    # The replay already found the log's earliest and latest moments (comparing timestamps of
    # different UTC offsets is not free: a min and a max over the log cost more than the rest).
    moments = [m for m in (trace.first_at, trace.last_at) if m is not None]
    if isinstance(case.trigger, RequestTrigger):
        moments.append(case.trigger.received_at)
    if not moments:
        return None, None
    first = calendar.local_date(min(moments))
    last = calendar.local_date(max(moments))
    if clock is not None and clock.due is not None:
        last = max(last, clock.due)
    return first, last
