#!/usr/bin/env python3
"""DOCX and PDF rendering of a long Lembar: is the cost per row flat as the rows grow?

The Lembar is KASN's (examples/cases/kasn.case.json, the Penetapan's sheet), its three real
rows repeated to N rows. Each measurement runs in a fresh subprocess, so that its peak memory is
its own: the process imports everything and renders a one-row Lembar first (fonts, templates,
WeasyPrint's stylesheets loaded), then renders the N-row Lembar with ``render_document`` (the
template and the conversion) under ``DocumentSettings(max_rows=N)`` (the default row limit is
raised so that 10,000 rows can be measured). It reports:

- CPU time of the rendering (``time.process_time``: the machine is shared, and wall time would
  count waits for a core), and wall time for information;
- peak memory added by the rendering: ``ru_maxrss`` (``resource.getrusage``) after it, minus
  ``ru_maxrss`` before it (after the warm-up);

per row, and as a ratio against the smallest N of the same run, the reference: 1.00 means the
cost per row is the same at N rows as at 100 (linear); the target is at most 1.5 up to the
largest N.

    python benchmarks/bench_render.py [--docx 100,1000,10000] [--pdf 100,1000,10000]
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "examples" / "cases" / "kasn.case.json"


def sheet(rows: int) -> Any:
    from uji_konsekuensi.converter import structure
    from uji_konsekuensi.harm import ConsequenceTestSheet

    data = json.loads(CASE.read_text(encoding="utf-8"))
    lembar = data["penetapan"]["sheets"][0]
    real = lembar["rows"]
    lembar["rows"] = [copy.deepcopy(real[i % len(real)]) for i in range(rows)]
    return structure(lembar, ConsequenceTestSheet, f"lembar-{rows}")


def measure(fmt: str, rows: int) -> dict[str, Any]:
    """One measurement, in this process (run by `main` in a subprocess)."""
    from uji_konsekuensi.documents import DocumentSettings, render_document

    settings = DocumentSettings(max_rows=max(rows, 1))
    render_document("lembar", sheet(1), fmt, settings=settings)  # warm-up
    lembar = sheet(rows)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = time.perf_counter(), time.process_time()
    out = render_document("lembar", lembar, fmt, settings=settings)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "format": fmt,
        "rows": rows,
        "cpu_s": cpu,
        "wall_s": wall,
        "peak_added_kib": after - before,
        "output_bytes": len(out),
    }


def run_one(fmt: str, rows: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--one", fmt, str(rows)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| format | rows | CPU s | wall s | ms/row (CPU) | ratio | peak added MiB | KiB/row | "
        "ratio | output KiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    reference: dict[str, dict[str, Any]] = {}
    for r in results:
        ref = reference.setdefault(r["format"], r)
        ms = 1000 * r["cpu_s"] / r["rows"]
        ms_ref = 1000 * ref["cpu_s"] / ref["rows"]
        kib = r["peak_added_kib"] / r["rows"]
        kib_ref = ref["peak_added_kib"] / ref["rows"]
        lines.append(
            f"| {r['format']} | {r['rows']:,} | {r['cpu_s']:.1f} | {r['wall_s']:.1f} | {ms:.1f} "
            f"| **{ms / ms_ref:.2f}** | {r['peak_added_kib'] / 1024:.0f} | {kib:.0f} "
            f"| **{kib / kib_ref if kib_ref else float('nan'):.2f}** "
            f"| {r['output_bytes'] / 1024:.0f} |"
        )
    return "\n".join(lines)


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docx", default="100,1000,10000", help="row counts for DOCX")
    parser.add_argument("--pdf", default="100,1000,10000", help="row counts for PDF")
    parser.add_argument("--one", nargs=2, metavar=("FORMAT", "ROWS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    results = []
    for fmt, sizes in (("docx", _sizes(args.docx)), ("pdf", _sizes(args.pdf))):
        for rows in sizes:
            result = run_one(fmt, rows)
            print(json.dumps(result), file=sys.stderr, flush=True)
            results.append(result)
    print(table(results))


if __name__ == "__main__":
    main()
