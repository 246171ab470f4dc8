"""Measuring and wrapping text for the SVG flowchart, without a font library.

SVG text does not wrap by itself, and the flowchart's rows must be tall enough for their text
*before* the browser draws anything (the symbols and arrows are placed by row). So we wrap text
ourselves with the advance widths of Helvetica (Adobe's published AFM metrics, units of 1/1000
em). Arial and Liberation Sans (the fonts the stylesheet asks for first) are metric-compatible
with Helvetica, so the measure is close to what the browser draws; a safety factor covers fonts
that are slightly wider (DejaVu Sans is about 8% wider on Indonesian text) so that wrapped lines
still fit their cells.
"""

from __future__ import annotations

import re

#: The font stack the flowchart SVG uses (metric-compatible families first).
FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'Nimbus Sans', sans-serif"

# Helvetica advance widths (AFM, 1/1000 em) for the characters Indonesian SOP text uses.
_WIDTHS: dict[str, int] = {
    " ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667, "'": 191,
    "(": 333, ")": 333, "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278,
    ":": 278, ";": 278, "<": 584, "=": 584, ">": 584, "?": 556, "@": 1015, "[": 278,
    "\\": 278, "]": 278, "^": 469, "_": 556, "`": 333, "{": 334, "|": 260, "}": 334,
    "~": 584, "‘": 222, "’": 222, "“": 333, "”": 333, "–": 556, "—": 1000, "•": 350,
    "†": 556, "‡": 556, "…": 1000,
    "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 722,
    "I": 278, "J": 500, "K": 667, "L": 556, "M": 833, "N": 722, "O": 778, "P": 667,
    "Q": 778, "R": 722, "S": 667, "T": 611, "U": 722, "V": 667, "W": 944, "X": 667,
    "Y": 667, "Z": 611,
    "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556, "h": 556,
    "i": 222, "j": 222, "k": 500, "l": 222, "m": 833, "n": 556, "o": 556, "p": 556,
    "q": 556, "r": 333, "s": 500, "t": 278, "u": 556, "v": 500, "w": 722, "x": 500,
    "y": 500, "z": 500,
}  # fmt: skip
_DIGIT = 556
_BOLD_FACTOR = 1.07  # Helvetica-Bold is about 7% wider on mixed text
_DEFAULT = 600  # unknown characters (accented letters are close to their base letter's width)

#: Multiplier on the measured width: the room left for a wider fallback font.
SAFETY = 1.10


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` set in ``size`` units (same unit as the result), with the safety."""
    total = 0
    for ch in text:
        total += _DIGIT if ch.isdigit() else _WIDTHS.get(ch, _DEFAULT)
    factor = SAFETY * (_BOLD_FACTOR if bold else 1.0)
    return total * size / 1000 * factor


_SPACE = re.compile(r"[ \t]+")


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (explicit newlines are kept).

    Lines break at spaces and after a slash ("informasi/ dokumen": Indonesian SOPs join
    alternatives with it, and cutting inside a word reads worse). A word longer than the whole
    width (a long URL or NIP) is cut where it must be, so that no line ever overflows its cell.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for piece, glue in _pieces(paragraph):
            candidate = current + piece  # just the piece when the line is empty
            if text_width(candidate, size, bold=bold) <= width:
                current = candidate + glue
                continue
            if current.strip():
                lines.append(current.rstrip())
            current = ""
            cut = _cut(piece, width, size, bold)
            lines.extend(cut[:-1])
            current = cut[-1] + glue
        lines.append(current.rstrip())
    # Trailing empty lines add height without content.
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


_PIECE = re.compile(r"[^\s/]*/+|[^\s/]+")


def _pieces(paragraph: str) -> list[tuple[str, str]]:
    """Break opportunities: (piece, what follows it: " " or "") for each word or "word/"."""
    out: list[tuple[str, str]] = []
    for word in _SPACE.split(paragraph.strip()):
        if not word:
            continue
        parts = _PIECE.findall(word)
        for i, part in enumerate(parts):
            out.append((part, " " if i == len(parts) - 1 else ""))
    return out


def _cut(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Split one over-long word into pieces that each fit ``width``."""
    if text_width(word, size, bold=bold) <= width:
        return [word]
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and text_width(current + ch, size, bold=bold) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces
