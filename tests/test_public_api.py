"""The public API of ``import uji_konsekuensi``: the errors it raises are exported, and the version
is written once, in ``__init__.py``; the installed distribution reports the same. The one list
of names and its lazy import are tested in tests/test_lazy_exports.py.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import uji_konsekuensi

INIT = Path(uji_konsekuensi.__file__)


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
