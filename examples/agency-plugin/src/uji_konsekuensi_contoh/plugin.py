"""Hook implementations for the fictional Dinas Komunikasi dan Informatika Kabupaten Contoh.

Registered through the entry point ``contoh`` of group ``uji_konsekuensi`` (see pyproject.toml).
Each hook answers only for this plugin's agency code and returns None for any other code, so the
plugin can live beside any number of other agencies.

The agency is fictional, but everything it declares is what a real plugin declares: its time
zone (WIT, to show that deadlines are counted in the agency's own zone), a regional day off with
the decree it comes from, a request-triggered SOP with a decision that loops back, and the
documents its steps produce, each with the rule that requires it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.calendar import CalendarSettings, DayOff
from uji_konsekuensi.document_kinds import DocumentKind
from uji_konsekuensi.documents.agency_documents import Rendering
from uji_konsekuensi.documents.letterhead import Letterhead
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.sop import SOP, load_sop

CODE = "contoh"

#: The SOP, transcribed as data beside this module (the package data of pyproject.toml).
SOP_FILE = Path(__file__).with_name("sop.json")

#: Kabupaten Contoh lies in Papua: Waktu Indonesia Timur (UTC+9), IANA Asia/Jayapura
#: (Keppres 41/1987; docs/sources/law.md §5.4).
TIMEZONE = "Asia/Jayapura"

INFO = AgencyInfo(
    code=CODE,
    name="Dinas Komunikasi dan Informatika Kabupaten Contoh",
    timezone=TIMEZONE,
    # The SOP starts when a request for information arrives (UU 14/2008 Pasal 22;
    # PERKI 1/2021 Pasal 49 ayat (1) huruf b).
    trigger="request",
    # A fictional regency, the template's example: `uji-konsekuensi agencies` lists it only
    # with --all. A real agency's plugin leaves this out (False).
    example=True,
)

# The regency's anniversary, a local day off set by the (fictional) Bupati's regulation. A real
# plugin lists each year's date with the decree that sets it; dates are data, not a rule,
# because a regent may move the day off in a given year.
_HARI_JADI = (
    "Peraturan Bupati Contoh Nomor 3 Tahun 2024 tentang Hari Jadi Kabupaten Contoh (fiktif)"
)
DAYS_OFF = tuple(
    DayOff(
        date=day,
        name="Hari Jadi Kabupaten Contoh",
        name_en="Anniversary of Kabupaten Contoh",
        source=_HARI_JADI,
    )
    for day in (dt.date(2025, 10, 14), dt.date(2026, 10, 14), dt.date(2027, 10, 14))
)

#: The documents the SOP's steps produce (step numbers refer to sop.json).
DOCUMENTS = (
    DocumentKind(
        code="nomor-pendaftaran",
        title="Nomor Pendaftaran Permohonan",
        title_en="Request registration number",
        basis="UU 14/2008 Pasal 22 ayat (4)",
        produced_by_steps=(2,),
    ),
    DocumentKind(
        code="lembar-uji",
        title="Lembar Pengujian Konsekuensi",
        title_en="Consequence test sheet",
        basis="PERKI 1/2021 Pasal 49 ayat (3), Lampiran II",
        produced_by_steps=(4,),
        required_by_steps=(5, 6),
    ),
    DocumentKind(
        code="penetapan-dik",
        title="Penetapan tentang Klasifikasi Informasi yang Dikecualikan",
        title_en="Decision classifying the information as exempt",
        basis="PERKI 1/2021 Pasal 49 ayat (4)-(7), Lampiran III",
        produced_by_steps=(6,),
        required_by_steps=(7,),
    ),
    DocumentKind(
        code="pemberitahuan-tertulis",
        title="Surat Pemberitahuan Tertulis",
        title_en="Written notice to the requester",
        basis="UU 14/2008 Pasal 22 ayat (7)",
        produced_by_steps=(7,),
    ),
)


#: The kop surat every document is printed under (hook ``uji_agency_letterhead``). A real plugin
#: copies the heading of its SOP or its letter paper as written; what it does not know (a logo,
#: a telephone number) it lists under ``missing`` rather than inventing it.
LETTERHEAD = Letterhead(
    lines=("PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    address="Jl. Contoh Nomor 1, Kabupaten Contoh (fiktif)",
    email="ppid@contoh.example",
    city="Contoh",
    missing=("logo", "phone", "website"),
    source="the fictional agency of this template plugin",
)

#: How each document of DOCUMENTS is printed (hook ``uji_document_renderings``): as one of the
#: built-in documents (``template``), or not at all, with the reason (``not_rendered``).
RENDERINGS = (
    Rendering(
        code="nomor-pendaftaran",
        not_rendered=Text(
            id="nomor pendaftaran dicatat di register permohonan (UU 14/2008 Pasal 22 ayat (4)), "
            "bukan surat tersendiri",
            en="the registration number is written in the request register (UU 14/2008 Pasal "
            "22 ayat (4)), not a letter of its own",
        ),
    ),
    Rendering(code="lembar-uji", template="lembar"),
    Rendering(code="penetapan-dik", template="penetapan"),
    # The notice of a refusal is the PPID's refusal decision; a notice that grants is the
    # information itself, which the agency sends as it is.
    Rendering(code="pemberitahuan-tertulis", template="penolakan"),
)


@hookimpl
def uji_agency_letterhead(agency_code: str) -> Letterhead | None:
    if agency_code != CODE:
        return None
    return LETTERHEAD


@hookimpl
def uji_document_renderings(agency_code: str) -> list[Rendering] | None:
    if agency_code != CODE:
        return None
    return list(RENDERINGS)


@hookimpl
def uji_register_agencies() -> list[AgencyInfo]:
    return [INFO]


@hookimpl
def uji_agency_sops(agency_code: str) -> list[SOP] | None:
    if agency_code != CODE:
        return None
    return [load_sop(SOP_FILE)]


@hookimpl
def uji_agency_calendar(agency_code: str) -> CalendarSettings | None:
    if agency_code != CODE:
        return None
    return CalendarSettings(timezone=TIMEZONE, extra_days_off=DAYS_OFF)


@hookimpl
def uji_agency_documents(agency_code: str) -> list[DocumentKind] | None:
    if agency_code != CODE:
        return None
    return list(DOCUMENTS)
