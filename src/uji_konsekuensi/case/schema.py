"""The JSON Schema (draft 2020-12) of a case file, generated from the models.

The schema is derived from the same attrs classes the converter reads, so the two cannot drift
apart: docs/case.schema.json is this function's output (``python -m uji_konsekuensi.case.schema
> docs/case.schema.json``), and a test fails when the file differs from what the models give.

How each Python type appears (the converter's wire format, converter.py):

- ``str`` -> string (``minLength: 1`` where the model refuses blank text); ``int`` -> integer;
  ``bool`` -> boolean; an enum or a ``Literal`` -> its values;
- ``date`` -> "YYYY-MM-DD"; ``datetime`` -> an ISO 8601 timestamp that must carry a UTC offset;
- ``tuple[X, ...]`` -> array of X; ``X | None`` -> X or null;
- an attrs class -> an object with its fields; fields without a default are required; unknown
  keys are refused (``additionalProperties: false``);
- a tagged union (members that declare ``KIND``: `converter.tagged_members`) -> ``oneOf`` its
  members, each with ``"kind"`` fixed to the member's tag.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import types
import typing
from typing import Any

import attrs

from ..converter import open_enum
from ..harm.period import ExemptionPeriod
from .io import UNIONS
from .model import CASE_FORMAT, Case, _format, _nonblank

__all__ = ["SCHEMA_ID", "case_schema"]

SCHEMA_ID = "https://uji-konsekuensi.example/schema/case-1.json"

# A timestamp the converter accepts (datetime.fromisoformat) that carries its offset.
_TIMESTAMP = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$"
_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _tagged() -> dict[frozenset[type], tuple[type, ...]]:
    out: dict[frozenset[type], tuple[type, ...]] = {}
    for union in [ExemptionPeriod, *UNIONS]:
        members = tuple(typing.get_args(union))
        out[frozenset(members)] = members
    return out


def _doc(cls: type) -> str:
    text = (cls.__doc__ or "").strip()
    return " ".join(text.split("\n\n")[0].split())


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}
        self.tagged = _tagged()
        self.tag_members: set[type] = {m for ms in self.tagged.values() for m in ms}

    def ref(self, cls: type) -> dict[str, Any]:
        # "case.Document" and "harm.SourceDocument" are different things: name by area.
        parts = cls.__module__.split(".")
        area = parts[1] if len(parts) > 2 and parts[0] == "uji_konsekuensi" else parts[0]
        name = f"{area}.{cls.__name__}"
        if name not in self.defs:
            self.defs[name] = {}  # reserve (recursive types)
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        if cls in self.tag_members:
            props["kind"] = {"const": str(getattr(cls, "KIND"))}  # noqa: B009 - the tag
            required.append("kind")
        for field in attrs.fields(cls):
            schema = self.type(hints[field.name])
            if field.validator is _nonblank and schema.get("type") == "string":
                schema = {**schema, "minLength": 1, "pattern": r"\S"}
            if field.validator is _format:
                schema = {"const": CASE_FORMAT}
            if field.default is attrs.NOTHING:
                required.append(field.name)
            props[field.name] = schema
        out: dict[str, Any] = {"type": "object"}
        doc = _doc(cls)
        if doc:
            out["description"] = doc
        out["properties"] = props
        out["required"] = required
        out["additionalProperties"] = False
        return out

    def type(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is dt.datetime:
            return {"type": "string", "format": "date-time", "pattern": _TIMESTAMP}
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": _DATE}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if origin is typing.Literal:
            return {"enum": list(args)}
        if origin in (tuple, list) and ((len(args) == 2 and args[1] is Ellipsis) or origin is list):
            return {"type": "array", "items": self.type(args[0])}
        if origin in (frozenset, set):
            return {"type": "array", "items": self.type(args[0]), "uniqueItems": True}
        opened = open_enum(tp)
        if opened is not None:
            # A statutory role, or a role code the agency declares in agency.json "roles".
            extra: dict[str, Any] = {
                "type": "string",
                "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                "description": 'a role the agency declares in agency.json "roles" '
                "(docs/agency-data.md); it holds no statutory power",
            }
            roles: dict[str, Any] = {"anyOf": [{"enum": [m.value for m in opened[0]]}, extra]}
            return {"anyOf": [roles, {"type": "null"}]} if opened[2] else roles
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            nullable = len(members) < len(args)
            key = frozenset(members)
            if key in self.tagged:
                inner: dict[str, Any] = {"oneOf": [self.ref(m) for m in self.tagged[key]]}
            elif len(members) == 1:
                inner = self.type(members[0])
            else:
                inner = {"anyOf": [self.type(m) for m in members]}
            return {"anyOf": [inner, {"type": "null"}]} if nullable else inner
        if attrs.has(tp):
            return self.ref(tp)
        raise TypeError(f"case_schema: no JSON Schema for type {tp!r}")


def case_schema() -> dict[str, Any]:
    """The JSON Schema of a case file (see the module notes)."""
    builder = _Builder()
    root = builder.object(Case)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "uji-konsekuensi case",
        "description": (
            "One run of an agency's SOP for the consequence test (uji konsekuensi, UU 14/2008 "
            "Pasal 2 ayat (4), 17-19): what started it, the written tests, the documents and the "
            "append-only event log. Generated from the models; see docs/case.md."
        ),
        **{k: v for k, v in root.items() if k != "description"},
        "$defs": dict(sorted(builder.defs.items())),
    }


def main() -> int:
    """Print the schema (``python -m uji_konsekuensi.case.schema``)."""
    sys.stdout.write(json.dumps(case_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
