"""JSON Schema (draft 2020-12) derived from attrs classes: the one builder every schema uses.

The schema of a JSON document is derived from the class the converter reads it into (an input:
the case file, an agency folder's agency.json) or writes it from (an output: the response
classes of `uji_konsekuensi.responses`, the portal contract, the SOP), so a schema cannot drift
from the wire format. How each Python type appears (the converter's wire format, converter.py):

- ``str`` -> string; ``int`` -> integer; ``float`` -> number; ``bool`` -> boolean; an enum or a
  ``Literal`` -> its values; ``Path`` -> a non-empty string; ``time`` -> "HH:MM[:SS]";
- ``date`` -> "YYYY-MM-DD"; ``datetime`` -> an ISO 8601 timestamp that must carry a UTC offset;
- ``tuple[X, ...]`` -> array of X; ``X | None`` -> X or null; ``Any`` (outputs only) -> anything;
- an attrs class -> an object with its fields, under ``$defs`` as ``<area>.<Class>``; unknown keys
  are refused (``additionalProperties: false``);
- a tagged union (members that declare ``KIND``: `converter.tagged_members`) -> ``oneOf`` its
  members, each with ``"kind"`` fixed to the member's tag.

Which keys are required differs: an input may leave out a field with a default; an output
writes every field (the wire format writes defaults too), so every key is required but one whose
metadata says ``omit_if_none``. What a type cannot say (a pattern, a range, a note for the
reader) is in the field's metadata under ``"schema"`` and is added to the field's schema.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from ..converter import open_enum

__all__ = ["DATE", "TIMESTAMP", "SchemaBuilder"]

# A timestamp the converter accepts (datetime.fromisoformat) that carries its offset.
TIMESTAMP = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$"
DATE = r"^\d{4}-\d{2}-\d{2}$"


def _tagged() -> dict[frozenset[type], tuple[type, ...]]:
    from ..case.io import UNIONS
    from ..harm.period import ExemptionPeriod

    out: dict[frozenset[type], tuple[type, ...]] = {}
    for union in [ExemptionPeriod, *UNIONS]:
        members = tuple(typing.get_args(union))
        out[frozenset(members)] = members
    return out


def _doc(cls: type) -> str:
    text = (cls.__doc__ or "").strip()
    return " ".join(text.split("\n\n")[0].split())


class SchemaBuilder:
    """Schemas of attrs classes, their ``$defs`` collected in `defs`. ``output``: the class is
    written by the converter (every field required but ``omit_if_none`` ones); otherwise it is
    read (a field with a default may be left out)."""

    def __init__(self, *, output: bool) -> None:
        from ..case.model import CASE_FORMAT, _format, _nonblank

        self.output = output
        self.defs: dict[str, Any] = {}
        self.tagged = _tagged()
        self.tag_members: set[type] = {m for ms in self.tagged.values() for m in ms}
        self._nonblank = _nonblank
        self._format = _format
        self._case_format = CASE_FORMAT

    def ref(self, cls: type) -> dict[str, Any]:
        """A ``$ref`` to the class's schema, added to `defs` on first use."""
        # "case.Document" and "harm.SourceDocument" are different things: name by area.
        parts = cls.__module__.split(".")
        area = parts[1] if len(parts) > 1 and parts[0] == "uji_konsekuensi" else parts[0]
        name = f"{area}.{cls.__name__}"
        if name not in self.defs:
            self.defs[name] = {}  # reserve (recursive types)
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        """The object schema of an attrs class (its description: the docstring's first part)."""
        hints = typing.get_type_hints(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        if cls in self.tag_members:
            props["kind"] = {"const": str(getattr(cls, "KIND"))}  # noqa: B009 - the tag
            required.append("kind")
        for field in attrs.fields(cls):
            schema = self.type(hints[field.name])
            if field.validator is self._nonblank and schema.get("type") == "string":
                schema = {**schema, "minLength": 1, "pattern": r"\S"}
            if field.validator is self._format:
                schema = {"const": self._case_format}
            schema = {**schema, **field.metadata.get("schema", {})}
            if self.output:
                if not field.metadata.get("omit_if_none"):
                    required.append(field.name)
            elif field.default is attrs.NOTHING:
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
        """The schema of one Python type (see the module notes)."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp is typing.Any and self.output:
            return {}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is Path:
            return {"type": "string", "minLength": 1}
        if tp is dt.time:
            return {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2})?$"}
        if tp is dt.datetime:
            return {"type": "string", "format": "date-time", "pattern": TIMESTAMP}
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": DATE}
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
        raise TypeError(f"no JSON Schema for type {tp!r}")
