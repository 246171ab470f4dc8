"""The wire format: the one place where models become JSON and JSON becomes models.

Every decision about the format is made here, once:

- Dates are ISO 8601 strings ("2025-03-17"). Timestamps are ISO 8601 with an explicit UTC offset
  ("2025-03-17T06:30:00+08:00"); a timestamp without one is refused, because a deadline computed
  from a naive time is a silently wrong date (peers.md: the portals that lose a day to UTC).
- Enums are written by value ("error", "ppid"); tuples and frozensets as JSON arrays.
- Unknown keys are refused (a typo in a key must not be dropped silently).
- Unions of model classes (an exemption period "until a date" or "N years") carry a ``kind`` tag;
  the tags are registered in `_register_unions`.
- A malformed input raises one `InputError` listing every problem with its JSON path
  ("rows[2].grounds[0]: ..."), the value found and what was expected, in Bahasa Indonesia and
  English. Never a cattrs or Python traceback.

Model classes stay free of serialisation code; they only declare their fields.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import re
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.preconf.json import make_converter as _make_json_converter

from .errors import InputError, Problem

T = TypeVar("T")


def _structure_date(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("expected an ISO 8601 date YYYY-MM-DD")
    return dt.date.fromisoformat(value)


def _structure_datetime(value: Any, _: type) -> dt.datetime:
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("expected an ISO 8601 timestamp with offset") from None
    else:
        raise ValueError("expected an ISO 8601 timestamp with offset")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamp has no UTC offset (write e.g. +07:00 for WIB)")
    return moment


def _structure_str(value: Any, _: type) -> str:
    # cattrs would call str(): null would become "None" and 12 would become "12", silently.
    if not isinstance(value, str):
        raise ValueError("expected a string")
    return value


def _structure_int(value: Any, _: type) -> int:
    # int(1.5) == 1 and int("7") == 7 would hide a wrong input; JSON true is not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected a whole number")
    return value


def _structure_float(value: Any, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("expected a number")
    return float(value)


def _structure_bool(value: Any, _: type) -> bool:
    # bool("false") is True: only JSON true/false are accepted.
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _register_unions(conv: cattrs.Converter) -> None:
    """Tagged unions of the domain models (imported here so models never import the converter).

    Each model package that has a union registers it below, with the tag field ``kind``.
    """
    from cattrs.strategies import configure_tagged_union

    from . import _unions

    for union, default in _unions.TAGGED_UNIONS:
        if default is None:
            configure_tagged_union(union, conv, tag_generator=_unions.tag_of, tag_name="kind")
        else:
            configure_tagged_union(
                union, conv, tag_generator=_unions.tag_of, tag_name="kind", default=default
            )
        _guard_tagged_union(conv, union, default)


def _guard_tagged_union(conv: cattrs.Converter, union: Any, default: type | None) -> None:
    """Name a bad ``kind`` clearly, and accept ``null`` where a field is ``Union | None``.

    cattrs reports an unknown or missing tag as "required field missing", and a field typed
    ``A | B | None`` is a different type from ``A | B``, so the tagged hooks never see it (the
    tag would be dropped on output and demanded on input). Both are fixed here for every union.
    """
    from . import _unions

    tags = {_unions.tag_of(member): member for member in union.__args__}
    expected = ", ".join(repr(tag) for tag in tags)
    tagged = conv.get_structure_hook(union)
    untag = conv.get_unstructure_hook(union)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f'expected an object with "kind": one of {expected}')
        if value.get("kind") not in tags and ("kind" in value or default is None):
            raise ValueError(f'unknown "kind" {value.get("kind")!r}; expected one of {expected}')
        return tagged(value, union)

    optional = union | None  # a distinct type to cattrs: fields typed `A | B | None`
    conv.register_structure_hook(union, structure)
    conv.register_structure_hook(
        optional, lambda value, _: None if value is None else structure(value, union)
    )
    conv.register_unstructure_hook(optional, lambda value: None if value is None else untag(value))


@functools.cache
def make_converter() -> cattrs.Converter:
    """Build the project's converter (cached; built on first use, never at import time)."""
    conv = _make_json_converter(forbid_extra_keys=True, omit_if_default=False)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    _register_unions(conv)
    return conv


# --- the boundary -----------------------------------------------------------------------------

_KINDS = {
    "missing": ("kolom wajib tidak ada", "required field missing"),
    "extra": ("kunci tidak dikenal", "unknown key"),
    "type": ("nilai tidak sesuai", "invalid value"),
    "other": ("nilai tidak dapat dibaca", "value cannot be read"),
}


_SIMPLE_NAMES = {
    str: "string",
    int: "whole number",
    float: "number",
    bool: "true/false",
    dt.date: "date YYYY-MM-DD",
    dt.datetime: "timestamp with UTC offset",
    type(None): "null",
}


def _type_name(type_: Any) -> str:
    """A name a PHP or JavaScript developer can read: no Python module paths."""
    if type_ in _SIMPLE_NAMES:
        return _SIMPLE_NAMES[type_]
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in type_)
    args = getattr(type_, "__args__", None)
    origin = getattr(type_, "__origin__", None)
    if args and (origin is None or origin in (types.UnionType, typing.Union)):
        return " or ".join(_type_name(a) for a in args)
    if origin in (tuple, list, frozenset, set):
        return "list"
    if origin is dict:
        return "object"
    return getattr(type_, "__name__", None) or str(type_)


def _describe(exc: BaseException, type_: type | None) -> str:
    name = _type_name(type_)
    if isinstance(exc, KeyError):
        return f"missing\x1f{name}"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return "extra\x1f" + ", ".join(sorted(exc.extra_fields))
    if isinstance(exc, ValueError | TypeError) and str(exc):
        return f"type\x1f{name}: {exc}" if type_ is not None else f"type\x1f{exc}"
    return f"type\x1f{name}" if type_ is not None else f"other\x1f{exc}"


_PATH_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[['\"]?([^\]'\"]+)['\"]?\]")


def _lookup(data: Any, path: str) -> Any:
    """The value at a cattrs path ("$.rows[2].grounds[0]") in the raw input, or None."""
    node = data
    for attr, index, key in _PATH_PART.findall(path.removeprefix("$")):
        try:
            if attr:
                node = node[attr]
            elif index:
                node = node[int(index)]
            else:
                node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def problems_from(exc: Exception, data: Any) -> list[Problem]:
    """Turn a cattrs structuring error into one `Problem` per leaf, with JSON paths."""
    problems: list[Problem] = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_describe):
        text, _, path = line.rpartition(" @ ")
        kind, _, detail = text.partition("\x1f")
        if kind not in _KINDS:
            kind, detail = "other", text
        id_text, en_text = _KINDS[kind]
        clean = path.removeprefix("$").removeprefix(".")
        if kind == "extra":
            problems.append(
                Problem(
                    path=clean, message=f"{id_text}: {detail}", message_en=f"{en_text}: {detail}"
                )
            )
        elif kind == "missing":
            problems.append(
                Problem(path=clean, message=id_text, message_en=en_text, expected=detail)
            )
        else:
            problems.append(
                Problem(
                    path=clean,
                    message=id_text,
                    message_en=en_text,
                    value=_lookup(data, path),
                    expected=detail,
                )
            )
    return problems


def structure(data: Any, cls: type[T], source: str = "<input>") -> T:
    """Build a model from JSON-shaped data, or raise `InputError` listing every problem."""
    if attrs.has(cls) and not isinstance(data, dict):
        raise InputError(
            source,
            [
                Problem(
                    path="",
                    message="harus berupa objek JSON",
                    message_en="must be a JSON object",
                    value=data if not isinstance(data, list | dict) else type(data).__name__,
                    expected=f"object ({cls.__name__})",
                )
            ],
        )
    try:
        return make_converter().structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
        if isinstance(exc, cattrs.BaseValidationError):
            raise InputError(source, problems_from(exc, data)) from None
        raise InputError(
            source,
            [
                Problem(
                    path="",
                    message="data tidak dapat dibaca",
                    message_en="unreadable data",
                    expected=f"{cls.__name__}: {exc}",
                )
            ],
        ) from None


def unstructure(obj: Any) -> Any:
    """Turn a model into JSON-shaped data (dicts, lists, strings, numbers)."""
    return make_converter().unstructure(obj)


def dumps(obj: Any, indent: int | None = 2) -> str:
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


def loads(text: str, cls: type[T], source: str = "<input>") -> T:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            source,
            [
                Problem(
                    path=f"line {exc.lineno} column {exc.colno}",
                    message=f"JSON tidak sah: {exc.msg}",
                    message_en=f"invalid JSON: {exc.msg}",
                )
            ],
        ) from None
    return structure(data, cls, source)


def load_file(path: str | Path, cls: type[T]) -> T:
    """Read a JSON file into a model; an unreadable file is an `InputError` naming it."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            str(p),
            [
                Problem(
                    path="",
                    message=f"berkas tidak dapat dibaca: {exc}",
                    message_en=f"file cannot be read: {exc}",
                )
            ],
        ) from None
    return loads(text, cls, str(p))
