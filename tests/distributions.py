"""Real distributions for the tests: a project folder built and installed by pip, as a user
installs a plugin, into a folder of its own that a subprocess puts on its PYTHONPATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def install_into(target: Path, project: Path, build: Path) -> None:
    """pip-install ``project`` (its pyproject.toml) into ``target``, building in ``build``:
    no index, no dependencies (the library is already installed), no build isolation."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(project),
        ],
        check=True,
        capture_output=True,
        cwd=build,
    )


def environment(site: Path, **extra: str) -> dict[str, str]:
    """This process's environment without the library's settings, with ``site`` first on the
    PYTHONPATH and ``extra`` added."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UJI_KONSEKUENSI")}
    env.update(extra)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env
