"""The example cases give the same findings (codes, fields, steps) as the committed snapshot.

A refactoring of the rules (issue 10: one rule mechanism, names and modules) must not change what
the checker says about a case. tests/data/findings_snapshot.json records, for every example case
and every example violation, the sorted (code, field, step, severity) of its findings. To change
it on purpose: ``python tests/test_findings_snapshot.py --write``, and say why in the commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "findings_snapshot.json"
CASES = ROOT / "examples" / "cases"


def current() -> dict[str, Any]:
    from uji_konsekuensi.case import check_case, load_case

    out: dict[str, Any] = {}
    for path in sorted(CASES.glob("*.json")) + sorted((CASES / "violations").glob("*.json")):
        report = check_case(load_case(path))
        out[str(path.relative_to(ROOT))] = {
            "outcome": report.outcome,
            "findings": sorted(
                [f.code, f.field, f.step, f.severity.value] for f in report.findings
            ),
        }
    return out


def test_findings_equal_the_snapshot() -> None:
    """Every example case gives exactly the findings recorded in the snapshot."""
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    now = current()
    assert sorted(now) == sorted(recorded)
    for name in recorded:
        assert now[name] == recorded[name], name


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    SNAPSHOT.write_text(json.dumps(current(), indent=1, ensure_ascii=False) + "\n", "utf-8")
