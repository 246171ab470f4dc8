"""The pytest plugin: case files as test items, --uji-cases, strict mode, assert_compliant."""

from __future__ import annotations

import importlib.metadata
import shutil
from pathlib import Path

import pytest

from uji_konsekuensi.case import load_case
from uji_konsekuensi.pytest_plugin import CaseNotCompliant, assert_compliant

pytest_plugins = ("pytester",)

CASES = Path(__file__).resolve().parents[1] / "examples" / "cases"
VIOLATIONS = CASES / "violations"


def _plugin_args() -> list[str]:
    """Load the plugin explicitly unless its pytest11 entry point already does."""
    for ep in importlib.metadata.entry_points(group="pytest11"):
        if ep.value == "uji_konsekuensi.pytest_plugin":
            return ["-p", "no:cacheprovider"]
    return ["-p", "uji_konsekuensi.pytest_plugin", "-p", "no:cacheprovider"]


def test_case_json_files_are_collected(pytester: pytest.Pytester) -> None:
    """*.case.json files become items: a compliant one passes, a violating one fails."""
    shutil.copy(CASES / "kasn.case.json", pytester.path / "kasn.case.json")
    shutil.copy(VIOLATIONS / "kasn-late-step.json", pytester.path / "terlambat.case.json")
    shutil.copy(VIOLATIONS / "kasn-late-step.json", pytester.path / "bukan-kasus.json")
    result = pytester.runpytest(*_plugin_args())
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*case.time.late*langkah 2*", "*terlambat.case.json*"])


def test_uji_cases_option_collects_a_folder(pytester: pytest.Pytester) -> None:
    """--uji-cases=DIR makes every *.json under it a test, whatever its name."""
    folder = pytester.path / "kasus"
    (folder / "2025").mkdir(parents=True)
    shutil.copy(CASES / "kalteng.case.json", folder / "kalteng.json")
    shutil.copy(VIOLATIONS / "kalteng-missing-input.json", folder / "2025" / "masukan.json")
    result = pytester.runpytest(*_plugin_args(), f"--uji-cases={folder}")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*case.input.missing*"])


def test_ini_option_and_strict_mode(pytester: pytest.Pytester) -> None:
    """uji_cases in the ini file; uji_strict makes a case with warnings fail."""
    folder = pytester.path / "kasus"
    folder.mkdir()
    shutil.copy(VIOLATIONS / "kalbar-outside-office-hours.json", folder / "jam.json")
    pytester.makeini("[pytest]\nuji_cases = kasus\n")
    pytester.runpytest(*_plugin_args()).assert_outcomes(passed=1)
    pytester.makeini("[pytest]\nuji_cases = kasus\nuji_strict = true\n")
    result = pytester.runpytest(*_plugin_args())
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*case.time.outside_office_hours*"])
    pytester.makeini("[pytest]\nuji_cases = kasus\n")
    pytester.runpytest(*_plugin_args(), "--uji-strict").assert_outcomes(failed=1)


def test_unreadable_case_file_fails_with_its_problems(pytester: pytest.Pytester) -> None:
    """A case file that cannot be read fails naming the field and the known values."""
    text = (CASES / "kasn.case.json").read_text(encoding="utf-8").replace('"kasn"', '"kasm"')
    (pytester.path / "rusak.case.json").write_text(text, encoding="utf-8")
    result = pytester.runpytest(*_plugin_args())
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*agency*kasm*"])


def test_english_findings(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """UJI_KONSEKUENSI_LANG=en reports the findings in English."""
    monkeypatch.setenv("UJI_KONSEKUENSI_LANG", "en")
    shutil.copy(VIOLATIONS / "kasn-order.json", pytester.path / "urutan.case.json")
    result = pytester.runpytest(*_plugin_args())
    result.stdout.fnmatch_lines(["*Step 4 started before step 3 was completed*"])


def test_assert_compliant_in_an_agencys_own_test(pytester: pytest.Pytester) -> None:
    """assert_compliant passes a compliant case and fails with the report otherwise."""
    pytester.makepyfile(
        f"""
        from uji_konsekuensi.pytest_plugin import assert_compliant

        def test_ok():
            assert_compliant({str(CASES / "kalbar.case.json")!r})

        def test_late():
            assert_compliant({str(VIOLATIONS / "kalbar-late-notice.json")!r})
        """
    )
    result = pytester.runpytest(*_plugin_args())
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*case.notice.late*"])


def test_assert_compliant_directly() -> None:
    """assert_compliant takes a Case, a path or a dict; strict fails on warnings."""
    report = assert_compliant(load_case(CASES / "kutai-timur.case.json"))
    assert report.ok and report.findings == ()
    warned = VIOLATIONS / "kalbar-outside-office-hours.json"
    assert assert_compliant(str(warned)).ok
    with pytest.raises(CaseNotCompliant) as info:
        assert_compliant(warned, strict=True)
    assert "case.time.outside_office_hours" in str(info.value)
    with pytest.raises(AssertionError):
        assert_compliant(VIOLATIONS / "kasn-wrong-actor.json")
