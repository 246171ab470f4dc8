"""docs/office-guide.md runs as written: its commands, in order, each as a subprocess, from a
scratch folder, with the answers file the page shows; each comment's exit code and claim hold.

A comment of the page is ``# exit N: claim``; every claim is listed in `CLAIMS` with what it
means in the output, so a comment changed on the page without its check here fails.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "docs/office-guide.md").read_text(encoding="utf-8")


def steps() -> list[tuple[str, int, str]]:
    """(command, exit code, claim) of every ``sh`` block of the page, in order."""
    out = []
    for block in re.findall(r"```sh\n(.*?)```", PAGE, re.S):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        for command, comment in zip(lines[::2], lines[1::2], strict=True):
            match = re.fullmatch(r"# exit (\d+): (.+)", comment)
            assert match is not None, f"no '# exit N: claim' under {command!r}"
            out.append((command, int(match.group(1)), match.group(2)))
    return out


class Run:
    """What a command left: its output, its error stream, the scratch folder."""

    def __init__(self, out: str, err: str, where: Path) -> None:
        self.out, self.err, self.where = out, err, where

    def file(self, name: str) -> str:
        return (self.where / name).read_text(encoding="utf-8")


def _case(name: str) -> Callable[[Run], bool]:
    def holds(run: Run) -> bool:
        events = json.loads(run.file(name))["events"]
        return bool(events) and events[0]["kind"] == "step_started"

    return holds


def _asked(run: Run) -> set[str]:
    """The paths of the questions file, none of them answered yet."""
    entries = json.loads(run.file("answers.json"))["answers"]
    assert all("value" not in e and "confirm" not in e for e in entries)
    return {e["path"] for e in entries}


#: What each claim of the page means, checked on what the command left.
CLAIMS: dict[str, Callable[[Run], bool]] = {
    "3 questions on the SOP, 1 on the agency (review.md, answers.json)": lambda r: (
        "3 hal perlu diputuskan" in r.file("review.md")
        and "sman3/agency.json (1 hal perlu diputuskan)" in r.file("review.md")
        and "`agency.timezone`" in r.out
        and {p.name for p in (r.where / "sman3").iterdir()} == {"sop.json", "agency.json"}
        and _asked(r) >= {"lanes[0].role", "lanes[2].role", "steps[3].flow", "trigger"}
        and "agency.timezone" in _asked(r)
    ),
    "nothing left to decide": lambda r: (
        "0 hal perlu diputuskan" in r.out and "(0 hal perlu diputuskan)" in r.out
    ),
    "no finding": lambda r: "tidak ada temuan" in r.out,
    "the shared contract passes": lambda r: " passed" in r.out and "failed" not in r.out,
    "a case that follows the SOP": _case("case.json"),
    "patuh": lambda r: "case.json: patuh" in r.out and "1 patuh" in r.out,
    "step 8 ends 30 minutes after its 60 menit": lambda r: (
        "langkah 8 diselesaikan 30 menit lebih lambat" in r.err and "'60 menit'" in r.err
    ),
    "step 2 is left out": lambda r: "langkah 2 tidak dijalankan" in r.err,
    "step 1 is done by the requester": lambda r: (
        "langkah 1 dicatat dilakukan oleh pemohon" in r.err
    ),
    "case.time.late": lambda r: "galat case.time.late (langkah 8)" in r.out,
    "case.order.skipped": lambda r: "galat case.order.skipped (langkah 2)" in r.out,
    "case.actor.wrong_role": lambda r: "galat case.actor.wrong_role (langkah 1)" in r.out,
}


def test_every_claim_of_the_page_is_checked() -> None:
    """Each comment of the page is one `CLAIMS` knows, and the page runs the whole path."""
    found = steps()
    assert [claim for _, _, claim in found if claim not in CLAIMS] == []
    commands = " ; ".join(command for command, _, _ in found)
    for part in (
        "sop import",
        "--agency-folder",
        "--answers answers.json",
        "sop validate",
        "agency validate",
        "agency test",
        "--broken late",
        "--broken skipped",
        "--broken actor",
        "check case.json",
    ):
        assert part in commands


def test_the_office_guide_runs_as_written(tmp_path: Path) -> None:
    """From the DOCX to a compliant case and three broken ones caught, command by command."""
    answers = re.search(r"saved as `answers.json`.*?```json\n(.*?)```", PAGE, re.S)
    assert answers is not None
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("UJI_KONSEKUENSI_") and k not in ("LANG", "LC_ALL")
    }
    env["COLUMNS"] = "160"
    for command, status, claim in steps():
        args = shlex.split(command)
        assert args[0] == "uji-konsekuensi"
        if "--answers" in args:  # the person filled in the questions file: the page's answers
            (tmp_path / "answers.json").write_text(answers.group(1), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "uji_konsekuensi", *args[1:]],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        said = f"{command}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        assert done.returncode == status, said
        assert CLAIMS[claim](Run(done.stdout, done.stderr, tmp_path)), said
