"""JSON Schemas (draft 2020-12) of every JSON document the command line prints and the service
returns, and of the files it reads, all derived from the classes (`schemas.derive`).

- an output document's schema comes from its response class (`uji_konsekuensi.responses`, the
  portal contract `uji_konsekuensi.portal_contract.AgencyContract`, the SOP, a timeline): every
  key is listed and required (the wire format writes defaults too) and no other key is allowed,
  so an output that changes without its class fails the tests that validate every output;
- an input's schema comes from the model the converter reads: the case file
  (`uji_konsekuensi.schemas.case`, docs/case.schema.json) and an agency folder's agency.json
  (``agency-data`` below).

``python -m uji_konsekuensi.schemas docs/schemas`` writes one file per document (`SCHEMAS`);
tests/test_schemas.py fails when a committed file differs from what the code gives. The OpenAPI
document of the service (`uji_konsekuensi.service.openapi`) gathers the same schemas.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .derive import SchemaBuilder

__all__ = ["BASE_ID", "SCHEMAS", "render", "schema", "validate", "write_all"]

BASE_ID = "https://uji-konsekuensi.example/schema/"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"

Body = Callable[[SchemaBuilder], dict[str, Any]]


def _document(cls_path: str, description: str | None = None) -> Body:
    """A document that is one object of class ``cls_path`` ("module:Class"); ``description``
    replaces the class's own where the class is a model shown as a document (the SOP)."""

    def body(b: SchemaBuilder) -> dict[str, Any]:
        root = b.object(_class(cls_path))
        if description is not None:
            root["description"] = description
        return root

    return body


def _class(path: str) -> type:
    import importlib

    module, _, name = path.partition(":")
    cls: type = getattr(importlib.import_module(f"uji_konsekuensi.{module}"), name)
    return cls


def _due(b: SchemaBuilder) -> dict[str, Any]:
    return {
        "description": (
            "uji-konsekuensi due START N --json, due START --deadline CODE --json; GET /v1/due "
            "(a working-day count with the days skipped, or a deadline in calendar days)"
        ),
        "oneOf": [
            b.ref(_class("responses:DueInWorkingDays")),
            b.ref(_class("responses:DueInCalendarDays")),
        ],
    }


def _deadlines(b: SchemaBuilder) -> dict[str, Any]:
    return {
        "description": "uji-konsekuensi due --list-deadlines --json; GET /v1/deadlines",
        "type": "array",
        "items": b.ref(_class("calendar.deadlines:Deadline")),
    }


def _agency_data(b: SchemaBuilder) -> dict[str, Any]:
    """An INPUT, not an output: agency.json of an agency folder (`agency_data.AgencyData`),
    built like the case file's schema (a field with a default may be left out)."""
    builder = SchemaBuilder(output=False)
    root = builder.object(_class("agency_data:AgencyData"))
    return {
        "description": (
            "agency.json of an agency folder (beside sop.json and an optional templates/): an "
            "agency as data, loaded through the same hooks as a plugin. Generated from "
            "uji_konsekuensi.agency_data.AgencyData; reference: docs/agency-data.md."
        ),
        **{k: v for k, v in root.items() if k != "description"},
        "$defs": dict(sorted(builder.defs.items())),
    }


#: Every document, by file name (without ``.json``): name -> its body from a builder.
SCHEMAS: dict[str, Body] = {
    "agencies": _document("responses:AgencyList"),
    "agency": _document(
        "portal_contract:AgencyContract",
        "uji-konsekuensi agencies CODE --format json; GET /v1/agencies/{code}",
    ),
    "agency-data": _agency_data,
    "agency-validate": _document("responses:AgencyValidation"),
    "check": _document("responses:CheckDocument"),
    "deadlines": _deadlines,
    "due": _due,
    "due-waktu": _document("responses:WaktuDue"),
    "error": _document("responses:ErrorDocument"),
    "health": _document("responses:Health"),
    "plan": _document("responses:PlanDocument"),
    "problem": _document("responses:ProblemDetails"),
    "render-written": _document("responses:WrittenDocument"),
    "sop": _document(
        "sop:SOP", "uji-konsekuensi sop CODE --json (the wire format of a plugin's sop.json)"
    ),
    "sop-import": _document("responses:SopImport"),
    "sop-validate": _document("responses:SopValidation"),
    "status": _document("responses:StateDocument"),
    "timeline": _document(
        "calendar:RequestTimeline",
        "uji-konsekuensi due START --timeline --json; GET /v1/timeline",
    ),
}


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one document (a key of `SCHEMAS`), with its own ``$defs``."""
    builder = SchemaBuilder(output=True)
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
