"""The boundary guarantee, fuzzed: any input is a loaded case or an `InputError`, never a crash.

Mutated example cases (wrong types and shapes, extreme dates and numbers, controls, lone
surrogates, bidi overrides, duplicate keys, truncation; tools/fuzz_cases.py) and cases generated
from the committed JSON Schema go through `loads_case`; every case that loads is checked, its
state taken and every built-in document rendered in html, md and docx. The only allowed outcomes
are a result or a documented `UjiKonsekuensiError`. Bounded to a few seconds; the long run of
100,000 inputs is benchmarks/fuzz_boundary.py.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import fuzz_cases  # noqa: E402

from uji_konsekuensi.cli import main  # noqa: E402

TEXTS = fuzz_cases.example_texts()


def _no_crash(text: str, render: bool) -> str:
    outcome, detail = fuzz_cases.exercise(text, render=render)
    if outcome == "crash":
        raise AssertionError(f"crash {type(detail).__name__}: {detail}\ninput: {text[:500]}")
    return outcome


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_mutated_cases_load_or_are_refused(seed: int) -> None:
    """A broken case file is refused with an InputError or loads and checks; never a crash."""
    _no_crash(fuzz_cases.mutate(random.Random(seed), TEXTS), render=False)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_every_loaded_case_renders_in_every_format(seed: int) -> None:
    """A mutated case that loads also checks, states and renders html, md and docx."""
    _no_crash(fuzz_cases.mutate(random.Random(seed), TEXTS), render=True)


SCHEMA = json.loads((ROOT / "docs" / "case.schema.json").read_text(encoding="utf-8"))


#: (agency, SOP number) of the example cases: a generated case names a real one most of the time,
#: so it gets past the reference checks and into the checker.
REAL = sorted({(d["agency"], d["sop"]) for d in map(json.loads, TEXTS)})


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(fuzz_cases.from_schema(SCHEMA), st.sampled_from([None, *REAL, *REAL]))
def test_cases_generated_from_the_schema_load_or_are_refused(
    data: dict[str, object], real: tuple[str, str] | None
) -> None:
    """Whatever the JSON Schema allows goes through the same boundary without a crash."""
    if real is not None:
        data["agency"], data["sop"] = real
    _no_crash(json.dumps(data), render=True)


@pytest.mark.parametrize("value", fuzz_cases.HOSTILE, ids=repr)
def test_every_hostile_value_in_every_field_of_one_case(value: object) -> None:
    """Each hostile value put in turn in every field of the Kalbar case: load or refuse."""
    base = json.loads((ROOT / "examples" / "cases" / "kalbar.case.json").read_text("utf-8"))
    paths = list(fuzz_cases._paths(base))[1:]
    for path in paths[:: max(1, len(paths) // 60)]:
        data = json.loads(json.dumps(base))
        data = fuzz_cases._set(data, path, json.loads(json.dumps(value)))
        _no_crash(json.dumps(data), render=False)


def test_a_folder_of_hostile_files_is_checked_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check over a folder of mutated files: JSON for every file, exit code 0-3, never 70."""
    rng = random.Random(20261201)
    for i in range(12):
        (tmp_path / f"f{i:02d}.json").write_text(
            fuzz_cases.mutate(rng, TEXTS), encoding="utf-8", errors="surrogatepass"
        )
    code = main(["check", str(tmp_path), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert code in (0, 1, 2, 3)
    s = doc["summary"]
    assert s["total"] == 12 and s["internal"] == 0
    assert s["total"] == s["compliant"] + s["in_progress"] + s["not_compliant"] + s["unreadable"]
