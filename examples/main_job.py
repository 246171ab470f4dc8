#!/usr/bin/env python3
"""The main job: check the example cases of the four agencies, then the violations.

1. ``uji-konsekuensi check examples/cases``: the realistic cases of KASN, Kalimantan Barat,
   Kalimantan Tengah and Kutai Timur (2025, each on its agency's calendar and SOP) must comply.
2. ``uji-konsekuensi check examples/cases/violations``: each file breaks one rule; the findings
   are shown, and the codes that come out must be exactly those recorded in
   ``examples/expected_violations.json``. A violation must make its case not compliant. A file
   whose entry says ``"verdict": "compliant"`` shows a warning only (the case complies, with a
   note, e.g. an approval recorded outside office hours): it is reported as "warning shown",
   apart from the violations detected, and its case must still comply.

Exit code 0 when the compliant cases pass and every violation is detected as expected, 1 when
one is not, 2 when a file cannot be read. ``--lang en`` prints in English.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from uji_konsekuensi.cli import main as cli

CASES = Path(__file__).resolve().parent / "cases"
EXPECTED = Path(__file__).resolve().parent / "expected_violations.json"


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli(argv)
    return code, out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument(
        "--cases", type=Path, default=CASES, help="folder of compliant cases (with violations/)"
    )
    parser.add_argument(
        "--expected", type=Path, default=EXPECTED, help="manifest of the codes each violation gives"
    )
    args = parser.parse_args(argv)
    en = args.lang == "en"
    cases, violations, manifest = args.cases, args.cases / "violations", args.expected

    # 1. The compliant cases, as a person would run it.
    print(f"$ uji-konsekuensi check {cases}", flush=True)
    compliant = cli(["--lang", args.lang, "check", str(cases)])
    sys.stdout.flush()
    if compliant == 2:
        return 2

    # 2. The violations: show the findings, then compare the codes with the manifest.
    print(f"\n$ uji-konsekuensi check {violations}", flush=True)
    cli(["--lang", args.lang, "check", str(violations)])
    _, text = _run(["--lang", args.lang, "check", "--format", "json", str(violations)])
    report = json.loads(text)
    if report["unreadable"]:
        return 2
    expected = json.loads(manifest.read_text(encoding="utf-8"))
    got = {
        Path(case["file"]).name: sorted({f["code"] for f in case["findings"]})
        for case in report["cases"]
    }
    outcome = {Path(case["file"]).name: case["outcome"] for case in report["cases"]}
    # A file whose manifest says "verdict": "compliant" shows a warning on a case that still
    # complies (patuh, with a note): it is counted as a warning shown, never as a violation.
    warnings = {n for n, spec in expected.items() if spec.get("verdict") == "compliant"}
    misses = {"violation": 0, "warning": 0}
    print()
    for name, spec in sorted(expected.items()):
        kind = "warning" if name in warnings else "violation"
        found = got.get(name)
        verdict_ok = outcome.get(name) == ("compliant" if kind == "warning" else "not_compliant")
        ok = found == sorted(spec["codes"]) and verdict_ok
        misses[kind] += not ok
        if not ok:
            label = "NOT AS EXPECTED" if en else "TIDAK SESUAI"
        elif kind == "warning":
            label = "WARNING" if en else "PERINGATAN"
        else:
            label = "OK"
        print(f"{label:15} {name}: {', '.join(found or ['-'])}")
        if not ok:
            want = ", ".join(spec["codes"])
            print(
                f"{'':15} {'expected' if en else 'diharapkan'}: {want} "
                f"({'verdict' if en else 'putusan'} {outcome.get(name, '-')})"
            )
    unlisted = sorted(set(got) - set(expected))
    for name in unlisted:
        misses["violation"] += 1
        print(f"{'NOT LISTED' if en else 'TIDAK TERCATAT':15} {name}")
    n_violations = len(expected) - len(warnings)
    detected = n_violations - misses["violation"]
    shown = len(warnings) - misses["warning"]
    print(
        f"compliant cases: {'pass' if compliant == 0 else 'FAIL'}; violations detected: "
        f"{detected}/{n_violations}; warnings shown (case still compliant): "
        f"{shown}/{len(warnings)}"
        if en
        else f"kasus patuh: {'lulus' if compliant == 0 else 'GAGAL'}; pelanggaran terdeteksi: "
        f"{detected}/{n_violations}; peringatan ditampilkan (kasus tetap patuh): "
        f"{shown}/{len(warnings)}"
    )
    return 0 if compliant == 0 and not any(misses.values()) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `... | head` is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
