#!/usr/bin/env python3
"""Loading a case: its cost against `json.loads`, before and after, and linear in its size.

**Ratio** (first): `loads_case` / `json.loads` of the same text, on the four example cases
(examples/cases/*.case.json) and on ``--generated`` cases of benchmarks/bench_check.py, for the
reader of this tree (after) and for the readers of ``--before`` (commits, comma-separated: the
`jsonio`, `converter` and `case.io` of each are read from git with ``git show`` and loaded as
modules beside the current ones, the rest of the package shared), in one run. Each repeat times
json.loads and every reader back to back (CPU time, garbage collector off); the ratio is the
median of the repeats' ratios. ``--before ''`` skips the old readers.

**Linearity** (then, unless ``--sizes ''``):

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

**Linearity in events** (then, unless ``--events ''``): the Kalbar example case with N more
events, its steps' events logged again in their order after its end, a minute apart (every one
a finding: a step after the SOP's end, an act after the close; so the rules' finding paths
run too), for N = 1,000, 10,000 and 50,000: **load + check** in CPU µs per event. Target: flat
(10 times the events, about 10 times the time; a rule that looked back over the log for every
event would make it 10 times per event).

    nice -n 10 python benchmarks/bench_load.py [--repeat 3] [--sizes 1000,10000,50000,200000]
        [--before COMMIT] [--generated 300] [--ratio-repeat 9] [--events 1000,10000,50000]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import gc
import json
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from uji_konsekuensi import jsonio
from uji_konsekuensi.case import check_case
from uji_konsekuensi.case.io import loads_case

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "examples" / "cases" / "kalbar.case.json"
#: The readers compared with this tree's: the two-pass strict reader (its load was measured at
#: 14-17x json.loads) and the one-pass reader before the fast path (4.3-5.5x).
BEFORE = "70c7bae,2b5c007"


def load_before(commit: str) -> Callable[[str, str], object]:
    """`loads_case` as it was at ``commit``: that commit's jsonio, converter and case/io, loaded
    from git as modules beside the current ones (the models, agencies and errors are shared)."""
    import uji_konsekuensi.case

    def source(path: str) -> str:
        return subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{commit}:src/uji_konsekuensi/{path}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def install(name: str, text: str, package: str) -> types.ModuleType:
        module = types.ModuleType(f"{package}.{name}")
        module.__package__ = package
        sys.modules[module.__name__] = module
        setattr(sys.modules[package], name, module)
        exec(compile(text, f"<{commit}:{name}>", "exec"), module.__dict__)
        return module

    def rewired(text: str, old: str, new: str) -> str:
        assert old in text, f"{old!r} not in the old module: adapt load_before"
        return text.replace(old, new)

    tag = f"_before_{commit}"
    install(f"{tag}_jsonio", source("jsonio.py"), "uji_konsekuensi")
    install(
        f"{tag}_converter",
        rewired(
            source("converter.py"),
            "from . import jsonio\n",
            f"from . import {tag}_jsonio as jsonio\n",
        ),
        "uji_konsekuensi",
    )
    old_io = install(
        f"{tag}_io",
        rewired(
            source("case/io.py"),
            "from .. import converter, jsonio, limits\n",
            f"from .. import {tag}_converter as converter\n"
            f"from .. import {tag}_jsonio as jsonio\n"
            "from .. import limits\n",
        ),
        uji_konsekuensi.case.__name__,
    )
    loads: Callable[[str, str], object] = old_io.loads_case
    return loads


def _cpu(fn: Callable[[], object]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        fn()
        return time.process_time() - start
    finally:
        gc.enable()


def ratios(
    texts: list[str], readers: dict[str, Callable[[str, str], object]], repeat: int
) -> dict[str, float]:
    """Median over ``repeat`` of (time of a reader over ``texts``) / (time of json.loads)."""
    loops = max(1, 400 // len(texts))
    for read in readers.values():
        for text in texts:
            read(text, "warm-up")
    found: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(repeat):
        base = _cpu(lambda: [json.loads(t) for _ in range(loops) for t in texts])
        for name, read in readers.items():
            took = _cpu(lambda read=read: [read(t, "bench") for _ in range(loops) for t in texts])
            found[name].append(took / base)
    return {name: statistics.median(values) for name, values in found.items()}


def ratio_table(before: str, generated: int, repeat: int) -> None:
    readers: dict[str, Callable[[str, str], object]] = {}
    for commit in (c.strip() for c in before.split(",")):
        if commit:
            readers[commit] = load_before(commit)
    readers["after"] = loads_case
    sets = {p.name: [p.read_text(encoding="utf-8")] for p in sorted(BASE.parent.glob("*.json"))}
    if generated:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_check import generate

        sets[f"{generated} generated (bench_check)"] = generate(generated)
    names = list(readers)
    print("loads_case / json.loads (median of paired repeats)")
    print(f"{'input':<34} {'KiB':>6} " + " ".join(f"{n:>7}" for n in names))
    for label, texts in sets.items():
        found = ratios(texts, readers, repeat)
        size = statistics.mean(len(t.encode()) for t in texts) / 1024
        print(f"{label:<34} {size:>6.1f} " + " ".join(f"{found[n]:>6.1f}x" for n in names))


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


def events_case_text(n: int) -> str:
    """The example case with ``n`` more events: its step events again, in their order, each a
    minute after the one before, after the log's end."""
    data: dict[str, Any] = json.loads(BASE.read_text(encoding="utf-8"))
    steps = [e for e in data["events"] if e["kind"] in ("step_started", "step_completed")]
    at = max(dt.datetime.fromisoformat(e["at"]) for e in data["events"])
    extra = []
    for i in range(n):
        at += dt.timedelta(minutes=1)
        event = copy.deepcopy(steps[i % len(steps)])
        event["at"] = at.isoformat()
        extra.append(event)
    data["events"] = [*data["events"], *extra]
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
    parser.add_argument(
        "--before", default=BEFORE, help="commits of old readers, comma-separated ('': none)"
    )
    parser.add_argument("--generated", type=int, default=300)
    parser.add_argument("--ratio-repeat", type=int, default=9)
    parser.add_argument("--events", default="1000,10000,50000", help="extra events ('': none)")
    args = parser.parse_args()
    ratio_table(args.before, args.generated, args.ratio_repeat)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    check_case(loads_case(case_text(10), "warm-up"))  # plugins, SOP plan, calendar years
    if sizes:
        documents_linearity(sizes, args.repeat)
    events = [int(s) for s in args.events.split(",") if s]
    if events:
        events_linearity(events, args.repeat)


def events_linearity(sizes: list[int], repeat: int) -> None:
    """Load + check per event, as the log grows (`events_case_text`)."""
    rows = []
    for n in sizes:
        text = events_case_text(n)
        load = per_item(lambda text=text: loads_case(text, "bench"), n, repeat)
        case = loads_case(text, "bench")
        check = per_item(lambda case=case: check_case(case), n, repeat)
        found = len(check_case(case).findings)
        rows.append((n, load + check))
        print(
            f"events N={n:>6}  load {load:6.2f} µs/event  load+check {load + check:6.2f} µs/event"
            f"  ({found} findings)",
            flush=True,
        )
    first, last = rows[0], rows[-1]
    print(
        f"µs per event, N={last[0]} / N={first[0]}: load+check {last[1] / first[1]:.2f} "
        "(target: about 1)"
    )


def documents_linearity(sizes: list[int], repeat: int) -> None:
    """Parse, load and load + check per document, as the documents grow (`case_text`)."""
    rows = []
    for n in sizes:
        text = case_text(n)
        parse = per_item(lambda text=text: jsonio.parse_json(text, "bench"), n, repeat)
        load = per_item(lambda text=text: loads_case(text, "bench"), n, repeat)
        case = loads_case(text, "bench")
        check = per_item(lambda case=case: check_case(case), n, repeat)
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
