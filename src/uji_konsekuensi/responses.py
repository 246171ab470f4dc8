"""The response classes: every JSON document the command line prints and the service answers.

Each document is a frozen attrs class here (the agency's contract, a document of its own with
many parts, is `uji_konsekuensi.portal_contract.AgencyContract`; the SOP, a timeline and the list
of deadlines are the model classes themselves). The JSON is always ``converter.unstructure`` of
one of them: the field order is the key order, every field is written (None as null) unless its
metadata says ``omit_if_none``, dates and timestamps are ISO 8601, enums by value.

The JSON Schemas of docs/schemas/ and the OpenAPI document are derived from these classes
(`uji_konsekuensi.schemas`): a field's Python type gives its schema; what a type cannot say (a
pattern, a range, a note for the reader) is in the field's metadata under ``"schema"``.
A new output field is a field here (or on the contract's classes), filled where the document
is built (`uji_konsekuensi.results`, `uji_konsekuensi.case.batch`); the schema follows by itself
(docs/architecture.md, "Where a new output field goes").
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any, Literal

import attrs

from .calendar.days import DayKind
from .calendar.deadlines import Deadline
from .calendar.explain import Explanation
from .calendar.waktu import Waktu
from .errors import InputError, InternalError, Problem, UjiKonsekuensiError, safe_repr
from .findings import Finding, Severity
from .i18n import Text
from .sop.model import ActorRole

__all__ = [
    "AgencyDraftInference",
    "AgencyDraftQuestion",
    "AgencyList",
    "AgencyValidation",
    "CheckDocument",
    "CheckSummary",
    "CheckedCase",
    "DraftedAgency",
    "DueInCalendarDays",
    "DueInWorkingDays",
    "ErrorDocument",
    "ExplainedDue",
    "Health",
    "InputProblem",
    "PlanDocument",
    "ProblemDetails",
    "SopImport",
    "SopValidation",
    "StateDocument",
    "Unreadable",
    "WaktuDue",
    "WrittenDocument",
    "problems_of",
    "unreadable",
]


def _extra(default: Any = attrs.NOTHING, **schema: Any) -> Any:
    """A field whose JSON Schema says more than its type (a pattern, a range, a description)."""
    return attrs.field(default=default, metadata={"schema": schema})


#: A value quoted back from the input: a scalar (anything else is shown by its repr()).
Scalar = str | int | float | bool | None

# --- errors -----------------------------------------------------------------------------------


def _plain(value: object) -> Scalar:
    """A value as JSON can carry it, and any encoder can write: a lone surrogate (refused input
    quoted back) is escaped, anything else than a scalar is shown by its repr()."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, int | float | bool | type(None)):
        return value
    return safe_repr(value)


@attrs.frozen(kw_only=True)
class InputProblem:
    """Where (JSON path), what (Indonesian and English), the value given, what is expected
    (expected_en: in English, when it differs)."""

    path: str
    message: str
    message_en: str
    value: Scalar
    expected: str | None
    expected_en: str | None

    @classmethod
    def from_problem(cls, p: Problem) -> InputProblem:
        """A `Problem` as JSON: the value made writable, ``expected_en`` defaulting to
        ``expected`` (a language-neutral "YYYY-MM-DD" reads the same in both)."""
        return cls(
            path=p.path,
            message=p.message,
            message_en=p.message_en,
            value=_plain(p.value),
            expected=p.expected,
            expected_en=p.expected_en if p.expected_en is not None else p.expected,
        )


def problems_of(exc: UjiKonsekuensiError) -> tuple[Problem, ...]:
    """The problems of a library error: an `InputError`'s own, or one naming its message, in
    both languages when the error can say it in both (`UnknownAgencyError`, ...)."""
    if isinstance(exc, InputError):
        return exc.problems
    message = message_en = str(exc)
    render = getattr(exc, "render", None)
    if callable(render):
        with contextlib.suppress(TypeError):  # a render() that takes no language
            message, message_en = str(render("id")), str(render("en"))
    return (Problem(path="", message=message, message_en=message_en),)


@attrs.frozen(kw_only=True)
class Unreadable:
    """An input that could not be used: kind input (fix it) or internal (a bug: report it)."""

    file: str
    kind: Literal["input", "internal"]
    problems: tuple[InputProblem, ...]


def unreadable(source: str, exc: BaseException) -> Unreadable:
    """An input that could not be used, or an internal error, naming ``source``: ``kind``
    ``"input"`` (the input is wrong: fix it) or ``"internal"`` (a bug: report it; its one
    problem names the exception's class as its value)."""
    if isinstance(exc, UjiKonsekuensiError) and not isinstance(exc, InternalError):
        problems = tuple(InputProblem.from_problem(p) for p in problems_of(exc))
        return Unreadable(file=source, kind="input", problems=problems)
    internal = exc if isinstance(exc, InternalError) else InternalError(source, exc)
    problem = InputProblem(
        path="",
        message=internal.render("id"),
        message_en=internal.render("en"),
        value=type(internal.cause).__name__,
        expected=None,
        expected_en=None,
    )
    return Unreadable(file=source, kind="internal", problems=(problem,))


@attrs.frozen(kw_only=True)
class ErrorDocument:
    """An error printed by a command with --format json (exit code 2 or 70)."""

    error: Unreadable


@attrs.frozen(kw_only=True)
class ProblemDetails:
    """An error of the HTTP service (RFC 9457 application/problem+json) with the problems of
    the input, as InputError lists them."""

    type: str = _extra(format="uri")
    title: str
    status: int = _extra(minimum=400, maximum=599)
    detail: str
    kind: Literal["input", "internal", "limit", "auth", "not_found"]
    source: str | None
    problems: tuple[InputProblem, ...]
    instance: str | None = attrs.field(
        default=None,
        metadata={
            "omit_if_none": True,
            "schema": {
                "format": "uri",
                "description": "An internal error's id (urn:uuid:...), the one the server log "
                "gives with its details",
            },
        },
    )


@attrs.frozen(kw_only=True)
class Health:
    """Liveness: the service answers, and its version."""

    status: Literal["ok"]
    version: str


# --- agencies ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class InstalledAgency:
    """An installed agency."""

    code: str
    name: str
    timezone: str
    trigger: Literal["request", "periodic"]
    sops: tuple[str, ...]
    plugin: str
    distribution: str | None
    example: bool = _extra(
        description="a fictional agency that shows how a plugin is written (AgencyInfo."
        "example); the text listing shows it only with --all"
    )


@attrs.frozen(kw_only=True)
class FailedPlugin:
    """A plugin that failed."""

    plugin: str | None
    distribution: str | None
    hook: str | None
    agency: str | None
    message: str
    message_en: str


@attrs.frozen(kw_only=True)
class AgencyList:
    """uji-konsekuensi agencies --json; GET /v1/agencies"""

    agencies: tuple[InstalledAgency, ...]
    problems: tuple[FailedPlugin, ...]


@attrs.frozen(kw_only=True)
class SopValidation:
    """uji-konsekuensi sop validate FILE|CODE --json: the SOP's own findings"""

    sop: str
    valid: bool
    findings: tuple[Finding, ...]


@attrs.frozen(kw_only=True)
class AgencyValidation:
    """uji-konsekuensi agency validate DIR|CODE --json: the SOPs' own findings and theirs
    against the agency; folder and sha256 when the agency is a folder (null otherwise)"""

    agency: str
    folder: str | None
    sha256: str | None
    valid: bool
    findings: tuple[Finding, ...]


@attrs.frozen(kw_only=True)
class ImportQuestion:
    """A decision the SOP importer leaves to a person: the field of sop.json it concerns, the
    place in the source and that line, the question, what was read there, the other fields the
    same answer decides (in the language of the command)."""

    path: str
    where: str | None
    source: str | None
    question: str
    read: str | None
    covers: tuple[str, ...]
    settles: tuple[str, ...] = _extra(
        description="the fields the answer to this question also decides"
    )


@attrs.frozen(kw_only=True)
class AgencyDraftQuestion:
    """A value of the drafted agency.json left to a person: its path and the question (in the
    language of the command)."""

    path: str
    question: str


@attrs.frozen(kw_only=True)
class AgencyDraftInference:
    """A value of the drafted agency.json that was inferred: its path and why (in the language
    of the command)."""

    path: str
    note: str


@attrs.frozen(kw_only=True)
class DraftedAgency:
    """sop import --agency-folder: the folder written, agency.json as written, what is still to
    decide (``review``) and what was inferred (``inferred``)."""

    folder: str
    data: Any = attrs.field(metadata={"schema": {"type": "object"}})
    review: tuple[AgencyDraftQuestion, ...]
    inferred: tuple[AgencyDraftInference, ...]


@attrs.frozen(kw_only=True)
class SopImport:
    """uji-konsekuensi sop import FILE --json: the draft sop.json (or the path it was written
    to with -o), the questions left to a person, why the draft cannot be loaded yet (if so), how
    long the import took, and the draft's own findings"""

    source: str
    sop: Any = attrs.field(
        metadata={
            "schema": {
                "anyOf": [{"type": "object"}, {"type": "string"}],
                "description": "the draft as sop.json holds it, or the file it was written to",
            }
        }
    )
    review: tuple[ImportQuestion, ...]
    agency: DraftedAgency | None = attrs.field(
        default=None,
        metadata={
            "omit_if_none": True,
            "schema": {"description": "with --agency-folder only: the agency.json drafted"},
        },
    )
    load_error: str | None
    seconds: float
    findings: tuple[Finding, ...]


@attrs.frozen(kw_only=True)
class WrittenDocument:
    """uji-konsekuensi render KIND SOURCE -o FILE --json: the file written, the document and
    its format"""

    written: str
    document: str
    format: str


# --- due --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ExplainedDue(Explanation):
    """A due date in hari kerja with every day skipped and why (`calendar.Explanation`), the
    due date as people write it in both languages, and the zone's name (WIB, WITA, WIT)."""

    due_text: Text
    zone_label: str


@attrs.frozen(kw_only=True)
class DueInWorkingDays(ExplainedDue):
    """A due date counted in hari kerja; ``deadline``: the statutory deadline it is, if one."""

    deadline: Deadline | None


@attrs.frozen(kw_only=True)
class DueInCalendarDays:
    """A statutory deadline counted in calendar days."""

    deadline: Deadline
    start: dt.date | dt.datetime
    due: dt.date


@attrs.frozen(kw_only=True)
class WaktuDue:
    """uji-konsekuensi due START --waktu TEXT --json; GET /v1/due?waktu="""

    waktu: Waktu
    description: Text
    start: dt.date | dt.datetime
    timezone: str
    due: dt.datetime | None
    explanation: ExplainedDue | None


# --- check ------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CheckedFinding:
    """A finding: stable code, severity, SOP step, JSON path, basis, both languages."""

    code: str
    severity: Severity
    step: int | None
    field: str | None
    basis: str | None
    message: str
    message_en: str

    @classmethod
    def from_finding(cls, f: Finding) -> CheckedFinding:
        """A finding in the order a checked case lists its keys."""
        return cls(
            code=f.code,
            severity=f.severity,
            step=f.step,
            field=f.field,
            basis=f.basis,
            message=f.message,
            message_en=f.message_en,
        )


@attrs.frozen(kw_only=True)
class ReplacedRule:
    """A built-in rule the agency's plugin replaced (docs/architecture.md)."""

    rule: str
    by: str
    plugin: str


@attrs.frozen(kw_only=True)
class RuleRun:
    """A rule that ran, in order: its origin (statute, regulation, sop, agency) and who gave it
    (plugin, distribution, version; null for the core's own)."""

    code: str
    origin: Literal["statute", "regulation", "sop", "agency"]
    plugin: str | None
    distribution: str | None
    version: str | None
    replaces: str | None


@attrs.frozen(kw_only=True)
class FailedRule:
    """A plugin's rule that did not run to its end (the case is not fully checked)."""

    rule: str
    plugin: str | None
    distribution: str | None
    version: str | None
    message: str
    message_en: str


@attrs.frozen(kw_only=True)
class AgencyPluginProblem:
    """A problem of a plugin of this agency when it was loaded (a refused calendar, a refused
    rule)."""

    plugin: str
    distribution: str | None
    hook: str | None
    message: str
    message_en: str


@attrs.frozen(kw_only=True)
class DecreedDay:
    """A day of the agency's own calendar, with the decree that makes it."""

    date: dt.date
    name: str
    source: str


@attrs.frozen(kw_only=True)
class CalendarSources:
    """Where the agency's calendar comes from: the plugin that gave it, the holidays data, the
    working week (and the decree of a week other than Monday-Friday, Perpres 21/2023 Pasal 7),
    the agency's own days with their decree."""

    plugin: str | None
    distribution: str | None
    version: str | None
    holidays_version: str
    working_week: tuple[int, ...]
    extra_days_off: tuple[DecreedDay, ...]
    extra_working_days: tuple[DecreedDay, ...]
    working_week_basis: str | None = None


@attrs.frozen(kw_only=True)
class AgencyDataSource:
    """What an agency that is data (agency_data) was read from, the same on every machine: its
    code, the folder's name (never its path), the distribution and version that installed it
    (null for a folder given by --agencies or UJI_KONSEKUENSI_AGENCIES) and the sha256 of its
    files; null for an agency given by Python code."""

    code: str
    folder: str
    distribution: str | None
    version: str | None
    sha256: str = _extra(pattern="^[0-9a-f]{64}$")


@attrs.frozen(kw_only=True)
class CalendarUse:
    """The calendar data behind the dates (CalendarUse)."""

    holidays_version: str
    timezone: str
    decreed_through: int
    provisional: bool
    provisional_years: tuple[int, ...]


@attrs.frozen(kw_only=True)
class CalendarUseWithEstimates(CalendarUse):
    """The calendar data behind the dates (CalendarUse), with the estimated holidays used."""

    estimated: tuple[dt.date, ...]


Outcome = Literal["compliant", "in_progress", "not_compliant", "not_fully_checked"]


@attrs.frozen(kw_only=True)
class CheckedCase:
    """One checked case."""

    file: str
    case_id: str
    agency: str
    sop: str
    outcome: Outcome
    closed: bool
    ok: bool
    replaced_rules: tuple[ReplacedRule, ...]
    rules_run: tuple[RuleRun, ...]
    rule_failures: tuple[FailedRule, ...]
    plugin_problems: tuple[AgencyPluginProblem, ...]
    calendar_sources: CalendarSources | None
    agency_data: AgencyDataSource | None
    errors: int
    warnings: int
    findings: tuple[CheckedFinding, ...]
    calendar: CalendarUse | None


@attrs.frozen(kw_only=True)
class SkippedCase:
    """An open case left out by --only-closed."""

    file: str
    case_id: str
    outcome: Literal["in_progress"]


@attrs.frozen(kw_only=True)
class CheckSummary:
    """Counts, and the exit code of the command line (0 compliant, 1 not compliant, 2
    unreadable, 3 in progress, 4 not fully checked, 70 internal error)."""

    total: int
    compliant: int
    in_progress: int
    not_compliant: int
    not_fully_checked: int
    unreadable: int
    internal: int
    skipped: int
    errors: int
    warnings: int
    strict: bool
    only_closed: bool
    exit_code: Literal[0, 1, 2, 3, 4, 70]


@attrs.frozen(kw_only=True)
class CheckDocument:
    """uji-konsekuensi check --format json; POST /v1/check"""

    cases: tuple[CheckedCase, ...]
    unreadable: tuple[Unreadable, ...]
    skipped: tuple[SkippedCase, ...]
    summary: CheckSummary


# --- state ------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class StepState:
    """A step of the case: status, who, when, due."""

    step: int
    activity: str
    status: Literal["done", "in_progress", "next"]  # case.state.Status
    roles: tuple[ActorRole, ...]
    lanes: tuple[str, ...]
    ready_at: dt.datetime | None
    started_at: dt.datetime | None
    completed_at: dt.datetime | None
    branch: Literal["yes", "no"] | None
    due: dt.datetime | None
    due_basis: str | None
    late: bool
    overdue: bool


@attrs.frozen(kw_only=True)
class DeadlineState:
    """A statutory deadline of a request (DeadlineStatus)."""

    code: str
    name: str
    name_en: str
    due: dt.date | dt.datetime | None
    basis: str
    met_at: dt.datetime | None
    overdue: bool
    note: str | None
    note_en: str | None


@attrs.frozen(kw_only=True)
class StateDocument:
    """uji-konsekuensi status --format json; POST /v1/state"""

    case_id: str
    agency: str
    sop: str
    at: dt.datetime
    timezone: str
    finished: bool
    waiting_for_requester: bool
    who: tuple[ActorRole, ...]
    next: tuple[StepState, ...]
    done: tuple[StepState, ...]
    deadlines: tuple[DeadlineState, ...]
    overdue: bool
    calendar: CalendarUseWithEstimates


# --- plan -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class SkippedDay:
    """A day not counted, and why."""

    date: dt.date
    kind: DayKind
    name: str
    name_en: str | None
    estimated: bool


@attrs.frozen(kw_only=True)
class PlanStep:
    """A step with its due moment if it uses all the time its waktu gives; the document codes
    it ``requires`` and ``produces``, as the agency's plugin declares them."""

    step: int
    activity: str
    roles: tuple[ActorRole, ...]
    lanes: tuple[str, ...]
    waktu: str | None
    ready: dt.date | dt.datetime | None
    due: dt.date | dt.datetime | None
    branch: Literal["yes", "no"] | None
    provisional: bool
    skipped: tuple[SkippedDay, ...]
    note: str | None
    note_en: str | None
    requires: tuple[str, ...]
    produces: tuple[str, ...]


@attrs.frozen(kw_only=True)
class PlanDeadline:
    """A statutory deadline of the request."""

    code: str
    name: str
    name_en: str
    due: dt.date
    basis: str
    governs: bool


@attrs.frozen(kw_only=True)
class PlanDocument:
    """uji-konsekuensi plan --format json; GET /v1/agencies/{code}/plan"""

    agency: str
    sop: str
    timezone: str
    start: dt.date | dt.datetime
    provisional: bool
    steps: tuple[PlanStep, ...]
    timeline: tuple[PlanDeadline, ...] | None
