"""uvicorn's h11 protocol with the two limits uvicorn lacks: a deadline for the request head, and
a cap on open connections.

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

`serve` uses it; run by uvicorn directly, pass ``--http
uji_konsekuensi.service.protocol:GuardedH11Protocol`` (it reads its limits from the
environment, `uji_konsekuensi.service.service_settings.from_env`).
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..i18n import Text
from .problems import problem_bytes
from .service_settings import ServiceSettings, from_env


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
        self.head_timer: asyncio.TimerHandle | None = None
        self.head_started = False

    # --- the cap ---

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self.refuse(
                503,
                Text(
                    id=f"terlalu banyak sambungan terbuka (paling banyak {self.max_connections})",
                    en=f"too many open connections (at most {self.max_connections})",
                ),
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
            Text(
                id=f"kepala permintaan tidak selesai dikirim dalam {seconds} detik",
                en=f"the request head did not arrive within {seconds} s",
            ),
        )

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and not self.handling():
            self.arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
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


__all__ = ["GuardedH11Protocol", "for_settings"]
