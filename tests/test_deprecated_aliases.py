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
