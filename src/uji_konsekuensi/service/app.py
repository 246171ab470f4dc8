"""The Starlette application: one handler per operation of the OpenAPI document (openapi.py).

Every handler does the same three things: read and check its inputs (path, query, body: never a
file path, never a file on the server), call the library function the command line calls (within
the time limit, in the request's language), and answer with the same JSON document the command
line prints (`uji_konsekuensi.results`), or a problem+json error.

Where the work runs: the light operations (milliseconds) in a thread of this process; check,
state, render and flowchart in a worker process of `Service.pool` (`uji_konsekuensi.service.pool`),
which is ended when the time limit passes, with their bodies parsed there too. An internal error
is answered with an id and no detail; the detail goes to the log under that id (`internal_error`).

The service keeps no state between requests: each answer depends only on the request, the
installed plugins and the holiday data, so any number of instances behind a load balancer give
the same answers (docs/service.md).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import anyio
import anyio.to_thread
import attrs
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import __version__ as _version
from ..errors import InputError, Problem, UjiKonsekuensiError
from ..i18n import Language, Text, language
from ..responses import problems_of
from . import messages as M
from .openapi import CONTENT_TYPES as CONTENT_TYPES
from .pool import PoolBusy, PoolTimeout, WorkerLost, WorkerPool
from .problems import problem_response
from .service_settings import ENV_TOKEN, ServiceSettings, is_loopback

if TYPE_CHECKING:
    from ..responses import CheckDocument, Unreadable

log = logging.getLogger("uji_konsekuensi.service")

JSON = "application/json"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_BRANCH = re.compile(r"(\d{1,4})=(yes|no|ya|tidak)", re.IGNORECASE)
#: Paths served without a token: nothing secret, and what a load balancer or a client generator
#: fetches first.
PUBLIC_PATHS = frozenset({"/v1/health", "/v1/openapi.json"})


class HttpProblem(Exception):
    """An answer other than success, raised anywhere in a handler."""

    def __init__(
        self,
        status: int,
        detail: Text,
        problems: Sequence[Problem] = (),
        source: str | None = None,
        headers: dict[str, str] | None = None,
        slug: str | None = None,
        instance: str | None = None,
    ) -> None:
        super().__init__(detail.en)
        self.status = status
        self.detail = detail
        self.problems = tuple(problems)
        self.source = source
        self.headers = headers or {}
        self.slug = slug
        self.instance = instance


class Answered(Exception):
    """A finished error answer (made in a worker process): given to the client as it is."""

    def __init__(self, status: int, headers: Sequence[tuple[str, str]], body: bytes) -> None:
        super().__init__(status)
        self.response = Response(body, status_code=status, headers=dict(headers))


def error_id() -> str:
    """The id of one internal error: in the answer's ``instance`` and in the server log."""
    return f"urn:uuid:{uuid.uuid4()}"


# --- language ---------------------------------------------------------------------------------


def choose_language(header: str | None, default: Language) -> Language:
    """The language of ``Accept-Language`` with the highest weight among Indonesian ("id", also
    the old code "in") and English; ``default`` when it names neither (RFC 9110 section 12.5.4)."""
    if not header:
        return default
    best: tuple[float, int, Language] | None = None
    for index, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        lang: Language | None = (
            "id" if primary in ("id", "in") else "en" if primary == "en" else None
        )
        if lang is None:
            continue
        q = 1.0
        match = re.search(r"q\s*=\s*([0-9.]{1,5})", params)
        if match:
            try:
                q = float(match.group(1))
            except ValueError:
                q = 0.0
        if q <= 0:
            continue
        key = (q, -index, lang)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best is not None else default


# --- the application --------------------------------------------------------------------------


class Service:
    """The handlers, bound to the settings (limits, default language)."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        #: check, state, render, flowchart: worker processes ended at the deadline (pool.py).
        self.pool = WorkerPool(settings.jobs, settings.queue, answer_parts)

    # --- plumbing ---

    def lang(self, request: Request) -> Language:
        return choose_language(request.headers.get("accept-language"), self.settings.lang)

    async def work(self, lang: Language, func: Callable[..., Any], *args: Any) -> Any:
        """Run library code in a worker thread, in ``lang``, within the time limit (503)."""

        def call() -> Any:
            with language(lang):
                return func(*args)

        try:
            with anyio.fail_after(self.settings.timeout):
                return await anyio.to_thread.run_sync(call, abandon_on_cancel=True)
        except TimeoutError:
            raise self._timed_out() from None

    def admit(self) -> None:
        """Refuse a heavy request at once, before its body is read, when a worker could not
        take it anyway (503 ``busy``): a burst of large bodies is not read only to be
        refused. The body left unread is drained and dropped by the server."""
        if self.pool.full():
            raise self._busy()

    def _busy(self) -> HttpProblem:
        return HttpProblem(
            503,
            M.WORK_BUSY(jobs=self.settings.jobs, queue=self.settings.queue),
            headers={"Retry-After": "2"},
            slug="busy",
        )

    def _timed_out(self) -> HttpProblem:
        seconds = f"{self.settings.timeout:g}"
        return HttpProblem(
            503,
            M.WORK_TIMEOUT(seconds=seconds),
            headers={"Retry-After": "5"},
        )

    async def heavy(self, lang: Language, func: Callable[..., Any], *args: Any) -> Any:
        """Run ``func(*args)`` (a module-level function: it is pickled) in a worker process,
        within the time limit. Every worker busy and the queue full: 503 ``busy`` at once,
        nothing started. Past the limit: 503, and the worker is ended (pool.py)."""
        deadline = anyio.current_time() + self.settings.timeout
        try:
            reply = await self.pool.run(deadline, lang, func, *args)
        except PoolBusy:
            raise self._busy() from None
        except PoolTimeout:
            raise self._timed_out() from None
        except WorkerLost as exc:
            raise RuntimeError(f"a worker process died during the job: {exc}") from None
        if reply[0] == "ok":
            return reply[1]
        raise Answered(reply[1], reply[2], reply[3])

    def query(self, request: Request, allowed: Sequence[str]) -> dict[str, str]:
        """The query parameters; an unknown or repeated one is refused (a typo such as
        ``deadine=`` must not be silently ignored). ``branch`` may repeat."""
        params = request.query_params
        problems = []
        out: dict[str, str] = {}
        for key in params:
            if key not in allowed:
                listed = ", ".join(allowed) or M.EXPECTED_ONE_OF_NONE()
                problems.append(
                    M.problem(key, M.QUERY_UNKNOWN(), key, M.EXPECTED_ONE_OF(listed=listed))
                )
            elif len(params.getlist(key)) > 1 and key != "branch":
                problems.append(M.problem(key, M.QUERY_REPEATED(), key))
            else:
                out[key] = params[key]
        if problems:
            raise HttpProblem(422, M.QUERY_INVALID(), problems)
        return out

    async def body(self, request: Request) -> str:
        """The body's text, within the size limit (413), JSON by its content type (415) and
        UTF-8 (400). `parse_body` reads it, in the worker process that uses it: a 2 MB body
        takes the parser tens of milliseconds, which the server's event loop, answering light
        requests, must not spend."""
        limit = self.settings.max_body
        too_large = HttpProblem(
            413,
            M.BODY_TOO_LARGE(limit=limit),
            [
                M.problem(
                    "", M.BODY_TOO_LARGE_PROBLEM(), None, M.BODY_TOO_LARGE_EXPECTED(limit=limit)
                )
            ],
        )
        media = request.headers.get("content-type", JSON).split(";")[0].strip().lower()
        if media != JSON and not media.endswith("+json"):
            raise HttpProblem(
                415, M.BODY_NOT_JSON(), [M.problem("", M.BODY_NOT_JSON_PROBLEM(), media, JSON)]
            )
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        raw = b"".join(chunks)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HttpProblem(
                400,
                M.BODY_NOT_UTF8(),
                [
                    M.problem(
                        "",
                        M.BODY_NOT_UTF8_PROBLEM(),
                        M.BODY_NOT_UTF8_VALUE(start=exc.start).id,
                        M.BODY_NOT_UTF8_EXPECTED(),
                    )
                ],
            ) from None
        return text

    def agency(self, code: str) -> Any:
        """The installed agency of a path parameter, or 404 naming the installed ones."""
        from ..agency import UnknownAgencyError, get_agency

        try:
            return get_agency(code)
        except UnknownAgencyError as exc:
            raise HttpProblem(
                404,
                Text(id=exc.render("id"), en=exc.render("en")),
                [
                    M.problem(
                        "code",
                        M.UNKNOWN_AGENCY(),
                        code,
                        M.EXPECTED_ONE_OF(listed=", ".join(exc.installed)),
                    )
                ],
            ) from None

    # --- operations ---

    async def health(self, request: Request) -> Response:
        from ..converter import unstructure
        from ..responses import Health

        return _json(unstructure(Health(status="ok", version=_version)))

    async def openapi(self, request: Request) -> Response:
        from .openapi import openapi_document

        return _json(openapi_document())

    async def agencies(self, request: Request) -> Response:
        from ..results import agencies_json

        self.query(request, ())
        return _json(await self.work(self.lang(request), agencies_json))

    async def agency_contract(self, request: Request) -> Response:
        from ..portal_contract import contract_json

        self.query(request, ())
        lang = self.lang(request)
        agency = await self.work(lang, self.agency, request.path_params["code"])
        return _json(await self.work(lang, contract_json, agency))

    async def flowchart(self, request: Request) -> Response:
        params = self.query(request, ("sop", "format"))
        fmt = params.get("format", "html")
        if fmt not in ("html", "pdf"):
            raise _invalid(
                M.problem(
                    "format", M.QUERY_FORMAT_UNKNOWN(), fmt, M.QUERY_FORMAT_UNKNOWN_FLOWCHART()
                )
            )
        lang = self.lang(request)
        agency = await self.work(lang, self.agency, request.path_params["code"])
        payload = await self.heavy(lang, _flowchart_job, agency.code, params.get("sop"), fmt)
        return Response(
            payload,
            media_type=CONTENT_TYPES[fmt],
            headers={"Content-Disposition": f'inline; filename="sop-{agency.code}.{fmt}"'},
        )

    async def plan(self, request: Request) -> Response:
        from ..results import plan_for_agency

        params = self.query(request, ("start", "sop", "branch"))
        lang = self.lang(request)
        agency = await self.work(lang, self.agency, request.path_params["code"])
        branches: dict[int, Literal["yes", "no"]] = {}
        for item in request.query_params.getlist("branch"):
            m = _BRANCH.fullmatch(item.strip())
            if m is None:
                raise _invalid(
                    M.problem(
                        "branch",
                        M.QUERY_BRANCH_UNREADABLE(),
                        item,
                        M.QUERY_BRANCH_UNREADABLE_EXPECTED(),
                    )
                )
            step = int(m.group(1))
            if step in branches:
                # branch=4=no&branch=4=yes: which one the client meant is unknowable.
                raise _invalid(
                    M.problem(
                        "branch",
                        M.QUERY_BRANCH_REPEATED(step=step),
                        item,
                        M.QUERY_BRANCH_REPEATED_EXPECTED(),
                    )
                )
            branches[step] = "yes" if m.group(2).lower() in ("yes", "ya") else "no"
        start_text = _required(params, "start")

        def make() -> Any:
            start = _renamed(lambda: _moment(start_text, agency.calendar.zone, "start"))
            sop = _sop_of(agency, params.get("sop"))
            return plan_for_agency(
                agency.code,
                start,
                sop=str(sop.number),
                branches=branches,
                source="GET /v1/agencies/{code}/plan",
            )

        return _json(await self.work(lang, make))

    async def deadlines(self, request: Request) -> Response:
        from ..results import deadlines_json

        self.query(request, ())
        return _json(await self.work(self.lang(request), deadlines_json))

    async def due(self, request: Request) -> Response:
        from ..results import due_json, waktu_json

        params = self.query(
            request,
            ("start", "days", "deadline", "waktu", "agency", "timezone", "no_cuti_bersama"),
        )
        lang = self.lang(request)
        chosen = [k for k in ("days", "deadline", "waktu") if k in params]
        if len(chosen) != 1:
            raise _invalid(
                M.problem(
                    "days",
                    M.QUERY_DUE_CHOOSE_ONE(),
                    ", ".join(chosen) or None,
                    M.QUERY_DUE_CHOOSE_ONE_EXPECTED(),
                )
            )
        days = _integer(params, "days", -3650, 3650) if "days" in params else None

        def make() -> Any:
            calendar = _calendar(params)
            start = _start(params, calendar)
            if "waktu" in params:
                return waktu_json(start, calendar, params["waktu"], "GET /v1/due", "waktu")
            return due_json(start, calendar, days=days, deadline=params.get("deadline"))

        return _json(await self.work(lang, make))

    async def timeline(self, request: Request) -> Response:
        from ..results import timeline_json

        params = self.query(
            request, ("start", "completed", "agency", "timezone", "no_cuti_bersama")
        )

        def make() -> Any:
            calendar = _calendar(params)
            start = _start(params, calendar)
            completed = None
            if params.get("completed"):
                completed = _renamed(
                    lambda: _moment(params["completed"], calendar.zone, "completed")
                )
            return timeline_json(start, calendar, completed)

        return _json(await self.work(self.lang(request), make))

    async def check(self, request: Request) -> Response:
        params = self.query(request, ("strict", "at", "only_closed"))
        strict = _boolean(params, "strict")
        only_closed = _boolean(params, "only_closed")
        self.admit()
        text = await self.body(request)
        payload = await self.heavy(
            self.lang(request),
            _check_job,
            text,
            strict,
            params.get("at"),
            only_closed,
            self.settings.max_batch,
        )
        return Response(payload, media_type=JSON)

    async def state(self, request: Request) -> Response:
        params = self.query(request, ("at",))
        self.admit()
        text = await self.body(request)
        payload = await self.heavy(self.lang(request), _state_job, text, params.get("at"))
        return Response(payload, media_type=JSON)

    async def render(self, request: Request) -> Response:
        from ..documents.render import FORMATS

        kind = request.path_params["kind"]
        params = self.query(request, ("format", "agency"))
        fmt = params.get("format", "html")
        if fmt not in FORMATS:
            raise _invalid(
                M.problem(
                    "format",
                    M.QUERY_FORMAT_UNKNOWN(),
                    fmt,
                    M.EXPECTED_ONE_OF(listed=", ".join(FORMATS)),
                )
            )
        if not _SLUG.fullmatch(kind) or len(kind) > 64:
            raise HttpProblem(
                404,
                M.UNKNOWN_DOCUMENT(),
                [M.problem("kind", M.UNKNOWN_DOCUMENT(), kind, M.UNKNOWN_DOCUMENT_EXPECTED())],
            )
        agency_code = params.get("agency")
        if agency_code is not None:
            await self.work(self.lang(request), self.agency, agency_code)
        self.admit()
        text = await self.body(request)
        payload, stem = await self.heavy(
            self.lang(request), _render_job, kind, text, fmt, agency_code
        )
        filename = f"{kind}-{stem}.{fmt}" if stem else f"{kind}.{fmt}"
        return Response(
            payload,
            media_type=CONTENT_TYPES.get(fmt, "application/octet-stream"),
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )


# --- heavy jobs (run in a worker process: module-level, arguments pickled) ----------------------


def _flowchart_job(code: str, sop_number: str | None, fmt: str) -> bytes:
    from ..agency import get_agency
    from ..documents import render_sop_html

    agency = get_agency(code)
    html = render_sop_html(_sop_of(agency, sop_number), agency)
    if fmt == "pdf":
        # The same page laid out as PDF (extra `pdf`; MissingExtraError -> 501).
        from ..documents.pdf import html_to_pdf

        return html_to_pdf(html)
    return html.encode("utf-8")


def parse_body(text: str) -> Any:
    """A request body read by the library's safe JSON reader (`uji_konsekuensi.jsonio`):
    duplicate keys, deep nesting, unsafe numbers and control characters are refused (400)."""
    from ..jsonio import parse_json

    try:
        return parse_json(text, "request body")
    except InputError as exc:
        raise HttpProblem(
            400,
            M.BODY_NOT_READABLE(),
            exc.problems,
            source=exc.source,
        ) from None


def _json_bytes(data: Any) -> bytes:
    # backslashreplace: a lone surrogate (which jsonio refuses on input) would still be written
    # as a JSON escape rather than fail the answer.
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "backslashreplace")


def _render_job(kind: str, text: str, fmt: Any, agency_code: str | None) -> tuple[bytes, str]:
    from ..documents import bundle_of, render_document
    from ..documents.sources import structure_source

    model = structure_source(parse_body(text), "request body")
    bundle = bundle_of(model, "request body")
    out = render_document(kind, bundle, fmt, agency=agency_code)
    name = getattr(bundle.case, "id", None) or getattr(bundle.penetapan, "number", None)
    return (out.encode("utf-8") if isinstance(out, str) else out), _file_stem(name)


def _state_job(text: str, at_text: str | None) -> bytes:
    from ..agency import get_agency
    from ..case import case_from_dict, case_state
    from ..moments import end_of_day
    from ..results import state_json

    case = case_from_dict(parse_body(text), "request body")
    at = None
    if at_text:
        zone = get_agency(case.agency).calendar.zone
        at = _renamed(lambda: end_of_day(_moment(at_text, zone, "--at", "request"), zone))
    return _json_bytes(state_json(case_state(case, at)))


def _check_job(text: str, strict: bool, at: str | None, only_closed: bool, max_batch: int) -> bytes:
    """``POST /v1/check``: one case (an object) or a batch (an array)."""
    from ..case import case_from_dict
    from ..converter import unstructure
    from ..i18n import current_language
    from ..results import check_cases

    data = parse_body(text)
    if isinstance(data, list):
        if len(data) > max_batch:
            raise HttpProblem(
                422,
                M.BATCH_TOO_LARGE(most=max_batch),
                [
                    M.problem(
                        "",
                        M.BATCH_TOO_LARGE_PROBLEM(),
                        len(data),
                        M.BATCH_TOO_LARGE_EXPECTED(most=max_batch),
                    )
                ],
            )
        # Only objects: `check_batch` also reads a path or JSON text given as a string, and
        # no request may make the service read a file on its disk. An item that is no object
        # makes the request malformed (an object that is no valid case is listed unreadable).
        wrong = [
            M.problem(
                f"[{i}]",
                M.BATCH_NOT_OBJECT_PROBLEM(),
                item
                if isinstance(item, int | float | bool) or item is None
                else type(item).__name__,
                M.BATCH_NOT_OBJECT_EXPECTED(),
            )
            for i, item in enumerate(data)
            if not isinstance(item, dict)
        ]
        if wrong:
            raise HttpProblem(422, M.BATCH_NOT_OBJECT(), wrong)
        items: list[tuple[str, Any]] = [(f"[{i}]", item) for i, item in enumerate(data)]
        result = check_cases(items, strict=strict, at=at, only_closed=only_closed)
        return _json_bytes(unstructure(_scrubbed(result)))
    case = case_from_dict(data, "request body")
    result = check_cases([("request body", case)], strict=strict, at=at, only_closed=only_closed)
    if result.unreadable:
        # The one case could not be checked: an error answer, as the CLI's exit 2 or 70.
        failure = result.unreadable[0]
        # The same fields, read back as the problems of an error answer.
        problems = [Problem(**attrs.asdict(p, recurse=False)) for p in failure.problems]
        if failure.kind == "internal":
            # Its problems name the exception: they go to the log, never to the client.
            response = internal_error(current_language(), None, problems)
            raise Answered(*answer_parts_of(response))
        raise HttpProblem(
            422,
            M.CASE_NOT_CHECKED(),
            problems,
            source="request body",
        )
    return _json_bytes(unstructure(result))


def _scrubbed(result: CheckDocument) -> CheckDocument:
    """A check's document with each internal failure's problems (they name the exception and
    say "run again with --debug") replaced by one that gives the id under which the server log
    keeps them."""
    from ..responses import InputProblem

    def scrubbed(failure: Unreadable) -> Unreadable:
        if failure.kind != "internal":
            return failure
        instance = error_id()
        log.error("internal error %s checking %s: %s", instance, failure.file, failure)
        said = M.INTERNAL_ERROR_CASE(instance=instance)
        problem = InputProblem(
            path="",
            message=said.id,
            message_en=said.en,
            value=instance,
            expected=None,
            expected_en=None,
        )
        return attrs.evolve(failure, problems=(problem,))

    return attrs.evolve(result, unreadable=tuple(scrubbed(f) for f in result.unreadable))


def answer_parts_of(response: Response) -> tuple[int, list[tuple[str, str]], bytes]:
    """A response as plain parts (status, headers, body), what a worker process sends back."""
    headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers]
    return response.status_code, headers, bytes(response.body)


# --- helpers ----------------------------------------------------------------------------------


def _json(data: Any) -> Response:
    return Response(_json_bytes(data), media_type=JSON)


def _file_stem(name: object) -> str:
    """A file name part from a case id: ASCII letters, digits, dot, hyphen, underscore only."""
    if not isinstance(name, str):
        return ""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-_")
    return stem[:80]


def _invalid(problem: Problem) -> HttpProblem:
    """A 422 answer for one invalid parameter: the problem, whose message is the detail too."""
    return HttpProblem(422, Text(id=problem.message, en=problem.message_en), [problem])


def _required(params: Mapping[str, str], name: str) -> str:
    value = params.get(name)
    if value is None or not value.strip():
        raise _invalid(M.problem(name, M.QUERY_REQUIRED(), value, f"{name}=..."))
    return value


def _integer(params: Mapping[str, str], name: str, low: int, high: int) -> int:
    text = params[name].strip()
    if re.fullmatch(r"[+-]?\d{1,6}", text) and low <= int(text) <= high:
        return int(text)
    raise _invalid(
        M.problem(
            name,
            M.QUERY_NOT_INTEGER(),
            params[name],
            M.QUERY_NOT_INTEGER_EXPECTED(low=low, high=high),
        )
    )


def _boolean(params: Mapping[str, str], name: str) -> bool:
    text = params.get(name)
    if text is None:
        return False
    if text.lower() in ("true", "1", "yes"):
        return True
    if text.lower() in ("false", "0", "no"):
        return False
    raise _invalid(M.problem(name, M.QUERY_NOT_BOOLEAN(), text, M.QUERY_NOT_BOOLEAN_EXPECTED()))


_CLI_PATHS = {"--at": "at", "--waktu": "waktu", "--timezone": "timezone", "--start": "start"}


def _renamed(func: Callable[[], Any]) -> Any:
    """Call ``func``; an `InputError` naming a command-line option ("--at") names the query
    parameter ("at") instead."""
    try:
        return func()
    except InputError as exc:
        renamed = [attrs.evolve(p, path=_CLI_PATHS.get(p.path, p.path)) for p in exc.problems]
        raise InputError(exc.source, renamed) from None


def _calendar(params: Mapping[str, str]) -> Any:
    from ..agency import get_agency
    from ..calendar import calendar_for

    if "timezone" in params and len(params["timezone"]) > 64:
        raise _invalid(
            M.problem(
                "timezone",
                M.QUERY_TIMEZONE_UNKNOWN(),
                params["timezone"][:64] + "...",
                M.QUERY_TIMEZONE_UNKNOWN_EXPECTED(),
            )
        )
    code = params.get("agency")
    cuti_bersama = not _boolean(params, "no_cuti_bersama")
    return _renamed(
        lambda: calendar_for(
            get_agency(code).calendar if code else None,
            params.get("timezone"),
            cuti_bersama=cuti_bersama,
            source=_DUE,
        )
    )


#: The source the service's moments and calendars are reported under: the command line's for the
#: same question (``due``), so that a client reads the same error from either.
_DUE = "uji-konsekuensi due"


def _moment(text: str, zone: Any, field: str, source: str = _DUE) -> Any:
    """A moment of a query (`moments.parse_moment`, the command line's parser)."""
    from ..moments import parse_moment

    return parse_moment(text, zone, source, field)


def _start(params: Mapping[str, str], calendar: Any) -> Any:
    text = _required(params, "start")
    return _renamed(lambda: _moment(text, calendar.zone, "start"))


def _sop_of(agency: Any, number: str | None) -> Any:
    from ..agency import UnknownSOPError

    try:
        return agency.get_sop(number)
    except UnknownSOPError as exc:
        listed = ", ".join(str(s.number) for s in agency.sops)
        raise _invalid(
            M.problem("sop", exc.problem, number, M.EXPECTED_ONE_OF(listed=listed))
        ) from None


# --- errors -----------------------------------------------------------------------------------


def _answer(exc: BaseException, lang: Language) -> Response:
    """The problem+json answer for anything a handler raised."""
    from ..agency import UnknownAgencyError, UnknownSOPError

    if isinstance(exc, Answered):
        return exc.response
    if isinstance(exc, HttpProblem):
        return problem_response(
            exc.status,
            lang,
            exc.detail,
            exc.problems,
            exc.source,
            exc.headers,
            busy=exc.slug == "busy",
            instance=exc.instance,
        )
    try:
        from ..documents import MissingExtraError
        from ..documents.render import UnknownDocumentError
    except ImportError:  # pragma: no cover - documents always ships with the core
        MissingExtraError = UnknownDocumentError = ()  # type: ignore[assignment,misc]
    try:
        from ..documents.render import TemplateFileError
    except ImportError:  # an older documents package
        TemplateFileError = ()  # type: ignore[assignment,misc]
    if isinstance(exc, MissingExtraError):
        return problem_response(501, lang, Text(id=str(exc), en=str(exc)), problems_of(exc))
    if isinstance(exc, UnknownDocumentError):
        return problem_response(
            404,
            lang,
            M.UNKNOWN_DOCUMENT(),
            problems_of(exc),
            getattr(exc, "source", None),
        )
    from ..documents.statutory import StatutoryContentError

    if isinstance(exc, StatutoryContentError):
        # The deployment's or a plugin's template left out what the law requires: the document
        # is refused (422), one problem per clause, each naming the template's origin.
        return problem_response(
            422,
            lang,
            M.DOCUMENT_STATUTORY_CONTENT(),
            exc.problems,
            exc.source,
        )
    if isinstance(exc, UnknownAgencyError):
        problem = M.problem(
            "agency",
            Text(id=exc.render("id"), en=exc.render("en")),
            exc.code,
            M.EXPECTED_ONE_OF(listed=", ".join(exc.installed)),
        )
        return problem_response(422, lang, M.UNKNOWN_AGENCY(), [problem])
    if isinstance(exc, UnknownSOPError):
        return problem_response(
            422,
            lang,
            exc.problem,
            [Problem(path="sop", message=exc.problem.id, message_en=exc.problem.en)],
        )
    if isinstance(exc, UjiKonsekuensiError) and not isinstance(exc, TemplateFileError):
        from ..errors import InternalError
        from ..plugins import PluginError

        # An InternalError's message names the exception and says "run again with --debug",
        # which is for the command line's user: here it is a bug, answered without detail.
        if not isinstance(exc, PluginError | InternalError):
            problems = problems_of(exc)
            first = problems[0] if problems else None
            detail = (
                M.INPUT_PROBLEMS(count=len(problems))
                if isinstance(exc, InputError)
                else Text(
                    id=first.message if first else str(exc),
                    en=first.message_en if first else str(exc),
                )
            )
            return problem_response(422, lang, detail, problems, getattr(exc, "source", None))
    return internal_error(lang, exc)


def internal_error(lang: Language, exc: BaseException | None, details: object = None) -> Response:
    """A bug's answer: a problem with a fresh id (``instance``) and nothing of the exception; the
    exception, its traceback (or ``details``) go to the server log under the same id."""
    instance = error_id()
    if exc is not None:
        log.error("internal error %s", instance, exc_info=exc)
    else:
        log.error("internal error %s: %s", instance, details)
    return problem_response(
        500,
        lang,
        M.INTERNAL_ERROR(instance=instance),
        [],
        instance=instance,
    )


def answer_parts(exc: BaseException, lang: Language) -> tuple[int, list[tuple[str, str]], bytes]:
    """`_answer` as plain parts (status, headers, body), what a worker process sends back."""
    try:
        response = _answer(exc, lang)
    except Exception as failure:  # answering failed: still no detail to the client
        response = internal_error(lang, failure)
    return answer_parts_of(response)


def _guarded(
    handler: Callable[[Request], Awaitable[Response]], service: Service
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except Exception as exc:  # every error becomes problem+json, never a traceback
            try:
                return _answer(exc, service.lang(request))
            except Exception as failure:  # the answer itself failed: the plainest problem
                return internal_error("en", failure)

    endpoint.__name__ = handler.__name__
    return endpoint


# --- token and bind guard ---------------------------------------------------------------------


class Guard:
    """ASGI middleware: the bearer token, and the refusal to answer on a non-loopback address
    without one (also when the app is run by another server than ``uji-konsekuensi serve``)."""

    def __init__(self, app: ASGIApp, settings: ServiceSettings) -> None:
        self.app = app
        self.settings = settings
        self.expected = None if settings.token is None else f"Bearer {settings.token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        lang = choose_language(
            headers.get(b"accept-language", b"").decode("latin-1"), self.settings.lang
        )
        path = scope.get("path", "")
        if self.expected is None:
            server = scope.get("server") or ("127.0.0.1", 0)
            host = str(server[0]) if server and server[0] is not None else "127.0.0.1"
            if not is_loopback(host) and not host.startswith("/"):
                response = problem_response(
                    403,
                    lang,
                    M.AUTH_OPEN_WITHOUT_TOKEN(env=ENV_TOKEN),
                )
                await response(scope, receive, send)
                return
        elif path not in PUBLIC_PATHS:
            given = headers.get(b"authorization", b"")
            if not hmac.compare_digest(given, self.expected):
                response = problem_response(
                    401,
                    lang,
                    M.AUTH_TOKEN_REQUIRED(),
                    headers={"WWW-Authenticate": 'Bearer realm="uji-konsekuensi"'},
                )
                await response(scope, receive, send)
                return
        await self.app(scope, self._timed(receive, lang), send)

    def _timed(self, receive: Receive, lang: Language) -> Receive:
        """``receive`` with the body's deadline: the whole body must arrive within
        ``body_timeout`` seconds of the request's headers (a body trickled a byte at a time
        would otherwise hold its connection and its handler for ever): 408, and the
        connection is closed."""
        limit = self.settings.body_timeout
        deadline = anyio.current_time() + limit
        done = False

        async def receive_by_deadline() -> Any:
            nonlocal done
            if done:
                return await receive()
            try:
                with anyio.fail_after(max(0.0, deadline - anyio.current_time())):
                    message = await receive()
            except TimeoutError:
                raise HttpProblem(
                    408,
                    M.BODY_TOO_SLOW(limit=limit),
                    headers={"Connection": "close"},
                ) from None
            if message.get("type") != "http.request" or not message.get("more_body", False):
                done = True
            return message

        return receive_by_deadline


def create_app(settings: ServiceSettings | None = None) -> ASGIApp:
    """The ASGI application (settings from the environment when none are given)."""
    from .service_settings import from_env

    settings = settings or from_env()
    service = Service(settings)

    def g(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Any]:
        return _guarded(handler, service)

    routes = [
        Route("/v1/health", g(service.health), methods=["GET"]),
        Route("/v1/openapi.json", g(service.openapi), methods=["GET"]),
        Route("/v1/agencies", g(service.agencies), methods=["GET"]),
        Route("/v1/agencies/{code}", g(service.agency_contract), methods=["GET"]),
        Route("/v1/agencies/{code}/flowchart", g(service.flowchart), methods=["GET"]),
        Route("/v1/agencies/{code}/plan", g(service.plan), methods=["GET"]),
        Route("/v1/deadlines", g(service.deadlines), methods=["GET"]),
        Route("/v1/due", g(service.due), methods=["GET"]),
        Route("/v1/timeline", g(service.timeline), methods=["GET"]),
        Route("/v1/check", g(service.check), methods=["POST"]),
        Route("/v1/state", g(service.state), methods=["POST"]),
        Route("/v1/render/{kind}", g(service.render), methods=["POST"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        return problem_response(
            status if status in (404, 405) else 404,
            service.lang(request),
            M.UNKNOWN_ADDRESS(),
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        # The workers start with the service, not with its first render; they end with it.
        async with anyio.create_task_group() as group:
            group.start_soon(service.pool.warm)
            try:
                yield
            finally:
                group.cancel_scope.cancel()
        await service.pool.close()

    app = Starlette(
        routes=routes,
        exception_handlers={404: not_found, 405: not_found},
        lifespan=lifespan,
    )
    app.state.pool = service.pool
    return Guard(app, settings)


def app_from_env() -> ASGIApp:
    """For ``uvicorn --factory uji_konsekuensi.service:app_from_env`` (a process manager or a
    container): settings from the environment."""
    return create_app()
