"""Errors as RFC 9457 problem details (``application/problem+json``).

Every error answer of the service is one JSON object: ``type`` (a URI naming the kind of
problem), ``title`` and ``detail`` in the language of the request, ``status``, ``kind`` and, like
the command line's JSON errors, ``source`` and ``problems``: the same list an `InputError`
carries (JSON path, the message in Bahasa Indonesia and English, the value, what was expected).
A portal can show ``problems[i].message`` next to the form field ``problems[i].path``.
The body is a `uji_konsekuensi.responses.ProblemDetails`; its schema (docs/schemas/problem.json)
is derived from that class.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from starlette.responses import Response

from ..converter import unstructure
from ..errors import Problem
from ..i18n import Language, Text
from ..responses import InputProblem, ProblemDetails
from . import messages as M

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://uji-konsekuensi.example/problems/"

#: 503 for another reason than the time limit: every worker busy, or too many connections.
BUSY = ("busy", "limit", M.TITLE_BUSY())

#: status -> (type slug, kind, title)
_KINDS: dict[int, tuple[str, str, Text]] = {
    400: ("malformed", "input", M.TITLE_MALFORMED()),
    401: ("unauthorized", "auth", M.TITLE_UNAUTHORIZED()),
    403: ("forbidden", "auth", M.TITLE_FORBIDDEN()),
    404: ("not-found", "not_found", M.TITLE_NOT_FOUND()),
    405: ("method", "input", M.TITLE_METHOD()),
    406: ("not-acceptable", "input", M.TITLE_NOT_ACCEPTABLE()),
    408: ("request-timeout", "limit", M.TITLE_REQUEST_TIMEOUT()),
    413: ("too-large", "limit", M.TITLE_TOO_LARGE()),
    415: ("media-type", "input", M.TITLE_MEDIA_TYPE()),
    422: ("invalid", "input", M.TITLE_INVALID()),
    500: ("internal", "internal", M.TITLE_INTERNAL()),
    501: ("not-installed", "internal", M.TITLE_NOT_INSTALLED()),
    503: ("timeout", "limit", M.TITLE_TIMEOUT()),
}


def problem_bytes(status: int, lang: Language, detail: Text, *, busy: bool = False) -> bytes:
    """A whole HTTP/1.1 answer with a problem and ``Connection: close``, for the protocol layer
    (`uji_konsekuensi.service.protocol`), which answers before any application runs."""
    response = problem_response(status, lang, detail, busy=busy)
    reason = {408: "Request Timeout", 503: "Service Unavailable"}.get(status, "Error")
    head = [f"HTTP/1.1 {status} {reason}"]
    head += [f"{k.decode('latin-1')}: {v.decode('latin-1')}" for k, v in response.raw_headers]
    head += ["Connection: close"]
    if status == 503:
        head.append("Retry-After: 1")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + bytes(response.body)


def problem_response(
    status: int,
    lang: Language,
    detail: Text,
    problems: Sequence[Problem] = (),
    source: str | None = None,
    headers: dict[str, str] | None = None,
    *,
    busy: bool = False,
    instance: str | None = None,
) -> Response:
    """The problem+json answer with this status (see the module notes). ``busy``: a 503 for a
    full service rather than the time limit. ``instance``: the id of this occurrence (an
    internal error's, as the server log names it)."""
    slug, kind, title = (
        BUSY if busy else _KINDS.get(status, _KINDS[500] if status >= 500 else _KINDS[422])
    )
    body = ProblemDetails(
        type=TYPE_BASE + slug,
        title=title.get(lang),
        status=status,
        detail=detail.get(lang),
        kind=kind,  # type: ignore[arg-type]
        source=source,
        problems=tuple(InputProblem.from_problem(p) for p in problems),
        instance=instance,
    )
    text = json.dumps(unstructure(body), ensure_ascii=False)
    return Response(
        # A problem may quote a lone surrogate the input held: keep it as a JSON escape.
        text.encode("utf-8", "backslashreplace"),
        status_code=status,
        media_type=MEDIA_TYPE,
        headers={"Content-Language": lang, **(headers or {})},
    )
