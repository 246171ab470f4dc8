"""A pytest plugin: an agency's case files become tests, failing with their findings.

Installed with the package (entry point ``pytest11``: ``uji_konsekuensi =
"uji_konsekuensi.pytest_plugin"``), so an agency's test suite needs no conftest. Two ways to point
pytest at case files:

- name them ``*.case.json``: pytest collects each one it meets under the paths it searches
  (``pytest``, ``pytest kasus/``), like a test module;
- or name a folder (or file) with ``--uji-cases=PATH`` (repeatable) or the ini option
  ``uji_cases`` (one path per line, relative to the rootdir): every ``*.json`` under it
  (recursively) becomes a test, whatever its name.

Each case file is one test item named after the file. It passes when `check_case` finds no
error; it fails with the findings (code, step, message in Bahasa Indonesia, English with
``UJI_KONSEKUENSI_LANG=en``, and the rule enforced). ``--uji-strict`` (ini ``uji_strict = true``)
fails on warnings too. A file that cannot be read fails with every problem and its JSON path; a
failure inside the library fails as an internal error (never as findings). A case still in
progress with nothing wrong so far passes (its outcome is recorded as the ``uji_outcome`` user
property); ``--uji-require-closed`` (ini ``uji_require_closed = true``) fails it too.

For an agency's own tests: ``assert_compliant(case_or_path)`` raises `AssertionError` carrying
the rendered report, and returns the `Report` otherwise::

    from uji_konsekuensi.pytest_plugin import assert_compliant

    def test_case_2025_017_complies():
        assert_compliant("kasus/2025-017.json")
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from .case import Case, CheckSettings, Report, check_case, load_case
from .errors import InputError, InternalError, UjiKonsekuensiError
from .findings import Severity
from .i18n import current_language

__all__ = ["CaseFile", "CaseItem", "CaseNotClosed", "CaseNotCompliant", "assert_compliant"]

SUFFIX = ".case.json"


class CaseNotCompliant(AssertionError):
    """A case has error findings (or warnings, in strict mode); carries the `Report`."""

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__(report.render())


class CaseNotClosed(AssertionError):
    """With ``--uji-require-closed``: a case with nothing wrong so far that is not finished."""

    def __init__(self, report: Report) -> None:
        self.report = report
        name = report.source or report.case_id
        if current_language() == "en":
            text = f"{name}: in progress (the case has not reached the end of its SOP)"
        else:
            text = f"{name}: masih berjalan (kasus belum mencapai akhir SOP-nya)"
        super().__init__(text)


def _failing(report: Report, strict: bool) -> bool:
    # A case a plugin's rule failed on is not fully checked: it never passes.
    return not report.ok or bool(report.failures) or (strict and report.count(Severity.WARNING) > 0)


def assert_compliant(
    case: Case | str | os.PathLike[str] | Mapping[str, Any],
    *,
    strict: bool = False,
    settings: CheckSettings | None = None,
) -> Report:
    """Check a case (a `Case`, a case file path or a dict) and fail unless it complies.

    Raises `CaseNotCompliant` (an `AssertionError`) whose message is the report: every finding
    with its code, step, message and basis. ``strict``: warnings fail too. Returns the `Report`
    of a compliant case (it may still hold warnings and notes).
    """
    source: str | None = None
    if not isinstance(case, Case):
        source = "<case>" if isinstance(case, Mapping) else str(case)
        case = load_case(case)
    report = check_case(case, settings, source=source)
    if _failing(report, strict):
        raise CaseNotCompliant(report)
    return report


# --- the plugin ------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("uji-konsekuensi", "uji-konsekuensi case files")
    group.addoption(
        "--uji-cases",
        action="append",
        default=[],
        metavar="PATH",
        help="check every *.json under PATH as a case file (repeatable)",
    )
    group.addoption(
        "--uji-strict",
        action="store_true",
        default=None,
        help="case files with warnings fail too",
    )
    parser.addini("uji_cases", "folders or files of case JSON to check", type="paths", default=[])
    parser.addini("uji_strict", "case files with warnings fail too", type="bool", default=False)
    group.addoption(
        "--uji-require-closed",
        action="store_true",
        default=None,
        help="case files still in progress fail too (an audit of finished work)",
    )
    parser.addini(
        "uji_require_closed",
        "case files still in progress fail too",
        type="bool",
        default=False,
    )


def _strict(config: pytest.Config) -> bool:
    option = config.getoption("uji_strict")
    return bool(option) if option is not None else bool(config.getini("uji_strict"))


def _require_closed(config: pytest.Config) -> bool:
    option = config.getoption("uji_require_closed")
    return bool(option) if option is not None else bool(config.getini("uji_require_closed"))


def _case_paths(config: pytest.Config) -> list[Path]:
    roots = [Path(p) for p in config.getoption("uji_cases")]
    roots += [Path(p) for p in config.getini("uji_cases")]
    files: list[Path] = []
    for root in roots:
        if not root.is_absolute():
            root = Path(config.invocation_params.dir) / root
        if root.is_dir():
            files.extend(sorted(p for p in root.rglob("*.json") if p.is_file()))
        else:
            files.append(root)
    return files


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> CaseFile | None:
    if file_path.name.endswith(SUFFIX):
        return CaseFile.from_parent(parent, path=file_path)
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Add the files named by ``--uji-cases`` / ``uji_cases`` (before -k and -m select)."""
    seen = {item.path.resolve() for item in items if isinstance(item, CaseItem)}
    for path in _case_paths(config):
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        items.extend(CaseFile.from_parent(session, path=path).collect())


class CaseFile(pytest.File):
    """A case file: one test item."""

    def collect(self) -> Iterator[CaseItem]:
        yield CaseItem.from_parent(self, name=self.path.name)


class CaseItem(pytest.Item):
    """Checking one case file: fails with its findings."""

    def runtest(self) -> None:
        try:
            case = load_case(self.path)
            report = check_case(case, source=str(self.path))
        except UjiKonsekuensiError:
            raise
        except Exception as exc:  # a bug in the library: say so, never as a finding
            raise InternalError(str(self.path), exc) from exc
        self.user_properties.append(("uji_findings", len(report.findings)))
        self.user_properties.append(("uji_outcome", report.outcome))
        if _failing(report, _strict(self.config)):
            raise CaseNotCompliant(report)
        if not report.closed and _require_closed(self.config):
            raise CaseNotClosed(report)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        lang = current_language()
        if isinstance(excinfo.value, CaseNotCompliant):
            return excinfo.value.report.render(lang)
        if isinstance(excinfo.value, InputError | InternalError):
            return excinfo.value.render(lang)
        if isinstance(excinfo.value, CaseNotClosed):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"uji-konsekuensi case {self.path.name}"
