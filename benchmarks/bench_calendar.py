"""Benchmark: cost of one ``WorkingCalendar.add_working_days`` call, against references.

Not a test. Run it with ``python benchmarks/bench_calendar.py`` (numpy needed: the ``bench``
extra). In one run, on the same starts and the same days off, it measures the median cost per
scalar call of:

- ``WorkingCalendar.add_working_days(date, n)`` (this library; tables already built);
- ``numpy.busday_offset(datetime64, n, roll="backward", busdaycal=...)`` with a prebuilt
  ``busdaycalendar`` holding the same holidays (numpy's best case: its own scalar type);
- the same numpy call given a ``datetime.date`` (what a caller with dates pays);
- a plain day-by-day loop over a set of non-working ordinals.

for n = 10 and n = 1000, and prints a table with ratios. Targets (issue 3): at most half the
cost of numpy.busday_offset per scalar call, and n = 1000 no slower than n = 10.

Every method's results are first checked to be equal (numpy with ``roll="backward"`` has our
semantics: day 0 is the start even on a non-working day).
"""

from __future__ import annotations

import datetime as dt
import gc
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from uji_konsekuensi.calendar import WorkingCalendar
from uji_konsekuensi.calendar._holidays import package_version

REPEATS = 15
SAMPLES = 2000
FIRST, LAST = dt.date(2024, 1, 1), dt.date(2027, 12, 31)


def _median_ns_per_call(
    call: Callable[[Any, int], object], starts: Sequence[Any], n: int, repeats: int = REPEATS
) -> float:
    """Median over ``repeats`` runs of (time for all starts) / len(starts), in nanoseconds."""
    results = []
    gc.disable()
    try:
        for _ in range(repeats):
            t0 = time.perf_counter_ns()
            for start in starts:
                call(start, n)
            results.append((time.perf_counter_ns() - t0) / len(starts))
    finally:
        gc.enable()
    return statistics.median(results)


def main() -> int:
    calendar = WorkingCalendar()
    rng = random.Random(20250325)
    span = (LAST - FIRST).days
    starts = [FIRST + dt.timedelta(days=rng.randrange(span + 1)) for _ in range(SAMPLES)]
    starts64 = [np.datetime64(d) for d in starts]

    # Build the tables the counts need (the benchmark measures steady-state calls) and take the
    # very same days off for numpy and the loop.
    last_needed = calendar.add_working_days(LAST, 1000)
    first_needed = calendar.add_working_days(FIRST, -1)
    off = calendar.non_working_days(first_needed, last_needed + dt.timedelta(days=30))
    holidays = [np.datetime64(d.date) for d in off if d.date.weekday() < 5]
    busdaycal = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    off_ordinals = {d.date.toordinal() for d in off}

    def ours(start: dt.date, n: int) -> dt.date:
        return calendar.add_working_days(start, n)

    def numpy64(start: np.datetime64, n: int) -> np.datetime64:
        return np.busday_offset(start, n, roll="backward", busdaycal=busdaycal)

    def numpy_date(start: dt.date, n: int) -> np.datetime64:
        return np.busday_offset(start, n, roll="backward", busdaycal=busdaycal)

    def loop(start: dt.date, n: int) -> dt.date:
        ordinal, left = start.toordinal(), n
        while left:
            ordinal += 1
            if ordinal not in off_ordinals:
                left -= 1
        return dt.date.fromordinal(ordinal)

    # Same answers everywhere, or the timings mean nothing.
    for n in (10, 1000):
        for d, d64 in zip(starts, starts64, strict=True):
            expected = ours(d, n)
            assert numpy64(d64, n).astype(dt.date) == expected, (d, n)
            assert numpy_date(d, n).astype(dt.date) == expected, (d, n)
            assert loop(d, n) == expected, (d, n)

    rows: list[tuple[str, float, float]] = []
    loop_starts = starts[:200]  # the loop is slow at n = 1000; fewer calls, same median measure
    for name, call, inputs in (
        ("WorkingCalendar.add_working_days", ours, starts),
        ("numpy.busday_offset (datetime64)", numpy64, starts64),
        ("numpy.busday_offset (datetime.date)", numpy_date, starts),
        ("day-by-day loop", loop, loop_starts),
    ):
        rows.append(
            (name, _median_ns_per_call(call, inputs, 10), _median_ns_per_call(call, inputs, 1000))
        )

    print(
        f"Python {platform.python_version()} ({sys.implementation.name}), numpy {np.__version__}, "
        f"holidays {package_version()}; {SAMPLES} random starts {FIRST}..{LAST}; "
        f"median of {REPEATS} runs; national calendar (libur nasional + cuti bersama)"
    )
    print()
    print(f"{'method':<38} {'n=10 ns/call':>13} {'n=1000 ns/call':>15} {'1000/10':>8}")
    for name, ten, thousand in rows:
        print(f"{name:<38} {ten:>13.0f} {thousand:>15.0f} {thousand / ten:>8.2f}")
    ours_10, ours_1000 = rows[0][1], rows[0][2]
    print()
    print("ratios (ours / reference; target <= 0.50 against numpy datetime64):")
    for name, ten, thousand in rows[1:]:
        print(f"  vs {name:<36} n=10: {ours_10 / ten:5.2f}   n=1000: {ours_1000 / thousand:7.4f}")
    print(f"ours n=1000 / n=10: {ours_1000 / ours_10:.2f} (target <= 1, within noise)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
