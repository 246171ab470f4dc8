"""The command line: check (exit 0/1/2, text and JSON, summary), plan and status."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from uji_konsekuensi.cli import main

CASES = Path(__file__).resolve().parents[1] / "examples" / "cases"
VIOLATIONS = CASES / "violations"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_compliant_folder_exits_0_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """The four example cases are closed and comply: exit 0 and "4 kasus: 4 patuh"."""
    code, out, _ = run(capsys, "check", str(CASES))
    assert code == 0
    assert out.strip().splitlines()[-1].startswith("4 kasus: 4 patuh, 0 berjalan, 0 tidak patuh")


def test_findings_exit_1_and_are_shown(capsys: pytest.CaptureFixture[str]) -> None:
    """A case with an error finding exits 1 and prints the code with its basis."""
    code, out, _ = run(capsys, "check", str(VIOLATIONS / "kasn-late-step.json"))
    assert code == 1
    assert "case.time.late" in out and "langkah 2" in out and "1 tidak patuh" in out


def test_warnings_alone_pass_unless_strict(capsys: pytest.CaptureFixture[str]) -> None:
    """Work outside office hours is a warning: exit 0, and 1 with --strict."""
    path = str(VIOLATIONS / "kalbar-outside-office-hours.json")
    assert run(capsys, "check", path)[0] == 0
    assert run(capsys, "check", "--strict", path)[0] == 1


def test_unreadable_input_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A broken file exits 2 (over findings elsewhere) and names the file and the path."""
    bad = tmp_path / "rusak.json"
    data = json.loads((CASES / "kasn.case.json").read_text(encoding="utf-8"))
    data["agency"] = "kasm"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "check", str(bad), str(VIOLATIONS / "kasn-late-step.json"))
    assert code == 2
    assert "rusak.json" in err and "agency" in err
    assert run(capsys, "check", str(tmp_path / "tidak-ada.json"))[0] == 2


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json gives every case with its findings and the summary."""
    code, out, _ = run(capsys, "check", "--format", "json", str(VIOLATIONS))
    assert code == 1
    doc = json.loads(out)
    assert doc["summary"]["total"] == len(list(VIOLATIONS.glob("*.json")))
    assert doc["summary"]["exit_code"] == 1
    late = next(c for c in doc["cases"] if c["file"].endswith("kasn-late-step.json"))
    (finding,) = late["findings"]
    assert finding["code"] == "case.time.late" and finding["step"] == 2
    assert finding["message"] and finding["message_en"] and finding["basis"]
    assert late["calendar"]["holidays_version"]


def test_json_alias_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    """--json is --format json; --lang en prints the summary in English."""
    code, out, _ = run(capsys, "check", "--json", str(CASES / "kasn.case.json"))
    assert code == 0 and json.loads(out)["summary"]["compliant"] == 1
    code, out, _ = run(capsys, "--lang", "en", "check", str(CASES))
    assert "4 case(s): 4 compliant" in out


def test_folder_takes_only_its_own_json_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A folder argument checks *.json directly in it, not other files or subfolders."""
    shutil.copy(CASES / "kasn.case.json", tmp_path / "a.json")
    (tmp_path / "catatan.txt").write_text("bukan kasus", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(VIOLATIONS / "kasn-late-step.json", sub / "b.json")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0 and "1 kasus" in out


def test_check_at_a_moment_reports_overdue(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--at reports an open request whose notice is overdue at that day (before: in progress)."""
    data = json.loads((CASES / "kalbar.case.json").read_text(encoding="utf-8"))
    data["events"] = data["events"][:8]
    f = tmp_path / "terbuka.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    assert run(capsys, "check", "--at", "2025-04-16", str(f))[0] == 3
    code, out, _ = run(capsys, "check", "--at", "2025-04-17", str(f))
    assert code == 1 and "case.notice.overdue" in out
    assert run(capsys, "check", "--at", "kemarin", str(f))[0] == 2


def test_status(capsys: pytest.CaptureFixture[str]) -> None:
    """status names the next step, who and by when; JSON for machines; exit 1 when overdue."""
    path = str(CASES / "kasn.case.json")
    code, out, _ = run(capsys, "status", path, "--at", "2023-07-26T09:00+07:00")
    assert code == 0
    assert "Sedang berjalan: langkah 2" in out and "Kamis, 3 Agustus 2023" in out
    code, out, _ = run(capsys, "status", path, "--at", "2023-07-26T09:00+07:00", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["next"][0]["step"] == 2 and doc["who"] == ["unit-pengelola-informasi"]
    assert doc["calendar"]["timezone"] == "Asia/Jakarta"
    data_path = CASES / "kalbar.case.json"
    code, out, _ = run(capsys, "status", str(data_path), "--at", "2025-04-20")
    assert code == 0 and "selesai" in out.lower()


def test_status_overdue_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An open step past its waktu makes status exit 1 and say so."""
    data = json.loads((CASES / "kasn.case.json").read_text(encoding="utf-8"))
    data["events"] = data["events"][:3]
    f = tmp_path / "kasn-terbuka.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "--lang", "en", "status", str(f), "--at", "2023-08-07")
    assert code == 1 and "OVERDUE" in out


def test_plan(capsys: pytest.CaptureFixture[str]) -> None:
    """plan lists each step's due date with the skipped days, and the statutory timeline."""
    code, out, _ = run(capsys, "plan", "kasn", "--start", "2025-03-24")
    assert code == 0
    assert "Senin, 14 April 2025" in out  # step 2: 7 HK across Nyepi and Lebaran
    assert "Cuti Bersama Hari Raya Idul Fitri (cuti bersama)" in out
    code, out, _ = run(capsys, "plan", "kalbar", "--start", "2025-03-24", "--format", "json")
    doc = json.loads(out)
    notice = next(e for e in doc["timeline"] if e["code"] == "notice")
    assert notice["due"] == "2025-04-16"
    assert [s["step"] for s in doc["steps"]][:5] == [1, 2, 3, 4, 5]


def test_plan_branch_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """--branch takes a decision's other branch; bad input exits 2."""
    code, out, _ = run(
        capsys, "plan", "kalbar", "--start", "2025-03-24", "--branch", "4=no", "--json"
    )
    steps = [s["step"] for s in json.loads(out)["steps"]]
    assert code == 0 and steps == [1, 2, 3, 4, 8, 9, 10]
    assert run(capsys, "plan", "kalbar", "--start", "2025-03-24", "--branch", "3=no")[0] == 2
    assert run(capsys, "plan", "kasm", "--start", "2025-03-24")[0] == 2
    assert run(capsys, "plan", "kasn", "--start", "24/03/2025")[0] == 2
