"""`sop import/validate/template --help` print the sub-command's own help, and the template's
columns are each documented in docs/sop.md."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from uji_konsekuensi.cli import main
from uji_konsekuensi.sop.importer.template import IDENTITY_ROWS, LANE_COLUMNS, STEP_COLUMNS


def _help(args: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(args)
    assert code == 0
    return out.getvalue()


@pytest.mark.parametrize("sub", ["import", "validate", "template"])
def test_a_sub_command_help_is_its_own(sub: str) -> None:
    text = _help(["sop", sub, "--help"])
    assert text.startswith(f"usage: uji-konsekuensi sop {sub} ")
    assert "exit:" in text


def test_import_help_names_the_file_forms_and_the_refused_text() -> None:
    text = _help(["sop", "import", "sop.pdf", "-h"])
    for form in (".docx", ".pdf", ".txt", ".xlsx", "pdftotext -layout", "--answers"):
        assert form in text


def test_sop_help_without_a_sub_command_is_the_general_help() -> None:
    text = _help(["sop", "--help"])
    assert "INSTANSI" in text and "sub-commands: import, validate, template" in text


def test_every_template_column_is_documented() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs/sop.md").read_text("utf-8")
    section = docs.split("### The spreadsheet template", 1)[1].split("\n### ", 1)[0]
    for column in STEP_COLUMNS:
        assert column in section, column
    for column in LANE_COLUMNS:
        assert column in section, column
    for label, _ in IDENTITY_ROWS:
        words = label.split(":")[0].split("(")[0].strip()
        assert words in section, label


def test_a_number_that_says_sop_is_not_prefixed_twice() -> None:
    from uji_konsekuensi.cli.sop import sop_name

    assert sop_name("SOP AP-SEKRE-01") == "SOP AP-SEKRE-01"
    assert sop_name("870/27/Sekr.7/BKD") == "SOP 870/27/Sekr.7/BKD"
    assert sop_name("SOPIR-1") == "SOP SOPIR-1"
