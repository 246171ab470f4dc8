"""Kutai Timur plugin: SOP B-000.8.3.3 / 9308 / BKPSDM - SEK pinned against the seed.

The expected values below are copied from the seed text (docs/sources/seeds/kutai-timur.txt),
cell by cell, independently of sop.json.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.sop import SOP, Role, SymbolKind
from uji_konsekuensi.testing import AgencyPluginContract


class TestKutaiTimurContract(AgencyPluginContract):
    """Every check of the agency plugin contract, for agency "kutai-timur"."""

    agency_code = "kutai-timur"


@pytest.fixture(scope="module")
def sop() -> SOP:
    return get_agency("kutai-timur").sops[0]


def items(cell: str) -> tuple[str, ...]:
    """A seed cell "1. a 2. b" as its items (the written list markers dropped)."""
    parts = re.split(r"(?:^|\s)\d+\.\s", cell)
    return tuple(p.strip() for p in parts if p.strip())


# --- registration -----------------------------------------------------------------------------


def test_registered_as_request_in_wita() -> None:
    """Kutai Timur is registered by entry point "kutai-timur", on request, in Asia/Makassar."""
    agency = get_agency("kutai-timur")
    assert (agency.plugin, agency.distribution) == ("kutai-timur", "uji-konsekuensi-kutai-timur")
    assert (agency.timezone, agency.trigger) == ("Asia/Makassar", "request")
    assert agency.calendar_settings.zone_label == "WITA"


def test_request_late_in_wib_evening_is_next_day_in_wita() -> None:
    """A request at 23:30 WIB on Friday is received on Saturday in Sangatta (WITA)."""
    calendar = get_agency("kutai-timur").calendar
    received = dt.datetime(2025, 10, 10, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert calendar.local_date(received) == dt.date(2025, 10, 11)


# --- identity ---------------------------------------------------------------------------------


def test_identity_as_written(sop: SOP) -> None:
    """Every identity field is the seed's text."""
    ident = sop.identity
    assert ident.agency == (
        "KABUPATEN KUTAI TIMUR BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"
    )
    assert sop.number == "B-000.8.3.3 / 9308 / BKPSDM - SEK"
    assert (ident.created_text, ident.revised_text, ident.effective_text) == (
        "21 OKTOBER 2024",
        None,
        "21 OKTOBER 2024",
    )
    assert ident.approved_by is not None
    assert ident.approved_by.position == (
        "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN KUTAI TIMUR"
    )
    assert ident.approved_by.name == "MISLIANSYAH, SE"
    assert ident.approved_by.nip == "197301102001121004"
    assert sop.title == "Pengajuan Konsekuensi Informasi Publik"
    assert [b.text for b in ident.legal_basis] == [
        "UU No. 14 Tahun 2008",
        "UU No. 25 Tahun 2009",
        "UU No. 23 Tahun 2013",
        "PP No. 61 Tahun 2010",
        "Permendagri No. 3 Tahun 2017",
        "Perki No. 1 Tahun 2021",
    ]
    assert ident.qualifications == items(
        "1. Memahami tugas, fungsi dan kewenangan PPID 2. Memiliki kemampuan Pelayanan Publik "
        "3. Menguasai peraturan perundang-undangan Keterbukaan Informasi"
    )
    assert ident.related == items(
        "1. SOP Pemberian dan Penyimpanan Informasi yang Dikecualikan 2. SOP Permintaan "
        "Informasi Publik"
    )
    assert ident.equipment == items(
        "1. Lembaran Kerja dan Rencana Kerja 2. Term of Reference 3. Alat Tulis Kantor 4. "
        "Jaringan Internet"
    )
    assert ident.warnings == (
        "Jika SOP ini tidak dijalankan sebagaimana mestinya maka akan berakibat pada "
        "keterbukan informasi yang dikecualikan",
    )
    assert ident.records == ("Disimpan dalam bentuk softcopy dan hardcopy",)


def test_identity_dates_and_title(sop: SOP) -> None:
    """Made and effective 21 October 2024; the title reads "Pengujian" once corrected."""
    assert sop.identity.created is not None
    assert sop.identity.created.date == dt.date(2024, 10, 21)
    assert sop.identity.effective is not None
    assert sop.identity.effective.date == dt.date(2024, 10, 21)
    assert sop.identity.revised is None
    assert sop.identity.corrected("title") == "Pengujian Konsekuensi Informasi Publik"


def test_legal_basis_is_read(sop: SOP) -> None:
    """All six abbreviated references read; none is revoked."""
    refs = [b.statute for b in sop.identity.legal_basis]
    assert [r.short if r else None for r in refs] == [
        "UU 14/2008",
        "UU 25/2009",
        "UU 23/2013",
        "PP 61/2010",
        "Permen 3/2017",
        "PERKI 1/2021",
    ]
    assert all(r is not None and r.revoked_by is None for r in refs)


# --- flowchart ----------------------------------------------------------------------------------

#: (No., Kegiatan, Kelengkapan cell, Waktu, Output) exactly as the seed's rows write them.
ROWS = [
    (1, "Mengkaji informasi atau dokumen yang diminta oleh pemohon informasi dan/atau yang belum termasuk daftar informasi public dan menyampaikannya kepada PPID", "1. Permintaan informasi 2. Berkas/Dokumen sengketa informasi 3. Daftar informasi yang dikecualikan", "Tentatif", "Daftar informasi yang dikecualikan"),  # noqa: E501
    (2, "Inventaris hasil kajian informasi atau dokumen dan yang tidak termasuk dalam daftar informasi publik, PPID dan PPID pelaksana mengkaji informasi/dokumen, kemudian menyampaikannya kepada tim pertimbangan", "1. Hasil kajian/usulan daftar informasi yang dikecualikan 2. Dasar hukum pengecualian informasi 3. Matriks uji konsekuensi", "Tentatif", "Daftar informasi yang akan berakhir jangka waktu pengecualiannya"),  # noqa: E501
    (3, "Memberikan pertimbangan terhadap informasi/dokumen, kemudian menyampaikannya kepada tim pertimbangan", "Berita acara klasifikasi informasi publik", "Tentatif", "Hasil Pertimbangan tentang informasi yang dikecualikan"),  # noqa: E501
    (4, "Menetapkan Klasifikasi informasi yang dikecualikan jika bersifat rahasia. Apabila informasi bersifat terbuka maka termasuk dalam Daftar Informasi Publik.", "4. Berita acara klasifikasi informasi public. 5. Hasil pertimbangan tentang informasi yang dikecualikan", "Maksimal disahkan 1 bulan setelah Pengujian Konsekuensi", "Keputusan Klasifikasi informasi yang dikecualikan"),  # noqa: E501
    (5, "Menerima hasil keputusan klasifikasi informasi yang dikecualikan dan menjadi dasar hukum dalam menerima/menolak permintaan informasi publik.", "Surat Keputusan Klasifikasi informasi yang dikecualikan", "Pada Hari dan Jam kerja", "Tanda terima dan arsip"),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"step-{r[0]}" for r in ROWS])
def test_step_as_written(sop: SOP, row: tuple[int, str, str, str, str]) -> None:
    """Each step's kegiatan, kelengkapan items, waktu and output are the seed's cells."""
    number, activity, requirements, waktu, output = row
    step = sop.step(number)
    assert step.activity == activity
    assert step.requirements == items(requirements)
    assert step.waktu_text == waktu
    assert step.outputs == (output,)
    assert step.note is None  # the Ket column is empty in every row


def test_odd_numbering_of_step_4_is_recorded(sop: SOP) -> None:
    """Step 4's kelengkapan is numbered 4-5 in the seed: read as two items, with a record."""
    record = sop.step(4).inference("requirements")
    assert record is not None
    assert "'4. Berita acara klasifikasi informasi public. 5. Hasil" in record.reason.id


def test_waktu_readings(sop: SOP) -> None:
    """ "Tentatif" has no limit; step 4 is due 1 month after the consequence test."""
    assert [s.waktu.kind for s in sop.steps if s.waktu] == [
        "tentative",
        "tentative",
        "tentative",
        "calendar_months",
        "office_hours",
    ]
    waktu = sop.step(4).waktu
    assert waktu is not None and waktu.amount == 1
    assert waktu.after == "Pengujian Konsekuensi"


def test_corrections(sop: SOP) -> None:
    """Exactly the obvious typos are corrected."""
    found = {
        (where, c.field, c.corrected)
        for where, holder in [("identity", sop.identity), *((s.number, s) for s in sop.steps)]
        for c in holder.corrections
    }
    assert found == {
        ("identity", "title", "Pengujian Konsekuensi Informasi Publik"),
        (
            "identity",
            "warnings[0]",
            "Jika SOP ini tidak dijalankan sebagaimana mestinya maka akan berakibat pada "
            "keterbukaan informasi yang dikecualikan",
        ),
        (
            1,
            "activity",
            "Mengkaji informasi atau dokumen yang diminta oleh pemohon informasi dan/atau yang "
            "belum termasuk daftar informasi publik dan menyampaikannya kepada PPID",
        ),
        (4, "requirements[0]", "Berita acara klasifikasi informasi publik."),
    }


# --- inferred -----------------------------------------------------------------------------------


def test_lanes_and_roles(sop: SOP) -> None:
    """Petugas, PPID and the Tim Pengembangan PPID, which acts as the tim pertimbangan."""
    assert [(lane.id, lane.name, lane.role) for lane in sop.lanes] == [
        ("petugas", "Petugas", Role.PETUGAS),
        ("ppid", "PPID", Role.PPID),
        ("tim-pengembangan-ppid", "Tim Pengembangan PPID", Role.TIM_PERTIMBANGAN),
    ]


def test_actors_are_inferred(sop: SOP) -> None:
    """Petugas studies and receives, PPID inventories and decides, the team considers."""
    assert {s.number: s.actors for s in sop.steps} == {
        1: ("petugas",),
        2: ("ppid",),
        3: ("tim-pengembangan-ppid",),
        4: ("ppid",),
        5: ("petugas",),
    }
    assert all(s.is_inferred("actors") and s.is_inferred("kind") for s in sop.steps)


def test_step_4_decides_secret_or_open(sop: SOP) -> None:
    """Step 4: secret -> classified exempt, on to step 5; open -> DIP, the procedure ends."""
    decision = sop.step(4)
    assert decision.kind is SymbolKind.DECISION
    assert decision.yes is not None and decision.yes.to == 5
    assert decision.yes.condition is not None and "rahasia" in decision.yes.condition
    assert decision.no is not None and decision.no.to is None
    assert decision.no.condition is not None and "Daftar Informasi Publik" in decision.no.condition
    assert decision.is_inferred("yes.to") and decision.is_inferred("no.to")
    assert [s.next for s in sop.steps if not s.is_decision] == [2, 3, 4, None]


def test_trigger_is_request(sop: SOP) -> None:
    """The SOP starts from requested information (PERKI 1/2021 Pasal 49 ayat (1) huruf b)."""
    assert sop.trigger == "request"
    record = sop.inference("trigger")
    assert record is not None and "huruf b" in record.reason.en


def test_validate_reports_nothing(sop: SOP) -> None:
    """The SOP is sound as transcribed: no finding (its number carries no year to compare)."""
    assert sop.validate() == ()


def test_documents_match_the_step_outputs(sop: SOP) -> None:
    """Each document is an output of the steps said to produce it, and every output is one."""
    for doc in get_agency("kutai-timur").documents:
        for n in doc.produced_by_steps:
            outputs = [o.lower() for o in sop.step(n).corrected("outputs")]
            assert any(doc.title.lower() in o for o in outputs), (doc.code, n)
    assert {n for d in get_agency("kutai-timur").documents for n in d.produced_by_steps} == {
        1,
        2,
        3,
        4,
        5,
    }
