"""A package's public names, written once and imported on first use (PEP 562).

Importing any module of this library runs its package's ``__init__`` first (``import
uji_konsekuensi.law`` runs ``uji_konsekuensi/__init__.py``), so a package that imported its whole
public API eagerly would make every import as slow as all of them: the case checker, the
converter, pluggy and Jinja2, ten times the cost of the package alone (measured in
docs/architecture.md, "Layers"). Each package that re-exports names from its submodules
(``uji_konsekuensi``, ``uji_konsekuensi.documents``, ``uji_konsekuensi.service``) therefore
declares them once, as the imports of its ``if TYPE_CHECKING:`` block, each in the explicit
re-export form ``from .agency import Agency as Agency`` (what type checkers and readers see), and
calls `attach`. `attach` reads that block from the package's own source and returns the
``__getattr__``, ``__dir__`` and ``__all__`` that import a name's module the first time the name
is used: one list, where there were three to keep equal (the block, a name -> module table and
``__all__``). The pattern is scientific-python's SPEC 1 (``lazy_loader.attach_stub``), reading
the block of the ``__init__`` itself instead of a separate ``.pyi`` stub.
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = ["attach", "exports"]


def exports(package: str, source: str) -> dict[str, tuple[str, str | None]]:
    """name -> (module, attribute) for every import of the ``if TYPE_CHECKING:`` block of a
    package's source; attribute None for a submodule imported as such (``from . import law``).

    Raises `ValueError` for an import that is not an explicit re-export (``X as X``), so that the
    one list cannot silently differ from what type checkers export."""
    tree = ast.parse(source)
    found: dict[str, tuple[str, str | None]] = {}
    for node in tree.body:
        if not (isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)):
            continue
        for stmt in node.body:
            if not isinstance(stmt, ast.ImportFrom) or stmt.level != 1:
                raise ValueError(f"{package}: only 'from .module import Name as Name' here")
            module = f"{package}.{stmt.module}" if stmt.module else package
            for alias in stmt.names:
                if alias.asname != alias.name:
                    raise ValueError(
                        f"{package}: {alias.name!r} must be re-exported as "
                        f"'{alias.name} as {alias.name}'"
                    )
                if stmt.module is None:
                    found[alias.name] = (f"{package}.{alias.name}", None)
                else:
                    found[alias.name] = (module, alias.name)
    return found


def attach(
    package: str, init_file: str, also: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """``__getattr__``, ``__dir__`` and ``__all__`` of ``package`` (see the module notes).

    ``init_file``: the package's ``__file__``; ``also``: names the package defines itself
    (``__version__``), listed in ``__all__`` beside the re-exports."""
    table = exports(package, Path(init_file).read_text(encoding="utf-8"))

    def __getattr__(name: str) -> Any:
        where = table.get(name)
        if where is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(where[0])
        value = module if where[1] is None else getattr(module, where[1])
        # Kept in the package's namespace: the next use is an ordinary attribute lookup.
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(table))

    return __getattr__, __dir__, sorted([*table, *also])
