"""What the whole test session shares.

Bytecode of the project's own packages, written once before the tests run. Many tests start
``python -m uji_konsekuensi`` (the CLI, the service, ``agency test``) in a subprocess, as a user
does. Where ``PYTHONDONTWRITEBYTECODE`` is set (container images often set it) nothing imported
from the source tree is ever cached, so each of those subprocesses compiled the whole library
from source again: about half of a CLI call's start-up time. The files written are what Python
itself writes by default next to the sources (``__pycache__``, ignored by git); Python checks
each against its source's size and time before using it, so a changed source is never run stale,
and what any test sees is unchanged.
"""

from __future__ import annotations

import compileall
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def source_trees() -> list[Path]:
    """The folders the editable installs put on ``sys.path``: the library, the agency plugins
    and the example plugins."""
    trees = [ROOT / "src"]
    for parent in ("plugins", "examples"):
        trees += sorted(p.parent / "src" for p in (ROOT / parent).glob("*/pyproject.toml"))
    return [tree for tree in trees if tree.is_dir()]


def pytest_configure(config: pytest.Config) -> None:
    # Only where the interpreter would not write the bytecode itself; compileall skips a file
    # whose cached bytecode is current, so this costs little after the first session.
    if not sys.dont_write_bytecode:
        return
    for tree in source_trees():
        compileall.compile_dir(tree, quiet=2, workers=1)


@pytest.fixture(scope="session")
def default_service() -> Iterator[str]:
    """The base URL of one ``uji-konsekuensi serve`` with the default settings, shared by the
    tests that only compare its answers with fixed expectations (starting one takes seconds: the
    process, its agencies and its warmed workers). A test that needs other settings, watches the
    server's own process, or compares the service with the CLI run in this process (the
    server inherits the environment of the moment it starts) starts its own."""
    pytest.importorskip("uvicorn")
    from uji_konsekuensi.service.testing import running_service

    with running_service() as base:
        yield base
