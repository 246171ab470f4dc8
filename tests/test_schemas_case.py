"""docs/case.schema.json: generated from the models, valid draft 2020-12, and agreeing with them."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi import InputError, agency
from uji_konsekuensi.case import case_from_dict
from uji_konsekuensi.case.samples import sample_case_data
from uji_konsekuensi.schemas.case import case_schema

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "docs" / "case.schema.json"
CASE_FILES = sorted((ROOT / "examples" / "cases").rglob("*.json"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_file_is_what_the_models_give() -> None:
    """The published schema is what the models give (python -m uji_konsekuensi.schemas.case)."""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == case_schema()


def test_every_example_case_is_schema_valid(validator: jsonschema.Draft202012Validator) -> None:
    """Each example case, compliant or violating, is a valid case file by the schema."""
    assert len(CASE_FILES) >= 20
    for path in CASE_FILES:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert errors == [], (path.name, [e.message[:200] for e in errors])


@settings(max_examples=30, deadline=None)
@given(
    code=st.sampled_from(["kalbar", "kalteng", "kasn", "kutai-timur"]),
    offset=st.integers(min_value=0, max_value=3 * 365),
    seed=st.integers(min_value=0, max_value=10_000),
)
def test_generated_schema_valid_case_loads(code: str, offset: int, seed: int) -> None:
    """A generated case that the schema accepts is also accepted by the loader."""
    a = agency.get_agency(code)
    d = sample_case_data(a, a.sops[0], dt.date(2025, 1, 1) + dt.timedelta(days=offset), seed=seed)
    schema = jsonschema.Draft202012Validator(case_schema())
    assert list(schema.iter_errors(d)) == []
    case_from_dict(d)


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return mutate


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return mutate


MUTATIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "unknown top-level key": _set(("nomor",), "x"),
    "unknown key in an event": _set(("events", 0, "waktu"), "x"),
    "unknown key in the trigger": _set(("trigger", "diterima"), "x"),
    "unknown key in a harm row": _set(("tests", 0, "rows", 0, "dampak"), "x"),
    "missing id": _drop(("id",)),
    "missing event timestamp": _drop(("events", 0, "at")),
    "missing document title": _drop(("documents", 0, "title")),
    "unknown event kind": _set(("events", 0, "kind"), "step_begun"),
    "unknown trigger kind": _set(("trigger", "kind"), "complaint"),
    # Not a slug: an agency's own role ("kepala" would load, and the check reports it as
    # case.power.unknown_role unless the agency declares it).
    "bad actor role": _set(("events", 0, "actor", "role"), "Kepala Bagian"),
    "bad notice outcome": _set(("events", 17, "outcome"), "ditolak"),
    "bad branch": _set(("events", 7, "branch"), "ya"),
    "naive timestamp": _set(("events", 0, "at"), "2025-03-24T09:15:00"),
    "date with a time": _set(("documents", 0, "date"), "2025-03-24T00:00:00+07:00"),
    "unknown format version": _set(("format",), 2),
    "blank case id": _set(("id",), " "),
    "bad period kind": _set(("tests", 0, "rows", 0, "period", "kind"), "forever"),
    "events not a list": _set(("events",), {"kind": "paused"}),
    "step number as text": _set(("events", 0, "step"), "1"),
    "step number as a float": _set(("events", 0, "step"), 1.5),
    "actor name as a number": _set(("events", 0, "actor", "name"), 5),
    "objection days as text": _set(("documents", 8, "refusal", "objection_days"), "30"),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_schema_and_loader_refuse_the_same_input(
    name: str, validator: jsonschema.Draft202012Validator
) -> None:
    """A broken case file fails both the schema and the loader."""
    d = json.loads((ROOT / "examples" / "cases" / "kalbar.case.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(d)
    MUTATIONS[name](broken)
    assert list(validator.iter_errors(broken)), name
    with pytest.raises(InputError):
        case_from_dict(broken)


def test_the_documented_example_is_the_example_file() -> None:
    """The full example in docs/case.md is examples/cases/kutai-timur.case.json, unchanged."""
    doc = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    block = doc.split("```json\n", 1)[1].split("\n```", 1)[0]
    example = ROOT / "examples" / "cases" / "kutai-timur.case.json"
    assert json.loads(block) == json.loads(example.read_text(encoding="utf-8"))
