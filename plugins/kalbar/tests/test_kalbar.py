"""Kalbar plugin: SOP 41 /SOP/ DISKOMINFO.IP /2024, reconstructed from an OCR text.

The expected values below are copied from the seed text (docs/sources/seeds/kalbar.txt),
independently of sop.json. The OCR cut cells and garbled words: every reconstruction is a correction
or an inference with a reason, and the tests pin both the text as written and the reading.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.sop import SOP, Role, SymbolKind
from uji_konsekuensi.testing import AgencyPluginContract


class TestKalbarContract(AgencyPluginContract):
    """Every check of the agency plugin contract, for agency "kalbar"."""

    agency_code = "kalbar"


@pytest.fixture(scope="module")
def sop() -> SOP:
    return get_agency("kalbar").sops[0]


def items(cell: str) -> tuple[str, ...]:
    """A seed cell "1.a 2.b" as its items (the written list markers dropped)."""
    parts = re.split(r"(?:^|\s)\d+\.", cell)
    return tuple(p.strip() for p in parts if p.strip())


# --- registration -----------------------------------------------------------------------------


def test_registered_as_request_in_pontianak() -> None:
    """Kalbar is registered by entry point "kalbar", on request, in Asia/Pontianak (WIB)."""
    agency = get_agency("kalbar")
    assert (agency.plugin, agency.distribution) == ("kalbar", "uji-konsekuensi-kalbar")
    assert (agency.timezone, agency.trigger) == ("Asia/Pontianak", "request")
    assert agency.calendar_settings.zone_label == "WIB"


# --- identity ---------------------------------------------------------------------------------


def test_identity_as_written(sop: SOP) -> None:
    """The identity block as the OCR gives it (garbles included)."""
    ident = sop.identity
    assert ident.agency == "PROVINSI KALIMANTAN BARAT DINAS KOMUNIKASI DAN INFORMATIKA"
    assert ident.unit == "BIDANG INFORMASI PUBLIK"
    assert ident.letterhead == (
        "Jl. Ahmad Yani Gedung Pelayanan Terpadu Lt.6, Kalimantan Barat 78124 Telepon 089699305225",
        "Laman: https://diskominfo.kalbarprov.go.id Pos-el diskominfo@kalbarprov.go,ig",
    )
    assert sop.number == "41 /SOP/ DISKOMINFO.IP /2024"
    assert (ident.created_text, ident.revised_text, ident.effective_text) == (
        "2 Januari 2029",
        None,
        None,
    )
    assert ident.approved_by is not None
    assert ident.approved_by.position == (
        "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI KALIMANTAN BARAT"
    )
    assert ident.approved_by.name == "SAMUEL, SE, M.Si"
    assert ident.approved_by.nip == "MANIPA19660408 199303 1 009"
    assert ident.approved_by.rank == "Pempina Utama Madya"
    assert sop.title == "UJI KONSEKUENSI INFORMASI PUBLIK"
    assert ident.flowchart_title == "SOP UJI KONSEKUENSI INFORMASI PUBLIK UJI"
    assert ident.related == ()  # KETERKAITAN is left blank in the seed


def test_signatory_reading(sop: SOP) -> None:
    """NIP and pangkat read as the signature block at the foot writes them."""
    ident = sop.identity
    assert ident.corrected("approved_by.nip") == "19660408 199303 1 009"
    assert ident.corrected("approved_by.rank") == "Pembina Utama Madya"


def test_legal_basis(sop: SOP) -> None:
    """Eight dasar hukum entries; 4 and 5 lost their numbers, 7 its last word's line."""
    ident = sop.identity
    assert [b.text for b in ident.legal_basis] == [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang pelaksanaan Undang-Undang Nomor 14 "
        "Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017 tentang pedoman pengelolaan "
        "pelayanan informasi dan dokumentasi kementerian dalam negri dan pemerintah daerah",
        "Peraturan Menteri Komunikasi dan Informatika Nomor 8 Tahun 2019 tentang "
        "Penyelenggaraan Urusan Pemerintahan Konkuren Bidang Komunikasi Dan Informatika",
        "Peraturan Komisi Informasi No. 1 Tahun 2013 tentang Penyelesaian Sengketa Informasi "
        "Publik",
        "Peraturan Komisi Informasi No. 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
    ]
    for i in (3, 4, 6):
        assert ident.is_inferred(f"legal_basis[{i}].text"), i
    assert ident.legal_basis_texts()[4].endswith("kementerian dalam negeri dan pemerintah daerah")
    shorts = [b.statute.short if b.statute else None for b in ident.legal_basis]
    assert shorts == [
        "UU 14/2008",
        "UU 25/2009",
        "UU 23/2014",
        "PP 61/2010",
        "Permen 3/2017",
        "Permen 8/2019",
        "PERKI 1/2013",
        "PERKI 1/2021",
    ]


def test_fields_cut_by_the_ocr_are_corrected(sop: SOP) -> None:
    """Qualifications, equipment and records: as written (fragments joined) and as read."""
    ident = sop.identity
    assert ident.qualifications == (
        "Memiliki kemampu an mengoperasikan komputer dan tata pembukuan",
        "Memiliki tata bahasa dan tata krama yang baik untuk tugas pelayanan",
        "Memiliki pengetahu uan tentang pelayanan prima",
    )
    assert ident.corrected("qualifications") == (
        "Memiliki kemampuan mengoperasikan komputer dan tata pembukuan",
        "Memiliki tata bahasa dan tata krama yang baik untuk tugas pelayanan",
        "Memiliki pengetahuan tentang pelayanan prima",
    )
    assert ident.equipment == (
        "Lembaran Kerja & F Rencana Kerja",
        "ATK",
        "Perangkat Komputer dan Internet",
    )
    assert ident.corrected("equipment[0]") == "Lembaran Kerja & Rencana Kerja"
    assert ident.records == ("Di Silipan dalam bendi k solicopy dail liaidcopy",)
    assert ident.corrected("records") == ("Disimpan dalam bentuk softcopy dan hardcopy",)
    assert ident.warnings == (
        "Bila Prosedur ini ada yang terlewati maka pemohon informasi tidak akan terlayani "
        "dengan baik",
        "Bila Prosedur ini tidak berjalan maka pelayanan prima tidak akan tercapai",
        "Bila prosedur ini tidak berjalan maka image positif PPID Pemerintah Prov. Kalbar "
        "terhadap penerimaan tamu menjadi negatif",
    )


def test_every_identity_reconstruction_has_a_record(sop: SOP) -> None:
    """The exact set of identity fields the OCR forced us to correct or infer."""
    ident = sop.identity
    assert {c.field for c in ident.corrections} == {
        "letterhead[1]",
        "approved_by.nip",
        "approved_by.rank",
        "flowchart_title",
        "legal_basis[4].text",
        "qualifications[0]",
        "qualifications[2]",
        "equipment[0]",
        "records[0]",
    }
    assert {i.field for i in ident.inferences} == {
        "agency",
        "approved_by.position",
        "legal_basis[3].text",
        "legal_basis[4].text",
        "legal_basis[6].text",
        "qualifications[1]",
        "equipment[2]",
        "warnings[0]",
        "warnings[2]",
    }


# --- flowchart ----------------------------------------------------------------------------------

#: (NO, Kegiatan, Kelengkapan cell, Waktu, Output) exactly as the seed's rows write them.
ROWS = [
    (1, "Mengajukan Permohonan Informasi", "Identitas Pemohon Permohonan informasi", "Setiap Saat", "Permohonan Informasi"),  # noqa: E501
    (2, "Tim Kerja berkoordinasi dengan Komponen/ Perangkat Daerah untuk mengumpulkan informasi/dokumen sebagai Pengklasifikasian Informasi Publik", "1.Permohonan Informasi 2.Draf Daftar Informasi yang dikecualikan dari Komponen /Perangkat Daerah", "Setiap Saat", "Draf Daftar Informasi yang dikecualikan dari Komponen /Perangkat Daerah"),  # noqa: E501
    (3, "Melakukan Kajian Atas Informasi / Dokumen yang tidak termasuk dalam DIDP dengan Melibatkan Tim Pertimbangan Pelayanan Informasi.", "Draf Daftar Informasi yang dikecualikan dari Komponen/ Perangkat Daerah", "Pada hari dan jam kerja", "Draf Daftar Informasi yang dikecualikan"),  # noqa: E501
    (4, "Mengklasifikasikan dan memberikan pertimbangan atas informasi/ dokumen yang dikecualikan yang bersifat rahasia berdasarkan UU, kepatutan dan kepentingan umum.", "Dasar Hukum 1. UU No. 14 Tahun 2008 2. PERKI No. 1 Tahun 2013 3. PERKI No. 1 Tahun 2021", "Pada hari dan jam kerja", "Daftar Informasi yang dikecualikan"),  # noqa: E501
    (5, "Membuat pertimbangan tertulis secara saksama dan penuh ketelitian sebelum menyatakan Informasi Publik tertentu Dikecualikan", "Informasi / dokumen yang telah dinyatakan dikecualikan dan disusun berita acara pengujian konsekuensi", "Pada hari dan jam kerja", "berita acara pengujian konsekuensi"),  # noqa: E501
    (6, "Hasil pertimbangan tertulis sebagaimana dimaksud dilaporkan kepada pimpinan untuk mendapatkan persetujuan", "Berita acara pengujian konsekuensi dan Informasi/ dokumen dikecualikan terlampir", "Pada hari dan jam kerja", "Berita acara pengujian konsekuensi dan Informasi/ dokumen dikecualikan"),  # noqa: E501
    (7, "Mengarsipkan dokumen yang termasuk dikecualikan yang bersifat rahasia sebagai acuan untuk menindaklanjuti permohonan informasi.", "Informasi/ dokumen yang dikecualikan", "Pada hari dan jam kerja", "Arsip Informasi/ dokumen yang dikecualikan"),  # noqa: E501
    (8, "Menyerahkan informasi / dokumen yang dimaksud, jika status informasi / dokumen oleh tim Pertimbangan Pelayanan Informasi dinyatakan rahasia, maka PPID membuat surat penolakan kepada pemohon informasi.", "Informasi/ dokumen yang dimohon/ surat penolakan", "Setiap Saat", "Informasi dan dokumen yang dimohon atau surat penolakan"),  # noqa: E501
    (9, "Menerima Informasi/dokumen yang dimohon atau surat penolakan permohonan informasi", "Tanda terima Informasi/ dokumen yang dimohon atau surat penolakan", "Pada hari dan jam kerja", "Informasi dan dokumen / surat penolakan diterima"),  # noqa: E501
    (10, "Mengarsipkan semua berkas dan surat pemberitahuan informasi dan membuat laporan", "1.Berkas dan surat permohonan informasi 2.Data Informasi/ dokumen yang dikecualikan", "Pada hari dan jam kerja", "File terarisp dalam bentuk softcopy dan hardcopy"),  # noqa: E501
]  # fmt: skip

#: What the OCR left in the actor columns (Pemohon, Tim Kerja, Komponen, Tim Pertimbangan,
#: Atasan PPID) of each row.
MARKS = {
    2: [("komponen", "-")],
    4: [("komponen", "TIDAK"), ("tim-pertimbangan", "\\diamondsuit")],
    5: [("tim-pertimbangan", "YA")],
    6: [("tim-kerja", "-")],
    8: [("tim-kerja", "7")],
    10: [("tim-kerja", "•")],
}


@pytest.mark.parametrize("row", ROWS, ids=[f"step-{r[0]}" for r in ROWS])
def test_step_as_written(sop: SOP, row: tuple[int, str, str, str, str]) -> None:
    """Each step's kegiatan, kelengkapan, waktu, output and lane marks are the seed's cells."""
    number, activity, requirements, waktu, output = row
    step = sop.step(number)
    assert step.activity == activity
    if number == 1:  # two lines run together without markers: split, and the record says so
        assert step.requirements == ("Identitas Pemohon", "Permohonan informasi")
        assert step.is_inferred("requirements")
    elif number == 4:  # one requirement, the legal basis, whose text lists three instruments
        assert step.requirements == (requirements,)
    else:
        assert step.requirements == items(requirements)
    assert step.waktu_text == waktu
    assert step.outputs == (output,)
    assert step.note is None  # the seed's table has no Keterangan column
    assert [(m.lane, m.text) for m in step.lane_marks] == MARKS.get(number, [])


def test_step_corrections(sop: SOP) -> None:
    """Only step 10's output has a typo ("terarisp")."""
    found = {(s.number, c.field, c.corrected) for s in sop.steps for c in s.corrections}
    assert found == {(10, "outputs[0]", "File terarsip dalam bentuk softcopy dan hardcopy")}


def test_waktu_readings(sop: SOP) -> None:
    """ "Setiap Saat" has no limit; "Pada hari dan jam kerja" is within office hours."""
    kinds = [s.waktu.kind for s in sop.steps if s.waktu]
    assert kinds == [
        "any_time",
        "any_time",
        *["office_hours"] * 5,
        "any_time",
        "office_hours",
        "office_hours",
    ]


# --- inferred -----------------------------------------------------------------------------------


def test_lanes_and_roles(sop: SOP) -> None:
    """Five actor columns; the Tim Kerja acts as the PPID."""
    assert [(lane.id, lane.name, lane.role) for lane in sop.lanes] == [
        ("pemohon", "Pemohon", Role.PEMOHON),
        ("tim-kerja", "Tim Kerja", Role.PPID),
        ("komponen", "Komponen/ Perangkat Daerah", Role.UNIT_PENGELOLA_INFORMASI),
        ("tim-pertimbangan", "Tim Pertimbangan", Role.TIM_PERTIMBANGAN),
        ("atasan-ppid", "Atasan PPID", Role.ATASAN_PPID),
    ]


def test_actors(sop: SOP) -> None:
    """Actors follow the activity text and the OCR's lane marks, each with its reason."""
    assert {s.number: s.actors for s in sop.steps} == {
        1: ("pemohon",),
        2: ("tim-kerja", "komponen"),
        3: ("tim-kerja", "tim-pertimbangan"),
        4: ("tim-pertimbangan",),
        5: ("tim-pertimbangan",),
        6: ("tim-kerja", "atasan-ppid"),
        7: ("tim-kerja",),
        8: ("tim-kerja",),
        9: ("pemohon",),
        10: ("tim-kerja",),
    }
    assert all(s.is_inferred("actors") and s.is_inferred("kind") for s in sop.steps)
    for number, marks in MARKS.items():  # a lane with a mark is among the step's actors
        if number == 4:
            continue  # "TIDAK" sits in the Komponen column: it labels the NO arrow, not an actor
        assert {lane for lane, _ in marks} <= set(sop.step(number).actors), number


def test_step_4_decides_secret_or_not(sop: SOP) -> None:
    """Step 4: YA (secret) -> written considerations (5); TIDAK -> hand the information over (8)."""
    decision = sop.step(4)
    assert decision.kind is SymbolKind.DECISION
    assert decision.yes is not None and (decision.yes.to, decision.yes.label) == (5, "YA")
    assert decision.no is not None and (decision.no.to, decision.no.label) == (8, "TIDAK")
    assert decision.is_inferred("yes.to") and decision.is_inferred("no.to")
    assert [s.next for s in sop.steps if not s.is_decision] == [2, 3, 4, 6, 7, 8, 9, 10, None]


def test_requester_is_in_step_1_and_9(sop: SOP) -> None:
    """The requester files the request and receives the answer; nothing else."""
    assert [s.number for s in sop.steps_of(Role.PEMOHON)] == [1, 9]


# --- validation ---------------------------------------------------------------------------------


def test_validate_reports_the_2029_date_and_the_blank_effective_date(sop: SOP) -> None:
    """Two findings: "2 Januari 2029" is 5 years from the 2024 number; no tanggal efektif."""
    found = sop.validate()
    assert [(f.code, f.field) for f in found] == [
        ("sop.identity.date.year_mismatch", "identity.created_text"),
        ("sop.identity.effective.missing", "identity.effective_text"),
    ]
    assert "2029" in found[0].message and "2024" in found[0].message
    assert sop.identity.created is not None
    assert sop.identity.created.date == dt.date(2029, 1, 2)  # kept as written, not "fixed"


def test_documents_match_the_step_outputs(sop: SOP) -> None:
    """Each document is an output of the steps said to produce it, and every output is one."""
    for doc in get_agency("kalbar").documents:
        for n in doc.produced_by_steps:
            outputs = [o.lower() for o in sop.step(n).corrected("outputs")]
            assert any(doc.title.lower() in o for o in outputs), (doc.code, n)
    assert {n for d in get_agency("kalbar").documents for n in d.produced_by_steps} == set(
        range(1, 11)
    )


def test_refusal_letter_cites_the_law() -> None:
    """Step 8's refusal letter rests on UU 14/2008 Pasal 22 ayat (7) and PERKI 1/2021 Pasal 34."""
    letter = next(d for d in get_agency("kalbar").documents if d.code == "surat-penolakan")
    assert letter.produced_by_steps == (8,)
    assert letter.basis is not None and "Pasal 22 ayat (7)" in letter.basis
    assert "Pasal 34" in letter.basis
