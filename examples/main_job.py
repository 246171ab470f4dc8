#!/usr/bin/env python3
"""The main job: check the example cases of the four agencies, then the violations.

1. ``uji-konsekuensi check examples/cases``: the realistic cases of KASN, Kalimantan Barat,
   Kalimantan Tengah and Kutai Timur (2025, each on its agency's calendar and SOP) must comply.
2. ``uji-konsekuensi check examples/cases/violations``: each file breaks one rule; the findings
   are shown, and the codes that come out must be exactly those recorded in
   ``examples/expected_violations.json``.

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
    misses = 0
    print()
    for name, spec in sorted(expected.items()):
        found = got.get(name)
        ok = found == sorted(spec["codes"])
        misses += not ok
        verdict = "OK" if ok else ("NOT AS EXPECTED" if en else "TIDAK SESUAI")
        print(f"{verdict:15} {name}: {', '.join(found or ['-'])}")
        if not ok:
            print(f"{'':15} {'expected' if en else 'diharapkan'}: {', '.join(spec['codes'])}")
    unlisted = sorted(set(got) - set(expected))
    for name in unlisted:
        misses += 1
        print(f"{'NOT LISTED' if en else 'TIDAK TERCATAT':15} {name}")
    print(
        f"compliant cases: {'pass' if compliant == 0 else 'FAIL'}; violations detected: "
        f"{len(expected) - misses}/{len(expected)}"
        if en
        else f"kasus patuh: {'lulus' if compliant == 0 else 'GAGAL'}; pelanggaran terdeteksi: "
        f"{len(expected) - misses}/{len(expected)}"
    )
    return 0 if compliant == 0 and not misses else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `... | head` is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
