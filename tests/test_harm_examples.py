"""The runnable example examples/consequence_test.py (the main job: tests/test_main_job.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8"},
    )


def test_valid_example_exits_zero_in_indonesian():
    """The default (valid) Penetapan prints no findings, in Bahasa Indonesia, exit 0."""
    done = run("consequence_test.py")
    assert done.returncode == 0, done.stderr
    assert "tidak ada temuan" in done.stdout and "3 dari 4 informasi dikecualikan" in done.stdout


def test_violations_example_exits_one_and_speaks_english_on_request():
    """The KASN example has error findings: exit 1; --lang en prints English."""
    data = str(EXAMPLES / "data" / "kasn_lembar_violations.json")
    done = run("consequence_test.py", data)
    assert done.returncode == 1
    assert "galat harm.approval.role [approval.role]: Persetujuan oleh ppid" in done.stdout
    english = run("consequence_test.py", "--lang", "en", data)
    assert english.returncode == 1
    assert "Approval by ppid is not valid" in english.stdout


def test_unreadable_file_exits_two(tmp_path):
    """A malformed file prints every problem with its path and exits 2, no traceback."""
    bad = tmp_path / "rusak.json"
    bad.write_text('{"badan_publik": "X", "rows": [{"outcome": "tutup"}]}', encoding="utf-8")
    done = run("consequence_test.py", str(bad))
    assert done.returncode == 2
    assert "rows[0].information" in done.stderr and "rows[0].outcome" in done.stderr
    assert "Traceback" not in done.stderr
