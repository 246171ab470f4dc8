#!/usr/bin/env python3
"""Checking cases against loading them: cost per case, the ratio, and how it grows with N.

Generates 10,000 case files as JSON (`uji_konsekuensi.case.samples`: the four agencies' real
SOPs and calendars, start dates over 2025-2026, one to four tested items each; one case in ten
broken in one of three ways so that finding paths are exercised too), then measures in one run:

- load: ``json.loads`` + `case_from_dict` (the converter and the reference checks);
- load + check: the same, then `check_case` on each case;
- load + check without validating the consequence-test records (`CheckSettings(
  validate_records=False)`): what the case rules cost apart from `harm.validate`;

for the first 1,000, 5,000 and 10,000 cases. ``--unique-texts`` numbers every free text of the
records (item, document titles, consequences) so that no two cases share one: the generator's
four item templates otherwise recur, and per-text caches would always hit. Times are CPU time
of the process (the machine is shared); each figure is the median of ``--repeat`` runs after a
warm-up (which builds each SOP's plan and each calendar year once, as any long run does), and
the ratio is the median of the ratios of runs that time load and load + check back to back.
Prints cases per second, the ratio (load + check) / load (target <= 2: checking costs at most as
much again as loading), the same without the record validation, the check's cost split between
the record validation and the case rules, and the time per case at each N (linear growth:
roughly constant).

    python benchmarks/bench_check.py [--cases 10000] [--repeat 5] [--unique-texts]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.case import CheckSettings, case_from_dict, check_case
from uji_konsekuensi.case.samples import sample_case_data

AGENCIES = ("kalbar", "kalteng", "kasn", "kutai-timur")


def _break(data: dict[str, Any], rng: random.Random) -> None:
    """Make a case non-compliant in one of three common ways."""
    how = rng.randrange(3)
    done = [e for e in data["events"] if e["kind"] == "step_completed"]
    if how == 0 and done:
        done[len(done) // 2]["outputs"] = []  # case.output.missing
    elif how == 1 and done:
        done[0]["actor"]["role"] = "pemohon"  # case.actor.wrong_role
    else:
        data["events"] = data["events"][:-3]  # an unfinished case


def _make_unique(data: dict[str, Any], case: int) -> None:
    """Give every free text of the case's records a number of its own.

    The generator writes its tested items from four templates, so without this the same item
    descriptions, document titles and consequence texts recur in every fourth case, and any
    cache keyed by such a text always hits. A number changes the text but none of its words
    (numbers are no content for the restatement heuristic), so every rule gives the same result.
    """
    sheets = list(data.get("tests", []))
    if data.get("penetapan"):
        sheets += data["penetapan"]["sheets"]
    for sheet in sheets:
        for k, row in enumerate(sheet["rows"]):
            tag = f" ({case}.{k})"
            for name in ("information", "consequence_of_opening", "consideration_of_closing"):
                if row.get(name):
                    row[name] += tag
            for doc in row.get("documents", []):
                doc["title"] += tag
    for doc in data.get("documents", []):
        if doc.get("refusal") and doc["refusal"].get("consequence"):
            doc["refusal"]["consequence"] += f" ({case})"


def generate(n: int, seed: int = 2025, unique_texts: bool = False) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        agency = get_agency(AGENCIES[i % len(AGENCIES)])
        start = dt.date(2025, 1, 2) + dt.timedelta(days=rng.randrange(0, 700))
        data = sample_case_data(agency, agency.sops[0], start, seed=i, rows=rng.randint(1, 4))
        if rng.random() < 0.1:
            _break(data, rng)
        if unique_texts:
            _make_unique(data, i)
        texts.append(json.dumps(data, ensure_ascii=False))
    return texts


def _cpu(run: Callable[[], object]) -> float:
    """CPU seconds of the process for one call (other engineers' jobs share the machine: wall
    time would count the time we wait for a core)."""
    start = time.process_time()
    run()
    return time.process_time() - start


def _paired(runs: list[Callable[[], object]], repeat: int) -> tuple[list[float], list[float]]:
    """Median time of each run, and the median of each run's ratio to the first; every repeat
    times all of them back to back, so that a slow moment of the machine affects them alike."""
    times: list[list[float]] = [[] for _ in runs]
    ratios: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        measured = [_cpu(run) for run in runs]
        for k, t in enumerate(measured):
            times[k].append(t)
            ratios[k].append(t / measured[0])
    return [statistics.median(t) for t in times], [statistics.median(r) for r in ratios]


def load_only(texts: list[str]) -> int:
    # Like load_and_check, keeps no case alive: both pay the same allocation and GC costs.
    events = 0
    for t in texts:
        events += len(case_from_dict(json.loads(t)).events)
    return events


def load_and_check(texts: list[str], settings: CheckSettings | None = None) -> int:
    findings = 0
    for t in texts:
        findings += len(check_case(case_from_dict(json.loads(t)), settings).findings)
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--unique-texts",
        action="store_true",
        help="give every tested item, document title and consequence its own text (see "
        "_make_unique): the cost when no per-text cache can help",
    )
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    texts = generate(args.cases, unique_texts=args.unique_texts)
    generated = time.perf_counter() - t0
    size = statistics.mean(len(t) for t in texts)
    events = statistics.mean(t.count('"kind": "step_') for t in texts)
    print(
        f"generated {len(texts)} cases in {generated:.1f} s; mean JSON size {size / 1024:.1f} KiB, "
        f"mean step events {events:.1f}"
    )
    load_and_check(texts[:300])  # warm-up: plans, calendar years, caches

    sizes = [n for n in (1_000, 5_000, 10_000) if n <= len(texts)] or [len(texts)]
    print(
        f"{'N':>6} {'load':>6} {'load+check':>10} {'cases/s':>8} {'ratio':>6} "
        f"{'l+c w/o harm':>14} {'ratio':>6}   (us per case)"
    )
    rows = []
    no_harm = CheckSettings(validate_records=False)
    for n in sizes:
        part = texts[:n]
        (load, both, lean), (_, ratio, lean_ratio) = _paired(
            [
                functools.partial(load_only, part),
                functools.partial(load_and_check, part),
                functools.partial(load_and_check, part, no_harm),
            ],
            args.repeat,
        )
        load, both, lean = load / n, both / n, lean / n
        rows.append((n, load, both, lean, ratio, lean_ratio))
        print(
            f"{n:>6} {load * 1e6:>6.0f} {both * 1e6:>10.0f} {1 / both:>8.0f} {ratio:>6.2f} "
            f"{lean * 1e6:>14.0f} {lean_ratio:>6.2f}"
        )
    # The split of the check's cost comes from the paired ratios (each repeat times its three
    # runs back to back), times the median load: differences of medians taken from different
    # repeats swing with the machine's load.
    print("check alone (us per case), from the paired ratios x load:")
    for n, load, _, _, ratio, lean_ratio in rows:
        check, harm, rules = (
            (ratio - 1) * load,
            (ratio - lean_ratio) * load,
            (lean_ratio - 1) * load,
        )
        print(
            f"{n:>6}: {check * 1e6:.0f}; harm.validate of the records {harm * 1e6:.0f} "
            f"({harm / check:.0%}), the case rules {rules * 1e6:.0f}"
        )
    first, last = rows[0], rows[-1]
    print(
        f"linearity: load+check per case at N={last[0]} / N={first[0]} = {last[2] / first[2]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
