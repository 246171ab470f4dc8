"""How good is the checker's verdict: the semantic mutation score, for people.

Runs every mutation operator of tests/mutations.py on every compliant example case
(examples/cases/*.case.json), lets the checker judge each mutant, and prints the table (operator,
tried, caught, refused, survived, crashed, score) and every survivor with its description, marked
"allowed" when tests/data/mutation_survivors.json documents it as legitimately compliant.

    .venv/bin/python tools/mutation_score.py                  # the table and the survivors
    .venv/bin/python tools/mutation_score.py --operator role  # one operator (repeatable)
    .venv/bin/python tools/mutation_score.py --case kalbar    # one example case (repeatable)
    .venv/bin/python tools/mutation_score.py --json           # the summary as JSON
    .venv/bin/python tools/mutation_score.py --caught         # also every caught mutant, with codes

Exit status: 0 when the score is at least 95% and every survivor is allowed, 1 otherwise, 2 on
a crash of the checker (a mutant that raised another exception than InputError).

A developer tool: not shipped in the package.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import mutations  # noqa: E402 - the test helper, tests/mutations.py

#: The score the suite asserts (tests/test_semantic_mutations.py).
TARGET = 0.95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operator", action="append", choices=sorted(mutations.OPERATORS))
    parser.add_argument("--case", action="append", help="an example case name (kalbar, ...)")
    parser.add_argument("--examples", type=Path, default=mutations.EXAMPLES)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--caught", action="store_true", help="list the caught mutants too")
    args = parser.parse_args(argv)

    cases = mutations.example_cases(args.examples)
    if args.case:
        unknown = sorted(set(args.case) - set(cases))
        if unknown:
            parser.error(f"no example case {', '.join(unknown)} (known: {', '.join(cases)})")
        cases = {name: cases[name] for name in args.case}
    operators = mutations.OPERATORS
    if args.operator:
        operators = {name: operators[name] for name in args.operator}
    for name, r in mutations.unsound(cases).items():
        print(
            f"left out: {name} is {r.outcome or r.verdict} before any mutation "
            f"({' '.join(r.codes)})",
            file=sys.stderr,
        )
    results = mutations.run(cases, operators)
    allowed = mutations.allowed_survivors()
    data = mutations.summary(results, allowed)
    survivors = [r for r in results if r.verdict == "survived"]

    if args.json:
        print(json.dumps(data, indent=1, ensure_ascii=False))
    else:
        print(mutations.render_table(results, allowed))
        print()
        print(f"survivors ({len(survivors)}; 'allowed' = documented as legitimately compliant):")
        for r in survivors:
            mark = "allowed" if r.key in allowed else "DEFECT "
            print(f"  {mark} {r.case:<12} {r.operator:<10} {r.mutant}")
        for r in results:
            if r.verdict == "crashed":
                print(f"  CRASH   {r.case:<12} {r.operator:<10} {r.mutant}: {r.codes[0]}")
        if args.caught:
            print()
            print("caught:")
            for r in results:
                if r.verdict in ("caught", "refused"):
                    print(f"  {r.case:<12} {r.operator:<10} {r.mutant}: {' '.join(r.codes)}")
    if data["crashes"]:
        return 2
    defects = [r for r in survivors if r.key not in allowed]
    return 0 if data["score"] >= TARGET and not defects else 1


if __name__ == "__main__":
    raise SystemExit(main())
