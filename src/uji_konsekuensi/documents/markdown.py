"""Escaping for Markdown documents: user text can never become Markdown structure.

HTML templates are autoescaped by Jinja2. Markdown has no such thing, so the Markdown environment
runs every ``{{ value }}`` through `escape_markdown` (as Jinja2's ``finalize``), unless the value
is already `MarkdownSafe` (produced by the template itself or by a filter that builds Markdown).

What is escaped, and why:

- the characters that have a Markdown meaning anywhere in a line (``\\ ` * _ [ ] < > | ~ &``)
  get a backslash, and so does the first character of the value when it could start a block
  (``# + - = >`` or the "." / ")" of "1." / "1)"). CommonMark guarantees that a backslash
  before ASCII punctuation yields the character itself, so the text reads the same once
  rendered, while a "|" can no longer end a table cell, a "<script>" can no longer become raw
  HTML, "[x](y)" can no longer become a link, a leading "1." or "-" no longer starts a list and
  "#" no longer starts a heading. Parentheses, dots and hyphens inside a line are left alone
  ("30 (tiga puluh) hari", "UU 14/2008"): they mean nothing there, and legal text is full of
  them;
- line breaks become ``<br>`` (the one piece of raw HTML we emit; GFM renders it in table cells,
  where a real newline would end the table row);
- "&" is escaped so that ``&lt;`` typed by a user stays those four characters.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from .safe_text import safe_text

#: Characters with a Markdown meaning anywhere in a line (CommonMark 0.31 inlines, GFM | and ~).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
#: A block marker at the start of a value: heading, list item, setext underline, quote.
_LEADING = re.compile(r"^(\s*)(?:([#+\-=>])|(\d+)([.)]))")
_NEWLINES = re.compile(r"\r\n|\r|\n")


class MarkdownSafe(str):
    """A string that is already Markdown and must not be escaped again."""

    __slots__ = ()


def escape_markdown(value: Any) -> str:
    """Escape user text for Markdown (see the module docstring); `MarkdownSafe` passes through."""
    if value is None:
        return ""
    if isinstance(value, MarkdownSafe):
        return value
    if isinstance(value, Markup):
        # Markup comes from HTML-only helpers; in Markdown it is still just text.
        value = value.unescape()
    # Controls, surrogates and bidi overrides first (safe_text.py), as in HTML.
    text = _SPECIAL.sub(r"\\\1", safe_text(str(value)))
    text = _LEADING.sub(_escape_leading, text)
    return _NEWLINES.sub("<br>", text)


def _escape_leading(match: re.Match[str]) -> str:
    space, marker, digits, dot = match.groups()
    if marker:
        return f"{space}\\{marker}"
    return f"{space}{digits}\\{dot}"


def finalize(value: Any) -> Any:
    """Jinja2 ``finalize`` for the Markdown environment: escape everything not `MarkdownSafe`."""
    return escape_markdown(value)


def md_safe(value: Any) -> MarkdownSafe:
    """Template filter ``md_safe``: mark template-made text as Markdown (never user text)."""
    return MarkdownSafe("" if value is None else str(value))


def table_row(cells: list[Any]) -> MarkdownSafe:
    """Template filter ``md_row``: one GFM table row, each cell escaped, ``| a | b |``."""
    return MarkdownSafe("| " + " | ".join(escape_markdown(c) for c in cells) + " |")


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def split_row(line: str) -> list[str]:
    """Split a GFM table row on its unescaped pipes (used by tests and by readers of our output)."""
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in _UNESCAPED_PIPE.split(stripped)]
