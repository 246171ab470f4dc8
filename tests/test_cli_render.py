"""``uji-konsekuensi render``: PDF, an office's template folder, broken templates, safe targets."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uji_konsekuensi.cli import main

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
KALBAR = str(CASES / "kalbar.case.json")
EXAMPLE_TEMPLATES = ROOT / "examples" / "templates"
CLOSING = "Demikian Surat Keputusan ini kami sampaikan."


def test_render_pdf_writes_a_pdf_and_refuses_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--format pdf -o FILE`` writes a PDF (read back: it holds the ground); without ``-o`` the
    binary format is refused with exit 2 and a message naming -o, and nothing is printed."""
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "penolakan.pdf"
    assert main(["render", "surat-penolakan", KALBAR, "--format", "pdf", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "written" in captured.err or "ditulis" in captured.err
    assert "WARNING" not in captured.err  # WeasyPrint's CSS chatter stays off the terminal
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Pasal 17 huruf h angka 4" in text and "30 (tiga puluh) hari kerja" in text
    assert main(["render", "surat-penolakan", KALBAR, "--format", "pdf"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "-o" in captured.err


@pytest.mark.parametrize("kind", ["penolakan", "surat-penolakan"])
def test_example_template_folder_replaces_the_closing_paragraph(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The documented folder examples/templates adds the office's closing paragraph to the
    refusal letter (HTML, Markdown, PDF), and the statutory objection notice stays."""
    for fmt in ("html", "md"):
        assert (
            main(["render", kind, KALBAR, "--format", fmt, "--templates", str(EXAMPLE_TEMPLATES)])
            == 0
        )
        out = capsys.readouterr().out
        assert CLOSING in out
        assert "30 (tiga puluh) hari kerja" in out
    assert main(["render", kind, KALBAR]) == 0
    assert CLOSING not in capsys.readouterr().out  # the built-in letter has no such paragraph
    pdf = tmp_path / "p.pdf"
    args = [
        "render",
        kind,
        KALBAR,
        "--templates",
        str(EXAMPLE_TEMPLATES),
        "-f",
        "pdf",
        "-o",
        str(pdf),
    ]
    assert main(args) == 0
    pypdf = pytest.importorskip("pypdf")
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages
    )
    assert CLOSING in text


def test_template_folder_from_the_environment_and_its_escaping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``UJI_KONSEKUENSI_TEMPLATES`` gives the folder too; its templates are autoescaped like the
    built-ins (a requester's "<b>" prints as text) and may add a new document kind."""
    (tmp_path / "ringkasan.html.j2").write_text(
        "<p>{{ request.requester.name }}: {{ exempt|length }} informasi dikecualikan</p>",
        encoding="utf-8",
    )
    case = json.loads(Path(KALBAR).read_text(encoding="utf-8"))
    case["trigger"]["requester"]["name"] = "<b>Yohanes</b>"
    source = tmp_path / "kasus.json"
    source.write_text(json.dumps(case), encoding="utf-8")
    monkeypatch.setenv("UJI_KONSEKUENSI_TEMPLATES", str(tmp_path))
    assert main(["render", "ringkasan", str(source)]) == 0
    out = capsys.readouterr().out
    assert out == "<p>&lt;b&gt;Yohanes&lt;/b&gt;: 1 informasi dikecualikan</p>"


def test_template_folder_is_sandboxed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A template cannot reach Python internals: the sandbox refuses, exit 2, file and line."""
    (tmp_path / "lembar.html.j2").write_text(
        "baris satu\n{{ sheets.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8"
    )
    assert main(["render", "lembar", KALBAR, "--templates", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "lembar.html.j2") in err and "2" in err
    assert "Traceback" not in err


def test_broken_template_names_its_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A template that does not compile stops the render: the message names the file and the
    line in Bahasa Indonesia ("baris") and English ("line"), exit 2, no traceback."""
    broken = tmp_path / "penolakan.html.j2"
    broken.write_text(
        '{% extends "builtin/penolakan.html.j2" %}\n'
        "{% block penutup %}\n<p>{{ badan_publik </p>\n{% endblock %}\n",
        encoding="utf-8",
    )
    assert main(["render", "penolakan", KALBAR, "--templates", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{broken}, baris 3" in err and "Traceback" not in err
    assert main(["--lang", "en", "render", "penolakan", KALBAR, "--templates", str(tmp_path)]) == 2
    assert f"{broken}, line 3" in capsys.readouterr().err


def test_missing_template_folder_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ``--templates`` folder that does not exist is named, exit 2."""
    missing = tmp_path / "tidak-ada"
    assert main(["render", "lembar", KALBAR, "--templates", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err


def test_force_refuses_a_directory_and_a_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--force`` replaces a document, never a directory or a device node: exit 2, a clear
    message, and the target untouched."""
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["render", "lembar", KALBAR, "-o", str(folder), "--force"]) == 2
    assert "direktori" in capsys.readouterr().err and folder.is_dir()
    if os.path.exists("/dev/null"):
        before = os.stat("/dev/null")
        assert main(["render", "lembar", KALBAR, "-o", "/dev/null", "--force"]) == 2
        err = capsys.readouterr().err
        assert "bukan berkas biasa" in err and "not a regular file" in err
        after = os.stat("/dev/null")
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    link = tmp_path / "link"
    link.symlink_to(folder)
    assert main(["render", "lembar", KALBAR, "-o", str(link), "--force"]) == 2
    assert link.is_symlink()


def test_force_still_replaces_a_regular_file(tmp_path: Path) -> None:
    """A regular file is replaced with ``--force``, and only with it."""
    out = tmp_path / "lembar.html"
    out.write_text("lama", encoding="utf-8")
    assert main(["render", "lembar", KALBAR, "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "lama"
    assert main(["render", "lembar", KALBAR, "-o", str(out), "--force"]) == 0
    assert "LEMBAR PENGUJIAN KONSEKUENSI" in out.read_text(encoding="utf-8")


_FRAGMENTS = [
    "{{ ", " }}", "{% ", " %}", "{# ", " #}", "block penutup", "endblock", "if ", "endif",
    "for x in exempt", "endfor", 'extends "builtin/penolakan.html.j2"', "badan_publik",
    "refusal.grounds", "|upper", "|tanggal", "|angka_terbilang", "|blank", "(", ")", "[0]",
    ".__class__", "x", "1", "'a'", "\n", "<p>", "</p>", "include 'tidak-ada.j2'", "range(3)",
]  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fragments=st.lists(st.sampled_from(_FRAGMENTS), max_size=14))
def test_any_office_template_renders_or_is_a_clear_error(
    fragments: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Whatever an office writes in its template folder, ``render`` writes the document (exit 0)
    or stops with a clear error naming the template (exit 2): never a traceback, never exit 70."""
    folder = tmp_path_factory.mktemp("templat")
    (folder / "penolakan.html.j2").write_text("".join(fragments), encoding="utf-8")
    out = io.StringIO()
    err = io.StringIO()
    from contextlib import redirect_stderr, redirect_stdout

    with redirect_stdout(out), redirect_stderr(err):
        code = main(["render", "penolakan", KALBAR, "--templates", str(folder)])
    assert code in (0, 2), err.getvalue()
    assert "Traceback" not in err.getvalue()
    if code == 2:
        assert "penolakan.html.j2" in err.getvalue()


def test_an_edited_template_shows_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Compiled templates are kept per process, but a file changed on disk is read again."""
    template = tmp_path / "ringkas.html.j2"
    template.write_text("<p>pertama</p>", encoding="utf-8")
    assert main(["render", "ringkas", KALBAR, "--templates", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "<p>pertama</p>"
    template.write_text("<p>kedua</p>", encoding="utf-8")
    stat = template.stat()
    os.utime(template, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    assert main(["render", "ringkas", KALBAR, "--templates", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "<p>kedua</p>"
