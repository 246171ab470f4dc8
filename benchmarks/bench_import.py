#!/usr/bin/env python3
"""``sop import`` on the four seed texts: how much it reads right, and how long it takes.

For each seed in docs/sources/seeds/ the import is compared, field by field, with the shipped
sop.json of its plugin (the reference transcription; uji_konsekuensi.sop.importer.compare):
every value is **exact** (equal to the reference as written), **review** (left empty or flagged,
and listed in the review report with its source line) or **wrong** (different and not listed:
a silent error; the target is none). Step cells are No, Kegiatan, Kelengkapan, Waktu, Output and
Keterangan (target: at least 90% exact); Pelaksana, symbol and flow are reported apart (a PDF's
text loses them).

Time: the median CPU time (`time.process_time`) of ``--repeat`` imports of each seed, against a
reference measured in the same run: loading the plugin's finished sop.json with `load_sop` (the
cost of reading the result). The ratio says what the import costs beyond reading JSON.

    python benchmarks/bench_import.py [--repeat 30] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from uji_konsekuensi.sop import load_sop
from uji_konsekuensi.sop.importer import import_sop
from uji_konsekuensi.sop.importer.compare import CELL_FIELDS, compare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("kasn", "kutai-timur", "kalbar", "kalteng")


def reference_path(code: str) -> Path:
    package = "uji_konsekuensi_" + code.replace("-", "_")
    return ROOT / "plugins" / code / "src" / package / "sop.json"


def cpu(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return statistics.median(times)


def counts(code: str) -> dict[str, tuple[int, int, int]]:
    """Per column of the table: (exact, review, wrong)."""
    result = import_sop(ROOT / "docs" / "sources" / "seeds" / f"{code}.txt")
    reference = json.loads(reference_path(code).read_text(encoding="utf-8"))
    out: dict[str, list[int]] = {}
    for r in compare(result.data, reference, result.review):
        if r.group == "identity":
            column = "identity"
        elif r.group == "lane":
            column = "lane role" if r.field.endswith(".role") else "lane name"
        else:
            column = r.field.rsplit(".", 1)[-1] if "." in r.field else r.field
        k = {"exact": 0, "review": 1, "wrong": 2}[r.status]
        out.setdefault(column, [0, 0, 0])[k] += 1
    return {c: (v[0], v[1], v[2]) for c, v in out.items()}


COLUMNS = ("identity", "lane name", "lane role", *CELL_FIELDS, "actors", "kind", "flow")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print("Per seed and field: exact / review / wrong\n")
    print("| seed | " + " | ".join(COLUMNS) + " | step cells exact |")
    print("| --- |" + " ---: |" * (len(COLUMNS) + 1))
    for code in SEEDS:
        c = counts(code)
        cells = [c.get(f, (0, 0, 0)) for f in CELL_FIELDS]
        exact = sum(x[0] for x in cells)
        total = sum(sum(x) for x in cells)
        row = ["/".join(map(str, c.get(col, (0, 0, 0)))) for col in COLUMNS]
        print(f"| {code} | " + " | ".join(row) + f" | {100 * exact / total:.0f}% |")
    print("\nTime per document (CPU, median of", args.repeat, "runs)\n")
    print("| seed | size | import ms | load_sop(sop.json) ms | ratio |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for code in SEEDS:
        seed = ROOT / "docs" / "sources" / "seeds" / f"{code}.txt"
        ref = reference_path(code)
        import_sop(seed)  # warm: the waktu parser and the calendar load once per process
        load_sop(ref)
        t_import = cpu(lambda seed=seed: import_sop(seed), args.repeat)
        t_load = cpu(lambda ref=ref: load_sop(ref), args.repeat)
        size = seed.stat().st_size
        print(
            f"| {code} | {size / 1024:.1f} KB | {t_import * 1000:.2f} | {t_load * 1000:.2f} | "
            f"{t_import / t_load:.2f} |"
        )


if __name__ == "__main__":
    main()
