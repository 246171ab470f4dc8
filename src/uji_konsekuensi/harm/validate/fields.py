"""How the rules read a record's fields: the JSON path a finding names, whether a field is
filled in, and text compared as a person reads it."""

from __future__ import annotations


def at(prefix: str, name: str) -> str:
    """The JSON path ``prefix.name`` (or ``name`` at the top)."""
    return f"{prefix}.{name}" if prefix else name


def blank(text: str | None) -> bool:
    """True for None, "" and whitespace: a field the form leaves empty."""
    return text is None or not text.strip()


def text_key(text: str) -> str:
    """Text compared as a person reads it: case, spacing and end punctuation ignored."""
    return " ".join(text.casefold().split()).strip(" .,;:")
