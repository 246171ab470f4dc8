"""A command line that asks for JSON (``--json``, ``--format json``) gets its usage errors as
JSON on standard output too: the ``{"error": ...}`` document of every other refusal, one
problem at ``argv`` in both languages with the usage line as what was expected, exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uji_konsekuensi.cli import main
from uji_konsekuensi.cli.usage import asks_json


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("argv", "said_en", "said_id"),
    [
        (
            ["sample", "kasn", "--json"],
            "the following arguments are required: --start",
            "argumen berikut wajib diberikan: --start",
        ),
        (
            ["due", "2025-01-06", "10", "--format", "json", "--bogus"],
            "unrecognized arguments: --bogus",
            "argumen tidak dikenal: --bogus",
        ),
        (
            ["plan", "kasn", "--start", "2025-01-06", "--format=json", "--sop"],
            "argument --sop: expected one argument",
            "argumen --sop: memerlukan satu nilai",
        ),
        (
            ["--json", "nonsense"],
            "argument PERINTAH: invalid choice: 'nonsense'",
            "argumen PERINTAH: pilihan tidak sah: 'nonsense'",
        ),
    ],
)
def test_a_usage_error_asked_as_json_is_a_json_error_document(
    capsys: pytest.CaptureFixture[str], argv: list[str], said_en: str, said_id: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    problem = json.loads(out)["error"]["problems"][0]
    assert json.loads(out)["error"]["kind"] == "input"
    assert problem["path"] == "argv"
    assert problem["message_en"].startswith(said_en)
    assert problem["message"].startswith(said_id)
    assert problem["expected"].startswith("usage: uji-konsekuensi")
    assert err.startswith("usage: ")  # a person at the terminal still sees the usage line


def test_a_usage_error_without_json_prints_nothing_on_standard_output(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "sample", "kasn")
    assert code == 2 and out == ""
    assert "argumen berikut wajib diberikan: --start" in err


def test_json_after_a_bare_double_dash_is_an_argument_not_a_request_for_json() -> None:
    assert asks_json(["check", "--json"])
    assert asks_json(["check", "--format", "json"])
    assert asks_json(["check", "--format=json"])
    assert not asks_json(["check", "--", "--json"])
    assert not asks_json(["check", "--format", "text", "json"])
    assert not asks_json(["check", "--format"])


_WORDS = [
    *("due", "agencies", "sop", "check", "plan", "status", "sample", "kasn", "kalbar"),
    *("--lang", "en", "--format", "json", "text", "--start", "--sop", "--bogus", "--deadline"),
    *("2025-01-06", "2025-02-30", "10", "-3", "x", "--timeline", "--seed", "--at", "notice"),
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(argv=st.lists(st.sampled_from(_WORDS), max_size=6), at=st.integers(0, 6))
def test_a_refused_line_that_asks_for_json_answers_json(
    argv: list[str],
    at: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    argv.insert(min(at, len(argv)), "--json")
    code, out, err = run(capsys, *argv)
    assert "Traceback" not in err
    if code == 2:
        assert "error" in json.loads(out) or "unreadable" in json.loads(out), (argv, out)
