"""The restatement heuristic (harm/restatement.py): a consequence that only repeats its ground."""

from __future__ import annotations

import pytest

from uji_konsekuensi.harm import RestatementSettings, measure
from uji_konsekuensi.harm.restatement import content_stems, stem
from uji_konsekuensi.law import get_ground


def check(text: str, code: str, settings: RestatementSettings | None = None):
    g = get_ground(code)
    return measure(text, [g.full_text_id, g.full_text_en], [g.citation], settings)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("mengungkapkan", "ungkap"),
        ("pengungkapan", "ungkap"),
        ("mengungkap", "ungkap"),
        ("membahayakan", "bahaya"),
        ("kesehatan", "sehat"),
        ("rahasia", "rahasia"),
    ],
)
def test_stem(word, expected):
    """Common Indonesian affixes are stripped so word forms meet."""
    assert stem(word) == expected


def test_content_stems_drop_citation_and_function_words():
    """Citation words, numbers and function words carry no content."""
    assert content_stems("Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008 yang dapat dibuka") == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dapat mengungkap rahasia pribadi sebagaimana Pasal 17 huruf h angka 2 UU KIP", "h.2"),
        ("Riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang", "h.2"),
        ("Dapat menghambat proses penyelidikan dan penyidikan suatu tindak pidana", "a.1"),
        ("Dapat mengganggu proses penegakan hukum", "a.1"),
        ("Hasil-hasil evaluasi sehubungan dengan kapabilitas seseorang akan terungkap", "h.4"),
        ("Reveals a person's physical and mental health history", "h.2"),
    ],
)
def test_restatements_caught(text, code):
    """The statute repeated, with or without its citation, is a restatement."""
    assert check(text, code).restates


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Membuka resume medis akan mengungkap diagnosis gangguan kecemasan pegawai, memicu "
            "stigma dan diskriminasi dalam promosi jabatan",
            "h.2",
        ),
        (
            "Identitas pelapor dugaan pelanggaran netralitas ASN akan diketahui terlapor sehingga "
            "pelapor berisiko diintimidasi dan enggan melapor lagi",
            "a.2",
        ),
        (
            "Nomor rekening dan potongan pinjaman pegawai dapat disalahgunakan untuk penipuan dan "
            "penagihan oleh pihak ketiga",
            "h.3",
        ),
    ],
)
def test_real_analysis_passes(text, code):
    """A consequence naming what would happen to whom is not a restatement."""
    result = check(text, code)
    assert not result.restates
    assert len(result.new_words) >= 4 and result.similarity < 0.75


def test_similarity_catches_near_copies():
    """The statute copied with a few words added is caught by similarity alone."""
    g = get_ground("c.1")
    copy = g.text_id + " terkait operasi pengamanan perbatasan wilayah Kalimantan"
    result = measure(copy, [g.full_text_id], settings=RestatementSettings(min_new_words=0))
    assert result.similarity >= 0.75 and result.restates


def test_thresholds_are_parameters():
    """min_new_words and max_similarity move the line; invalid values are refused."""
    text = "Melanggar privasi pegawai"
    assert check(text, "h.2").restates
    assert not check(text, "h.2", RestatementSettings(min_new_words=3)).restates
    with pytest.raises(ValueError):
        RestatementSettings(max_similarity=1.5)
    with pytest.raises(ValueError):
        RestatementSettings(min_new_words=-1)
