"""``uji-konsekuensi sample CODE --start DATE``: a compliant starting case file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi.cli import main


@pytest.mark.parametrize("code", ["kasn", "kutai-timur", "kalbar", "kalteng", "contoh"])
def test_sample_is_found_compliant(code: str, tmp_path: Path) -> None:
    """The written case is for the agency's SOP and `check` finds it compliant (exit 0)."""
    case = tmp_path / "case.json"
    # KASN was dissolved on 23 August 2024 (case.agency.inactive): its sample runs before that.
    start = "2024-03-04" if code == "kasn" else "2025-03-03"
    assert main(["sample", code, "--start", start, "-o", str(case)]) == 0
    data = json.loads(case.read_text(encoding="utf-8"))
    assert data["agency"] == code
    assert main(["check", str(case)]) == 0


def test_a_kasn_sample_after_its_dissolution_is_not_compliant(tmp_path: Path) -> None:
    """A KASN round started in 2025 runs an SOP of a commission that no longer exists."""
    case = tmp_path / "case.json"
    assert main(["sample", "kasn", "--start", "2025-03-03", "-o", str(case)]) == 0
    assert main(["check", str(case)]) == 1


def test_branch_is_taken_once_then_the_loop_goes_forward(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kalteng step 2 with --branch 2=no: the list goes back to step 1 once, then is approved;
    the case is still compliant."""
    case = tmp_path / "case.json"
    assert (
        main(["sample", "kalteng", "--start", "2025-03-03", "--branch", "2=no", "-o", str(case)])
        == 0
    )
    done = [
        (e["step"], e.get("branch"))
        for e in json.loads(case.read_text())["events"]
        if e["kind"] == "step_completed"
    ]
    assert done == [(1, None), (2, "no"), (1, None), (2, "yes"), (3, None)]
    assert main(["check", str(case)]) == 0


def test_stdout_without_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the case JSON goes to standard output."""
    assert main(["sample", "kasn", "--start", "2025-03-03"]) == 0
    assert json.loads(capsys.readouterr().out)["agency"] == "kasn"


@pytest.mark.parametrize(
    "args",
    [
        ["sample", "kalteng", "--start", "2025-02-30"],
        ["sample", "kalteng", "--start", "2025-03-03", "--branch", "3=no"],
        ["sample", "kalteng", "--start", "2025-03-03", "--branch", "two"],
        ["sample", "nowhere", "--start", "2025-03-03"],
    ],
)
def test_bad_input_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """An impossible date, a step that is no decision, an unreadable branch or an unknown
    agency: exit 2 with a message, no traceback."""
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err and "Traceback" not in err


def test_existing_file_is_not_overwritten(tmp_path: Path) -> None:
    """An existing output is kept without --force."""
    case = tmp_path / "case.json"
    case.write_text("mine")
    assert main(["sample", "kasn", "--start", "2025-03-03", "-o", str(case)]) == 2
    assert case.read_text() == "mine"


@settings(max_examples=25, deadline=None)
@given(
    start=st.one_of(st.text(max_size=12), st.dates().map(str)),
    branch=st.lists(
        st.one_of(st.text(max_size=6), st.sampled_from(["2=no", "2=yes", "9=no"])), max_size=2
    ),
)
def test_any_start_and_branch_give_a_case_or_exit_2(start: str, branch: list[str]) -> None:
    """Whatever --start and --branch say, `sample` writes a case (exit 0) or exits 2 with a
    message; never a traceback or another code."""
    import contextlib
    import io

    args = ["sample", "kalteng", "--start", start]
    for b in branch:
        args += ["--branch", b]
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(args)
    assert code in (0, 2)
    assert "Traceback" not in err.getvalue()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "tidak memiliki langkah proses di antara langkah pertama dan terakhirnya"),
        ("en", "the sample's path has no process step between its first and last"),
    ],
)
def test_a_violation_the_sops_path_cannot_carry_is_refused_in_the_language_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, said: str
) -> None:
    """Kalteng's path has no process step between its first and last: --broken skipped is
    refused with exit 2, the reason in the language of the rest of the message."""
    argv = ["sample", "kalteng", "--start", "2025-03-03", "--broken", "skipped"]
    code = main([*argv, "-o", str(tmp_path / "x.json"), "--lang", lang])
    err = capsys.readouterr().err
    assert code == 2
    assert said in err
    assert not (tmp_path / "x.json").exists()
