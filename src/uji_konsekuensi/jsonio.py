"""Reading JSON text safely: the one place where bytes and text from outside become data.

Every file, request body and standard input the library reads goes through `parse_json` (text) or
`read_json` (a path), before the converter turns the data into models. What a careless or hostile
input can do to a JSON parser is refused here, once, with a problem that names the JSON path:

- **A UTF-8 byte order mark is accepted** and skipped: Windows Notepad and many PHP scripts write
  one, and it carries no meaning. Any other encoding than UTF-8 is refused (RFC 8259 section 8.1).
- **Duplicate keys are refused.** ``{"outcome": "refused", "outcome": "granted"}`` is valid JSON
  to most parsers, which silently keep the last value; a compliance record must not mean two
  things. The path of the object and the key are named.
- **Nesting is limited** to `MAX_DEPTH` levels (a case file needs about eight).
- **Numbers are limited** to what every client reads the same: integers within +/- (2**53 - 1),
  the safe integers of JavaScript, and finite numbers; ``NaN`` and ``Infinity`` are not JSON.
- **Size is limited**: a file or standard input is read up to `limits.MAX_INPUT_BYTES` (16 MiB,
  ``UJI_KONSEKUENSI_MAX_INPUT_BYTES`` changes it) and refused beyond, reading no more than one
  byte past the limit (`read_bytes`, `read_stream`, `read_stdin`); text given in Python
  (``loads_case``, `converter.loads`, ``loads_sop``) is held to the same cap (`check_size`).
- **Texts are limited** to `MAX_TEXT` characters, and must not carry what no person typed:
  a C0 control character other than tab, line feed, carriage return, vertical tab (U+000B, what
  Word writes for a line break, Shift+Enter) and form feed (U+000C, Word's page break), nor U+007F,
  nor a lone UTF-16 surrogate (``"\\ud800"``, which no output encoding can write). Vertical tab
  and form feed are kept as given; every output renders them as a line break.

The same rules apply to data given as Python objects (`check_data`), so ``load_case(dict)`` and a
file are held to one standard.

How it stays fast: the checks run inside the parser or on the raw text, not in a second walk over
the data. Duplicate keys are seen by the ``object_pairs_hook`` as each object is built, numbers by
``parse_int``, ``parse_float`` and ``parse_constant``; a control character or a lone surrogate
can only be in JSON text as a ``\\u`` escape (the parser refuses a raw control) or, in text that
did not come from UTF-8 bytes, raw, so one search of the text tells whether any string needs
scanning. What is left is the nesting depth and the length of each text: `parse_json` walks the
data for those (without looking at the characters); `parse_owing` leaves them to a caller that
structures the data into a model whose shape bounds them (`converter.loads`, `case.loads_case`),
and runs the walk only when the model does not fit, so that a too-deep input is still named as
such. When any hook or the text search found something, the whole walk runs at once and names
each problem with its path, in document order, exactly as before.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from .errors import InputError, Problem
from .limits import MAX_DEPTH, MAX_INPUT_BYTES_ENV, MAX_SAFE_INTEGER, MAX_TEXT, max_input_bytes

__all__ = [
    "MAX_DEPTH",
    "MAX_SAFE_INTEGER",
    "MAX_TEXT",
    "check_data",
    "check_size",
    "format_path",
    "parse_json",
    "parse_owing",
    "read_bytes",
    "read_json",
    "read_stdin",
    "read_stream",
    "read_text",
]

#: What no person typed into a text: C0 controls except TAB, LF, VT, FF and CR; DEL; and the
#: UTF-16 surrogates, which in a Python string can only be lone halves.
_BAD_CHAR = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
#: In JSON text, a control can only appear inside a string as an escape (the parser refuses a raw
#: one), and a surrogate as an escape or, in text that did not come from UTF-8 bytes, raw; without
#: either, the texts need no character scan at all. The escape is searched alone (the regex engine
#: skips ahead to its backslash) and only in text that has a backslash: an alternation with a
#: character class tried at every position took four times as long as parsing the text.
_BAD_ESCAPE = re.compile(r"\\u(?:00[01]|007|[dD][89a-fA-F])")

_NAMES = {
    "\x00": "NUL",
    "\x7f": "DEL",
}


def format_path(parts: tuple[str | int, ...]) -> str:
    """``("events", 3, "at")`` -> ``events[3].at`` (the paths the converter reports)."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=True)}]"
    return out


@attrs.frozen
class _BigNumber:
    """An integer literal too long to be a safe integer (kept as written, for the message)."""

    text: str


@attrs.frozen
class _Constant:
    """``NaN``, ``Infinity`` or ``-Infinity``: accepted by Python's parser, not JSON."""

    text: str


class _Hooks:
    """The parser's hooks: they see every object and number as it is built, and note what the
    walk must then name (a key twice in one object, a number out of range, ``NaN``)."""

    def __init__(self) -> None:
        self.found: dict[int, tuple[dict[str, Any], list[str]]] = {}
        self.suspect = False

    def pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
            self.found[id(obj)] = (obj, twice)
            self.suspect = True
        return obj

    def integer(self, text: str) -> int | _BigNumber:
        # Fifteen characters are safe whatever they are (10**15 < 2**53). The C parser would
        # call int() on a 5,000-digit literal and fail with a ValueError about Python's digit
        # limit; anything past 16 digits is outside the safe range anyway.
        if len(text) < 16:
            return int(text)
        self.suspect = True  # the walk decides; it names the number only when it is too large
        return int(text) if len(text) <= 17 else _BigNumber(text)

    def real(self, text: str) -> float:
        value = float(text)
        if not math.isfinite(value):  # 1e999 is a valid literal that reads as infinity
            self.suspect = True
        return value

    def constant(self, text: str) -> _Constant:
        self.suspect = True
        return _Constant(text)


def _char_name(ch: str) -> str:
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return f"U+{code:04X}"
    return f"U+{code:04X} ({_NAMES.get(ch, 'control')})"


def _text_problem(link: Any, text: str, where: str) -> Problem | None:
    """The problem of a text (too long, a control character, a lone surrogate), or None. The
    path is spelt out only for a text that has one: spelling it for every text of a case was
    four fifths of the cost of loading it."""
    if len(text) > MAX_TEXT:
        return Problem(
            path=_spell(link),
            message=f"{where} terlalu panjang ({len(text)} karakter)",
            message_en=f"{where if where != 'teks' else 'text'} too long ({len(text)} characters)",
            value=text[:40] + "...",
            expected=f"paling banyak {MAX_TEXT} karakter",
            expected_en=f"at most {MAX_TEXT} characters",
        )
    bad = _BAD_CHAR.search(text)
    if bad is None:
        return None
    ch = bad.group()
    if "\ud800" <= ch <= "\udfff":
        return Problem(
            path=_spell(link),
            message=f"teks memuat separuh pasangan surrogate UTF-16 yang berdiri sendiri "
            f"({_char_name(ch)}) pada posisi {bad.start()}",
            message_en=f"text holds a lone UTF-16 surrogate ({_char_name(ch)}) "
            f"at position {bad.start()}",
            value=text[:40],
            expected="teks Unicode yang sah (pasangan surrogate ditulis utuh)",
            expected_en="valid Unicode text (surrogate pairs written whole)",
        )
    return Problem(
        path=_spell(link),
        message=f"teks memuat karakter kendali {_char_name(ch)} pada posisi {bad.start()}",
        message_en=f"text holds the control character {_char_name(ch)} at position {bad.start()}",
        value=text[:40],
        expected="teks tanpa karakter kendali selain tab dan baris baru",
        expected_en="text without control characters other than tab and line breaks",
    )


def _walk(data: Any, duplicates: _Hooks | None, scan_text: bool) -> Iterator[Problem]:
    """Every problem of the parsed data, in document order; linear in its size, no recursion."""
    # A path is a linked list (parent, key): built for every node at the cost of one tuple, and
    # spelt out only for a node that has a problem.
    stack: list[tuple[Any, Any, int]] = [(data, None, 1)]
    found = duplicates.found if duplicates is not None else {}
    while stack:
        node, link, depth = stack.pop()
        if isinstance(node, dict):
            if depth > MAX_DEPTH:
                yield _depth_problem(link)
                continue
            if found and id(node) in found and found[id(node)][0] is node:
                for key in found[id(node)][1]:
                    yield Problem(
                        path=_spell((link, key)),
                        message="kunci yang sama muncul dua kali dalam satu objek",
                        message_en="the same key appears twice in one object",
                        value=key,
                        expected="setiap kunci sekali saja",
                        expected_en="each key once",
                    )
            items = list(node.items())
            for key, value in reversed(items):
                if not isinstance(key, str):
                    yield Problem(
                        path=_spell(link),
                        message="kunci objek harus berupa teks",
                        message_en="an object key must be a text",
                        value=repr(key),
                        expected="teks",
                        expected_en="a text",
                    )
                    continue
                if scan_text and (problem := _text_problem((link, key), key, "kunci")):
                    yield problem
                stack.append((value, (link, key), depth + 1))
        elif isinstance(node, list | tuple):
            if depth > MAX_DEPTH:
                yield _depth_problem(link)
                continue
            for index in range(len(node) - 1, -1, -1):
                stack.append((node[index], (link, index), depth + 1))
        elif isinstance(node, str):
            if scan_text and (problem := _text_problem(link, node, "teks")):
                yield problem
            elif len(node) > MAX_TEXT:
                yield _text_problem(link, node, "teks")  # type: ignore[misc]
        elif isinstance(node, bool) or node is None:
            continue
        elif isinstance(node, int):
            if abs(node) > MAX_SAFE_INTEGER:
                yield _number_problem(link, str(node))
        elif isinstance(node, float):
            if not math.isfinite(node):
                yield _number_problem(link, repr(node))
        elif isinstance(node, _BigNumber):
            yield _number_problem(link, node.text)
        elif isinstance(node, _Constant):
            yield Problem(
                path=_spell(link),
                message=f"{node.text} bukan angka JSON",
                message_en=f"{node.text} is not a JSON number",
                value=node.text,
                expected="angka yang terhingga",
                expected_en="a finite number",
            )


def _spell(link: Any) -> str:
    parts: list[str | int] = []
    while link is not None:
        link, key = link
        parts.append(key)
    return format_path(tuple(reversed(parts)))


def _depth_problem(link: Any) -> Problem:
    return Problem(
        path=_spell(link),
        message=f"struktur bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat)",
        message_en=f"nested too deep (more than {MAX_DEPTH} levels)",
        expected=f"paling banyak {MAX_DEPTH} tingkat larik dan objek",
        expected_en=f"at most {MAX_DEPTH} levels of arrays and objects",
    )


def _number_problem(link: Any, text: str) -> Problem:
    shown = text if len(text) <= 30 else f"{text[:12]}...{text[-6:]} ({len(text)} digit)"
    return Problem(
        path=_spell(link),
        message="angka di luar jangkauan",
        message_en="number out of range",
        value=shown,
        expected=f"bilangan bulat antara -{MAX_SAFE_INTEGER} dan {MAX_SAFE_INTEGER}, "
        "atau angka terhingga",
        expected_en=f"an integer from -{MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}, "
        "or a finite number",
    )


def check_data(data: Any, source: str) -> None:
    """Hold data given as Python objects to the rules of a file (see the module docstring)."""
    problems = list(_walk(data, None, scan_text=True))
    if problems:
        raise InputError(source, problems)


def parse_json(text: str, source: str = "<input>") -> Any:
    """JSON text to data, or `InputError` naming the source, the path and what was expected."""
    data, owed = parse_owing(text, source)
    if owed is not None:
        owed()
    return data


def parse_owing(text: str, source: str = "<input>") -> tuple[Any, Callable[[], None] | None]:
    """JSON text to data, with the check of depth and text lengths still owed (or None).

    Everything `parse_json` refuses is refused here too, at once, except two things a model's
    shape bounds: nesting deeper than `MAX_DEPTH` and a text longer than `MAX_TEXT`. When the
    parser's hooks and the text search found nothing, those are returned as ``owed``: a
    function that raises their `InputError`, for a caller that structures the data into such a
    model (the converter's string hook refuses a longer text, and a model without open-ended
    fields cannot hold deeper data) and that must call it before reporting the model's own
    problems, so that a too-deep input is named as too deep, as `parse_json` names it.
    """
    if not isinstance(text, str):
        raise InputError.one(
            source,
            "",
            "masukan harus berupa teks JSON",
            "the input must be JSON text",
            value=type(text).__name__,
            expected="teks JSON",
            expected_en="JSON text",
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    hooks = _Hooks()
    try:
        data = json.loads(
            text,
            object_pairs_hook=hooks.pairs,
            parse_int=hooks.integer,
            parse_float=hooks.real,
            parse_constant=hooks.constant,
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            source,
            [
                # The path is the position, as for every reader of this library ("line 3
                # column 7": a locator, like the JSON paths, not a sentence to translate).
                Problem(
                    path=f"line {exc.lineno} column {exc.colno}",
                    message=f"JSON tidak sah pada baris {exc.lineno} kolom {exc.colno}: "
                    f"{_json_message_id(exc.msg)}",
                    message_en=f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
                )
            ],
        ) from None
    except RecursionError:
        raise InputError(source, [_depth_problem(None)]) from None
    scan = _needs_scan(text)
    if scan or hooks.suspect:
        _raise_problems(data, hooks, scan, source)
        return data, None
    return data, lambda: _raise_problems(data, hooks, False, source)


def _needs_scan(text: str) -> bool:
    """Whether a string of the parsed text may hold a control character, DEL or a lone
    surrogate (see `_BAD_ESCAPE`): each test is a single pass in C over the text."""
    if "\\" in text and _BAD_ESCAPE.search(text) is not None:
        return True
    if "\x7f" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")  # fails on a raw surrogate, the one character UTF-8 cannot hold
    except UnicodeEncodeError:
        return True
    return False


def _raise_problems(data: Any, hooks: _Hooks, scan: bool, source: str) -> None:
    problems = list(_walk(data, hooks, scan_text=scan))
    if problems:
        raise InputError(source, problems)


_JSON_MESSAGES = {
    "Expecting value": "diharapkan sebuah nilai",
    "Expecting property name enclosed in double quotes": "diharapkan nama kunci dalam tanda kutip",
    "Expecting ',' delimiter": "diharapkan pemisah ','",
    "Expecting ':' delimiter": "diharapkan pemisah ':'",
    "Extra data": "ada data lebih setelah akhir dokumen JSON",
    "Unterminated string starting at": "teks tidak ditutup",
    "Invalid control character at": "karakter kendali di dalam teks",
    "Invalid \\escape": "escape tidak sah",
    "Invalid \\uXXXX escape": "escape \\uXXXX tidak sah",
}


def _json_message_id(message: str) -> str:
    for en, id_ in _JSON_MESSAGES.items():
        if message.startswith(en):
            return id_
    return message


def read_text(path: str | Path, source: str | None = None, *, limit: int | None = None) -> str:
    """The UTF-8 text of a file, or `InputError` naming it (missing, a folder, not UTF-8, larger
    than ``limit`` bytes: default `limits.max_input_bytes`, 16 MiB)."""
    p = Path(path)
    label = source or str(p)
    try:
        raw = read_bytes(p, label, limit=limit)
    except IsADirectoryError:
        raise _unreadable(label, "berkas ini adalah folder", "this is a folder") from None
    except FileNotFoundError:
        raise _unreadable(label, "berkas tidak ditemukan", "file not found") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _unreadable(
            label, f"berkas tidak dapat dibaca ({reason})", f"file cannot be read ({reason})"
        ) from None
    return decode_utf8(raw, label)


def decode_utf8(raw: bytes, label: str, what: tuple[str, str] = ("berkas", "the file")) -> str:
    """``raw`` as UTF-8 text, or `InputError` naming ``label`` and the first bad byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError.one(
            label,
            "",
            f"{what[0]} bukan teks UTF-8 (bait ke-{exc.start})",
            f"{what[1]} is not UTF-8 text (byte {exc.start})",
            expected="teks UTF-8 (simpan ulang berkas sebagai UTF-8)",
            expected_en="UTF-8 text (save the file again as UTF-8)",
        ) from None


def read_bytes(path: str | Path, source: str | None = None, *, limit: int | None = None) -> bytes:
    """The bytes of a file, at most ``limit`` of them (default `limits.max_input_bytes`).

    Reading stops at ``limit + 1`` bytes: a larger file, a device such as /dev/zero or a FIFO
    that never ends is refused with an `InputError` naming it, its size (when the system knows
    it) and the limit, having cost ``limit`` bytes of memory at most. OSError passes (the
    caller names a missing file or a folder in its own words).
    """
    p = Path(path)
    cap = max_input_bytes() if limit is None else limit
    with p.open("rb") as stream:
        try:
            size: int | None = os.fstat(stream.fileno()).st_size
        except OSError:  # pragma: no cover - fstat of an open file does not fail in practice
            size = None
        return read_stream(stream, source or str(p), limit=cap, size=size or None)


def read_stream(
    stream: BinaryIO, source: str, *, limit: int | None = None, size: int | None = None
) -> bytes:
    """At most ``limit`` bytes of a binary stream (standard input, an open file); more is an
    `InputError` naming ``source``, the size (``size`` when known, else "more than") and the
    limit. Never reads more than ``limit + 1`` bytes."""
    cap = max_input_bytes() if limit is None else limit
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise too_large(source, cap, size if size is not None and size > cap else None)
    return data


def read_stdin(source: str = "<stdin>", *, limit: int | None = None) -> str:
    """Standard input as UTF-8 text, under the size limit of `read_stream`."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        raw = read_stream(buffer, source, limit=limit)
        return decode_utf8(raw, source, ("masukan standar", "standard input"))
    # A text stream (a test's StringIO): the limit counts characters, a lower bound of bytes.
    cap = max_input_bytes() if limit is None else limit
    text: str = sys.stdin.read(cap + 1)
    if len(text) > cap:
        raise too_large(source, cap, None)
    return text


def too_large(source: str, limit: int, size: int | None) -> InputError:
    """The refusal of an input larger than ``limit`` bytes (``size`` when known)."""
    shown = f"{size} bita" if size is not None else f"lebih dari {limit} bita"
    shown_en = f"{size} bytes" if size is not None else f"more than {limit} bytes"
    return InputError.one(
        source,
        "",
        f"masukan terlalu besar: {shown}; batasnya {limit} bita",
        f"input too large: {shown_en}; the limit is {limit} bytes",
        value=size,
        expected=f"paling besar {limit} bita (ubah dengan {MAX_INPUT_BYTES_ENV})",
        expected_en=f"at most {limit} bytes (change it with {MAX_INPUT_BYTES_ENV})",
    )


def check_size(data: str | bytes, source: str, *, limit: int | None = None) -> None:
    """Refuse text or bytes given in-process (``loads_case(text)``, `converter.loads`,
    ``loads_sop``) that are larger than ``limit`` bytes (default `limits.max_input_bytes`,
    16 MiB): the cap a file or standard input is read under (`read_bytes`), so that text given
    in Python is held to the same bound before it is parsed. A text counts its UTF-8 bytes;
    one the cap obviously fits (at most four bytes a character) or one of ASCII only is not
    encoded to count them, and one with more characters than the cap has bytes is refused
    without encoding it.
    Anything else than text or bytes passes (the parser names a wrong type)."""
    cap = max_input_bytes() if limit is None else limit
    if isinstance(data, bytes | bytearray):
        if len(data) > cap:
            raise too_large(source, cap, len(data))
        return
    if not isinstance(data, str) or len(data) * 4 <= cap:
        return
    if data.isascii():
        size: int | None = len(data)
    elif len(data) > cap:
        size = None  # more than the cap for sure; not copied to count how much more
    else:
        size = len(data.encode("utf-8", "surrogatepass"))
    if size is None or size > cap:
        raise too_large(source, cap, size)


def _unreadable(label: str, message: str, message_en: str) -> InputError:
    return InputError(label, [Problem(path="", message=message, message_en=message_en)])


def read_json(path: str | Path, source: str | None = None, *, limit: int | None = None) -> Any:
    """The JSON data of a file, under the rules of `parse_json` and the size limit of
    `read_bytes`."""
    label = source or str(path)
    return parse_json(read_text(path, label, limit=limit), label)
