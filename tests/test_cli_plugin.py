"""``uji-konsekuensi plugin new``: a complete plugin distribution from an SOP file, generated
from the same templates as examples/agency-plugin, installable and passing its contract tests."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi.cli import main
from uji_konsekuensi.sop.importer import import_sop

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "agency-plugin"
SEEDS = ROOT / "docs" / "sources" / "seeds"
ANSWERS = Path(__file__).parent / "data" / "sop_import" / "answers"

#: The shipped agencies' official names and zones, as an agency developer passes them.
AGENCIES = {
    "kasn": ("Komisi Aparatur Sipil Negara", "Asia/Jakarta"),
    "kutai-timur": (
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Kutai Timur",
        "Asia/Makassar",
    ),
    "kalbar": ("Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat", "Asia/Pontianak"),
    "kalteng": ("Badan Kepegawaian Daerah Provinsi Kalimantan Tengah", "Asia/Pontianak"),
}
NAMES = {
    **AGENCIES,
    "contoh": ("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Asia/Jayapura"),
}


def _new(tmp_path: Path, code: str, sop: Path, *extra: str) -> tuple[int, Path]:
    target = tmp_path / f"uji-konsekuensi-{code}"
    name, zone = NAMES.get(code.removeprefix("impor-"), ("Dinas Contoh", "Asia/Jakarta"))
    args = ["plugin", "new", code, "--name", name, "--timezone", zone, "--sop", str(sop)]
    return main([*args, "-o", str(target), "--python", *extra]), target


def test_example_plugin_is_generated_from_the_same_templates(tmp_path: Path) -> None:
    """The template plugin's pyproject.toml, __init__.py, py.typed and contract tests are exactly
    what `plugin new contoh` writes: the generator and the template cannot drift."""
    sop = EXAMPLE / "src" / "uji_konsekuensi_contoh" / "sop.json"
    description = (
        "uji-konsekuensi plugin for the FICTIONAL Dinas Komunikasi dan Informatika Kabupaten "
        "Contoh (template for agency plugins)."
    )
    code, target = _new(tmp_path, "contoh", sop, "--description", description)
    assert code == 0
    for rel in (
        "pyproject.toml",
        "src/uji_konsekuensi_contoh/__init__.py",
        "src/uji_konsekuensi_contoh/py.typed",
        "tests/test_contract.py",
    ):
        assert (target / rel).read_text() == (EXAMPLE / rel).read_text(), rel


def test_generated_plugin_has_every_part_and_no_build_leftovers(tmp_path: Path) -> None:
    """The distribution holds pyproject (both entry points), README, the agency folder
    (agency.json, sop.json as given), the rules module, py.typed and the contract tests, and
    nothing else (no build/ or egg-info)."""
    final = tmp_path / "sop.json"
    result = import_sop(SEEDS / "kalteng.txt", answers=ANSWERS / "kalteng.json")
    import json

    final.write_text(json.dumps(result.data, ensure_ascii=False, indent=2), encoding="utf-8")
    code, target = _new(tmp_path, "impor-kalteng", final, "--trigger", "periodic")
    assert code == 0
    files = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    package = "src/uji_konsekuensi_impor_kalteng"
    assert files == sorted(
        [
            "README.md",
            "pyproject.toml",
            f"{package}/__init__.py",
            f"{package}/agency.json",
            f"{package}/plugin.py",
            f"{package}/py.typed",
            f"{package}/sop.json",
            "tests/test_contract.py",
        ]
    )
    pyproject = (target / "pyproject.toml").read_text()
    assert 'impor-kalteng = "uji_konsekuensi_impor_kalteng.plugin"' in pyproject
    assert '[project.entry-points."uji_konsekuensi.agencies"]\nimpor-kalteng = ' in pyproject
    assert (target / package / "sop.json").read_text() == final.read_text()
    compile((target / package / "plugin.py").read_text(), "plugin.py", "exec")


def test_sop_with_an_error_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A draft whose lanes and actors are undecided has error findings: exit 1, no directory."""
    draft = tmp_path / "draft.json"
    import json

    draft.write_text(json.dumps(import_sop(SEEDS / "kasn.txt").data), encoding="utf-8")
    code, target = _new(tmp_path, "impor-kasn", draft, "--trigger", "periodic")
    assert code == 1 and not target.exists()
    assert "sop.step.actor.missing" in capsys.readouterr().err


def test_bad_code_trigger_or_target_exit_2(tmp_path: Path) -> None:
    """An invalid agency code, a trigger that contradicts the SOP, or a non-empty target
    directory are input errors (exit 2); nothing is overwritten."""
    sop = EXAMPLE / "src" / "uji_konsekuensi_contoh" / "sop.json"
    assert _new(tmp_path, "Bad Code", sop)[0] == 2
    assert _new(tmp_path, "contoh", sop, "--trigger", "periodic")[0] == 2
    busy = tmp_path / "uji-konsekuensi-contoh"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    assert _new(tmp_path, "contoh", sop)[0] == 2
    assert (busy / "keep.txt").read_text() == "mine"


@pytest.fixture(scope="module")
def fresh_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment. The core and its dependencies come from the environment
    running the tests (a .pth line adds its site-packages), so nothing is downloaded; only the
    generated plugins are installed into it."""
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(home)
    python = home / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = sysconfig.get_paths()["purelib"]
    Path(site, "_uji_konsekuensi_dev.pth").write_text(f"import site; site.addsitedir({ours!r})\n")
    return python


def test_plugins_generated_from_the_seeds_install_and_pass_their_contract(
    tmp_path: Path, fresh_python: Path
) -> None:
    """For each seed: import, apply the answers file, `plugin new`, pip install the result into
    a fresh venv and run its generated contract tests there: they pass without any edit."""
    import json

    targets = []
    for agency in AGENCIES:
        result = import_sop(SEEDS / f"{agency}.txt", answers=ANSWERS / f"{agency}.json")
        sop = tmp_path / f"{agency}.json"
        sop.write_text(json.dumps(result.data, ensure_ascii=False, indent=2), encoding="utf-8")
        code, target = _new(tmp_path, f"impor-{agency}", sop)
        assert code == 0
        targets.append(target)
    install = [str(fresh_python), "-m", "pip", "install", "-q", "--no-deps", "--no-index"]
    install += ["--no-build-isolation", *map(str, targets)]
    done = subprocess.run(install, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    env = dict(os.environ, UJI_KONSEKUENSI_PLUGINS=",".join(f"impor-{a}" for a in AGENCIES))
    tests = [str(t / "tests") for t in targets]
    run = subprocess.run(
        [
            str(fresh_python),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--import-mode=importlib",
            *tests,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
    # docs/plugins.md step 5: a sample case of the generated plugin is found compliant.
    cli = [str(fresh_python), "-m", "uji_konsekuensi"]
    case = tmp_path / "case.json"
    sample = [*cli, "sample", "impor-kalteng", "--start", "2025-03-03", "-o", str(case)]
    for command in (sample, [*cli, "check", str(case)]):
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    # The plugins were installed into the fresh environment, not found in the source tree.
    where = subprocess.run(
        [str(fresh_python), "-c", "import uji_konsekuensi_impor_kalteng as m; print(m.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert str(fresh_python.parent.parent) in where.stdout, sys.prefix


def test_the_guide_walkthrough_on_the_kalteng_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/plugins.md, "From an SOP document to a tested plugin", steps 1-3 as written there:
    the import leaves 8 decisions (exit 1), the answers settle them (exit 0), validate passes
    (exit 0) and plugin new writes uji-konsekuensi-kalteng-bkd/ (exit 0)."""
    monkeypatch.chdir(ROOT)
    sop, review = tmp_path / "sop.json", tmp_path / "review.md"
    seed = "docs/sources/seeds/kalteng.txt"
    assert main(["sop", "import", seed, "-o", str(sop), "--report", str(review)]) == 1
    assert "8 hal perlu diputuskan" in review.read_text(encoding="utf-8")
    answers = "tests/data/sop_import/answers/kalteng.json"
    assert main(["sop", "import", seed, "--answers", answers, "-o", str(sop), "--force"]) == 0
    assert main(["sop", "validate", str(sop)]) == 0
    assert main(["sop", str(sop), "--notes"]) == 0
    target = tmp_path / "uji-konsekuensi-kalteng-bkd"
    name = "Badan Kepegawaian Daerah Provinsi Kalimantan Tengah"
    new = ["plugin", "new", "kalteng-bkd", "--name", name, "--timezone", "Asia/Pontianak"]
    assert main([*new, "--sop", str(sop), "-o", str(target), "--python"]) == 0
    assert (target / "tests" / "test_contract.py").is_file()
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    assert "exit 1: the draft is written, 8 decisions are left" in guide


@settings(max_examples=20, deadline=None)
@given(
    code=st.one_of(st.text(max_size=10), st.sampled_from(["contoh", "dinas-x"])),
    name=st.text(max_size=20),
    zone=st.one_of(st.text(max_size=12), st.sampled_from(["Asia/Jayapura", "Europe/Paris"])),
)
def test_any_agency_data_writes_a_plugin_or_exits_2(code: str, name: str, zone: str) -> None:
    """Whatever CODE, --name and --timezone say, `plugin new` writes a plugin (exit 0) or exits
    2 with a message; never a traceback."""
    import contextlib
    import io
    import tempfile

    sop = EXAMPLE / "src" / "uji_konsekuensi_contoh" / "sop.json"
    err = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "out"
        args = ["plugin", "new", code, "--name", name, "--timezone", zone, "--sop", str(sop)]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            result = main([*args, "-o", str(target), "--python"])
            folder = main([*args, "-o", str(target.with_name("folder"))])
        assert result in (0, 2) and folder == result
        assert (result == 0) == (target / "pyproject.toml").is_file()
        assert (result == 0) == (target.with_name("folder") / "agency.json").is_file()
    assert "Traceback" not in err.getvalue()
