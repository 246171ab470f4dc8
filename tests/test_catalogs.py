"""Every catalog of messages follows one shape: constants keyed by code and variant and named as
their key, both languages naming the same values, each catalog listed in docs/architecture.md
with the test that holds its area to it.

What each area's own test adds (tests/test_messages_*.py, tests/test_case_messages.py): that its
modules write no words inline, that every message is used, and what its messages say."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import uji_konsekuensi
from uji_konsekuensi.i18n import Message

ROOT = Path(__file__).resolve().parents[1]
ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def _catalogs() -> list[ModuleType]:
    """Every module of the package named ``messages`` (or ``agency_messages``) with a catalog."""
    found = []
    for info in pkgutil.walk_packages(uji_konsekuensi.__path__, "uji_konsekuensi."):
        if info.name.rsplit(".", 1)[-1] in ("messages", "agency_messages"):
            module = importlib.import_module(info.name)
            if isinstance(getattr(module, "MESSAGES", None), dict):
                found.append(module)
    return found


CATALOGS = _catalogs()
#: The case, harm and sop catalogs name a message after its finding code's constant in the code
#: table (`case.codes`, ...), which their own tests check against that table.
NAMED_BY_CODE_TABLE = {
    "uji_konsekuensi.case.messages",
    "uji_konsekuensi.harm.messages",
    "uji_konsekuensi.sop.messages",
}


def _path(module: ModuleType) -> str:
    return module.__name__.removeprefix("uji_konsekuensi.").replace(".", "/") + ".py"


def test_the_catalogs_are_found() -> None:
    names = {m.__name__ for m in CATALOGS}
    assert {"uji_konsekuensi.case.messages", "uji_konsekuensi.cli.messages"} <= names
    assert len(CATALOGS) >= 10


@pytest.mark.parametrize("catalog", CATALOGS, ids=_path)
def test_every_message_is_in_its_catalog_under_its_code_and_variant(catalog: ModuleType) -> None:
    messages = [v for v in vars(catalog).values() if isinstance(v, Message)]
    assert messages
    for message in messages:
        assert catalog.MESSAGES[message.code][message.variant] is message


@pytest.mark.parametrize("catalog", CATALOGS, ids=_path)
def test_both_languages_of_every_message_name_the_same_values(catalog: ModuleType) -> None:
    for variants in catalog.MESSAGES.values():
        for message in variants.values():
            in_id, in_en = message.fields
            assert in_id == in_en, (message.code, message.variant)


@pytest.mark.parametrize(
    "catalog", [c for c in CATALOGS if c.__name__ not in NAMED_BY_CODE_TABLE], ids=_path
)
def test_a_message_is_named_as_its_code_and_variant(catalog: ModuleType) -> None:
    """WAKTU_TAIL_UNKNOWN is "waktu.tail_unknown"; its _EXPECTED is the "expected" variant."""
    for name, value in vars(catalog).items():
        if isinstance(value, Message):
            suffix = f"_{value.variant.upper()}" if value.variant else ""
            assert name == value.code.replace(".", "_").upper() + suffix, name


@pytest.mark.parametrize("catalog", CATALOGS, ids=_path)
def test_architecture_md_lists_the_catalog_with_the_test_that_holds_it(
    catalog: ModuleType,
) -> None:
    row = re.search(
        rf"^\| `{re.escape(_path(catalog))}` \|.*\| (tests/\S+\.py) \|$", ARCHITECTURE, re.M
    )
    assert row is not None, f"{_path(catalog)}: no row in docs/architecture.md 'Adding a message'"
    assert (ROOT / row.group(1)).is_file(), row.group(1)
