"""Questions of `sop import` state what the file shows: no question built on a premise the file
contradicts, nothing filled silently from a title."""

from __future__ import annotations

from pathlib import Path

from uji_konsekuensi.sop.importer import ImportResult, import_sop

TEXT = "\n".join(
    [
        "STANDAR OPERASIONAL PROSEDUR",
        "\tNOMOR SOP : SOP AP-SEKRE-01",
        "\tTanggal Pembuatan\t2 Januari 2025",
        "\tNama SOP\tPENGELOLAAN ARSIP",
        "DASAR HUKUM\tKUALIFIKASI PELAKSANA",
        "1. UU 14 Tahun 2008\tMemahami kearsipan",
        "KETERKAITAN PERALATAN/PERLENGKAPAN\t",
        "\tKomputer",
    ]
)


def _import(tmp_path: Path, text: str = TEXT) -> ImportResult:
    path = tmp_path / "sop.txt"
    path.write_text(text, "utf-8")
    return import_sop(path)


def test_a_number_written_after_its_label_and_a_colon_is_read(tmp_path: Path) -> None:
    result = _import(tmp_path)
    assert result.data["identity"]["number"] == "SOP AP-SEKRE-01"
    assert "identity.number" not in [i.path for i in result.review]


def test_the_document_title_is_not_taken_for_the_agency(tmp_path: Path) -> None:
    """'STANDAR OPERASIONAL PROSEDUR' above the identity is the title: the agency is asked."""
    result = _import(tmp_path)
    assert result.data["identity"]["agency"] is None
    assert "identity.agency" in [i.path for i in result.review]


def test_a_label_run_together_with_its_neighbour_is_asked_where_it_is(tmp_path: Path) -> None:
    """'KETERKAITAN PERALATAN/PERLENGKAPAN' in one cell: the question for Peralatan names its
    line and the cell, never 'not found'."""
    result = _import(tmp_path)
    item = next(i for i in result.review if i.path == "identity.equipment")
    assert item.where.en == "line 7"
    assert "not found" not in item.question.en
    assert "KETERKAITAN PERALATAN/PERLENGKAPAN" in item.question.en


def test_no_step_read_says_so_and_names_the_routes(tmp_path: Path) -> None:
    result = _import(tmp_path)
    questions = {i.path: i.question.en for i in result.review}
    assert "no step was read" in questions["trigger"]
    assert "do not mention a request" not in questions["trigger"]
    assert "PDF/DOCX" in questions["steps"] and "copy the steps" not in questions["steps"]
