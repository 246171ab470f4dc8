"""How the service runs: where it listens, the token, the limits. Read from the command line
(``uji-konsekuensi serve``) or from the environment (``uvicorn --factory``, a container).

Safe by default, because a compliance service holds requesters' names and addresses: it listens
on 127.0.0.1 only; bound to any other address it refuses to start unless a bearer token is set
in the environment variable `ENV_TOKEN` (a token is never taken from the command line, where
``ps`` would show it to every user of the machine).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from typing import Literal

import attrs

from ..errors import InputError, Problem
from . import messages as M

#: The bearer token clients must send (``Authorization: Bearer <token>``).
ENV_TOKEN = "UJI_KONSEKUENSI_TOKEN"
ENV_MAX_BODY = "UJI_KONSEKUENSI_MAX_BODY"
ENV_MAX_BATCH = "UJI_KONSEKUENSI_MAX_BATCH"
ENV_TIMEOUT = "UJI_KONSEKUENSI_TIMEOUT"
ENV_LANG = "UJI_KONSEKUENSI_LANG"
ENV_JOBS = "UJI_KONSEKUENSI_JOBS"
ENV_QUEUE = "UJI_KONSEKUENSI_QUEUE"
ENV_HEADER_TIMEOUT = "UJI_KONSEKUENSI_HEADER_TIMEOUT"
ENV_BODY_TIMEOUT = "UJI_KONSEKUENSI_BODY_TIMEOUT"
ENV_MAX_CONNECTIONS = "UJI_KONSEKUENSI_MAX_CONNECTIONS"
ENV_SEND_TIMEOUT = "UJI_KONSEKUENSI_SEND_TIMEOUT"

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8421
#: 2 MiB: the largest example case is 20 kB; a batch of 100 such cases fits.
DEFAULT_MAX_BODY = 2 * 1024 * 1024
DEFAULT_MAX_BATCH = 100
#: Seconds of work per request; a check takes milliseconds, a PDF about a second.
DEFAULT_TIMEOUT = 20.0
#: Worker processes for check, state, render and flowchart: the machines this serves have two
#: cores or more; a worker shows about 70 MB resident at start, most of it shared (fork).
DEFAULT_JOBS = 2
#: Heavy requests that may wait for a worker; beyond, 503 at once (with Retry-After).
DEFAULT_QUEUE = 4
#: Seconds from a connection's opening (or its previous answer) to a whole request head; a
#: portal on the same network sends it in milliseconds.
DEFAULT_HEADER_TIMEOUT = 10.0
#: Seconds from the request head to the end of its body: 2 MiB in 30 s is 70 kB/s.
DEFAULT_BODY_TIMEOUT = 30.0
#: Seconds in which a client held up reading its answer must take 64 KiB of it (or all of it),
#: or be dropped with what was waiting (`protocol.SEND_PROGRESS`): 2.2 kB/s keeps up. A portal
#: reads an answer in milliseconds.
DEFAULT_SEND_TIMEOUT = 30.0
#: Open connections per process; each costs a file descriptor and a few kB, no thread.
DEFAULT_MAX_CONNECTIONS = 256
#: A token shorter than this is refused: it could be guessed.
MIN_TOKEN = 16

_SOURCE = "uji-konsekuensi serve"


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@attrs.frozen(kw_only=True)
class ServiceSettings:
    """``host``/``port``: where to listen. ``token``: the bearer token (None: no token; only
    allowed on a loopback address). ``max_body``: bytes of a request body (413 beyond).
    ``max_batch``: cases in one check (422 beyond). ``timeout``: seconds of work for one request
    (503 beyond). ``lang``: the default language of messages ("id"; a request's
    ``Accept-Language`` chooses per request). ``jobs``: worker processes for renders,
    checks, states and flowcharts; ``queue``: how many such requests may wait for one (503
    ``busy`` beyond). ``header_timeout``: seconds to send a request head (408, then the
    connection is closed); ``body_timeout``: seconds to send its body (408); ``send_timeout``:
    seconds a client that stops reading its answer has before it is dropped.
    ``max_connections``: open connections (503 ``busy`` and closed beyond). docs/service.md,
    "Limits"."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    max_batch: int = DEFAULT_MAX_BATCH
    timeout: float = DEFAULT_TIMEOUT
    lang: Literal["id", "en"] = "id"
    jobs: int = DEFAULT_JOBS
    queue: int = DEFAULT_QUEUE
    header_timeout: float = DEFAULT_HEADER_TIMEOUT
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    send_timeout: float = DEFAULT_SEND_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS

    def check(self) -> None:
        """Refuse settings that are unsafe or cannot work, naming each problem."""
        problems: list[Problem] = []
        if self.token is None and not is_loopback(self.host):
            problems.append(
                M.problem(
                    "--host",
                    M.SETTINGS_HOST_OPEN(host=self.host, env=ENV_TOKEN, least=MIN_TOKEN),
                    self.host,
                    M.SETTINGS_HOST_OPEN_EXPECTED(env=ENV_TOKEN),
                )
            )
        if self.token is not None and (len(self.token) < MIN_TOKEN or not self.token.isprintable()):
            problems.append(
                M.problem(
                    ENV_TOKEN,
                    M.SETTINGS_TOKEN_WEAK(),
                    len(self.token),
                    M.SETTINGS_TOKEN_WEAK_EXPECTED(least=MIN_TOKEN),
                )
            )
        for name, value, low in (
            ("--max-body", self.max_body, 1024),
            ("--max-batch", self.max_batch, 1),
            ("--port", self.port, 0),
            ("--jobs", self.jobs, 1),
            ("--queue", self.queue, 0),
            # The service's own answers need a few connections beside the clients'.
            ("--max-connections", self.max_connections, 4),
        ):
            if value < low:
                problems.append(
                    M.problem(
                        name, M.SETTINGS_TOO_SMALL(), value, M.SETTINGS_TOO_SMALL_EXPECTED(low=low)
                    )
                )
        for name, seconds in (
            ("--timeout", self.timeout),
            ("--header-timeout", self.header_timeout),
            ("--body-timeout", self.body_timeout),
            ("--send-timeout", self.send_timeout),
        ):
            if not seconds > 0:
                problems.append(
                    M.problem(
                        name, M.SETTINGS_NOT_POSITIVE(), seconds, M.SETTINGS_NOT_POSITIVE_EXPECTED()
                    )
                )
        if problems:
            raise InputError(_SOURCE, problems)


def _number(env: Mapping[str, str], name: str, default: float, kind: type) -> float:
    text = env.get(name)
    if text is None or not text.strip():
        return default
    try:
        return kind(text.strip())  # type: ignore[no-any-return]
    except ValueError:
        raise InputError(
            _SOURCE,
            [M.problem(name, M.SETTINGS_NOT_NUMBER(), text, M.SETTINGS_NOT_NUMBER_EXPECTED())],
        ) from None


def from_env(
    env: Mapping[str, str] | None = None, *, host: str | None = None, port: int | None = None
) -> ServiceSettings:
    """Settings from the environment (`ENV_TOKEN`, `ENV_MAX_BODY`, `ENV_MAX_BATCH`,
    `ENV_TIMEOUT`, `ENV_LANG`, `ENV_JOBS`, `ENV_QUEUE`, `ENV_HEADER_TIMEOUT`,
    `ENV_BODY_TIMEOUT`, `ENV_SEND_TIMEOUT`, `ENV_MAX_CONNECTIONS`); ``host`` and ``port`` as
    given (the defaults otherwise)."""
    env = os.environ if env is None else env
    token = env.get(ENV_TOKEN) or None
    lang: Literal["id", "en"] = "en" if env.get(ENV_LANG, "id").strip().lower() == "en" else "id"
    return ServiceSettings(
        host=host or DEFAULT_HOST,
        port=DEFAULT_PORT if port is None else port,
        token=token,
        max_body=int(_number(env, ENV_MAX_BODY, DEFAULT_MAX_BODY, int)),
        max_batch=int(_number(env, ENV_MAX_BATCH, DEFAULT_MAX_BATCH, int)),
        timeout=_number(env, ENV_TIMEOUT, DEFAULT_TIMEOUT, float),
        lang=lang,
        jobs=int(_number(env, ENV_JOBS, DEFAULT_JOBS, int)),
        queue=int(_number(env, ENV_QUEUE, DEFAULT_QUEUE, int)),
        header_timeout=_number(env, ENV_HEADER_TIMEOUT, DEFAULT_HEADER_TIMEOUT, float),
        body_timeout=_number(env, ENV_BODY_TIMEOUT, DEFAULT_BODY_TIMEOUT, float),
        send_timeout=_number(env, ENV_SEND_TIMEOUT, DEFAULT_SEND_TIMEOUT, float),
        max_connections=int(_number(env, ENV_MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS, int)),
    )


#: Settings name -> the environment variable that carries it to uvicorn's worker processes.
ENVIRONMENT = {
    "max_body": ENV_MAX_BODY,
    "max_batch": ENV_MAX_BATCH,
    "timeout": ENV_TIMEOUT,
    "lang": ENV_LANG,
    "jobs": ENV_JOBS,
    "queue": ENV_QUEUE,
    "header_timeout": ENV_HEADER_TIMEOUT,
    "body_timeout": ENV_BODY_TIMEOUT,
    "send_timeout": ENV_SEND_TIMEOUT,
    "max_connections": ENV_MAX_CONNECTIONS,
}
