"""What `law.citation` tells whoever wrote a legal basis it cannot read: the catalog of its
refusals, keyed by a stable name (``citation.*``), in Bahasa Indonesia and in English.

Each is a `Message` (`uji_konsekuensi.i18n`): both languages name the same values (checked at
import). `_Reader.fail` puts the citation as written before each (``'Pasal 71': ...``).
tests/test_messages_law.py holds the catalog to its shape and citation.py to taking its words
from here. The table of the statute's grounds (grounds.py) and of the instruments a citation may
name (statute.py) are declarations and stay beside what they declare.
"""

from __future__ import annotations

from ..i18n import Message, message_catalog

CITATION_EMPTY = Message(
    code="citation.empty", id="kutipan dasar hukum kosong", en="the citation is empty"
)
#: What most refusals expect: an example citation.
CITATION_EXAMPLE = Message(code="citation.example", id="mis. {example!r}", en="e.g. {example!r}")
# UU 14/2008 Pasal 18 ayat (1) lists what is never excepted: citing it as the ground of an
# exception is a misreading, said as such.
CITATION_PASAL_18 = Message(
    code="citation.pasal_18",
    id=(
        "Pasal 18 bukan dasar pengecualian: ayat (1) justru memuat informasi yang tidak "
        "dapat dikecualikan; kutip Pasal 17"
    ),
    en=(
        "Pasal 18 is not an exemption ground: its ayat (1) lists information that can "
        "never be exempt; cite Pasal 17"
    ),
)
# UU 14/2008 Pasal 17 is the one article listing the grounds of an exception (huruf a-j).
CITATION_PASAL_OTHER = Message(
    code="citation.pasal_other",
    id=(
        "Pasal {number} bukan dasar pengecualian; hanya Pasal 17 UU 14/2008 yang memuat "
        "dasar pengecualian"
    ),
    en=(
        "Pasal {number} is not an exemption ground; only Pasal 17 of UU 14/2008 lists "
        "exemption grounds"
    ),
)
#: What a citation of another Pasal (18 or any) is expected to be.
CITATION_PASAL_EXPECTED = Message(
    code="citation.pasal",
    variant="expected",
    id="Pasal 17 huruf a-j, mis. {example!r}",
    en="Pasal 17 huruf a-j, e.g. {example!r}",
)
CITATION_AYAT = Message(
    code="citation.ayat",
    id="Pasal 17 tidak memiliki ayat; tulis 'Pasal 17 huruf ... angka ...'",
    en="Pasal 17 has no ayat; write 'Pasal 17 huruf ... angka ...'",
)
CITATION_UNREADABLE = Message(
    code="citation.unreadable",
    id="tidak dapat dibaca sebagai dasar pengecualian Pasal 17",
    en="cannot be read as a Pasal 17 exemption ground",
)
CITATION_UNREADABLE_EXPECTED = Message(
    code="citation.unreadable",
    variant="expected",
    id="Pasal 17 huruf a-j (angka ...), mis. {example!r}",
    en="Pasal 17 huruf a-j (angka ...), e.g. {example!r}",
)
CITATION_OTHER_STATUTE = Message(
    code="citation.other_statute",
    id=(
        "Pasal 17 yang dikutip adalah Pasal 17 {short}, bukan UU 14/2008 "
        "tentang Keterbukaan Informasi Publik"
    ),
    en=("the Pasal 17 cited is Pasal 17 of {short}, not of UU 14/2008 on public information"),
)
#: A citation, read the same in both languages.
CITATION_OTHER_STATUTE_EXPECTED = Message(
    code="citation.other_statute",
    variant="expected",
    id="Pasal 17 UU 14/2008 (UU KIP)",
    en="Pasal 17 UU 14/2008 (UU KIP)",
)
CITATION_LETTER_UNKNOWN = Message(
    code="citation.letter_unknown",
    id="huruf {letter} tidak ada dalam Pasal 17 (huruf a sampai j)",
    en="Pasal 17 has no huruf {letter} (it runs from a to j)",
)
#: What a refusal naming the nearest grounds expects.
CITATION_ONE_OF = Message(
    code="citation.one_of", id="salah satu dari: {values}", en="one of: {values}"
)
CITATION_LETTER_POINTS = Message(
    code="citation.letter_points",
    id="huruf {letter} memiliki {count} angka; sebutkan angkanya",
    en="huruf {letter} has {count} points; name the angka",
)
CITATION_LETTER_NO_POINTS = Message(
    code="citation.letter_no_points",
    id="huruf {letter} tidak memiliki angka; kutip 'Pasal 17 huruf {letter}'",
    en="huruf {letter} has no numbered points; cite 'Pasal 17 huruf {letter}'",
)
#: A citation, read the same in both languages.
CITATION_LETTER_NO_POINTS_EXPECTED = Message(
    code="citation.letter_no_points",
    variant="expected",
    id="Pasal 17 huruf {letter}",
    en="Pasal 17 huruf {letter}",
)
CITATION_POINT_UNKNOWN = Message(
    code="citation.point_unknown",
    id=("huruf {letter} angka {number} tidak ada; huruf {letter} memiliki angka 1 sampai {count}"),
    en="huruf {letter} has no angka {number}; it has points 1 to {count}",
)

#: Every message above: code -> variant -> `Message`.
MESSAGES = message_catalog(globals())
