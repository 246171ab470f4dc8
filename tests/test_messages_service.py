"""The service's catalog (service/messages.py): keyed by a stable code, both languages naming
the same values, and the one place the service's modules take the words a client reads from."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.i18n import Language, Message, Text
from uji_konsekuensi.service import messages as M

SERVICE = Path(M.__file__).parent
#: The modules whose words come from the catalog (openapi.py describes the API to a developer:
#: its descriptions are documentation, not messages; pool.py and testing.py say nothing to a
#: client).
CATALOGUED = ("app.py", "problems.py", "protocol.py", "runner.py", "service_settings.py")
#: What builds the words a client or the operator reads: a text, a problem, an error answer.
SAYS = {
    *("Text", "Problem", "InputProblem", "HttpProblem", "InputError", "one"),
    *("problem_response", "refuse", "_invalid", "problem"),
}
#: What such a call takes that is no message: the input's name ("request body", the same as the
#: library's sources) and the HTTP headers.
NOT_WORDS = {"source", "headers"}


def _tree(name: str) -> ast.Module:
    return ast.parse((SERVICE / name).read_text(encoding="utf-8"), filename=name)


def _words(node: ast.AST) -> bool:
    """A literal with words in it (a letter and a space), or an f-string with some: not a path
    such as f"[{i}]", not a separator such as ", "."""
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and " " in node.value
        and re.search(r"[^\W\d_]", node.value) is not None
    )


def inline_words(tree: ast.Module, says: set[str]) -> list[int]:
    """The lines where a call that says something to a reader is given words written inline."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if called not in says:
            continue
        # An InputError's first argument is its source, the input's name.
        said = node.args[1:] if called in ("InputError", "one") else node.args
        for arg in [*said, *(k.value for k in node.keywords if k.arg not in NOT_WORDS)]:
            if any(_words(n) for n in ast.walk(arg)):
                lines.append(node.lineno)
    return sorted(set(lines))


@pytest.mark.parametrize("name", CATALOGUED)
def test_the_catalogued_modules_write_no_words_a_client_reads_inline(name: str) -> None:
    assert inline_words(_tree(name), SAYS) == [], f"{name}: words written inline"


def test_the_check_finds_words_written_inline() -> None:
    """The check is no formality: a problem written the old way is found."""
    tree = ast.parse('Problem(path="x", message="tidak dikenal", message_en="unknown")')
    assert inline_words(tree, SAYS) == [1]
    assert inline_words(ast.parse('Problem(path=f"[{i}]", value=", ".join(x))'), SAYS) == []


def test_every_message_of_the_catalog_is_used() -> None:
    used = {
        n.attr
        for name in CATALOGUED
        for n in ast.walk(_tree(name))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "M"
    }
    declared = {n for n, v in vars(M).items() if isinstance(v, Message)}
    assert declared - used == set()


def test_a_problem_takes_both_languages_and_a_neutral_expected_once() -> None:
    said = M.QUERY_NOT_INTEGER()
    p = M.problem("days", said, "x", M.QUERY_NOT_INTEGER_EXPECTED(low=1, high=9))
    assert (p.message, p.message_en) == (
        "bukan bilangan bulat yang sah",
        "not a valid whole number",
    )
    assert (p.expected, p.expected_en) == (
        "bilangan bulat dari 1 sampai 9",
        "a whole number from 1 to 9",
    )
    neutral = M.problem("start", M.QUERY_REQUIRED(), None, "start=...")
    assert (neutral.expected, neutral.expected_en) == ("start=...", None)


# --- what a client reads, through a running service ------------------------------------------


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    pytest.importorskip("uvicorn")
    from uji_konsekuensi.service.testing import running_service

    with running_service() as base:
        yield base


def _answer(
    url: str, path: str, lang: str, method: str = "GET", body: bytes | None = None
) -> tuple[int, Any]:
    from uji_konsekuensi.service.testing import call

    headers = {"Accept-Language": lang, "Content-Type": "application/json"}
    status, _, payload = call(method, url + path, body, headers)
    return status, json.loads(payload)


@pytest.mark.parametrize(
    ("path", "status", "title", "detail", "problem"),
    [
        ("/v1/due?start=2025-01-06&dayz=3", 422, M.TITLE_INVALID, M.QUERY_INVALID, M.QUERY_UNKNOWN),
        ("/v1/due?start=2025-01-06&days=x", 422, M.TITLE_INVALID, M.QUERY_NOT_INTEGER, None),
        ("/v1/due?start=2025-01-06", 422, M.TITLE_INVALID, M.QUERY_DUE_CHOOSE_ONE, None),
        ("/v1/due?days=3", 422, M.TITLE_INVALID, M.QUERY_REQUIRED, None),
        (
            "/v1/due?start=2025-01-06&days=1&no_cuti_bersama=maybe",
            422,
            M.TITLE_INVALID,
            M.QUERY_NOT_BOOLEAN,
            None,
        ),
        ("/v1/check", 405, M.TITLE_METHOD, M.UNKNOWN_ADDRESS, None),
        ("/v1/agencies/tidak-ada", 404, M.TITLE_NOT_FOUND, None, M.UNKNOWN_AGENCY),
        ("/v1/nowhere", 404, M.TITLE_NOT_FOUND, M.UNKNOWN_ADDRESS, None),
    ],
)
def test_a_refused_request_reads_the_catalogs_words_in_the_language_asked(
    url: str,
    path: str,
    status: int,
    title: Message,
    detail: Message | None,
    problem: Message | None,
) -> None:
    for lang in ("id", "en"):
        got_status, body = _answer(url, path, lang)
        assert got_status == status
        assert body["title"] == (title.en if lang == "en" else title.id)
        if detail is not None:
            assert re.fullmatch(_pattern(detail, lang), body["detail"]), body["detail"]
        if problem is not None:
            said = body["problems"][0]
            assert (said["message"], said["message_en"]) == (problem.id, problem.en)


def test_a_body_that_is_no_utf8_is_refused_naming_the_byte(url: str) -> None:
    status, body = _answer(url, "/v1/state", "en", "POST", b'{"a": "\xff"}')
    assert status == 400 and body["detail"] == M.BODY_NOT_UTF8.en
    [problem] = body["problems"]
    assert problem["value"] == "byte 7" and problem["expected_en"] == "UTF-8 JSON text"
    assert problem["message"] == "bukan UTF-8"


def _pattern(message: Message, lang: str) -> str:
    template = message.en if lang == "en" else message.id
    return ".*?".join(re.escape(part) for part in re.split(r"\{[^}]*\}", template))


def test_the_startup_lines_come_from_the_catalog_in_each_language() -> None:
    from uji_konsekuensi.service import ServiceSettings
    from uji_konsekuensi.service.runner import startup_lines

    settings = ServiceSettings()
    languages: tuple[Language, ...] = ("id", "en")
    for lang in languages:
        lines = startup_lines(settings, lang)
        base = f"http://{settings.host}:{settings.port}"
        assert lines[0] == M.STARTUP_SERVING(url=base).get(lang)
        assert lines[1] == M.STARTUP_LOOPBACK().get(lang)
        assert lines[4] == M.STARTUP_CONTRACT(url=base).get(lang)
    assert M.STARTUP_LIMITS(max_body=1, max_batch=2, timeout=3.0) == Text(
        "batas: isi 1 bita, 2 kasus per pemeriksaan, 3 detik per permintaan",
        "limits: body 1 bytes, 2 cases per check, 3 s per request",
    )
