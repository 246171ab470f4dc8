"""Does a written consequence only restate the ground it is meant to justify?

The commonest defect of a consequence test is a "Dibuka" column that repeats the statute:
"Dapat mengungkap rahasia pribadi sebagaimana Pasal 17 huruf h angka 2 UU KIP". That is no
analysis of consequences (PERKI 1/2021 Pasal 49 ayat (6) huruf b; UU 14/2008 Pasal 2 ayat (4)).
This module measures it, with a heuristic that is documented in docs/harm.md and tuned by
`RestatementSettings`:

1. Both texts are normalised: lower case, accents folded, punctuation dropped, words reduced to
   a rough stem by stripping common Indonesian affixes ("mengungkapkan" and "pengungkapan" both
   become "ungkap"), and function words, citation words ("pasal", "huruf", "angka", "uu",
   numbers) and words that every exemption text shares ("informasi", "dibuka", "dapat") dropped.
2. The *reference* is everything the ground already says: the chapeau and text of each cited
   ground in both languages, its citations, and the "as written" and other-statute texts.
3. The consequence restates the ground when it adds fewer than ``min_new_words`` distinct stems
   that are not in the reference, or when its sequence of stems is at least ``max_similarity``
   similar (difflib ratio) to the stems of one cited ground's Indonesian text.

The defaults (4 new words, similarity 0.75) flag the statute copied out, with or without the
citation, and a one-line "melanggar privasi"; they pass any consequence that names what would
happen to whom. Raise ``min_new_words`` for a stricter office, lower it for a lenient one.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

import attrs


@attrs.frozen(kw_only=True)
class RestatementSettings:
    """Thresholds of the restatement heuristic (see the module docstring)."""

    min_new_words: int = attrs.field(default=4, validator=attrs.validators.ge(0))
    max_similarity: float = attrs.field(
        default=0.75, validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)]
    )


@attrs.frozen(kw_only=True)
class Restatement:
    """The measurement: the new stems the consequence adds, and its highest similarity.

    ``similarity`` is exact when the consequence restates the ground; otherwise it may be
    difflib's upper bound, which is then already below the threshold.
    """

    new_words: tuple[str, ...]
    similarity: float
    restates: bool


# Function words, citation words and words every exemption text shares. Kept as stems.
_STOP_TEXT = """
    yang dan atau serta dengan untuk dari pada dalam ke di oleh bagi tentang terhadap kepada
    ini itu tersebut adalah ialah merupakan yaitu yakni sebagai sebagaimana dimaksud maksud
    karena sehingga maka agar supaya jika apabila bila kalau akan telah sudah masih belum
    dapat bisa boleh harus wajib tidak bukan juga pun lagi hanya saja sangat lebih paling
    ada para suatu sesuatu setiap seluruh semua hal nya se
    pasal huruf angka ayat butir uu undang nomor no tahun kip jo juncto ri republik indonesia
    informasi publik badan pemohon dibuka buka terbuka diberikan beri berikan membuka ditutup
    tutup menutup dikecualikan kecuali pengecualian rahasia
    the of and or to a an in on by for that this is be could would may if opened given
    information public requester
"""
_STOP = frozenset(_STOP_TEXT.split())
# Stop words are compared after stemming too ("pengecualian" -> "kecuali").
_PREFIXES: tuple[str, ...] = (
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "peng",
    "peny",
    "pem",
    "pen",
    "per",
    "pe",
)
_PREFIXES += ("di", "ter", "ber", "be", "ke", "se")
_SUFFIXES = ("nya", "lah", "kah", "kan", "an", "i")
_WORD = re.compile(r"[a-z0-9]+")
_MAX_COMPARED = 300


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A rough Indonesian stem: one suffix layer and up to two prefixes, keeping 4+ letters.

    Not a linguist's stemmer (Nazief-Adriani); it only needs to map the forms of a word that a
    consequence and a statute use onto the same key, and it errs the same way on both texts.
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for _ in range(2):
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                word = word[len(prefix) :]
                break
        else:
            break
    return word


_STOP_STEMS = frozenset(stem(w) for w in _STOP) | _STOP


def content_stems(text: str) -> tuple[str, ...]:
    """The content words of ``text`` as stems, in order (numbers and stop words dropped)."""
    out = []
    for word in _WORD.findall(_fold(text)):
        if word.isdigit() or len(word) < 2 or word in _STOP:
            continue
        stemmed = stem(word)
        if stemmed not in _STOP_STEMS:
            out.append(stemmed)
    return tuple(out)


# The statute texts and citations recur in every record: their stems are computed once.
_reference_stems = functools.lru_cache(maxsize=4096)(content_stems)


def similarity(a: Sequence[str], b: Sequence[str], below: float | None = None) -> float:
    """difflib's ratio between two stem sequences (1.0: the same words in the same order).

    With ``below``, difflib's cheap upper bound is returned instead when it is already under
    ``below`` (the exact ratio cannot reach it): validating thousands of records stays fast.
    """
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if below is not None:
        bound = matcher.quick_ratio()
        if bound < below:
            return bound
    return matcher.ratio()


def measure(
    consequence: str,
    ground_texts: Iterable[str],
    references: Iterable[str] = (),
    settings: RestatementSettings | None = None,
) -> Restatement:
    """Measure ``consequence`` against the texts of the cited grounds and other references.

    ``ground_texts`` are compared for similarity and vocabulary; ``references`` (citations, the
    as-written basis) only for vocabulary.
    """
    settings = settings or RestatementSettings()
    grounds = [_reference_stems(t) for t in ground_texts if t]
    known: set[str] = set()
    for stems_of in (*grounds, *(_reference_stems(t) for t in references if t)):
        known.update(stems_of)
    stems = content_stems(consequence)
    new = tuple(dict.fromkeys(s for s in stems if s not in known))
    # The statute texts are at most some 60 stems; comparing more of a long consequence cannot
    # raise the ratio to the threshold and would make difflib quadratic.
    compared = stems[:_MAX_COMPARED]
    few_new = len(new) < settings.min_new_words
    # The exact ratio is only needed when it decides, or when it is reported (few new words).
    below = None if few_new else settings.max_similarity
    best = max((similarity(compared, g, below) for g in grounds if compared and g), default=0.0)
    restates = few_new or best >= settings.max_similarity
    return Restatement(new_words=new, similarity=round(best, 3), restates=restates)
