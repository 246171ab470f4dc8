"""The compliance checker: did a case follow its agency's SOP and the law?

`check_case(case)` returns a `Report` whose findings each carry a stable code, a severity, the SOP
step, a message in Bahasa Indonesia and English, the JSON path of the offending value and what it
enforces (``basis``: "SOP <nomor> langkah 4" or a Pasal). A clean case gives no findings.

Every check is a `ComplianceRule`. The core's own (`core_rules.CORE_RULES`, which lists them in
the order they run: the SOP's flow, trigger, actors, documents and times; then the statutory
clock of a request, the consequence-test records, test dates, the Penetapan, refusals, notice
outcomes, expiry and the rules beside them) are run by this module itself, never collected
through a hook; then the agency's, given by its plugins through ``uji_compliance_rules``. An
agency may replace a core rule that reads its own SOP, never one of the statute or a regulation
(`rules_to_run`); the report names every rule that ran, who gave it, and what was replaced. The
finding codes, with severity and basis, are declared in `codes` (docs/case.md lists them,
generated).

What a plugin's rule cannot do (docs/plugins.md, "What a plugin cannot do"): change what the
other rules read (every value it is given is frozen or read-only), report a code outside its
own namespace, or make its own failure pass for a verdict. A plugin's rule that raises, returns
something other than findings, or reports another's code is a `RuleFailure` of that plugin,
named with its distribution and version; the statutory findings are still reported, and the
case is ``not_fully_checked`` (never compliant). A core rule that raises is a bug of this
library (`RuleError`, an internal error).

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
import threading
import weakref
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from ..agency import Agency, get_agency
from ..calendar import DayOff, ExtraWorkingDay, WorkingCalendar
from ..errors import InputError, Problem
from ..findings import Finding, Severity, has_errors, sort_findings
from ..i18n import Language, Text, current_language
from ..plugins import PluginError
from ..rules import (
    ComplianceRule,
    RuleError,
    RuleFailure,
    RuleReplacement,
    RuleRun,
    namespace,
)
from ..sop import SOP
from .check_settings import CheckSettings
from .clock import CalendarUse, RequestClock, calendar_use, holidays_version, request_clock
from .compiled_sop import CompiledSop, compile_sop
from .core_rules import CORE_RULES, SOP_RULES, STATUTORY_RULES
from .due import step_due
from .flow import Trace, replay
from .memo import per_object
from .model import (
    Case,
    EventIndex,
    ExpiryDeclared,
    LoopBack,
    RequestTrigger,
    StepCompleted,
    StepStarted,
)
from .paths import resolve, sheets_of

__all__ = [
    "CalendarSources",
    "CheckSettings",
    "PlannedRule",
    "Report",
    "agency_and_sop",
    "check_case",
    "ensure_references",
    "resolve",
    "rules_to_run",
    "sheets_of",
    "step_due",
]

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

#: What a check means (`Report.outcome`).
Outcome = Literal["compliant", "in_progress", "not_compliant", "not_fully_checked"]


@attrs.frozen(kw_only=True)
class Report:
    """The result of checking one case.

    ``ok``: no finding of severity error. ``findings``: every finding, ordered by step, then
    field, then code. ``calendar``: the calendar data the dates rest on (holidays version,
    provisional years or estimated holidays touched). ``source``: the file it came from, if any.
    ``closed``: the case reached the end of its SOP. ``outcome`` says what the check means:
    ``"compliant"`` only for a closed case with no error; ``"in_progress"`` for an open case
    with no error so far (an empty log is not compliant: nothing has been done yet);
    ``"not_compliant"`` for any case with an error; ``"not_fully_checked"`` for a case with no
    error where a plugin's rule failed (``failures``): what it would have found is unknown, so
    the case is never called compliant. ``replaced``: the built-in rules the agency's plugin
    replaced (an auditor must know the case was checked by the agency's own reading of its SOP
    there). ``rules``: every rule that ran, in order, with its origin and who gave it.
    ``failures``: the plugins' rules that did not run to their end. ``plugin_problems``: what
    went wrong with the plugins of this agency when they were loaded (a refused calendar, a
    refused rule). ``calendar_sources``: where the agency's calendar comes from.
    """

    case_id: str
    agency: str
    sop: str
    findings: tuple[Finding, ...]
    calendar: CalendarUse | None = None
    source: str | None = None
    closed: bool = False
    replaced: tuple[RuleReplacement, ...] = ()
    rules: tuple[RuleRun, ...] = ()
    failures: tuple[RuleFailure, ...] = ()
    plugin_problems: tuple[PluginError, ...] = attrs.field(default=(), eq=False)
    calendar_sources: CalendarSources | None = None

    @property
    def ok(self) -> bool:
        """No finding of severity error (whether or not the case is closed)."""
        return not has_errors(self.findings)

    @property
    def outcome(self) -> Outcome:
        """``compliant``, ``in_progress`` or ``not_compliant`` (see the class notes)."""
        if not self.ok:
            return "not_compliant"
        if self.failures:
            return "not_fully_checked"
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
        if self.ok and self.failures:
            head = (
                f"{name}: NOT fully checked ({len(self.failures)} rule(s) of a plugin failed); "
                "no error found by the rules that ran"
                if en
                else f"{name}: TIDAK diperiksa lengkap ({len(self.failures)} aturan plugin gagal); "
                "aturan yang berjalan tidak menemukan pelanggaran"
            )
        elif self.ok and not self.closed:
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
        lines.extend(f"  ! {f.render('en' if en else 'id')}" for f in self.failures)
        lines.extend(f"  ! {p.render('en' if en else 'id')}" for p in self.plugin_problems)
        if self.rules:
            lines.append(f"  ({self._rules_line(en)})")
        if self.calendar is not None and self.calendar.provisional:
            years = ", ".join(str(y) for y in self.calendar.provisional_years)
            which = f": {years}" if years else ""
            lines.append(
                f"  (dates rest on provisional calendar data{which})"
                if en
                else f"  (tanggal bergantung pada data kalender sementara{which})"
            )
        return "\n".join(lines)

    def _rules_line(self, en: bool) -> str:
        """What ran, in one line: the core's rules by origin, each plugin's rule by name with
        its distribution and version, and where the calendar comes from."""
        law = sum(1 for r in self.rules if r.origin in ("statute", "regulation"))
        sop = sum(1 for r in self.rules if r.origin == "sop")
        plugins = [r.render("en" if en else "id") for r in self.rules if r.origin == "agency"]
        if en:
            text = f"rules run: {law} of the statute and regulations, {sop} of the SOP"
        else:
            text = f"aturan yang dijalankan: {law} undang-undang dan peraturan, {sop} SOP"
        if plugins:
            text += "; plugin: " + ", ".join(plugins)
        src = self.calendar_sources
        if src is not None:
            who = src.distribution or src.plugin or "uji-konsekuensi"
            if src.version:
                who += f" {src.version}"
            days = len(src.extra_days_off)
            text += (
                f"; calendar from {who}, holidays {src.holidays_version}, {days} agency day(s) off"
                if en
                else f"; kalender dari {who}, holidays {src.holidays_version}, "
                f"{days} hari libur instansi"
            )
        return text


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


def ensure_references(case: Case, plan: CompiledSop) -> None:
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


@attrs.frozen(kw_only=True)
class CalendarSources:
    """Where the agency's calendar comes from, for the report: ``plugin`` (the agency's own, or
    the core's default), with its ``distribution`` and ``version``; ``holidays_version`` (the
    national days); ``working_week`` (ISO weekdays); the agency's ``extra_days_off`` and
    ``extra_working_days``, each with its decree as the plugin declares it;
    ``working_week_basis``: the decree of a week other than Monday-Friday (Perpres 21/2023 Pasal
    7), None for the national week or one that only adds days."""

    plugin: str | None
    distribution: str | None
    version: str | None
    holidays_version: str
    working_week: tuple[int, ...]
    extra_days_off: tuple[DayOff, ...] = ()
    extra_working_days: tuple[ExtraWorkingDay, ...] = ()
    working_week_basis: str | None = None


@per_object  # the same for every case of the agency
def _calendar_sources(agency: Agency) -> CalendarSources:
    settings = agency.calendar_settings
    plugin = agency.calendar_plugin
    distribution, version = agency.source_of(plugin) if plugin is not None else (None, None)
    return CalendarSources(
        plugin=plugin,
        distribution=distribution,
        version=version,
        holidays_version=holidays_version(),
        working_week=settings.working_week,
        extra_days_off=settings.extra_days_off,
        extra_working_days=settings.extra_working_days,
        working_week_basis=settings.working_week_basis,
    )


@attrs.frozen(kw_only=True)
class PlannedRule:
    """A rule in the order the checker runs it: the rule, how the report names it, and whether
    it is the core's (its failure is a bug of this library) or a plugin's (its failure is the
    plugin's: the case is then not fully checked)."""

    rule: ComplianceRule
    run: RuleRun
    core: bool


_orders: dict[tuple[int, bool], tuple[weakref.ref[Agency], tuple[PlannedRule, ...]]] = {}
_orders_lock = threading.Lock()


def rules_to_run(agency: Agency, agency_rules: bool = True) -> tuple[PlannedRule, ...]:
    """Every rule the checker runs for ``agency``, in order: the core's rules of the statute and
    the regulations (never replaced), the core's rules that read the SOP (each replaced in its
    own place by the agency's replacement, if any), then the agency's added rules.
    ``agency_rules=False``: the core's rules only, none replaced. Worked out once per agency.

    The statute's rules run first, before any plugin's code runs on the case: whatever a
    plugin's rule does while it runs (even past the read-only views, with ``object.__setattr__``
    on a frozen value), what the statute's rules found is already taken."""
    key = (id(agency), agency_rules)
    hit = _orders.get(key)
    if hit is not None and hit[0]() is agency:
        return hit[1]
    with _orders_lock:
        order = _order(agency, agency_rules)
        _orders[key] = (weakref.ref(agency), order)
        return order


def _order(agency: Agency, agency_rules: bool) -> tuple[PlannedRule, ...]:
    core = [
        PlannedRule(rule=r, run=RuleRun(code=r.code, origin=r.origin), core=True)
        for r in STATUTORY_RULES + SOP_RULES
    ]
    if not agency_rules:
        return tuple(core)
    plugins = dict(agency.rule_plugins)

    def planned(rule: ComplianceRule) -> PlannedRule:
        plugin = plugins.get(rule.code, agency.plugin)
        distribution, version = agency.source_of(plugin)
        run = RuleRun(
            code=rule.code,
            origin="agency",
            plugin=plugin,
            distribution=distribution,
            version=version,
            replaces=rule.replaces,
        )
        return PlannedRule(rule=rule, run=run, core=False)

    by_target = {r.replaces: planned(r) for r in agency.rules if r.replaces is not None}
    order = [by_target.get(p.rule.code, p) for p in core]
    order += [planned(r) for r in agency.rules if r.replaces is None]
    return tuple(order)


def check_case(
    case: Case, settings: CheckSettings | None = None, *, source: str | None = None
) -> Report:
    """Check ``case`` against its agency's SOP, calendar and the law (see the module notes)."""
    settings = settings or CheckSettings()
    agency, sop = agency_and_sop(case)
    calendar = agency.calendar
    plan = compile_sop(agency, sop)
    ensure_references(case, plan)
    trace = replay(case, plan)
    clock = request_clock(case, calendar, settings.pause)

    # What every rule may ask for, by keyword (a rule takes the subset it names; docs/
    # plugins.md, hook uji_compliance_rules). Every value is frozen or read-only.
    context: Mapping[str, object] = MappingProxyType(
        {
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
    )
    findings: list[Finding] = []
    failures: list[RuleFailure] = []
    ran: list[RuleRun] = []
    order = rules_to_run(agency, settings.agency_rules)
    for planned in order:
        if planned.core:
            # A core rule that raises is this library's bug: RuleError, an internal error.
            findings.extend(planned.rule.run_in(context))
            ran.append(planned.run)
            continue
        found, failure = _run_plugin_rule(planned, context)
        if failure is None:
            findings.extend(found)
            ran.append(planned.run)
        else:
            failures.append(failure)
    failures.extend(_not_run(order, ran))

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
        rules=tuple(ran),
        failures=tuple(failures),
        plugin_problems=agency.problems,
        calendar_sources=_calendar_sources(agency),
    )


def _run_plugin_rule(
    planned: PlannedRule, context: Mapping[str, object]
) -> tuple[tuple[Finding, ...], RuleFailure | None]:
    """A plugin's rule's findings, or its failure: it raised, returned something other than
    findings, or reported a code outside its own namespace (it may not speak in the core's or
    another plugin's name)."""
    run = planned.run

    def failure(problem: Text) -> RuleFailure:
        return RuleFailure(
            rule=run.code,
            plugin=run.plugin,
            distribution=run.distribution,
            version=run.version,
            problem=problem,
        )

    try:
        found = planned.rule.run_in(context)
    except RuleError as exc:
        cause = exc.__cause__
        what = f"{type(cause).__name__}: {cause}" if cause is not None else str(exc)
        return (), failure(Text(id=f"aturan gagal: {what}", en=f"the rule failed: {what}"))
    own = namespace(run.code)
    foreign = sorted({f.code for f in found if namespace(f.code) != own})
    if foreign:
        listed = ", ".join(foreign)
        return (), failure(
            Text(
                id=(
                    f"aturan melaporkan kode di luar ruang namanya {own!r}: {listed}; "
                    "temuannya tidak dipakai"
                ),
                en=(
                    f"the rule reported codes outside its namespace {own!r}: {listed}; its "
                    "findings are not used"
                ),
            )
        )
    return found, None


def _not_run(order: tuple[PlannedRule, ...], ran: list[RuleRun]) -> Iterable[RuleFailure]:
    """Fail closed: every rule of the core ran, or the agency's replacement of it did. A
    replacement that failed is already reported; a core rule missing from the order (only code
    that changes this library could cause it) is a failure too."""
    # Every rule of the order ran (the usual case), and the order holds every core rule or its
    # replacement: none is missing. Checked by identity, the order's completeness once.
    if (
        len(ran) == len(order)
        and all(p.run is r for p, r in zip(order, ran, strict=True))
        and _order_complete(order)
    ):
        return
    yield from _missing(order, ran)


def _missing(order: tuple[PlannedRule, ...], ran: list[RuleRun]) -> Iterable[RuleFailure]:
    done = {r.code for r in ran} | {r.replaces for r in ran if r.replaces is not None}
    tried = {p.run.replaces for p in order if p.run.replaces is not None}
    for rule in CORE_RULES:
        if rule.code not in done and rule.code not in tried:
            yield RuleFailure(
                rule=rule.code,
                plugin=None,
                distribution=None,
                version=None,
                problem=Text(
                    id="aturan inti tidak dijalankan: pemeriksaan tidak lengkap",
                    en="a rule of the core did not run: the check is not complete",
                ),
            )


def _order_complete(order: tuple[PlannedRule, ...]) -> bool:
    """Whether running every rule of ``order`` leaves no core rule unrun (`_not_run`), worked
    out once per order (`rules_to_run` keeps one per agency)."""
    hit = _complete.get(id(order))
    if hit is not None and hit[0] is order:
        return hit[1]
    complete = not any(True for _ in _missing(order, [p.run for p in order]))
    if len(_complete) >= 256:  # orders of agencies no longer used: never more than a few
        _complete.clear()
    _complete[id(order)] = (order, complete)
    return complete


# id of an order -> (the order, held so that its id is not reused meanwhile; complete or not)
_complete: dict[int, tuple[tuple[PlannedRule, ...], bool]] = {}


def _others(case: Case) -> EventIndex:
    """The events that are not steps, by class, with their positions (one pass over the log);
    read-only, with tuples inside."""
    out: dict[type, list[tuple[int, object]]] = {}
    for index, event in enumerate(case.events):
        kind = type(event)
        if kind is StepStarted or kind is StepCompleted:
            continue
        out.setdefault(kind, []).append((index, event))
    return MappingProxyType({kind: tuple(pairs) for kind, pairs in out.items()})


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
