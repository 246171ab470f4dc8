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
    .venv/bin/python tools/mutation_score.py --by-rule        # survivors grouped by missing rule

It then judges the benign mutants (changes that are not wrong: the same instants in another UTC
offset, lists reordered, an identity paper older than the request) and lists any false alarm.

Exit status: 0 when the score is at least 95%, every survivor is allowed and there is no false
alarm; 1 otherwise; 2 on a crash of the checker (a mutant that raised another exception than
InputError).

A developer tool: not shipped in the package.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import mutations  # noqa: E402 - the test helper, tests/mutations.py

#: The score the suite asserts (tests/test_semantic_mutations.py).
TARGET = 0.95

#: What rule a survivor shows missing, to group the list for whoever closes the gaps: (operator,
#: a pattern of the mutant's description, the rule, the finding one would expect, its basis).
#: Our reading of the law, not the checker's: a survivor no pattern names is listed as "other".
GAPS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "role",
        r"participants\[\d+\].*ppid -> pemohon",
        "the PPID makes the test; the requester never sits in it",
        "an error on the Lembar's participants",
        "PERKI 1/2021 Pasal 22 ayat (3), Pasal 49; Lampiran II",
    ),
    (
        "role",
        r"",
        "who may do an act outside the steps, or sign",
        "case.actor.* on the act or the signature",
        "UU 14/2008 Pasal 22 ayat (7)-(8); PERKI 1/2021 Pasal 34, Pasal 49 ayat (5)",
    ),
    (
        "date",
        r"^documents\[\d+\].*(after the case closed|to 2099)",
        "a paper dated after the act that made or used it (today only a warning, "
        "case.document.dated_after_use)",
        "an error when dated after the case closed or after a later act relied on it",
        "the SOP's mutu baku (PermenPAN-RB 35/2012); UU 14/2008 Pasal 22 ayat (7) for a notice",
    ),
    (
        "date",
        r"^documents\[\d+\].*(before the case began|to 1990)",
        "a paper the case produced, dated before the act that produced it",
        "case.document.dated_before_production (error)",
        "the SOP's mutu baku (PermenPAN-RB 35/2012)",
    ),
    (
        "date",
        r"(penetapan|sheets\[\d+\]|tests\[\d+\])(\.signature|\.approval)?\.date",
        "the dates of the Lembar, the Penetapan and their signatures against the log",
        "an error: the test or the Penetapan dated outside the run that made it",
        "PERKI 1/2021 Pasal 22 ayat (3), Pasal 49 ayat (1), (4), (5) huruf f",
    ),
    (
        "date",
        r"rows\[\d+\]\.documents\[\d+\]\.date",
        "a tested source document dated after the test",
        "an error: the test examined a document that did not exist yet",
        "PERKI 1/2021 Pasal 49 ayat (2) huruf a",
    ),
    (
        "date",
        r"^events\[\d+\] (paused|extension|notice_sent|exemption_declared)",
        "an act of the PPID side before the request was received",
        "case.time.before_receipt (error)",
        "UU 14/2008 Pasal 22 ayat (4), (7); PERKI 1/2021 Pasal 31",
    ),
    (
        "duplicate",
        r"notice_sent: duplicated",
        "one written notice per request",
        "case.event.repeated (error)",
        "UU 14/2008 Pasal 22 ayat (7)",
    ),
    (
        "contradict",
        r"exemption_declared: a notice",
        "a notice in a round without a request, or information given after its exemption",
        "case.notice.* (error)",
        "UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 49 ayat (4), Pasal 50 ayat (1)",
    ),
    (
        "contradict",
        r"a second notice",
        "one written notice, whose outcome matches the refusal and the test",
        "case.event.repeated / case.notice.outcome_mismatch (error)",
        "UU 14/2008 Pasal 22 ayat (7)",
    ),
    (
        "outcome",
        r"notice_sent: outcome",
        "the notice's outcome against the refusal letter, the test and the declared exemption",
        "case.notice.outcome_mismatch (error)",
        "UU 14/2008 Pasal 22 ayat (7) huruf a-e",
    ),
    (
        "test",
        r"penetapan\.ppid -> none",
        "the Penetapan names the PPID who sets it",
        "case.penetapan.incomplete (error)",
        "PERKI 1/2021 Pasal 49 ayat (5) huruf a",
    ),
    (
        "sequence",
        r"documents\[\d+\]\.date the day after the test",
        "a tested source document dated after the test (not only after the case)",
        "an error: the test examined a document that did not exist yet",
        "PERKI 1/2021 Pasal 49 ayat (2) huruf a",
    ),
    (
        "sequence",
        r"signature\.date",
        "the Penetapan's signature against its own date and the refusal that relies on it",
        "case.penetapan.* (error)",
        "PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (5) huruf f",
    ),
    (
        "sequence",
        r"",
        "two records the law orders, one day the wrong way round",
        "an ordering finding (error)",
        "PERKI 1/2021 Pasal 34 ayat (2), Pasal 49; UU 14/2008 Pasal 22 ayat (7)",
    ),
    (
        "identity",
        r"the requester's",
        "the requester named as the official who decides on his own request (names against "
        "the requester's; NIP where recorded)",
        "an error: conflict of interest",
        "UU 30/2014 Pasal 42 ayat (1)-(2); UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 34",
    ),
    (
        "identity",
        r"approval\.name",
        "the Lembar approved in the name of the PPID who made it",
        "case.approval.* (error): the PPID approves his own test",
        "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e, Lampiran II",
    ),
    (
        "remove",
        r"resumed: removed",
        "a pause never resumed while the PPID went on working",
        "case.pause.not_resumed (error)",
        "PERKI 1/2021 Pasal 31 ayat (3), Pasal 33",
    ),
    (
        "outcome",
        r"partial -> closed",
        "a closed item that still lists withheld parts and what is given (today only a "
        "warning, harm.partial.parts_not_partial)",
        "an error",
        "PERKI 1/2021 Pasal 50 ayat (2)-(3); UU 14/2008 Pasal 22 ayat (7) huruf e",
    ),
    (
        "outcome",
        r"closed -> open",
        "an expiry declared for an item that was never exempt",
        "case.expiry.not_exempt (error)",
        "PP 61/2010 Pasal 11 ayat (1)",
    ),
    (
        "reference",
        r"refusal\.requester_(address|contact)",
        "the refusal letter's address and contact against the request's",
        "case.refusal.* mismatch (error)",
        "PERKI 1/2021 Lampiran (the refusal letter); UU 14/2008 Pasal 22 ayat (7)",
    ),
    (
        "reference",
        r"request_number",
        "a Lembar made on another request",
        "an error: the test is not about this request",
        "PERKI 1/2021 Pasal 49 ayat (1) huruf b",
    ),
    (
        "reference",
        r"\) number -> another",
        "a paper of the log numbered as another record than the case's (the request form, the "
        "Lembar)",
        "case.consistency.* (error)",
        "UU 14/2008 Pasal 22 ayat (4); PERKI 1/2021 Pasal 49 ayat (3)-(4)",
    ),
    (
        "reference",
        r"expiry_declared",
        "the expiry declaration's document kind and item",
        "case.expiry.* (error)",
        "PP 61/2010 Pasal 11 ayat (1)",
    ),
    (
        "reference",
        r"paused: document",
        "the pause's letter is the surat keterangan tidak lengkap",
        "case.pause.* document kind (error)",
        "PERKI 1/2021 Pasal 31 ayat (2), Pasal 33",
    ),
    (
        "reference",
        r"",
        "a reference to another request or document",
        "a mismatch finding (error)",
        "PERKI 1/2021 Pasal 49; UU 14/2008 Pasal 22",
    ),
    (
        "period",
        r"as_written",
        'the period as written against the structured one ("untuk selamanya", another length)',
        "harm.period.* (error)",
        "PERKI 1/2021 Pasal 49 ayat (5) huruf e; UU 14/2008 Pasal 2 ayat (2); PP 61/2010 Pasal 7-8",
    ),
    (
        "period",
        r"expires_on",
        "the expiry declaration's end against the item's period",
        "case.expiry.* (error)",
        "PP 61/2010 Pasal 11",
    ),
    (
        "period",
        r"",
        "the structured period against its text and the cap",
        "harm.period.* (error)",
        "PP 61/2010 Pasal 5 ayat (1); PERKI 1/2021 Pasal 49 ayat (5) huruf e",
    ),
    (
        "refusal",
        r"(objection_to|signed_by) -> none",
        "the refusal letter's required elements: to whom to object, the PPID's signature",
        "case.refusal.* (error)",
        "UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35-36; PERKI 1/2021 Lampiran (the letter)",
    ),
    (
        "test",
        r"\.(place|date) -> none",
        "the Lembar's day and place, the Penetapan's place and date",
        "harm.* / case.penetapan.incomplete (error)",
        "PERKI 1/2021 Lampiran II; Pasal 49 ayat (5) huruf f",
    ),
    (
        "refusal",
        r"objection_to",
        "the objection goes to the Atasan PPID",
        "case.refusal.* (error)",
        "UU 14/2008 Pasal 35 ayat (1), Pasal 36",
    ),
    (
        "test",
        r"stage",
        "the Lembar's stage against the trigger",
        "an error: stage and trigger disagree",
        "PERKI 1/2021 Pasal 49 ayat (1) huruf a-b",
    ),
    (
        "test",
        r"as_written unchanged",
        'the structured ground against the "Dasar Hukum" text',
        "harm.ground.* (error)",
        "PERKI 1/2021 Pasal 49 ayat (2) huruf c, ayat (6) huruf a",
    ),
    (
        "body",
        r"badan_publik",
        "the Lembar and the Penetapan are the case's own body's",
        "an error: another body",
        "PERKI 1/2021 Pasal 49 ayat (5) huruf b; UU 14/2008 Pasal 19",
    ),
)


def gap_of(result: mutations.Result) -> tuple[str, str, str]:
    """The missing rule a survivor shows: (rule, expected finding, basis)."""
    for operator, pattern, rule, finding, basis in GAPS:
        if operator == result.operator and re.search(pattern, result.mutant):
            return rule, finding, basis
    return ("other", "", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operator", action="append", choices=sorted(mutations.OPERATORS))
    parser.add_argument("--case", action="append", help="an example case name (kalbar, ...)")
    parser.add_argument("--examples", type=Path, default=mutations.EXAMPLES)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--caught", action="store_true", help="list the caught mutants too")
    parser.add_argument(
        "--by-rule", action="store_true", help="group the survivors by the rule they show missing"
    )
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
    alarms = [r for r in mutations.false_alarms(cases) if r.verdict != "survived"]
    data["false_alarms"] = [attrs.asdict(r) for r in alarms]

    if args.json:
        print(json.dumps(data, indent=1, ensure_ascii=False))
    else:
        print(mutations.render_table(results, allowed))
        print()
        print(f"survivors ({len(survivors)}; 'allowed' = documented as legitimately compliant):")
        for r in survivors:
            mark = "allowed" if r.key in allowed else "DEFECT "
            print(f"  {mark} {r.case:<12} {r.operator:<10} {r.mutant}")
        if args.by_rule:
            _print_by_rule([r for r in survivors if r.key not in allowed])
        for r in results:
            if r.verdict == "crashed":
                print(f"  CRASH   {r.case:<12} {r.operator:<10} {r.mutant}: {r.codes[0]}")
        print()
        print(f"false alarms ({len(alarms)}; changes that are not wrong, judged not compliant):")
        for r in alarms:
            print(f"  {r.case:<12} {r.operator:<10} {r.mutant}: {r.verdict} {' '.join(r.codes)}")
        if args.caught:
            print()
            print("caught:")
            for r in results:
                if r.verdict in ("caught", "refused"):
                    print(f"  {r.case:<12} {r.operator:<10} {r.mutant}: {' '.join(r.codes)}")
    if data["crashes"]:
        return 2
    defects = [r for r in survivors if r.key not in allowed]
    return 0 if data["score"] >= TARGET and not defects and not alarms else 1


def _print_by_rule(defects: list[mutations.Result]) -> None:
    groups: dict[tuple[str, str, str], list[mutations.Result]] = {}
    for r in defects:
        groups.setdefault(gap_of(r), []).append(r)
    print()
    print("survivors by the rule they show missing:")
    for (rule, finding, basis), members in groups.items():
        print(f"- {rule} ({len(members)}): expected {finding or '?'}; {basis or '?'}")
        for r in members:
            print(f"    {r.case:<12} {r.operator:<10} {r.mutant}")


if __name__ == "__main__":
    raise SystemExit(main())
