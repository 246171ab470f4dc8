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

import collections
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

import attrs

from ..text_memo import per_text


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


# Every ASCII character that is not [a-z0-9] mapped to a space: on ASCII text (nearly every
# record), ``translate`` + ``split`` gives the words of ``_WORD.findall`` at half its cost.
_ASCII_SEPARATORS = "".join(
    chr(i) if chr(i).isascii() and (chr(i).islower() or chr(i).isdigit()) else " "
    for i in range(128)
)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    """The words of ``text``, folded: runs of [a-z0-9] (accents folded, anything else splits)."""
    folded = _fold(text)
    if folded.isascii():
        return folded.translate(_ASCII_SEPARATORS).split()
    return _WORD.findall(folded)


@per_text(maxsize=65536, longest=64)
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


def _content_stem(word: str) -> str:
    """The stem ``word`` contributes to `content_stems`, or "" when it carries no content."""
    if word.isdigit() or len(word) < 2 or word in _STOP:
        return ""
    stemmed = stem(word)
    return "" if stemmed in _STOP_STEMS else stemmed


# Word -> its content stem ("" for a dropped word). A plain dict read with .get: every word of
# every consequence passes here, and a dict look-up costs a fraction of an lru_cache call. Words
# of a language recur, so it stays small; it is emptied if hostile input ever fills it.
_WORD_STEMS: dict[str, str] = {}
_WORD_STEMS_MAX = 65536


def content_stems(text: str) -> tuple[str, ...]:
    """The content words of ``text`` as stems, in order (numbers and stop words dropped)."""
    words = _words(text)
    stems = list(map(_WORD_STEMS.get, words))
    if None in stems:  # words seen for the first time
        if len(_WORD_STEMS) >= _WORD_STEMS_MAX:
            _WORD_STEMS.clear()
        for i, stemmed in enumerate(stems):
            if stemmed is None:
                stems[i] = _WORD_STEMS[words[i]] = _content_stem(words[i])
    return tuple(filter(None, stems))


@attrs.frozen(eq=False)  # never compared or hashed; holds a dict
class _Ground:
    """A cited ground's text prepared once for comparison: its stems and how often each occurs."""

    stems: tuple[str, ...]
    counts: dict[str, int]


@attrs.frozen(eq=False)
class _Reference:
    """Everything a set of cited grounds already says, prepared once: see `measure`."""

    grounds: tuple[_Ground, ...]
    known: frozenset[str]


@functools.lru_cache(maxsize=4096)
def _reference(ground_texts: tuple[str, ...], references: tuple[str, ...]) -> _Reference:
    """The stems of the grounds' texts and the vocabulary of all references, computed once per
    combination: a record cites one of 33 grounds with a handful of citation texts, so the same
    combinations recur in every record of an agency."""
    grounds = tuple(
        _Ground(stems=stems, counts=dict(collections.Counter(stems)))
        for stems in (content_stems(t) for t in ground_texts if t)
        if stems  # a text of stop words only has nothing to compare
    )
    known: set[str] = set()
    for g in grounds:
        known.update(g.stems)
    for t in references:
        if t:
            known.update(content_stems(t))
    return _Reference(grounds=grounds, known=frozenset(known))


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


def _quick_ratio(compared: tuple[str, ...], distinct: set[str], ground: _Ground) -> float:
    """`difflib.SequenceMatcher.quick_ratio` of ``compared`` (``distinct``: its set of stems)
    against a ground, from the ground's counts prepared once: 2 * (stems the two share, with
    multiplicity) / (both lengths). The same bound, to the bit, without building a matcher."""
    theirs = ground.counts
    matches = 0
    for s in distinct & theirs.keys():  # a consequence shares few stems with its ground
        n, m = compared.count(s), theirs[s]
        matches += n if n < m else m
    return 2.0 * matches / (len(compared) + len(ground.stems))


def _best_similarity(
    compared: tuple[str, ...], reference: _Reference, below: float | None
) -> float:
    """The highest `similarity` of ``compared`` to one of the grounds (0.0 without any).

    With ``below``, a ground whose upper bound is under ``below`` contributes its bound (as
    `similarity` does); the exact ratio, quadratic in the worst case, runs only where it can
    decide or where it is reported (``below`` None)."""
    if not compared or not reference.grounds:
        return 0.0
    distinct = set(compared)
    best = 0.0
    for g in reference.grounds:
        if below is not None:
            bound = _quick_ratio(compared, distinct, g)
            if bound < below:
                best = max(best, bound)
                continue
        matcher = difflib.SequenceMatcher(None, compared, g.stems, autojunk=False)
        best = max(best, matcher.ratio())
    return best


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
    texts, refs = tuple(ground_texts), tuple(references)
    if len(consequence) > _MEASURED_TEXT_MAX:
        return _measure(consequence, texts, refs, settings)
    key = (consequence, texts, refs, settings)
    found = _MEASURED.get(key)
    if found is None:
        found = _measure(consequence, texts, refs, settings)
        if len(_MEASURED) >= _MEASURED_MAX:
            _MEASURED.clear()
        _MEASURED[key] = found
    return found


# (consequence, ground texts, references, settings) -> its measurement. A case writes the same
# tested item in its Lembar and again in the Penetapan's, and an agency's records repeat their
# wording: each is measured once. Emptied when full (hostile input cannot grow it).
_MEASURED: dict[tuple[str, tuple[str, ...], tuple[str, ...], RestatementSettings], Restatement] = {}
_MEASURED_MAX = 16384
_MEASURED_TEXT_MAX = 4096  # a longer consequence is measured every time, never kept


def _measure(
    consequence: str,
    ground_texts: tuple[str, ...],
    references: tuple[str, ...],
    settings: RestatementSettings,
) -> Restatement:
    reference = _reference(ground_texts, references)
    known = reference.known
    stems = content_stems(consequence)
    new = tuple([s for s in dict.fromkeys(stems) if s not in known])
    # The statute texts are at most some 60 stems; comparing more of a long consequence cannot
    # raise the ratio to the threshold and would make difflib quadratic.
    compared = stems[:_MAX_COMPARED]
    few_new = len(new) < settings.min_new_words
    # The exact ratio is only needed when it decides, or when it is reported (few new words).
    below = None if few_new else settings.max_similarity
    best = _best_similarity(compared, reference, below)
    restates = few_new or best >= settings.max_similarity
    return Restatement(new_words=new, similarity=round(best, 3), restates=restates)
