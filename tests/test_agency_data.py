"""An agency as data (`uji_konsekuensi.agency_data`): a folder loaded through the same hooks.

The four real agencies ship as folders (plugins/*/src/*/agency.json + sop.json, no plugin.py);
these tests load folders, break them, drop them into directories, and check that the rest of the
library cannot tell a folder from a plugin.
"""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.agency import agencies, get_agency, plugin_problems
from uji_konsekuensi.agency_data import (
    AGENCY_FILE,
    DataAgency,
    find_folders,
    folder_digest,
    load_agency_folder,
)
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.plugins import get_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import agency_reference  # noqa: E402

FOLDERS = {
    "kasn": ROOT / "plugins/kasn/src/uji_konsekuensi_kasn",
    "kalbar": ROOT / "plugins/kalbar/src/uji_konsekuensi_kalbar",
    "kalteng": ROOT / "plugins/kalteng/src/uji_konsekuensi_kalteng",
    "kutai-timur": ROOT / "plugins/kutai-timur/src/uji_konsekuensi_kutai_timur",
}


def copy_folder(code: str, where: Path) -> Path:
    """A copy of a shipped agency folder (its data files only) under ``where``."""
    target = where / code
    target.mkdir(parents=True)
    for name in (AGENCY_FILE, "sop.json"):
        shutil.copy(FOLDERS[code] / name, target / name)
    return target


def edit(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


# --- the four agencies are data -----------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(FOLDERS))
def test_the_shipped_agencies_are_folders_without_python_hooks(code: str) -> None:
    """Each real agency is a folder: agency.json and sop.json, and no plugin.py."""
    folder = FOLDERS[code]
    assert (folder / AGENCY_FILE).is_file() and (folder / "sop.json").is_file()
    assert not (folder / "plugin.py").exists()
    assert [p.name for p in folder.glob("*.py")] == ["__init__.py"]


@pytest.mark.parametrize("code", sorted(FOLDERS))
def test_an_installed_folder_is_the_registered_agency(code: str) -> None:
    """The installed agency (entry point of group uji_konsekuensi.agencies) is the folder."""
    agency = get_agency(code)
    loaded = load_agency_folder(FOLDERS[code])
    assert isinstance(loaded, DataAgency)
    assert agency.info == loaded.info
    assert agency.sops == loaded.sops()
    assert agency.documents == loaded.documents
    assert agency.plugin == code and agency.distribution == f"uji-konsekuensi-{code}"
    assert agency.rules == ()  # data runs no code of its own


def test_a_folder_from_a_directory_is_an_agency_like_an_installed_one(tmp_path: Path) -> None:
    """A folder given as a directory loads with the same identity, SOP and documents."""
    copy_folder("kalteng", tmp_path)
    pm = get_plugin_manager(load_entrypoints=False, agency_folders=[tmp_path])
    assert not pm.load_problems
    found = agencies(pm)
    assert list(found) == ["kalteng"]
    agency = found["kalteng"]
    # No distribution installed it; its path is kept apart, out of every JSON.
    assert agency.plugin == "data:kalteng" and agency.distribution is None
    assert agency.data_folder == str(tmp_path / "kalteng")
    assert agency.info == get_agency("kalteng").info
    assert agency.sops == get_agency("kalteng").sops


def test_find_folders_takes_a_folder_or_a_directory_of_folders(tmp_path: Path) -> None:
    """A directory holding agency.json is one folder; otherwise its children that hold one."""
    a = copy_folder("kasn", tmp_path)
    b = copy_folder("kalbar", tmp_path)
    (tmp_path / "not-an-agency").mkdir()
    assert find_folders(tmp_path) == [b, a]
    assert find_folders(a) == [a]
    assert find_folders(tmp_path / "missing") == []


def test_the_digest_changes_with_any_byte_of_the_data(tmp_path: Path) -> None:
    """The sha256 of a folder is stable, and changes when one byte of its data does."""
    folder = copy_folder("kasn", tmp_path)
    first = folder_digest(folder)
    assert first == folder_digest(folder) and len(first) == 64
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert folder_digest(folder) == first  # what an install leaves behind is not data
    text = (folder / "sop.json").read_text(encoding="utf-8")
    (folder / "sop.json").write_text(text.replace("KASN", "KASM", 1), encoding="utf-8")
    assert folder_digest(folder) != first


# --- errors name the file and the JSON path ------------------------------------------------------


BROKEN = [
    ("format", lambda d: d.update(format="2"), "format"),
    ("no agency", lambda d: d.pop("agency"), "agency"),
    ("bad zone", lambda d: d["agency"].update(timezone="Asia/Atlantis"), "agency.timezone"),
    ("bad code", lambda d: d["agency"].update(code="Kal Teng"), "agency.code"),
    ("unknown key", lambda d: d.update(logo="x.png"), "logo"),
    (
        "document step as text",
        lambda d: d["documents"][1].update(produced_by_steps=["dua"]),
        "documents[1].produced_by_steps[0]",
    ),
    (
        "rendering of nothing",
        lambda d: d["renderings"][0].update(template=None, not_rendered=None),
        "renderings[0]",
    ),
    ("sop outside", lambda d: d.update(sops=["../sop.json"]), "sops"),
    ("sop missing", lambda d: d.update(sops=["lain.json"]), "sops[0]"),
    (
        "calendar day off without decree",
        lambda d: d.update(
            calendar={"timezone": "Asia/Pontianak", "extra_days_off": [{"date": 5}]}
        ),
        "calendar.extra_days_off[0]",
    ),
]


@pytest.mark.parametrize(("what", "change", "path"), BROKEN, ids=[b[0] for b in BROKEN])
def test_every_error_names_the_file_and_the_json_path(
    tmp_path: Path, what: str, change: Any, path: str
) -> None:
    """A broken agency.json is an InputError naming agency.json and the offending path."""
    folder = copy_folder("kalteng", tmp_path)
    edit(folder, AGENCY_FILE, change)
    with pytest.raises(InputError) as caught:
        load_agency_folder(folder)
    assert caught.value.source == str(folder / AGENCY_FILE)
    paths = [p.path for p in caught.value.problems]
    assert any(p == path or p.startswith((path + ".", path + "[")) for p in paths), paths


def test_an_error_in_the_sop_names_the_sop_file(tmp_path: Path) -> None:
    """A broken sop.json of a folder is an InputError naming sop.json and the path."""
    folder = copy_folder("kalteng", tmp_path)
    edit(folder, "sop.json", lambda d: d["steps"][0].update(number="satu"))
    with pytest.raises(InputError) as caught:
        load_agency_folder(folder)
    assert caught.value.source.endswith("sop.json")
    assert any(p.path.startswith("steps[0].number") for p in caught.value.problems)


def test_a_broken_folder_is_a_plugin_problem_and_the_others_load(tmp_path: Path) -> None:
    """One unreadable folder of a directory is a PluginError naming it; the others register."""
    copy_folder("kasn", tmp_path)
    bad = copy_folder("kalbar", tmp_path)
    edit(bad, AGENCY_FILE, lambda d: d["agency"].update(trigger="sometimes"))
    pm = get_plugin_manager(load_entrypoints=False, agency_folders=[tmp_path])
    assert list(agencies(pm)) == ["kasn"]
    (problem,) = pm.load_problems
    assert problem.plugin == str(bad)
    assert "agency.trigger" in problem.render("en")
    assert problem in plugin_problems(pm)


def test_the_same_agency_in_two_folders_loads_once(tmp_path: Path) -> None:
    """A second folder of an agency code already loaded is refused, naming the first."""
    copy_folder("kasn", tmp_path / "a")
    copy_folder("kasn", tmp_path / "b")
    pm = get_plugin_manager(load_entrypoints=False, agency_folders=[tmp_path / "a", tmp_path / "b"])
    assert list(agencies(pm)) == ["kasn"]
    (problem,) = pm.load_problems
    assert "already loaded" in problem.render("en")


# --- the reference page -------------------------------------------------------------------------


def test_the_reference_page_is_generated_from_the_schema() -> None:
    """docs/agency-data.md is what tools/agency_reference.py writes from the schema."""
    assert agency_reference.PAGE.read_text(encoding="utf-8") == agency_reference.page(), (
        "run python tools/agency_reference.py"
    )


@pytest.mark.parametrize("code", sorted(FOLDERS))
def test_the_shipped_agency_json_validates_against_the_schema(code: str) -> None:
    """Each shipped agency.json is valid against docs/schemas/agency-data.json."""
    from uji_konsekuensi.schemas import validate

    validate("agency-data", json.loads((FOLDERS[code] / AGENCY_FILE).read_text(encoding="utf-8")))


# --- a service serves a folder dropped into its directory ----------------------------------------


def test_a_fifth_agency_dropped_into_a_running_service_is_served(tmp_path: Path) -> None:
    """`serve --agencies DIR`: a folder added while the service runs is found on the first
    request naming it after the rescan interval, and its cases are checked over HTTP."""
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    from uji_konsekuensi.service.testing import call_json, running_service

    directory = tmp_path / "agencies"
    directory.mkdir()
    env = {"UJI_KONSEKUENSI_AGENCIES_RESCAN": "0.5"}
    with running_service(env=env, args=("--agencies", str(directory))) as url:
        status, _ = call_json("GET", url + "/v1/agencies/kalteng-bkd")
        assert status == 404
        folder = copy_folder("kalteng", directory / "drop")
        folder = folder.rename(directory / "kalteng-bkd")
        edit(folder, AGENCY_FILE, lambda d: d["agency"].update(code="kalteng-bkd"))
        time.sleep(0.6)
        status, contract = call_json("GET", url + "/v1/agencies/kalteng-bkd")
        assert status == 200, contract
        assert contract["agency"]["code"] == "kalteng-bkd"
        case = json.loads((ROOT / "examples/cases/kalteng.case.json").read_text(encoding="utf-8"))
        case["agency"] = "kalteng-bkd"
        status, report = call_json("POST", url + "/v1/check", case)
        assert status == 200, report
        (checked,) = report["cases"]
        assert (checked["agency"], checked["outcome"]) == ("kalteng-bkd", "compliant")
        assert not [r for r in checked["rules_run"] if r["origin"] == "agency"]


@pytest.fixture
def only_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The default manager loads no installed agency, only the folders of a fresh directory."""
    from uji_konsekuensi import plugins

    directory = tmp_path / "agencies"
    directory.mkdir()
    monkeypatch.setenv("UJI_KONSEKUENSI_PLUGINS", "")
    monkeypatch.setenv("UJI_KONSEKUENSI_AGENCIES", str(directory))
    plugins.reset()
    yield directory
    monkeypatch.undo()
    plugins.reset()


def test_editing_a_lane_mapping_changes_the_actor_checks(only_folders: Path) -> None:
    """The role agency.json maps a lane to decides who may run its steps: the example case
    is compliant, and once the Atasan PPID's lane is mapped to the PPID its step 2 is not."""
    from uji_konsekuensi import plugins
    from uji_konsekuensi.case import check_case, load_case

    folder = copy_folder("kalteng", only_folders)
    case = load_case(ROOT / "examples/cases/kalteng.case.json")
    before = check_case(case)
    assert before.ok and not [f for f in before.findings if f.code.startswith("case.actor")]

    def remap(data: dict[str, Any]) -> None:
        (entry,) = [e for e in data["lanes"] if e["lane"] == "atasan-ppid"]
        entry["role"] = "ppid"

    edit(folder, AGENCY_FILE, remap)
    plugins.reset()
    after = check_case(case)
    wrong = [f for f in after.findings if f.code == "case.actor.wrong_role"]
    assert wrong and not after.ok
    assert {f.step for f in wrong} == {2}
    assert get_agency("kalteng").sops[0].lane("atasan-ppid").role.value == "ppid"


# --- agency validate / agency test ---------------------------------------------------------------


def cli(*argv: str) -> tuple[int, str]:
    import contextlib
    import io

    from uji_konsekuensi.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


@pytest.mark.parametrize("code", sorted(FOLDERS))
def test_agency_validate_passes_the_shipped_agencies(code: str) -> None:
    """`agency validate CODE` exits 0 for each real agency, with no sop.agency.* finding, and
    its JSON validates against docs/schemas/agency-validate.json."""
    from uji_konsekuensi.schemas import validate

    status, out = cli("agency", "validate", code, "--json")
    data = json.loads(out)
    validate("agency-validate", data)
    assert status == 0 and data["valid"]
    assert data["sha256"] == folder_digest(FOLDERS[code])
    assert not [f for f in data["findings"] if f["code"].startswith("sop.agency.")]


MISMATCHES = [
    (
        "document of a missing step",
        lambda d: d["documents"][0].update(produced_by_steps=[9]),
        "sop.agency.document.step",
    ),
    (
        "required but produced by none",
        lambda d: d["documents"][1].update(produced_by_steps=[]),
        "sop.agency.document.unproduced",
    ),
    (
        "required before it is made",
        lambda d: d["documents"][0].update(produced_by_steps=[3]),
        "sop.agency.document.produced_later",
    ),
    ("trigger", lambda d: d["agency"].update(trigger="request"), "sop.agency.trigger"),
    (
        "calendar zone",
        lambda d: d.update(calendar={"timezone": "Asia/Jakarta"}),
        "sop.agency.timezone",
    ),
    ("duplicate document", lambda d: d["documents"].append(d["documents"][0]), None),
    (
        "rendering of nothing declared",
        lambda d: d["renderings"][0].update(code="rekap"),
        "sop.agency.rendering.undeclared",
    ),
    (
        "unknown template",
        lambda d: d["renderings"][1].update(template="dik-provinsi"),
        "sop.agency.rendering.template",
    ),
]


@pytest.mark.parametrize(("what", "change", "expected"), MISMATCHES, ids=[m[0] for m in MISMATCHES])
def test_agency_validate_finds_each_mismatch(
    tmp_path: Path, what: str, change: Any, expected: str | None
) -> None:
    """One change of substance to agency.json is reported by its code, and exit 1."""
    folder = copy_folder("kalteng", tmp_path)
    edit(folder, AGENCY_FILE, change)
    status, out = cli("agency", "validate", str(folder), "--json")
    data = json.loads(out)
    codes = {f["code"] for f in data["findings"]}
    assert (expected or "sop.agency.document.duplicate") in codes
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert (status, data["valid"]) == ((1, False) if errors else (0, True))
    assert errors or expected == "sop.agency.document.produced_later"  # the one warning


def test_a_template_of_the_folder_makes_the_rendering_valid(tmp_path: Path) -> None:
    """A rendering may name a template in the folder's templates/ (and then renders with it)."""
    folder = copy_folder("kalteng", tmp_path)
    edit(folder, AGENCY_FILE, lambda d: d["renderings"][1].update(template="dik-provinsi"))
    (folder / "templates").mkdir()
    (folder / "templates" / "dik-provinsi.html.j2").write_text(
        '{% extends "builtin/dik.html.j2" %}', encoding="utf-8"
    )
    status, out = cli("agency", "validate", str(folder), "--json")
    assert status == 0, out
    assert load_agency_folder(folder).uji_document_templates("kalteng") == [
        str(folder / "templates")
    ]


def test_agency_validate_of_an_unreadable_folder_exits_2_naming_file_and_path(
    tmp_path: Path,
) -> None:
    """An agency.json that breaks the schema is exit 2, naming the file and the JSON path."""
    folder = copy_folder("kalteng", tmp_path)
    edit(folder, AGENCY_FILE, lambda d: d["agency"].update(timezone="WIB"))
    status, out = cli("agency", "validate", str(folder), "--json")
    assert status == 2
    error = json.loads(out)["error"]
    assert error["file"] == str(folder / AGENCY_FILE)
    assert [p["path"] for p in error["problems"]] == ["agency.timezone"]


def test_agency_test_runs_the_contract_on_a_folder(tmp_path: Path) -> None:
    """`agency test DIR` passes a good folder (0) and fails one whose document names a step
    its SOP does not have (1), without any test file of the office's."""
    pytest.importorskip("pytest")
    good = copy_folder("kalteng", tmp_path / "good")
    status, _ = cli("agency", "test", str(good))
    assert status == 0
    bad = copy_folder("kalteng", tmp_path / "bad")
    edit(bad, AGENCY_FILE, lambda d: d["documents"][0].update(required_by_steps=[9]))
    status, _ = cli("agency", "test", str(bad))
    assert status == 1


# --- a Python plugin adds to a data agency; the audit mode refuses code -------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """--agencies and --data-only set environment variables for the process: restore them."""
    from uji_konsekuensi import plugins

    for name in (plugins.ENV_DATA_ONLY, plugins.ENV_AGENCIES):
        monkeypatch.setenv(name, "")
    plugins.reset()
    yield
    monkeypatch.undo()
    plugins.reset()


def test_a_python_plugin_adds_a_rule_to_a_data_agency_and_the_report_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plugin that registers no agency but gives a rule for a data agency's code adds to it:
    the folder stays the agency, the rule runs, and the report names it with origin agency."""
    from uji_konsekuensi import ComplianceRule, Text, plugins
    from uji_konsekuensi.case import check_case, load_case
    from uji_konsekuensi.hookspecs import hookimpl

    copy_folder("kalteng", tmp_path)
    seen: list[str] = []

    def watch(*, case: Any) -> tuple[()]:
        seen.append(case.id)
        return ()

    rule = ComplianceRule(
        code="kalteng.own",
        description=Text(id="aturan kalteng sendiri", en="kalteng's own rule"),
        check=watch,
    )

    class Extra:
        @hookimpl
        def uji_compliance_rules(self, agency_code: str) -> list[ComplianceRule] | None:
            return [rule] if agency_code == "kalteng" else None

    pm = get_plugin_manager(load_entrypoints=False, agency_folders=[tmp_path])
    pm.register(Extra(), name="kalteng-extra")
    monkeypatch.setattr(plugins, "_default", pm)
    case = load_case(ROOT / "examples/cases/kalteng.case.json")
    report = check_case(case)
    assert get_agency("kalteng").plugin == "data:kalteng"
    assert seen == [case.id]
    ran = [(r.code, r.plugin) for r in report.rules if r.origin == "agency"]
    assert ran == [("kalteng.own", "kalteng-extra")]


def test_check_data_only_gives_the_folder_and_its_sha256(clean_env: None) -> None:
    """`check --data-only`: the example case is checked from the installed folder alone, the
    report gives the folder's sha256, and no rule of an agency ran."""
    from uji_konsekuensi.schemas import validate

    status, out = cli(
        "check", str(ROOT / "examples/cases/kalteng.case.json"), "--data-only", "--json"
    )
    data = json.loads(out)
    validate("check", data)
    (case,) = data["cases"]
    assert status == 0 and case["outcome"] == "compliant"
    assert case["agency_data"] == {
        "code": "kalteng",
        "folder": FOLDERS["kalteng"].name,
        "distribution": "uji-konsekuensi-kalteng",
        "version": importlib.metadata.version("uji-konsekuensi-kalteng"),
        "sha256": folder_digest(FOLDERS["kalteng"]),
    }
    # Nothing of this machine's paths but the file named on the command line.
    assert str(ROOT) not in json.dumps({k: v for k, v in case.items() if k != "file"})
    assert not [r for r in case["rules_run"] if r["origin"] == "agency"]


def test_data_only_refuses_an_agency_that_needs_code(clean_env: None) -> None:
    """In the audit mode an agency given by a Python plugin (the template's contoh) is refused
    with a message naming the plugin and why, not silently unknown."""
    pytest.importorskip("uji_konsekuensi_contoh")
    status, out = cli("plan", "contoh", "--start", "2025-03-03", "--data-only", "--json")
    assert status == 2
    (problem,) = json.loads(out)["error"]["problems"]
    message = problem["message_en"]
    assert "needs Python code" in message and "uji-konsekuensi-contoh" in message


# --- the loader, fuzzed ---------------------------------------------------------------------------

import random  # noqa: E402

import fuzz_cases  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

AGENCY_TEXTS = [(FOLDERS[c] / AGENCY_FILE).read_text(encoding="utf-8") for c in sorted(FOLDERS)]


def mutate_agency(rng: random.Random) -> tuple[int, str]:
    """One shipped agency.json broken as fuzz_cases breaks a case file (structure or text)."""
    index = rng.randrange(len(AGENCY_TEXTS))
    text = AGENCY_TEXTS[index]
    if rng.random() < 0.7:
        data = fuzz_cases._structural(rng, json.loads(text))
        return index, json.dumps(data, ensure_ascii=False)
    return index, fuzz_cases._textual(rng, text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_a_mutated_agency_json_loads_or_is_refused_naming_the_file(seed: int) -> None:
    """A broken agency.json is a loaded agency (whose validation and registration then work) or
    an InputError naming agency.json; never another exception."""
    import tempfile

    from uji_konsekuensi.agency_data import agency_findings

    index, text = mutate_agency(random.Random(seed))
    code = sorted(FOLDERS)[index]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / code
        folder.mkdir()
        (folder / AGENCY_FILE).write_text(text, encoding="utf-8", errors="surrogatepass")
        shutil.copy(FOLDERS[code] / "sop.json", folder / "sop.json")
        try:
            loaded = load_agency_folder(folder)
        except InputError as exc:
            assert exc.source == str(folder / AGENCY_FILE) or exc.source.endswith("sop.json")
            assert exc.problems
            return
        agency_findings(
            info=loaded.info,
            sops=loaded.sops(),
            documents=loaded.documents,
            renderings=loaded.renderings,
            calendar=loaded.calendar,
            templates=loaded.templates,
        )
        pm = get_plugin_manager(load_entrypoints=False, agency_folders=[folder])
        agencies(pm)
        plugin_problems(pm)


def test_from_an_sop_document_to_a_checked_case_without_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    """docs/plugins.md, the data path: sop import into CODE/sop.json, plugin new completes the
    folder in place, agency validate passes, sample writes a case of it and check finds it
    compliant, all from the folder (--agencies), and no Python file is written."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kalteng-bkd").mkdir()
    seed = str(ROOT / "docs/sources/seeds/kalteng.txt")
    answers = str(ROOT / "tests/data/sop_import/answers/kalteng.json")
    assert cli("sop", "import", seed, "--answers", answers, "-o", "kalteng-bkd/sop.json")[0] == 0
    name = "Badan Kepegawaian Daerah Provinsi Kalimantan Tengah"
    new = ["plugin", "new", "kalteng-bkd", "--name", name, "--timezone", "Asia/Pontianak"]
    assert cli(*new, "--sop", "kalteng-bkd/sop.json")[0] == 0
    assert sorted(p.name for p in (tmp_path / "kalteng-bkd").iterdir()) == [
        AGENCY_FILE,
        "sop.json",
    ]
    assert cli("agency", "validate", "kalteng-bkd")[0] == 0
    sample = ["sample", "kalteng-bkd", "--start", "2025-03-03", "-o", "case.json"]
    assert cli(*sample, "--agencies", ".")[0] == 0
    status, out = cli("check", "case.json", "--agencies", ".", "--json")
    assert status == 0, out
    assert json.loads(out)["cases"][0]["outcome"] == "compliant"
    assert not list(tmp_path.rglob("*.py"))


# --- the contract lists every document kind a case may carry -------------------------------------


def _case_kinds() -> dict[str, set[str]]:
    """Every document kind each agency's example cases use, violations included."""
    kinds: dict[str, set[str]] = {}
    for path in sorted((ROOT / "examples" / "cases").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("documents"), list):
            found = kinds.setdefault(data["agency"], set())
            found.update(d["kind"] for d in data["documents"] if isinstance(d, dict))
    return kinds


def test_every_document_kind_of_every_example_case_is_in_its_agencys_contract() -> None:
    """`agencies CODE --format json` and GET /v1/agencies/{code} list each kind a case of the
    agency carries (the requester's identity among them), so a portal can offer it; the ones
    the core adds say so (``declared_by: core``) and are produced and required by no step."""
    pytest.importorskip("starlette")
    from uji_konsekuensi.case.check_settings import COMMON_DOCUMENT_KINDS
    from uji_konsekuensi.case.instruments import GENERIC_PENETAPAN_KIND
    from uji_konsekuensi.service.testing import call_json, running_service

    assert GENERIC_PENETAPAN_KIND in {kind.code for kind, _ in COMMON_DOCUMENT_KINDS}
    kinds = _case_kinds()
    assert set(kinds) == set(FOLDERS) and "identitas-pemohon" in kinds["kalbar"]
    with running_service() as url:
        for code, used in sorted(kinds.items()):
            status, out = cli("agencies", code, "--format", "json")
            listed = {d["code"]: d for d in json.loads(out)["documents"]}
            assert status == 0 and used <= set(listed), (code, sorted(used - set(listed)))
            http_status, served = call_json("GET", f"{url}/v1/agencies/{code}")
            assert http_status == 200 and {d["code"] for d in served["documents"]} == set(listed)
            for d in listed.values():
                if d["declared_by"] == "core":
                    assert d["produced_by"] == [] and d["required_by"] == [] and d["basis"]
    kalbar = json.loads(cli("agencies", "kalbar", "--json")[1])["documents"]
    assert {d["code"]: d["declared_by"] for d in kalbar}["identitas-pemohon"] == "core"
    periodic = {d["code"] for d in json.loads(cli("agencies", "kalteng", "--json")[1])["documents"]}
    assert "identitas-pemohon" not in periodic  # a periodic round has no requester
