"""The public API of ``import uji_konsekuensi``: one list of names, kept in three places in step.

`__init__.py` names each public name three times: in ``__all__``, in the lazy-import table
``_LAZY`` (PEP 562, so importing the package stays cheap) and under ``TYPE_CHECKING`` (so type
checkers see them). A name added to one and forgotten in another is caught here. The version is
written once, in ``__init__.py``; the installed distribution reports the same.
"""

from __future__ import annotations

import ast
import importlib.metadata
from pathlib import Path

import uji_konsekuensi

INIT = Path(uji_konsekuensi.__file__)
TREE = ast.parse(INIT.read_text(encoding="utf-8"))


def _type_checking_names() -> set[str]:
    names: set[str] = set()
    for node in ast.walk(TREE):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom):
                    names.update(a.asname or a.name for a in stmt.names)
    return names


def _eager_names() -> set[str]:
    """Names imported at module level (cheap ones: errors, findings, i18n)."""
    return {
        a.asname or a.name
        for stmt in TREE.body
        if isinstance(stmt, ast.ImportFrom) and stmt.level == 1
        for a in stmt.names
    }


def test_all_is_the_eager_names_the_lazy_table_and_the_version() -> None:
    """__all__ lists exactly the names imported eagerly, the lazy ones and __version__."""
    lazy = set(uji_konsekuensi._LAZY)
    assert set(uji_konsekuensi.__all__) == _eager_names() | lazy | {"__version__"}


def test_type_checking_imports_are_the_lazy_table() -> None:
    """What type checkers see is what the lazy table resolves."""
    assert _type_checking_names() == set(uji_konsekuensi._LAZY)


def test_every_public_name_resolves_to_what_its_module_defines() -> None:
    """Each lazy name resolves, and is the object its module defines."""
    for name, module_name in uji_konsekuensi._LAZY.items():
        value = getattr(uji_konsekuensi, name)
        module = importlib.import_module(module_name)
        assert value is (module if module_name.endswith("." + name) else getattr(module, name))


def test_the_errors_public_functions_raise_are_exported() -> None:
    """get_agency, the SOP look-up and the rule checks raise errors a caller can catch by name."""
    for name in ("UnknownAgencyError", "UnknownSOPError", "RuleError", "PluginError"):
        error = getattr(uji_konsekuensi, name)
        assert issubclass(error, uji_konsekuensi.UjiKonsekuensiError), name
    assert issubclass(uji_konsekuensi.InternalError, uji_konsekuensi.UjiKonsekuensiError)


def test_the_version_is_written_once() -> None:
    """pyproject.toml reads the version from __init__.py; the installed metadata agrees."""
    pyproject = (INIT.parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert "\nversion =" not in pyproject.split("[tool.setuptools.dynamic]")[0]
    assert importlib.metadata.version("uji-konsekuensi") == uji_konsekuensi.__version__
