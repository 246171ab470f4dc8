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

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://uji-konsekuensi.example/problems/"

#: 503 for another reason than the time limit: every worker busy, or too many connections.
BUSY = ("busy", "limit", Text(id="Layanan sedang penuh", en="Service busy"))

#: status -> (type slug, kind, title)
_KINDS: dict[int, tuple[str, str, Text]] = {
    400: ("malformed", "input", Text(id="Permintaan tidak dapat dibaca", en="Malformed request")),
    401: ("unauthorized", "auth", Text(id="Token diperlukan", en="Token required")),
    403: ("forbidden", "auth", Text(id="Akses ditolak", en="Forbidden")),
    404: ("not-found", "not_found", Text(id="Tidak ditemukan", en="Not found")),
    405: ("method", "input", Text(id="Metode tidak diizinkan", en="Method not allowed")),
    406: ("not-acceptable", "input", Text(id="Format tidak tersedia", en="Not acceptable")),
    408: (
        "request-timeout",
        "limit",
        Text(id="Permintaan terlalu lama dikirim", en="Request timeout"),
    ),
    413: ("too-large", "limit", Text(id="Isi permintaan terlalu besar", en="Content too large")),
    415: (
        "media-type",
        "input",
        Text(id="Jenis isi tidak didukung", en="Unsupported media type"),
    ),
    422: ("invalid", "input", Text(id="Masukan tidak sah", en="Invalid input")),
    500: ("internal", "internal", Text(id="Galat internal", en="Internal error")),
    501: ("not-installed", "internal", Text(id="Fitur tidak terpasang", en="Not installed")),
    503: (
        "timeout",
        "limit",
        Text(id="Waktu pemrosesan habis", en="Processing time exceeded"),
    ),
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
