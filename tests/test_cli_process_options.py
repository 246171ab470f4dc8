"""``--agencies`` and ``--data-only`` hold for one call of `main`: a program (or a test) that
calls the command line twice in one process does not carry the first call's folders or audit
mode into the second."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
from pathlib import Path

import pytest
import uji_konsekuensi_kalteng

from uji_konsekuensi.agency import plugin_problems
from uji_konsekuensi.cli import main
from uji_konsekuensi.plugins import ENV_AGENCIES, ENV_DATA_ONLY

SOURCE = Path(uji_konsekuensi_kalteng.__file__).parent


def _folder(root: Path, code: str) -> Path:
    folder = root / code
    folder.mkdir(parents=True)
    for name in ("agency.json", "sop.json"):
        shutil.copy(SOURCE / name, folder / name)
    agency = json.loads((folder / "agency.json").read_text("utf-8"))
    agency["agency"]["code"] = code
    agency["agency"]["name"] = "Badan Uji Proses"
    (folder / "agency.json").write_text(json.dumps(agency), "utf-8")
    return root


def _run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(args)
    return code, out.getvalue()


def test_a_folder_given_to_one_call_is_gone_after_it(tmp_path: Path) -> None:
    before = os.environ.get(ENV_AGENCIES)
    root = _folder(tmp_path / "a", "uji-proses")
    code, out = _run(["--agencies", str(root), "agencies", "--json"])
    assert code == 0 and "uji-proses" in out
    assert os.environ.get(ENV_AGENCIES) == before
    code, out = _run(["agencies", "--json"])
    assert code == 0 and "uji-proses" not in out


def test_two_calls_with_two_folders_of_one_code_load_without_a_problem(tmp_path: Path) -> None:
    for name in ("a", "b"):
        root = _folder(tmp_path / name, "uji-proses")
        code, out = _run(["--agencies", str(root), "agencies", "--json"])
        assert code == 0 and "uji-proses" in out
    assert not [p.render("en") for p in plugin_problems()]


def test_the_audit_mode_of_one_call_is_gone_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_ONLY, raising=False)
    code, _ = _run(["--data-only", "agencies", "--json"])
    assert code == 0
    assert ENV_DATA_ONLY not in os.environ


def test_an_environment_set_before_the_call_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _folder(tmp_path / "a", "uji-proses")
    monkeypatch.setenv(ENV_AGENCIES, str(root))
    code, _ = _run(["--agencies", str(_folder(tmp_path / "b", "uji-lain")), "agencies", "--json"])
    assert code == 0
    assert os.environ[ENV_AGENCIES] == str(root)
