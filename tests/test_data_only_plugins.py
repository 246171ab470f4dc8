"""The audit mode links a Python plugin to its agency without running it.

tests/code_plugins holds two real distributions, installed with pip into a folder of their own
and put on the command line's path as tests/test_hostile_plugins.py does:

- uji-konsekuensi-aturan-kalteng 1.2.0: entry point ``aturan-tambahan`` (not an agency code)
  adds a rule to the Kalteng data agency, and declares ``kalteng`` in the entry-point group
  ``uji_konsekuensi.agency_codes``;
- uji-konsekuensi-tanpa-kode 0.3.0: entry point ``instansi-fiktif`` registers the agency
  ``fiktif`` and declares no code.

``check --data-only`` must refuse Kalteng by name (it needs the first plugin's code), and an
agency only the second could give must be refused naming its distribution, never "unknown".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ROOT / "tests" / "code_plugins"
sys.path.insert(0, str(ROOT / "tests"))

from distributions import environment, install_into  # noqa: E402

KALTENG = ROOT / "examples" / "cases" / "kalteng.case.json"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both distributions, built and installed by pip into a folder of their own."""
    target = tmp_path_factory.mktemp("code-plugins-site")
    for name in ("declared", "undeclared"):
        install_into(target, PLUGINS / name, tmp_path_factory.mktemp("build"))
    return target


def run(site: Path, *args: str) -> tuple[int, str, str]:
    env = environment(site)
    env["UJI_KONSEKUENSI_LANG"] = "en"
    done = subprocess.run(
        [sys.executable, "-m", "uji_konsekuensi", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    return done.returncode, done.stdout, done.stderr


def test_both_plugins_run_as_installed_distributions(site: Path) -> None:
    """Without the audit mode the rule runs for Kalteng, named with its distribution and
    version, and the fictional agency is registered: the plugins are real."""
    code, out, err = run(site, "check", str(KALTENG), "--format", "json")
    (case,) = json.loads(out)["cases"]
    runs = {r["code"]: r for r in case["rules_run"]}
    assert code == 0 and runs["kalteng.tambahan"]["plugin"] == "aturan-tambahan", err
    assert runs["kalteng.tambahan"]["distribution"] == "uji-konsekuensi-aturan-kalteng"
    assert runs["kalteng.tambahan"]["version"] == "1.2.0"
    _, out, err = run(site, "agencies", "--all", "--format", "json")
    assert "fiktif" in out, err


def test_the_audit_mode_refuses_the_agency_the_metadata_links_the_plugin_to(site: Path) -> None:
    """`check --data-only`: Kalteng is refused naming the plugin, its distribution and how the
    two were linked (its declared code), although the entry point is not named ``kalteng``."""
    code, out, _ = run(site, "check", str(KALTENG), "--data-only", "--format", "json")
    data = json.loads(out)
    assert code == 2 and not data["cases"]
    (unreadable,) = data["unreadable"]
    message = json.dumps(unreadable)
    assert "agency 'kalteng' needs Python code" in message
    assert "aturan-tambahan" in message and "uji-konsekuensi-aturan-kalteng" in message
    assert "uji_konsekuensi.agency_codes" in message


def test_an_agency_only_an_undeclared_plugin_gives_is_refused_by_distribution(site: Path) -> None:
    """`plan fiktif --data-only`: no folder gives fiktif and the plugin that registers it
    declares no code; the error names that distribution instead of "unknown agency"."""
    code, out, _ = run(site, "plan", "fiktif", "--start", "2025-03-03", "--data-only", "--json")
    assert code == 2
    (problem,) = json.loads(out)["error"]["problems"]
    message = problem["message_en"]
    assert "unknown agency" not in message
    assert "instansi-fiktif (uji-konsekuensi-tanpa-kode)" in message
    assert "declare the agency code" in message


def test_the_metadata_is_read_without_importing_the_plugin(site: Path) -> None:
    """`declared_agency_codes` reads the installed distributions' metadata: the declared code of
    the first, nothing for the second, and neither plugin module is imported."""
    script = (
        "import sys, importlib.metadata as m\n"
        "from uji_konsekuensi.plugins import declared_agency_codes\n"
        "for name in ('uji-konsekuensi-aturan-kalteng', 'uji-konsekuensi-tanpa-kode'):\n"
        "    d = m.distribution(name)\n"
        "    (ep,) = [e for e in d.entry_points if e.group == 'uji_konsekuensi']\n"
        "    print(name, declared_agency_codes(ep, d)[0])\n"
        "print(sorted(k for k in sys.modules if k.startswith('uji_konsekuensi_')))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("UJI_KONSEKUENSI")}
    env["PYTHONPATH"] = str(site)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.stdout.splitlines() == [
        "uji-konsekuensi-aturan-kalteng ('kalteng',)",
        "uji-konsekuensi-tanpa-kode ()",
        "[]",
    ], done.stderr
