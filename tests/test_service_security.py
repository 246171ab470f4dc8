"""The service is safe by default (issue 11): loopback unless a token is set, limits on body,
batch and time, no request reads or writes a file on the server, hostile input is a 4xx.
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("starlette")

from uji_konsekuensi.service.runner import startup_lines
from uji_konsekuensi.service.service_settings import ServiceSettings, is_loopback
from uji_konsekuensi.service.testing import call, call_json, running_service

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "examples" / "cases"
TOKEN = "another-long-test-token-0123456789"


def case(name: str = "kalbar.case.json") -> Any:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``: (size, mtime in ns)."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The service's working directory, holding a case file a request might try to make it
    read (its id is a marker that must never appear in an answer)."""
    folder = tmp_path_factory.mktemp("service-cwd")
    secret = case() | {"id": "RAHASIA-DI-DISK-SERVER"}
    (folder / "secret.case.json").write_text(json.dumps(secret), encoding="utf-8")
    (folder / "kalbar.case.json").write_text(json.dumps(secret), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def url(workdir: Path) -> Iterator[str]:
    env = {"UJI_KONSEKUENSI_MAX_BODY": "65536", "UJI_KONSEKUENSI_MAX_BATCH": "3"}
    with running_service(env=env, cwd=workdir) as base:
        yield base


# --- binding and token ------------------------------------------------------------------------


def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "UJI_KONSEKUENSI_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "uji_konsekuensi", "serve", *args],
        env={**environment, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_non_loopback_without_token_is_refused() -> None:
    """`serve --host 0.0.0.0` without UJI_KONSEKUENSI_TOKEN exits 2 naming the variable; it
    never starts listening."""
    done = serve("--host", "0.0.0.0", "--port", "9")
    assert done.returncode == 2
    assert "UJI_KONSEKUENSI_TOKEN" in done.stderr and "0.0.0.0" in done.stderr
    assert "melayani" not in done.stderr and "Traceback" not in done.stderr
    english = serve("--lang", "en", "--host", "192.0.2.1", "--port", "9")
    assert english.returncode == 2 and "reachable from other machines" in english.stderr


def test_a_short_token_is_refused() -> None:
    """A token that could be guessed (under 16 characters) is refused at start."""
    done = serve("--host", "0.0.0.0", "--port", "9", env={"UJI_KONSEKUENSI_TOKEN": "abc"})
    assert done.returncode == 2 and "UJI_KONSEKUENSI_TOKEN" in done.stderr


def test_startup_says_how_it_is_protected() -> None:
    """The start-up lines name the address, whether a token is required, and the limits."""
    open_ = startup_lines(ServiceSettings(), "en")
    assert open_[0] == "uji-konsekuensi serving at http://127.0.0.1:8421/v1/"
    assert "no token" in open_[1] and "loopback" in open_[1]
    guarded = startup_lines(ServiceSettings(host="0.0.0.0", token=TOKEN), "id")
    assert "token wajib" in guarded[1] and "UJI_KONSEKUENSI_TOKEN" in guarded[1]
    assert TOKEN not in "\n".join(guarded)  # the token itself is never printed


def test_loopback_addresses() -> None:
    """127.0.0.0/8, ::1 and localhost are loopback; anything else is not."""
    assert all(map(is_loopback, ["127.0.0.1", "127.3.2.1", "::1", "[::1]", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "192.168.1.10", "example.org", ""]))


def _asgi(app: Any, server: tuple[str, int], headers: list[tuple[bytes, bytes]]) -> int:
    import anyio

    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/v1/agencies",
        "raw_path": b"/v1/agencies",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("198.51.100.7", 50000),
        "server": server,
    }
    anyio.run(app, scope, receive, send)
    return int(sent[0]["status"])


def test_app_run_by_another_server_on_a_public_address_refuses() -> None:
    """Run by uvicorn directly (--factory) on a public address without a token, the app answers
    every request 403: the guard does not depend on `serve`."""
    from uji_konsekuensi.service import create_app

    app = create_app(ServiceSettings())
    assert _asgi(app, ("203.0.113.5", 8421), []) == 403
    assert _asgi(app, ("127.0.0.1", 8421), []) == 200
    guarded = create_app(ServiceSettings(host="0.0.0.0", token=TOKEN))
    assert _asgi(guarded, ("203.0.113.5", 8421), []) == 401
    auth = [(b"authorization", f"Bearer {TOKEN}".encode())]
    assert _asgi(guarded, ("203.0.113.5", 8421), auth) == 200


# --- limits -----------------------------------------------------------------------------------


def test_oversize_body_is_413(url: str) -> None:
    """A body over the limit is 413, whether its length is declared or it is sent in chunks."""
    big = json.dumps(case() | {"padding": "x" * 70_000})
    status, headers, payload = call("POST", url + "/v1/check", big)
    assert status == 413 and headers["content-type"] == "application/problem+json"
    assert json.loads(payload)["problems"][0]["expected_en"] == "at most 65536 bytes"

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    chunks = (b"[" + b" " * 8192 for _ in range(12))
    conn.request(
        "POST",
        "/v1/check",
        body=chunks,
        headers={"Content-Type": "application/json"},
        encode_chunked=True,
    )
    response = conn.getresponse()
    assert response.status == 413
    conn.close()


def test_oversize_batch_is_422(url: str) -> None:
    """More cases than the batch limit is 422 naming the limit, counted before any case is read
    (four empty objects: four example cases would pass the body limit first); at the limit it
    is checked."""
    status, data = call_json("POST", url + "/v1/check", [{}] * 4)
    assert status == 422
    [problem] = data["problems"]
    assert problem["value"] == 4 and problem["expected"] == "paling banyak 3"
    assert problem["expected_en"] == "at most 3"
    status, data = call_json("POST", url + "/v1/check", [case()] * 3)
    assert status == 200 and data["summary"]["total"] == 3


def test_time_limit_is_503() -> None:
    """Work longer than the time limit is answered 503 with Retry-After, not left hanging."""
    with running_service(env={"UJI_KONSEKUENSI_TIMEOUT": "0.0001"}) as base:
        status, headers, payload = call("POST", base + "/v1/check", json.dumps([case()] * 3))
        assert status == 503 and headers["retry-after"] == "5"
        document = json.loads(payload)
        assert document["kind"] == "limit" and "0.0001" in document["detail"]
        assert call("GET", base + "/v1/health")[0] == 200  # the service still answers


# --- no file is read or written ---------------------------------------------------------------

PATH_LIKE = [
    "../../../../etc/passwd",
    "/etc/passwd",
    "secret.case.json",
    "kalbar.case.json",
    "./secret.case.json",
    "file:///etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "C:\\Windows\\win.ini",
    "\\\\server\\share\\x.json",
]


@pytest.mark.parametrize("text", PATH_LIKE)
def test_path_like_inputs_never_touch_the_disk(url: str, workdir: Path, text: str) -> None:
    """A path given where a code, a name, a case or a parameter is expected is a 4xx, the file
    is not read (its marker never comes back) and nothing in the working directory changes."""
    before = snapshot(workdir)
    q = quote(text, safe="")
    requests: list[tuple[str, str, Any]] = [
        ("GET", f"/v1/agencies/{q}", None),
        ("GET", f"/v1/agencies/kalbar/flowchart?sop={q}", None),
        ("GET", f"/v1/agencies/kalbar/plan?start=2025-03-24&sop={q}", None),
        ("GET", f"/v1/due?start=2025-03-25&days=3&timezone={q}", None),
        ("GET", f"/v1/due?start=2025-03-25&days=3&agency={q}", None),
        ("GET", f"/v1/due?start={q}&days=3", None),
        ("GET", f"/v1/due?start=2025-03-25&deadline={q}", None),
        ("POST", "/v1/check", [text]),
        ("POST", "/v1/check", text),
        ("POST", "/v1/check", case() | {"agency": text}),
        ("POST", "/v1/state", text),
        ("POST", f"/v1/render/{q}", case()),
        ("POST", f"/v1/render/lembar?agency={q}", case()),
        ("POST", f"/v1/render/lembar?format={q}", case()),
        ("POST", "/v1/render/lembar", text),
    ]
    for method, path, data in requests:
        body = None if data is None else json.dumps(data)
        status, _, payload = call(method, url + path, body)
        assert 400 <= status < 500, (method, path, status, payload[:300])
        assert b"RAHASIA-DI-DISK-SERVER" not in payload
        assert b"root:" not in payload
    assert snapshot(workdir) == before


HOSTILE_BODIES = [
    '{"id": "a", "id": "b"}',  # duplicate keys
    "[" * 5000 + "]" * 5000,  # nesting
    '{"x": NaN}',
    '{"x": 1e999999}',
    '{"x": 123456789012345678901234567890}',
    '{"x": "\\ud800"}',  # a lone surrogate
    '{"x": "a\\u0000b"}',  # NUL
    '"\\u202e"',
    "\ufeff{}",
    "",
]


@pytest.mark.parametrize("body", HOSTILE_BODIES, ids=range(len(HOSTILE_BODIES)))
def test_hostile_json_is_a_4xx(url: str, body: str) -> None:
    """Duplicate keys, deep nesting, NaN, huge numbers, control characters and lone surrogates
    are refused with a 4xx problem, on every operation that reads a body."""
    for path in ("/v1/check", "/v1/state", "/v1/render/lembar"):
        status, headers, payload = call("POST", url + path, body)
        assert 400 <= status < 500, (path, status, payload[:300])
        assert headers["content-type"] == "application/problem+json"


def test_hostile_text_in_a_case_is_refused_or_escaped(url: str) -> None:
    """Markup in a requester's name is escaped in the HTML letter (never executed), and a
    control character in a field is a 4xx naming the field."""
    hostile = case("kutai-timur.case.json")
    hostile["trigger"]["requester"]["name"] = '<script>alert("x")</script>'
    for document in hostile["documents"]:
        if document.get("refusal"):
            document["refusal"]["requester_name"] = '<script>alert("x")</script>'
    status, _, payload = call("POST", url + "/v1/render/penolakan", json.dumps(hostile))
    assert status == 200
    page = payload.decode("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    bad = case()
    bad["trigger"]["information"] = "laporan\x1b[31m"
    status, data = call_json("POST", url + "/v1/check", bad)
    assert status in (400, 422) and "trigger.information" in json.dumps(data["problems"])


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    field=st.sampled_from(
        [("trigger", "information"), ("trigger", "registration_number"), ("id",), ("sop",)]
    ),
    text=st.text(max_size=300),
    path=st.sampled_from(["/v1/check", "/v1/state", "/v1/render/lembar?format=md"]),
)
def test_any_text_in_any_field_is_a_result_or_a_4xx(
    url: str, field: tuple[str, ...], text: str, path: str
) -> None:
    """Whatever text a field holds, the answer is a result (200) or a clear 4xx, never 5xx."""
    data = case()
    node = data
    for key in field[:-1]:
        node = node[key]
    node[field[-1]] = text
    status, _, payload = call("POST", url + path, json.dumps(data))
    assert status == 200 or 400 <= status < 500, payload[:300]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    start=st.one_of(st.dates().map(str), st.text(max_size=40)),
    mode=st.sampled_from(["days", "deadline", "waktu"]),
    value=st.one_of(st.integers(-(10**7), 10**7).map(str), st.text(max_size=60)),
    zone=st.one_of(st.none(), st.sampled_from(["WIB", "WITA", "WIT"]), st.text(max_size=30)),
)
def test_any_query_to_due_is_a_result_or_a_4xx(
    url: str, start: str, mode: str, value: str, zone: str | None
) -> None:
    """Whatever the query of /v1/due and /v1/timeline holds, the answer is 200 or a 4xx
    problem, never a 5xx (years outside the calendar, huge counts, any text)."""
    query = f"start={quote(start, safe='')}&{mode}={quote(value, safe='')}"
    if zone is not None:
        query += f"&timezone={quote(zone, safe='')}"
    for path in (f"/v1/due?{query}", f"/v1/timeline?start={quote(start, safe='')}"):
        status, headers, payload = call("GET", url + path)
        assert status == 200 or (400 <= status < 500), (path, status, payload[:300])
        if status != 200:
            assert headers["content-type"] == "application/problem+json"
