"""Hook implementations for BKD Provinsi Kalimantan Tengah.

Registered through the entry point ``kalteng`` of group ``uji_konsekuensi``. Each per-agency hook
answers only for ``"kalteng"`` and returns None for any other code.

Its SOP 870/27/Sekr.7/BKD documents exempt information periodically, ahead of requests (PERKI
1/2021 Pasal 49 ayat (1) huruf a); step 2 is the Atasan PPID's approval, and a list that is not
approved is corrected and submitted again (a loop back to step 1). Palangka Raya keeps Waktu
Indonesia Barat since Keppres 41/1987.
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

CODE = "kalteng"

#: The SOP, transcribed as data beside this module (package data of pyproject.toml).
SOP_FILE = Path(__file__).with_name("sop.json")

#: Kalimantan Tengah: Waktu Indonesia Barat (UTC+7) since Keppres 41/1987; its IANA zone is
#: Asia/Pontianak ("Borneo (west, central)"), not Asia/Jakarta (docs/sources/law.md §5.4).
TIMEZONE = "Asia/Pontianak"

INFO = AgencyInfo(
    code=CODE,
    name="Badan Kepegawaian Daerah Provinsi Kalimantan Tengah",
    timezone=TIMEZONE,
    trigger="periodic",
)

#: The documents the SOP's steps output, titled as the SOP writes them (step numbers: sop.json).
DOCUMENTS = (
    DocumentKind(
        code="rekap-dik",
        title="Rekapitulasi klasifikasi informasi yang dikecualikan dari bidang/bagian",
        title_en="Recapitulation of the exempt-information classification from the divisions",
        produced_by_steps=(1,),
        required_by_steps=(2,),
    ),
    DocumentKind(
        code="dik-disetujui",
        title="Daftar informasi yang dikecualikan disetujui",
        title_en="Approved list of exempt information",
        # The PPID decides with the Atasan PPID's approval.
        basis="PERKI 1/2021 Pasal 10 ayat (2) huruf e",
        produced_by_steps=(2,),
        required_by_steps=(3,),
    ),
    DocumentKind(
        code="dokumentasi-dik",
        title="Dokumentasi informasi yang dikecualikan",
        title_en="Documentation of the exempt information",
        basis="PERKI 1/2021 Pasal 50 ayat (4)",
        produced_by_steps=(3,),
    ),
)


#: The kop surat, as the heading of the seed SOP writes it (docs/sources/seeds/kalteng.txt).
LETTERHEAD = Letterhead(
    lines=("PEMERINTAH PROVINSI KALIMANTAN TENGAH", "BADAN KEPEGAWAIAN DAERAH"),
    city="Palangka Raya",
    city_inferred=(
        "the seed writes no address; Palangka Raya is the capital of Provinsi Kalimantan "
        "Tengah, where its Badan sit"
    ),
    missing=("logo", "alamat", "telepon", "pos-el", "laman"),
    source="heading of SOP 870/27/Sekr.7/BKD (docs/sources/seeds/kalteng.txt)",
)

#: How each document of DOCUMENTS is printed (uji_konsekuensi.documents.Rendering).
RENDERINGS = (
    Rendering(
        code="rekap-dik",
        not_rendered=Text(
            id="rekapitulasi usulan dari bidang/bagian sebelum Pengujian Konsekuensi; kasus "
            "mencatat informasi yang diuji",
            en="the units' proposals collected before the consequence test; a case records the "
            "tested information",
        ),
    ),
    # Step 2: the approved list of exempt information: the DIK.
    Rendering(code="dik-disetujui", template="dik"),
    Rendering(
        code="dokumentasi-dik",
        not_rendered=Text(
            id="dokumentasi (arsip hardcopy dan softcopy) informasi yang dikecualikan, bukan surat",
            en="the documentation (hard and soft copy archive) of the exempt information, not a "
            "letter",
        ),
    ),
)

# National calendar in WIB (Palangka Raya); no provincial day off is sourced yet.
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
