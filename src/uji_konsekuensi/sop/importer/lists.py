"""Splitting a table cell that holds a list into its items, and saying when that is unsure.

The SOP model keeps a list written in one cell as items (model.py): split at the written
markers ("1.", "2.") which are not kept, since an item's position is its number. The rules, each
because of what PDF-to-text tools do to a numbered list:

- a cell that starts with a marker is split at the next markers in sequence (2 after 1, ...),
  wherever they are: extraction often glues "...Publik2. Peraturan" or "Publik.2. Undang";
  a marker glued to a digit ("Tahun 20102. Peraturan") cannot be told from a year and is not
  split, but reported;
- numbering that does not start at 1 ("4. ... 5. ...") is split and reported: the markers may
  have been copied from another cell;
- a cell of several lines (a DOCX cell's paragraphs) is one item per line;
- a lone "- " bullet is a marker too; a ";" ending an item separates items and is dropped;
- a cell without markers is one item; when it reads like two document names run together
  ("Identitas Pemohon Permohonan informasi", lost line break) it is kept whole and reported.

Nothing else changes: the words, their case and their typos stay as written.
"""

from __future__ import annotations

import re

import attrs

from ...i18n import Text
from . import messages as M

__all__ = ["Split", "items_may_part", "split_items"]


@attrs.frozen(kw_only=True)
class Split:
    """Items of a cell, and the doubts a person must settle (empty when the split is sure)."""

    items: tuple[str, ...]
    doubts: tuple[Text, ...] = ()


_FIRST = re.compile(r"^\s*(\d{1,2})\s*[.)]\s*")
_BULLET = re.compile(r"^\s*[-•]\s+")
#: Words that begin the name of a paper; two names run together are suspected when one of them
#: follows a capitalised word mid-cell.
_PAPER = (
    "Permohonan|Permintaan|Surat|Daftar|Berita|Nota|Identitas|Lembar|Formulir|Bukti|Tanda|"
    "Salinan|Undangan|Keputusan|Rekapitulasi|Arsip|Matriks|Kartu|Fotokopi|KTP|Form"
)
_RUN_TOGETHER = re.compile(
    rf"\b(?!(?:Draft|Draf|Konsep|Rancangan|Usulan|Hasil|{_PAPER})\b)[A-Z][a-z]+ "
    rf"(?:{_PAPER})\b"
)
_CONNECTED = re.compile(r"\b(?:dan|atau|beserta|serta|tentang|dari|untuk)\b|[,/&]")


def _strip_item(text: str) -> str:
    return re.sub(r"\s*;\s*$", "", text.strip()).strip()


def items_may_part(before: str, after: str) -> bool:
    """Whether a line ending with ``before`` and the next starting with ``after`` may be two
    items of a list rather than one wrapped: ``after`` begins a paper's name, and ``before``
    ends a word in lower case or a capitalised word that does not lead into a name."""
    if re.fullmatch(_PAPER, after) is None:
        return False
    return before[:1].islower() or _RUN_TOGETHER.search(f"{before} {after}") is not None


def split_items(cell: str, *, lines_kept: bool = False) -> Split:
    """The items of a list cell (already cleaned of markup), with any doubt about the split.
    ``lines_kept``: the cell's line breaks are the document's (a DOCX cell's paragraphs, a PDF
    cell's lines read by where they end), so one line is never two items run together."""
    text = cell.strip()
    if not text:
        return Split(items=())
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        parts = []
        for line in lines:
            m = _FIRST.match(line) or _BULLET.match(line)
            parts.append(_strip_item(line[m.end() :] if m else line))
        return Split(items=tuple(i for i in parts if i))
    m = _FIRST.match(text)
    if m is None:
        bullet = _BULLET.match(text)
        if bullet is not None:
            return Split(items=(_strip_item(text[bullet.end() :]),))
        return Split(items=(_strip_item(text),)) if lines_kept else _single(text)
    start = int(m.group(1))
    doubts: list[Text] = []
    if start != 1:
        doubts.append(M.LISTS_NUMBERING_START(start=start))
    items: list[str] = []
    rest = text[m.end() :]
    number = start + 1
    while True:
        marker = re.compile(rf"(?<!\d){number}\s*[.)]\s*(?=\D)")
        found = None
        for candidate in marker.finditer(rest):
            if candidate.start() > 0:
                found = candidate
                break
        if found is None:
            glued = re.search(rf"\d{number}\.\s*[A-Za-z]", rest)
            if glued is not None:
                doubts.append(
                    M.LISTS_MARKER_GLUED(
                        number=number, around=rest[max(0, glued.start() - 12) : glued.end() + 8]
                    )
                )
            items.append(_strip_item(rest))
            break
        items.append(_strip_item(rest[: found.start()]))
        rest = rest[found.end() :]
        number += 1
    return Split(items=tuple(i for i in items if i), doubts=tuple(doubts))


def _single(text: str) -> Split:
    item = _strip_item(text)
    if _RUN_TOGETHER.search(item) and not _CONNECTED.search(item):
        return Split(
            items=(item,),
            doubts=(M.LISTS_RUN_TOGETHER(),),
        )
    return Split(items=(item,))
