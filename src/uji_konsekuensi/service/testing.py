"""A real running service for tests and benchmarks: ``uji-konsekuensi serve`` in a subprocess on a
free loopback port, and a small HTTP client on the standard library.

Used by the project's tests (tests/test_service*.py), the example clients' tests and
benchmarks/bench_service.py; an agency can use it to test its plugin through the service::

    with running_service() as url:
        status, headers, body = call("GET", url + "/v1/agencies/contoh")
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

__all__ = ["call", "call_json", "free_port", "running_process", "running_service"]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def running_service(
    *,
    env: Mapping[str, str] | None = None,
    args: tuple[str, ...] = (),
    cwd: str | Path | None = None,
    startup: float = 30.0,
) -> Iterator[str]:
    """Start ``uji-konsekuensi serve`` on a free loopback port; yield its base URL
    ("http://127.0.0.1:PORT"); stop it afterwards. ``env`` is added to the environment (the
    token, the limits); ``args`` are more options of ``serve``."""
    with running_process(env=env, args=args, cwd=cwd, startup=startup) as (url, _):
        yield url


@contextlib.contextmanager
def running_process(
    *,
    env: Mapping[str, str] | None = None,
    args: tuple[str, ...] = (),
    cwd: str | Path | None = None,
    startup: float = 30.0,
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`running_service`, yielding the server's process too (its pid: what a test reads from
    /proc, such as its threads, memory and worker processes)."""
    port = free_port()
    environment = {**os.environ, **(env or {})}
    command = [sys.executable, "-m", "uji_konsekuensi", "serve", "--port", str(port), *args]
    process = subprocess.Popen(
        command,
        env=environment,
        cwd=None if cwd is None else str(cwd),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"the service exited with {process.returncode}: "
                    f"{process.stderr.read() if process.stderr else ''}"
                )
            try:
                status, _, _ = call("GET", url + "/v1/health", timeout=1.0)
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the service did not answer within {startup} s")
            time.sleep(0.05)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


def call(
    method: str,
    url: str,
    body: bytes | str | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    connection: http.client.HTTPConnection | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request: (status, headers with lower-case names, body bytes). ``connection``:
    reuse a keep-alive connection (benchmarks)."""
    parts = urllib.parse.urlsplit(url)
    conn = connection or http.client.HTTPConnection(
        parts.hostname or "127.0.0.1", parts.port, timeout=timeout
    )
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    data = body.encode("utf-8") if isinstance(body, str) else body
    sent = dict(headers or {})
    if data is not None:
        sent.setdefault("Content-Type", "application/json")
    try:
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        payload = response.read()
        return (
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            payload,
        )
    finally:
        if connection is None:
            conn.close()


def call_json(
    method: str,
    url: str,
    data: Any = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[int, Any]:
    """A request with a JSON body (when ``data`` is not None) and its JSON answer."""
    body = None if data is None else json.dumps(data, ensure_ascii=False)
    status, _, payload = call(method, url, body, headers)
    return status, json.loads(payload)
