"""The wire format: the one place where models become JSON and JSON becomes models.

Every decision about the format is made here, once:

- Dates are ISO 8601 strings ("2025-03-17"). Timestamps are ISO 8601 with an explicit UTC offset
  ("2025-03-17T06:30:00+08:00"); a timestamp without one is refused, because a deadline computed
  from a naive time is a silently wrong date (the portals that lose a day to UTC:
  docs/sources/peer-systems.md).
- Enums are written by value ("error", "ppid"); tuples and frozensets as JSON arrays.
- Unknown keys are refused (a typo in a key must not be dropped silently).
- Unions of model classes (an exemption period "until a date" or "N years") carry a ``kind`` tag:
  each member class declares ``KIND``, and `tagged_members` recognises such a union by it.
- A malformed input raises one `InputError` listing every problem with its JSON path
  ("rows[2].grounds[0]: ..."), the value found and what was expected, in Bahasa Indonesia and
  English. Never a cattrs or Python traceback.
- Reading is one pass: `loads` and `load_file` parse with `jsonio.parse_owing` and leave the
  nesting depth and the text lengths to the model's shape (`shape_depth`) and the string hook,
  walking the data only when the model does not fit (see the docstring of `uji_konsekuensi.jsonio`).
  The hooks below resolve what they call once, when they are made, not at every value.
- Building is tried first on a fast path (`fast_hook`): one generated function per model that
  reads each field with the same hooks and builds the model as its own __init__ would, and gives
  up at the first thing it does not expect. The converter then reads the data again and accepts
  or refuses it as it always has, so every problem is named by the converter alone, and the fast
  path never accepts what the converter refuses (tests/test_load_differential.py).

Model classes stay free of serialisation code; they only declare their fields.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import linecache
import re
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.preconf.json import make_converter as _make_json_converter

from . import jsonio
from .errors import InputError, Problem
from .limits import FIRST_YEAR, LAST_YEAR, MAX_DEPTH, MAX_TEXT

T = TypeVar("T")


def _in_range(day: dt.date) -> None:
    # Dates the calendar cannot count are refused where they are read, naming the field, rather
    # than overflowing deep inside a rule (year 1 or 9999; uji_konsekuensi.limits).
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(
            f"year {day.year} outside the years the working calendar covers "
            f"({FIRST_YEAR}-{LAST_YEAR})\x1e"
            f"tahun {day.year} di luar jangkauan kalender kerja ({FIRST_YEAR}-{LAST_YEAR})"
        )


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](.*)")


def _structure_date(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        _in_range(value)
        return value
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ValueError(
            "expected an ISO 8601 date YYYY-MM-DD\x1ediharapkan tanggal ISO 8601 YYYY-MM-DD"
        )
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            "no such date in the calendar\x1etanggal tidak ada dalam kalender"
        ) from None
    _in_range(day)
    return day


def _structure_datetime(value: Any, _: type) -> dt.datetime:
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            # Say which part is wrong: an impossible date is not a missing time zone.
            m = _STAMP.fullmatch(value)
            if m is not None:
                _structure_date(m.group(1), dt.date)
            raise ValueError(
                "expected an ISO 8601 timestamp with UTC offset, e.g. 2025-03-17T09:15:00+07:00"
                "\x1ediharapkan waktu ISO 8601 dengan selisih UTC, mis. 2025-03-17T09:15:00+07:00"
            ) from None
    elif isinstance(value, dt.datetime):
        moment = value
    else:
        raise ValueError(
            "expected an ISO 8601 timestamp with UTC offset\x1e"
            "diharapkan waktu ISO 8601 dengan selisih UTC"
        )
    if moment.utcoffset() is None:  # None also when there is no tzinfo at all
        raise ValueError(
            "timestamp has no UTC offset (write e.g. +07:00 for WIB)\x1e"
            "waktu tanpa selisih UTC (tulis mis. +07:00 untuk WIB)"
        )
    if FIRST_YEAR < moment.year < LAST_YEAR:
        # Inside the calendar's years and not in the first or last of them: an offset of at
        # most a day cannot carry the moment out of Python's range (the checks below).
        return moment
    _in_range(moment.date())
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:
        # 0001-01-01T00:00+07:00 is in year 0 in UTC: Python cannot even represent it.
        raise ValueError(
            "timestamp outside the representable range\x1ewaktu di luar jangkauan"
        ) from None
    return moment


def _structure_str(value: Any, _: type) -> str:
    # cattrs would call str(): null would become "None" and 12 would become "12", silently.
    if not isinstance(value, str):
        raise ValueError("expected a string\x1ediharapkan teks")
    if len(value) > MAX_TEXT:
        # Data from `jsonio.parse_owing` has not had its texts measured: this refusal makes the
        # caller run the owed walk, which names the text as `jsonio.parse_json` always has.
        raise ValueError(
            f"expected at most {MAX_TEXT} characters\x1e"
            f"diharapkan paling banyak {MAX_TEXT} karakter"
        )
    return value


def _structure_optional_str(value: Any, _: type) -> str | None:
    # The most common field of all (a note, a NIP, a number): answered here without a call.
    if value is None or (isinstance(value, str) and len(value) <= MAX_TEXT):
        return value
    return _structure_str(value, str)


def _is_optional(type_: Any) -> bool:
    """``X | None`` for one type X (a tagged union with None has its own hook)."""
    if typing.get_origin(type_) not in (typing.Union, types.UnionType):
        return False
    args = typing.get_args(type_)
    return len(args) == 2 and type(None) in args


def _optional_structure(type_: Any, conv: cattrs.Converter) -> Any:
    """``X | None`` with X's hook found once (cattrs looks it up again for every value)."""
    inner_type = next(a for a in typing.get_args(type_) if a is not type(None))
    if inner_type is str:
        return _structure_optional_str
    inner = conv.get_structure_hook(inner_type)

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure


def _enum_structure(type_: Any, conv: cattrs.Converter) -> Any:
    """An enum member by its value: one dictionary look-up, the class called (and its own error
    raised) only for a value that is not one of them."""
    members: dict[Any, Any] = dict(type_._value2member_map_)

    def structure(value: Any, _: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value (a list, an object)
            return type_(value)

    return structure


def _structure_int(value: Any, _: type) -> int:
    # int(1.5) == 1 and int("7") == 7 would hide a wrong input; JSON true is not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected a whole number\x1ediharapkan bilangan bulat")
    return value


def _structure_float(value: Any, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("expected a number\x1ediharapkan angka")
    return float(value)


def _structure_bool(value: Any, _: type) -> bool:
    # bool("false") is True: only JSON true/false are accepted.
    if not isinstance(value, bool):
        raise ValueError("expected true or false\x1ediharapkan true atau false")
    return value


def _strict_sequence(type_: Any, conv: cattrs.Converter) -> Any:
    """An array is an array: cattrs would turn the string "abc" into ("a", "b", "c") and an
    object into the tuple of its keys, so a malformed file would load and be judged."""
    inner = homogenous_tuple_structure_factory(type_, conv)
    args = typing.get_args(type_)
    element = args[0] if args else Any
    handler = conv.get_structure_hook(element) if element is not Any else None

    def structure(value: Any, cls: Any) -> Any:
        if handler is not None and isinstance(value, list | tuple):
            try:
                return tuple([handler(item, element) for item in value])
            except Exception:  # cattrs' own pass below names each item that failed
                pass
        if isinstance(value, dict):
            raise ValueError(
                "expected a JSON array, got an object (a PHP array with gaps in its keys is "
                "written as an object: pass it through array_values() first)\x1e"
                "diharapkan larik JSON, bukan objek (larik PHP yang kuncinya berlubang ditulis "
                "sebagai objek: lewatkan dulu melalui array_values())"
            )
        if not isinstance(value, list | tuple):
            raise ValueError(
                f"expected a JSON array, got {_json_kind(value)} (write [...] even for one item)"
                f"\x1ediharapkan larik JSON, bukan {_json_kind_id(value)} "
                "(tulis [...] walau hanya satu butir)"
            )
        return inner(value, cls)

    return structure


def _strict_object(
    type_: Any, conv: cattrs.Converter, shared: dict[Any, dict[Any, Any]] | None = None
) -> Any:
    """An object is an object: a list or a string where a record belongs is named as such.

    A small value object made only of texts (a `case.Person`, a `harm.Official`) is built once
    per distinct JSON object and then shared (`_shareable`): a case names the same officials in
    every event, and building each again was a fifth of the time it took to load a case.
    ``shared``: the converter's objects by class (cattrs makes a hook for each field that names
    the class, and they must all find the same objects).
    """
    inner = conv.gen_structure_attrs_fromdict(type_)

    def structure(value: Any, cls: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(
                f"expected a JSON object, got {_json_kind(value)}\x1e"
                f"diharapkan objek JSON, bukan {_json_kind_id(value)}"
            )
        return inner(value, cls)

    if shared is None or not _shareable(type_):
        return structure
    return _sharing(shared.setdefault(type_, {}), inner, structure)


def _sharing(built: dict[Any, Any], inner: Any, structure: Any) -> Any:
    """The hook that gives the instance built before for an equal JSON object (see
    `_strict_object`): ``inner`` builds one from an object, ``structure`` reads any other value.
    The fast path (`fast_hook`) makes another with its own ``inner``, over the same ``built``."""

    def structure_shared(value: Any, cls: Any) -> Any:
        if not isinstance(value, dict):
            return structure(value, cls)
        key = tuple(value.items())
        try:
            return built[key]
        except KeyError:
            pass
        except TypeError:  # an array or an object inside: not a value of this class
            return inner(value, cls)
        made = inner(value, cls)
        # Kept only when every value is a text or null (a program's dict may hold an enum
        # member) and none is long, and no more than `_SHARED_LIMIT` of them: the memory held
        # stays small, and a key holds no value that equals one of another kind.
        if all(v is None or (type(v) is str and len(v) <= _SHARED_TEXT) for v in value.values()):
            if len(built) >= _SHARED_LIMIT:
                built.clear()
            built[key] = made
        return made

    structure_shared.built = built  # type: ignore[attr-defined]  # read by the fast path
    return structure_shared


#: Objects kept per shareable class, and the longest text of one that is kept.
_SHARED_LIMIT = 1024
_SHARED_TEXT = 200


def _shareable(type_: Any) -> bool:
    """Whether an instance can stand for every JSON object equal to the one it was built from:
    a frozen class whose every field is a text or an enum of texts, either optional. Equal
    objects of texts and nulls then give equal instances (the hooks are pure), and no ``True``
    can be taken for a ``1``: a text equals no other kind of value."""
    if getattr(type_.__setattr__, "__name__", "") != "_frozen_setattrs":
        return False
    try:
        fields = attrs.fields(attrs.resolve_types(type_))
    except NameError:
        return False
    for field in fields:
        if not field.init:
            return False
        kind = field.type
        args = typing.get_args(kind)
        if open_enum(kind) is not None:
            continue  # a role: an enum member or a text's object, both shared per text
        if _is_optional(kind):
            kind = next(a for a in args if a is not type(None))
        if kind is not str and not (
            isinstance(kind, type)
            and issubclass(kind, enum.Enum)
            and all(isinstance(member.value, str) for member in kind)
        ):
            return False
    return bool(fields)


def _json_kind(value: Any) -> str:
    return _KIND_NAMES.get(type(value), ("a value", "nilai"))[0]


def _json_kind_id(value: Any) -> str:
    return _KIND_NAMES.get(type(value), ("a value", "nilai"))[1]


_KIND_NAMES: dict[type, tuple[str, str]] = {
    str: ("a string", "teks"),
    int: ("a number", "angka"),
    float: ("a number", "angka"),
    bool: ("true/false", "true/false"),
    type(None): ("null", "null"),
    list: ("an array", "larik"),
    dict: ("an object", "objek"),
}


def tagged_members(type_: Any) -> tuple[type, ...] | None:
    """The members of a tagged union, or None for any other type.

    A tagged union is a union (optionally with None) of two or more attrs classes that each
    declare ``KIND: ClassVar[str]``: an exemption period "until a date" or "N years", a case
    event. The converter recognises them by that marker, so a model package that adds a union
    registers nothing anywhere and the converter imports no model (no import cycle).
    """
    if typing.get_origin(type_) not in (typing.Union, types.UnionType):
        return None
    members = tuple(a for a in typing.get_args(type_) if a is not type(None))
    if len(members) < 2:
        return None
    if not all(attrs.has(m) and isinstance(getattr(m, "KIND", None), str) for m in members):
        return None
    return members


def _tagged_structure(type_: Any, conv: cattrs.Converter) -> Any:
    """Read ``{"kind": <KIND>, ...}`` into the member with that KIND; ``null`` where the field
    allows None. An unknown or missing ``kind`` is named as such (cattrs alone would report a
    "required field missing")."""
    members = tagged_members(type_)
    assert members is not None
    tags = {str(getattr(m, "KIND")): m for m in members}  # noqa: B009 - a ClassVar, by name
    hooks = {member: conv.get_structure_hook(member) for member in members}
    optional = type(None) in typing.get_args(type_)
    expected = ", ".join(repr(tag) for tag in tags)

    def structure(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, dict):
            raise ValueError(
                f'expected an object with "kind": one of {expected}\x1e'
                f'diharapkan objek dengan "kind": salah satu dari {expected}'
            )
        kind = value.get("kind")
        member = tags.get(kind) if isinstance(kind, str) else None
        if member is None:
            raise ValueError(
                f'unknown "kind" {kind!r}; expected one of {expected}\x1e'
                f'"kind" {kind!r} tidak dikenal; diharapkan salah satu dari {expected}'
            )
        fields = dict(value)
        del fields["kind"]
        return hooks[member](fields, member)

    return structure


def _tagged_unstructure(type_: Any, conv: cattrs.Converter) -> Any:
    """Write a member as its fields plus ``"kind"`` (last, as before), or None."""

    def unstructure(value: Any) -> Any:
        if value is None:
            return None
        data = conv.unstructure(value, unstructure_as=type(value))
        data["kind"] = type(value).KIND
        return data

    return unstructure


def open_enum(type_: Any) -> tuple[type[enum.Enum], type, bool] | None:
    """``E | X`` (or ``E | X | None``) where the class X declares ``EXTENDS = E``: an enum
    whose values a data file may extend (`uji_konsekuensi.sop.AgencyRole` extends
    `uji_konsekuensi.sop.Role`). (E, X, whether None is allowed), or None for any other type."""
    if typing.get_origin(type_) not in (typing.Union, types.UnionType):
        return None
    args: list[Any] = [a for a in typing.get_args(type_) if a is not type(None)]
    if len(args) != 2:
        return None
    for base, extra in ((args[0], args[1]), (args[1], args[0])):
        extends = getattr(extra, "EXTENDS", None)
        if isinstance(base, type) and issubclass(base, enum.Enum) and extends is base:
            return extends, extra, len(args) < len(typing.get_args(type_))
    return None


def _open_enum_structure(type_: Any, conv: cattrs.Converter) -> Any:
    """A value of the enum, else the extending class built from it (whose validator says what
    is expected); the same object for the same text, as for an enum member."""
    base, extra, nullable = open_enum(type_) or (None, None, False)
    assert base is not None and extra is not None
    members: dict[Any, Any] = dict(base._value2member_map_)
    built: dict[str, Any] = {}

    def structure(value: Any, _: Any) -> Any:
        if value is None and nullable:
            return None
        try:
            return members[value]
        except (KeyError, TypeError):
            pass
        if isinstance(value, base | extra):  # a program's dict may hold the value itself
            return value
        if not isinstance(value, str):
            raise ValueError(
                f"expected a text (a role code), got {_json_kind(value)}\x1e"
                f"diharapkan teks (kode peran), bukan {_json_kind_id(value)}"
            )
        made = built.get(value)
        if made is None:
            made = extra(value=value)
            if len(built) < _SHARED_LIMIT:
                built[value] = made
        return made

    return structure


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
    conv.register_structure_hook_factory(is_sequence, _strict_sequence)
    conv.register_structure_hook_factory(attrs.has, functools.partial(_strict_object, shared={}))
    conv.register_structure_hook_factory(_is_optional, _optional_structure)
    is_enum = lambda t: isinstance(t, type) and issubclass(t, enum.Enum)  # noqa: E731
    conv.register_structure_hook_factory(is_enum, _enum_structure)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    is_tagged = lambda t: tagged_members(t) is not None  # noqa: E731 - a predicate, named once
    conv.register_structure_hook_factory(is_tagged, _tagged_structure)
    conv.register_unstructure_hook_factory(is_tagged, _tagged_unstructure)
    conv.register_unstructure_hook_factory(_omits_none, _omitting_unstructure)
    is_open = lambda t: open_enum(t) is not None  # noqa: E731
    conv.register_structure_hook_factory(is_open, _open_enum_structure)
    # An extending value is written as its text, as the enum member it stands beside.
    extends = lambda t: isinstance(t, type) and hasattr(t, "EXTENDS")  # noqa: E731
    conv.register_unstructure_hook_func(extends, lambda value: value.value)
    return conv


def _omits_none(type_: Any) -> bool:
    """An output class with a field written only when it has a value (metadata
    ``omit_if_none``, e.g. `responses.ProblemDetails.instance`): every other field is written,
    None as null (the wire format writes defaults too)."""
    return attrs.has(type_) and any(f.metadata.get("omit_if_none") for f in attrs.fields(type_))


def _omitting_unstructure(type_: Any, conv: cattrs.Converter) -> Any:
    from cattrs.gen import make_dict_unstructure_fn, override

    omitted: dict[str, Any] = {
        f.name: override(omit_if_default=True)
        for f in attrs.fields(type_)
        if f.metadata.get("omit_if_none") and f.default is None
    }
    return make_dict_unstructure_fn(type_, conv, **omitted)


# --- the fast path ----------------------------------------------------------------------------
#
# cattrs' generated functions collect every field's error (a try block, a dict of results and a
# list of errors per object, a set of the keys) so that a refusal names every problem at once.
# A valid input needs none of that. `fast_hook` generates, for a model, a function that builds it
# in one expression, reading each field with the very hooks the converter uses (a text, a date,
# an enum), and raises at the first thing it does not expect; `structure` then runs the
# converter, which accepts or refuses the data and names every problem exactly as it always has.
# So the fast path only ever gives a model the converter gives too (the same hooks, the same
# keys, the models' own validators in their __init__), and never names a problem itself.


class _NotFast(Exception):
    """Something the fast path does not take: the converter decides (and names the problem)."""


def _fast_optional(inner: Callable[[Any, Any], Any], type_: Any) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any = None) -> Any:
        return None if value is None else inner(value, type_)

    return structure


def _fast_sequence(inner: Callable[[Any, Any], Any], type_: Any) -> Callable[[Any, Any], Any]:
    if inner is _structure_str:

        def texts(value: Any, _: Any = None) -> Any:
            # The ids of a step's documents, the Menimbang: no call per text.
            if type(value) is not list:
                raise _NotFast
            for item in value:
                if type(item) is not str or len(item) > MAX_TEXT:
                    raise _NotFast
            return tuple(value)

        return texts

    def structure(value: Any, _: Any = None) -> Any:
        if type(value) is not list:  # a tuple a program gives: the converter's own hook
            raise _NotFast
        return tuple([inner(item, type_) for item in value])

    return structure


#: Dates and timestamps kept per converter by their text (the same dates recur in a case).
_MOMENTS_KEPT = 4096


def _fast_moment(inner: Callable[[Any, Any], Any], type_: Any) -> Callable[[Any, Any], Any]:
    """A date or timestamp read once per distinct text: its hook depends on the text alone and
    gives an immutable value, so an equal text may share it."""
    kept: dict[str, Any] = {}

    def structure(value: Any, _: Any = None) -> Any:
        try:
            return kept[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value, which the hook refuses
            pass
        made = inner(value, type_)
        if type(value) is str:  # no other kind of key: True must never find what 1 found
            if len(kept) >= _MOMENTS_KEPT:
                kept.clear()
            kept[value] = made
        return made

    return structure


def _fast_tagged(
    members: dict[str, Callable[[Any, Any], Any]], optional: bool
) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any = None) -> Any:
        if value is None and optional:
            return None
        # A missing or unknown kind, an unhashable one, a value that is not an object: each
        # raises here (KeyError, TypeError) and the converter names it.
        return members[value["kind"]](value, None)

    return structure


class _FastBuilder:
    """Builds the fast hooks of one converter (see the comment above)."""

    def __init__(self, conv: cattrs.Converter) -> None:
        self.conv = conv
        self.classes: dict[tuple[Any, bool], Callable[[Any, Any], Any] | None] = {}
        self.moments: dict[Any, Callable[[Any, Any], Any]] = {}

    def value(self, type_: Any) -> Callable[[Any, Any], Any] | None:
        """The fast hook of a field's type (called as ``hook(value, type_)``), or None."""
        if open_enum(type_) is not None:
            # A role: the converter's own hook is already one lookup per text.
            hook_: Callable[[Any, Any], Any] = self.conv.get_structure_hook(type_)
            return hook_
        members = tagged_members(type_)
        if members is not None:
            hooks = {str(getattr(m, "KIND")): self.model(m, with_kind=True) for m in members}  # noqa: B009
            if any(hook is None for hook in hooks.values()):
                return None
            return _fast_tagged(
                typing.cast(dict[str, Callable[[Any, Any], Any]], hooks),
                type(None) in typing.get_args(type_),
            )
        if type_ in (dt.date, dt.datetime):
            return self.moments.setdefault(
                type_, _fast_moment(self.conv.get_structure_hook(type_), type_)
            )
        if _is_optional(type_):
            inner_type = next(a for a in typing.get_args(type_) if a is not type(None))
            if not self._composite(inner_type) and inner_type not in (dt.date, dt.datetime):
                return self.conv.get_structure_hook(type_)
            inner = self.value(inner_type)
            return None if inner is None else _fast_optional(inner, inner_type)
        if is_sequence(type_):
            args = typing.get_args(type_)
            if typing.get_origin(type_) is not tuple or len(args) != 2 or args[1] is not Ellipsis:
                return None
            element = self.value(args[0])
            return None if element is None else _fast_sequence(element, args[0])
        if attrs.has(type_):
            return self.model(type_, with_kind=False)
        if (
            type_ in _SCALARS
            or (isinstance(type_, type) and issubclass(type_, enum.Enum))
            or typing.get_origin(type_) is typing.Literal
        ):
            hook: Callable[[Any, Any], Any] = self.conv.get_structure_hook(type_)
            return hook
        return None  # a type the fast path does not know: the converter alone reads it

    def _composite(self, type_: Any) -> bool:
        return bool(attrs.has(type_) or is_sequence(type_) or tagged_members(type_))

    def model(self, cls: Any, *, with_kind: bool) -> Callable[[Any, Any], Any] | None:
        key = (cls, with_kind)
        if key in self.classes:
            return self.classes[key]  # None while it is being built: a model that holds itself
        self.classes[key] = None
        made = self._generate(cls, with_kind)
        self.classes[key] = made
        return made

    def _generate(self, cls: Any, with_kind: bool) -> Callable[[Any, Any], Any] | None:
        shared = None
        if _shareable(cls) and not with_kind:
            # Built once per distinct object, in the converter's own store (`_sharing`).
            shared = getattr(self.conv.get_structure_hook(cls), "built", None)
        try:
            fields = attrs.fields(attrs.resolve_types(cls))
        except NameError:
            return None
        if getattr(cls, "__attrs_post_init__", None) is not None:
            return None
        names: dict[str, Any] = {"_cls": cls, "_NotFast": _NotFast}
        args = []
        for i, field in enumerate(fields):
            default = field.default
            if (
                not field.init
                or field.converter is not None
                or field.alias != field.name
                or isinstance(default, attrs.Factory)  # type: ignore[arg-type]
            ):
                return None
            hook = self.value(field.type)
            if hook is None:
                return None
            names[f"_h{i}"], names[f"_t{i}"] = hook, field.type
            args.append(f"{field.name}={_read(field, i, hook, names)}")
        keys = {f.name for f in fields} | ({"kind"} if with_kind else set())
        names["_keys"] = frozenset(keys)
        lines = [
            "def structure(o, _=None):",
            "    if type(o) is not dict or not o.keys() <= _keys:",
            "        raise _NotFast",
        ]
        setters = _slot_setters(cls, fields)
        if setters is None:
            lines.append(f"    return _cls({', '.join(args)})")
        else:
            # What the class's own __init__ does, without its call and keyword parsing (half
            # the cost of building a small model): each slot set, then each validator run.
            names["_new"] = object.__new__
            lines.append("    x = _new(_cls)")
            for i, (field, arg) in enumerate(zip(fields, args, strict=True)):
                names[f"_s{i}"] = setters[field.name]
                lines.append(f"    _s{i}(x, {arg.partition('=')[2]})")
            for i, field in enumerate(fields):
                if field.validator is not None:
                    names[f"_v{i}"], names[f"_a{i}"] = field.validator, field
                    lines.append(f"    _v{i}(x, _a{i}, x.{field.name})")
            lines.append("    return x")
        source, filename = "\n".join(lines) + "\n", f"<fast structure {cls.__qualname__}>"
        # Kept where a traceback and the debugger find it, as cattrs keeps its own.
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), names)
        made: Callable[[Any, Any], Any] = names["structure"]
        if shared is not None:
            return typing.cast(Callable[[Any, Any], Any], _sharing(shared, made, made))
        return made


def _slot_setters(cls: Any, fields: Any) -> dict[str, Any] | None:
    """The slot setter of each field, when the class's __init__ is the one attrs writes for a
    frozen slotted class and does nothing but set each field and run its validator (no hook
    before or after, no converter, no cached hash); None otherwise (the fast path then calls
    the class)."""
    init = getattr(cls.__init__, "__code__", None)
    if (
        init is None
        or not init.co_filename.startswith("<attrs generated")
        or getattr(cls.__setattr__, "__name__", "") != "_frozen_setattrs"
        or "__slots__" not in cls.__dict__
        or any(hasattr(cls, name) for name in ("__attrs_pre_init__", "__attrs_post_init__"))
    ):
        return None
    slots = {name for klass in cls.__mro__ for name in getattr(klass, "__slots__", ())}
    if "_attrs_cached_hash" in slots:
        return None
    setters: dict[str, Any] = {}
    for field in fields:
        owner = next((k for k in cls.__mro__ if field.name in k.__dict__), None)
        slot = None if owner is None else owner.__dict__[field.name]
        if field.converter is not None or not isinstance(slot, types.MemberDescriptorType):
            return None
        setters[field.name] = slot.__set__
    return setters


#: The test a value passes to be read as it is, by the hook that reads it (``{v}``: where the
#: value is taken, then ``v``). A value that fails it goes to the hook, which reads it or raises:
#: the same result either way, without a call for the common case (a text, a number, null).
_AS_IS = {
    _structure_str: "type({v}) is str and len(v) <= _MAX_TEXT",
    _structure_optional_str: "{v} is None or (type(v) is str and len(v) <= _MAX_TEXT)",
    _structure_int: "type({v}) is int",
}
_OPTIONAL_INT = "{v} is None or type(v) is int"


def _read(field: Any, i: int, hook: Any, names: dict[str, Any]) -> str:
    """The expression that reads field number ``i`` from the object ``o`` (`_FastBuilder`)."""
    key, default = repr(field.name), field.default
    names["_MAX_TEXT"] = MAX_TEXT
    names[f"_d{i}"] = default
    test = _AS_IS.get(hook)
    if test is None and _is_optional(field.type) and int in typing.get_args(field.type):
        test = _OPTIONAL_INT
    kind = field.type
    optional = _is_optional(kind)
    if optional:
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
    if test is None and isinstance(kind, type) and issubclass(kind, enum.Enum):
        # A member by its value, as `_enum_structure` finds it; any other value raises here.
        names[f"_m{i}"] = dict(kind._value2member_map_)
        if not optional:
            member = f"_m{i}[o[{key}]]"
            return member if default is attrs.NOTHING else f"({member} if {key} in o else _d{i})"
        if default is None:
            return f"(None if (v := o.get({key})) is None else _m{i}[v])"
    if test is None:
        value = f"_h{i}(o[{key}], _t{i})"
        return value if default is attrs.NOTHING else f"({value} if {key} in o else _d{i})"
    if default is None and test.startswith("{v} is None or"):
        take = f"(v := o.get({key}))"  # absent and null are alike: None
    elif default is attrs.NOTHING:
        take = f"(v := o[{key}])"
    else:
        take = f"(v := (o[{key}] if {key} in o else _d{i}))"
    return f"(v if {test.format(v=take)} else _h{i}(v, _t{i}))"


@functools.cache
def fast_hook(cls: Any) -> Callable[[Any, Any], Any] | None:
    """The fast path of the converter for a model class (see above), or None for a class it
    does not cover (a field with a converter or a factory, a type it does not know)."""
    if not attrs.has(cls):
        return None
    return _FastBuilder(make_converter()).model(cls, with_kind=False)


# --- the boundary -----------------------------------------------------------------------------

_KINDS = {
    "missing": ("kolom wajib tidak ada", "required field missing"),
    "extra": ("kunci tidak dikenal", "unknown key"),
    "type": ("nilai tidak sesuai", "invalid value"),
    "other": ("nilai tidak dapat dibaca", "value cannot be read"),
}


_SIMPLE_NAMES: dict[Any, tuple[str, str]] = {
    str: ("string", "teks"),
    int: ("whole number", "bilangan bulat"),
    float: ("number", "angka"),
    bool: ("true/false", "true/false"),
    dt.date: ("date YYYY-MM-DD", "tanggal YYYY-MM-DD"),
    dt.datetime: ("timestamp with UTC offset", "waktu dengan selisih UTC"),
    type(None): ("null", "null"),
}


def _type_name(type_: Any, en: bool = True) -> str:
    """A name a PHP or JavaScript developer can read: no Python module paths."""
    if type_ in _SIMPLE_NAMES:
        return _SIMPLE_NAMES[type_][0 if en else 1]
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        values = ", ".join(repr(m.value) for m in type_)
        return ("one of " if en else "salah satu dari ") + values
    args = getattr(type_, "__args__", None)
    origin = getattr(type_, "__origin__", None)
    if origin is typing.Literal:
        values = ", ".join(repr(a) for a in args or ())
        return ("one of " if en else "salah satu dari ") + values
    if args and (origin is None or origin in (types.UnionType, typing.Union)):
        opened = open_enum(type_)
        if opened is not None:
            values = ", ".join(repr(m.value) for m in opened[0])
            name = (
                f"one of {values}, or a role code the agency declares"
                if en
                else f"salah satu dari {values}, atau kode peran yang dinyatakan instansi"
            )
            if opened[2]:
                name += " or null" if en else " atau null"
            return name
        members = tagged_members(type_)
        if members is not None:
            # Say which kinds, once: not "objek atau objek atau objek atau null".
            kinds = ", ".join(repr(getattr(m, "KIND")) for m in members)  # noqa: B009
            name = (
                f'object with "kind" one of {kinds}'
                if en
                else f'objek dengan "kind" salah satu dari {kinds}'
            )
            if type(None) in args:
                name += " or null" if en else " atau null"
            return name
        names = dict.fromkeys(_type_name(a, en) for a in args)  # each kind of value once
        return (" or " if en else " atau ").join(names)
    if origin in (tuple, list, frozenset, set):
        return "array" if en else "larik"
    if origin is dict:
        return "object" if en else "objek"
    if attrs.has(type_):
        return "object" if en else "objek"
    return getattr(type_, "__name__", None) or str(type_)


def _split(text: str) -> tuple[str, str]:
    """A hook's message "English\x1eIndonesian" as (Indonesian, English)."""
    en, sep, id_ = text.partition("\x1e")
    return (id_ if sep else en), en


def _describe(exc: BaseException, type_: type | None) -> str:
    # cattrs formats each leaf error to one line; the fields are joined by \x1f (kind, Indonesian
    # expected, English expected) and split again in `problems_from`.
    if isinstance(exc, KeyError):
        return f"missing\x1f{_type_name(type_, False)}\x1f{_type_name(type_)}"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        keys = ", ".join(sorted(exc.extra_fields))
        return f"extra\x1f{keys}\x1f{keys}"
    if isinstance(exc, InputError) and len(exc.problems) == 1:
        # A model's own check (a CalendarSettings inside agency.json): its field first, so that
        # the caller can name the field's JSON path, then what is wrong and what was expected.
        p = exc.problems[0]
        id_, en = p.render("id"), p.render("en")
        return f"type\x1f{id_}\x1f{en}"
    if isinstance(exc, ValueError | TypeError) and str(exc):
        id_, en = _split(str(exc))
        if "\x1e" not in str(exc) and isinstance(exc, TypeError):
            # A Python TypeError inside a hook is not a message for people: name the type only.
            id_ = en = ""
        if type_ is None:
            return f"type\x1f{id_}\x1f{en}"
        if id_ and _wrapper_message(id_):
            # The problem prints "diharapkan <expected>": the hook's own word is not repeated.
            return f"type\x1f{id_.removeprefix('diharapkan ')}\x1f{en.removeprefix('expected ')}"
        name_id, name_en = _type_name(type_, False), _type_name(type_)
        if not id_:
            return f"type\x1f{name_id}\x1f{name_en}"
        return f"type\x1f{name_id}: {id_}\x1f{name_en}: {en}"
    if type_ is not None:
        return f"type\x1f{_type_name(type_, False)}\x1f{_type_name(type_)}"
    return f"other\x1f{exc}\x1f{exc}"


def _wrapper_message(text: str) -> bool:
    # Messages of the shape hooks (array/object/date) already say what was expected.
    return text.startswith(("diharapkan", "tanggal", "tahun", "waktu"))


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


def _shown(value: Any) -> Any:
    """The value a problem quotes: a scalar as given; an array or object by its kind (a whole
    record quoted back helps nobody and may be megabytes)."""
    if isinstance(value, dict):
        return "{...}"
    if isinstance(value, list):
        return "[...]"
    return value


#: The docs page that documents the keys of each package's models (an unknown key points there).
_DOCS_PAGES = {
    "sop": "docs/sop.md",
    "harm": "docs/harm.md",
    "calendar": "docs/calendar.md",
    "documents": "docs/documents.md",
    "service": "docs/service.md",
}


def docs_page(cls: Any) -> str:
    """The docs page of a model class: docs/sop.md for the SOP's, docs/case.md by default."""
    parts = str(getattr(cls, "__module__", "")).split(".")
    return _DOCS_PAGES.get(parts[1] if len(parts) > 1 else "", "docs/case.md")


def problems_from(exc: Exception, data: Any, docs: str = "docs/case.md") -> list[Problem]:
    """Turn a cattrs structuring error into one `Problem` per leaf, with JSON paths; an unknown
    key points to ``docs``, the page that documents the keys."""
    problems: list[Problem] = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_describe):
        text, _, path = line.rpartition(" @ ")
        kind, _, rest = text.partition("\x1f")
        detail_id, _, detail_en = rest.partition("\x1f")
        if kind not in _KINDS:
            kind, detail_id, detail_en = "other", text, text
        id_text, en_text = _KINDS[kind]
        clean = path.removeprefix("$").removeprefix(".")
        if kind == "extra":
            problems.append(
                Problem(
                    path=clean,
                    message=f"{id_text}: {detail_id}",
                    message_en=f"{en_text}: {detail_en}",
                    value=detail_en,
                    expected=f"hanya kunci yang didokumentasikan ({docs})",
                    expected_en=f"only the documented keys ({docs})",
                )
            )
        elif kind == "missing":
            problems.append(
                Problem(
                    path=clean,
                    message=id_text,
                    message_en=en_text,
                    expected=detail_id,
                    expected_en=detail_en,
                )
            )
        else:
            problems.append(
                Problem(
                    path=clean,
                    message=id_text,
                    message_en=en_text,
                    value=_shown(_lookup(data, path)),
                    expected=detail_id,
                    expected_en=detail_en,
                )
            )
    return problems


def structure(data: Any, cls: type[T], source: str = "<input>", *, checked: bool = False) -> T:
    """Build a model from JSON-shaped data, or raise `InputError` listing every problem.

    Data that did not come through `jsonio.parse_json` (``checked=False``, e.g. a dict a program
    built) is first held to the same rules: no control characters, no lone surrogates, limits.
    """
    if not checked:
        jsonio.check_data(data, source)
    if attrs.has(cls) and not isinstance(data, dict):
        raise InputError.one(
            source,
            "",
            "harus berupa objek JSON",
            "must be a JSON object",
            value=_shown(data) if data is not None else "null",
            expected="objek JSON {...}",
            expected_en="a JSON object {...}",
        )
    fast = fast_hook(typing.cast(Any, cls))
    if fast is not None:
        try:
            return typing.cast(T, fast(data, cls))
        except Exception:  # whatever it is, the converter below names it
            pass
    try:
        return make_converter().structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
        if isinstance(exc, cattrs.BaseValidationError):
            raise InputError(source, problems_from(exc, data, docs_page(cls))) from None
        id_, en = _split(str(exc))
        raise InputError.one(
            source,
            "",
            f"data tidak dapat dibaca: {id_}",
            f"unreadable data: {en}",
        ) from None


#: Types the hooks above read as one JSON scalar (a string, a number, true/false, null).
_SCALARS: tuple[Any, ...] = (str, int, float, bool, type(None), dt.date, dt.datetime)


def shape_depth(type_: Any) -> int | None:
    """How deep JSON data can nest and still structure into ``type_``: an object or an array
    is one level, a scalar none. None when the shape does not bound it (a field of type Any, a
    dict, a model that contains itself, a type these hooks do not know).

    With every key checked (unknown keys are refused) and every value read by a hook of its
    field's type, data that structures into a model of depth at most `MAX_DEPTH` cannot be
    deeper, and the walk `jsonio.parse_owing` leaves owed need not run.
    """
    return _shape_depth(type_, frozenset())


def _shape_depth(type_: Any, seen: frozenset[Any]) -> int | None:
    if type_ in _SCALARS:
        return 0
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return 0
    origin = typing.get_origin(type_)
    args = typing.get_args(type_)
    if origin is typing.Literal:
        return 0
    if open_enum(type_) is not None:
        return 0  # a role: a text
    if origin in (typing.Union, types.UnionType):
        depths = [_shape_depth(a, seen) for a in args]
        return None if None in depths else max(d for d in depths if d is not None)
    if origin in (tuple, list, frozenset, set) and args and (origin is not tuple or len(args) == 2):
        if origin is tuple and args[1] is not Ellipsis:
            return None
        inner = _shape_depth(args[0], seen)
        return None if inner is None else inner + 1
    if attrs.has(type_) and isinstance(type_, type):
        if type_ in seen:
            return None
        try:
            fields = attrs.fields(attrs.resolve_types(type_))
        except NameError:  # an annotation that cannot be resolved: nothing is known of it
            return None
        depths = [_shape_depth(f.type, seen | {type_}) for f in fields if f.init]
        if None in depths:
            return None
        return 1 + max((d for d in depths if d is not None), default=0)
    return None


@functools.cache
def _bounded(cls: Any) -> bool:
    depth = shape_depth(cls)
    return depth is not None and depth <= MAX_DEPTH


def settle(owed: Callable[[], None] | None, cls: Any, build: Callable[[], T]) -> T:
    """``build()``, the model of data from `jsonio.parse_owing`, with the owed walk paid: after
    a failure (so that a too-deep input or too long a text is named as such, before the model's
    own problems), or first when ``cls``'s shape does not bound the data (`shape_depth`)."""
    if owed is not None and not _bounded(cls):
        owed()
        owed = None
    try:
        return build()
    except InputError:
        if owed is not None:
            owed()
        raise


def unstructure(obj: Any) -> Any:
    """Turn a model into JSON-shaped data (dicts, lists, strings, numbers)."""
    return make_converter().unstructure(obj)


def dumps(obj: Any, indent: int | None = 2) -> str:
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


def loads(text: str, cls: type[T], source: str = "<input>") -> T:
    """Build a model from JSON text (read under the rules of `uji_konsekuensi.jsonio`, and
    its size cap, `jsonio.check_size`: 16 MiB, ``UJI_KONSEKUENSI_MAX_INPUT_BYTES``)."""
    jsonio.check_size(text, source)
    data, owed = jsonio.parse_owing(text, source)
    return settle(owed, cls, lambda: structure(data, cls, source, checked=True))


def load_file(path: str | Path, cls: type[T], source: str | None = None) -> T:
    """Read a JSON file into a model; an unreadable file is an `InputError` naming it."""
    label = source or str(path)
    return loads(jsonio.read_text(path, label), cls, label)
