"""Reading a Lembar or Penetapan from JSON (harm/io.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.harm import ConsequenceTestSheet, Penetapan, load
from uji_konsekuensi.harm.io import record_class

DATA = Path(__file__).resolve().parents[1] / "examples" / "data"


def test_detects_the_record_type():
    """A document with "sheets" is a Penetapan, any other a Lembar."""
    assert isinstance(load(DATA / "kalteng_bkd_penetapan.json"), Penetapan)
    assert isinstance(load(DATA / "kutim_bkpsdm_lembar.json"), ConsequenceTestSheet)
    assert record_class({"sheets": []}) is Penetapan
    assert record_class({"rows": []}) is ConsequenceTestSheet


def test_loads_a_dict():
    """Parsed JSON data loads the same way as a file."""
    sheet = load({"badan_publik": "BKD", "rows": []})
    assert isinstance(sheet, ConsequenceTestSheet)


def test_bad_json_names_file_line_and_column(tmp_path):
    """Invalid JSON is an InputError with the file name and position."""
    path = tmp_path / "lembar.json"
    path.write_text('{"badan_publik": "BKD",, }', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load(path)
    assert info.value.source == str(path)
    assert info.value.problems[0].path.startswith("line 1 column")


def test_missing_file(tmp_path):
    """A missing file is an InputError naming it, not an OSError."""
    with pytest.raises(InputError) as info:
        load(tmp_path / "tidak-ada.json")
    assert "tidak-ada.json" in str(info.value)


def test_wrong_top_level(tmp_path):
    """A JSON array is refused with a clear error."""
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError):
        load(path)
