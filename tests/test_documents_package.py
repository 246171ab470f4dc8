"""The documents package's built-in plugin is light (its names: tests/test_lazy_exports.py).

Every plugin manager imports the built-in documents plugin (plugins.BUILTIN_PLUGINS), so the
package's ``__init__`` resolves its names on first use: building a manager must not load Jinja2.
"""

from __future__ import annotations

import subprocess
import sys


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
