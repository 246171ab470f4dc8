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
from uji_konsekuensi.calendar import CalendarSettings
from uji_konsekuensi.outputs import DocumentKind
from uji_konsekuensi.plugin_kit import AgencyHooks
from uji_konsekuensi.sop import SOP

CODE = "kalbar"

#: The SOP, reconstructed as data beside this module (package data of pyproject.toml).
SOP_FILE = Path(__file__).with_name("sop.json")

#: Kalimantan Barat: Waktu Indonesia Barat (UTC+7) since Keppres 41/1987; its IANA zone is
#: Asia/Pontianak ("Borneo (west, central)"), not Asia/Jakarta (legal.md §5.4).
TIMEZONE = "Asia/Pontianak"

INFO = AgencyInfo(
    code=CODE,
    name="Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat",
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


# National calendar in WIB (Pontianak); no provincial day off is sourced yet.
HOOKS = AgencyHooks(
    info=INFO,
    sop_files=(SOP_FILE,),
    calendar=CalendarSettings(timezone=TIMEZONE),
    documents=DOCUMENTS,
)

# The hook implementations pluggy finds on this module (uji_konsekuensi.plugin_kit).
uji_register_agencies = HOOKS.uji_register_agencies
uji_agency_sops = HOOKS.uji_agency_sops
uji_agency_calendar = HOOKS.uji_agency_calendar
uji_agency_documents = HOOKS.uji_agency_documents


def sop() -> SOP:
    """The agency's SOP, read once from ``sop.json``."""
    return HOOKS.sops()[0]
