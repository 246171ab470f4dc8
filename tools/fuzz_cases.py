"""Hostile and careless case files, and the one property every boundary must keep.

Shared by the fuzz tests (tests/test_fuzz_boundary.py, a few seconds in CI) and the long run
(benchmarks/fuzz_boundary.py, 100,000 inputs and more). A developer tool: not shipped in the
package.

`mutate(rng)` takes one of the example case files (examples/cases) and breaks it the way real
input gets broken: a value of the wrong type or shape (a string where an array belongs, an object
with the keys a PHP array with gaps gets), extreme values (year 1 and 9999, a 5,000-digit number,
nesting 100,000 deep), text a person pastes (a Word line break \\x0b, NUL, a lone surrogate,
a right-to-left override U+202E), a key deleted, an unknown key, a duplicate key, a duplicated or
reordered event, a byte order mark, truncation; or moves a whole example to the first or last
weeks of the accepted years (1946-01-01..02-01, 2100-12-01..31) with a UTC offset from -12:00 to
+14:00 (`at_the_edge`), where a due date counted from an accepted date falls outside them. It
returns JSON text.

`exercise(text)` is the property: the text must either load as a `Case` (and then check, state
at a moment, and render every built-in document in html, md and docx without an exception other
than a documented `UjiKonsekuensiError`) or be refused with an `InputError`. Anything else is a
crash, returned as the exception.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "cases"

#: Values that break things: wrong types and shapes, extremes, hostile text.
HOSTILE: tuple[Any, ...] = (
    "",
    " ",
    "abc",
    {},
    [],
    {"0": "a", "2": "b"},  # a PHP array with a gap, as json_encode writes it
    0,
    -1,
    1.5,
    2**53,
    -(2**63),
    1e308,
    True,
    None,
    "0001-01-01",
    "9999-12-31",
    "2025-02-30",
    "2025-13-01",
    "0001-01-01T00:00:00+07:00",
    "9999-12-31T23:59:59-12:00",
    "2025-02-30T10:00:00+07:00",
    "2025-03-24T09:00:00",
    "2025-03-24T09:00:00+25:00",
    "\ud800",
    "a\x00b",
    "baris satu\x0bbaris dua",
    "halaman\x0cbaru",
    "\u202e03 hari",
    "\u2067\u202d<b>x</b>",
    "x" * 5000,
    {"kind": "tidak-ada"},
    {"kind": "request"},
    [[[[[[]]]]]],
    ["a", 1, None],
)

#: Texts inserted into the JSON text itself (what only a byte-level mutation can make).
RAW: tuple[str, ...] = (
    "9" * 5000,
    "1e400",
    "NaN",
    "-Infinity",
    '"\\ud800"',
    '"\\u0000"',
    "[" * 100_000 + "]" * 100_000,
    "[" * 70 + "]" * 70,
)


def example_texts() -> list[str]:
    """The example case files (the compliant four and the violations), as text."""
    files = sorted(EXAMPLES.glob("*.json")) + sorted((EXAMPLES / "violations").glob("*.json"))
    return [f.read_text(encoding="utf-8") for f in files]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _parent(data: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    node = data
    for part in path[:-1]:
        node = node[part]
    return node, path[-1]


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent, key = _parent(data, path)
    parent[key] = value
    return data


def _delete(data: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return data
    parent, key = _parent(data, path)
    del parent[key]
    return data


def _hostile_text(rng: random.Random, value: str) -> str:
    pieces = ["\x0b", "\x0c", "\x00", "\x1f", "\x7f", "\ud800", "\u202e", "\u2066", "\u200f", "\t"]
    where = rng.randrange(len(value) + 1)
    return value[:where] + rng.choice(pieces) + value[where:]


def _structural(rng: random.Random, data: Any) -> Any:
    paths = [p for p in _paths(data) if p]
    path = rng.choice(paths)
    how = rng.randrange(8)
    if how == 0:
        return _delete(data, path)
    if how == 1:
        parent, _ = _parent(data, path)
        if isinstance(parent, dict):
            parent[rng.choice(["extra", "Id", "events ", "kind"])] = rng.choice(HOSTILE)
        return data
    if how == 2:
        parent, key = _parent(data, path)
        if isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))  # a duplicate id or event
        return data
    if how == 3:
        parent, key = _parent(data, path)
        if isinstance(parent, list) and len(parent) > 1:
            other = rng.randrange(len(parent))
            parent[key], parent[other] = parent[other], parent[key]
        return data
    if how == 4:
        parent, key = _parent(data, path)
        value = parent[key]
        if isinstance(value, str):
            parent[key] = _hostile_text(rng, value)
        return data
    if how == 5:
        # A date or timestamp moved far: year 1, 9999, or an impossible day.
        parent, key = _parent(data, path)
        value = parent[key]
        if isinstance(value, str) and len(value) >= 10 and value[4] == "-":
            parent[key] = rng.choice(["0001", "9999", "1945", "2101"]) + value[4:]
        return data
    return _set(data, path, copy.deepcopy(rng.choice(HOSTILE)))


def _textual(rng: random.Random, text: str) -> str:
    how = rng.randrange(6)
    if how == 0:
        return "\ufeff" + text
    if how == 1:
        return text[: rng.randrange(len(text))]
    if how == 2:
        # A duplicate key: the first key of the top object written twice.
        return text.replace("{", '{"id": "x", ', 1)
    if how == 3:
        # A raw literal where a value stands.
        spots = [i for i, ch in enumerate(text) if ch == ":"]
        i = rng.choice(spots)
        end = i + 1
        while end < len(text) and text[end] not in ",}\n":
            end += 1
        return text[: i + 1] + " " + rng.choice(RAW) + text[end:]
    if how == 4:
        return rng.choice(["null", "[]", '"kasus"', "42", "", "{}", "[" * 100_000])
    return text.replace('"events": [', '"events": "', 1) if rng.random() < 0.5 else text


# --- dates at the edges of the accepted range ------------------------------------------------

#: The accepted years' first and last weeks (limits.FIRST_YEAR, limits.LAST_YEAR): where a due
#: date counted from an accepted date can fall outside them.
EDGE_WINDOWS = (
    (dt.date(1946, 1, 1), dt.date(1946, 2, 1)),
    (dt.date(2100, 12, 1), dt.date(2100, 12, 31)),
)
#: UTC offsets as ISO 8601 allows them in practice: -12:00 to +14:00, in quarter hours.
EDGE_OFFSETS = tuple(dt.timedelta(minutes=15 * q) for q in range(-48, 57))
_FIRST, _LAST = dt.date(1946, 1, 1), dt.date(2100, 12, 31)


def _moments(data: Any) -> list[dt.datetime]:
    found: list[dt.datetime] = []
    for path in _paths(data):
        node = data
        for part in path:
            node = node[part]
        if isinstance(node, str) and len(node) > 10 and node[4:5] == "-" and node[10] == "T":
            with contextlib.suppress(ValueError):
                found.append(dt.datetime.fromisoformat(node))
    return found


def _shift_value(value: Any, delta: dt.timedelta, offset: dt.timedelta | None) -> Any:
    """A date or timestamp moved by ``delta`` (a timestamp keeps its wall-clock time and takes
    ``offset``), clamped into 1946-2100 as written; anything else unchanged."""
    if not isinstance(value, str) or len(value) < 10 or value[4:5] != "-":
        return value
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value) + delta
            return min(max(day, _FIRST), _LAST).isoformat()
        moment = dt.datetime.fromisoformat(value) + delta
    except (ValueError, OverflowError):
        return value
    if moment.date() > _LAST:
        moment = moment.replace(year=2100, month=12, day=31)
    elif moment.date() < _FIRST:
        moment = moment.replace(year=1946, month=1, day=1)
    if offset is not None:
        moment = moment.replace(tzinfo=dt.timezone(offset))
    return moment.isoformat()


def at_the_edge(data: Any, target: dt.date, offset: dt.timedelta | None = None) -> Any:
    """The case with every date and timestamp moved so that its log starts on ``target`` (a
    date in 1946) or ends on it (a date in 2100); dates pushed out of 1946-2100 are clamped
    into it (the input stays inside the accepted range as written: the property is about
    what is computed from it). ``offset`` rewrites every timestamp's UTC offset."""
    moments = _moments(data)
    if not moments:
        return data
    anchor = max(moments) if target.year > 2000 else min(moments)
    delta = dt.timedelta(days=target.toordinal() - anchor.date().toordinal())

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return _shift_value(node, delta, offset)

    return walk(data)


def edge_date(rng: random.Random) -> dt.date:
    """A date in one of `EDGE_WINDOWS`."""
    low, high = rng.choice(EDGE_WINDOWS)
    return low + dt.timedelta(days=rng.randrange((high - low).days + 1))


def at_random_edge(rng: random.Random, texts: list[str]) -> str:
    """An example case moved to an edge of the range, with a random UTC offset half the
    time, as JSON text."""
    data = json.loads(rng.choice(texts))
    offset = rng.choice(EDGE_OFFSETS) if rng.random() < 0.5 else None
    return json.dumps(at_the_edge(data, edge_date(rng), offset))


def mutate(rng: random.Random, texts: list[str]) -> str:
    """One broken case file, as JSON text (see the module notes); a quarter of them are an
    example moved to an edge of the accepted range (`at_random_edge`), mutated or not."""
    if rng.random() < 0.25:
        text = at_random_edge(rng, texts)
        if rng.random() < 0.5:
            return text
        return json.dumps(_structural(rng, json.loads(text)))
    text = rng.choice(texts)
    if rng.random() < 0.2:
        return _textual(rng, text)
    data = json.loads(text)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        data = _structural(rng, data)
    return json.dumps(data, ensure_ascii=rng.random() < 0.5)


# --- cases generated from the JSON Schema ---------------------------------------------------------


def from_schema(schema: dict[str, Any]) -> Any:
    """A hypothesis strategy for documents valid against the case schema (docs/case.schema.json).

    Covers the keywords that schema uses: type, properties, required, additionalProperties,
    items, enum, const, anyOf, oneOf, $ref into $defs, minLength, format date / date-time (the
    string ``pattern`` is approximated by non-blank text). Written here because
    hypothesis-jsonschema no longer runs on current Hypothesis.
    """
    from hypothesis import strategies as st

    defs = schema.get("$defs", {})
    cache: dict[str, Any] = {}
    texts = st.text(min_size=1, max_size=12).filter(str.strip) | st.sampled_from(
        ["kalbar", "kasn", "ppid", "h.2", "Pasal 17 huruf h angka 2 UU 14/2008", "surat-penolakan"]
    )

    def build(node: dict[str, Any]) -> Any:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name not in cache:
                cache[name] = st.deferred(lambda name=name: build(defs[name]))
            return cache[name]
        if "const" in node:
            return st.just(node["const"])
        if "enum" in node:
            return st.sampled_from(node["enum"])
        for key in ("anyOf", "oneOf"):
            if key in node:
                return st.one_of([build(option) for option in node[key]])
        kind = node.get("type")
        if isinstance(kind, list):
            return st.one_of([build({**node, "type": k}) for k in kind])
        if kind == "object":
            props = node.get("properties", {})
            required = [k for k in node.get("required", []) if k in props]
            optional = [k for k in props if k not in required]
            return st.fixed_dictionaries(
                {k: build(props[k]) for k in required},
                optional={k: build(props[k]) for k in optional},
            )
        if kind == "array":
            return st.lists(build(node.get("items", {})), max_size=3)
        if kind == "string":
            fmt = node.get("format")
            if fmt == "date":
                return st.dates(dt.date(1940, 1, 1), dt.date(2110, 12, 31)).map(dt.date.isoformat)
            if fmt == "date-time":
                zones = st.sampled_from([7, 8, 9, 0, -5]).map(
                    lambda h: dt.timezone(dt.timedelta(hours=h))
                )
                return st.datetimes(
                    dt.datetime(1940, 1, 1), dt.datetime(2110, 12, 31), timezones=zones
                ).map(dt.datetime.isoformat)
            return texts
        if kind == "integer":
            return st.integers(-3, 40)
        if kind == "number":
            return st.integers(-3, 40) | st.floats(-1e3, 1e3)
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        return st.none()

    return build(schema)


# --- the property --------------------------------------------------------------------------------

RENDER_FORMATS = ("html", "md", "docx")


def exercise(text: str, *, render: bool = True, name: str = "<fuzz>") -> tuple[str, Any]:
    """Feed one input through every boundary; return ("refused" | "loaded", detail) or
    ("crash", the exception)."""
    from uji_konsekuensi.case import case_state, check_case
    from uji_konsekuensi.case.io import loads_case
    from uji_konsekuensi.errors import InputError, UjiKonsekuensiError

    try:
        case = loads_case(text, name)
    except InputError as exc:
        for problem in exc.problems:  # a message must be printable in both languages
            problem.render("id").encode("utf-8")
            problem.render("en").encode("utf-8")
        exc.render().encode("utf-8")
        return "refused", exc
    except Exception as exc:  # the property: nothing else may escape
        return "crash", exc
    try:
        report = check_case(case)
        report.render("id").encode("utf-8")
        report.render("en").encode("utf-8")
        moment = dt.datetime(2025, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
        try:
            state = case_state(case, moment)
            state.render("id").encode("utf-8")
        except UjiKonsekuensiError:
            pass  # e.g. the moment precedes the case: a clear refusal, not a crash
        if render:
            _render_all(case)
    except UjiKonsekuensiError as exc:
        if _internal(exc):
            return "crash", exc
        return "loaded", exc
    except Exception as exc:  # a crash, counted
        return "crash", exc
    return "loaded", report


def _internal(exc: Exception) -> bool:
    """A documented error class that still means a bug: a rule that raised (`RuleError`, exit
    70 on the command line), an `InternalError`, or a calendar error that names no field of
    the case (the calendar's own "kalender kerja" and ``$``: a date computed inside the
    library, not one the input gave)."""
    from uji_konsekuensi.calendar import CalendarError
    from uji_konsekuensi.errors import InternalError
    from uji_konsekuensi.rules import RuleError

    if isinstance(exc, RuleError | InternalError):
        return True
    return isinstance(exc, CalendarError) and any(not p.path for p in exc.problems)


def _render_all(case: Any) -> None:
    from uji_konsekuensi.documents import render_document
    from uji_konsekuensi.documents.render import available_printables
    from uji_konsekuensi.errors import UjiKonsekuensiError

    for kind, spec in available_printables(case.agency).items():
        if not getattr(spec, "builtin", True):
            continue
        for fmt in RENDER_FORMATS:
            try:
                out = render_document(kind, case, fmt)  # type: ignore[arg-type]
            except UjiKonsekuensiError:
                continue  # the case lacks what the document needs: a documented refusal
            if isinstance(out, str):
                out.encode("utf-8")


def counted(n: int, seed: int, render_every: int = 1) -> tuple[dict[str, int], list[Any]]:
    """Run ``n`` mutated inputs; the counts per outcome and the crashes (for the long run)."""
    rng = random.Random(seed)
    texts = example_texts()
    counts = {"loaded": 0, "refused": 0, "crash": 0}
    crashes: list[Any] = []
    for i in range(n):
        text = mutate(rng, texts)
        outcome, detail = exercise(text, render=i % render_every == 0)
        counts[outcome] += 1
        if outcome == "crash":
            crashes.append((i, type(detail).__name__, str(detail)[:200], text[:300]))
    return counts, crashes


__all__: list[str] = [
    "EDGE_OFFSETS",
    "EDGE_WINDOWS",
    "HOSTILE",
    "RAW",
    "at_random_edge",
    "at_the_edge",
    "counted",
    "edge_date",
    "example_texts",
    "exercise",
    "mutate",
]
