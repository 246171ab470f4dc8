"""The service's settings, language choice and file names (`uji_konsekuensi.service`), without
a server."""

from __future__ import annotations

import pytest

pytest.importorskip("starlette")

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.service.app import _file_stem, choose_language
from uji_konsekuensi.service.service_settings import ServiceSettings, from_env


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "id"),
        ("", "id"),
        ("en", "en"),
        ("en-US,en;q=0.9", "en"),
        ("id-ID,id;q=0.9,en;q=0.8", "id"),
        ("fr, en;q=0.5, id;q=0.4", "en"),
        ("en;q=0.3, id;q=0.7", "id"),
        ("in", "id"),
        ("en;q=0, id", "id"),
        ("de, fr", "id"),
        ("en;q=abc", "en"),
    ],
)
def test_accept_language(header: str | None, expected: str) -> None:
    """The highest weighted of id (or the old code in) and en; the default otherwise."""
    assert choose_language(header, "id") == expected


def test_default_language_when_none_is_named() -> None:
    """A service started with --lang en answers in English unless the request asks for id."""
    assert choose_language("de", "en") == "en" and choose_language("id", "en") == "id"


def test_settings_from_the_environment() -> None:
    """Limits, token and language come from the environment; host and port as given."""
    settings = from_env(
        {
            "UJI_KONSEKUENSI_TOKEN": "x" * 20,
            "UJI_KONSEKUENSI_MAX_BODY": "4096",
            "UJI_KONSEKUENSI_MAX_BATCH": "7",
            "UJI_KONSEKUENSI_TIMEOUT": "1.5",
            "UJI_KONSEKUENSI_LANG": "EN",
        },
        host="0.0.0.0",
        port=9000,
    )
    assert settings == ServiceSettings(
        host="0.0.0.0",
        port=9000,
        token="x" * 20,
        max_body=4096,
        max_batch=7,
        timeout=1.5,
        lang="en",
    )
    settings.check()  # a token is set: a public address is allowed
    assert from_env({}) == ServiceSettings()


def test_bad_settings_name_each_problem() -> None:
    """A limit that is not a number, or several wrong settings, are one InputError naming each."""
    with pytest.raises(InputError) as info:
        from_env({"UJI_KONSEKUENSI_MAX_BATCH": "banyak"})
    assert info.value.problems[0].path == "UJI_KONSEKUENSI_MAX_BATCH"
    with pytest.raises(InputError) as info:
        ServiceSettings(host="10.0.0.2", max_body=10, max_batch=0, timeout=0).check()
    assert [p.path for p in info.value.problems] == [
        "--host",
        "--max-body",
        "--max-batch",
        "--timeout",
    ]
    with pytest.raises(InputError, match="terlalu pendek"):
        ServiceSettings(token="pendek").check()
    with pytest.raises(InputError, match="karakter kontrol"):
        ServiceSettings(token="a" * 20 + "\n").check()


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("BKPSDM-KUTIM/PPID/2025/031", "BKPSDM-KUTIM-PPID-2025-031"),
        ("../../etc/passwd", "etc-passwd"),
        ('a"b\r\nSet-Cookie: x', "a-b-Set-Cookie-x"),
        ("Kasus Ω 7", "Kasus-7"),
        (None, ""),
        ("...", ""),
    ],
)
def test_file_names_are_plain(name: str | None, stem: str) -> None:
    """A file name made from a case id holds only ASCII letters, digits, '.', '-' and '_': no
    path, no quote, no header injection."""
    assert _file_stem(name) == stem


def test_the_load_limits_from_the_environment_and_their_checks() -> None:
    """Worker processes, their queue, the request head and body deadlines and the connection
    cap come from the environment; a value that cannot work is refused naming its option."""
    settings = from_env(
        {
            "UJI_KONSEKUENSI_JOBS": "3",
            "UJI_KONSEKUENSI_QUEUE": "0",
            "UJI_KONSEKUENSI_HEADER_TIMEOUT": "2.5",
            "UJI_KONSEKUENSI_BODY_TIMEOUT": "7",
            "UJI_KONSEKUENSI_MAX_CONNECTIONS": "64",
        }
    )
    assert (settings.jobs, settings.queue, settings.max_connections) == (3, 0, 64)
    assert (settings.header_timeout, settings.body_timeout) == (2.5, 7.0)
    settings.check()
    bad = ServiceSettings(jobs=0, queue=-1, header_timeout=0, body_timeout=-1, max_connections=1)
    with pytest.raises(InputError) as refused:
        bad.check()
    assert {p.path for p in refused.value.problems} == {
        "--jobs",
        "--queue",
        "--header-timeout",
        "--body-timeout",
        "--max-connections",
    }
