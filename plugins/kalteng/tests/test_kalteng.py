"""Kalteng plugin: SOP 870/27/Sekr.7/BKD pinned against the seed.

The expected values below are copied from the seed text (docs/sources/seeds/kalteng.txt), cell
by cell, independently of sop.json.
"""

from __future__ import annotations

import datetime as dt

import pytest

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.sop import SOP, Role, SymbolKind
from uji_konsekuensi.testing import AgencyPluginContract


class TestKaltengContract(AgencyPluginContract):
    """Every check of the agency plugin contract, for agency "kalteng"."""

    agency_code = "kalteng"


@pytest.fixture(scope="module")
def sop() -> SOP:
    return get_agency("kalteng").sops[0]


def test_registered_as_periodic_in_pontianak() -> None:
    """Kalteng is registered by entry point "kalteng", periodic, in Asia/Pontianak (WIB)."""
    agency = get_agency("kalteng")
    assert (agency.plugin, agency.distribution) == ("kalteng", "uji-konsekuensi-kalteng")
    assert (agency.timezone, agency.trigger) == ("Asia/Pontianak", "periodic")
    assert agency.calendar_settings.zone_label == "WIB"


def test_identity_as_written(sop: SOP) -> None:
    """Every identity field is the seed's text."""
    ident = sop.identity
    assert ident.agency == "PEMERINTAH PROVINSI KALIMANTAN TENGAH BADAN KEPEGAWAIAN DAERAH"
    assert ident.unit == (
        "BIDANG PENGEMBANGAN KOMPETENSI, PENGELOLAAN DATA DAN INFORMASI KEPEGAWAIAN ASN"
    )
    assert sop.number == "870/27/Sekr.7/BKD"
    assert (ident.created_text, ident.revised_text, ident.effective_text) == (
        "20-Jan-25",
        None,
        "20-Jan-25",
    )
    assert ident.approved_by is not None
    assert ident.approved_by.position == (
        "KEPALA BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN TENGAH"
    )
    assert (ident.approved_by.name, ident.approved_by.nip) == (
        "LISA APRILIANA, S.Sos",
        "196809011989112005",
    )
    assert sop.title == "PENDOKUMENTASIAN INFORMASI YANG DIKECUALIKAN"
    assert [b.text for b in ident.legal_basis] == [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
        "Peraturan Pemerintah 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun "
        "2008 tentang Keterbukaan Informasi Publik.",
        "Peraturan Komisi Informasi Republik Indonesia Nomor 1 Tahun 2010 tentang Standar "
        "Layanan Informasi Publik.",
        "Pergub Kalteng Nomor 37 Tahun 2022 tentang Kedudukan, Struktur Organisasi, Tugas "
        "Fungsi dan Tata Kerja Perangkat Daerah.",
    ]
    assert ident.qualifications == (
        "Minimal Sarjana",
        "Memahami pendokumentasian, kearsipan dan pengelolaan informasi",
        "Memiliki pengetahuan pelayanan prima",
        "Mampu mengoperasikan komputer",
        "Menguasai tata pembukuan",
    )
    assert ident.related == ("Pengelolaan PPID",)
    assert ident.equipment == (
        "Komputer",
        "Printer/ Scanner",
        "Alat Tulis Kantor",
        "Jaringan Internet",
    )
    assert ident.warnings == (
        "Bila prosedur ini tidak dijalankan secara benar maka pemohon informasi tidak akan "
        "terlayani dengan baik",
    )
    assert ident.records == ("Dicatat pada daftar rekap informasi",)
    assert ident.corrections == () and ident.inferences == ()


def test_spreadsheet_dates(sop: SOP) -> None:
    """ "20-Jan-25" is 20 January 2025 (a Monday), made and effective the same day."""
    assert sop.identity.created is not None
    assert sop.identity.created.date == dt.date(2025, 1, 20)
    assert sop.identity.effective == sop.identity.created


def test_legal_basis_is_read(sop: SOP) -> None:
    """Five entries read, including the revoked PERKI 1/2010 and the Pergub Kalteng 37/2022."""
    shorts = [b.statute.short if b.statute else None for b in sop.identity.legal_basis]
    assert shorts == ["UU 14/2008", "UU 25/2009", "PP 61/2010", "PERKI 1/2010", "Pergub 37/2022"]


#: (No, Kegiatan, Kelengkapan, Waktu, Output) exactly as the seed's rows write them.
ROWS = [
    (1, "Sub bidang pelayanan informasi berkoordinasi dengan pejabat pada bidang/bagian yang mengelola informasi tertentu untuk pengumpulan data yang dikecualikan", "Daftar informasi yang dikecualikan dari bidang/bagian", "Setiap saat", "Rekapitulasi klasifikasi informasi yang dikecualikan dari bidang/bagian"),  # noqa: E501
    (2, "Menyetujui dan mengesahkan daftar informasi yang dikecualikan setelah proses uji konsekuensi. Informasi yang tidak disetujui akan dilakukan perbaikan dan koreksi", "Rekapitulasi informasi yang dikecualikan", "Pada hari jam kerja", "Daftar informasi yang dikecualikan disetujui"),  # noqa: E501
    (3, "Mendokumentasikan informasi untuk publik yang dikecualikan secara hardcopy maupun softcopy", "Daftar informasi yang dikecualikan", "2 (dua) hari Pada hari jam kerja", "Dokumentasi informasi yang dikecualikan"),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"step-{r[0]}" for r in ROWS])
def test_step_as_written(sop: SOP, row: tuple[int, str, str, str, str]) -> None:
    """Each step's kegiatan, kelengkapan, waktu and output are the seed's cells."""
    number, activity, requirement, waktu, output = row
    step = sop.step(number)
    assert step.activity == activity
    assert step.requirements == (requirement,)
    assert step.waktu_text == waktu
    assert step.outputs == (output,)
    assert step.note is None
    assert step.corrections == ()


def test_lane_marks_are_the_branch_labels(sop: SOP) -> None:
    """The seed keeps "Tidak" (row 2, TIM PPID Pembantu column) and "ya" (row 3, Atasan PPID)."""
    assert [(m.lane, m.text) for m in sop.step(2).lane_marks] == [("tim-ppid-pembantu", "Tidak")]
    assert [(m.lane, m.text) for m in sop.step(3).lane_marks] == [("atasan-ppid", "ya")]


def test_waktu_readings(sop: SOP) -> None:
    """Any time; within office hours; 2 working days within office hours."""
    waktu = [s.waktu for s in sop.steps]
    assert [w.kind if w else None for w in waktu] == ["any_time", "office_hours", "working_days"]
    assert waktu[2] is not None and waktu[2].amount == 2 and waktu[2].office_hours


def test_lanes_and_roles(sop: SOP) -> None:
    """Subbid = petugas, Bidang/bagian = units holding information, TIM PPID Pembantu = PPID
    Pelaksana, Atasan PPID."""
    assert [(lane.id, lane.name, lane.role) for lane in sop.lanes] == [
        ("subbid-pelayanan-informasi", "Subbid Pelayanan Informasi", Role.PETUGAS),
        ("bidang-bagian", "Bidang/bagian", Role.UNIT_PENGELOLA_INFORMASI),
        ("tim-ppid-pembantu", "TIM PPID Pembantu", Role.PPID_PELAKSANA),
        ("atasan-ppid", "Atasan PPID", Role.ATASAN_PPID),
    ]


def test_actors(sop: SOP) -> None:
    """Collect (Subbid with Bidang/bagian), approve (Atasan PPID), document (TIM PPID Pembantu)."""
    assert {s.number: s.actors for s in sop.steps} == {
        1: ("subbid-pelayanan-informasi", "bidang-bagian"),
        2: ("atasan-ppid",),
        3: ("tim-ppid-pembantu",),
    }
    assert all(s.is_inferred("actors") and s.is_inferred("kind") for s in sop.steps)


def test_step_2_loops_back_when_not_approved(sop: SOP) -> None:
    """Step 2: "ya" -> documented (3); "Tidak" -> corrected and resubmitted (back to 1)."""
    decision = sop.step(2)
    assert decision.kind is SymbolKind.DECISION
    assert decision.yes is not None and (decision.yes.to, decision.yes.label) == (3, "ya")
    assert decision.no is not None and (decision.no.to, decision.no.label) == (1, "Tidak")
    assert decision.is_inferred("no.to")
    assert (sop.step(1).next, sop.step(3).next) == (2, None)


def test_trigger_is_periodic(sop: SOP) -> None:
    """Information is gathered "setiap saat", ahead of requests (PERKI 1/2021 Pasal 49(1)a)."""
    assert sop.trigger == "periodic"
    assert sop.is_inferred("trigger")


def test_validate_reports_only_the_revoked_perki(sop: SOP) -> None:
    """The only finding: dasar hukum 4 cites PERKI 1/2010, revoked by PERKI 1/2021 Pasal 63."""
    assert [(f.code, f.field) for f in sop.validate()] == [
        ("sop.identity.legal_basis.revoked", "identity.legal_basis[3]")
    ]


def test_documents_match_the_step_outputs(sop: SOP) -> None:
    """Each document is an output of the steps said to produce it, and every output is one."""
    for doc in get_agency("kalteng").documents:
        for n in doc.produced_by_steps:
            outputs = [o.lower() for o in sop.step(n).corrected("outputs")]
            assert any(doc.title.lower() in o for o in outputs), (doc.code, n)
    assert {n for d in get_agency("kalteng").documents for n in d.produced_by_steps} == {1, 2, 3}
