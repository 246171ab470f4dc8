"""What a newcomer meets first: each error says what it is about, in the form asked for.

``render`` with ``--format json`` or ``--json``; ``sample`` near the end of the calendar's years;
``serve`` on a busy port; an internal error's message; the union-type message of the reader;
``sop import`` refusing before it writes anything.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from uji_konsekuensi.cli import main
from uji_konsekuensi.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
KASN = ROOT / "examples" / "cases" / "kasn.case.json"


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


# --- render and JSON -------------------------------------------------------------------------


def test_render_format_json_is_refused_in_json_naming_the_formats() -> None:
    code, out, err = _run(["render", "lembar", str(KASN), "--format", "json"])
    assert code == 2 and err == ""
    (problem,) = json.loads(out)["error"]["problems"]
    assert problem["path"] == "--format" and problem["value"] == "json"
    assert "html, md, docx, pdf" in problem["expected_en"]


def test_render_binary_without_output_is_a_json_error_with_json() -> None:
    code, out, _ = _run(["render", "lembar", str(KASN), "--format", "pdf", "--json"])
    assert code == 2
    (problem,) = json.loads(out)["error"]["problems"]
    assert problem["path"] == "-o" and "FILE.pdf" in problem["expected_en"]


def test_render_binary_without_output_is_a_text_error_without_json() -> None:
    code, out, err = _run(["render", "lembar", str(KASN), "--format", "docx"])
    assert code == 2 and out == ""
    assert "-o BERKAS.docx" in err


def test_render_with_json_says_what_it_wrote_in_json(tmp_path: Path) -> None:
    target = tmp_path / "lembar.html"
    code, out, _ = _run(["render", "lembar", str(KASN), "-o", str(target), "--json"])
    assert code == 0 and target.exists()
    assert json.loads(out) == {"written": str(target), "document": "lembar", "format": "html"}


# --- sample near the end of the range ----------------------------------------------------------


def test_sample_in_2099_writes_a_case_that_check_reads(tmp_path: Path) -> None:
    """The review date two years on (2101) is set to the last day of 2100 instead."""
    target = tmp_path / "case.json"
    code, _, _ = _run(["sample", "kalbar", "--start", "2099-03-02", "-o", str(target)])
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert "2101" not in text
    code, out, _ = _run(["check", str(target), "--format", "json"])
    assert code in (0, 3), out
    assert json.loads(out)["summary"]["unreadable"] == 0


def test_sample_whose_steps_run_into_2101_names_start() -> None:
    code, out, _ = _run(["sample", "kutai-timur", "--start", "2100-12-29", "--json"])
    assert code == 2
    (problem,) = json.loads(out)["error"]["problems"]
    assert problem["path"] == "--start" and "2101" in problem["message_en"]


# --- serve on a busy port ----------------------------------------------------------------------


def test_serve_on_a_busy_port_exits_69_before_saying_it_serves(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The port is taken: one clear message naming host and port, exit 69 (EX_UNAVAILABLE),
    never "melayani di ..." followed by 3 (the code of a case in progress)."""
    pytest.importorskip("uvicorn")
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", "--port", str(port)])
    err = capsys.readouterr().err
    assert code == 69
    assert f"127.0.0.1:{port}" in err and "--port" in err
    assert "melayani" not in err


# --- what the reader says it expected ------------------------------------------------------------


def test_a_union_of_objects_is_named_once_not_objek_atau_objek() -> None:
    """A union's members are named once each: "objek atau null", never "objek atau objek"."""
    import attrs

    from uji_konsekuensi.converter import _type_name

    @attrs.frozen
    class A:
        x: int

    @attrs.frozen
    class B:
        y: int

    assert _type_name(A | B | None, en=False) == "objek atau null"
    assert _type_name(A | B | int, en=True) == "object or whole number"


def test_a_tagged_union_says_which_kinds_once_without_a_doubled_word() -> None:
    from uji_konsekuensi.case.io import load_case

    data = json.loads(KASN.read_text(encoding="utf-8"))
    data["penetapan"]["sheets"][0]["rows"][0]["period"] = "5 tahun"
    with pytest.raises(InputError) as caught:
        load_case(data)
    (problem,) = caught.value.problems
    assert problem.expected is not None and problem.expected_en is not None
    assert problem.expected.startswith('objek dengan "kind": salah satu dari')
    assert "'years'" in problem.expected
    rendered = problem.render("id")
    assert "diharapkan diharapkan" not in rendered and "objek atau objek" not in rendered
    assert "expected expected" not in problem.render("en")


def test_an_unknown_key_in_an_sop_points_to_the_sop_docs(tmp_path: Path) -> None:
    sop = json.loads(
        (ROOT / "plugins/kalbar/src/uji_konsekuensi_kalbar/sop.json").read_text(encoding="utf-8")
    )
    sop["langkah_tambahan"] = 1
    path = tmp_path / "sop.json"
    path.write_text(json.dumps(sop), encoding="utf-8")
    code, out, _ = _run(["sop", "validate", str(path), "--json"])
    assert code == 2
    (problem,) = json.loads(out)["error"]["problems"]
    assert "docs/sop.md" in problem["expected_en"] and "docs/case.md" not in problem["expected_en"]


def test_an_unknown_key_in_a_case_points_to_the_case_docs() -> None:
    from uji_konsekuensi.case.io import load_case

    data = json.loads(KASN.read_text(encoding="utf-8"))
    data["catatan"] = "x"
    with pytest.raises(InputError) as caught:
        load_case(data)
    assert "docs/case.md" in (caught.value.problems[0].expected_en or "")


# --- internal errors -----------------------------------------------------------------------------


def test_an_internal_error_shows_a_nested_message_on_one_line_without_a_literal_newline() -> None:
    from uji_konsekuensi.errors import InternalError

    nested = InputError.one("kalender kerja", "x", "tahun di luar", "year outside", value="2101")
    message = InternalError("uji-konsekuensi check", RuntimeError(str(nested))).render("id")
    assert "\\n" not in message and "\n" not in message
    assert "1 masalah; - x: tahun di luar" in message
    assert message.endswith("laporkan")


def test_an_internal_error_still_escapes_controls() -> None:
    from uji_konsekuensi.errors import InternalError

    message = InternalError("s", ValueError("a\x00b \u202e c")).render("en")
    assert "\x00" not in message and "\\x00" in message and "\u202e" not in message


# --- sop import checks every output first -----------------------------------------------

SEED = ROOT / "docs" / "sources" / "seeds" / "kalbar.txt"


def test_sop_import_with_an_existing_report_writes_nothing(tmp_path: Path) -> None:
    """The report exists (no --force): exit 2 and the draft is not written either."""
    draft, report = tmp_path / "new.json", tmp_path / "existing.md"
    report.write_text("kept\n", encoding="utf-8")
    code, _, err = _run(["sop", "import", str(SEED), "-o", str(draft), "--report", str(report)])
    assert code == 2 and "existing.md" in err
    assert not draft.exists()
    assert report.read_text(encoding="utf-8") == "kept\n"


def test_sop_import_refuses_the_same_file_for_draft_and_report(tmp_path: Path) -> None:
    same = tmp_path / "out.txt"
    code, _, _ = _run(["sop", "import", str(SEED), "-o", str(same), "--report", str(same)])
    assert code == 2 and not same.exists()


def test_sop_import_refuses_a_report_in_a_missing_folder_before_writing(tmp_path: Path) -> None:
    draft = tmp_path / "new.json"
    report = tmp_path / "no-such-folder" / "review.md"
    code, _, _ = _run(["sop", "import", str(SEED), "-o", str(draft), "--report", str(report)])
    assert code == 2 and not draft.exists()


def test_sop_import_with_force_writes_both(tmp_path: Path) -> None:
    draft, report = tmp_path / "new.json", tmp_path / "existing.md"
    report.write_text("old\n", encoding="utf-8")
    code, _, _ = _run(
        ["sop", "import", str(SEED), "-o", str(draft), "--report", str(report), "--force"]
    )
    assert code in (0, 1) and draft.exists() and report.read_text(encoding="utf-8") != "old\n"
