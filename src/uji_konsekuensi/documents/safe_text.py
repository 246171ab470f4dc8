"""Text a user typed, made safe to print in an official document (a control character or a
bidi override in a name must not change what the official reads or signs).

Every value a template prints passes through `safe_text` (the ``finalize`` of the Jinja2
environments), and the DOCX writer applies `clean_text` to all text it writes. The rule is the
same for HTML, PDF, Markdown and DOCX, and it loses nothing the user meant:

**Control characters** (C0, U+0000-U+001F, and DEL U+007F):

- ``\\x0b`` (vertical tab: what Word pastes for Shift+Enter, a manual line break) and ``\\x0c``
  (form feed: a page break typed in a word processor) become a line break ``\\n``;
- ``\\r\\n`` and a lone ``\\r`` become ``\\n``; ``\\t`` and ``\\n`` are kept;
- every other control character (``\\x00``, ``\\x1b``, ...) is dropped: it has no glyph, cannot be
  printed, and XML (DOCX) cannot hold it.

The case loader already refuses such characters in a case file; this rule covers records built
directly with the Python API.

**Lone surrogates** (U+D800-U+DFFF without a pair, which Python strings can hold but UTF-8
cannot encode) become U+FFFD REPLACEMENT CHARACTER, so a document is always written, and the
gap is visible where the broken character was. U+FFFE and U+FFFF (not characters; XML refuses
them) become U+FFFD as well.

**Bidirectional text**. A field may hold right-to-left text or the invisible controls of the
Unicode bidirectional algorithm (UAX #9). An unterminated U+202E RIGHT-TO-LEFT OVERRIDE in a
requester's name would otherwise reverse everything after it up to the end of the paragraph,
including the statutory sentence that follows ("30 hari kerja" displayed as "ajrek irah 03").
So a value that holds any right-to-left character or bidi control is wrapped in U+2068 FIRST
STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE: the isolate ends every embedding and override
opened inside it (UAX #9 rule X6a), and the text around it is laid out as if the value were one
neutral character. Stray U+2069 in the value (which would close our isolate early) are dropped,
and isolates the value opened but did not close are closed. A value with neither (all Latin
text, digits, punctuation) cannot change the order of what follows and is printed unchanged, so
that copied text holds no invisible characters. Isolation at the character level works in every
format (browsers, WeasyPrint through Pango/FriBidi, Word) without markup.
"""

from __future__ import annotations

import re
import unicodedata

#: C0 controls other than tab and line feed (and CR, mapped first), plus DEL: dropped.
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
#: Line breaks in other clothes: CR LF, CR, VT (Word's Shift+Enter), FF (page break).
_BREAKS = re.compile("\r\n|[\r\x0b\x0c]")
#: Lone surrogates and the two non-characters XML refuses.
_BROKEN = re.compile("[\ud800-\udfff\ufffe\uffff]")

REPLACEMENT = "\ufffd"

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI

#: Bidi classes that can reorder text after them: right-to-left letters, Arabic digits, and
#: the explicit embeddings, overrides and isolates.
_BIDI_ACTIVE = frozenset(
    {"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


def clean_text(text: str) -> str:
    """Map line-break controls to ``\\n``, drop other C0 controls, replace lone surrogates."""
    if text.isascii() and text.isprintable():
        return text
    text = _BREAKS.sub("\n", text)
    text = _DROP.sub("", text)
    return _BROKEN.sub(REPLACEMENT, text)


def needs_isolation(text: str) -> bool:
    """Whether the text holds a right-to-left character or a bidi control (see module doc)."""
    if text.isascii():
        return False
    return any(not ch.isascii() and unicodedata.bidirectional(ch) in _BIDI_ACTIVE for ch in text)


def isolate_bidi(text: str) -> str:
    """Wrap text that could reorder its surroundings in FSI ... PDI, balanced (module doc)."""
    if not needs_isolation(text):
        return text
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue  # would close our FSI and let the rest escape the isolate
            depth -= 1
        out.append(ch)
    return FSI + "".join(out) + PDI * (depth + 1)


def safe_text(text: str) -> str:
    """`clean_text`, then `isolate_bidi`: what every printed value goes through."""
    return isolate_bidi(clean_text(text))


def encode_utf8(text: str) -> bytes:
    """UTF-8 bytes of any str: a lone surrogate left anywhere becomes U+FFFD, never an error."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _BROKEN.sub(REPLACEMENT, text).encode("utf-8")
