#!/usr/bin/env python3
"""The long fuzz run of the boundary guarantee (issue 9): N mutated case files, counted.

Each input is an example case broken the way real input gets broken (tools/fuzz_cases.py: wrong
types and shapes, extreme dates and numbers, control characters, lone surrogates, bidi
overrides, duplicate keys, truncation, deep nesting). Every input must be refused with an
`InputError` or load; every loaded case is checked and its state taken, and every
``--render-every``-th one renders each built-in document in html, md and docx. Anything else is
a crash, printed with its input. Target: 0 crashes.

    python benchmarks/fuzz_boundary.py [--inputs 100000] [--seed 9] [--render-every 50]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import fuzz_cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--render-every", type=int, default=50)
    args = parser.parse_args()
    start = time.perf_counter()
    counts, crashes = fuzz_cases.counted(args.inputs, args.seed, args.render_every)
    seconds = time.perf_counter() - start
    print(
        f"{args.inputs} inputs (seed {args.seed}) in {seconds:.0f} s: "
        f"{counts['loaded']} loaded, {counts['refused']} refused with an InputError, "
        f"{counts['crash']} crashes; rendered every {args.render_every}th input"
    )
    for index, kind, message, text in crashes[:20]:
        print(f"  crash at input {index}: {kind}: {message}\n    {text!r}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
