#!/usr/bin/env python3
"""The two commands of the README, on a fresh machine with nothing but Python >= 3.11.

    python3 dev.py run    # make .venv, install the core and the agency plugins, run the main job
    python3 dev.py test   # make .venv, install with the test tools, run ruff, mypy and pytest;
                          # then the tests again in .venv-lowest, on the lowest versions allowed

Everything is installed into ./.venv from the package registry; nothing on the machine is assumed
beyond the interpreter. Installs are skipped when nothing they depend on changed since the last one
(a stamp file keyed on the pyproject files), so a second run starts at once.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tomllib
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


def ensure_venv(extras: str, where: Path = VENV, constraints: Path | None = None) -> Path:
    """Install the project with ``extras`` and the plugins into ``where``; its python."""
    py = (
        where
        / ("Scripts" if os.name == "nt" else "bin")
        / ("python.exe" if os.name == "nt" else "python")
    )
    if not py.exists():
        print(f"+ python -m venv {where}", flush=True)
        venv.create(where, with_pip=True)
    dirs = [ROOT, *plugin_dirs(), *example_plugin_dirs()]
    key = hashlib.sha256(extras.encode())
    for d in dirs:
        key.update((d / "pyproject.toml").read_bytes())
    stamp = where / f".installed-{extras or 'core'}"
    if stamp.exists() and stamp.read_text() == key.hexdigest():
        return py
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    editable: list[str | Path] = ["-e", target]
    for d in dirs[1:]:
        editable += ["-e", d]
    pins: list[str | Path] = ["-c", constraints] if constraints is not None else []
    sh(py, "-m", "pip", "install", "--disable-pip-version-check", "-q", *pins, *editable)
    stamp.write_text(key.hexdigest())
    return py


#: The extras whose lower bounds the second test environment pins (the test tools stay current).
LOWEST_EXTRAS = ("docx", "pdf", "server", "import")


def lowest_constraints() -> str:
    """``name==X`` for every ``name>=X`` of the dependencies and LOWEST_EXTRAS in pyproject.toml:
    the oldest versions the package says it works with."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    deps = list(project["dependencies"])
    for extra in LOWEST_EXTRAS:
        deps += project["optional-dependencies"][extra]
    pins: dict[str, str] = {}
    for dep in deps:
        m = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*>=\s*([^,;\s]+)", dep)
        if m:
            pins.setdefault(m.group(1).lower(), f"{m.group(1)}=={m.group(2)}")
    return "\n".join(pins.values()) + "\n"


def test_lowest() -> None:
    """The suite again, in .venv-lowest, on the lowest versions pyproject.toml allows: a lower
    bound that is too low (an API that came later) fails here, not at a user's."""
    lowest = ROOT / ".venv-lowest"
    lowest.mkdir(exist_ok=True)
    constraints = lowest / "constraints.txt"
    constraints.write_text(lowest_constraints(), encoding="utf-8")
    print("+ lowest versions:", " ".join(constraints.read_text().split()), flush=True)
    py = ensure_venv("test," + ",".join(LOWEST_EXTRAS), lowest, constraints)
    sh(py, "-m", "pytest", "-q", "-p", "no:cacheprovider", *sys.argv[2:])


def run() -> None:
    """The main job: check every example case file against its agency SOP and the law."""
    # The extras the README's examples use: Word and PDF output, the service, the SOP importer,
    # and `agency test` (docs/office-guide.md), which runs the agency contract with pytest.
    ensure_venv("docx,pdf,server,import,agency")
    sh(PY, ROOT / "examples" / "main_job.py")


def test() -> None:
    """Lint, types (strict on src/) and the whole test suite, core and plugins."""
    ensure_venv("test,bench,docx,pdf,server,import")
    sh(PY, "-m", "ruff", "check", ".")
    sh(PY, "-m", "ruff", "format", "--check", ".")
    sh(PY, "-m", "mypy")
    sh(PY, "-m", "pytest", "-q", *sys.argv[2:])
    test_lowest()


def main() -> None:
    commands = {"run": run, "test": test, "test-lowest": test_lowest}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit("usage: python3 dev.py run | test | test-lowest [pytest args...]")
    commands[sys.argv[1]]()


if __name__ == "__main__":
    main()
