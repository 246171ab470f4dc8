"""A table cell's text as the importer reads it: the markup a PDF-to-text tool adds removed.

Its own module because both the table reader (`grid`) and the identity labels (`labels`) need it,
and neither may import the other's module whole (the layout reader imports the grid).
"""

from __future__ import annotations

import html
import re

__all__ = ["clean_cell"]

_TAG = re.compile(r"<[^>]+>")
_BOLD = re.compile(r"\*\*")


def clean_cell(text: str) -> str:
    """A cell's text without the markup a PDF-to-text tool adds (HTML tags such as ``<ol>`` and
    ``<i>``, Markdown ``**``), entities decoded, runs of spaces kept (a double space separates a
    signatory's position from the name) but ends trimmed. Nothing of the wording changes."""
    text = _BOLD.sub("", _TAG.sub("", text))
    return html.unescape(text).strip()
