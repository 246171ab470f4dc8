"""JSON Schemas (draft 2020-12) of every JSON document the command line prints and the service
returns, generated from the code.

A result made of model classes (an `Explanation`, a `RequestTimeline`, an SOP, the agency
contract of `uji_konsekuensi.contract`) gets its schema from those classes, the way
`uji_konsekuensi.case.schema` derives the case file's; a result the code builds as a dict
(`uji_konsekuensi.results`: check, status, plan, agencies) is described here next to the
function that builds it. Output schemas are strict: every key is listed and required (the wire
format writes defaults too) and no other key is allowed, so a change in an output without a
change here fails the tests that validate every output against its schema.

``python -m uji_konsekuensi.schemas docs/schemas`` writes one file per document (`SCHEMAS`);
tests/test_schemas.py fails when a committed file differs from what the code gives.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["BASE_ID", "SCHEMAS", "schema", "validate", "write_all"]

BASE_ID = "https://uji-konsekuensi.example/schema/"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DATE = r"^\d{4}-\d{2}-\d{2}$"
_TIMESTAMP = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$"


class _OutputBuilder:
    """Schemas of model classes as the converter writes them (every field present)."""

    def __init__(self) -> None:
        from .case.schema import _Builder

        class Builder(_Builder):
            def object(self, cls: type) -> dict[str, Any]:
                out = super().object(cls)
                out["required"] = list(out["properties"])
                return out

            def type(self, tp: Any) -> dict[str, Any]:
                if tp is typing.Any:
                    return {}
                return super().type(tp)

        self.builder = Builder()

    @property
    def defs(self) -> dict[str, Any]:
        return self.builder.defs

    def of(self, cls: type) -> dict[str, Any]:
        return self.builder.ref(cls)


# --- building blocks --------------------------------------------------------------------------


def _s(nullable: bool = False, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": ["string", "null"] if nullable else "string", **extra}
    return out


def _date(nullable: bool = False) -> dict[str, Any]:
    if nullable:
        return {"anyOf": [_date(), {"type": "null"}]}
    return {"type": "string", "format": "date", "pattern": _DATE}


def _stamp(nullable: bool = False) -> dict[str, Any]:
    if nullable:
        return {"anyOf": [_stamp(), {"type": "null"}]}
    return {"type": "string", "format": "date-time", "pattern": _TIMESTAMP}


def _date_or_stamp(nullable: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"anyOf": [_date(), _stamp()]}
    if nullable:
        out["anyOf"].append({"type": "null"})
    return out


def _obj(doc: str, /, **props: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "description": doc,
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def _arr(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


_INT = {"type": "integer"}
_BOOL = {"type": "boolean"}
_ROLES = {
    "anyOf": [
        {
            "enum": [
                "pemohon",
                "petugas",
                "ppid",
                "ppid-pelaksana",
                "atasan-ppid",
                "tim-pertimbangan",
                "pimpinan",
                "unit-pengelola-informasi",
            ]
        },
        {
            "type": "string",
            "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            "description": 'a role the agency declares in agency.json "roles"',
        },
    ]
}
_SCALAR = {"type": ["string", "integer", "number", "boolean", "null"]}


def problem_schema() -> dict[str, Any]:
    """One problem of an unreadable input (`uji_konsekuensi.errors.Problem`)."""
    out = _obj(
        "Where (JSON path), what (Indonesian and English), the value given, what is expected "
        "(expected_en: in English, when it differs).",
        path=_s(),
        message=_s(),
        message_en=_s(),
        value=_SCALAR,
        expected=_s(nullable=True),
        expected_en=_s(nullable=True),
    )
    return out


def _unreadable() -> dict[str, Any]:
    return _obj(
        "An input that could not be used: kind input (fix it) or internal (a bug: report it).",
        file=_s(),
        kind={"enum": ["input", "internal"]},
        problems=_arr(problem_schema()),
    )


def _calendar_use(estimated: bool) -> dict[str, Any]:
    props: dict[str, Any] = {
        "holidays_version": _s(),
        "timezone": _s(),
        "decreed_through": _INT,
        "provisional": _BOOL,
        "provisional_years": _arr(_INT),
    }
    if estimated:
        props["estimated"] = _arr(_date())
    return _obj("The calendar data behind the dates (CalendarUse).", **props)


# --- the documents ----------------------------------------------------------------------------


def _decreed_day() -> dict[str, Any]:
    return _obj(
        "A day of the agency's own calendar, with the decree that makes it.",
        date=_date(),
        name=_s(),
        source=_s(),
    )


def _check(b: _OutputBuilder) -> dict[str, Any]:
    finding = _obj(
        "A finding: stable code, severity, SOP step, JSON path, basis, both languages.",
        code=_s(),
        severity={"enum": ["error", "warning", "info"]},
        step={"type": ["integer", "null"]},
        field=_s(nullable=True),
        basis=_s(nullable=True),
        message=_s(),
        message_en=_s(),
    )
    case = _obj(
        "One checked case.",
        file=_s(),
        case_id=_s(),
        agency=_s(),
        sop=_s(),
        outcome={"enum": ["compliant", "in_progress", "not_compliant", "not_fully_checked"]},
        closed=_BOOL,
        ok=_BOOL,
        replaced_rules=_arr(
            _obj(
                "A built-in rule the agency's plugin replaced (docs/architecture.md).",
                rule=_s(),
                by=_s(),
                plugin=_s(),
            )
        ),
        rules_run=_arr(
            _obj(
                "A rule that ran, in order: its origin (statute, regulation, sop, agency) and "
                "who gave it (plugin, distribution, version; null for the core's own).",
                code=_s(),
                origin={"enum": ["statute", "regulation", "sop", "agency"]},
                plugin=_s(nullable=True),
                distribution=_s(nullable=True),
                version=_s(nullable=True),
                replaces=_s(nullable=True),
            )
        ),
        rule_failures=_arr(
            _obj(
                "A plugin's rule that did not run to its end (the case is not fully checked).",
                rule=_s(),
                plugin=_s(nullable=True),
                distribution=_s(nullable=True),
                version=_s(nullable=True),
                message=_s(),
                message_en=_s(),
            )
        ),
        plugin_problems=_arr(
            _obj(
                "A problem of a plugin of this agency when it was loaded (a refused calendar, "
                "a refused rule).",
                plugin=_s(),
                distribution=_s(nullable=True),
                hook=_s(nullable=True),
                message=_s(),
                message_en=_s(),
            )
        ),
        calendar_sources={
            "anyOf": [
                _obj(
                    "Where the agency's calendar comes from: the plugin that gave it, the "
                    "holidays data, the working week, the agency's own days with their decree.",
                    plugin=_s(nullable=True),
                    distribution=_s(nullable=True),
                    version=_s(nullable=True),
                    holidays_version=_s(),
                    working_week=_arr(_INT),
                    extra_days_off=_arr(_decreed_day()),
                    extra_working_days=_arr(_decreed_day()),
                ),
                {"type": "null"},
            ]
        },
        agency_data={
            "anyOf": [
                _obj(
                    "What an agency that is data (agency_data) was read from, the same on "
                    "every machine: its code, the folder's name (never its path), the "
                    "distribution and version that installed it (null for a folder given by "
                    "--agencies or UJI_KONSEKUENSI_AGENCIES) and the sha256 of its files; "
                    "null for an agency given by Python code.",
                    code=_s(),
                    folder=_s(),
                    distribution=_s(nullable=True),
                    version=_s(nullable=True),
                    sha256=_s(pattern="^[0-9a-f]{64}$"),
                ),
                {"type": "null"},
            ]
        },
        errors=_INT,
        warnings=_INT,
        findings=_arr(finding),
        calendar={"anyOf": [_calendar_use(False), {"type": "null"}]},
    )
    summary = _obj(
        "Counts, and the exit code of the command line (0 compliant, 1 not compliant, "
        "2 unreadable, 3 in progress, 4 not fully checked, 70 internal error).",
        total=_INT,
        compliant=_INT,
        in_progress=_INT,
        not_compliant=_INT,
        not_fully_checked=_INT,
        unreadable=_INT,
        internal=_INT,
        skipped=_INT,
        errors=_INT,
        warnings=_INT,
        strict=_BOOL,
        only_closed=_BOOL,
        exit_code={"enum": [0, 1, 2, 3, 4, 70]},
    )
    skipped = _obj(
        "An open case left out by --only-closed.",
        file=_s(),
        case_id=_s(),
        outcome={"enum": ["in_progress"]},
    )
    return _obj(
        "uji-konsekuensi check --format json; POST /v1/check",
        cases=_arr(case),
        unreadable=_arr(_unreadable()),
        skipped=_arr(skipped),
        summary=summary,
    )


def _status(b: _OutputBuilder) -> dict[str, Any]:
    step = _obj(
        "A step of the case: status, who, when, due.",
        step=_INT,
        activity=_s(),
        status=_s(),
        roles=_arr(_ROLES),
        lanes=_arr(_s()),
        ready_at=_stamp(True),
        started_at=_stamp(True),
        completed_at=_stamp(True),
        branch={"enum": ["yes", "no", None]},
        due=_stamp(True),
        due_basis=_s(nullable=True),
        late=_BOOL,
        overdue=_BOOL,
    )
    deadline = _obj(
        "A statutory deadline of a request (DeadlineStatus).",
        code=_s(),
        name=_s(),
        name_en=_s(),
        due=_date_or_stamp(True),
        basis=_s(),
        met_at=_stamp(True),
        overdue=_BOOL,
        note=_s(nullable=True),
        note_en=_s(nullable=True),
    )
    return _obj(
        "uji-konsekuensi status --format json; POST /v1/state",
        case_id=_s(),
        agency=_s(),
        sop=_s(),
        at=_stamp(),
        timezone=_s(),
        finished=_BOOL,
        waiting_for_requester=_BOOL,
        who=_arr(_ROLES),
        next=_arr(step),
        done=_arr(step),
        deadlines=_arr(deadline),
        overdue=_BOOL,
        calendar=_calendar_use(True),
    )


def _plan(b: _OutputBuilder) -> dict[str, Any]:
    skipped = _obj(
        "A day not counted, and why.",
        date=_date(),
        kind={"enum": ["weekend", "libur_nasional", "cuti_bersama", "agency_decree"]},
        name=_s(),
        name_en=_s(nullable=True),
        estimated=_BOOL,
    )
    step = _obj(
        "A step with its due moment if it uses all the time its waktu gives.",
        step=_INT,
        activity=_s(),
        roles=_arr(_ROLES),
        lanes=_arr(_s()),
        waktu=_s(nullable=True),
        ready=_date_or_stamp(True),
        due=_date_or_stamp(True),
        branch={"enum": ["yes", "no", None]},
        provisional=_BOOL,
        skipped=_arr(skipped),
        note=_s(nullable=True),
        note_en=_s(nullable=True),
        requires=_arr(_s()),
        produces=_arr(_s()),
    )
    entry = _obj(
        "A statutory deadline of the request.",
        code=_s(),
        name=_s(),
        name_en=_s(),
        due=_date(),
        basis=_s(),
        governs=_BOOL,
    )
    return _obj(
        "uji-konsekuensi plan --format json; GET /v1/agencies/{code}/plan",
        agency=_s(),
        sop=_s(),
        timezone=_s(),
        start=_date_or_stamp(),
        provisional=_BOOL,
        steps=_arr(step),
        timeline={"anyOf": [_arr(entry), {"type": "null"}]},
    )


def _agencies(b: _OutputBuilder) -> dict[str, Any]:
    agency = _obj(
        "An installed agency.",
        code=_s(),
        name=_s(),
        timezone=_s(),
        trigger={"enum": ["request", "periodic"]},
        sops=_arr(_s()),
        plugin=_s(),
        distribution=_s(nullable=True),
        example={
            "type": "boolean",
            "description": "a fictional agency that shows how a plugin is written (AgencyInfo."
            "example); the text listing shows it only with --all",
        },
    )
    problem = _obj(
        "A plugin that failed.",
        plugin=_s(nullable=True),
        distribution=_s(nullable=True),
        hook=_s(nullable=True),
        agency=_s(nullable=True),
        message=_s(),
        message_en=_s(),
    )
    return _obj(
        "uji-konsekuensi agencies --json; GET /v1/agencies",
        agencies=_arr(agency),
        problems=_arr(problem),
    )


def _agency(b: _OutputBuilder) -> dict[str, Any]:
    from .contract import AgencyContract

    ref = b.of(AgencyContract)
    body = dict(b.defs[ref["$ref"].rsplit("/", 1)[1]])
    body["description"] = "uji-konsekuensi agencies CODE --format json; GET /v1/agencies/{code}"
    return body


def _sop(b: _OutputBuilder) -> dict[str, Any]:
    from .sop import SOP

    ref = b.of(SOP)
    body = dict(b.defs[ref["$ref"].rsplit("/", 1)[1]])
    body["description"] = "uji-konsekuensi sop CODE --json (the wire format of a plugin's sop.json)"
    return body


def _explanation(b: _OutputBuilder) -> dict[str, Any]:
    from .calendar import Explanation

    ref = b.of(Explanation)
    name = ref["$ref"].rsplit("/", 1)[1]
    body = dict(b.defs[name])
    props = dict(body["properties"])
    props["due_text"] = _obj("The due date in words.", id=_s(), en=_s())
    props["zone_label"] = _s()
    body["properties"] = props
    body["required"] = list(props)
    b.defs[f"{name}Json"] = body
    return {"$ref": f"#/$defs/{name}Json"}


def _due(b: _OutputBuilder) -> dict[str, Any]:
    from .calendar.deadlines import Deadline

    working = _explanation(b)
    name = working["$ref"].rsplit("/", 1)[1]
    body = b.defs[name]
    with_deadline = dict(body)
    with_deadline["properties"] = {
        **body["properties"],
        "deadline": {"anyOf": [b.of(Deadline), {"type": "null"}]},
    }
    with_deadline["required"] = list(with_deadline["properties"])
    calendar_days = _obj(
        "A statutory deadline counted in calendar days.",
        deadline=b.of(Deadline),
        start=_date_or_stamp(),
        due=_date(),
    )
    return {
        "description": (
            "uji-konsekuensi due START N --json, due START --deadline CODE --json; GET /v1/due "
            "(a working-day count with the days skipped, or a deadline in calendar days)"
        ),
        "oneOf": [with_deadline, calendar_days],
    }


def _waktu(b: _OutputBuilder) -> dict[str, Any]:
    from .calendar import Waktu

    return _obj(
        "uji-konsekuensi due START --waktu TEXT --json; GET /v1/due?waktu=",
        waktu=b.of(Waktu),
        description=_obj("The waktu in words.", id=_s(), en=_s()),
        start=_date_or_stamp(),
        timezone=_s(),
        due=_stamp(True),
        explanation={"anyOf": [_explanation(b), {"type": "null"}]},
    )


def _timeline(b: _OutputBuilder) -> dict[str, Any]:
    from .calendar import RequestTimeline

    ref = b.of(RequestTimeline)
    body = dict(b.defs[ref["$ref"].rsplit("/", 1)[1]])
    body["description"] = "uji-konsekuensi due START --timeline --json; GET /v1/timeline"
    return body


def _deadlines(b: _OutputBuilder) -> dict[str, Any]:
    from .calendar.deadlines import Deadline

    return {
        "description": "uji-konsekuensi due --list-deadlines --json; GET /v1/deadlines",
        "type": "array",
        "items": b.of(Deadline),
    }


def _sop_validate(b: _OutputBuilder) -> dict[str, Any]:
    from .findings import Finding

    return _obj(
        "uji-konsekuensi sop validate FILE|CODE --json: the SOP's own findings",
        sop=_s(),
        valid=_BOOL,
        findings=_arr(b.of(Finding)),
    )


def _agency_validate(b: _OutputBuilder) -> dict[str, Any]:
    from .findings import Finding

    return _obj(
        "uji-konsekuensi agency validate DIR|CODE --json: the SOPs' own findings and theirs "
        "against the agency; folder and sha256 when the agency is a folder (null otherwise)",
        agency=_s(),
        folder=_s(nullable=True),
        sha256=_s(nullable=True),
        valid=_BOOL,
        findings=_arr(b.of(Finding)),
    )


def _error(b: _OutputBuilder) -> dict[str, Any]:
    return _obj(
        "An error printed by a command with --format json (exit code 2 or 70).",
        error=_unreadable(),
    )


def _problem_details(b: _OutputBuilder) -> dict[str, Any]:
    body = _obj(
        "An error of the HTTP service (RFC 9457 application/problem+json) with the problems "
        "of the input, as InputError lists them.",
        type=_s(format="uri"),
        title=_s(),
        status={"type": "integer", "minimum": 400, "maximum": 599},
        detail=_s(),
        kind={"enum": ["input", "internal", "limit", "auth", "not_found"]},
        source=_s(nullable=True),
        problems=_arr(problem_schema()),
        instance=_s(
            format="uri",
            description="An internal error's id (urn:uuid:...), the one the server log gives "
            "with its details",
        ),
    )
    body["required"] = ["type", "title", "status", "detail", "problems"]
    return body


def _agency_data(b: _OutputBuilder) -> dict[str, Any]:
    """An INPUT, not an output: agency.json of an agency folder (`agency_data.AgencyData`).

    Built like the case file's schema (a field with a default may be left out; no other key is
    allowed), with its own ``$defs``, since the output builder's require every key.
    """
    from .agency_data import AgencyData
    from .case.schema import _Builder

    class Builder(_Builder):
        def type(self, tp: Any) -> dict[str, Any]:
            if tp is Path:
                return {"type": "string", "minLength": 1}
            if tp is dt.time:
                return {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2})?$"}
            return super().type(tp)

    builder = Builder()
    root = builder.object(AgencyData)
    return {
        "description": (
            "agency.json of an agency folder (beside sop.json and an optional templates/): an "
            "agency as data, loaded through the same hooks as a plugin. Generated from "
            "uji_konsekuensi.agency_data.AgencyData; reference: docs/agency-data.md."
        ),
        **{k: v for k, v in root.items() if k != "description"},
        "$defs": dict(sorted(builder.defs.items())),
    }


#: Every document, by file name (without ``.json``): name -> builder.
SCHEMAS: dict[str, Callable[[_OutputBuilder], dict[str, Any]]] = {
    "agencies": _agencies,
    "agency": _agency,
    "agency-data": _agency_data,
    "agency-validate": _agency_validate,
    "check": _check,
    "deadlines": _deadlines,
    "due": _due,
    "due-waktu": _waktu,
    "error": _error,
    "plan": _plan,
    "problem": _problem_details,
    "sop": _sop,
    "sop-validate": _sop_validate,
    "status": _status,
    "timeline": _timeline,
}


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one document (a key of `SCHEMAS`), with its own ``$defs``."""
    builder = _OutputBuilder()
    body = SCHEMAS[name](builder)
    out: dict[str, Any] = {
        "$schema": _DRAFT,
        "$id": f"{BASE_ID}{name}.json",
        "title": f"uji-konsekuensi {name}",
        **body,
    }
    if builder.defs:
        out["$defs"] = dict(sorted(builder.defs.items()))
    return out


def validate(name: str, data: Any) -> None:
    """Raise `AssertionError` listing (at most five) places where ``data`` breaks the schema
    ``name``: for tests that want every JSON output checked (needs the ``jsonschema`` package of
    the ``test`` extra)."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    validator = Draft202012Validator(
        schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        lines = [f"{e.json_path}: {e.message[:200]}" for e in errors[:5]]
        raise AssertionError(f"not valid against docs/schemas/{name}.json:\n" + "\n".join(lines))


def render(name: str) -> str:
    """The file text of one schema (stable key order, UTF-8, final newline)."""
    return json.dumps(schema(name), ensure_ascii=False, indent=2) + "\n"


def write_all(folder: str | Path) -> list[Path]:
    """Write every schema into ``folder`` (``<name>.json``); returns the paths written."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMAS:
        path = target / f"{name}.json"
        path.write_text(render(name), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m uji_konsekuensi.schemas FOLDER``: write every schema there."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m uji_konsekuensi.schemas FOLDER\n")
        return 2
    for path in write_all(args[0]):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
