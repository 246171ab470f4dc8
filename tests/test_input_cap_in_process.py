"""Text given in Python is held to the input cap a file is read under (`limits.MAX_INPUT_BYTES`,
``UJI_KONSEKUENSI_MAX_INPUT_BYTES``): ``loads_case(text)``, ``loads_sop(text)`` and
``converter.loads(text, Model)`` (a Lembar, a Penetapan) refuse text larger than the cap before
parsing it, with the same error as a file: the source, the size and the limit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi import converter, jsonio, limits
from uji_konsekuensi.case import loads_case
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.harm import ConsequenceTestSheet, Penetapan
from uji_konsekuensi.sop import loads_sop

ROOT = Path(__file__).resolve().parents[1]
CASE = (ROOT / "examples" / "cases" / "kasn.case.json").read_text(encoding="utf-8")
CAP = 4096


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv(limits.MAX_INPUT_BYTES_ENV, str(CAP))
    return CAP


def _padded(size: int, char: str = "a") -> str:
    """A JSON object of exactly ``size`` UTF-8 bytes whose one text is ``char`` repeated."""
    empty = len(b'{"x": ""}')
    per = len(char.encode("utf-8"))
    assert (size - empty) % per == 0
    return '{"x": "' + char * ((size - empty) // per) + '"}'


def _too_large(exc: InputError, source: str, size: int | None) -> None:
    (problem,) = exc.problems
    assert exc.source == source
    assert f"the limit is {CAP} bytes" in problem.message_en
    assert f"batasnya {CAP} bita" in problem.message
    assert limits.MAX_INPUT_BYTES_ENV in (problem.expected_en or "")
    assert problem.value == size


def test_loads_case_refuses_text_over_the_cap_naming_source_size_and_limit(small_cap: int) -> None:
    text = _padded(small_cap + 1)
    with pytest.raises(InputError) as caught:
        loads_case(text, "permintaan.json")
    _too_large(caught.value, "permintaan.json", small_cap + 1)


def test_loads_case_refuses_before_parsing(small_cap: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing of an oversized text is parsed: the refusal comes before the JSON reader."""

    def parse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the text was parsed")

    monkeypatch.setattr(jsonio, "parse_owing", parse)
    with pytest.raises(InputError, match="masukan terlalu besar"):
        loads_case("[" * (small_cap + 1))


def test_text_at_the_cap_is_read_and_one_byte_more_is_not(small_cap: int) -> None:
    """The cap counts UTF-8 bytes: at the cap the text reaches the reader (and fails there as
    an unknown case, not as too large); one byte more is too large."""
    with pytest.raises(InputError) as at_cap:
        loads_case(_padded(small_cap))
    assert all("too large" not in p.message_en for p in at_cap.value.problems)
    with pytest.raises(InputError, match="masukan terlalu besar"):
        loads_case(_padded(small_cap + 1))


def test_characters_are_counted_as_their_utf8_bytes(small_cap: int) -> None:
    """A text of fewer characters than the cap whose UTF-8 bytes exceed it is refused: "é" is
    two bytes, "𝕏" four."""
    for char in ("é", "𝕏"):
        empty = len(b'{"x": ""}')
        per = len(char.encode("utf-8"))
        count = (small_cap - empty) // per + 1
        text = '{"x": "' + char * count + '"}'
        assert len(text) <= small_cap < len(text.encode("utf-8"))
        with pytest.raises(InputError) as caught:
            loads_case(text, "teks")
        _too_large(caught.value, "teks", len(text.encode("utf-8")))


def test_a_text_with_more_characters_than_the_cap_has_bytes_is_refused_unencoded(
    small_cap: int,
) -> None:
    with pytest.raises(InputError) as caught:
        loads_case("é" * (small_cap + 1), "teks")
    (problem,) = caught.value.problems
    assert f"more than {small_cap} bytes" in problem.message_en


def test_loads_sop_and_the_converter_apply_the_same_cap(small_cap: int) -> None:
    text = _padded(small_cap + 1)
    for load in (
        lambda: loads_sop(text, "sop.json"),
        lambda: converter.loads(text, ConsequenceTestSheet, "sop.json"),
        lambda: converter.loads(text, Penetapan, "sop.json"),
    ):
        with pytest.raises(InputError) as caught:
            load()
        _too_large(caught.value, "sop.json", small_cap + 1)


def test_the_default_cap_is_16_mib_and_a_real_case_loads_under_it() -> None:
    assert limits.max_input_bytes({}) == limits.MAX_INPUT_BYTES == 16 * 1024 * 1024
    case = loads_case(CASE, "kasn.case.json")
    assert case.agency == json.loads(CASE)["agency"]


def test_check_size_counts_bytes_as_given() -> None:
    jsonio.check_size(b"x" * 10, "b", limit=10)
    with pytest.raises(InputError) as caught:
        jsonio.check_size(bytearray(11), "b", limit=10)
    assert caught.value.problems[0].value == 11
    # A lone surrogate cannot be UTF-8; it is counted as the three bytes it would take, and
    # refused later by the reader's own rule.
    jsonio.check_size("\ud800" * 3, "s", limit=9)
    with pytest.raises(InputError):
        jsonio.check_size("\ud800" * 3, "s", limit=8)
