"""A client that stops reading its answer is dropped within a bounded time, with what the server
held for it (`uji_konsekuensi.service.protocol`, the send deadline).

The answer must be larger than what the kernel's socket buffers take on loopback (some
megabytes) for anything to wait in the server's process, so the server here is the service's
HTTP protocol (`GuardedH11Protocol`, as ``serve`` runs it) in front of a tiny application that
answers 24 MiB at once, in a subprocess on 127.0.0.1: what is tested is the protocol, with real
sockets. The service's own answers go through the same protocol.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")

from uji_konsekuensi.service.protocol import SEND_PROGRESS
from uji_konsekuensi.service.testing import free_port

LINUX = Path("/proc/self/status").exists()
pytestmark = pytest.mark.skipif(not LINUX, reason="reads the server's state from /proc")

SEND_TIMEOUT = 1.5
ANSWER = 24 * 1024 * 1024
SLOW_CLIENTS = 4

SERVER = textwrap.dedent(
    """
    import sys

    import uvicorn

    from uji_konsekuensi.service.protocol import for_settings
    from uji_konsekuensi.service.service_settings import ServiceSettings

    size, port, send_timeout = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])


    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        # Like every answer of the service: one body, written whole.
        body = b"x" * size
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", str(size).encode())]})
        await send({"type": "http.response.body", "body": body})


    settings = ServiceSettings(port=port, send_timeout=send_timeout, header_timeout=60.0)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", http=for_settings(settings))
    """
)


class Server:
    def __init__(self, pid: int, port: int) -> None:
        self.pid, self.port = pid, port

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("no VmRSS")

    def sockets(self) -> int:
        """Open sockets of the server (the listening one and its connections)."""
        count = 0
        for fd in os.listdir(f"/proc/{self.pid}/fd"):
            try:
                count += os.readlink(f"/proc/{self.pid}/fd/{fd}").startswith("socket:")
            except OSError:
                continue
        return count

    def connect(self, *, receive_buffer: int | None = None) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if receive_buffer is not None:
            # A small window: the answer waits in the server, not in this socket.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        sock.connect(("127.0.0.1", self.port))
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        return sock


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    port = free_port()
    # glibc returns a freed block of this size or more to the system at once (its threshold
    # otherwise rises to the largest block freed, and freed answers linger in the heap until it
    # is trimmed), so the server's resident memory shows what it still holds.
    env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": str(128 * 1024)}
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(ANSWER), str(port), str(SEND_TIMEOUT)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"the server did not start: {proc.stderr}") from None
                time.sleep(0.1)
        yield Server(proc.pid, port)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _received(sock: socket.socket, seconds: float) -> tuple[int, str]:
    """Read what is left, within ``seconds``: (bytes, how it ended: "eof", "reset", "open")."""
    sock.settimeout(0.5)
    total, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            data = sock.recv(1 << 20)
        except TimeoutError:
            continue
        except ConnectionResetError:
            return total, "reset"
        if not data:
            return total, "eof"
        total += len(data)
    return total, "open"


def _round(server: Server) -> tuple[float, int, list[tuple[int, str]]]:
    """`SLOW_CLIENTS` clients that ask for the answer and read nothing, until the server has
    dropped them all: (seconds until then, peak resident memory in KiB, what each client got)."""
    baseline = server.sockets()
    clients = [server.connect(receive_buffer=4096) for _ in range(SLOW_CLIENTS)]
    started = time.monotonic()
    try:
        peak, seen = server.rss_kib(), False
        while time.monotonic() - started < 4 * SEND_TIMEOUT + 20:
            peak = max(peak, server.rss_kib())
            connected = server.sockets() - baseline
            seen = seen or connected == SLOW_CLIENTS
            if seen and connected == 0:
                break
            time.sleep(0.05)
        took = time.monotonic() - started
        assert seen and server.sockets() == baseline, "a slow reader is still connected"
        return took, peak, [_received(sock, 2.0) for sock in clients]
    finally:
        for sock in clients:
            sock.close()


def test_a_client_that_stops_reading_is_dropped_and_what_was_held_is_freed(server: Server) -> None:
    """Clients that read nothing of a 24 MiB answer are aborted within two send deadlines after
    it was held up (1.5 s each here): each gets part of the answer and then the end of the
    connection, never the whole. While they waited the server held their answers (its memory
    grew by about that, and no more); once they are dropped it holds nothing for them, round
    after round."""
    baseline = server.rss_kib()
    for _ in range(2):
        took, peak, received = _round(server)
        # Writing the answers takes a second or so under load; then at most two deadlines.
        assert took < 2 * SEND_TIMEOUT + 8, took
        assert peak - baseline > ANSWER // 1024, "no answer waited in the server"
        # The answers, and the copies uvicorn and asyncio make of each while writing it.
        assert peak - baseline < SLOW_CLIENTS * 3 * ANSWER // 1024, peak - baseline
        for got, end in received:
            assert end in ("reset", "eof") and got < ANSWER, (got, end)
        assert server.rss_kib() - baseline < 8 * 1024, "what was held is not freed"


def test_a_client_that_reads_slowly_but_steadily_gets_the_whole_answer(server: Server) -> None:
    """A client held up, but taking more than 64 KiB of the answer in every deadline, is never
    cut off: it reads at most 64 KiB every 20 ms (some MB/s), so the 24 MiB take several
    seconds, several deadlines, with the answer waiting in the server all along."""
    assert SEND_PROGRESS == 64 * 1024
    sock = server.connect(receive_buffer=64 * 1024)
    try:
        sock.settimeout(10)
        started = time.monotonic()
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(4096)
        total = len(head.split(b"\r\n\r\n", 1)[1])
        while total < ANSWER:
            data = sock.recv(64 * 1024)
            assert data, f"the connection was closed after {total} bytes"
            total += len(data)
            time.sleep(0.02)
        assert total == ANSWER
        assert time.monotonic() - started > 2 * SEND_TIMEOUT, "the answer was not held up"
    finally:
        sock.close()


def test_unsent_counts_the_kernel_queue_on_linux() -> None:
    """What a client has not taken includes the kernel's send queue (SIOCOUTQ): data a reader
    with a full window has not taken shows in it, and leaves it as the reader reads, so a
    client reading out of the kernel's megabytes is seen to progress before the transport's
    own buffer moves."""
    import asyncio

    from uji_konsekuensi.service.protocol import unsent

    class Transport(asyncio.Transport):
        def __init__(self, sock: socket.socket) -> None:
            super().__init__()
            self.sock = sock

        def get_write_buffer_size(self) -> int:
            return 10

        def get_extra_info(self, name: str, default: object = None) -> object:
            return self.sock if name == "socket" else default

    listener = socket.create_server(("127.0.0.1", 0))
    reader = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    reader.connect(listener.getsockname())
    writer, _ = listener.accept()
    try:
        writer.setblocking(False)
        sent = 0
        with contextlib.suppress(BlockingIOError):
            while sent < 8 * 1024 * 1024:
                sent += writer.send(b"y" * 65536)
        # The reader's window is full: the rest waits in the writer's kernel queue.
        assert unsent(Transport(writer)) > 10 + 64 * 1024
        reader.settimeout(5)
        taken, deadline = 0, time.monotonic() + 20
        while taken < sent and time.monotonic() < deadline:
            taken += len(reader.recv(1 << 20))
        assert taken == sent
        while unsent(Transport(writer)) != 10 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert unsent(Transport(writer)) == 10
    finally:
        for sock in (writer, reader, listener):
            sock.close()


def test_the_send_deadline_is_a_setting_of_serve_and_the_environment() -> None:
    """``--send-timeout`` / ``UJI_KONSEKUENSI_SEND_TIMEOUT`` (default 30 s), positive, said
    at start-up; the protocol class made for the settings carries it."""
    from uji_konsekuensi.errors import InputError
    from uji_konsekuensi.service.protocol import GuardedH11Protocol, for_settings
    from uji_konsekuensi.service.runner import startup_lines
    from uji_konsekuensi.service.service_settings import ENVIRONMENT, ServiceSettings, from_env

    assert ServiceSettings().send_timeout == 30.0
    assert from_env({"UJI_KONSEKUENSI_SEND_TIMEOUT": "4.5"}).send_timeout == 4.5
    assert ENVIRONMENT["send_timeout"] == "UJI_KONSEKUENSI_SEND_TIMEOUT"
    with pytest.raises(InputError) as refused:
        ServiceSettings(send_timeout=0).check()
    assert [p.path for p in refused.value.problems] == ["--send-timeout"]
    assert "reading the answer 30 s" in " ".join(startup_lines(ServiceSettings(), "en"))
    protocol = for_settings(ServiceSettings(send_timeout=7))
    assert issubclass(protocol, GuardedH11Protocol)
    assert protocol.settings is not None and protocol.settings.send_timeout == 7
