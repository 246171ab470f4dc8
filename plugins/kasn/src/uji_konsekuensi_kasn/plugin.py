"""Hook implementations for the Komisi Aparatur Sipil Negara (KASN).

Registered through the entry point ``kasn`` of group ``uji_konsekuensi``. Each per-agency hook
answers only for ``"kasn"`` and returns None for any other code.

KASN classifies information periodically: its SOP 04 / PPID / KASN / OTK / 2020 starts from the
Pokja and Bagian proposing exempt information, not from a request (PERKI 1/2021 Pasal 49 ayat (1)
huruf a). Its office is in Jakarta: Waktu Indonesia Barat.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.documents.agency_documents import Rendering
from uji_konsekuensi.documents.letterhead import Letterhead
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.outputs import DocumentKind
from uji_konsekuensi.plugin_kit import AgencyHooks
from uji_konsekuensi.sop import SOP

CODE = "kasn"

#: The SOP, transcribed as data beside this module (package data of pyproject.toml).
SOP_FILE = Path(__file__).with_name("sop.json")

#: Jakarta: Waktu Indonesia Barat, UTC+7, IANA Asia/Jakarta
#: (Keppres 41/1987; docs/sources/law.md §5.4).
TIMEZONE = "Asia/Jakarta"

#: KASN was dissolved. UU 20/2023 on ASN no longer has the commission (Pasal 26 ayat (2) huruf d
#: gives its supervision of the merit system to a ministry and a body; Pasal 70 ayat (3) keeps it
#: only until that is arranged); Perpres 91/2024 (amending Perpres 47/2021 on the Kementerian
#: PANRB) and Perpres 92/2024 (on the BKN) moved its duties and took effect on promulgation,
#: 23 August 2024 (docs/sources/law.md §8). Its last day is therefore 22 August 2024; a case
#: of its SOP dated later is `case.agency.inactive`.
DISSOLVED_ON = dt.date(2024, 8, 23)

INFO = AgencyInfo(
    code=CODE,
    name="Komisi Aparatur Sipil Negara",
    timezone=TIMEZONE,
    trigger="periodic",
    active_until=DISSOLVED_ON - dt.timedelta(days=1),
    active_basis=(
        "UU 20/2023 Pasal 26 ayat (2) huruf d, Pasal 70 ayat (3); Perpres 91/2024 dan "
        "Perpres 92/2024 (berlaku sejak diundangkan, 23 Agustus 2024): KASN dibubarkan, tugasnya "
        "beralih ke Kementerian PANRB dan BKN"
    ),
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
        required_by_steps=(2,),
    ),
    DocumentKind(
        code="draft-dik",
        title="Draft Informasi yang Dikecualikan",
        title_en="Draft of the exempt information",
        produced_by_steps=(2,),
        required_by_steps=(3,),
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
        required_by_steps=(6, 7),
    ),
    DocumentKind(
        code="draft-sk-klasifikasi",
        title="Draft Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan "
        "dan Lembar Pengujian Konsekuensi",
        title_en="Draft decree of the KASN chair classifying the exempt information, with the "
        "consequence test sheet",
        basis=_PENETAPAN,
        produced_by_steps=(7,),
        required_by_steps=(8,),
    ),
    DocumentKind(
        code="sk-klasifikasi",
        title="Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan",
        title_en="Decree of the KASN chair classifying the exempt information",
        basis=_PENETAPAN,
        produced_by_steps=(8,),
    ),
    # Not a step of SOP 04/2020: the PPID's penetapan that opens exempt information whose period
    # ends, made at least 30 hari kerja before (PP 61/2010 Pasal 11 ayat (1)-(2)). Declared so
    # that the checker knows the paper an expiry declaration rests on (case/references.py).
    DocumentKind(
        code="penetapan-informasi-terbuka",
        title="Penetapan PPID tentang Informasi yang Dikecualikan yang Habis Jangka Waktunya "
        "menjadi Informasi Terbuka",
        title_en="The PPID's determination opening exempt information whose period has ended",
        basis="PP 61/2010 Pasal 11 ayat (1)-(2); PERKI 1/2021 Pasal 52",
    ),
)


#: The kop surat: the heading of the seed SOP (docs/sources/seeds/kasn.txt) is the name alone.
LETTERHEAD = Letterhead(
    lines=("KOMISI APARATUR SIPIL NEGARA",),
    city="Jakarta",
    city_inferred=(
        "the seed writes no address; KASN is a commission of the central government seated in "
        "Jakarta (its calendar is WIB, Asia/Jakarta, for the same reason)"
    ),
    missing=("logo", "alamat", "telepon", "pos-el", "laman"),
    source="heading of SOP 04 / PPID / KASN / OTK / 2020 (docs/sources/seeds/kasn.txt)",
)

_BEFORE_TEST = Text(
    id="daftar usulan yang disusun Pokja/Bagian sebelum Pengujian Konsekuensi; kasus mencatat "
    "informasi yang diuji, bukan usulannya (hasilnya: render dik, render sk-klasifikasi)",
    en="a list of proposals the Pokja and Bagian draw up before the consequence test; a case "
    "records the tested information, not the proposals (the result: render dik, render "
    "sk-klasifikasi)",
)

#: How each document of DOCUMENTS is printed (uji_konsekuensi.documents.Rendering).
RENDERINGS = (
    Rendering(code="usulan-dik", not_rendered=_BEFORE_TEST),
    Rendering(code="draft-dik", not_rendered=_BEFORE_TEST),
    Rendering(code="draft-dik-alasan", not_rendered=_BEFORE_TEST),
    Rendering(code="lembar-uji", template="lembar"),
    # The draft is the same decree before it is numbered, dated and signed: gaps to fill in.
    Rendering(code="draft-sk-klasifikasi", template="penetapan"),
    # Step 8: the decree of the Ketua KASN; headed as the signatory's Keputusan, with the PPID's
    # identity (PERKI 1/2021 Pasal 49 ayat (5) huruf a). "sk-ketua-kasn": the name in the docs.
    Rendering(code="sk-klasifikasi", template="penetapan", aliases=("sk-ketua-kasn",)),
    Rendering(
        code="penetapan-informasi-terbuka",
        not_rendered=Text(
            id="penetapan PPID yang membuka informasi yang habis jangka waktunya (PP 61/2010 "
            "Pasal 11) memerlukan semua Penetapan yang berlaku, sedangkan satu kasus memuat satu; "
            "belum ada templatnya",
            en="the PPID's determination opening information whose period has ended (PP 61/2010 "
            "Pasal 11) needs every Penetapan in force, while a case holds one; no template yet",
        ),
    ),
)

# National calendar (libur nasional and cuti bersama); no regional day off is sourced.
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
