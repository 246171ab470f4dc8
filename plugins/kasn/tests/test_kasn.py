"""KASN plugin: the transcription of SOP 04 / PPID / KASN / OTK / 2020 pinned against the seed.

The expected values below are copied from the seed text (docs/sources/seeds/kasn.txt), cell by cell,
independently of sop.json: a change to the transcription that drifts from the signed SOP fails
here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.sop import SOP, Role, SymbolKind
from uji_konsekuensi.testing import AgencyPluginContract


class TestKasnContract(AgencyPluginContract):
    """Every check of the agency plugin contract, for agency "kasn"."""

    agency_code = "kasn"


@pytest.fixture(scope="module")
def sop() -> SOP:
    return get_agency("kasn").sops[0]


# --- registration -----------------------------------------------------------------------------


def test_registered_as_periodic_in_wib() -> None:
    """KASN is registered by entry point "kasn", periodic, in Asia/Jakarta (WIB)."""
    agency = get_agency("kasn")
    assert (agency.plugin, agency.distribution) == ("kasn", "uji-konsekuensi-kasn")
    assert agency.name == "Komisi Aparatur Sipil Negara"
    assert (agency.timezone, agency.trigger) == ("Asia/Jakarta", "periodic")
    assert agency.calendar_settings.zone_label == "WIB"
    assert agency.sops == (get_agency("kasn").sops[0],)


# --- identity (Bagian Identitas), as written ---------------------------------------------------


def test_identity_as_written(sop: SOP) -> None:
    """Every identity field is the seed's text."""
    ident = sop.identity
    assert ident.agency == "KOMISI APARATUR SIPIL NEGARA"
    assert sop.number == "04 / PPID / KASN / OTK / 2020"
    assert ident.created_text == "..25... Agustus 2020"
    assert ident.revised_text == "Agustus 2020"
    assert ident.effective_text == "26 Agustus 2020"
    assert ident.approved_by is not None
    assert ident.approved_by.position == "Ketua Komisi Aparatur Sipil Negara"
    assert ident.approved_by.name == "Agus Pramusinto"
    assert (ident.approved_by.nip, ident.approved_by.rank) == (None, None)
    assert sop.title == "SOP Pengujian tentang Konsekuensi"
    assert ident.flowchart_title == (
        "SOP PPID KOMISI APARATUR SIPIL NEGARA PROSEDUR PENGUJIAN TENTANG KONSEKUENSI"
    )
    assert [b.text for b in ident.legal_basis] == [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2010 tentang Standar Layanan Informasi Publik",
        "Keputusan Ketua Komisi Aparatur Sipil Negara Nomor 14 Tahun 2020 Tentang Pejabat "
        "Pengelola Informasi dan Dokumentasi Komisi Aparatur Sipil Negara",
    ]
    assert ident.qualifications == (
        "Memahami tentang SOP Klarifikasi Informasi yang Dikecualikan",
        "Memahami tentang Pelayanan Informasi Publik",
    )
    assert ident.related == ("SOP Pelayanan Informasi Publik",)
    assert ident.equipment == (
        "Dokumen Informasi yang Dikecualikan di setiap Pokja dan Bagian di KASN",
        "Softcopy Dokumen Informasi yang Dikecualikan",
        "Perangkat Keras: Laptop, Printer, Pulpen, dan Cap KASN",
    )
    assert ident.warnings == (
        "Prosedur Klasifikasi Informasi yang Dikecualikan merupakan salah satu tugas PPID KASN, "
        "apabila SOP ini tidak berjalan maka proses pengujian konsekuensi terhadap informasi yang "
        "dikecualikan tidak berjalan.",
    )
    assert ident.records == ("Dokumen Klasifikasi Informasi yang Dikecualikan",)


def test_identity_dates(sop: SOP) -> None:
    """Made 25 Aug 2020 (form leaders corrected), revised "Agustus 2020" (a month), effective 26."""
    ident = sop.identity
    assert ident.created is not None and ident.created.date == dt.date(2020, 8, 25)
    assert ident.revised is not None and ident.revised.date is None
    assert (ident.revised.year, ident.revised.month) == (2020, 8)
    assert ident.effective is not None and ident.effective.date == dt.date(2020, 8, 26)


def test_legal_basis_is_read(sop: SOP) -> None:
    """The three dasar hukum entries read as UU 14/2008, PERKI 1/2010 and a Keputusan."""
    shorts = [b.statute.short if b.statute else None for b in sop.identity.legal_basis]
    assert shorts[:2] == ["UU 14/2008", "PERKI 1/2010"]
    assert sop.identity.legal_basis[1].statute is not None
    assert sop.identity.legal_basis[1].statute.revoked_by == "PERKI 1/2021 Pasal 63 huruf a"


# --- flowchart, as written -----------------------------------------------------------------------

#: (No., Uraian, Syarat, Waktu, Output, Keterangan) exactly as the seed's rows write them.
ROWS = [
    (1, "Mengkoordinasikan pembuatan usulan Daftar Informasi yang Dikecualikan yang terdapat pada Pokja atau bagian", "Nota Dinas dan usulan Daftar Informasi yang akan Dikecualikan", "1 HK", "Daftar Usulan Informasi yang akan Dikecualikan", None),  # noqa: E501
    (2, "Mengidentifikasi usulan Daftar Informasi yang Dikecualikan yang ada pada masing-masing Pokja dan Bagian", "Daftar Usulan Informasi yang akan Dikecualikan", "7 HK", "Draft Informasi yang Dikecualikan", "Masing-masing Pokja dan Bagian sudah membuat dalam draft Daftar Informasi yang Dikecualikan"),  # noqa: E501
    (3, "Menyerahkan Hasil Identifikasi usulan DIK yang akan dinyatakan sebagai Informasi yang Dikecualikan", "Draft Daftar Informasi yang Dikecualikan", "1 HK", "Draft Daftar Informasi yang Dikecualikan beserta Alasan Pengecualian", None),  # noqa: E501
    (4, "Mengkoordinasikan pelaksanaan Uji Konsekuensi kepada Atasan PPID, Tim Pengarah & Pertimbangan Pelayanan Informasi, dan Pejabat Penyedia Informasi dan Dokumen", "Undangan Uji Konsekuensi", "3 HK", "Draft Daftar Informasi yang Dikecualikan beserta Alasan Pengecualian", "Dikoordinasikan dengan Pokja atau Bagian yang menguasai informasi"),  # noqa: E501
    (5, "Melaksanakan Uji Konsekuensi dan memberikan masukan atas usulan dasar hukum yang dijadikan pertimbangan untuk mengecualikan informasi dan memberikan persetujuan", "Draft Lembar Uji Konsekuensi", "3 HK", "Lembar Uji Konsekuensi", "Pelaksanaan Uji Konsekuensi"),  # noqa: E501
    (6, "Memeriksa hasil masukan terhadap dasar hukum yang dijadikan dasar pengecualian", "Draft Lembar Uji Konsekuensi", "3 HK", "Lembar Uji Konsekuensi", None),  # noqa: E501
    (7, "Menetapkan Informasi yang Dikecualikann", "Nota Dinas, Draft Penetapan Klasifikasi Informasi yang Dikecualikan, dan Lembar Pengujian Konsekuensi", "3 HK", "Draft Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan dan Lembar Pengujian Konsekuensi", None),  # noqa: E501
    (8, "Menandatangani Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan", "Draft Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan", "1 HK", "Surat Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan beserta lampirannya", "Lampiran beruoa Lembar Pengujian Konsekuensi"),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[f"step-{r[0]}" for r in ROWS])
def test_step_as_written(sop: SOP, row: tuple[int, str, str, str, str, str | None]) -> None:
    """Each step's kegiatan, syarat, waktu, output and keterangan are the seed's cells."""
    number, activity, requirement, waktu, output, note = row
    step = sop.step(number)
    assert step.activity == activity
    assert step.requirements == (requirement,)
    assert step.waktu_text == waktu
    assert step.outputs == (output,)
    assert step.note == note


def test_all_steps_and_only_those(sop: SOP) -> None:
    """The SOP has the seed's eight steps, in order."""
    assert [s.number for s in sop.steps] == list(range(1, 9))


def test_every_waktu_is_working_days(sop: SOP) -> None:
    """ "1 HK", "7 HK", "3 HK": hari kerja; 22 HK in all from proposal to signed decree."""
    kinds = {s.waktu.kind for s in sop.steps if s.waktu is not None}
    assert kinds == {"working_days"}
    assert sum(s.waktu.amount or 0 for s in sop.steps if s.waktu is not None) == 22


def test_corrections(sop: SOP) -> None:
    """Exactly the obvious typos are corrected, and each keeps its as-written text."""
    found = {
        (where, c.field, c.as_written, c.corrected)
        for where, holder in [("identity", sop.identity), *((s.number, s) for s in sop.steps)]
        for c in holder.corrections
    }
    assert found == {
        ("identity", "created_text", "..25... Agustus 2020", "25 Agustus 2020"),
        (
            "identity",
            "qualifications[0]",
            "Memahami tentang SOP Klarifikasi Informasi yang Dikecualikan",
            "Memahami tentang SOP Klasifikasi Informasi yang Dikecualikan",
        ),
        (
            7,
            "activity",
            "Menetapkan Informasi yang Dikecualikann",
            "Menetapkan Informasi yang Dikecualikan",
        ),
        (
            8,
            "note",
            "Lampiran beruoa Lembar Pengujian Konsekuensi",
            "Lampiran berupa Lembar Pengujian Konsekuensi",
        ),
    }


# --- inferred: lanes, actors, symbols, flow ------------------------------------------------------


def test_lanes_and_roles(sop: SOP) -> None:
    """The four actor columns as written, each mapped to a canonical role with a reason."""
    assert [(lane.id, lane.name, lane.role) for lane in sop.lanes] == [
        (
            "pejabat-penyedia",
            "Pejabat Penyedia Informasi dan Dokumen",
            Role.UNIT_PENGELOLA_INFORMASI,
        ),
        ("ppid", "PPID", Role.PPID),
        ("atasan-ppid", "Atasan PPID", Role.ATASAN_PPID),
        (
            "tim-pertimbangan",
            "Tim Pengarah & Pertimbangan Pelayanan Informasi",
            Role.TIM_PERTIMBANGAN,
        ),
    ]
    assert all(lane.role_basis.id and lane.role_basis.en for lane in sop.lanes)


def test_actors_are_inferred_with_reasons(sop: SOP) -> None:
    """The seed lost the actor columns: every step's actors are an inference with a reason."""
    assert {s.number: s.actors for s in sop.steps} == {
        1: ("ppid",),
        2: ("pejabat-penyedia",),
        3: ("pejabat-penyedia",),
        4: ("ppid",),
        5: ("tim-pertimbangan", "atasan-ppid", "ppid"),
        6: ("ppid",),
        7: ("ppid",),
        8: ("atasan-ppid",),
    }
    for s in sop.steps:
        record = s.inference("actors")
        assert record is not None, s.number
        assert "PERKI" in record.reason.id + record.reason.en or s.number in (2, 3)


def test_symbols_and_flow(sop: SOP) -> None:
    """A straight procedure: capsule, six boxes, capsule; no decision (KASN approves in step 5)."""
    assert [s.kind for s in sop.steps] == [
        SymbolKind.TERMINATOR,
        *[SymbolKind.PROCESS] * 6,
        SymbolKind.TERMINATOR,
    ]
    assert [s.next for s in sop.steps] == [2, 3, 4, 5, 6, 7, 8, None]
    assert not any(s.is_decision for s in sop.steps)
    assert all(s.is_inferred("kind") for s in sop.steps)


def test_trigger_is_periodic_and_inferred(sop: SOP) -> None:
    """The SOP starts from the Pokja/Bagian's proposals: periodic (PERKI 1/2021 Pasal 49(1)a)."""
    assert sop.trigger == "periodic"
    record = sop.inference("trigger")
    assert record is not None and "Pasal 49 ayat (1) huruf a" in record.reason.en


# --- validation -------------------------------------------------------------------------------


def test_validate_reports_only_the_revoked_perki(sop: SOP) -> None:
    """The only finding: dasar hukum 2 cites PERKI 1/2010, revoked by PERKI 1/2021 Pasal 63."""
    assert [(f.code, f.field) for f in sop.validate()] == [
        ("sop.identity.legal_basis.revoked", "identity.legal_basis[1]")
    ]


# --- documents ----------------------------------------------------------------------------------


def test_documents_match_the_step_outputs(sop: SOP) -> None:
    """Each document is an output of every step said to produce it, and every output is one."""
    titles = {d.code: d.title.lower() for d in get_agency("kasn").documents}
    for doc in get_agency("kasn").documents:
        for n in doc.produced_by_steps:
            outputs = [o.lower() for o in sop.step(n).corrected("outputs")]
            assert any(titles[doc.code] in o for o in outputs), (doc.code, n)
    produced = {n for d in get_agency("kasn").documents for n in d.produced_by_steps}
    assert produced == {s.number for s in sop.steps if s.outputs}


def test_decree_cites_the_penetapan_rule() -> None:
    """The signed decree is the Penetapan of PERKI 1/2021 Pasal 49 ayat (4)."""
    decree = next(d for d in get_agency("kasn").documents if d.code == "sk-klasifikasi")
    assert decree.basis is not None and "Pasal 49 ayat (4)" in decree.basis
    assert decree.produced_by_steps == (8,)
