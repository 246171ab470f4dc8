"""The README's main job (examples/main_job.py, run by `python3 dev.py run`)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "main_job.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8"},
    )


def test_examples_comply_and_every_violation_is_detected() -> None:
    """The four agencies' cases comply and each violation gives exactly its recorded codes."""
    expected = json.loads((EXAMPLES / "expected_violations.json").read_text(encoding="utf-8"))
    warnings = [n for n, spec in expected.items() if spec.get("verdict") == "compliant"]
    violations = len(expected) - len(warnings)
    done = run()
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"pelanggaran terdeteksi: {violations}/{violations};" in done.stdout
    assert f"peringatan ditampilkan (kasus tetap patuh): {len(warnings)}/{len(warnings)}" in (
        done.stdout
    )
    assert "kasus patuh: lulus" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_violation_with_other_codes_fails_the_job(tmp_path: Path) -> None:
    """A violation whose findings differ from the manifest makes the job exit 1, in English too."""
    cases = tmp_path / "cases"
    (cases / "violations").mkdir(parents=True)
    shutil.copy(EXAMPLES / "cases" / "kasn.case.json", cases)
    shutil.copy(EXAMPLES / "cases" / "violations" / "kasn-order.json", cases / "violations")
    manifest = tmp_path / "expected.json"
    manifest.write_text(json.dumps({"kasn-order.json": {"codes": ["case.no.such.code"]}}))
    done = run("--cases", str(cases), "--expected", str(manifest), "--lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "NOT AS EXPECTED" in done.stdout
    assert "violations detected: 0/1" in done.stdout


def test_a_compliant_case_with_findings_fails_the_job(tmp_path: Path) -> None:
    """A case in the compliant folder that has findings makes the job exit 1."""
    cases = tmp_path / "cases"
    (cases / "violations").mkdir(parents=True)
    violation = EXAMPLES / "cases" / "violations" / "kasn-order.json"
    shutil.copy(violation, cases / "kasn.case.json")
    shutil.copy(violation, cases / "violations")
    expected = json.loads((EXAMPLES / "expected_violations.json").read_text(encoding="utf-8"))
    manifest = tmp_path / "expected.json"
    manifest.write_text(json.dumps({"kasn-order.json": expected["kasn-order.json"]}))
    done = run("--cases", str(cases), "--expected", str(manifest))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "kasus patuh: GAGAL" in done.stdout


def test_a_warning_only_file_is_shown_as_a_warning_not_a_violation() -> None:
    """kalbar-outside-office-hours.json and contoh-completeness-check-on-hari-jadi.json give a
    warning and their cases comply: the job says "warning shown" for each and does not count
    them among the violations detected."""
    expected = json.loads((EXAMPLES / "expected_violations.json").read_text(encoding="utf-8"))
    assert expected["kalbar-outside-office-hours.json"]["verdict"] == "compliant"
    assert expected["contoh-completeness-check-on-hari-jadi.json"]["verdict"] == "compliant"
    done = run("--lang", "en")
    lines = [x for x in done.stdout.splitlines() if x.startswith("WARNING ")]
    assert any(
        "kalbar-outside-office-hours.json: case.time.outside_office_hours" in x for x in lines
    )
    assert any(
        "contoh-completeness-check-on-hari-jadi.json: case.deadline.agency_calendar" in x
        for x in lines
    )
    assert "warnings shown (case still compliant): 2/2" in done.stdout


def test_a_warning_entry_whose_case_fails_is_not_as_expected(tmp_path: Path) -> None:
    """An entry marked "verdict": "compliant" whose case is not compliant fails the job."""
    cases = tmp_path / "cases"
    (cases / "violations").mkdir(parents=True)
    shutil.copy(EXAMPLES / "cases" / "kasn.case.json", cases)
    shutil.copy(EXAMPLES / "cases" / "violations" / "kasn-order.json", cases / "violations")
    manifest = tmp_path / "expected.json"
    spec = {"verdict": "compliant", "codes": ["case.order.before_predecessor"]}
    manifest.write_text(json.dumps({"kasn-order.json": spec}))
    done = run("--cases", str(cases), "--expected", str(manifest), "--lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "NOT AS EXPECTED" in done.stdout
    assert "warnings shown (case still compliant): 0/1" in done.stdout
