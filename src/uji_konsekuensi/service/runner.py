"""Running the service with uvicorn, and saying at start-up how it is protected."""

from __future__ import annotations

import sys
from typing import TextIO

from ..i18n import Language
from . import messages as M
from .service_settings import ENV_TOKEN, ServiceSettings, is_loopback


def startup_lines(settings: ServiceSettings, lang: Language) -> list[str]:
    """What the service says when it starts: where, how it is protected, the limits."""
    url = f"http://{settings.host}:{settings.port}"
    guard = M.STARTUP_LOOPBACK() if settings.token is None else M.STARTUP_TOKEN(env=ENV_TOKEN)
    limits = M.STARTUP_LIMITS(
        max_body=settings.max_body, max_batch=settings.max_batch, timeout=settings.timeout
    )
    heavy = M.STARTUP_WORKERS(
        jobs=settings.jobs,
        queue=settings.queue,
        header_timeout=settings.header_timeout,
        body_timeout=settings.body_timeout,
        send_timeout=settings.send_timeout,
        max_connections=settings.max_connections,
    )
    return [
        M.STARTUP_SERVING(url=url).get(lang),
        guard.get(lang),
        limits.get(lang),
        heavy.get(lang),
        M.STARTUP_CONTRACT(url=url).get(lang),
    ]


def serve(
    settings: ServiceSettings,
    *,
    workers: int = 1,
    log_level: str = "warning",
    out: TextIO | None = None,
) -> None:
    """Check the settings (a non-loopback address needs a token: `InputError` otherwise), say how
    the service is protected, and serve until stopped."""
    import uvicorn

    settings.check()
    stream = out or sys.stderr
    for line in startup_lines(settings, settings.lang):
        print(line, file=stream, flush=True)
    if workers > 1:
        # Workers are separate processes: they read their settings from the environment, so the
        # settings given here are exported for them (the token is already there).
        import os

        from .service_settings import ENVIRONMENT

        for name, variable in ENVIRONMENT.items():
            os.environ[variable] = str(getattr(settings, name))
        _run_workers(settings, workers, log_level)
        return
    from .app import create_app
    from .protocol import for_settings

    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=log_level,
        server_header=False,
        # The request-head deadline and the connection cap (protocol.py).
        http=for_settings(settings),
    )


def _run_workers(settings: ServiceSettings, workers: int, log_level: str) -> None:
    """uvicorn's supervisor over ``workers`` processes sharing one listening socket.

    The socket is made here, not by uvicorn: uvicorn creates it without naming the protocol
    (proto 0), and asyncio then does not set TCP_NODELAY on the connections accepted from it, so
    on a keep-alive connection each answer waited about 40 ms for the client's delayed ACK
    (measured by benchmarks/bench_service.py). Naming IPPROTO_TCP restores TCP_NODELAY.
    """
    import inspect
    import socket

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "uji_konsekuensi.service.app:app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers,
        log_level=log_level,
        server_header=False,
        # Each worker process imports it and reads the limits exported above.
        http="uji_konsekuensi.service.protocol:GuardedH11Protocol",
    )
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((settings.host.strip("[]"), settings.port))
    sock.set_inheritable(True)
    # uvicorn before 0.51 takes the worker function as `target`; later versions build it.
    if "target" in inspect.signature(Multiprocess.__init__).parameters:
        server = uvicorn.Server(config)
        Multiprocess(config, target=server.run, sockets=[sock]).run()  # type: ignore[call-arg]
    else:
        Multiprocess(config, sockets=[sock]).run()


__all__ = ["is_loopback", "serve", "startup_lines"]
