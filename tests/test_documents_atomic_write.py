"""Writing documents: whole or not at all, never over an existing file without --force; the CLI."""

from __future__ import annotations

import io
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.cli import main
from uji_konsekuensi.documents import OutputExistsError, OutputWriteError, write_output

PENETAPAN_FILE = Path(__file__).parent / "data" / "documents" / "penetapan.json"


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_writes_text_and_bytes_exactly(tmp_path: Path) -> None:
    """Text is written as UTF-8, bytes as they are; no temporary file remains."""
    text_file = write_output(tmp_path / "a.md", "Pasal 17 — «uji»\n")
    assert text_file.read_text(encoding="utf-8") == "Pasal 17 — «uji»\n"
    write_output(tmp_path / "b.docx", b"PK\x03\x04data")
    assert (tmp_path / "b.docx").read_bytes() == b"PK\x03\x04data"
    assert leftovers(tmp_path) == []


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    """An existing file is not overwritten without force, and keeps its content."""
    target = tmp_path / "lembar.html"
    target.write_text("ditandatangani", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="--force"):
        write_output(target, "baru")
    assert target.read_text(encoding="utf-8") == "ditandatangani"
    assert leftovers(tmp_path) == []


def test_force_replaces_the_file(tmp_path: Path) -> None:
    """With force the file is replaced by the new content."""
    target = tmp_path / "lembar.html"
    target.write_text("lama", encoding="utf-8")
    write_output(target, "baru", force=True)
    assert target.read_text(encoding="utf-8") == "baru"


def test_a_failed_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If writing fails midway (disk full), the target is untouched and no temp file remains."""
    target = tmp_path / "lembar.html"
    target.write_text("lama", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputWriteError, match="No space left"):
        write_output(target, "baru " * 1000, force=True)
    assert target.read_text(encoding="utf-8") == "lama"
    assert leftovers(tmp_path) == []
    with pytest.raises(OutputWriteError):
        write_output(tmp_path / "new.html", "isi")
    assert not (tmp_path / "new.html").exists()


def test_a_file_created_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that appears between the check and the write still is not overwritten."""
    target = tmp_path / "sk.html"
    real_mkstemp = tempfile.mkstemp

    def racing_mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        target.write_text("dibuat proses lain", encoding="utf-8")  # the race
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", racing_mkstemp)
    with pytest.raises(OutputExistsError):
        write_output(target, "isi kita")
    assert target.read_text(encoding="utf-8") == "dibuat proses lain"
    assert leftovers(tmp_path) == []


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    """A target in a directory that does not exist names the file."""
    with pytest.raises(OutputWriteError, match="tidak-ada"):
        write_output(tmp_path / "tidak-ada" / "x.html", "isi")


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """The file is readable like any file the user creates (not the temp file's 0600)."""
    umask = os.umask(0o022)
    try:
        path = write_output(tmp_path / "x.html", "isi")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


# --- the command line ---------------------------------------------------------------------------


def test_cli_renders_to_a_file_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`render lembar FILE -o OUT` writes; a second run fails with exit 2; --force replaces."""
    out = tmp_path / "lembar.html"
    assert main(["render", "lembar", str(PENETAPAN_FILE), "-o", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert "LEMBAR PENGUJIAN KONSEKUENSI" in first
    out.write_text("sudah ditandatangani", encoding="utf-8")
    assert main(["render", "lembar", str(PENETAPAN_FILE), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "sudah ditandatangani"
    code = main(["render", "lembar", str(PENETAPAN_FILE), "-o", str(out), "--force"])
    assert code == 0
    assert out.read_text(encoding="utf-8") == first


def test_cli_markdown_to_stdout_and_docx_to_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Markdown goes to standard output; DOCX needs -o and is a Word file."""
    assert main(["render", "dik", str(PENETAPAN_FILE), "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# DAFTAR INFORMASI YANG DIKECUALIKAN")
    assert main(["render", "dik", str(PENETAPAN_FILE), "--format", "docx"]) == 2
    assert "-o" in capsys.readouterr().err
    docx = pytest.importorskip("docx", reason="python-docx (extra 'docx') is not installed")
    out = tmp_path / "dik.docx"
    assert main(["render", "dik", str(PENETAPAN_FILE), "-f", "docx", "-o", str(out)]) == 0
    document = docx.Document(io.BytesIO(out.read_bytes()))
    assert document.tables[0].rows[0].cells[1].text == "Informasi yang Dikecualikan"


def test_cli_reports_bad_input_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unreadable JSON, an unknown kind and a missing part exit 2 with a message naming the file."""
    bad = tmp_path / "rusak.json"
    bad.write_text("{ bukan json", encoding="utf-8")
    assert main(["render", "lembar", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "rusak.json" in err and "JSON" in err and "Traceback" not in err
    assert main(["render", "surat", str(PENETAPAN_FILE)]) == 2
    assert "lembar" in capsys.readouterr().err
    assert main(["render", "penolakan", str(PENETAPAN_FILE)]) == 2
    assert "permohonan" in capsys.readouterr().err
    unknown = tmp_path / "lain.json"
    unknown.write_text('{"a": 1}', encoding="utf-8")
    assert main(["render", "lembar", str(unknown)]) == 2
    assert "lain.json" in capsys.readouterr().err


def test_cli_renders_the_refusal_letter_from_a_case_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A case file (docs/case.md) gives the refusal letter of its request."""
    import datetime as dt
    import zoneinfo

    from uji_konsekuensi.case import (
        Case,
        Document,
        RefusalContent,
        Requester,
        RequestTrigger,
        dumps_case,
    )
    from uji_konsekuensi.harm import Penetapan
    from uji_konsekuensi.harm import load as load_harm

    penetapan = load_harm(PENETAPAN_FILE)
    assert isinstance(penetapan, Penetapan)
    case = Case(
        id="BKD-2025-017",
        agency="kalteng",
        sop="870/27/Sekr.7/BKD",
        trigger=RequestTrigger(
            received_at=dt.datetime(2025, 3, 10, 9, 15, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta")),
            registration_number="017/PPID-BKD/III/2025",
            requester=Requester(name="Siti Rahmawati"),
            information="Salinan rekam medis pegawai",
        ),
        tests=penetapan.sheets,
        penetapan=penetapan,
        documents=(
            Document(
                id="sk",
                kind="penolakan",
                title="SK Penolakan",
                date=dt.date(2025, 3, 21),
                refusal=RefusalContent(registration_number="017/PPID-BKD/III/2025"),
            ),
        ),
    )
    source = tmp_path / "kasus.json"
    source.write_text(dumps_case(case), encoding="utf-8")
    assert main(["render", "penolakan", str(source), "-f", "md"]) == 0
    out = capsys.readouterr().out
    assert "No. Pendaftaran | 017/PPID-BKD/III/2025" in out
    assert "PERMINTAAN INFORMASI DITOLAK" in out
    assert "30 (tiga puluh) hari kerja" in out
