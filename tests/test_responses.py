"""The response classes (`uji_konsekuensi.responses`): the JSON of every document is the class
unstructured by the one converter, and its schema is derived from the same class."""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import pytest

from uji_konsekuensi import responses
from uji_konsekuensi.agency import UnknownAgencyError
from uji_konsekuensi.converter import unstructure
from uji_konsekuensi.errors import InputError, InternalError, Problem
from uji_konsekuensi.schemas import SCHEMAS, schema
from uji_konsekuensi.schemas.derive import SchemaBuilder


def _problem_details(**extra: Any) -> responses.ProblemDetails:
    return responses.ProblemDetails(
        type="https://uji-konsekuensi.example/problems/invalid",
        title="Masukan tidak sah",
        status=422,
        detail="1 masalah",
        kind="input",
        source=None,
        problems=(),
        **extra,
    )


def test_every_response_class_is_in_a_published_schema() -> None:
    """No response class is left out of docs/schemas/: each is a document or a part of one."""
    published = {name for doc in SCHEMAS for name in schema(doc).get("$defs", {})}
    roots = {
        "AgencyList",
        "AgencyValidation",
        "CheckDocument",
        "ErrorDocument",
        "Health",
        "PlanDocument",
        "ProblemDetails",
        "SopImport",
        "SopValidation",
        "StateDocument",
        "WaktuDue",
        "WrittenDocument",
    }
    classes = {
        name
        for name, cls in inspect.getmembers(responses, inspect.isclass)
        if attrs.has(cls) and cls.__module__ == responses.__name__
    }
    missing = {c for c in classes - roots if f"responses.{c}" not in published}
    assert not missing


def test_a_document_writes_its_keys_in_field_order_and_none_as_null() -> None:
    """The field order is the key order; a field without a value is written as null."""
    data = unstructure(_problem_details())
    assert list(data) == ["type", "title", "status", "detail", "kind", "source", "problems"]
    assert data["source"] is None


def test_a_field_marked_omit_if_none_is_written_only_with_a_value() -> None:
    """``ProblemDetails.instance`` (an internal error's id) is absent, not null, without one."""
    assert "instance" not in unstructure(_problem_details())
    assert unstructure(_problem_details(instance="urn:uuid:1"))["instance"] == "urn:uuid:1"
    body = schema("problem")
    assert "instance" not in body["required"] and "source" in body["required"]


def test_field_metadata_reaches_the_schema() -> None:
    """What a type cannot say (the status range, a sha256 pattern) is in the schema."""
    status = schema("problem")["properties"]["status"]
    assert status == {"type": "integer", "minimum": 400, "maximum": 599}
    sha = schema("check")["$defs"]["responses.AgencyDataSource"]["properties"]["sha256"]
    assert sha["pattern"] == "^[0-9a-f]{64}$"


def test_an_output_class_requires_every_key_an_input_only_those_without_default() -> None:
    """Output: every field is written, so every key is required; input: a default may be left
    out. A new field of a response class is a new required key of its schema, by itself."""

    @attrs.frozen(kw_only=True)
    class Sample:
        """A sample."""

        name: str
        note: str | None = None

    assert SchemaBuilder(output=True).object(Sample)["required"] == ["name", "note"]
    assert SchemaBuilder(output=False).object(Sample)["required"] == ["name"]


def test_an_input_error_is_unreadable_input_with_its_problems() -> None:
    """`unreadable` lists an InputError's problems, the value made writable, expected_en
    defaulting to expected."""
    exc = InputError(
        "kasus.json",
        [Problem(path="trigger", message="m", message_en="e", value=b"\xff", expected="YYYY")],
    )
    found = responses.unreadable("kasus.json", exc)
    assert found.kind == "input"
    (problem,) = found.problems
    assert problem.value == "b'\\xff'" and problem.expected_en == "YYYY"


def test_an_error_that_speaks_both_languages_is_named_in_both() -> None:
    """A library error with render(lang) gives its message in Indonesian and English."""
    exc = UnknownAgencyError("kalbarr", ("kalbar", "kasn"))
    (problem,) = responses.unreadable("x", exc).problems
    assert problem.message == exc.render("id") and problem.message_en == exc.render("en")
    assert problem.message != problem.message_en


@pytest.mark.parametrize("exc", [KeyError("x"), InternalError("x", ValueError("y"))])
def test_any_other_exception_is_internal_naming_its_class(exc: BaseException) -> None:
    """A bug is ``internal``, its value the exception's class, never its traceback."""
    found = responses.unreadable("x", exc)
    assert found.kind == "internal"
    assert found.problems[0].value in ("KeyError", "ValueError")
