"""DocumentKind: the documents an agency's SOP steps produce."""

from __future__ import annotations

import attrs
import pytest

from uji_konsekuensi import converter
from uji_konsekuensi.document_kinds import DocumentKind


def lembar(**changes: object) -> DocumentKind:
    fields: dict[str, object] = {
        "code": "lembar-uji",
        "title": "Lembar Pengujian Konsekuensi",
        "title_en": "Consequence test sheet",
        "basis": "PERKI 1/2021 Pasal 49",
        "produced_by_steps": (3,),
    }
    fields.update(changes)
    return DocumentKind(**fields)  # type: ignore[arg-type]


def test_document_kind_is_a_frozen_value() -> None:
    """Two kinds with the same fields are equal, hashable, and cannot be changed."""
    assert lembar() == lembar()
    assert hash(lembar()) == hash(lembar())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lembar().code = "x"  # type: ignore[misc]


def test_steps_become_a_tuple() -> None:
    """produced_by_steps given as a list is stored as a tuple."""
    assert lembar(produced_by_steps=[3, 4]).produced_by_steps == (3, 4)


@pytest.mark.parametrize("code", ["Lembar", "lembar uji", "-x", "x--y", "", "lembar_uji"])
def test_code_must_be_a_slug(code: str) -> None:
    """A code that is not a lowercase hyphenated slug is refused, naming class, field and value."""
    with pytest.raises(ValueError, match=r"DocumentKind\.code: .*" + repr(code).replace("'", ".")):
        lembar(code=code)


@pytest.mark.parametrize("steps", [(0,), (-1,), ("3",), (True,), (3, 3)])
def test_steps_must_be_distinct_positive_integers(steps: tuple[object, ...]) -> None:
    """Step numbers are integers >= 1, each listed once."""
    with pytest.raises(ValueError, match=r"DocumentKind\.produced_by_steps"):
        lembar(produced_by_steps=steps)


@pytest.mark.parametrize("field", ["title", "title_en"])
def test_titles_must_not_be_blank(field: str) -> None:
    """A blank title in either language is refused."""
    with pytest.raises(ValueError, match=rf"DocumentKind\.{field}"):
        lembar(**{field: "  "})


def test_basis_is_optional() -> None:
    """A document only the agency's SOP asks for has no basis."""
    assert lembar(basis=None).basis is None


def test_json_round_trip() -> None:
    """The converter writes a DocumentKind as JSON and reads it back unchanged."""
    kind = lembar(produced_by_steps=(3, 5))
    data = converter.unstructure(kind)
    assert data["produced_by_steps"] == [3, 5]
    assert converter.structure(data, DocumentKind) == kind
