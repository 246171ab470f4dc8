"""Old public names still work for one release, with a DeprecationWarning naming the new one."""

from __future__ import annotations

import importlib

import pytest

from uji_konsekuensi.sop import TriggerKind


@pytest.mark.parametrize(
    ("module", "old"),
    [
        ("uji_konsekuensi.agency", "Trigger"),
        ("uji_konsekuensi.sop", "Trigger"),
        ("uji_konsekuensi.sop.model", "Trigger"),
    ],
)
def test_old_trigger_names_warn_and_give_the_new_one(module: str, old: str) -> None:
    """agency.Trigger and sop.Trigger (the literal "request"/"periodic") are now TriggerKind."""
    mod = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match="TriggerKind"):
        value = getattr(mod, old)
    assert value is TriggerKind


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    """The alias hook answers only for the old names."""
    import uji_konsekuensi.agency as agency

    with pytest.raises(AttributeError):
        agency.NoSuchName  # noqa: B018 - the access is the test


@pytest.mark.parametrize(
    ("module", "old", "new_module", "new"),
    [
        ("uji_konsekuensi.documents", "DOCUMENT_KINDS", "uji_konsekuensi.documents", "PRINTABLES"),
        ("uji_konsekuensi.documents", "DocumentSpec", "uji_konsekuensi.documents", "Printable"),
        (
            "uji_konsekuensi.documents",
            "available_kinds",
            "uji_konsekuensi.documents",
            "available_printables",
        ),
        (
            "uji_konsekuensi.documents.render",
            "DOCUMENT_KINDS",
            "uji_konsekuensi.documents.render",
            "PRINTABLES",
        ),
        (
            "uji_konsekuensi.documents.render",
            "DocumentSpec",
            "uji_konsekuensi.documents.render",
            "Printable",
        ),
        (
            "uji_konsekuensi.documents.render",
            "available_kinds",
            "uji_konsekuensi.documents.render",
            "available_printables",
        ),
        (
            "uji_konsekuensi.documents.output",
            "write_output",
            "uji_konsekuensi.documents.files",
            "write_output",
        ),
        (
            "uji_konsekuensi.documents.output",
            "OutputExistsError",
            "uji_konsekuensi.documents.files",
            "OutputExistsError",
        ),
        (
            "uji_konsekuensi.documents.output",
            "OutputWriteError",
            "uji_konsekuensi.documents.files",
            "OutputWriteError",
        ),
    ],
)
def test_old_document_names_warn_and_give_the_new_one(
    module: str, old: str, new_module: str, new: str
) -> None:
    """The printable documents were "document kinds" (a name DocumentKind, an agency's step
    document, keeps); the module writing files was documents.output, now documents.files."""
    mod = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match=rf"{new_module}\.{new}\b"):
        value = getattr(mod, old)
    assert value is getattr(importlib.import_module(new_module), new)


def test_the_package_top_document_kinds_warns_and_gives_printables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """uji_konsekuensi.DOCUMENT_KINDS is uji_konsekuensi.PRINTABLES, with a warning."""
    import uji_konsekuensi

    # The package caches what it resolved; drop it so this access resolves (and warns) again.
    monkeypatch.delitem(vars(uji_konsekuensi), "DOCUMENT_KINDS", raising=False)
    with pytest.warns(DeprecationWarning, match="PRINTABLES"):
        value = uji_konsekuensi.DOCUMENT_KINDS
    assert value is uji_konsekuensi.PRINTABLES


def test_an_unknown_document_name_is_still_an_attribute_error() -> None:
    """The documents' alias hooks answer only for the old names."""
    import uji_konsekuensi.documents as documents
    import uji_konsekuensi.documents.output as output

    with pytest.raises(AttributeError):
        documents.NoSuchName  # noqa: B018 - the access is the test
    with pytest.raises(AttributeError):
        output.NoSuchName  # noqa: B018 - the access is the test


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [
        ("uji_konsekuensi.harm", "Person", "Official"),
        ("uji_konsekuensi.harm", "Document", "SourceDocument"),
        ("uji_konsekuensi.harm.model", "Person", "Official"),
        ("uji_konsekuensi.harm.model", "Document", "SourceDocument"),
    ],
)
def test_old_harm_names_warn_and_give_the_new_one(module: str, old: str, new: str) -> None:
    """harm.Person (someone named on a form) is harm.Official and harm.Document (a document
    holding the information) is harm.SourceDocument, apart from case.Person and case.Document."""
    from uji_konsekuensi.harm import model

    mod = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match=rf"\b{new}\b"):
        value = getattr(mod, old)
    assert value is getattr(model, new)
    with pytest.raises(AttributeError):
        getattr(mod, "NoSuchName")  # noqa: B009 - the access is the test
