"""Small helpers shared by the validation modules: JSON paths and blank text."""

from __future__ import annotations


def at(prefix: str, name: str) -> str:
    """The JSON path ``prefix.name`` (or ``name`` at the top)."""
    return f"{prefix}.{name}" if prefix else name


def blank(text: str | None) -> bool:
    """True for None, "" and whitespace."""
    return text is None or not text.strip()


def key(text: str) -> str:
    """Text compared as a person reads it: case, spacing and end punctuation ignored."""
    return " ".join(text.casefold().split()).strip(" .,;:")
