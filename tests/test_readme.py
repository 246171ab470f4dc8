"""The README's examples run, and what their comments say they return is what they return.

The Python block is executed as written; each claim of a comment is asserted against the
namespace it leaves. Each command-line example of "The command line" runs (in a scratch folder,
so ``-o`` files land there) with the exit code and the output its comment promises.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block(heading: str, language: str) -> str:
    """The first fenced block of ``language`` after ``heading``."""
    after = README[README.index(heading) :]
    match = re.search(rf"```{language}\n(.*?)```", after, re.S)
    assert match is not None, f"no {language} block after {heading!r}"
    return match.group(1)


def test_python_api_block_runs_and_its_comments_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every comment of the README's Python block is true of what the line returned."""
    monkeypatch.chdir(ROOT)
    code = block("## The Python API", "python")
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    uk = namespace["uk"]
    cal = namespace["cal"]
    assert cal.timezone == "Asia/Jakarta"  # national government calendar, Asia/Jakarta
    assert cal.add_working_days(dt.date(2025, 3, 25), 10) == dt.date(2025, 4, 17)
    why = namespace["why"]
    skipped = {d.name for d in why.skipped}
    assert why.due == dt.date(2025, 4, 17) and why.provisional is False
    assert any("Nyepi" in n for n in skipped) and any("Idul Fitri" in n for n in skipped)
    assert any(d.kind.value == "cuti_bersama" for d in why.skipped)
    # parse_citation returns a tuple (a text may cite several grounds): the README unpacks it.
    assert namespace["h2"].ground.code == "h.2"
    assert "(h2,) = uk.law.parse_citation(" in code and '# "h.2"' in code
    assert isinstance(uk.law.parse_citation("Pasal 17 huruf h angka 2 dan 3"), tuple)
    waktu = uk.parse_waktu("10 (sepuluh) hari kerja")
    assert (waktu.kind, waktu.amount) == ("working_days", 10)
    kalbar = namespace["kalbar"]
    assert kalbar.calendar.timezone == "Asia/Pontianak" and kalbar.sops and kalbar.documents
    assert not any(f.severity == "error" for f in kalbar.sops[0].validate())
    report = namespace["report"]
    assert report.ok and report.outcome == "compliant"
    assert "report.outcome" in code and '"compliant"' in code


COMMANDS = [
    re.split(r"\s#\s", line, maxsplit=1)[0].strip()
    for line in block("## The command line", "sh").splitlines()
    if line.strip()
]

#: What each README command must do: its exit code and a text its output holds.
EXPECTED = {
    "due 2025-03-25 10": (0, "17 April 2025"),
    "due 2025-03-24T06:30+08:00 --agency kutai-timur --deadline notice": (0, "2025"),
    "due 2025-03-25 --timeline --json": (0, '"notice"'),
    "agencies": (0, "kalbar"),
    "agencies kalbar --format json": (0, '"documents"'),
    "sop kalbar": (0, "41 /SOP/ DISKOMINFO.IP /2024"),
    "sop kalbar --format html -o kalbar.html": (0, ""),
    "check examples/cases": (0, "4 patuh"),
    "check examples/cases --only-closed": (0, "4 patuh"),
    "check - < kasus.json": (0, "patuh"),
    "status examples/cases/kalbar.case.json": (0, "selesai"),
    "plan kasn --start 2025-01-06": (0, "Januari 2025"),
    "render lembar examples/cases/kasn.case.json --format html -o lembar.html": (0, ""),
    "render penolakan examples/cases/kalbar.case.json --format pdf -o penolakan.pdf": (0, ""),
    "render sk-klasifikasi examples/cases/kasn.case.json --format pdf -o sk.pdf": (0, ""),
    "render penolakan examples/cases/kalbar.case.json --templates examples/templates "
    "--format html -o penolakan.html": (0, ""),
}


def test_every_command_line_example_is_listed_here() -> None:
    """The README's commands and this test's table are the same list."""
    assert [c.removeprefix("uji-konsekuensi ") for c in COMMANDS] == list(EXPECTED)


@pytest.mark.parametrize("command", list(EXPECTED))
def test_command_line_example(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The README command exits as documented and prints what its comment says."""
    shutil.copytree(ROOT / "examples" / "cases", tmp_path / "examples" / "cases")
    shutil.copytree(ROOT / "examples" / "templates", tmp_path / "examples" / "templates")
    shutil.copy(ROOT / "examples" / "cases" / "kasn.case.json", tmp_path / "kasus.json")
    monkeypatch.chdir(tmp_path)
    argv = shlex.split(command)
    if "<" in argv:
        at = argv.index("<")
        stdin = open(argv[at + 1], encoding="utf-8")  # noqa: SIM115 - closed below
        monkeypatch.setattr("sys.stdin", stdin)
        argv = argv[:at]
    try:
        code = main(argv)
    finally:
        if "<" in command:
            stdin.close()
    out = capsys.readouterr().out
    want_code, want_text = EXPECTED[command]
    assert code == want_code, out
    assert want_text in out
    if "-o" in argv:
        written = tmp_path / argv[argv.index("-o") + 1]
        assert written.is_file() and written.stat().st_size > 1000
        if written.suffix == ".pdf":
            assert written.read_bytes().startswith(b"%PDF")
        if "--templates" in argv:  # the office's own closing paragraph is in the letter
            text = written.read_text(encoding="utf-8")
            assert 'data-part="penutup"' in text and "Meja Layanan Informasi" in text
    assert os.getcwd() == str(tmp_path)
