"""The case checker's finding codes (`uji_konsekuensi.case.codes`) against what it gives.

Every finding the checker gives on the test data has its code in the table, with a severity the
table declares; every code of the table is given by some case of the test data; and the rules
build their findings from the table, never from a code written in place.

The test data: the example cases (examples/cases and its violations, the cases of
tests/test_findings_snapshot.py) and the cases tests/test_case_check.py builds. The examples give
17 of the codes; the others come from that module's hand-built cases, so its tests are replayed
here with the checker recording every finding (the hypothesis tests, which generate compliant
cases, and the tests needing a fixture are left out).
"""

from __future__ import annotations

import ast
import inspect
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.case import CheckSettings, Report, check_case, load_case
from uji_konsekuensi.case.codes import CODES
from uji_konsekuensi.findings import Finding

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
RULE_MODULES = ("flow", "clock", "sop_checks", "law_checks", "cached", "paths", "due")

sys.path.insert(0, str(ROOT / "tests"))

import test_case_check as builders  # noqa: E402 - the module whose cases are replayed


def example_findings() -> dict[str, tuple[Finding, ...]]:
    """Each example case (the snapshot's files) → its findings."""
    paths = sorted(CASES.glob("*.json")) + sorted((CASES / "violations").glob("*.json"))
    assert len(paths) > 4
    return {str(p.relative_to(ROOT)): check_case(load_case(p)).findings for p in paths}


def _calls(test: Callable[..., Any]) -> Iterator[tuple[Any, ...]]:
    """The argument tuples pytest would call a test with: none, or its parametrize values
    (one name); nothing for a test needing a fixture."""
    params = list(inspect.signature(test).parameters)
    if not params:
        yield ()
        return
    for mark in getattr(test, "pytestmark", []):
        if mark.name == "parametrize" and [mark.args[0]] == params:
            for value in mark.args[1]:
                yield (value,)


@pytest.fixture(scope="module")
def builder_findings() -> dict[str, list[Finding]]:
    """Each test of tests/test_case_check.py → the findings of the cases it checked."""
    found: dict[str, list[Finding]] = {}
    current: list[Finding] = []

    def recording(case: Any, settings: CheckSettings | None = None) -> Report:
        report = check_case(case, settings)
        current.extend(report.findings)
        return report

    with pytest.MonkeyPatch.context() as mp:
        # The module's own `check_case` records codes for its last test: replaced here, so
        # replaying its tests leaves that record alone.
        mp.setattr(builders, "check_case", recording)
        for name, test in sorted(vars(builders).items()):
            if not name.startswith("test_") or hasattr(test, "hypothesis"):
                continue
            for args in _calls(test):
                current.clear()
                test(*args)
                found.setdefault(name, []).extend(current)
    assert len(found) > 50, "tests/test_case_check.py: its tests were not found"
    return found


def _undeclared(findings: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(where, code, severity) of every finding whose code or severity the table lacks; the
    records' own findings (``harm.*``, ``law.*``, from harm.validate) belong to docs/harm.md."""
    bad = []
    for where, items in findings.items():
        for f in items:
            if f.code.startswith(("harm.", "law.")):
                continue
            entry = CODES.get(f.code)
            if entry is None or f.severity not in (entry.severity, *entry.also):
                bad.append((where, f.code, f.severity.value))
    return bad


def test_every_finding_of_the_examples_is_declared() -> None:
    """Each finding of the example cases has its code in the table, with a declared severity."""
    assert _undeclared(example_findings()) == []


def test_every_finding_of_the_built_cases_is_declared(
    builder_findings: dict[str, list[Finding]],
) -> None:
    """Each finding of the cases tests/test_case_check.py builds has its code in the table,
    with a declared severity."""
    assert _undeclared(builder_findings) == []


def test_every_declared_code_is_given_by_a_case(
    builder_findings: dict[str, list[Finding]],
) -> None:
    """No code of the table is unreachable: each is given by an example case or by a case
    tests/test_case_check.py builds."""
    given = {f.code for items in example_findings().values() for f in items}
    given |= {f.code for items in builder_findings.values() for f in items}
    assert sorted(set(CODES) - given) == []


def test_the_rules_build_findings_from_the_table() -> None:
    """The rule modules write no ``case.*`` code and build no `Finding` themselves: each
    finding comes from calling its code's `FindingCode`."""
    for name in RULE_MODULES:
        path = ROOT / "src" / "uji_konsekuensi" / "case" / f"{name}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = node.value.split(".")
                assert not (words[0] == "case" and len(words) == 3 and " " not in node.value), (
                    f"{name}.py:{node.lineno} writes the code {node.value!r}"
                )
            if isinstance(node, ast.Call):
                called = ast.unparse(node.func)
                assert called not in {"Finding", "Finding.of"}, (
                    f"{name}.py:{node.lineno} builds a Finding without its code's table entry"
                )
