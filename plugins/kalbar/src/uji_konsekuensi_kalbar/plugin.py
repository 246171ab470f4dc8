"""Hook implementations for Diskominfo Provinsi Kalimantan Barat.

Registered through the entry point ``kalbar`` of group ``uji_konsekuensi``. Each per-agency hook
answers only for ``"kalbar"`` and returns None for any other code.

Its SOP 41 /SOP/ DISKOMINFO.IP /2024 starts from a request (PERKI 1/2021 Pasal 49 ayat (1)
huruf b); step 4 decides whether the information is secret: if so, written considerations, the
pimpinan's approval and a refusal letter follow; if not, the information is handed over.
Pontianak keeps Waktu Indonesia Barat since Keppres 41/1987.
"""

from __future__ import annotations

from pathlib import Path

from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.documents.agency_documents import Rendering
from uji_konsekuensi.documents.letterhead import Correction, Letterhead
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.outputs import DocumentKind
from uji_konsekuensi.plugin_kit import AgencyHooks
from uji_konsekuensi.sop import SOP

CODE = "kalbar"

#: The SOP, reconstructed as data beside this module (package data of pyproject.toml).
SOP_FILE = Path(__file__).with_name("sop.json")

#: Kalimantan Barat: Waktu Indonesia Barat (UTC+7) since Keppres 41/1987; its IANA zone is
#: Asia/Pontianak ("Borneo (west, central)"), not Asia/Jakarta (docs/sources/law.md §5.4).
TIMEZONE = "Asia/Pontianak"

INFO = AgencyInfo(
    code=CODE,
    name="Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat",
    # The name its SOP's heading and its letters' numbers use (DISKOMINFO).
    aliases=("Diskominfo Provinsi Kalimantan Barat",),
    timezone=TIMEZONE,
    trigger="request",
)

#: The documents the SOP's steps output, titled as the SOP writes them (with its typos
#: corrected; step numbers: sop.json).
DOCUMENTS = (
    DocumentKind(
        code="permohonan-informasi",
        title="Permohonan Informasi",
        title_en="Request for information",
        basis="UU 14/2008 Pasal 22 ayat (1)-(2)",
        produced_by_steps=(1,),
        required_by_steps=(2, 10),
    ),
    DocumentKind(
        code="draf-dik-komponen",
        title="Draf Daftar Informasi yang dikecualikan dari Komponen /Perangkat Daerah",
        title_en="Draft lists of exempt information from the components and regional agencies",
        produced_by_steps=(2,),
        required_by_steps=(3,),
    ),
    DocumentKind(
        code="draf-dik",
        title="Draf Daftar Informasi yang dikecualikan",
        title_en="Draft list of exempt information",
        produced_by_steps=(3,),
    ),
    DocumentKind(
        code="dik",
        title="Daftar Informasi yang dikecualikan",
        title_en="List of exempt information",
        basis="PERKI 1/2021 Pasal 49 ayat (4)",
        produced_by_steps=(4,),
    ),
    DocumentKind(
        code="berita-acara-uji",
        title="Berita acara pengujian konsekuensi",
        title_en="Record of the consequence test",
        # Kalbar's name for the lembar pengujian konsekuensi; step 6 attaches the documents.
        basis="UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 49 ayat (3), Lampiran II",
        produced_by_steps=(5, 6),
        required_by_steps=(6,),
    ),
    DocumentKind(
        code="arsip-dik",
        title="Arsip Informasi/ dokumen yang dikecualikan",
        title_en="Archive of the exempt information and documents",
        basis="PERKI 1/2021 Pasal 50 ayat (4)",
        produced_by_steps=(7,),
    ),
    DocumentKind(
        code="informasi-dimohon",
        title="Informasi dan dokumen yang dimohon",
        title_en="The information and documents requested",
        basis="UU 14/2008 Pasal 22 ayat (7) huruf d",
        produced_by_steps=(8,),
        required_by_steps=(9,),
    ),
    DocumentKind(
        code="surat-penolakan",
        title="Surat penolakan",
        title_en="Refusal letter",
        basis="UU 14/2008 Pasal 22 ayat (7) huruf c; PERKI 1/2021 Pasal 34",
        produced_by_steps=(8,),
        required_by_steps=(9,),
    ),
    DocumentKind(
        code="tanda-terima",
        title="Informasi dan dokumen / surat penolakan diterima",
        title_en="Receipt of the information or of the refusal letter",
        produced_by_steps=(9,),
    ),
    DocumentKind(
        code="arsip-berkas",
        title="File terarsip dalam bentuk softcopy dan hardcopy",
        title_en="Files archived as soft and hard copy",
        produced_by_steps=(10,),
    ),
)


#: The kop surat, as the heading of the seed SOP writes it (docs/sources/seeds/kalbar.txt).
LETTERHEAD = Letterhead(
    lines=("PROVINSI KALIMANTAN BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    address="Jl. Ahmad Yani Gedung Pelayanan Terpadu Lt.6, Kalimantan Barat 78124",
    phone="089699305225",
    email="diskominfo@kalbarprov.go.id",
    website="https://diskominfo.kalbarprov.go.id",
    city="Pontianak",
    city_inferred=(
        "the seed's address names the province, not the city; Pontianak is the capital of "
        "Provinsi Kalimantan Barat, where its Dinas sit, and 78124 is a Pontianak postal code"
    ),
    missing=("logo",),
    source="heading of SOP 41 /SOP/ DISKOMINFO.IP /2024 (docs/sources/seeds/kalbar.txt)",
    corrections=(
        Correction(
            field="email",
            as_written="diskominfo@kalbarprov.go,ig",
            corrected="diskominfo@kalbarprov.go.id",
            reason="typo in the seed: the domain of the provincial government is kalbarprov.go.id "
            "(the Laman of the same heading)",
        ),
    ),
)

#: How each document of DOCUMENTS is printed (uji_konsekuensi.documents.Rendering).
RENDERINGS = (
    Rendering(
        code="permohonan-informasi",
        not_rendered=Text(
            id="formulir permohonan diisi oleh Pemohon (UU 14/2008 Pasal 22 ayat (1)-(2)); "
            "kasus mencatatnya sebagai pemicu",
            en="the request form is filled in by the requester (UU 14/2008 Pasal 22 ayat "
            "(1)-(2)); the case records it as its trigger",
        ),
    ),
    Rendering(
        code="draf-dik-komponen",
        not_rendered=Text(
            id="draf yang dikirim Komponen/Perangkat Daerah sebelum Pengujian Konsekuensi",
            en="drafts the components and regional agencies send before the consequence test",
        ),
    ),
    Rendering(
        code="draf-dik",
        not_rendered=Text(
            id="draf sebelum Pengujian Konsekuensi; hasilnya adalah Daftar Informasi yang "
            "dikecualikan (render dik)",
            en="a draft made before the consequence test; its result is the list of exempt "
            "information (render dik)",
        ),
    ),
    Rendering(code="dik", template="dik"),
    Rendering(code="berita-acara-uji", template="lembar"),
    Rendering(
        code="arsip-dik",
        not_rendered=Text(
            id="arsip dokumen yang dikecualikan itu sendiri (PERKI 1/2021 Pasal 50 ayat (4)), "
            "bukan surat",
            en="the archive of the exempt documents themselves (PERKI 1/2021 Pasal 50 ayat "
            "(4)), not a letter",
        ),
    ),
    Rendering(
        code="informasi-dimohon",
        not_rendered=Text(
            id="informasi yang diberikan kepada Pemohon adalah dokumen aslinya",
            en="the information given to the requester is the original document itself",
        ),
    ),
    # Step 8: the refusal letter, in the format of PERKI 1/2021 under Kalbar's kop surat.
    Rendering(code="surat-penolakan", template="penolakan"),
    Rendering(
        code="tanda-terima",
        not_rendered=Text(
            id="tanda terima ditandatangani Pemohon saat menerima informasi atau surat penolakan",
            en="the receipt is signed by the requester on receiving the information or the "
            "refusal letter",
        ),
    ),
    Rendering(
        code="arsip-berkas",
        not_rendered=Text(
            id="arsip berkas (softcopy dan hardcopy), bukan surat",
            en="the archived files (soft and hard copy), not a letter",
        ),
    ),
)

# National calendar in WIB (Pontianak); no provincial day off is sourced yet.
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
