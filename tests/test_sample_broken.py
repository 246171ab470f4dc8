"""`sample --broken KIND` writes the sample with one usual violation, and `check` catches it:
the office sees its checks fire before a real case does."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from uji_konsekuensi.cli import main

AGENCIES = ["kasn", "kutai-timur", "kalbar", "kalteng", "contoh"]
#: What each kind must make the checker report. "late" on an SOP whose only limits are "pada
#: jam kerja" (no due moment: Kalbar, Kutai Timur) fires the after-hours warning instead.
EXPECTED = {
    "late": {"case.time.late", "case.time.outside_office_hours"},
    "skipped": {"case.order.skipped"},
    "actor": {"case.actor.wrong_role"},
}


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def _codes(doc: object) -> set[str]:
    found: set[str] = set()
    if isinstance(doc, dict):
        if isinstance(doc.get("code"), str):
            found.add(doc["code"])
        for value in doc.values():
            found |= _codes(value)
    elif isinstance(doc, list):
        for value in doc:
            found |= _codes(value)
    return found


@pytest.mark.parametrize("kind", sorted(EXPECTED))
@pytest.mark.parametrize("code", AGENCIES)
def test_a_broken_sample_is_caught(code: str, kind: str, tmp_path: Path) -> None:
    start = "2024-03-04" if code == "kasn" else "2025-03-03"
    case = tmp_path / "case.json"
    status, _, err = _run(["sample", code, "--start", start, "--broken", kind, "-o", str(case)])
    if status == 2:  # the SOP has no step this kind can change (Kalteng: no middle process)
        assert kind == "skipped" and "--broken" in err
        return
    assert status == 0
    assert "violation written" in err or "pelanggaran yang ditulis" in err
    _, out, _ = _run(["check", "--json", str(case)])
    assert _codes(json.loads(out)) & EXPECTED[kind]


def test_the_compliant_sample_of_the_same_start_is_not_caught(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    assert _run(["sample", "kalteng", "--start", "2025-03-03", "-o", str(case)])[0] == 0
    _, out, _ = _run(["check", "--json", str(case)])
    assert not _codes(json.loads(out)) & set().union(*EXPECTED.values())
