"""Hook implementations for BKPSDM Kabupaten Kutai Timur.

Registered through the entry point ``kutai-timur`` of group ``uji_konsekuensi``. Each per-agency
hook answers only for ``"kutai-timur"`` and returns None for any other code.

Its SOP B-000.8.3.3 / 9308 / BKPSDM - SEK starts from information a requester asked for (PERKI
1/2021 Pasal 49 ayat (1) huruf b), and its step 4 decides: secret information is classified as
exempt (DIK), open information goes into the Daftar Informasi Publik (DIP). Sangatta, in
Kalimantan Timur, keeps Waktu Indonesia Tengah.
"""

from __future__ import annotations

from pathlib import Path

from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.documents.agency_documents import Rendering
from uji_konsekuensi.documents.letterhead import Letterhead
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.outputs import DocumentKind
from uji_konsekuensi.plugin_kit import AgencyHooks
from uji_konsekuensi.sop import SOP

CODE = "kutai-timur"

#: The SOP, transcribed as data beside this module (package data of pyproject.toml).
SOP_FILE = Path(__file__).with_name("sop.json")

#: Kalimantan Timur: Waktu Indonesia Tengah, UTC+8, IANA Asia/Makassar ("Borneo (east, south)";
#: Keppres 41/1987; docs/sources/law.md §5.4). Offices open at 07.30 WITA
#: (Perpres 21/2023 Pasal 4 ayat (3)).
TIMEZONE = "Asia/Makassar"

INFO = AgencyInfo(
    code=CODE,
    name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Kutai Timur",
    # The abbreviation its letters and numbers use (B-000.8.3.3/.../BKPSDM-SEK).
    aliases=("BKPSDM Kabupaten Kutai Timur",),
    timezone=TIMEZONE,
    trigger="request",
)

#: The documents the SOP's steps output, titled as the SOP writes them (step numbers: sop.json).
DOCUMENTS = (
    DocumentKind(
        code="dik",
        title="Daftar informasi yang dikecualikan",
        title_en="List of exempt information",
        produced_by_steps=(1,),
        required_by_steps=(2,),
    ),
    DocumentKind(
        code="daftar-berakhir",
        title="Daftar informasi yang akan berakhir jangka waktu pengecualiannya",
        title_en="List of information whose exemption period is ending",
        # The PPID declares expiring exempt information public 30 hari before expiry.
        basis="PERKI 1/2021 Pasal 52 ayat (1)",
        produced_by_steps=(2,),
    ),
    DocumentKind(
        code="hasil-pertimbangan",
        title="Hasil Pertimbangan tentang informasi yang dikecualikan",
        title_en="Advisory team's considerations on the exempt information",
        # The Tim Pertimbangan helps formulate the written considerations.
        basis="PERKI 1/2021 Pasal 7 ayat (4)",
        produced_by_steps=(3,),
        required_by_steps=(4,),
    ),
    DocumentKind(
        code="keputusan-klasifikasi",
        title="Keputusan Klasifikasi informasi yang dikecualikan",
        title_en="Decree classifying the exempt information",
        basis="PERKI 1/2021 Pasal 49 ayat (4)-(5), Lampiran III",
        produced_by_steps=(4,),
        required_by_steps=(5,),
    ),
    DocumentKind(
        code="tanda-terima-arsip",
        title="Tanda terima dan arsip",
        title_en="Receipt and archive copy",
        produced_by_steps=(5,),
    ),
    # Not outputs of the SOP's steps, but the records around them that the case holds: the
    # request the register numbers (UU 14/2008 Pasal 22 ayat (1)-(4)) and the letter that pauses
    # an incomplete request (PERKI 1/2021 Pasal 31 ayat (2), Pasal 33). Declared so that the
    # checker knows which paper is which (case/references.py).
    DocumentKind(
        code="permintaan-informasi",
        title="Permintaan informasi publik",
        title_en="Request for public information",
        basis="UU 14/2008 Pasal 22 ayat (1)-(4)",
    ),
    DocumentKind(
        code="surat-keterangan-tidak-lengkap",
        title="Surat keterangan permohonan tidak lengkap",
        title_en="Letter that the request is incomplete",
        basis="PERKI 1/2021 Pasal 31 ayat (2), Pasal 33",
    ),
)


#: The kop surat: the seed's heading (docs/sources/seeds/kutai-timur.txt) writes the two names on
#: one line; they are printed as two lines, the words as written.
LETTERHEAD = Letterhead(
    lines=("KABUPATEN KUTAI TIMUR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"),
    city="Sangatta",
    city_inferred=(
        "the seed writes no address; Sangatta is the capital of Kabupaten Kutai Timur, where "
        "its Badan sit"
    ),
    missing=("logo", "alamat", "telepon", "pos-el", "laman"),
    source="heading of SOP B-000.8.3.3 / 9308 / BKPSDM - SEK (docs/sources/seeds/kutai-timur.txt)",
)

#: How each document of DOCUMENTS is printed (uji_konsekuensi.documents.Rendering).
RENDERINGS = (
    Rendering(code="dik", template="dik"),
    Rendering(
        code="daftar-berakhir",
        not_rendered=Text(
            id="daftar informasi yang akan berakhir jangka waktu pengecualiannya memerlukan "
            "semua Penetapan yang berlaku, sedangkan satu kasus memuat satu (PP 61/2010 Pasal 11 "
            "ayat (2)); belum ada templatnya",
            en="the list of exemptions about to expire needs every Penetapan in force, while a "
            "case holds one (PP 61/2010 Pasal 11 ayat (2)); no template yet",
        ),
    ),
    # The written considerations of the Tim Pertimbangan: the Lembar Pengujian Konsekuensi.
    Rendering(code="hasil-pertimbangan", template="lembar"),
    Rendering(code="keputusan-klasifikasi", template="penetapan"),
    Rendering(
        code="permintaan-informasi",
        not_rendered=Text(
            id="permintaan ditulis oleh Pemohon (UU 14/2008 Pasal 22 ayat (1)-(2)); kasus "
            "mencatatnya sebagai pemicu",
            en="the request is written by the requester (UU 14/2008 Pasal 22 ayat (1)-(2)); the "
            "case records it as its trigger",
        ),
    ),
    Rendering(
        code="surat-keterangan-tidak-lengkap",
        not_rendered=Text(
            id="surat keterangan tidak lengkap (PERKI 1/2021 Pasal 33) belum ada templatnya",
            en="the letter that a request is incomplete (PERKI 1/2021 Pasal 33) has no "
            "template yet",
        ),
    ),
    Rendering(
        code="tanda-terima-arsip",
        not_rendered=Text(
            id="tanda terima dan arsip, bukan surat yang dibuat dari kasus",
            en="a receipt and an archive, not a letter made from the case",
        ),
    ),
)

# National calendar in WITA; no regional day off (e.g. Hari Jadi Kutai Timur) is sourced yet.
HOOKS = AgencyHooks(
    info=INFO,
    sop_files=(SOP_FILE,),
    documents=DOCUMENTS,
    letterhead=LETTERHEAD,
    renderings=RENDERINGS,
)


def sop() -> SOP:
    """The agency's SOP, read once from ``sop.json``."""
    return HOOKS.sops()[0]
