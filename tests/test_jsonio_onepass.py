"""The one-pass reader refuses what the two-pass reader refused, with the same problems.

`jsonio.parse_owing` leaves the nesting depth and the text lengths to the model's shape; these
tests hold the typed loaders (`loads_case`, `converter.loads`) to naming such an input exactly as
`jsonio.parse_json` names it, and the shape bound to be real.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi import converter, jsonio
from uji_konsekuensi.case.io import loads_case
from uji_konsekuensi.case.model import Case
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.limits import MAX_DEPTH, MAX_TEXT
from uji_konsekuensi.sop.model import SOP

ROOT = Path(__file__).resolve().parents[1]
KALBAR = (ROOT / "examples" / "cases" / "kalbar.case.json").read_text(encoding="utf-8")


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def _problems(text: str, read: Any) -> list[tuple[str, str, object]]:
    with pytest.raises(InputError) as caught:
        read(text)
    return [(p.path, p.message_en, p.value) for p in caught.value.problems]


def _case_with(path: tuple[str | int, ...], value: Any) -> str:
    data = json.loads(KALBAR)
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    "path",
    [("trigger", "information"), ("documents", 0, "title"), ("unknown",), ("events", 0, "inputs")],
)
def test_a_too_deep_value_in_a_case_is_named_too_deep_not_a_wrong_type(
    path: tuple[str | int, ...],
) -> None:
    text = _case_with(path, _nested(MAX_DEPTH + 2))
    found = _problems(text, loads_case)
    assert found == _problems(text, jsonio.parse_json)
    assert found and all("nested too deep" in message for _, message, _ in found)


@pytest.mark.parametrize("path", [("trigger", "information"), ("id",), ("events", 0, "inputs")])
def test_a_too_long_text_in_a_case_is_named_too_long(path: tuple[str | int, ...]) -> None:
    long = "a" * (MAX_TEXT + 1)
    text = _case_with(path, [long] if path[-1] == "inputs" else long)
    found = _problems(text, loads_case)
    assert found == _problems(text, jsonio.parse_json)
    assert [message for _, message, _ in found] == [f"text too long ({MAX_TEXT + 1} characters)"]


def test_a_text_of_exactly_the_limit_loads() -> None:
    case = loads_case(_case_with(("trigger", "information"), "a" * MAX_TEXT))
    assert len(case.trigger.information) == MAX_TEXT  # type: ignore[union-attr]


def test_typed_loads_names_depth_before_the_models_problems() -> None:
    text = json.dumps({"number": _nested(MAX_DEPTH + 1)})
    found = _problems(text, lambda t: converter.loads(t, SOP))
    assert found == _problems(text, jsonio.parse_json)


@pytest.mark.parametrize(
    ("fragment", "owed"),
    [
        ('{"a": "plain text, é"}', True),
        ('{"a": 1, "a": 2}', False),  # a duplicate key: the walk ran at once
        ('{"a": 1e999}', False),
        ('{"a": NaN}', False),
        ('{"a": 9007199254740993}', False),
        ('{"a": "\\u0000"}', False),
        ('{"a": "\\ud800"}', False),
        ('{"a": "\x7f"}', False),
        ('{"a": "\ud800"}', False),
    ],
)
def test_the_walk_is_owed_only_when_the_hooks_and_the_text_found_nothing(
    fragment: str, owed: bool
) -> None:
    try:
        _, pending = jsonio.parse_owing(fragment)
    except InputError:
        assert not owed
        return
    assert (pending is not None) is owed


def test_a_harmless_escape_or_a_long_integer_in_range_still_loads() -> None:
    data = jsonio.parse_json('{"a": "\\ud83d\\ude00 \\u0009", "b": 9007199254740991}')
    assert data == {"a": "\U0001f600 \t", "b": 9007199254740991}


def test_the_case_and_sop_models_bound_the_depth_of_what_they_read() -> None:
    case_depth = converter.shape_depth(Case)
    assert case_depth is not None and case_depth <= MAX_DEPTH
    assert converter.shape_depth(SOP) is not None


@attrs.frozen
class _Open:
    extra: dict[str, Any]


@attrs.frozen
class _Node:
    children: tuple[_Node, ...] = ()


def test_an_open_ended_or_recursive_model_is_not_bounded() -> None:
    assert converter.shape_depth(_Open) is None
    assert converter.shape_depth(_Node) is None
    assert converter.shape_depth(tuple[str, ...]) == 1


def test_an_unbounded_model_is_walked_before_it_is_structured() -> None:
    text = json.dumps({"extra": {"a": _nested(MAX_DEPTH + 1)}})
    assert _problems(text, lambda t: converter.loads(t, _Open)) == _problems(
        text, jsonio.parse_json
    )


def test_an_official_written_alike_in_every_event_is_built_once_and_shared() -> None:
    case = loads_case(KALBAR)
    written = [json.dumps(e.get("actor")) for e in json.loads(KALBAR)["events"]]
    actors = [getattr(event, "actor", None) for event in case.events]
    pairs = [
        (i, j)
        for i in range(len(written))
        for j in range(i + 1, len(written))
        if written[i] == written[j] and actors[i] is not None
    ]
    assert pairs
    assert all(actors[i] is actors[j] for i, j in pairs)


def test_a_shared_value_object_is_never_given_for_a_different_or_invalid_object() -> None:
    from uji_konsekuensi.case.model import Person
    from uji_konsekuensi.sop.model import Role

    first = converter.structure({"name": "Budi", "role": "ppid"}, Person)
    assert converter.structure({"name": "Budi", "role": "ppid"}, Person) is first
    assert converter.structure({"name": "Budi", "role": Role.PPID}, Person) == first
    with pytest.raises(InputError):
        converter.structure({"name": "Budi", "role": "ppid", "nip": 1}, Person)
    with pytest.raises(InputError):
        converter.structure({"name": " ", "role": "ppid"}, Person)
    long = "a" * 500
    assert converter.structure({"name": long, "role": "ppid"}, Person) is not (
        converter.structure({"name": long, "role": "ppid"}, Person)
    )
