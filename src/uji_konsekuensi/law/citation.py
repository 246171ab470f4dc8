"""Reading the Pasal 17 citations agencies write in the "dasar hukum" of a consequence test.

Accepted (case, spacing and punctuation are free; see docs/law.md for the full grammar):

- ``Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008``; ``Pasal 17 huruf b UU KIP``;
  ``Psl. 17 hrf. c angka 3``; ``pasal 17 (h) (2)``; ``Pasal 17 h.2``; ``huruf h angka 2``;
- lists and ranges: ``Pasal 17 huruf h angka 2 dan 3``, ``Pasal 17 huruf a dan huruf e``,
  ``Pasal 17 huruf c angka 1 s.d. 3``, ``Pasal 17 huruf h, i dan j``;
- huruf j with the other statute, kept as written: ``Pasal 17 huruf j UU 14/2008 jo. Pasal 40
  UU No. 36 Tahun 1999`` (also "juncto", or "dan Pasal ..." after the UU KIP);
- a bare ground code: ``h.2``, ``b``.

A letter that has points but is cited without an angka ("Pasal 17 huruf h") cites the letter as a
whole: the result holds every point under it, each marked ``whole_letter=True``, so a caller can
tell "the agency named huruf h" from "the agency named h.1 to h.5". This is how agencies commonly
cite (the chapeau's list is exhaustive, "yaitu:"), so it is read rather than refused; validation
warns that the angka is missing (``law.ground.letter_only``). ``strict=True`` refuses it instead.

What cannot be read, or names no ground ("Pasal 17 huruf k", "huruf c angka 9", "Pasal 18 huruf
a"), raises `CitationError`, an `InputError` that quotes the text and names the nearest grounds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..errors import InputError, Problem
from ..i18n import Text
from . import messages as M
from .grounds import LETTERS, Ground, get_ground, grounds_of, has_points
from .statute import scan_statutes


@attrs.frozen(kw_only=True)
class Citation:
    """One ground read from a citation text.

    ``whole_letter`` is True when the text named only the letter of a ground that has points;
    ``other_statute`` is the statute written after "jo." (or "dan Pasal ...") as written, which
    huruf j requires and which is kept for any ground; ``text`` is the whole citation as written.
    """

    ground: Ground
    text: str
    whole_letter: bool = False
    other_statute: str | None = None

    @property
    def code(self) -> str:
        return self.ground.code


class CitationError(InputError):
    """A citation that cannot be read or names no ground of Pasal 17.

    ``text`` is the citation as given; ``nearest`` the codes of the nearest valid grounds
    (e.g. c.1..c.7 for "huruf c angka 9"; j, i for "huruf k"), possibly empty.
    """

    def __init__(
        self,
        text: str,
        problems: Sequence[Problem],
        nearest: Sequence[str] = (),
        source: str = "<citation>",
    ) -> None:
        self.text = text
        self.nearest = tuple(nearest)
        super().__init__(source, problems)

    @property
    def nearest_grounds(self) -> tuple[Ground, ...]:
        return tuple(get_ground(code) for code in self.nearest)


# --- tokens ------------------------------------------------------------------------------------

_PASAL = re.compile(r"\b(?:pasal|psl|ps)\s*\.?\s*(\d+)")
_JO = re.compile(r"\b(?:jo|juncto|junto)\b\.?")
_CODE = re.compile(r"\s*([a-z])\s*(?:\.\s*(\d+))?\s*\.?\s*")
_TOKEN = re.compile(
    r"(?P<range>s\s*\.\s*d\s*\.?|s/d|sd(?=\s|\d|$)|sampai\s+dengan|hingga|sampai)"
    r"|(?P<code>[a-z]\.\d+)\b"
    r"|\(\s*(?P<paren>[a-z0-9]+)\s*\)"
    r"|(?P<num>\d+)"
    r"|(?P<word>[a-z]+(?:/[a-z]+)?)\.?"
    r"|(?P<punct>[,;&-])"
    r"|(?P<other>\S)"
)
_HURUF = frozenset({"huruf", "hrf", "hf", "huf", "hur"})
_ANGKA = frozenset({"angka", "angk", "akt", "butir", "btr", "nomor", "no", "nmr", "poin", "point"})
_CONJ = frozenset({"dan", "serta", "atau", "dan/atau", "and", "or"})
_SPELLED = frozenset(
    {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}
)

_EXAMPLE = "Pasal 17 huruf h angka 2 UU 14/2008"


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):  # always, but for a few letters such as "İ"
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@attrs.define
class _Group:
    """A letter and the angka written after it, while reading."""

    letter: str
    numbers: list[int] = attrs.Factory(list)


def _letters_near(letter: str) -> tuple[str, ...]:
    """The two valid letters closest in the alphabet ("k" -> j, i)."""
    ranked = sorted(LETTERS, key=lambda x: (abs(ord(x) - ord(letter)), -ord(x)))
    return tuple(ranked[:2])


def _one_of(values: str) -> Text:
    return M.CITATION_ONE_OF(values=values)


class _Reader:
    """Reads one citation text; collects every problem before raising."""

    def __init__(self, text: str, *, strict: bool, source: str, path: str) -> None:
        self.text = text
        self.strict = strict
        self.source = source
        self.path = path
        self.problems: list[Problem] = []
        self.nearest: list[str] = []

    def fail(self, message: Text, expected: Text | str, nearest: Sequence[str] = ()) -> None:
        # ``expected`` in both languages (a plain str reads the same in both: "Pasal 17 huruf h").
        both = expected if isinstance(expected, Text) else Text(expected, expected)
        self.problems.append(
            Problem(
                path=self.path,
                message=f"{self.text!r}: {message.id}",
                message_en=f"{self.text!r}: {message.en}",
                value=self.text,
                expected=both.id,
                expected_en=both.en,
            )
        )
        self.nearest.extend(code for code in nearest if code not in self.nearest)

    def error(self) -> CitationError:
        return CitationError(self.text, self.problems, self.nearest, self.source)

    # -- the parts of a citation --------------------------------------------------------------

    def read(self) -> tuple[Citation, ...]:
        lowered = _lower_same_length(self.text)
        if not lowered.strip():
            self.fail(M.CITATION_EMPTY(), M.CITATION_EXAMPLE(example=_EXAMPLE))
            raise self.error()
        code = _CODE.fullmatch(lowered)
        if code is not None:
            number = code.group(2)
            groups = [_Group(code.group(1), [int(number)] if number else [])]
            return self.resolve(groups, other=None)

        main_end, other = self.split_other(lowered)
        start = self.find_pasal_17(lowered[:main_end])
        if self.problems:
            raise self.error()
        groups, stop = self.read_grounds(lowered, start, main_end)
        if self.problems:
            raise self.error()
        other = self.check_instrument(stop, main_end, other)
        if self.problems:
            raise self.error()
        return self.resolve(groups, other)

    def split_other(self, lowered: str) -> tuple[int, str | None]:
        """Where the Pasal 17 part ends, and the other statute ("jo. Pasal 40 UU ...") if any."""
        cut = other_start = len(lowered)
        jo = _JO.search(lowered)
        if jo is not None:
            cut, other_start = jo.start(), jo.end()
        pasals = list(_PASAL.finditer(lowered, 0, cut))
        if len(pasals) > 1 and int(pasals[0].group(1)) == 17:
            # "Pasal 17 huruf h angka 2 UU KIP dan Pasal 57 UU 36/2009": from the second Pasal.
            cut = other_start = pasals[1].start()
        other = " ".join(self.text[other_start:].split()).strip(" ,;")
        return cut, (other or None)

    def find_pasal_17(self, main: str) -> int:
        """The index after "Pasal 17" (0 if no Pasal is written); a problem if another Pasal."""
        pasal = _PASAL.search(main)
        if pasal is None:
            return 0
        number = str(int(pasal.group(1)))  # "Pasal 017" is Pasal 17
        if number == "17":
            return pasal.end()
        why = M.CITATION_PASAL_18() if number == "18" else M.CITATION_PASAL_OTHER(number=number)
        self.fail(why, M.CITATION_PASAL_EXPECTED(example=_EXAMPLE))
        return pasal.end()

    def read_grounds(self, lowered: str, start: int, end: int) -> tuple[list[_Group], int]:
        """Letters and angka from ``start``; returns them and where reading stopped."""
        groups: list[_Group] = []
        expect: str | None = None  # "letter" after "huruf", "number" after "angka"
        pending_range = False
        last: str | None = None  # kind of the previous token
        pos = start
        for token in _TOKEN.finditer(lowered, start, end):
            kind = token.lastgroup or "other"
            value = token.group(kind)
            if kind == "code":
                letter, number = value.split(".")
                groups.append(_Group(letter, [int(number)]))
                expect, last, pos = None, "num", token.end()
                continue
            if kind == "paren":
                kind = "num" if value.isdigit() else "word"
                if kind == "word" and value in _SPELLED and last == "num":
                    pos = token.end()  # "angka 2 (dua)"
                    continue
            if kind == "word" and value in _SPELLED and last == "num":
                pos = token.end()
                continue
            if kind == "word" and value in _HURUF:
                expect, last = "letter", "huruf"
            elif kind == "word" and value == "ayat":
                self.fail(M.CITATION_AYAT(), M.CITATION_EXAMPLE(example=_EXAMPLE))
                return groups, token.start()
            elif kind == "word" and len(value) == 1 and (expect != "number"):
                groups.append(_Group(value))
                expect, last = None, "letter"
            elif kind == "word" and value in _ANGKA and groups:
                expect, last = "number", "angka"
            elif kind == "num" and groups and expect != "letter":
                number = int(value)
                current = groups[-1].numbers
                # A range wider than any letter's points is not expanded: its end is then
                # reported as out of range instead of filling memory ("angka 1 s.d. 10000000").
                if pending_range and current and 0 < number - current[-1] <= 10:
                    current.extend(range(current[-1] + 1, number + 1))
                else:
                    current.append(number)
                expect, last, pending_range = None, "num", False
            elif last == "num" and (kind == "range" or (kind == "punct" and value == "-")):
                pending_range, last = True, "range"
            elif (kind == "word" and value in _CONJ) or (kind == "punct" and value != "-"):
                last = "conj"
            else:
                return self.check_read(groups, expect), token.start()
            pos = token.end()
        return self.check_read(groups, expect), pos

    def check_read(self, groups: list[_Group], expect: str | None) -> list[_Group]:
        """A problem when no letter was read, or "huruf"/"angka" was left without its value."""
        if not groups or expect is not None:
            self.fail(M.CITATION_UNREADABLE(), M.CITATION_UNREADABLE_EXPECTED(example=_EXAMPLE))
        return groups

    def check_instrument(self, stop: int, main_end: int, other: str | None) -> str | None:
        """Check the instrument written after the grounds; return the other statute, if any.

        "Pasal 17 huruf a UU No. 30 Tahun 2014" cites another law's Pasal 17: refused. After UU
        14/2008 (or with no instrument right after the grounds), a further instrument is the other
        statute ("Pasal 17 huruf j UU KIP dan UU No. 36 Tahun 1999").
        """
        rest = self.text[stop:main_end]
        found = scan_statutes(rest)
        if not found:
            return other
        start, _, first = found[0]
        right_after = re.fullmatch(r"[\s,]*(?:(?:dari|pada|dalam)\s+)?", rest[:start].lower())
        others = found
        if first.is_uu_kip:
            others = found[1:]
        elif right_after is not None and first.article is None:
            self.fail(
                M.CITATION_OTHER_STATUTE(short=first.short), M.CITATION_OTHER_STATUTE_EXPECTED()
            )
            return other
        if others and other is None:
            return " ".join(rest[others[0][0] :].split()).strip(" ,;") or None
        return other

    def resolve(self, groups: list[_Group], other: str | None) -> tuple[Citation, ...]:
        citations: list[Citation] = []
        for group in groups:
            citations.extend(self.resolve_group(group, other))
        if self.problems:
            raise self.error()
        seen: set[str] = set()
        unique = []
        for citation in citations:
            if citation.code not in seen:
                seen.add(citation.code)
                unique.append(citation)
        return tuple(unique)

    def resolve_group(self, group: _Group, other: str | None) -> list[Citation]:
        letter = group.letter
        if letter not in LETTERS:
            near = _letters_near(letter)
            self.fail(
                M.CITATION_LETTER_UNKNOWN(letter=letter),
                _one_of(", ".join(g.code for n in near for g in grounds_of(n))),
                [g.code for n in near for g in grounds_of(n)],
            )
            return []
        leaves = grounds_of(letter)
        codes = [g.code for g in leaves]
        if not group.numbers:
            if has_points(letter) and self.strict:
                self.fail(
                    M.CITATION_LETTER_POINTS(letter=letter, count=len(leaves)),
                    _one_of(", ".join(codes)),
                    codes,
                )
                return []
            whole = has_points(letter)
            return [
                Citation(ground=g, text=self.text, whole_letter=whole, other_statute=other)
                for g in leaves
            ]
        if not has_points(letter):
            self.fail(
                M.CITATION_LETTER_NO_POINTS(letter=letter),
                M.CITATION_LETTER_NO_POINTS_EXPECTED(letter=letter),
                codes,
            )
            return []
        out: list[Citation] = []
        for number in group.numbers:
            if not 1 <= number <= len(leaves):
                self.fail(
                    M.CITATION_POINT_UNKNOWN(letter=letter, number=number, count=len(leaves)),
                    _one_of(", ".join(codes)),
                    codes,
                )
                continue
            out.append(Citation(ground=leaves[number - 1], text=self.text, other_statute=other))
        return out


def parse_citation(
    text: str, *, strict: bool = False, source: str = "<citation>", path: str = ""
) -> tuple[Citation, ...]:
    """The ground(s) of UU 14/2008 Pasal 17 cited in ``text``, in the order written.

    A bare letter that has points resolves to all of its points, each ``whole_letter=True``
    (``strict=True`` refuses it). Raises `CitationError` (an `InputError`) naming ``source`` and
    ``path`` when the text cannot be read or names no ground.
    """
    return _Reader(text, strict=strict, source=source, path=path).read()
