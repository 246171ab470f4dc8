"""A plugin that wants another verdict cannot get it through the documented API.

tests/hostile_plugin is a real distribution (uji-konsekuensi-hostile 6.6.6, entry point
``hostile`` in group ``uji_konsekuensi``), installed with pip into a folder of its own and put
on the command line's path, exactly as an agency's plugin is installed beside the library. Each
test runs ``uji-konsekuensi check`` with one attack (plugin.py lists them) on a case whose
written notice was late (UU 14/2008 Pasal 22 ayat (7)): the statute's finding must still be
reported as an error, or the run must refuse the attack and name the plugin.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from distributions import environment, install_into  # noqa: E402

LATE = ROOT / "examples" / "cases" / "violations" / "kalbar-late-notice.json"
DISTRIBUTION = "uji-konsekuensi-hostile"
VERSION = "6.6.6"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile plugin, built and installed by pip into a folder of its own."""
    target = tmp_path_factory.mktemp("hostile-site")
    install_into(target, ROOT / "tests" / "hostile_plugin", tmp_path_factory.mktemp("build"))
    assert (target / "uji_konsekuensi_hostile" / "plugin.py").exists()
    return target


def run(
    site: Path, attack: str, *args: str, cwd: Path | None = None, **extra: str
) -> tuple[int, str, str]:
    env = environment(site, **extra)
    env["UJI_HOSTILE"] = attack
    done = subprocess.run(
        [sys.executable, "-m", "uji_konsekuensi", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd or ROOT,
    )
    return done.returncode, done.stdout, done.stderr


def check(site: Path, attack: str, *files: Path) -> tuple[int, dict[str, Any]]:
    code, out, err = run(site, attack, "check", *map(str, files or (LATE,)), "--format", "json")
    assert out, err
    return code, json.loads(out)


def late_error(case: dict[str, Any]) -> bool:
    return any(
        f["code"] == "case.notice.late" and f["severity"] == "error" for f in case["findings"]
    )


def test_the_plugin_is_installed_and_runs_as_a_distribution(installed: Path) -> None:
    """No attack: the plugin's honest rule runs, and the report names it with its distribution
    and version, after every rule of the statute."""
    code, doc = check(installed, "")
    (case,) = doc["cases"]
    assert code == 1 and late_error(case)
    runs = {r["code"]: r for r in case["rules_run"]}
    assert runs["hostile.jujur"]["distribution"] == DISTRIBUTION
    assert runs["hostile.jujur"]["version"] == VERSION
    assert runs["hostile.jujur"]["origin"] == "agency"
    assert runs["core.request-clock"]["origin"] == "statute"
    order = [r["code"] for r in case["rules_run"]]
    assert order.index("core.request-clock") < order.index("hostile.jujur")


def test_a_replacement_that_empties_the_statutory_clock_changes_nothing(installed: Path) -> None:
    """A permitted replacement of core.times that empties the clock's findings (past the frozen
    value): the statute's rules ran before it, so the late notice is still an error, and the
    report names the replacement, its plugin and version."""
    code, doc = check(installed, "silence-clock")
    (case,) = doc["cases"]
    assert code == 1 and case["outcome"] == "not_compliant" and late_error(case)
    assert case["replaced_rules"] == [
        {"rule": "core.times", "by": "hostile.waktu", "plugin": "hostile"}
    ]
    (run_,) = [r for r in case["rules_run"] if r["code"] == "hostile.waktu"]
    assert run_["replaces"] == "core.times" and run_["version"] == VERSION


def test_the_shared_events_cannot_be_changed(installed: Path) -> None:
    """Removing the notice from the events every rule reads fails (they are read-only): the
    rule's failure is the plugin's, named, and the late notice is still an error."""
    code, doc = check(installed, "pop-notice")
    (case,) = doc["cases"]
    assert code == 1 and late_error(case)
    (failure,) = case["rule_failures"]
    assert failure["rule"] == "hostile.pemberitahuan"
    assert failure["distribution"] == DISTRIBUTION and failure["version"] == VERSION


def test_a_rule_that_raises_when_the_statute_is_broken_hides_nothing(installed: Path) -> None:
    """Raising only when the notice was late: not an internal error of the library (exit 70)
    but the plugin's failure, named with distribution and version; the statute's finding stays
    and the verdict is "not compliant" (exit 1)."""
    code, doc = check(installed, "raise-when-late")
    (case,) = doc["cases"]
    assert code == 1 and doc["summary"]["internal"] == 0 and late_error(case)
    (failure,) = case["rule_failures"]
    assert failure["rule"] == "hostile.rusak" and "RuntimeError" in failure["message_en"]
    assert (failure["distribution"], failure["version"]) == (DISTRIBUTION, VERSION)
    _, text, _ = run(installed, "raise-when-late", "check", str(LATE), "--lang", "en")
    assert "hostile.rusak" in text and DISTRIBUTION in text and "Traceback" not in text


def test_on_a_clean_case_a_failing_rule_leaves_it_not_fully_checked(installed: Path) -> None:
    """The same plugin on a compliant case whose rule fails: never "patuh": not fully checked,
    exit 4."""
    code, doc = check(installed, "pop-notice", ROOT / "examples" / "cases" / "kalbar.case.json")
    (case,) = doc["cases"]
    assert case["outcome"] == "not_fully_checked" and case["ok"] is False
    assert code == 4 and doc["summary"]["not_fully_checked"] == 1


def test_a_plugin_cannot_speak_with_the_statutes_code(installed: Path) -> None:
    """A plugin's rule reporting case.notice.late as a mere note: refused as a failure of the
    plugin (its findings dropped); the real finding is still an error."""
    code, doc = check(installed, "fake-code")
    (case,) = doc["cases"]
    assert code == 1 and late_error(case)
    assert not [f for f in case["findings"] if f["severity"] == "info"]
    (failure,) = case["rule_failures"]
    assert "outside its namespace" in failure["message_en"]


def test_rewriting_the_run_order_does_not_reach_the_next_case(installed: Path) -> None:
    """A rule that tries to empty what the agency runs: the next case of the batch is checked
    against the statute all the same."""
    code, doc = check(installed, "reorder", LATE, LATE)
    assert code == 1 and len(doc["cases"]) == 2
    assert all(late_error(case) for case in doc["cases"])
    assert all(
        "core.request-clock" in [r["code"] for r in case["rules_run"]] for case in doc["cases"]
    )


def test_a_plugin_cannot_replace_a_rule_of_the_statute(installed: Path) -> None:
    """Replacing core.request-clock is refused and named in the report; the rule runs."""
    code, doc = check(installed, "replace-statute")
    (case,) = doc["cases"]
    assert code == 1 and late_error(case)
    (problem,) = [p for p in case["plugin_problems"] if p["plugin"] == "hostile"]
    assert problem["distribution"] == DISTRIBUTION and "core.request-clock" in problem["message_en"]
    assert "hostile.jam" not in [r["code"] for r in case["rules_run"]]


def test_another_plugins_calendar_is_refused(installed: Path) -> None:
    """Three invented days off and a one-day week for an agency the plugin does not own: refused
    and named; the agency's own calendar counts, so the notice is still late."""
    code, doc = check(installed, "calendar")
    (case,) = doc["cases"]
    assert code == 1 and late_error(case)
    (problem,) = [p for p in case["plugin_problems"] if p["plugin"] == "hostile"]
    assert problem["hook"] == "uji_agency_calendar" and "only the plugin" in problem["message_en"]
    sources = case["calendar_sources"]
    assert sources["plugin"] != "hostile" and sources["working_week"] == [1, 2, 3, 4, 5]
    assert not [d for d in sources["extra_days_off"] if d["name"] == "Libur karangan"]


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_a_template_cannot_drop_the_right_to_object(
    installed: Path, tmp_path: Path, fmt: str
) -> None:
    """A refusal letter template without the right to object (UU 14/2008 Pasal 35-36): the render
    refuses (exit 2), names the missing clause and the plugin's template, and writes nothing."""
    out = tmp_path / f"penolakan.{fmt}"
    case = ROOT / "examples" / "cases" / "kalbar.case.json"
    code, _, err = run(
        installed, "template", "render", "penolakan", str(case), "--format", fmt, "-o", str(out)
    )
    assert code == 2 and not out.exists()
    assert "penolakan.keberatan" in err and "plugin 'hostile'" in err


def test_an_auditor_loads_only_the_agencys_plugin(installed: Path) -> None:
    """docs/plugins.md's audit recipe: with UJI_KONSEKUENSI_PLUGINS naming the agency's plugin,
    the hostile plugin installed beside it does not load: no rule of it runs, no problem of it
    is listed, and the late notice is an error."""
    code, out, err = run(
        installed,
        "calendar",
        "check",
        str(LATE),
        "--format",
        "json",
        UJI_KONSEKUENSI_PLUGINS="kalbar",
    )
    (case,) = json.loads(out)["cases"]
    assert code == 1 and late_error(case), err
    assert {r["plugin"] for r in case["rules_run"]} <= {None, "kalbar"}
    assert case["plugin_problems"] == []
    assert case["calendar_sources"]["distribution"] in ("uji-konsekuensi", "uji-konsekuensi-kalbar")
