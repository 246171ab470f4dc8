"""``sop import FILE --agency-folder DIR``: sop.json and agency.json, every agency value that the
SOP does not give asked or listed as inferred (uji_konsekuensi.scaffold.agency_draft).

The end-to-end path on layanan.pdf uses the answers written in the walkthrough of
docs/office-guide.md (tests/data/office_guide/layanan.answers.json), on a file the page's own
test does not use.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi.agency_data import load_agency_folder
from uji_konsekuensi.cli import main
from uji_konsekuensi.sop.importer import import_sop

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests/data/sop_import/corpus"
UJI_ANSWERS = json.loads((CORPUS / "answers/uji.json").read_text(encoding="utf-8"))["answers"]
WALKED = ROOT / "tests/data/office_guide"
ZONE = {"path": "agency.timezone", "value": "Asia/Jakarta", "reason": "WIB"}
_UJI = import_sop(CORPUS / "uji.docx", answers=UJI_ANSWERS)


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from uji_konsekuensi import plugins

    monkeypatch.chdir(tmp_path)
    for name in (plugins.ENV_DATA_ONLY, plugins.ENV_AGENCIES):
        monkeypatch.setenv(name, "")
    plugins.reset()
    yield tmp_path
    monkeypatch.undo()
    plugins.reset()


def answers(where: Path, entries: list[dict[str, object]]) -> str:
    path = where / "answers.json"
    path.write_text(json.dumps({"answers": entries}, ensure_ascii=False), encoding="utf-8")
    return str(path)


def agency_json(folder: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((folder / "agency.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("name", "trigger", "city"),
    [("layanan", "request", "Soreang"), ("dip", "periodic", "Bukit Indah")],
)
def test_an_unseen_pdf_becomes_an_agency_whose_sample_complies_and_whose_broken_case_is_caught(
    here: Path, name: str, trigger: str, city: str
) -> None:
    """The two PDFs of the office guide's walkthroughs with the answers written there: exit 0,
    agency validate 0, a compliant sample, and a late step caught (case.time.late)."""
    pdf = str(CORPUS / f"{name}.pdf")
    answered = str(WALKED / f"{name}.answers.json")
    status, out, _ = cli("sop", "import", pdf, "--agency-folder", "soreang", "--answers", answered)
    assert status == 0, out
    assert "(0 hal perlu diputuskan)" in out
    loaded = load_agency_folder(here / "soreang")
    assert (loaded.info.code, loaded.info.timezone, loaded.info.trigger) == (
        "soreang",
        "Asia/Jakarta",
        trigger,
    )
    assert loaded.letterhead is not None and loaded.letterhead.city == city
    assert cli("agency", "validate", "soreang")[0] == 0
    assert (
        cli("sample", "soreang", "--agencies", ".", "--start", "2025-03-03", "-o", "c.json")[0] == 0
    )
    status, out, _ = cli("check", "c.json", "--agencies", ".", "--json")
    assert status == 0 and json.loads(out)["cases"][0]["outcome"] == "compliant"
    late = ["sample", "soreang", "--agencies", ".", "--start", "2025-03-03", "--broken", "late"]
    assert cli(*late, "-o", "late.json")[0] == 0
    status, out, _ = cli("check", "late.json", "--agencies", ".")
    assert status == 1 and "case.time.late" in out


def test_the_time_zone_is_asked_and_nothing_else_is_filled_without_its_reason(here: Path) -> None:
    """Without answers: exit 1, the zone asked (null in agency.json), and the code, calendar,
    letterhead and documents listed as inferred in the report and in agency.json's notes."""
    status, _, _ = cli(
        "sop", "import", str(CORPUS / "uji.docx"), "--agency-folder", "sman3", "--report", "r.md"
    )
    assert status == 1
    data = agency_json(here / "sman3")
    agency = data["agency"]
    assert isinstance(agency, dict)
    assert agency == {
        "code": "sman3",
        "name": "SMA NEGERI 3 PANTAI BARAT",
        "timezone": None,
        "trigger": None,
    }
    report = (here / "r.md").read_text(encoding="utf-8")
    assert "sman3/agency.json (1 hal perlu diputuskan)" in report
    assert "1. `agency.timezone`: zona waktu kantor" in report
    notes = data["notes"]
    assert isinstance(notes, list)
    for path in ("agency.code", "calendar", "letterhead", "documents"):
        assert f"- `{path}`: " in report
        assert any(note.startswith(f"{path}: ") for note in notes), path
    # The draft is a draft: agency validate names the unanswered field.
    status, _, err = cli("agency", "validate", "sman3")
    assert status == 2 and "agency.timezone" in err


def test_a_step_requires_a_drafted_document_only_when_every_path_passes_its_producer(
    here: Path,
) -> None:
    """uji.docx: step 8's Kelengkapan names the Penetapan (step 6, Ya branch) and the updated DIP
    (step 7, Tidak branch); neither is required by step 8, and the notes say why. The
    recommendation of step 4 is required by steps 5 and 7, which every path reaches through 4."""
    file = answers(here, [*UJI_ANSWERS, ZONE])
    assert (
        cli("sop", "import", str(CORPUS / "uji.docx"), "--agency-folder", "s", "--answers", file)[0]
        == 0
    )
    documents = {d["title"]: d for d in agency_json(here / "s")["documents"]}  # type: ignore[union-attr]
    assert documents["Rekomendasi tertulis"]["required_by_steps"] == [5, 7]
    assert documents["Penetapan informasi yang dikecualikan"]["produced_by_steps"] == [6]
    assert documents["Penetapan informasi yang dikecualikan"]["required_by_steps"] == []
    assert documents["Daftar Informasi Publik mutakhir"]["required_by_steps"] == []
    notes = "\n".join(agency_json(here / "s")["notes"])  # type: ignore[arg-type]
    assert "Kelengkapan langkah 8 menulis 'Penetapan informasi yang dikecualikan'" in notes
    assert cli("agency", "test", "s")[0] == 0


def test_an_answer_that_breaks_agency_json_is_refused_naming_file_path_and_value(
    here: Path,
) -> None:
    """A zone that does not exist: exit 2, the answers file, agency.timezone and the value."""
    file = answers(here, [*UJI_ANSWERS, {"path": "agency.timezone", "value": "Asia/Jakrta"}])
    status, _, err = cli(
        "sop", "import", str(CORPUS / "uji.docx"), "--agency-folder", "s", "--answers", file
    )
    assert status == 2
    assert "answers.json (agency.json)" in err and "agency.timezone" in err
    assert "Asia/Jakrta" in err
    assert not (here / "s").exists()  # nothing written


def test_answer_errors_are_numbered_by_their_place_in_the_file(here: Path) -> None:
    """An SOP answer after agency answers and an unfilled question is still reported as
    answers[N] of the file."""
    bad = {"path": "steps[40].activity", "value": "x"}
    unfilled = {"path": "trigger", "ask": "pemicu SOP?"}  # of a --questions file
    file = answers(here, [ZONE, {"path": "letterhead.city", "value": "X"}, unfilled, bad])
    status, _, err = cli(
        "sop", "import", str(CORPUS / "uji.docx"), "--agency-folder", "s", "--answers", file
    )
    assert status == 2
    assert "answers[3].path" in err and "steps[40].activity" in err
    assert str(file) in err


def test_an_agency_path_without_a_folder_is_refused(here: Path) -> None:
    """agency.timezone in an answers file given with -o: exit 2 naming answers[0].path."""
    file = answers(here, [ZONE])
    status, _, err = cli(
        "sop", "import", str(CORPUS / "uji.docx"), "-o", "sop.json", "--answers", file
    )
    assert status == 2 and "answers[0].path" in err and "--agency-folder" in err
    assert not (here / "sop.json").exists()


def test_o_and_agency_folder_together_are_refused(here: Path) -> None:
    status, _, err = cli(
        "sop", "import", str(CORPUS / "uji.docx"), "-o", "x.json", "--agency-folder", "s"
    )
    assert status == 2 and "--agency-folder" in err
    assert not (here / "s").exists() and not (here / "x.json").exists()


def test_an_existing_folder_is_not_overwritten_without_force(here: Path) -> None:
    """The second import into the same folder: exit 2 and the files unchanged; --force writes."""
    docx = str(CORPUS / "uji.docx")
    assert cli("sop", "import", docx, "--agency-folder", "s")[0] == 1
    before = (here / "s/agency.json").read_bytes()
    file = answers(here, [ZONE])
    assert cli("sop", "import", docx, "--agency-folder", "s", "--answers", file)[0] == 2
    assert (here / "s/agency.json").read_bytes() == before
    assert cli("sop", "import", docx, "--agency-folder", "s", "--answers", file, "--force")[0] == 1
    assert agency_json(here / "s")["agency"]["timezone"] == "Asia/Jakarta"  # type: ignore[index]


def test_a_folder_name_that_is_not_a_code_is_asked_about(here: Path) -> None:
    """'SMA 3' is no agency code: agency.code is a question; an answer settles it."""
    docx = str(CORPUS / "uji.docx")
    status, out, _ = cli("sop", "import", docx, "--agency-folder", "SMA 3")
    assert status == 1 and "`agency.code`: kode instansi: nama folder 'SMA 3'" in out
    file = answers(here, [*UJI_ANSWERS, ZONE, {"path": "agency.code", "value": "sma-3"}])
    args = ["sop", "import", docx, "--agency-folder", "SMA 3", "--answers", file, "--force"]
    assert cli(*args)[0] == 0
    assert load_agency_folder(here / "SMA 3").info.code == "sma-3"


def test_the_json_result_carries_the_agency_questions(here: Path) -> None:
    status, out, _ = cli(
        "sop", "import", str(CORPUS / "dip.docx"), "--agency-folder", "dip", "--json"
    )
    assert status == 1
    result = json.loads(out)
    assert result["sop"] == "dip/sop.json"
    assert [q["path"] for q in result["agency"]["review"]] == ["agency.timezone"]
    assert {i["path"] for i in result["agency"]["inferred"]} >= {"agency.code", "calendar"}
    # The name is the kop as the importer read it.
    assert result["agency"]["data"]["agency"]["name"].startswith("PEMERINTAH KOTA BUKIT INDAH")


def test_a_kop_with_a_unit_under_its_government_gives_a_joined_name_marked_inferred() -> None:
    """identity.agency and identity.unit: the name is 'unit agency', listed as inferred."""
    from uji_konsekuensi.scaffold.agency_draft import draft_agency

    identity = {"agency": "PEMERINTAH KOTA X", "unit": "DINAS KOMINFO", "letterhead": []}
    draft = draft_agency({"identity": identity, "trigger": "request"}, None, folder_name="x")
    assert draft.data["agency"]["name"] == "DINAS KOMINFO PEMERINTAH KOTA X"
    assert "agency.name" in {i.path for i in draft.inferred}
    assert draft.data["letterhead"]["lines"] == ["PEMERINTAH KOTA X", "DINAS KOMINFO"]
    assert draft.data["letterhead"]["missing"] == ["logo", "kota penandatanganan", "alamat"]
    assert [q.path for q in draft.questions] == ["agency.timezone"]


def test_the_questions_file_filled_in_finishes_the_import_and_unfilled_entries_stay_asked(
    here: Path,
) -> None:
    """--questions writes one entry per question (path, ask, read); given back unfilled, every
    question stays (exit 1); filled in (ask and read left in place), the import finishes."""
    docx = str(CORPUS / "uji.docx")
    assert cli("sop", "import", docx, "--agency-folder", "s", "--questions", "q.json")[0] == 1
    entries = json.loads((here / "q.json").read_text(encoding="utf-8"))["answers"]
    paths = [e["path"] for e in entries]
    assert paths[-1] == "agency.timezone" and "steps[3].flow" in paths
    assert all(e["ask"] for e in entries)
    status, out, _ = cli(
        "sop", "import", docx, "--agency-folder", "s", "--answers", "q.json", "--force"
    )
    assert status == 1 and "3 hal perlu diputuskan" in out and "(1 hal perlu diputuskan)" in out
    given = {a["path"]: a for a in [*UJI_ANSWERS, ZONE]}
    filled: list[dict[str, object]] = []
    for entry in entries:
        if entry["path"] == "steps[3].flow":  # a decision: its branches replace the entry
            filled += [given.pop("steps[3].yes"), given.pop("steps[3].no")]
        elif entry["path"] in given:
            filled.append({**entry, **given.pop(entry["path"])})
        else:
            filled.append({**entry, "confirm": True})
    filled += given.values()  # what no question asked (the signature block, a rejoin)
    (here / "q.json").write_text(json.dumps({"answers": filled}), encoding="utf-8")
    status, out, _ = cli(
        "sop", "import", docx, "--agency-folder", "s", "--answers", "q.json", "--force"
    )
    assert status == 0, out
    assert load_agency_folder(here / "s").info.timezone == "Asia/Jakarta"


def test_a_field_asked_with_another_is_asked_for_its_value_and_only_a_flow_where_it_goes(
    here: Path,
) -> None:
    """One question covers the empty Waktu cells of seven steps and another the flow after a
    decision: the entries of the Waktu cells ask for their value (or a confirmation), never
    where the step goes on, which only a step's flow is asked."""
    riau = str(ROOT / "tests/data/sop_import/unseen/riau.docx")
    assert cli("sop", "import", riau, "--agency-folder", "r", "--questions", "q.json")[0] == 1
    entries = json.loads((here / "q.json").read_text(encoding="utf-8"))["answers"]
    covered = [e for e in entries if e["ask"].startswith("ditanyakan bersama")]
    waktu = [e for e in covered if e["path"].endswith(".waktu_text")]
    flows = [e for e in covered if e["path"].endswith(".flow")]
    assert waktu and flows
    assert all("berlanjut" not in e["ask"] and '"value"' in e["ask"] for e in waktu)
    assert all("berlanjut" in e["ask"] for e in flows)


def test_questions_never_overwrite_the_answers_they_came_from(here: Path) -> None:
    """--questions naming the --answers file would lose the answers given: exit 2, unchanged."""
    file = answers(here, [ZONE])
    before = Path(file).read_bytes()
    docx = str(CORPUS / "uji.docx")
    args = ["sop", "import", docx, "--agency-folder", "s", "--answers", file]
    status, _, err = cli(*args, "--questions", file, "--force")
    assert status == 2 and "--questions" in err
    assert Path(file).read_bytes() == before and not (here / "s").exists()


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 30) | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
_PATHS = st.sampled_from(
    [
        "agency",
        "agency.code",
        "agency.timezone",
        "agency.name",
        "agency[0]",
        "letterhead",
        "letterhead.city",
        "letterhead.lines[0]",
        "documents",
        "documents[0]",
        "documents[99].title",
        "documents[0].produced_by_steps",
        "renderings[1]",
        "calendar",
        "calendar.extra_days_off",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    entries=st.lists(
        st.tuples(_PATHS, st.sampled_from(["value", "confirm", "remove"]), _JSON), max_size=4
    )
)
def test_any_agency_answer_gives_a_draft_or_an_input_error(
    entries: list[tuple[str, str, object]],
) -> None:
    """Whatever agency.json's answers say, the draft is written or an InputError names the
    answer or the field; never another exception."""
    from uji_konsekuensi.errors import InputError
    from uji_konsekuensi.scaffold.agency_draft import draft_agency

    given_ = [
        (i, {"path": path, kind: value if kind == "value" else True})
        for i, (path, kind, value) in enumerate(entries)
    ]
    try:
        draft = draft_agency(_UJI.data, _UJI.sop, folder_name="s", answers=given_)
    except InputError as exc:
        assert exc.problems and all(p.message and p.message_en for p in exc.problems)
    else:
        assert draft.data["format"] == "uji-konsekuensi-agency/1"
