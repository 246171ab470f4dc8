"""Reading and writing SOP files (JSON, in the wire format of `uji_konsekuensi.converter`).

An agency plugin keeps its SOP as ``sop.json`` beside its ``plugin.py`` and loads it with
`load_sop`; `dumps_sop` writes the same format back, so a file survives a round trip unchanged.
"""

from __future__ import annotations

import os
from importlib.resources.abc import Traversable
from pathlib import Path

from ..converter import dumps, load_file, loads
from .model import SOP

__all__ = ["dumps_sop", "load_sop", "loads_sop"]


def load_sop(path: str | os.PathLike[str] | Traversable) -> SOP:
    """Read an SOP from a JSON file (a path, or a package resource from
    ``importlib.resources.files(...)``). Bad input raises `InputError` naming the file, every
    offending field as a JSON path, the value and what was expected."""
    if isinstance(path, str | os.PathLike):
        return load_file(Path(path), SOP)
    return loads(path.read_text(encoding="utf-8"), SOP, str(path))


def loads_sop(text: str, source: str = "<sop>") -> SOP:
    """Read an SOP from JSON text; ``source`` names it in errors. Text larger than the input
    cap (16 MiB, ``UJI_KONSEKUENSI_MAX_INPUT_BYTES``) is refused before it is parsed."""
    return loads(text, SOP, source)


def dumps_sop(sop: SOP, indent: int | None = 2) -> str:
    """The SOP as JSON text (what `load_sop` reads)."""
    return dumps(sop, indent=indent)
