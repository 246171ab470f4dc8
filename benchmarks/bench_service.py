#!/usr/bin/env python3
"""The HTTP service against its references, in one run: ratios, not absolute times.

1. ``check`` over HTTP against the same check in process. The in-process reference does what a
   request does, on one thread: read the JSON text with the library's reader
   (`jsonio.parse_json`), `case_from_dict`, `check_case` (through `check_cases`, the function the
   service calls). Over HTTP, 4 clients each POST one case per request to ``/v1/check`` on
   keep-alive connections, as fast as answers come. Target (issue 11): at least half the
   in-process rate.
2. ``due`` over HTTP against the command line started once per call (``uji-konsekuensi due
   2025-03-25 --deadline notice --agency kalbar --json`` in a new process each time), as a portal
   without the service does. Target: at least 100 times the command line's rate.
3. Latency: p50 and p99 of ``GET /v1/due`` and ``POST /v1/check`` at 1, 4 and 16 concurrent
   clients.

The cases are the generator's (`uji_konsekuensi.case.samples`): the four agencies' SOPs, start
dates over 2025-2026, one to four tested items. The service runs as ``uji-konsekuensi serve`` in
its own process (``--workers``, default 1), on a free loopback port, started and stopped here.
Rates are wall-clock: the clients, the server and the reference share the machine's cores, as
they would on a portal's server.

    python benchmarks/bench_service.py [--cases 200] [--seconds 4] [--workers 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.case.samples import sample_case_data
from uji_konsekuensi.converter import unstructure
from uji_konsekuensi.jsonio import parse_json
from uji_konsekuensi.results import check_cases
from uji_konsekuensi.service.testing import running_service

AGENCIES = ("kalbar", "kalteng", "kasn", "kutai-timur")
DUE_PATH = "/v1/due?start=2025-03-25&deadline=notice&agency=kalbar"


def generate(n: int, seed: int = 2025) -> list[bytes]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        agency = get_agency(AGENCIES[i % len(AGENCIES)])
        start = dt.date(2025, 1, 2) + dt.timedelta(days=rng.randrange(0, 700))
        data = sample_case_data(agency, agency.sops[0], start, seed=i, rows=rng.randint(1, 4))
        out.append(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return out


def in_process_rate(bodies: list[bytes], seconds: float) -> float:
    """Cases per second checked in process, one thread, for about ``seconds``."""
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        body = bodies[done % len(bodies)]
        data = parse_json(body.decode("utf-8"), "bench")
        unstructure(check_cases([("bench", data)]))
        done += 1
    return done / (time.perf_counter() - start)


def load(
    url: str,
    clients: int,
    seconds: float,
    request: Callable[[int], tuple[str, str, bytes | None]],
) -> tuple[float, list[float]]:
    """``clients`` threads, each on its own keep-alive connection, sending ``request(i)`` for
    about ``seconds``; returns (answers per second, latencies in seconds)."""
    host, port = url.removeprefix("http://").split(":")
    latencies: list[list[float]] = [[] for _ in range(clients)]
    failures: list[str] = []
    stop = threading.Event()
    barrier = threading.Barrier(clients + 1)

    def worker(k: int) -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        i = k
        barrier.wait()
        while not stop.is_set():
            method, path, body = request(i)
            headers = {"Content-Type": "application/json"} if body is not None else {}
            t0 = time.perf_counter()
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            latencies[k].append(time.perf_counter() - t0)
            if response.status != 200:
                failures.append(f"{path}: {response.status}")
                stop.set()
            i += clients
        conn.close()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise SystemExit(f"a request failed: {failures[0]}")
    flat = [x for per in latencies for x in per]
    return len(flat) / elapsed, flat


def cli_rate(calls: int) -> float:
    """Calls per second of the command line started once per call."""
    command = [
        sys.executable,
        "-m",
        "uji_konsekuensi",
        "due",
        "2025-03-25",
        "--deadline",
        "notice",
        "--agency",
        "kalbar",
        "--json",
    ]
    start = time.perf_counter()
    for _ in range(calls):
        done = subprocess.run(command, capture_output=True, check=True)
        assert json.loads(done.stdout)["due"] == "2025-04-17"
    return calls / (time.perf_counter() - start)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=4.0, help="per measurement")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--cli-calls", type=int, default=10)
    args = parser.parse_args(argv)

    bodies = generate(args.cases)
    size = statistics.mean(len(b) for b in bodies) / 1024
    print(f"{len(bodies)} cases, mean {size:.1f} KiB of JSON; server workers: {args.workers}")

    def check_request(i: int) -> tuple[str, str, bytes | None]:
        return "POST", "/v1/check", bodies[i % len(bodies)]

    def due_request(i: int) -> tuple[str, str, bytes | None]:
        return "GET", DUE_PATH, None

    in_process_rate(bodies, 1.0)  # warm-up: SOP plans and calendar years built once
    env = {"UJI_KONSEKUENSI_MAX_BATCH": "1000"}
    with running_service(env=env, args=("--workers", str(args.workers))) as url:
        load(url, 4, 1.0, check_request)  # warm-up of every worker
        load(url, 4, 0.5, due_request)
        reference = in_process_rate(bodies, args.seconds)
        http_rate, _ = load(url, 4, args.seconds, check_request)
        due_rate, _ = load(url, 1, args.seconds, due_request)
        latency: dict[tuple[str, int], tuple[float, float, float]] = {}
        for name, request in (("due", due_request), ("check", check_request)):
            for clients in (1, 4, 16):
                rate, times = load(url, clients, args.seconds / 2, request)
                latency[(name, clients)] = (rate, percentile(times, 50), percentile(times, 99))
    cli = cli_rate(args.cli_calls)

    print()
    print("| measurement | rate/s | reference rate/s | ratio | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    print(
        f"| check over HTTP, 4 clients vs in process | {http_rate:.0f} | {reference:.0f} | "
        f"**{http_rate / reference:.2f}** | >= 0.5 |"
    )
    print(
        f"| due over HTTP, 1 client vs CLI per call | {due_rate:.0f} | {cli:.2f} | "
        f"**{due_rate / cli:.0f}x** | >= 100x |"
    )
    print()
    print("| operation | clients | answers/s | p50 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for (name, clients), (rate, p50, p99) in latency.items():
        print(f"| {name} | {clients} | {rate:.0f} | {p50 * 1000:.1f} | {p99 * 1000:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
