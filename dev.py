#!/usr/bin/env python3
"""The two commands of the README, on a fresh machine with nothing but Python >= 3.11.

    python3 dev.py run    # make .venv, install the core and the agency plugins, run the main job
    python3 dev.py test   # make .venv, install with the test tools, run ruff, mypy and pytest

Everything is installed into ./.venv from the package registry; nothing on the machine is assumed
beyond the interpreter. Installs are skipped when nothing they depend on changed since the last one
(a stamp file keyed on the pyproject files), so a second run starts at once.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def plugin_dirs() -> list[Path]:
    """Every agency plugin distribution shipped in plugins/ (each has its own pyproject.toml)."""
    return sorted(p.parent for p in (ROOT / "plugins").glob("*/pyproject.toml"))


def example_plugin_dirs() -> list[Path]:
    """Example plugins in examples/ that CI installs and tests like real ones."""
    return sorted(p.parent for p in (ROOT / "examples").glob("*/pyproject.toml"))


def sh(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    done = subprocess.run([str(a) for a in args], cwd=ROOT)
    if done.returncode != 0:
        sys.exit(done.returncode)


def ensure_venv(extras: str) -> None:
    if not PY.exists():
        print(f"+ python -m venv {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    dirs = [ROOT, *plugin_dirs(), *example_plugin_dirs()]
    key = hashlib.sha256(extras.encode())
    for d in dirs:
        key.update((d / "pyproject.toml").read_bytes())
    stamp = VENV / f".installed-{extras or 'core'}"
    if stamp.exists() and stamp.read_text() == key.hexdigest():
        return
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    editable: list[str | Path] = ["-e", target]
    for d in dirs[1:]:
        editable += ["-e", d]
    sh(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", *editable)
    stamp.write_text(key.hexdigest())


def run() -> None:
    """The main job: check every example case file against its agency SOP and the law."""
    # The extras the README's examples use: Word and PDF output, the service, the SOP importer.
    ensure_venv("docx,pdf,server,import")
    sh(PY, ROOT / "examples" / "main_job.py")


def test() -> None:
    """Lint, types (strict on src/) and the whole test suite, core and plugins."""
    ensure_venv("test,bench,docx,pdf,server,import")
    sh(PY, "-m", "ruff", "check", ".")
    sh(PY, "-m", "ruff", "format", "--check", ".")
    sh(PY, "-m", "mypy")
    sh(PY, "-m", "pytest", "-q", *sys.argv[2:])


def main() -> None:
    commands = {"run": run, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit("usage: python3 dev.py run | test [pytest args...]")
    commands[sys.argv[1]]()


if __name__ == "__main__":
    main()
