"""The public names of the three packages that re-export (``uji_konsekuensi``, ``documents``,
``service``): written once, in the ``if TYPE_CHECKING:`` block, and imported on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from uji_konsekuensi.lazy_exports import exports

PACKAGES = ("uji_konsekuensi", "uji_konsekuensi.documents", "uji_konsekuensi.service")


@pytest.mark.parametrize("name", PACKAGES)
def test_all_is_the_one_list_of_the_block(name: str) -> None:
    """__all__ is exactly what the block imports (and the version, for the package)."""
    package = importlib.import_module(name)
    table = exports(name, Path(package.__file__ or "").read_text(encoding="utf-8"))
    also = {"__version__"} if name == "uji_konsekuensi" else set()
    assert table and set(package.__all__) == set(table) | also
    assert set(table) <= set(dir(package))


@pytest.mark.parametrize("name", PACKAGES)
def test_every_public_name_is_what_its_module_defines(name: str) -> None:
    package = importlib.import_module(name)
    table = exports(name, Path(package.__file__ or "").read_text(encoding="utf-8"))
    for public, (module_name, attribute) in table.items():
        module = importlib.import_module(module_name)
        expected = module if attribute is None else getattr(module, attribute)
        assert getattr(package, public) is expected, public


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    import uji_konsekuensi

    with pytest.raises(AttributeError, match="'uji_konsekuensi' has no attribute 'nope'"):
        _ = uji_konsekuensi.nope  # type: ignore[attr-defined]


def test_an_import_that_is_not_an_explicit_re_export_is_refused() -> None:
    """`from .x import Name` without ``as Name`` is not exported by strict type checkers: refused,
    so that the runtime list cannot differ from what type checkers see."""
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .agency import Agency\n"
    with pytest.raises(ValueError, match="'Agency as Agency'"):
        exports("pkg", source)
    ok = (
        "if TYPE_CHECKING:\n"
        "    from .agency import Agency as Agency\n"
        "    from . import law as law\n"
    )
    assert exports("pkg", ok) == {"Agency": ("pkg.agency", "Agency"), "law": ("pkg.law", None)}


def test_importing_the_packages_imports_none_of_what_they_export() -> None:
    """Importing a module runs its package's __init__: none of them loads the checker, the
    documents' renderer, Jinja2, Starlette or the holiday data."""
    code = (
        "import sys, uji_konsekuensi, uji_konsekuensi.documents, uji_konsekuensi.service\n"
        "heavy = ['uji_konsekuensi.case', 'uji_konsekuensi.agency',\n"
        "         'uji_konsekuensi.documents.render', 'jinja2', 'starlette', 'holidays']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
