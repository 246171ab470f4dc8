"""The OpenAPI 3.1 document of the service, generated from the code.

The operations are listed here as data (`OPERATIONS`); the schemas of what they exchange are the
ones the command line's JSON follows (`uji_konsekuensi.schemas`, docs/schemas/, derived from the
response classes of `uji_konsekuensi.responses`), the problem+json of every error
(`responses.ProblemDetails`) and the case file schema (`uji_konsekuensi.schemas.case`,
docs/case.schema.json), each moved under
``components/schemas`` with its ``$defs`` renamed ``<document>.<def>`` so that the document is
self-contained. docs/openapi.json is this module's output (``python -m
uji_konsekuensi.service.openapi > docs/openapi.json``); a test fails when it differs, and the
service serves it at ``/v1/openapi.json``.
"""

from __future__ import annotations

import functools
import json
import sys
from typing import Any

from .. import __version__
from .service_settings import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_HEADER_TIMEOUT,
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BODY,
    DEFAULT_TIMEOUT,
    ENV_TOKEN,
)

__all__ = ["CONTENT_TYPES", "OPERATIONS", "openapi_document"]

#: The media type of each document format the service returns (the app answers with these).
CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


_PROBLEM = "application/problem+json"
#: Documents only the command line prints: its error object (the service answers problem+json),
#: what ``sop import`` read and what ``render -o`` wrote (the service has no such operation).
_CLI_ONLY = ("error", "render-written", "sop-import")
_REF = "#/components/schemas/"


def _hoist(name: str, schema: dict[str, Any], into: dict[str, Any]) -> dict[str, Any]:
    """Put ``schema`` under components as ``name`` (its $defs as ``name.def``); return its ref."""
    defs = schema.get("$defs", {})
    prefix = f"{name}."

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                    out[key] = _REF + prefix + value.removeprefix("#/$defs/")
                else:
                    out[key] = rewrite(value)
            return out
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    for key, value in defs.items():
        into[prefix + key] = rewrite(value)
    body = {k: v for k, v in schema.items() if k not in ("$defs", "$schema", "$id")}
    into[name] = rewrite(body)
    return {"$ref": _REF + name}


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": _REF + ref}}}


def _q(name: str, description: str, schema: dict[str, Any], required: bool = False) -> Any:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema,
    }


_CODE = {
    "name": "code",
    "in": "path",
    "required": True,
    "description": "agency code, e.g. kalbar",
    "schema": {"type": "string"},
}
_START = _q(
    "start",
    "day 0: a date YYYY-MM-DD (the day of receipt), an ISO timestamp with UTC offset, or now",
    {"type": "string"},
    required=True,
)
_CALENDAR = [
    _q("agency", "use this agency's calendar (its zone, days off and on)", {"type": "string"}),
    _q(
        "timezone",
        "without agency: IANA zone or WIB/WITA/WIT (default Asia/Jakarta)",
        {"type": "string"},
    ),
    _q(
        "no_cuti_bersama",
        "count cuti bersama as working days (Perpres 21/2023 Pasal 3, 6)",
        {"type": "boolean"},
    ),
]
_STRICT = _q("strict", "warnings fail a case too", {"type": "boolean"})
_AT = _q(
    "at",
    "also report what is overdue at this moment: now, YYYY-MM-DD (its end) or ISO timestamp",
    {"type": "string"},
)

#: (path, method, operationId, summary, parameters, request body, 200 content, error statuses)
OPERATIONS: tuple[tuple[str, str, str, str, list[Any], Any, Any, tuple[int, ...]], ...] = (
    (
        "/v1/health",
        "get",
        "health",
        "Liveness: the service answers (no token needed)",
        [],
        None,
        _json("health"),
        (),
    ),
    (
        "/v1/agencies",
        "get",
        "listAgencies",
        "The installed agencies and the plugins that failed (agencies --json)",
        [],
        None,
        _json("agencies"),
        (422,),
    ),
    (
        "/v1/agencies/{code}",
        "get",
        "getAgency",
        "One agency's contract: calendar, trigger, SOP, documents, events, roles",
        [_CODE],
        None,
        _json("agency"),
        (404, 422),
    ),
    (
        "/v1/agencies/{code}/flowchart",
        "get",
        "getFlowchart",
        "The SOP AP flowchart page (PermenPAN-RB 35/2012), printable HTML or PDF",
        [
            _CODE,
            _q("sop", "Nomor SOP, when the agency has several", {"type": "string"}),
            _q("format", "html (default) or pdf (extra pdf)", {"type": "string"}),
        ],
        None,
        {
            "text/html": {"schema": {"type": "string"}},
            "application/pdf": {"schema": {"type": "string", "format": "binary"}},
        },
        (404, 422, 501),
    ),
    (
        "/v1/agencies/{code}/plan",
        "get",
        "planAgency",
        "Every SOP step's due date from a start (plan --format json)",
        [
            _CODE,
            _START,
            _q("sop", "Nomor SOP, when the agency has several", {"type": "string"}),
            {
                "name": "branch",
                "in": "query",
                "required": False,
                "description": "branch at a decision, STEP=yes or STEP=no (repeatable, once "
                "per STEP: a STEP given twice is 422)",
                "schema": {"type": "array", "items": {"type": "string"}},
                "style": "form",
                "explode": True,
            },
        ],
        None,
        _json("plan"),
        (404, 422),
    ),
    (
        "/v1/deadlines",
        "get",
        "listDeadlines",
        "Every statutory deadline with its Pasal (due --list-deadlines --json)",
        [],
        None,
        _json("deadlines"),
        (422,),
    ),
    (
        "/v1/due",
        "get",
        "due",
        "A due date in hari kerja with the days skipped and why (due --json)",
        [
            _START,
            _q(
                "days",
                "working days from start (negative: back)",
                {"type": "integer", "minimum": -3650, "maximum": 3650},
            ),
            _q("deadline", "a statutory deadline code, e.g. notice", {"type": "string"}),
            _q("waktu", 'an SOP time text, e.g. "3 (tiga) hari kerja"', {"type": "string"}),
            *_CALENDAR,
        ],
        None,
        {
            "application/json": {
                "schema": {"anyOf": [{"$ref": _REF + "due"}, {"$ref": _REF + "due-waktu"}]}
            }
        },
        (422,),
    ),
    (
        "/v1/timeline",
        "get",
        "timeline",
        "Every statutory deadline of a request received at start (due --timeline --json)",
        [
            _START,
            _q("completed", "the day the request was declared complete", {"type": "string"}),
            *_CALENDAR,
        ],
        None,
        _json("timeline"),
        (422,),
    ),
    (
        "/v1/check",
        "post",
        "check",
        "Check one case (an object) or a batch (an array) against its SOP and the law",
        [
            _STRICT,
            _AT,
            _q("only_closed", "leave open cases out (listed under skipped)", {"type": "boolean"}),
        ],
        {
            "required": True,
            "description": (
                f"a case file, or an array of at most {DEFAULT_MAX_BATCH} (by default) case "
                "files; an unreadable case of a batch is listed under unreadable"
            ),
            "content": {
                "application/json": {
                    "schema": {
                        "anyOf": [
                            {"$ref": _REF + "case"},
                            {"type": "array", "items": {"$ref": _REF + "case"}},
                        ]
                    }
                }
            },
        },
        _json("check"),
        (400, 413, 415, 422),
    ),
    (
        "/v1/state",
        "post",
        "state",
        "Where a case stands at a moment: what is next, who, by when (status --format json)",
        [
            _q(
                "at",
                "the moment (default now): YYYY-MM-DD (its end) or ISO timestamp",
                {"type": "string"},
            )
        ],
        {"required": True, "content": {"application/json": {"schema": {"$ref": _REF + "case"}}}},
        _json("status"),
        (400, 413, 415, 422),
    ),
    (
        "/v1/render/{kind}",
        "post",
        "render",
        "An official document from a case, a Penetapan or a Lembar: the file's bytes",
        [
            {
                "name": "kind",
                "in": "path",
                "required": True,
                "description": "document code: lembar, penetapan, penolakan, dik, dip, or one "
                "an agency adds (GET /v1/agencies/{code}: renderable)",
                "schema": {"type": "string"},
            },
            _q("format", "output format (default html)", {"type": "string"}),
            _q("agency", "agency whose templates apply (default: the case's)", {"type": "string"}),
        ],
        {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "anyOf": [
                            {"$ref": _REF + "case"},
                            {"$ref": _REF + "case.harm.Penetapan"},
                            {"$ref": _REF + "case.harm.ConsequenceTestSheet"},
                        ]
                    }
                }
            },
        },
        "render",
        (400, 404, 413, 415, 422, 501),
    ),
)


def _render_content() -> dict[str, Any]:
    from ..documents.render import FORMATS

    out: dict[str, Any] = {}
    for fmt in FORMATS:
        media = CONTENT_TYPES.get(fmt, "application/octet-stream").split(";")[0]
        out[media] = {
            "schema": {
                "type": "string",
                **({} if media.startswith("text/") else {"format": "binary"}),
            }
        }
    return out


@functools.cache
def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document (see the module notes)."""
    from ..schemas import SCHEMAS, schema
    from ..schemas.case import case_schema

    components: dict[str, Any] = {}
    _hoist("case", case_schema(), components)
    for name in SCHEMAS:
        if name in _CLI_ONLY:
            continue
        _hoist(name, schema(name), components)
    paths: dict[str, Any] = {}
    for path, method, op_id, summary, params, body, ok, errors in OPERATIONS:
        responses: dict[str, Any] = {
            "200": {
                "description": "success",
                "content": _render_content() if ok == "render" else ok,
            }
        }
        if ok == "render":
            responses["200"]["headers"] = {
                "Content-Disposition": {
                    "description": 'attachment; filename="<kind>-<case id>.<format>"',
                    "schema": {"type": "string"},
                }
            }
        # 408 (a request head or body sent too slowly) and 503 (the time limit, every worker
        # busy, too many connections) can answer any operation.
        statuses = sorted(
            {*errors, 401, 403, 408, 500, 503} if path != "/v1/health" else {408, 500, 503}
        )
        for status in statuses:
            responses[str(status)] = {
                "description": _STATUS_TEXT[status],
                "content": {_PROBLEM: {"schema": {"$ref": _REF + "problem"}}},
            }
        operation: dict[str, Any] = {
            "operationId": op_id,
            "summary": summary,
            "parameters": params,
            "responses": responses,
        }
        if path in ("/v1/health",):
            operation["security"] = []
        if body is not None:
            operation["requestBody"] = body
        paths.setdefault(path, {})[method] = operation
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "uji-konsekuensi",
            "version": __version__,
            "summary": "Consequence test (uji konsekuensi) of UU 14/2008: deadlines, SOPs, checks",
            "description": (
                "The library's command line as an HTTP JSON service (docs/service.md). Messages "
                "in Bahasa Indonesia, or English with Accept-Language: en. Errors are RFC 9457 "
                "problem+json with the problems of the input (JSON path, both languages, value, "
                f"expected). Limits by default: body {DEFAULT_MAX_BODY} bytes (413), "
                f"{DEFAULT_MAX_BATCH} cases per check (422), {DEFAULT_TIMEOUT:g} s per request "
                f"(503), {DEFAULT_HEADER_TIMEOUT:g} s to send a request head and "
                f"{DEFAULT_BODY_TIMEOUT:g} s its body (408); a request beyond what the worker "
                "processes and their queue can take is 503 at once, with Retry-After. Internal "
                "errors carry an id (instance) and no detail; the server log has the detail. "
                "A query parameter is given once (branch: once per decision step); an unknown "
                "or repeated one is 422 naming it. "
                f"Bound beyond 127.0.0.1 the service requires the bearer token set in "
                f"{ENV_TOKEN}."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": "http://127.0.0.1:8421"}],
        "security": [{"bearer": []}, {}],
        "paths": paths,
        "components": {
            "schemas": dict(sorted(components.items())),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


_STATUS_TEXT = {
    400: "the body is not JSON, or not UTF-8",
    401: "a token is set and the request did not send it",
    403: "bound beyond loopback without a token: refused",
    404: "unknown agency or document",
    413: "body larger than the limit",
    415: "the body is not application/json",
    422: "invalid input, or a batch larger than the limit; problems lists each",
    500: "internal error (a bug; details in the server log)",
    501: "the optional extra for this format is not installed",
    408: "the request head or body was not sent within its time limit (connection closed)",
    503: "the time limit passed (the work was stopped), every worker process is busy with a "
    "full queue, or too many connections are open; Retry-After says when to try again",
}


def render() -> str:
    """The document as committed in docs/openapi.json."""
    return json.dumps(openapi_document(), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
