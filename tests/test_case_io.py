"""Reading case files: one InputError listing every problem with its path and the known values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi import InputError
from uji_konsekuensi.case import Case, case_from_dict, dumps_case, load_case

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cases"


def data(name: str = "kasn") -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.case.json").read_text(encoding="utf-8"))


def problems(d: Any) -> dict[str, Any]:
    with pytest.raises(InputError) as info:
        case_from_dict(d)
    return {p.path: p for p in info.value.problems}


def test_load_from_path_str_and_dict() -> None:
    """A path, a string path and a parsed dict give the same case."""
    path = EXAMPLES / "kasn.case.json"
    assert load_case(path) == load_case(str(path)) == load_case(data())


def test_source_is_the_file_name(tmp_path: Path) -> None:
    """Errors name the file they come from."""
    d = data()
    d["agency"] = "kasm"
    f = tmp_path / "kasus-017.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_case(f)
    assert info.value.source == str(f)
    assert str(f) in info.value.render("en")


def test_unknown_agency_lists_the_installed_ones() -> None:
    """An agency no plugin provides names the path, the value and the installed codes."""
    d = data()
    d["agency"] = "kasm"
    p = problems(d)["agency"]
    assert p.value == "kasm"
    assert p.expected is not None and "kasn" in p.expected and "kalbar" in p.expected


def test_unknown_sop_number_lists_the_agencys_sops() -> None:
    """An SOP number the agency does not have lists the ones it has."""
    d = data()
    d["sop"] = "05 / PPID / KASN / OTK / 2020"
    p = problems(d)["sop"]
    assert p.expected is not None and "04 / PPID / KASN / OTK / 2020" in p.expected


def test_sop_number_matches_without_spaces_or_case() -> None:
    """ "04/ppid/kasn/otk/2020" names the same SOP as "04 / PPID / KASN / OTK / 2020"."""
    d = data()
    d["sop"] = "04/ppid/kasn/otk/2020"
    assert case_from_dict(d).sop == "04/ppid/kasn/otk/2020"


def test_unknown_step_names_the_path_and_the_steps() -> None:
    """Step 9 of an 8-step SOP is an input error at its event's path."""
    d = data()
    d["events"][2]["step"] = 9
    p = problems(d)["events[2].step"]
    assert p.value == 9
    assert p.expected_en == "one of: 1, 2, 3, 4, 5, 6, 7, 8"
    assert p.expected == "salah satu dari: 1, 2, 3, 4, 5, 6, 7, 8"


def test_unknown_document_id_is_reported_where_it_is_used() -> None:
    """An event naming a document that is not in 'documents'."""
    d = data()
    d["events"][2]["inputs"] = ["usulan-x"]
    p = problems(d)["events[2].inputs[0]"]
    assert p.value == "usulan-x"
    assert p.expected is not None and "usulan" in p.expected


def test_duplicate_document_id() -> None:
    """Two documents with one id."""
    d = data()
    d["documents"][1]["id"] = d["documents"][0]["id"]
    assert "documents[1].id" in problems(d)


def test_expiry_item_must_point_to_a_tested_item() -> None:
    """An expiry declaration about a row that does not exist."""
    d = data()
    d["events"][-1]["item"] = "penetapan.sheets[0].rows[7]"
    assert "events[17].item" in problems(d)


def test_timestamp_without_offset_is_refused() -> None:
    """A naive timestamp would be a silently wrong date: refused at its path."""
    d = data()
    d["events"][0]["at"] = "2025-07-14T08:00:00"
    p = problems(d)["events[0].at"]
    assert p.value == "2025-07-14T08:00:00"


def test_unknown_key_is_refused() -> None:
    """A misspelt key is not dropped in silence."""
    d = data()
    d["events"][0]["actr"] = {}
    assert any("actr" in p.message for p in problems(d).values())


def test_unknown_event_kind_is_refused() -> None:
    """An event whose kind is not one of the documented ones."""
    d = data()
    d["events"][0]["kind"] = "step_begun"
    assert any(path.startswith("events") for path in problems(d))


def test_every_problem_at_once() -> None:
    """Structural and reference problems come together in one error."""
    d = data()
    d["events"][0]["at"] = "kemarin"
    d["events"][2]["step"] = 42
    d["documents"][0].pop("title")
    found = problems(d)
    assert {"events[0].at", "events[2].step", "documents[0].title"} <= set(found)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    """A file that is not JSON gives the position of the error."""
    f = tmp_path / "rusak.json"
    f.write_text('{"id": "x",\n "agency": }', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_case(f)
    assert info.value.problems[0].path.startswith("line 2")


def test_missing_file(tmp_path: Path) -> None:
    """A file that does not exist is an InputError naming it, not a traceback."""
    with pytest.raises(InputError) as info:
        load_case(tmp_path / "tidak-ada.json")
    assert "tidak-ada.json" in info.value.source


def test_error_messages_in_both_languages() -> None:
    """Every problem reads in Indonesian and in English."""
    d = data()
    d["agency"] = "kasm"
    with pytest.raises(InputError) as info:
        case_from_dict(d)
    assert "instansi tidak dikenal" in info.value.render("id")
    assert "unknown agency" in info.value.render("en")


@pytest.mark.parametrize("name", ["kalbar", "kalteng", "kasn", "kutai-timur"])
def test_round_trip(name: str) -> None:
    """A case written by dumps_case reads back equal."""
    case = load_case(EXAMPLES / f"{name}.case.json")
    assert isinstance(case, Case)
    assert case_from_dict(json.loads(dumps_case(case))) == case


@pytest.mark.parametrize(
    ("where", "path"),
    [("value", "documents[1].title"), ("key", 'documents[1]["ti\\u0001tle"]')],
)
def test_a_control_character_in_a_dict_names_its_path(where: str, path: str) -> None:
    """A case given as a dict is held to the rules of a file: a control character in a text or
    in a key is refused with the JSON path of that text (spelt out only for the text at fault)."""
    d = data()
    doc = d["documents"][1]
    if where == "value":
        doc["title"] = "Surat\x01"
    else:
        doc["ti\x01tle"] = doc.pop("title")
    with pytest.raises(InputError) as info:
        case_from_dict(d, "kasus.json")
    problems = info.value.problems
    assert [p.path for p in problems] == [path]
    assert "U+0001" in problems[0].message
