"""The documents package's public names: one lazy table, kept in step; a light built-in plugin.

Every plugin manager imports the built-in documents plugin (plugins.BUILTIN_PLUGINS), so the
package's ``__init__`` resolves its names on first use: building a manager must not load Jinja2.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import uji_konsekuensi.documents as documents

INIT = Path(documents.__file__)
TREE = ast.parse(INIT.read_text(encoding="utf-8"))


def _type_checking_names() -> dict[str, str]:
    """name -> submodule, as the ``if TYPE_CHECKING:`` imports say."""
    names: dict[str, str] = {}
    for node in ast.walk(TREE):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.module:
                    names.update((a.asname or a.name, stmt.module) for a in stmt.names)
    return names


def test_all_the_lazy_table_and_the_type_checking_imports_agree() -> None:
    """__all__, _LAZY and what type checkers see name the same objects from the same modules."""
    assert set(documents.__all__) == set(documents._LAZY)
    assert _type_checking_names() == documents._LAZY


def test_every_name_resolves_to_what_its_module_defines() -> None:
    for name, submodule in documents._LAZY.items():
        module = importlib.import_module(f"uji_konsekuensi.documents.{submodule}")
        assert getattr(documents, name) is getattr(module, name), name


def test_building_a_plugin_manager_loads_no_jinja2() -> None:
    """The built-in documents plugin is registered in every manager; Jinja2 waits for a render."""
    code = (
        "import sys\n"
        "from uji_konsekuensi.plugins import get_plugin_manager\n"
        "pm = get_plugin_manager(load_entrypoints=False)\n"
        "assert pm.has_plugin('uji_konsekuensi.documents.builtin_templates')\n"
        "assert 'jinja2' not in sys.modules, 'jinja2 imported'\n"
        "assert 'uji_konsekuensi.documents.render' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
