"""References to whole legal instruments, as SOPs write them in their "dasar hukum".

The four seed SOPs cite their legal basis in every style an office uses: "UU No. 14 Tahun 2008",
"Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Pemerintah 61 Tahun
2010 tentang ...", "Perki No. 1 Tahun 2021", "Peraturan Komisi Informasi Republik Indonesia Nomor
1 Tahun 2010 ...", "Permendagri No. 3 Tahun 2017", "Pergub Kalteng Nomor 37 Tahun 2022",
"Keputusan Ketua Komisi Aparatur Sipil Negara Nomor 14 Tahun 2020". `parse_statute` reads one
such reference into a `StatuteRef` (kind, number, year, issuer if stated, title and text as
written) and `find_statutes` reads every reference in a line.

Known instruments carry facts a validator needs: PERKI 1/2010 and PERKI 1/2017 were revoked by
PERKI 1/2021 Pasal 63 (huruf a and b), so an SOP or a Penetapan that still cites them can be warned.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping

import attrs

from ..text_memo import per_text


class StatuteKind(enum.Enum):
    """The type of a legal instrument (jenis peraturan perundang-undangan, plus decrees)."""

    UU = "uu"  # Undang-Undang
    PERPPU = "perppu"  # Peraturan Pemerintah Pengganti Undang-Undang (rank of a UU)
    PP = "pp"  # Peraturan Pemerintah
    PERPRES = "perpres"  # Peraturan Presiden
    PERMEN = "permen"  # Peraturan Menteri
    PERKI = "perki"  # Peraturan Komisi Informasi
    PERGUB = "pergub"  # Peraturan Gubernur
    PERBUP = "perbup"  # Peraturan Bupati
    PERWAL = "perwal"  # Peraturan Wali Kota
    PERDA = "perda"  # Peraturan Daerah
    KEPUTUSAN = "keputusan"  # any Keputusan / SK (incl. Keputusan Presiden)
    OTHER = "other"  # another regulation, circular or instruction


#: Kinds with the rank of an Undang-Undang (what UU 14/2008 Pasal 17 huruf j requires).
STATUTE_LEVEL = frozenset({StatuteKind.UU, StatuteKind.PERPPU})

_LABEL: Mapping[StatuteKind, str] = {
    StatuteKind.UU: "UU",
    StatuteKind.PERPPU: "Perppu",
    StatuteKind.PP: "PP",
    StatuteKind.PERPRES: "Perpres",
    StatuteKind.PERMEN: "Permen",
    StatuteKind.PERKI: "PERKI",
    StatuteKind.PERGUB: "Pergub",
    StatuteKind.PERBUP: "Perbup",
    StatuteKind.PERWAL: "Perwal",
    StatuteKind.PERDA: "Perda",
    StatuteKind.KEPUTUSAN: "Keputusan",
    StatuteKind.OTHER: "Peraturan",
}


@attrs.frozen(kw_only=True)
class KnownStatute:
    """An instrument this library knows facts about (its title; whether it was revoked)."""

    kind: StatuteKind
    number: str
    year: int
    title: str
    revoked_by: str | None = None
    #: For ministerial rules: a word that must occur in the issuer ("pendayagunaan").
    issuer_word: str | None = None


#: Instruments of the KIP field whose facts are sourced (docs/sources/law.md §0; seed titles).
KNOWN_STATUTES: tuple[KnownStatute, ...] = (
    KnownStatute(kind=StatuteKind.UU, number="14", year=2008, title="Keterbukaan Informasi Publik"),
    KnownStatute(kind=StatuteKind.UU, number="25", year=2009, title="Pelayanan Publik"),
    KnownStatute(kind=StatuteKind.UU, number="23", year=2014, title="Pemerintahan Daerah"),
    KnownStatute(
        kind=StatuteKind.PP,
        number="61",
        year=2010,
        title="Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    ),
    KnownStatute(
        kind=StatuteKind.PP, number="11", year=2017, title="Manajemen Pegawai Negeri Sipil"
    ),
    KnownStatute(
        kind=StatuteKind.PERPRES,
        number="21",
        year=2023,
        title="Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai Aparatur Sipil Negara",
    ),
    KnownStatute(
        kind=StatuteKind.PERKI,
        number="1",
        year=2010,
        title="Standar Layanan Informasi Publik",
        revoked_by="PERKI 1/2021 Pasal 63 huruf a",
    ),
    KnownStatute(
        kind=StatuteKind.PERKI,
        number="1",
        year=2013,
        title="Prosedur Penyelesaian Sengketa Informasi Publik",
    ),
    KnownStatute(
        kind=StatuteKind.PERKI,
        number="1",
        year=2017,
        title="Pengklasifikasian Informasi Publik",
        revoked_by="PERKI 1/2021 Pasal 63 huruf b",
    ),
    KnownStatute(
        kind=StatuteKind.PERKI, number="1", year=2021, title="Standar Layanan Informasi Publik"
    ),
    KnownStatute(
        kind=StatuteKind.PERMEN,
        number="35",
        year=2012,
        title="Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
        issuer_word="pendayagunaan",
    ),
)


@attrs.frozen(kw_only=True)
class StatuteRef:
    """A reference to a whole legal instrument, as read from free text.

    ``number`` is kept as a string ("14", "PER/21/M.PAN/11"); ``year`` as an int; ``issuer`` is
    the body named in the text ("Menteri Dalam Negeri" for "Permendagri", "Gubernur Kalteng"),
    None where the kind implies it (UU, PP, Perpres); ``title`` is the words after "tentang", as
    written; ``article`` the "Pasal ..." written just before the instrument, if any; ``text`` the
    span of the input that was read, as written.
    """

    kind: StatuteKind
    number: str | None
    year: int | None
    text: str
    issuer: str | None = None
    title: str | None = None
    article: str | None = None

    @property
    def short(self) -> str:
        """A compact citation: "UU 14/2008", "PERKI 1/2021", "Pergub 37/2022"."""
        label = _LABEL[self.kind]
        if self.number is None:
            return f"{label} {self.year}" if self.year else label
        return f"{label} {self.number}/{self.year}" if self.year else f"{label} {self.number}"

    @property
    def known(self) -> KnownStatute | None:
        """What the library knows about this instrument, if it is one of `KNOWN_STATUTES`."""
        for known in KNOWN_STATUTES:
            if (known.kind, known.number, known.year) != (self.kind, self.number, self.year):
                continue
            issuer = (self.issuer or "").lower()
            if known.issuer_word is not None and known.issuer_word not in issuer:
                continue
            # A provincial or regency information commission issues its own rules.
            if self.kind is StatuteKind.PERKI and re.search(r"provinsi|kabupaten|kota", issuer):
                continue
            return known
        return None

    @property
    def revoked_by(self) -> str | None:
        """The provision that revoked this instrument (PERKI 1/2010, 1/2017), else None."""
        known = self.known
        return known.revoked_by if known else None

    @property
    def is_uu_kip(self) -> bool:
        """True for UU 14/2008 (Keterbukaan Informasi Publik)."""
        return (self.kind, self.number, self.year) == (StatuteKind.UU, "14", 2008)

    @property
    def is_statute_level(self) -> bool:
        """True for an Undang-Undang or a Perppu (the rank UU 14/2008 Pasal 17 huruf j needs)."""
        return self.kind in STATUTE_LEVEL


# --- the reader --------------------------------------------------------------------------------

_NUMBER_WORD = r"(?:nomor|nomer|no|nmr)"

# One alternative per kind, most specific first (the alternation takes the first that matches).
_KINDS: tuple[tuple[str, StatuteKind, str], ...] = (
    (
        "perppu",
        StatuteKind.PERPPU,
        r"peraturan\s+pemerintah\s+pengganti\s+undang[\s-]*undang|perp?pu",
    ),
    ("uu", StatuteKind.UU, r"undang[\s-]*undang(?!\s+dasar)|uu"),
    ("pp", StatuteKind.PP, r"peraturan\s+pemerintah|pp"),
    ("perpres", StatuteKind.PERPRES, r"peraturan\s+presiden|perpres"),
    ("keppres", StatuteKind.KEPUTUSAN, r"keputusan\s+presiden|kepp?res"),
    (
        "permen",
        StatuteKind.PERMEN,
        rf"peraturan\s+menteri|permen(?:[\s-]*(?:pan[\s-]*rb|(?!{_NUMBER_WORD}\b)[a-z]+))?",
    ),
    ("perki", StatuteKind.PERKI, r"peraturan\s+komisi\s+informasi|perki"),
    ("pergub", StatuteKind.PERGUB, r"peraturan\s+gubernur|pergub"),
    ("perbup", StatuteKind.PERBUP, r"peraturan\s+bupati|perbup"),
    ("perwal", StatuteKind.PERWAL, r"peraturan\s+wali[\s-]*kota|perwali?"),
    ("perda", StatuteKind.PERDA, r"peraturan\s+daerah|perda"),
    ("kep", StatuteKind.KEPUTUSAN, r"(?:surat\s+)?keputusan|kepmen[a-z]*|kepgub|kepbup|sk"),
    ("other", StatuteKind.OTHER, r"peraturan|surat\s+edaran|instruksi"),
)
_KIND_BY_GROUP = {name: kind for name, kind, _ in _KINDS}

# Words that end an issuer: the number, the title, a Pasal, a connector, another instrument.
_STOP_WORD = (
    rf"(?:{_NUMBER_WORD}|tahun|tentang|pasal|jo|juncto|kip|uu|undang|peraturan|keputusan|"
    r"pp|perpres|perppu|perpu|permen[a-z]*|perki|pergub|perbup|perwal|perda)"
)
_INSTRUMENT = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in _KINDS) + r")\b"
    # the issuer: up to 12 words without digits ("Menteri Dalam Negeri", "Kalteng")
    rf"(?P<issuer>(?:[\s,]+(?!{_STOP_WORD}\b)[a-z][a-z.&()'/-]*){{0,12}}?)"
    rf"[\s,]*(?:{_NUMBER_WORD}\s*\.?\s*:?\s*)?"
    r"(?:"
    # "14 Tahun 2008", "PER/21/M.PAN/11 Tahun 2008"
    r"(?P<num>[0-9][0-9a-z./-]*?|[a-z]+[./-][0-9a-z./-]*?)\s*,?\s*tahun\s+(?P<year>\d{4})"
    # "14/2008"
    r"|(?P<num2>[0-9]{1,4}[a-z]?)\s*/\s*(?P<year2>\d{4})(?![\d/])"
    # "PER/21/M.PAN/11/2008": the year closes the number
    r"|(?P<num3>[a-z0-9]+(?:[./-][a-z0-9]+)*?)/(?P<year3>(?:19|20)\d{2})(?![\d/])"
    r")\b"
)
# "UU KIP", "Undang-Undang Keterbukaan Informasi Publik": UU 14/2008 by its well-known name.
_KIP_ALIAS = re.compile(
    r"\b(?:uu|undang[\s-]*undang)\s+(?:kip|keterbukaan\s+informasi(?:\s+publik)?)\b"
)
# The title runs from "tentang" to the end of this list item.
_TITLE = re.compile(
    r"[\s,]*tentang\s+(?P<title>.+?)(?=\s*(?:;|\n\s*\n|\n\s*(?:\d{1,2}[.)]|[-•*])\s|$)"
    r"|\s+jo\b|\s+juncto\b|,?\s+(?:dan|serta)\s+pasal\b|\s+sebagaimana\b"
    r"|(?<!\d)\d{1,2}\.\s+\S|\s\d{1,2}\)\s)",
    re.DOTALL,
)
_ARTICLE = re.compile(
    r"(pasal\s+\d+[a-z]?(?:\s+ayat\s*\(?\s*\d+[a-z]?\s*\)?)?(?:\s+huruf\s+[a-z])?"
    r"(?:\s+angka\s+\d+)?)[\s,]*$"
)

_MINISTRY: tuple[tuple[str, str], ...] = (
    ("dagri", "Menteri Dalam Negeri"),
    ("kominfo", "Menteri Komunikasi dan Informatika"),
    ("pan", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    ("kes", "Menteri Kesehatan"),
    ("keu", "Menteri Keuangan"),
    ("dikbud", "Menteri Pendidikan dan Kebudayaan"),
    ("kumham", "Menteri Hukum dan Hak Asasi Manusia"),
)
_IMPLIED_ISSUER: Mapping[str, str] = {
    "perki": "Komisi Informasi",
    "pergub": "Gubernur",
    "perbup": "Bupati",
    "perwal": "Wali Kota",
}
# The kinds whose issuer is implied: words after them ("Republik Indonesia") are not an issuer.
_NO_ISSUER = frozenset({"uu", "perppu", "pp", "perpres"})


def _lower_same_length(text: str) -> str:
    """Lower-case without changing any index (so spans map back onto the original text)."""
    lowered = text.lower()
    if len(lowered) == len(text):  # always, but for a few letters such as "İ"
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:")


def _issuer(group: str, keyword: str, words: str) -> str | None:
    """The issuing body: the words stated, completed by what an abbreviation implies."""
    stated = _clean(words) or None
    key = " ".join(keyword.lower().split())
    if group in _NO_ISSUER:
        return None
    if group == "keppres":
        return "Presiden"
    if group == "permen":
        abbr = re.sub(r"[\s-]", "", key.removeprefix("peraturan menteri").removeprefix("permen"))
        if not abbr:
            return f"Menteri {stated}" if stated else None
        for prefix, ministry in _MINISTRY:
            if abbr.startswith(prefix):
                return ministry
        return f"Menteri {_clean(keyword[len('permen') :])}"
    if group in _IMPLIED_ISSUER:  # perki, pergub, perbup, perwal
        body = _IMPLIED_ISSUER[group]
        return f"{body} {stated}" if stated else body
    return stated  # Keputusan, Perda and other rules: the body as written


@per_text(maxsize=4096)
def find_statutes(text: str) -> tuple[StatuteRef, ...]:
    """Every instrument referenced in ``text``, left to right.

    An instrument named inside another's title ("PP 61/2010 tentang Pelaksanaan Undang-Undang
    Nomor 14 Tahun 2008 ...") is part of that title, not a reference of its own. Results are
    cached: the same "Mengingat" and "dasar hukum" lines recur in every record of an agency.
    """
    return tuple(ref for _, _, ref in scan_statutes(text))


def scan_statutes(text: str) -> list[tuple[int, int, StatuteRef]]:
    """Like `find_statutes`, with each reference's span in ``text``.

    The span starts at the "Pasal ..." written before the instrument, if any, and ends after
    its title.
    """
    lowered = _lower_same_length(text)
    found: list[tuple[int, int, StatuteRef]] = []
    pos = 0
    # Look-aheads are reused while still ahead of `pos` (None once exhausted): keeps it linear.
    match = _INSTRUMENT.search(lowered)
    alias = _KIP_ALIAS.search(lowered)
    while pos < len(text):
        if match is not None and match.start() < pos:
            match = _INSTRUMENT.search(lowered, pos)
        if alias is not None and alias.start() < pos:
            alias = _KIP_ALIAS.search(lowered, pos)
        if match is None and alias is None:
            break
        issuer: str | None = None
        if alias is not None and (match is None or alias.start() < match.start()):
            start, end = alias.span()
            kind, number, year = StatuteKind.UU, "14", 2008
        else:
            assert match is not None  # one of the two matched
            start, end = match.span()
            group = next(name for name, _, _ in _KINDS if match.group(name) is not None)
            kind = _KIND_BY_GROUP[group]
            num_group = _num_group(match)
            number = _clean(text[match.start(num_group) : match.end(num_group)])
            year = int(match.group("year") or match.group("year2") or match.group("year3"))
            keyword = text[match.start(group) : match.end(group)]
            issuer = _issuer(group, keyword, text[match.start("issuer") : match.end("issuer")])
        title: str | None = None
        title_match = _TITLE.match(lowered, end)
        if title_match is not None:
            title = _clean(text[title_match.start("title") : title_match.end("title")]) or None
            end = title_match.end("title")
        article: str | None = None
        span_start = start
        article_match = _ARTICLE.search(lowered, pos, start)
        if article_match is not None:
            article = _clean(text[article_match.start(1) : article_match.end(1)])
            span_start = article_match.start(1)
        ref = StatuteRef(
            kind=kind,
            number=number,
            year=year,
            issuer=issuer,
            title=title,
            article=article,
            text=_clean(text[start:end]),
        )
        found.append((span_start, end, ref))
        pos = end
    return found


def _num_group(match: re.Match[str]) -> str:
    return next(name for name in ("num", "num2", "num3") if match.group(name) is not None)


def parse_statute(text: str) -> StatuteRef | None:
    """The first instrument referenced in ``text`` (a "dasar hukum" line), or None if none is."""
    refs = find_statutes(text)
    return refs[0] if refs else None
