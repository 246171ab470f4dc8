"""Reading a consequence-test record from JSON (a file, a string's parsed data, or a dict).

A document with a ``"sheets"`` key is a `Penetapan`; any other object is a
`ConsequenceTestSheet`. The converter does the rest: unknown keys refused, every problem listed
with its JSON path in one `InputError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import converter, jsonio
from ..errors import InputError
from .model import ConsequenceTestSheet, Penetapan


def record_class(data: Any) -> type[ConsequenceTestSheet] | type[Penetapan]:
    """Which record ``data`` holds: a Penetapan if it has "sheets", else a Lembar."""
    return Penetapan if isinstance(data, dict) and "sheets" in data else ConsequenceTestSheet


def load(
    source: str | Path | dict[str, Any], *, name: str | None = None
) -> ConsequenceTestSheet | Penetapan:
    """A Lembar or a Penetapan from a JSON file path or from already parsed JSON data.

    Raises `InputError` naming the file (or ``name``), each bad field's path and value.
    """
    if isinstance(source, dict):
        return _structure(source, name or "<data>")
    path = Path(source)
    label = name or str(path)
    # The one JSON reader (uji_konsekuensi.jsonio): limits, duplicate keys, text rules, BOM.
    return _structure(jsonio.read_json(path, label), label, checked=True)


def _structure(data: Any, label: str, *, checked: bool = False) -> ConsequenceTestSheet | Penetapan:
    if not isinstance(data, dict):
        # cattrs would fail with an AttributeError on a non-object top level.
        raise InputError.one(
            label,
            "",
            "bukan objek JSON",
            "not a JSON object",
            value=type(data).__name__,
            expected="Lembar (dengan rows) atau Penetapan (dengan sheets)",
            expected_en="a Lembar (with rows) or a Penetapan (with sheets)",
        )
    return converter.structure(data, record_class(data), label, checked=checked)
