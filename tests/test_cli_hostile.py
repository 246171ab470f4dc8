"""Hostile and careless input at the command line: a clear answer, never a crash or a false verdict.

Each case below once crashed the checker (a traceback with exit 1, the code for findings) or was
judged "patuh" although the file did not say what it seemed to. Each now exits with its documented
code (2 unreadable input, 70 internal error, 3 in progress), names the file and field, and the
other files of the folder are still checked.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uji_konsekuensi import InputError, load_case
from uji_konsekuensi.cli import main

CASES = Path(__file__).resolve().parents[1] / "examples" / "cases"


def kalbar() -> dict[str, Any]:
    return json.loads((CASES / "kalbar.case.json").read_text(encoding="utf-8"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def folder_with(tmp_path: Path, text: str) -> Path:
    """A folder holding the bad file and two good ones (one before it, one after)."""
    shutil.copy(CASES / "kasn.case.json", tmp_path / "a-kasn.json")
    (tmp_path / "b-rusak.json").write_text(text, encoding="utf-8", errors="surrogatepass")
    shutil.copy(CASES / "kalteng.case.json", tmp_path / "c-kalteng.json")
    return tmp_path


def check_folder(capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(capsys, "check", str(folder), "--format", "json")
    doc = json.loads(out)
    checked = sorted(Path(c["file"]).name for c in doc["cases"])
    assert checked == ["a-kasn.json", "c-kalteng.json"], "the good files were still checked"
    assert [Path(u["file"]).name for u in doc["unreadable"]] == ["b-rusak.json"]
    return code, doc["unreadable"][0]


def with_value(path: list[Any], value: Any) -> str:
    data = kalbar()
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return json.dumps(data)


HOSTILE = {
    "timestamp in year 1": (
        with_value(["events", 0, "at"], "0001-01-01T08:00:00+07:00"),
        "events[0].at",
        "0001",
    ),
    "timestamp in year 9999": (
        with_value(["events", 0, "at"], "9999-12-31T23:00:00-12:00"),
        "events[0].at",
        "9999",
    ),
    "Lembar dated 9999-12-31": (
        with_value(["tests", 0, "date"], "9999-12-31"),
        "tests[0].date",
        "9999",
    ),
    "impossible date": (
        with_value(["tests", 0, "date"], "2025-02-30"),
        "tests[0].date",
        "tanggal tidak ada",
    ),
    "nested 100,000 deep": ('{"id": ' + "[" * 100_000 + "]" * 100_000 + "}", "", "terlalu dalam"),
    "5,000-digit number": ('{"format": ' + "9" * 5000 + "}", "format", "di luar jangkauan"),
    "lone surrogate": (
        with_value(["trigger", "information"], "\ud800"),
        "trigger.information",
        "surrogate",
    ),
    "NUL in a text": (
        with_value(["trigger", "information"], "a\x00b"),
        "trigger.information",
        "U+0000",
    ),
    "events as an empty string": (with_value(["events"], ""), "events", "larik JSON"),
    "events as an empty object": (with_value(["events"], {}), "events", "array_values"),
    "documents as a string": (with_value(["documents"], "abc"), "documents", "larik JSON"),
    "duplicate key": ('{"agency": "kalbar", "agency": "kasn"}', "agency", "dua kali"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_exits_2_names_the_field_and_the_others_are_checked(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bad file is unreadable (exit 2) with its field named; the good files still pass."""
    text, field, fragment = HOSTILE[name]
    code, error = check_folder(capsys, folder_with(tmp_path, text))
    assert code == 2
    assert error["kind"] == "input"
    assert any(p["path"] == field for p in error["problems"]), error["problems"]
    rendered = json.dumps(error, ensure_ascii=False)
    assert fragment in rendered


def test_a_refusals_grounds_as_one_string_is_refused_not_read_per_character(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """grounds: "Pasal 17 huruf h" (a string) is refused, not one finding per character."""
    data = kalbar()
    letter = next(d for d in data["documents"] if d.get("refusal"))["refusal"]
    letter["grounds"] = "Pasal 17 huruf h angka 4 UU 14/2008"
    f = tmp_path / "k.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "check", str(f))
    assert code == 2
    assert "refusal.grounds" in err and "larik JSON" in err


def test_text_output_names_the_file_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Without --format json: the error on stderr, the good cases and the summary on stdout."""
    folder = folder_with(tmp_path, "[" * 100_000)
    code, out, err = run(capsys, "check", str(folder))
    assert code == 2
    assert "b-rusak.json" in err and "Traceback" not in err
    assert out.strip().splitlines()[-1].startswith("3 kasus: 2 patuh, 0 berjalan, 0 tidak patuh")


def test_an_internal_error_exits_70_and_does_not_stop_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in a rule of the core is an internal error (exit 70, kind "internal"), never
    findings (1)."""
    import attrs

    from uji_konsekuensi.case import check as check_module

    def broken(original: Any) -> Any:
        def check(**context: Any) -> Any:
            if context["case"].agency == "kalbar":
                raise ZeroDivisionError("division by zero")
            return original.run(**context)

        return attrs.evolve(original, check=check)

    # core.refusals broken for Kalbar's cases (a bug of this library, as the checker sees it).
    rules = tuple(
        broken(r) if r.code == "core.refusals" else r for r in check_module.STATUTORY_RULES
    )
    monkeypatch.setattr(check_module, "STATUTORY_RULES", rules)
    monkeypatch.setattr(check_module, "_orders", {})
    shutil.copy(CASES / "kasn.case.json", tmp_path / "a.json")
    shutil.copy(CASES / "kalbar.case.json", tmp_path / "b.json")
    code, out, _ = run(capsys, "check", str(tmp_path), "--format", "json")
    doc = json.loads(out)
    assert code == 70
    assert [c["case_id"] for c in doc["cases"]] == [kasn_id()]
    [error] = doc["unreadable"]
    assert error["kind"] == "internal" and "ZeroDivisionError" in error["problems"][0]["message"]
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 70 and "galat internal" in err and "Traceback" not in err
    code, _, err = run(capsys, "check", str(tmp_path), "--debug")
    assert code == 70 and "Traceback" in err


def kasn_id() -> str:
    return str(json.loads((CASES / "kasn.case.json").read_text(encoding="utf-8"))["id"])


def test_an_internal_error_of_any_command_exits_70_with_a_json_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside check too: exit 70, and with --format json an {"error": {"kind": "internal"}}."""
    from uji_konsekuensi.cli import status

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr("uji_konsekuensi.case.case_state", broken)
    code, out, _ = run(capsys, "status", str(CASES / "kasn.case.json"), "--format", "json")
    assert code == 70
    assert json.loads(out)["error"]["kind"] == "internal"
    assert status is not None


def test_an_empty_log_is_in_progress_exit_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A case with no events is "berjalan" (exit 3), not "patuh"; --only-closed skips it."""
    data = kalbar()
    data["events"] = []
    f = tmp_path / "baru.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(f))
    assert code == 3 and "berjalan" in out
    code, out, _ = run(capsys, "check", str(f), "--format", "json")
    doc = json.loads(out)
    assert doc["cases"][0]["outcome"] == "in_progress" and doc["summary"]["exit_code"] == 3
    shutil.copy(CASES / "kasn.case.json", tmp_path / "selesai.json")
    code, out, _ = run(capsys, "check", str(tmp_path), "--only-closed", "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert [s["file"] for s in doc["skipped"]] == [str(f)]
    assert doc["summary"]["compliant"] == 1 and doc["summary"]["skipped"] == 1


def test_check_reads_standard_input_and_json_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """check - reads one case from stdin; --jsonl one case per line, each named by its line."""
    text = (CASES / "kasn.case.json").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = run(capsys, "check", "-", "--format", "json")
    assert code == 0 and json.loads(out)["cases"][0]["file"] == "<stdin>"
    one_line = json.dumps(json.loads(text))
    lines = "\n".join([one_line, "{bukan json", "", one_line]) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    code, out, _ = run(capsys, "check", "--jsonl", "-", "--format", "json")
    doc = json.loads(out)
    assert code == 2
    assert [c["file"] for c in doc["cases"]] == ["<stdin>:1", "<stdin>:4"]
    assert [u["file"] for u in doc["unreadable"]] == ["<stdin>:2"]


def test_a_byte_order_mark_is_accepted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A UTF-8 BOM (Notepad, many PHP scripts) is skipped: the case checks as without it."""
    f = tmp_path / "bom.json"
    f.write_bytes(b"\xef\xbb\xbf" + (CASES / "kasn.case.json").read_bytes())
    assert run(capsys, "check", str(f))[0] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["check", str(CASES / "kasn.case.json"), "--at", "9999-12-31"],
        ["check", str(CASES / "kasn.case.json"), "--at", "2025-02-30"],
        ["status", str(CASES / "kasn.case.json"), "--at", "0001-01-01T00:00+07:00"],
        ["plan", "kasn", "--start", "9999-01-01"],
        ["plan", "kasn", "--start", "2025-02-30"],
        ["due", "0001-01-01", "3"],
        ["due", "9999-12-31T23:00-12:00", "3"],
    ],
    ids=lambda argv: " ".join(argv[:1] + argv[2:]),
)
def test_moments_outside_the_calendar_are_refused_naming_the_option(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--at, --start and due's start outside 1946-2100 or impossible: exit 2, never a crash."""
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err
    assert "tahun" in err or "tanggal tidak ada" in err


def test_lang_after_the_sub_command(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en works before and after the sub-command."""
    _, before, _ = run(capsys, "--lang", "en", "check", str(CASES / "kasn.case.json"))
    _, after, _ = run(capsys, "check", str(CASES / "kasn.case.json"), "--lang", "en")
    assert before == after and "compliant" in after


def test_load_case_refuses_what_is_not_a_path_or_a_dict() -> None:
    """load_case(None) and load_case([]) are InputErrors, not TypeErrors."""
    for bad in (None, [], 42):
        with pytest.raises(InputError) as info:
            load_case(bad)  # type: ignore[arg-type]
        assert info.value.problems[0].path == ""


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["trigger", "information"], "baris satu\x0bbaris dua"),  # Word's Shift+Enter
        (["tests", 0, "badan_publik"], "Dinas " * 60),  # longer than DOCX's 255-character title
        (["tests", 0, "rows", 0, "information"], "\u202e03 hari"),  # a right-to-left override
    ],
    ids=["vertical tab", "long badan_publik", "bidi override"],
)
def test_pasted_text_renders_to_docx_and_reads_back(
    path: list[Any], value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text as offices paste it renders to DOCX (exit 0) and the file reads back whole."""
    docx = pytest.importorskip("docx")
    source = tmp_path / "kasus.json"
    source.write_text(with_value(path, value), encoding="utf-8")
    target = tmp_path / "lembar.docx"
    code, _, err = run(
        capsys, "render", "lembar", str(source), "--format", "docx", "-o", str(target)
    )
    assert code == 0, err
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Pengujian Konsekuensi" in text


def test_a_json_lines_line_is_never_taken_for_a_file_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSON Lines line holding a path is invalid JSON, not a file to open and check."""
    line = str(CASES / "kasn.case.json") + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(line.encode("utf-8"))))
    code, out, _ = run(capsys, "check", "--jsonl", "-", "--format", "json")
    doc = json.loads(out)
    assert code == 2 and doc["cases"] == []
    assert "JSON" in doc["unreadable"][0]["problems"][0]["message"]


# Any command line at all: an answer with a documented exit code, never a traceback. The words
# are the command line's own (commands, options, values) and some it does not know; ``serve``
# (it would listen), ``agency test`` (it runs pytest) and ``-`` (standard input) are left out.
_ARGV_WORDS = [
    *("due", "agencies", "agency", "sop", "render", "check", "plan", "status", "sample"),
    *("plugin", "new", "validate", "import", "template", "lembar", "kasn", "kalbar"),
    *("--lang", "--lang=en", "en", "id", "fr", "--json", "--format", "text", "json", "html"),
    *("--start", "--seed", "--broken", "late", "--branch", "4=no", "--deadline", "notice"),
    *("--timeline", "--waktu", "3 HK", "--timezone", "WIB", "--at", "--sop", "--bogus", "--"),
    *("2025-01-06", "2025-02-30", "10", "-3", "x", "", "--t", "--de", "-o", "--all", "--debug"),
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    argv=st.lists(
        st.one_of(st.sampled_from(_ARGV_WORDS), st.text(max_size=8)), min_size=0, max_size=6
    )
)
def test_random_command_lines_never_give_a_traceback(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    if {"serve", "test", "-"} & set(argv):
        return
    monkeypatch.chdir(tmp_path)  # -o and plugin new write here, never in the repository
    code, _, err = run(capsys, *argv)
    assert code in (0, 1, 2, 3, 4), (argv, code, err)
    assert "Traceback" not in err
