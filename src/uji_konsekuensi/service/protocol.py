"""uvicorn's h11 protocol with the limits uvicorn lacks: a deadline for the request head, a cap on
open connections, and a deadline for a client that stops reading its answer.

uvicorn (checked on 0.55) times a connection out only while it is idle *after* an answer
(``timeout_keep_alive``). A connection that opens and sends its request head a byte at a time,
or nothing at all, is held for ever. ``limit_concurrency`` does not help: it counts connections
and running requests, but it still accepts every connection and answers 503 (plain text, no
``Retry-After``) only once a whole request head has arrived, so a thousand connections that
never finish their head all stay open.

`GuardedH11Protocol` adds:

- **A request-head deadline** (``header_timeout``): from the connection's opening, and again
  from the end of each answer, the client has that long to send a complete request head. The
  timer fires only while no request is being handled (the body then has its own deadline, in
  the application: `uji_konsekuensi.service.app.Guard`). A client that sent part of a head gets
  408 (problem+json, ``Connection: close``); an idle one is closed without a word, as uvicorn
  closes an idle keep-alive connection.
- **A connection cap** (``max_connections``): a connection beyond it gets 503 ``busy`` with
  ``Retry-After`` and is closed at once, before reading anything.
- **A send deadline** (``send_timeout``) for a client that stops reading its answer. uvicorn
  writes an answer into the connection's transport, which keeps in memory what the socket does
  not take yet (the kernel takes some megabytes first); past 64 KiB waiting it pauses the
  application's writes (``pause_writing``) until the client has read it down to 16 KiB
  (``resume_writing``). It waits for that for ever, holding the answer (a whole PDF: every
  answer of this service is written as one body) and the connection; ``transport.close()``
  waits too, for what is left to send. So while an answer is held up, the client must take at
  least `SEND_PROGRESS` bytes of it (64 KiB; or all of it) in every ``send_timeout`` seconds;
  otherwise the connection is aborted (``transport.abort()``), dropping what was waiting, and
  the application's write returns as for a client that went away. What the client took is
  what left the transport's buffer and the kernel's send queue together (``SIOCOUTQ`` on
  Linux; elsewhere the transport's buffer alone, which moves only once the kernel's queue has
  room). A stalled client is dropped within two ``send_timeout``; a slow but steady one (64 KiB
  in 30 s, 2.2 kB/s, for the default) is never cut off. What the server holds is bounded by
  the connection cap times the largest answer, and an answer the socket's buffers take whole
  never pauses (the head deadline then closes the idle connection as before).

`serve` uses it; run by uvicorn directly, pass ``--http
uji_konsekuensi.service.protocol:GuardedH11Protocol`` (it reads its limits from the
environment, `uji_konsekuensi.service.service_settings.from_env`).
"""

from __future__ import annotations

import asyncio
import functools
import struct
import sys
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..i18n import Text
from . import messages as M
from .problems import problem_bytes
from .service_settings import ServiceSettings, from_env

#: Bytes a client held up reading its answer must take in each ``send_timeout``: asyncio's
#: high-water mark of a transport (64 KiB), the most it holds before it pauses the writer.
SEND_PROGRESS = 64 * 1024


def _kernel_queue_request() -> int | None:
    """The ioctl that tells the bytes in a socket's send queue not yet taken by the peer
    (Linux ``SIOCOUTQ``, the same number as ``TIOCOUTQ``), or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import termios
    except ImportError:  # pragma: no cover - every Linux Python has termios
        return None
    return getattr(termios, "TIOCOUTQ", None)


_OUTQ = _kernel_queue_request()


def unsent(transport: asyncio.Transport) -> int:
    """Bytes of the answer not yet taken by the client: the transport's buffer, plus the
    kernel's send queue where the system tells it."""
    waiting = transport.get_write_buffer_size()
    sock = transport.get_extra_info("socket")
    if _OUTQ is not None and sock is not None:
        import fcntl

        try:
            raw = fcntl.ioctl(sock.fileno(), _OUTQ, b"\0\0\0\0")
        except OSError:
            return waiting
        waiting += int(struct.unpack("i", raw)[0])
    return waiting


class GuardedH11Protocol(H11Protocol):
    """See the module notes. The limits are class attributes: `for_settings` makes the class
    for given settings; this one reads them from the environment."""

    settings: ServiceSettings | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = type(self).settings or _env_settings()
        self.header_timeout = settings.header_timeout
        self.max_connections = settings.max_connections
        self.default_lang = settings.lang
        self.send_timeout = settings.send_timeout
        self.head_timer: asyncio.TimerHandle | None = None
        self.send_timer: asyncio.TimerHandle | None = None
        self.send_waiting = 0
        self.head_started = False

    # --- the cap ---

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self.refuse(
                503,
                M.CONNECTIONS_TOO_MANY(most=self.max_connections),
                busy=True,
            )
            return
        self.arm()

    # --- the request-head deadline ---

    def arm(self) -> None:
        self.disarm()
        self.head_started = False
        self.head_timer = self.loop.call_later(self.header_timeout, self.head_timed_out)

    def disarm(self) -> None:
        if self.head_timer is not None:
            self.head_timer.cancel()
            self.head_timer = None

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self.handling():
            # Part of a request head is waiting in h11's buffer, or the client is still
            # sending the body of a request already answered (drained and dropped): either way
            # it is sending, and is owed a 408 at the deadline. A connection that finished
            # sending is idle, and is closed without a word.
            self.head_started = self.conn.their_state is not h11.IDLE or bool(
                self.conn.trailing_data[0]
            )

    def handling(self) -> bool:
        """Whether the application is working on a request of this connection now."""
        return self.cycle is not None and not self.cycle.response_complete

    def head_timed_out(self) -> None:
        self.head_timer = None
        if self.transport is None or self.transport.is_closing():
            return
        if self.handling():
            # The application has the request: its body deadline applies, not this one.
            return
        if not self.head_started:
            self.transport.close()
            return
        seconds = f"{self.header_timeout:g}"
        self.refuse(
            408,
            M.HEAD_TOO_SLOW(seconds=seconds),
        )

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and not self.handling():
            self.arm()

    # --- the send deadline ---

    def pause_writing(self) -> None:
        super().pause_writing()
        if self.send_timer is None:
            self.send_waiting = unsent(self.transport)
            self.send_timer = self.loop.call_later(self.send_timeout, self.send_checked)

    def resume_writing(self) -> None:
        super().resume_writing()
        self.stop_send_timer()

    def stop_send_timer(self) -> None:
        if self.send_timer is not None:
            self.send_timer.cancel()
            self.send_timer = None

    def send_checked(self) -> None:
        """``send_timeout`` after the answer was held up, or after the last check: has the
        client taken `SEND_PROGRESS` bytes of it since (or all of it)?"""
        self.send_timer = None
        if self.transport is None:
            return
        waiting = unsent(self.transport)
        if waiting and self.send_waiting - waiting < SEND_PROGRESS:
            # Dropped with what was waiting to be sent: close() would wait for the client to
            # read it. connection_lost follows and releases the application's write.
            self.transport.abort()
            return
        self.send_waiting = waiting
        self.send_timer = self.loop.call_later(self.send_timeout, self.send_checked)

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
        self.stop_send_timer()
        super().connection_lost(exc)

    def refuse(self, status: int, detail: Text, *, busy: bool = False) -> None:
        """Answer with a problem and close, whatever state the HTTP exchange is in."""
        self.disarm()
        self.transport.write(problem_bytes(status, self.default_lang, detail, busy=busy))
        # h11 must not write anything more on this connection.
        self.conn = h11.Connection(h11.SERVER)
        self.transport.close()


@functools.cache
def _env_settings() -> ServiceSettings:
    # Read once per process (uvicorn makes a protocol object per connection).
    return from_env()


def for_settings(settings: ServiceSettings) -> type[GuardedH11Protocol]:
    """The protocol class with these settings' limits (what `serve` gives uvicorn)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"settings": settings})


__all__ = ["SEND_PROGRESS", "GuardedH11Protocol", "for_settings"]
