"""``uji-konsekuensi serve``: the HTTP JSON service for portals (docs/service.md).

Examples::

    uji-konsekuensi serve                                  # http://127.0.0.1:8421/v1/
    uji-konsekuensi serve --port 9000 --workers 2
    UJI_KONSEKUENSI_TOKEN=... uji-konsekuensi serve --host 0.0.0.0

It listens on 127.0.0.1 unless ``--host`` says otherwise; on any other address it refuses to start
unless a bearer token is set in the environment variable ``UJI_KONSEKUENSI_TOKEN`` (never on the
command line, where other users see it), and says at start-up how it is protected. Limits:
``--max-body`` bytes (413), ``--max-batch`` cases per check (422), ``--timeout`` seconds per
request (503); ``--jobs`` worker processes for check, state, render and flowchart, ``--queue``
waiting (503 beyond); ``--header-timeout`` and ``--body-timeout`` seconds to send a request (408);
``--send-timeout`` seconds for a client that stopped reading its answer (then dropped);
``--max-connections`` open connections (503 beyond). Needs the extra:
``pip install uji-konsekuensi[server]``.

Exit code: 0 when stopped, 2 when the settings are refused or the extra is missing, 69
(EX_UNAVAILABLE) when the address cannot be listened on (the port is in use), said before
anything else is printed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import EXIT_INPUT, EXIT_UNAVAILABLE
from ..i18n import Text, current_language
from . import messages as M


def register(subparsers: Any) -> None:
    from ..service.service_settings import (
        DEFAULT_BODY_TIMEOUT,
        DEFAULT_HEADER_TIMEOUT,
        DEFAULT_HOST,
        DEFAULT_JOBS,
        DEFAULT_MAX_BATCH,
        DEFAULT_MAX_BODY,
        DEFAULT_MAX_CONNECTIONS,
        DEFAULT_PORT,
        DEFAULT_QUEUE,
        DEFAULT_SEND_TIMEOUT,
        DEFAULT_TIMEOUT,
        ENV_TOKEN,
    )

    parser = subparsers.add_parser(
        "serve",
        help="layanan HTTP JSON untuk portal / HTTP JSON service for portals",
        description=(
            "Menjalankan layanan HTTP JSON (/v1/...) untuk portal PPID. Hanya 127.0.0.1 kecuali "
            f"--host; alamat lain memerlukan token di variabel lingkungan {ENV_TOKEN}. "
            "Runs the HTTP JSON service (/v1/...) for PPID portals. 127.0.0.1 only unless "
            f"--host; any other address requires a token in the environment variable {ENV_TOKEN}."
        ),
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"alamat / address ({DEFAULT_HOST})")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})"
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="jumlah proses / worker processes (default 1)"
    )
    parser.add_argument(
        "--max-body",
        type=int,
        default=None,
        metavar="BITA",
        help=f"batas isi permintaan / body limit in bytes (default {DEFAULT_MAX_BODY})",
    )
    parser.add_argument(
        "--max-batch",
        type=int,
        default=None,
        metavar="N",
        help=f"kasus per pemeriksaan / cases per check (default {DEFAULT_MAX_BATCH})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="DETIK",
        help=f"batas waktu per permintaan / seconds per request (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="proses kerja untuk check, state, render, bagan alir / worker processes for "
        f"check, state, render, flowchart (default {DEFAULT_JOBS})",
    )
    parser.add_argument(
        "--queue",
        type=int,
        default=None,
        metavar="N",
        help="permintaan berat yang boleh menunggu / heavy requests that may wait for a worker "
        f"(default {DEFAULT_QUEUE}; 503 beyond)",
    )
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=None,
        metavar="DETIK",
        help="batas waktu kepala permintaan / seconds to send a request head "
        f"(default {DEFAULT_HEADER_TIMEOUT:g}; 408)",
    )
    parser.add_argument(
        "--body-timeout",
        type=float,
        default=None,
        metavar="DETIK",
        help="batas waktu isi permintaan / seconds to send a request body "
        f"(default {DEFAULT_BODY_TIMEOUT:g}; 408)",
    )
    parser.add_argument(
        "--send-timeout",
        type=float,
        default=None,
        metavar="DETIK",
        help="batas waktu klien yang berhenti membaca jawaban / seconds a client that stopped "
        f"reading its answer has before it is dropped (default {DEFAULT_SEND_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-connections",
        type=int,
        default=None,
        metavar="N",
        help="sambungan terbuka per proses / open connections per process "
        f"(default {DEFAULT_MAX_CONNECTIONS}; 503 beyond)",
    )
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug"),
        help="tingkat log uvicorn / uvicorn log level",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import attrs

    try:
        from ..service import from_env, serve
    except ImportError as exc:
        print(
            M.SERVE_NEEDS_EXTRA(module=exc.name).get(),
            file=sys.stderr,
        )
        return 2
    settings = from_env(host=args.host, port=args.port)
    changes: dict[str, Any] = {"lang": current_language()}
    for name in (
        "max_body",
        "max_batch",
        "timeout",
        "jobs",
        "queue",
        "header_timeout",
        "body_timeout",
        "send_timeout",
        "max_connections",
    ):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    settings = attrs.evolve(settings, **changes)
    if args.workers < 1:
        args.workers = 1
    # Unsafe settings are refused (exit 2) before the address is even tried: a public address
    # without a token must be named as that, not as a port that cannot be bound.
    settings.check()
    busy = _cannot_listen(settings.host, settings.port)
    if busy is not None:
        # Said before "melayani di ...": uvicorn would print that, fail to bind and exit 3.
        print(busy.get(), file=sys.stderr)
        return EXIT_UNAVAILABLE
    try:
        serve(settings, workers=args.workers, log_level=args.log_level)
    except KeyboardInterrupt:
        return 0
    except SystemExit as exc:  # uvicorn's start-up failure (3): the port taken meanwhile
        return EXIT_UNAVAILABLE if exc.code == 3 else EXIT_INPUT
    return 0


def _cannot_listen(host: str, port: int) -> Text | None:
    """Why the service cannot listen on ``host:port`` (the port is in use, or not permitted),
    or None when it can: tried by binding a socket, then closed."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return M.SERVE_CANNOT_LISTEN(host=host, port=port, reason=reason)
    return None
