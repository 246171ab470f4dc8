"""How good is the verdict: the checker catches wrong cases made from the compliant examples.

Every mutation operator of tests/mutations.py runs on every compliant example case; each mutant
changes one thing of substance so that the case is wrong in law or against its SOP. A mutant is
caught when the checker does not say "compliant" (an error finding, or a case left unfinished) or
refuses the file with a clear `InputError`. The suite asserts a score of at least 95% and that
every survivor is documented as legitimately compliant in tests/data/mutation_survivors.json; an
allow-listed mutant that is caught now is reported (a warning), not failed. The score table is
printed (``-s``) and written as JSON under pytest's temporary directory.

docs/case.md, "How good is the verdict: the mutation suite"; tools/mutation_score.py shows the
same for people.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mutations

from uji_konsekuensi.case import check_case, load_case

#: The score the suite asserts: at most one wrong case in twenty may pass unseen.
TARGET = 0.95


@pytest.fixture(scope="module")
def cases() -> dict[str, mutations.CaseData]:
    return mutations.example_cases()


@pytest.fixture(scope="module")
def results(
    cases: dict[str, mutations.CaseData], tmp_path_factory: pytest.TempPathFactory
) -> list[mutations.Result]:
    judged = mutations.run(cases)
    data = mutations.summary(judged)
    out = tmp_path_factory.mktemp("mutations") / "mutation_score.json"
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    print()
    print(mutations.render_table(judged))
    print(f"(summary: {out})")
    return judged


def _listing(results: list[mutations.Result]) -> str:
    return "\n".join(f"  {r.case} | {r.operator} | {r.mutant}" for r in results)


def test_the_examples_are_compliant_before_any_mutation(
    cases: dict[str, mutations.CaseData],
) -> None:
    """The score means something only if the unmutated examples come out compliant."""
    assert set(cases) == {"kasn", "kalbar", "kalteng", "kutai-timur"}
    for name, data in cases.items():
        assert mutations.judge(name, "none", "unmutated", data).verdict == "survived", name


def test_every_operator_makes_mutants(
    cases: dict[str, mutations.CaseData],
) -> None:
    """Each operator mutates at least one of the examples."""
    for name, op in mutations.OPERATORS.items():
        made = {case for case, data in cases.items() for _ in op(data)}
        assert made, f"operator {name} made no mutant"


def test_operators_leave_their_input_alone_and_change_something(
    cases: dict[str, mutations.CaseData],
) -> None:
    """Operators are pure; every mutant differs from the case; descriptions are unique (the
    allow-list names a mutant by its description)."""
    for case_name, data in cases.items():
        before = json.dumps(data, sort_keys=True)
        for op_name, op in mutations.OPERATORS.items():
            seen: Counter[str] = Counter()
            for description, mutated in op(data):
                seen[description] += 1
                assert json.dumps(mutated, sort_keys=True) != before, (case_name, description)
            assert json.dumps(data, sort_keys=True) == before, (case_name, op_name)
            dupes = [d for d, n in seen.items() if n > 1]
            assert not dupes, (case_name, op_name, dupes)


def test_every_operator_says_why_its_mutants_are_wrong() -> None:
    """Each operator documents the rule its mutants break: a Pasal or the SOP."""
    for name, op in mutations.OPERATORS.items():
        doc = op.__doc__ or ""
        assert "Pasal" in doc or "SOP" in doc, name


def test_a_mutant_is_judged_by_the_checker_s_outcome(
    cases: dict[str, mutations.CaseData], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Caught (not compliant), refused (a clear InputError), crashed (anything else)."""
    kalbar = cases["kalbar"]
    late = json.loads(json.dumps(kalbar))
    notice = next(e for e in late["events"] if e["kind"] == "notice_sent")
    notice["at"] = "2025-06-30T10:00:00+07:00"  # weeks after the 10 hari kerja of Pasal 22 (7)
    caught = mutations.judge("kalbar", "t", "late notice", late)
    assert caught.verdict == "caught" and "case.notice.late" in caught.codes

    # A role code Kalbar does not declare loads (it could be an agency's own) and is caught.
    unknown_role = json.loads(json.dumps(kalbar))
    unknown_role["events"][0]["actor"]["role"] = "lurah"
    undeclared = mutations.judge("kalbar", "t", "no such role", unknown_role)
    assert undeclared.verdict == "caught" and "case.power.unknown_role" in undeclared.codes

    not_a_role = json.loads(json.dumps(kalbar))
    not_a_role["events"][0]["actor"]["role"] = "Lurah Desa"
    refused = mutations.judge("kalbar", "t", "not a role code", not_a_role)
    assert refused.verdict == "refused" and refused.codes

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(mutations, "check_case", broken)
    crashed = mutations.judge("kalbar", "t", "bug", kalbar)
    assert crashed.verdict == "crashed" and "ZeroDivisionError" in crashed.codes[0]


def test_the_allow_list_explains_every_entry() -> None:
    """Every allow-listed survivor names its case, operator and mutant and says why."""
    for (case, operator, mutant), why in mutations.allowed_survivors().items():
        assert case and operator in mutations.OPERATORS and mutant, (case, operator, mutant)
        assert len(why.split()) >= 8, (case, operator, mutant)


def test_no_mutant_crashes_the_checker(results: list[mutations.Result]) -> None:
    """A mutant is refused with an InputError or judged; any other exception is a bug."""
    crashes = [r for r in results if r.verdict == "crashed"]
    assert not crashes, "the checker crashed on:\n" + "\n".join(
        f"  {r.case} | {r.operator} | {r.mutant}: {r.codes[0]}" for r in crashes
    )


def test_every_survivor_is_documented_as_legitimately_compliant(
    results: list[mutations.Result],
) -> None:
    """A wrong case the checker passes, and that the allow-list does not explain, fails."""
    allowed = mutations.allowed_survivors()
    survivors = [r for r in results if r.verdict == "survived"]
    caught_now = [key for key in allowed if key not in {r.key for r in survivors}]
    if caught_now:
        # Reported, not failed: the checker got better (or the mutant is no longer made); the
        # entry can go from the allow-list.
        warnings.warn(
            "allow-listed mutants that are no longer survivors:\n"
            + "\n".join(f"  {c} | {o} | {m}" for c, o, m in caught_now),
            stacklevel=1,
        )
    new = [r for r in survivors if r.key not in allowed]
    assert not new, f"{len(new)} wrong case(s) judged compliant:\n{_listing(new)}"


def test_the_mutation_score_reaches_95_percent(results: list[mutations.Result]) -> None:
    """At least 95% of the mutants are caught, over all operators and examples."""
    data = mutations.summary(results)
    assert data["score"] >= TARGET, (
        f"mutation score {data['score']:.1%} < {TARGET:.0%} "
        f"({data['caught']} of {data['tried']} caught)\n{mutations.render_table(results)}"
    )


def test_changes_that_are_not_wrong_leave_the_case_compliant(
    cases: dict[str, mutations.CaseData],
) -> None:
    """The other side of the measure: a benign mutant (the same instants in another offset,
    lists reordered, an identity paper older than the request, a move the date operator leaves
    out as lawful) is still compliant; a finding there is a false alarm."""
    judged = mutations.false_alarms(cases)
    assert judged, "no benign mutant was made"
    alarms = [r for r in judged if r.verdict != "survived"]
    assert not alarms, "false alarms:\n" + "\n".join(
        f"  {r.case} | {r.operator} | {r.mutant}: {r.verdict} {' '.join(r.codes)}" for r in alarms
    )


def test_the_checker_judges_the_loaded_examples_as_the_suite_does() -> None:
    """The suite judges dicts; the command line judges files: the same examples, one verdict."""
    for path in sorted(mutations.EXAMPLES.glob("*.case.json")):
        assert check_case(load_case(path)).outcome == "compliant", path.name


def _tool() -> Any:
    path = Path(__file__).resolve().parents[1] / "tools" / "mutation_score.py"
    spec = importlib.util.spec_from_file_location("mutation_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tool_prints_the_table_and_every_survivor(capsys: pytest.CaptureFixture[str]) -> None:
    """tools/mutation_score.py as docs/case.md runs it: the table, the survivors, the exit."""
    tool = _tool()
    code = tool.main(["--operator", "period", "--case", "kasn", "--caught"])
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["operator", "tried", "caught"]
    assert "\nperiod " in out and "\ntotal " in out and "caught:" in out
    kasn = {"kasn": mutations.example_cases()["kasn"]}
    results = mutations.run(kasn, {"period": mutations.period})
    allowed = mutations.allowed_survivors()
    defects = [r for r in results if r.verdict == "survived" and r.key not in allowed]
    for r in defects:
        assert r.mutant in out
    data = mutations.summary(results, allowed)
    assert code == (0 if data["score"] >= TARGET and not defects else 1)

    assert tool.main(["--json", "--operator", "loop", "--case", "kalteng"]) in (0, 1)
    summary = json.loads(capsys.readouterr().out)
    assert summary["operators"]["loop"]["tried"] == summary["tried"] > 0
    assert summary["false_alarms"] == []

    tool.main(["--by-rule", "--operator", "body"])
    out = capsys.readouterr().out
    assert "survivors by the rule they show missing:" in out


def test_the_tool_names_the_rule_a_survivor_shows_missing() -> None:
    """--by-rule groups a survivor under the rule its operator and description point to."""
    tool = _tool()
    survivor = mutations.Result(
        case="kalbar",
        operator="refusal",
        mutant="documents[8] (surat-penolakan) refusal.objection_to -> Komisi Informasi",
        verdict="survived",
    )
    rule, finding, basis = tool.gap_of(survivor)
    assert "Atasan PPID" in rule and "Pasal 36" in basis and finding
    unknown = attrs.evolve(survivor, operator="loop", mutant="something new")
    assert tool.gap_of(unknown) == ("other", "", "")
