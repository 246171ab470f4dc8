"""Lanes and roles in agency.json: the lane mapping, and roles of an agency's own.

agency.json's ``lanes`` says which role each lane of the SOP plays (the agency's word; an SOP
file may say it too, and a contradiction is refused naming both files), and ``roles`` declares
roles beyond the law's eight ("Kepala Sub Bagian Umum"): they play lanes and act in cases,
but hold no power the law reserves (case/powers.py). The tests edit a copy of Kalteng's
folder and check the example case against it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.agency_data import AGENCY_FILE, load_agency_folder
from uji_konsekuensi.case import check_case, load_case
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.sop import AgencyRole, Role

ROOT = Path(__file__).resolve().parents[1]
KALTENG = ROOT / "plugins/kalteng/src/uji_konsekuensi_kalteng"
CASE = ROOT / "examples/cases/kalteng.case.json"

KASUBBAG = {
    "code": "kasubbag-umum",
    "name": {"id": "Kepala Sub Bagian Umum", "en": "Head of the General Affairs Subdivision"},
    "basis": "Pergub Kalteng tentang SOTK BKD (fiktif, untuk uji)",
}


def folder_in(where: Path) -> Path:
    target = where / "kalteng"
    target.mkdir(parents=True)
    for name in (AGENCY_FILE, "sop.json"):
        (target / name).write_bytes((KALTENG / name).read_bytes())
    return target


def edit(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def give_lane(code: str, role: str, *, declare: bool = True) -> Any:
    """An agency.json change: declare Kasubbag Umum and map ``code``'s lane to ``role``."""

    def change(data: dict[str, Any]) -> None:
        if declare:
            data["roles"] = [KASUBBAG]
        (entry,) = [e for e in data["lanes"] if e["lane"] == code]
        entry["role"] = role

    return change


@pytest.fixture
def agencies_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The default manager loads only the agency folders of a fresh directory."""
    from uji_konsekuensi import plugins

    directory = tmp_path / "agencies"
    directory.mkdir()
    monkeypatch.setenv("UJI_KONSEKUENSI_PLUGINS", "")
    monkeypatch.setenv("UJI_KONSEKUENSI_AGENCIES", str(directory))
    monkeypatch.delenv("UJI_KONSEKUENSI_DATA_ONLY", raising=False)
    plugins.reset()
    yield directory
    monkeypatch.undo()
    plugins.reset()


def case_with(change: Any) -> Any:
    data = json.loads(CASE.read_text(encoding="utf-8"))
    change(data)
    return load_case(data)


def step_actors(step: int, role: str) -> Any:
    def change(data: dict[str, Any]) -> None:
        for event in data["events"]:
            if event.get("step") == step and "actor" in event:
                event["actor"]["role"] = role

    return change


def codes(report: Any) -> set[str]:
    return {f.code for f in report.findings}


# --- the lane mapping -------------------------------------------------------------------------


def test_the_shipped_folders_map_every_lane_in_agency_json() -> None:
    """The four agencies say in agency.json which role each lane plays; their sop.json no
    longer does, and the SOP the library reads is the one it read before (roles and bases)."""
    for agency_json in ROOT.glob("plugins/*/src/*/agency.json"):
        data = json.loads(agency_json.read_text(encoding="utf-8"))
        sop = json.loads((agency_json.parent / "sop.json").read_text(encoding="utf-8"))
        assert [e["lane"] for e in data["lanes"]] == [lane["id"] for lane in sop["lanes"]]
        assert not [lane for lane in sop["lanes"] if "role" in lane or "role_basis" in lane]
        loaded = load_agency_folder(agency_json.parent)
        for entry, lane in zip(data["lanes"], loaded.sops()[0].lanes, strict=True):
            assert lane.role is Role(entry["role"])
            assert lane.role_basis is not None and lane.role_basis.id == entry["basis"]["id"]


def test_a_role_written_in_both_files_must_agree(tmp_path: Path) -> None:
    """sop.json may write a lane's role too (an imported SOP does): the same role loads, another
    is refused with an error naming agency.json's path and sop.json's path."""
    folder = folder_in(tmp_path)

    def write_role(role: str) -> Any:
        def change(sop: dict[str, Any]) -> None:
            sop["lanes"][3]["role"] = role  # atasan-ppid

        return change

    edit(folder / "sop.json", write_role("atasan-ppid"))
    assert load_agency_folder(folder).sops()[0].lanes[3].role is Role.ATASAN_PPID
    edit(folder / "sop.json", write_role("ppid"))
    with pytest.raises(InputError) as caught:
        load_agency_folder(folder)
    (problem,) = caught.value.problems
    assert caught.value.source == str(folder / AGENCY_FILE)
    assert problem.path == "lanes[3].role"
    assert str(folder / "sop.json") in problem.message_en
    assert "lanes[3].role" in problem.message_en and "'ppid'" in problem.message_en


def test_a_lane_left_unmapped_is_a_finding_of_agency_validate(tmp_path: Path) -> None:
    """`agency validate`: a lane neither file maps is sop.agency.lane.unmapped (exit 1), in place
    of the SOP's own sop.lane.role.missing."""
    from uji_konsekuensi.cli import main

    folder = folder_in(tmp_path)
    edit(folder / AGENCY_FILE, lambda d: d["lanes"].pop(1))
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["agency", "validate", str(folder), "--json"])
    findings = json.loads(out.getvalue())["findings"]
    unmapped = [f for f in findings if f["code"] == "sop.agency.lane.unmapped"]
    assert status == 1 and [f["field"] for f in unmapped] == ["sops[0].lanes[1].role"]
    assert "bidang-bagian" in unmapped[0]["message_en"]
    assert not [f for f in findings if f["code"] == "sop.lane.role.missing"]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d["lanes"][0].update(role="kasubag"), "lanes[0].role", "not declared"),
        (lambda d: d["lanes"][0].update(lane="subbid"), "lanes[0].lane", "no lane"),
        (lambda d: d["lanes"][0].update(sop="sop2.json"), "lanes[0].sop", "not among"),
        (lambda d: d["lanes"].append(d["lanes"][0]), "lanes[4]", "already mapped"),
        (
            lambda d: d.update(roles=[{**KASUBBAG, "statutory_power": True}]),
            "roles[0].statutory_power",
            "the law gives its powers",
        ),
        (lambda d: d.update(roles=[{**KASUBBAG, "code": "ppid"}]), "roles[0].code", "statutory"),
        (lambda d: d.update(roles=[KASUBBAG, KASUBBAG]), "roles[1].code", "already declared"),
    ],
    ids=["undeclared role", "no such lane", "no such sop", "twice", "power", "statutory", "dup"],
)
def test_a_wrong_mapping_or_role_is_refused_naming_the_path(
    tmp_path: Path, change: Any, path: str, words: str
) -> None:
    folder = folder_in(tmp_path)
    edit(folder / AGENCY_FILE, change)
    with pytest.raises(InputError) as caught:
        load_agency_folder(folder)
    assert caught.value.source == str(folder / AGENCY_FILE)
    (problem,) = caught.value.problems
    assert problem.path == path
    assert words in f"{problem.message_en} {problem.expected_en or ''}"


# --- roles of the agency's own --------------------------------------------------------------


def test_a_case_whose_actor_is_an_agencys_own_role_is_checked_against_the_lanes(
    agencies_dir: Path,
) -> None:
    """Kasubbag Umum plays the lane of step 1: the example case, whose step 1 the petugas runs,
    now breaks the SOP there; with Kasubbag Umum as step 1's actor it complies, and the step's
    actor who is Kasubbag Umum at step 2 (the Atasan PPID's) is a finding."""
    folder = folder_in(agencies_dir)
    edit(folder / AGENCY_FILE, give_lane("subbid-pelayanan-informasi", "kasubbag-umum"))
    lane = get_agency("kalteng").sops[0].lane("subbid-pelayanan-informasi")
    assert isinstance(lane.role, AgencyRole) and lane.role.label.id == "Kepala Sub Bagian Umum"

    petugas = check_case(load_case(CASE))
    wrong = [f for f in petugas.findings if f.code == "case.actor.wrong_role"]
    assert {f.step for f in wrong} == {1} and not petugas.ok

    own = check_case(case_with(step_actors(1, "kasubbag-umum")))
    assert own.ok and "case.actor.wrong_role" not in codes(own), own.render("en")

    def both(data: dict[str, Any]) -> None:
        step_actors(1, "kasubbag-umum")(data)
        step_actors(2, "kasubbag-umum")(data)

    astray = check_case(case_with(both))
    wrong = [f for f in astray.findings if f.code == "case.actor.wrong_role"]
    assert {f.step for f in wrong} == {2}


def test_an_agencys_own_role_signing_the_penetapan_is_still_a_finding(agencies_dir: Path) -> None:
    """The powers rule: the Penetapan is the PPID's (PERKI 1/2021 Pasal 49); a declared role of
    the agency's own that signs it, or declares the exemption, is a finding whatever it is
    called, even though a lane of the SOP plays it."""
    folder = folder_in(agencies_dir)
    edit(folder / AGENCY_FILE, give_lane("subbid-pelayanan-informasi", "kasubbag-umum"))

    def sign(data: dict[str, Any]) -> None:
        data["penetapan"]["signature"]["role"] = "kasubbag-umum"
        for event in data["events"]:
            if event["kind"] == "exemption_declared":
                event["actor"]["role"] = "kasubbag-umum"

    report = check_case(case_with(sign))
    fields = {f.code: f.field for f in report.findings}
    assert fields["case.power.wrong_signatory"] == "penetapan.signature.role"
    assert fields["case.power.wrong_role"].endswith(".actor.role")
    assert "case.power.unknown_role" not in fields and not report.ok


def test_an_undeclared_role_in_a_case_is_a_finding(agencies_dir: Path) -> None:
    """A role that is neither statutory nor one a lane of the agency plays (a misspelling of
    the agency's role, or a role of another agency) is case.power.unknown_role, where before it
    could not be loaded at all."""
    folder = folder_in(agencies_dir)
    edit(folder / AGENCY_FILE, give_lane("subbid-pelayanan-informasi", "kasubbag-umum"))
    report = check_case(case_with(step_actors(1, "kasubag-umum")))
    unknown = [f for f in report.findings if f.code == "case.power.unknown_role"]
    # Step 1 runs twice in the example (a loop back): four events name the misspelt role.
    assert [f.field for f in unknown] == [f"events[{i}].actor.role" for i in (0, 1, 4, 5)]
    assert "kasubbag-umum" in unknown[0].message_en and not report.ok


def test_a_role_outside_every_lane_may_still_do_what_any_official_may(agencies_dir: Path) -> None:
    """A Lembar's participant may be any official of the Badan Publik (case/powers.py): a
    declared role of the agency's own is one; approving the Lembar stays closed to it."""
    folder = folder_in(agencies_dir)
    edit(folder / AGENCY_FILE, give_lane("subbid-pelayanan-informasi", "kasubbag-umum"))

    def participant(data: dict[str, Any]) -> None:
        step_actors(1, "kasubbag-umum")(data)
        data["penetapan"]["sheets"][0]["participants"][2]["role"] = "kasubbag-umum"

    report = check_case(case_with(participant))
    assert report.ok and not [f for f in report.findings if f.code.startswith("case.")]

    def approver(data: dict[str, Any]) -> None:
        step_actors(1, "kasubbag-umum")(data)
        data["penetapan"]["sheets"][0]["approval"]["role"] = "kasubbag-umum"

    report = check_case(case_with(approver))
    assert "case.approval.wrong_role" in codes(report) and not report.ok


def test_the_contract_lists_the_agencys_own_role_without_power(agencies_dir: Path) -> None:
    """`agencies kalteng --format json`: the eight statutory roles, then Kasubbag Umum with
    ``statutory: false``, its names and the lane that plays it; valid against its schema."""
    from uji_konsekuensi.portal_contract import contract_json
    from uji_konsekuensi.schemas import validate

    folder = folder_in(agencies_dir)
    edit(folder / AGENCY_FILE, give_lane("subbid-pelayanan-informasi", "kasubbag-umum"))
    data = contract_json(get_agency("kalteng"))
    validate("agency", data)
    roles = {r["value"]: r for r in data["roles"]}
    assert [r["value"] for r in data["roles"]][:8] == [r.value for r in Role]
    assert all(roles[r.value]["statutory"] for r in Role)
    own = roles["kasubbag-umum"]
    assert own["statutory"] is False and own["lanes"] == ["subbid-pelayanan-informasi"]
    assert own["label"] == KASUBBAG["name"] and own["basis"] == KASUBBAG["basis"]
    assert roles["petugas"]["lanes"] == []


def test_the_case_schema_takes_an_agencys_own_role() -> None:
    """docs/case.schema.json accepts a role code of the agency's own where a role goes, and
    refuses what is not a code (the loader refuses it too)."""
    import jsonschema

    schema = json.loads((ROOT / "docs/case.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    data = json.loads(CASE.read_text(encoding="utf-8"))
    step_actors(1, "kasubbag-umum")(data)
    assert not list(validator.iter_errors(data))
    step_actors(1, "Kasubbag Umum")(data)
    assert list(validator.iter_errors(data))
    with pytest.raises(InputError) as caught:
        load_case(data)
    assert caught.value.problems[0].path == "events[0].actor.role"


# --- the docs' example ------------------------------------------------------------------------


def _docs_block(language: str, after: str) -> str:
    page = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    start = page.index(f"```{language}\n", page.index(after)) + len(language) + 4
    return page[start : page.index("```", start)]


def test_the_docs_example_of_lanes_and_roles_loads_and_plays_the_lane(tmp_path: Path) -> None:
    """docs/plugins.md, "Lanes and roles": its agency.json fragment, put into a copy of Kalteng's
    folder in place of the entry for the same lane, loads; the lane plays the declared role."""
    example = json.loads(_docs_block("json", "## Lanes and roles"))
    folder = folder_in(tmp_path)

    def put(data: dict[str, Any]) -> None:
        data["roles"] = example["roles"]
        given = {e["lane"]: e for e in example["lanes"]}
        data["lanes"] = [given.get(e["lane"], e) for e in data["lanes"]]

    edit(folder / AGENCY_FILE, put)
    lane = load_agency_folder(folder).sops()[0].lane("subbid-pelayanan-informasi")
    assert lane.role == AgencyRole(value="kasubbag-umum")
    assert lane.role_basis is not None and lane.role_basis.en.startswith("The General Affairs")


def test_the_docs_declaration_of_agency_codes_is_the_tested_distributions() -> None:
    """docs/plugins.md, "Audit mode": the TOML it shows is in the distribution that
    tests/test_data_only_plugins.py installs and refuses by its declared code."""
    toml = _docs_block("toml", "**Audit mode.**")
    pyproject = (ROOT / "tests/code_plugins/declared/pyproject.toml").read_text(encoding="utf-8")
    for line in toml.strip().splitlines():
        assert line in pyproject.splitlines(), line
