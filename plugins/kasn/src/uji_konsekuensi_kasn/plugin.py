"""Hook implementations for the Komisi Aparatur Sipil Negara (KASN).

Registered through the entry point ``kasn`` of group ``uji_konsekuensi``. Each per-agency hook
answers only for ``"kasn"`` and returns None for any other code.

KASN classifies information periodically: its SOP 04 / PPID / KASN / OTK / 2020 starts from the
Pokja and Bagian proposing exempt information, not from a request (PERKI 1/2021 Pasal 49 ayat (1)
huruf a). Its office is in Jakarta: Waktu Indonesia Barat.
"""

from __future__ import annotations

import functools
from pathlib import Path

from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.calendar import CalendarSettings
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.outputs import DocumentKind
from uji_konsekuensi.sop import SOP, load_sop

CODE = "kasn"

#: The SOP, transcribed as data beside this module (package data of pyproject.toml).
SOP_FILE = Path(__file__).with_name("sop.json")

#: Jakarta: Waktu Indonesia Barat, UTC+7, IANA Asia/Jakarta (Keppres 41/1987; legal.md §5.4).
TIMEZONE = "Asia/Jakarta"

INFO = AgencyInfo(
    code=CODE,
    name="Komisi Aparatur Sipil Negara",
    timezone=TIMEZONE,
    trigger="periodic",
)

_LEMBAR = "PERKI 1/2021 Pasal 49 ayat (3), Lampiran II"
_PENETAPAN = "PERKI 1/2021 Pasal 49 ayat (4)-(5), Lampiran III"

#: The documents the SOP's steps output, titled as the SOP writes them (step numbers: sop.json).
DOCUMENTS = (
    DocumentKind(
        code="usulan-dik",
        title="Daftar Usulan Informasi yang akan Dikecualikan",
        title_en="List of information proposed for exemption",
        produced_by_steps=(1,),
    ),
    DocumentKind(
        code="draft-dik",
        title="Draft Informasi yang Dikecualikan",
        title_en="Draft of the exempt information",
        produced_by_steps=(2,),
    ),
    DocumentKind(
        code="draft-dik-alasan",
        title="Draft Daftar Informasi yang Dikecualikan beserta Alasan Pengecualian",
        title_en="Draft list of exempt information with the reasons for exemption",
        # PERKI 1/2021 Pasal 49 ayat (2) huruf a-c: identify, record, analyse the statute.
        basis="PERKI 1/2021 Pasal 49 ayat (2)",
        produced_by_steps=(3, 4),
    ),
    DocumentKind(
        code="lembar-uji",
        title="Lembar Uji Konsekuensi",
        title_en="Consequence test sheet",
        basis=_LEMBAR,
        produced_by_steps=(5, 6),
    ),
    DocumentKind(
        code="draft-sk-klasifikasi",
        title="Draft Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan "
        "dan Lembar Pengujian Konsekuensi",
        title_en="Draft decree of the KASN chair classifying the exempt information, with the "
        "consequence test sheet",
        basis=_PENETAPAN,
        produced_by_steps=(7,),
    ),
    DocumentKind(
        code="sk-klasifikasi",
        title="Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan",
        title_en="Decree of the KASN chair classifying the exempt information",
        basis=_PENETAPAN,
        produced_by_steps=(8,),
    ),
)


@functools.cache
def sop() -> SOP:
    """The agency's SOP, read once from ``sop.json``."""
    return load_sop(SOP_FILE)


@hookimpl
def uji_register_agencies() -> list[AgencyInfo]:
    return [INFO]


@hookimpl
def uji_agency_sops(agency_code: str) -> list[SOP] | None:
    if agency_code != CODE:
        return None
    return [sop()]


@hookimpl
def uji_agency_calendar(agency_code: str) -> CalendarSettings | None:
    if agency_code != CODE:
        return None
    # National calendar (libur nasional and cuti bersama); no regional day off is sourced.
    return CalendarSettings(timezone=TIMEZONE)


@hookimpl
def uji_agency_documents(agency_code: str) -> list[DocumentKind] | None:
    if agency_code != CODE:
        return None
    return list(DOCUMENTS)
