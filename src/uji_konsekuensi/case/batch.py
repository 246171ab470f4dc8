"""Checking many cases at once, with the guarantee every boundary gives: a result or a clear error.

`check_batch` takes named case sources (a path, JSON text, a dict or a `Case`), checks each one,
and returns the `responses.CheckDocument` that ``uji-konsekuensi check --format json`` prints
(unstructured by the converter) and the service answers. One case that cannot be read, or that
makes the checker fail, is listed with its error and never stops the others:

- ``kind: "input"``: the input is wrong (a missing file, invalid JSON, a bad field): fix it;
- ``kind: "internal"``: the library failed on it (a bug): report it.

The verdict of each case is its ``outcome`` (`Report.outcome`): ``compliant`` only for a closed
case with no error; ``in_progress`` for an open case with nothing wrong so far; ``not_compliant``.
The document's ``summary.exit_code`` is the command line's: 0 every case closed and compliant;
1 a case not compliant; 2 an input unreadable; 3 nothing wrong but a case still in progress; 70
an internal error. With ``only_closed`` (an auditor checking finished work), open cases without
an error are listed under ``skipped`` and do not count.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from ..errors import (
    EXIT_FINDINGS,
    EXIT_IN_PROGRESS,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_NOT_FULLY_CHECKED,
    EXIT_OK,
    InternalError,
    UjiKonsekuensiError,
)
from ..findings import Severity
from ..i18n import Language
from ..responses import (
    AgencyDataSource,
    AgencyPluginProblem,
    CalendarSources,
    CalendarUse,
    CheckDocument,
    CheckedCase,
    CheckedFinding,
    CheckSummary,
    DecreedDay,
    FailedRule,
    Outcome,
    ReplacedRule,
    RuleRun,
    SkippedCase,
    Unreadable,
    unreadable,
)
from ..rules import RuleError
from .check import CheckSettings, Report, check_case
from .io import case_from_dict, load_case, loads_case
from .model import Case

__all__ = [
    "CaseSource",
    "agency_data_source",
    "check_batch",
    "exit_code",
    "report_document",
    "summary_text",
]

#: What can be checked: a file path, JSON text (``str`` starting with "{"), parsed data, a Case,
#: or a function that loads one (and raises `InputError` when it cannot).
CaseSource = str | os.PathLike[str] | Mapping[str, Any] | Case | Callable[[], Case]

#: ``at``: a moment for all cases, or a function of the case's agency zone giving one.
AtMoment = dt.datetime | Callable[[dt.tzinfo], dt.datetime] | None


def report_document(report: Report, source: str, passed: bool, outcome: Outcome) -> CheckedCase:
    """One checked case (an element of ``cases``)."""
    cal = report.calendar
    return CheckedCase(
        file=source,
        case_id=report.case_id,
        agency=report.agency,
        sop=report.sop,
        outcome=outcome,
        closed=report.closed,
        ok=passed,
        replaced_rules=tuple(
            ReplacedRule(rule=r.rule, by=r.by, plugin=r.plugin) for r in report.replaced
        ),
        rules_run=tuple(
            RuleRun(
                code=r.code,
                origin=r.origin,
                plugin=r.plugin,
                distribution=r.distribution,
                version=r.version,
                replaces=r.replaces,
            )
            for r in report.rules
        ),
        rule_failures=tuple(
            FailedRule(
                rule=f.rule,
                plugin=f.plugin,
                distribution=f.distribution,
                version=f.version,
                message=f.problem.id,
                message_en=f.problem.en,
            )
            for f in report.failures
        ),
        plugin_problems=tuple(
            AgencyPluginProblem(
                plugin=p.plugin,
                distribution=p.distribution,
                hook=p.hook,
                message=p.problem.id,
                message_en=p.problem.en,
            )
            for p in report.plugin_problems
        ),
        calendar_sources=_sources(report),
        agency_data=agency_data_source(report.agency),
        errors=report.count(Severity.ERROR),
        warnings=report.count(Severity.WARNING),
        findings=tuple(CheckedFinding.from_finding(f) for f in report.findings),
        calendar=None
        if cal is None
        else CalendarUse(
            holidays_version=cal.holidays_version,
            timezone=cal.timezone,
            decreed_through=cal.decreed_through,
            provisional=cal.provisional,
            provisional_years=cal.provisional_years,
        ),
    )


def agency_data_source(code: str) -> AgencyDataSource | None:
    """What an agency that is data was read from, the same on every machine: its code, the
    folder's name (not its path, which differs from machine to machine), the distribution and
    version that installed it (None for a folder given by ``--agencies`` or
    ``UJI_KONSEKUENSI_AGENCIES``) and the sha256 of the folder's files. The verdict of a check
    in the audit mode depends only on these and the library's version. None for an agency given
    by Python code."""
    from pathlib import PurePath

    from ..agency import get_agency

    agency = get_agency(code)
    if agency.data_sha256 is None or agency.data_folder is None:
        return None
    distribution, version = agency.source_of(agency.plugin)
    return AgencyDataSource(
        code=agency.code,
        folder=PurePath(agency.data_folder).name,
        distribution=distribution,
        version=version,
        sha256=agency.data_sha256,
    )


def _sources(report: Report) -> CalendarSources | None:
    src = report.calendar_sources
    if src is None:
        return None
    return CalendarSources(
        plugin=src.plugin,
        distribution=src.distribution,
        version=src.version,
        holidays_version=src.holidays_version,
        working_week=src.working_week,
        extra_days_off=tuple(
            DecreedDay(date=d.date, name=d.name, source=d.source) for d in src.extra_days_off
        ),
        extra_working_days=tuple(
            DecreedDay(date=d.date, name=d.name, source=d.source) for d in src.extra_working_days
        ),
        working_week_basis=src.working_week_basis,
    )


def _load(name: str, item: CaseSource) -> Case:
    if isinstance(item, Case):
        return item
    if callable(item):
        return item()
    if isinstance(item, Mapping):
        return case_from_dict(dict(item), name)
    if isinstance(item, str) and item.lstrip().startswith("{"):
        return loads_case(item, name)
    if isinstance(item, str | os.PathLike):
        return load_case(Path(item), name=name)
    return load_case(item, name=name)  # refuses anything else with an InputError


def exit_code(summary: Mapping[str, int]) -> Literal[0, 1, 2, 3, 4, 70]:
    """The command line's exit code for a summary (precedence: internal, input, findings,
    not fully checked, in progress)."""
    if summary["internal"]:
        return EXIT_INTERNAL
    if summary["unreadable"]:
        return EXIT_INPUT
    if summary["not_compliant"]:
        return EXIT_FINDINGS
    if summary.get("not_fully_checked"):
        return EXIT_NOT_FULLY_CHECKED
    if summary["in_progress"]:
        return EXIT_IN_PROGRESS
    return EXIT_OK


def check_batch(
    items: Iterable[tuple[str, CaseSource]],
    *,
    strict: bool = False,
    at: AtMoment = None,
    only_closed: bool = False,
    settings: CheckSettings | None = None,
    on_report: Callable[[Report, str], None] | None = None,
    on_error: Callable[[str, UjiKonsekuensiError], None] | None = None,
) -> CheckDocument:
    """Check every case; return the `CheckDocument` (``cases``, ``unreadable``, ``skipped``,
    ``summary``) that ``check --format json`` prints unstructured.

    ``strict``: warnings fail a case too. ``at``: also report what is overdue at this moment (a
    function receives the case's agency zone, for "as of that day" in its own time). ``on_report``
    and ``on_error`` are called as each case is done (the text output streams through them).
    """
    from ..agency import get_agency

    base = settings or CheckSettings()
    cases: list[CheckedCase] = []
    failed: list[Unreadable] = []
    skipped: list[SkippedCase] = []
    counts = {
        "total": 0,
        "compliant": 0,
        "in_progress": 0,
        "not_compliant": 0,
        "not_fully_checked": 0,
        "unreadable": 0,
        "internal": 0,
        "skipped": 0,
        "errors": 0,
        "warnings": 0,
    }
    for name, item in items:
        counts["total"] += 1
        try:
            case = _load(name, item)
            run = base
            if at is not None:
                moment = at(get_agency(case.agency).calendar.zone) if callable(at) else at
                run = CheckSettings(**{**_fields(base), "at": moment})
            report = check_case(case, run, source=name)
        except RuleError as exc:  # a rule's bug, not the input's: internal, naming the rule
            failure: UjiKonsekuensiError = InternalError(name, exc)
        except UjiKonsekuensiError as exc:
            failure = exc
        except RecursionError as exc:
            failure = InternalError(name, exc)
        except Exception as exc:  # a bug in a rule must not stop the other cases
            failure = InternalError(name, exc)
        else:
            warnings = report.count(Severity.WARNING)
            passed = report.ok and not report.failures and not (strict and warnings)
            # --strict: a warning fails a case that would otherwise pass or be unfinished.
            strict_fail = strict and warnings and report.ok
            outcome: Outcome = "not_compliant" if strict_fail else report.outcome
            if only_closed and outcome == "in_progress":
                counts["skipped"] += 1
                skipped.append(SkippedCase(file=name, case_id=report.case_id, outcome=outcome))
                continue
            counts[outcome] += 1
            counts["errors"] += report.count(Severity.ERROR)
            counts["warnings"] += warnings
            cases.append(report_document(report, name, passed, outcome))
            if on_report is not None:
                on_report(report, name)
            continue
        if isinstance(failure, InternalError):
            counts["internal"] += 1
        else:
            counts["unreadable"] += 1
        failed.append(unreadable(name, failure))
        if on_error is not None:
            on_error(name, failure)
    summary = CheckSummary(
        **counts, strict=bool(strict), only_closed=bool(only_closed), exit_code=exit_code(counts)
    )
    return CheckDocument(
        cases=tuple(cases), unreadable=tuple(failed), skipped=tuple(skipped), summary=summary
    )


def _fields(settings: CheckSettings) -> dict[str, Any]:
    return attrs.asdict(settings, recurse=False)


def summary_text(summary: CheckSummary, lang: Language) -> str:
    """The summary line of the text output."""
    s = attrs.asdict(summary)
    if lang == "en":
        parts = [
            f"{s['total']} case(s): {s['compliant']} compliant, {s['in_progress']} in progress, "
            f"{s['not_compliant']} not compliant, {s['unreadable']} unreadable",
        ]
        if s.get("not_fully_checked"):
            parts.append(f", {s['not_fully_checked']} not fully checked")
        if s["internal"]:
            parts.append(f", {s['internal']} internal error(s)")
        if s["skipped"]:
            parts.append(f", {s['skipped']} open case(s) skipped")
        parts.append(f"; {s['errors']} error(s), {s['warnings']} warning(s)")
        return "".join(parts)
    parts = [
        f"{s['total']} kasus: {s['compliant']} patuh, {s['in_progress']} berjalan, "
        f"{s['not_compliant']} tidak patuh, {s['unreadable']} tidak terbaca",
    ]
    if s.get("not_fully_checked"):
        parts.append(f", {s['not_fully_checked']} tidak diperiksa lengkap")
    if s["internal"]:
        parts.append(f", {s['internal']} galat internal")
    if s["skipped"]:
        parts.append(f", {s['skipped']} kasus berjalan dilewati")
    parts.append(f"; {s['errors']} galat, {s['warnings']} peringatan")
    return "".join(parts)
