#!/usr/bin/env python3
"""Loading a case is linear in its size: microseconds per document from 1,000 to 200,000.

Takes the Kalbar example case (examples/cases/kalbar.case.json), adds N extra documents with
unique ids (each also listed as an input of the case's first step, so the reference checks run
over every one of them), and measures, for N = 1,000, 10,000, 50,000 and 200,000:

- **parse**: `jsonio.parse_json` (the JSON reader with its limits, duplicate keys and text rules);
- **load**: `loads_case`, i.e. the parse, the converter and the checks of agency, SOP, steps and
  document ids;
- **load + check**: then `check_case`.

Each figure is CPU time (`time.process_time`, the machine is shared) divided by N, the median of
``--repeat`` runs. The ratio that matters is µs per document at 200,000 against 1,000 (target:
about 1, i.e. linear; the list search this replaced made it grow with N: quadratic).

    python benchmarks/bench_load.py [--repeat 3] [--sizes 1000,10000,50000,200000]
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from uji_konsekuensi import jsonio
from uji_konsekuensi.case import check_case
from uji_konsekuensi.case.io import loads_case

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "examples" / "cases" / "kalbar.case.json"


def case_text(n: int) -> str:
    """The example case with ``n`` more documents, each an input of the first step."""
    data: dict[str, Any] = json.loads(BASE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    extra = [
        {
            "id": f"lampiran-{i:06d}",
            "kind": "lampiran",
            "title": f"Lampiran nomor {i}",
            "date": "2025-05-02",
        }
        for i in range(n)
    ]
    data["documents"] = [*data["documents"], *extra]
    first = next(e for e in data["events"] if e["kind"] == "step_started")
    first["inputs"] = [*first.get("inputs", []), *(d["id"] for d in extra)]
    return json.dumps(data, ensure_ascii=False)


def per_item(fn: Callable[[], object], n: int, repeat: int) -> float:
    """Median CPU µs per document of ``fn`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        # The cyclic collector runs at moments that depend on what else was allocated; it is
        # switched off while timing, as timeit does, so the figures compare like with like.
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return statistics.median(times) / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000,50000,200000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    check_case(loads_case(case_text(10), "warm-up"))  # plugins, SOP plan, calendar years
    rows = []
    for n in sizes:
        text = case_text(n)
        parse = per_item(lambda text=text: jsonio.parse_json(text, "bench"), n, args.repeat)
        load = per_item(lambda text=text: loads_case(text, "bench"), n, args.repeat)
        case = loads_case(text, "bench")
        check = per_item(lambda case=case: check_case(case), n, args.repeat)
        rows.append((n, len(text), parse, load, load + check))
        print(
            f"N={n:>7}  {len(text) / 1e6:6.1f} MB  parse {parse:6.2f} µs/doc  "
            f"load {load:6.2f} µs/doc  load+check {load + check:6.2f} µs/doc",
            flush=True,
        )
    first, last = rows[0], rows[-1]
    print(
        f"µs per document, N={last[0]} / N={first[0]}: parse {last[2] / first[2]:.2f}, "
        f"load {last[3] / first[3]:.2f}, load+check {last[4] / first[4]:.2f} (target: about 1)"
    )


if __name__ == "__main__":
    main()
