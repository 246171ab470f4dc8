"""UU 14/2008 Pasal 18 ayat (1): the kinds that can never be exempt, and the keyword screen."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.law import NEVER_EXEMPT, NeverExemptKind, detect_never_exempt

K = NeverExemptKind


def test_seven_kinds_in_statute_order():
    """Pasal 18 ayat (1) huruf a-g, each with its citation and both texts."""
    assert [n.huruf for n in NEVER_EXEMPT.values()] == list("abcdefg")
    assert set(NEVER_EXEMPT) == set(K)
    for n in NEVER_EXEMPT.values():
        assert n.citation == f"UU 14/2008 Pasal 18 ayat (1) huruf {n.huruf}"
        assert n.text_id and n.text_en and n.label_id and n.label_en
    assert NEVER_EXEMPT[K.COURT_DECISION].text_id == "putusan badan peradilan"
    assert "Pasal 11 ayat (2)" in NEVER_EXEMPT[K.OPENED_BY_OBJECTION_OR_DISPUTE].text_id


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Putusan Pengadilan Tata Usaha Negara Palangka Raya Nomor 12/G/2024", K.COURT_DECISION),
        ("Salinan putusan majelis hakim atas gugatan pegawai", K.COURT_DECISION),
        ("Surat Keputusan Ketua KASN tentang Rekomendasi", K.POLICY),
        ("Peraturan Gubernur tentang Tunjangan Kinerja", K.POLICY),
        ("Surat Edaran Sekretaris Daerah tentang Jam Kerja Ramadan", K.POLICY),
        ("SP3 perkara dugaan korupsi dana hibah", K.TERMINATION_ORDER),
        ("Surat perintah penghentian penyidikan perkara 12/2023", K.TERMINATION_ORDER),
        (
            "Rencana pengeluaran tahunan Kejaksaan Tinggi Kalimantan Tengah",
            K.LAW_ENFORCEMENT_SPENDING_PLAN,
        ),
        ("Laporan keuangan tahunan Kepolisian Daerah 2024", K.LAW_ENFORCEMENT_FINANCIAL_REPORT),
        (
            "Laporan pengembalian kerugian negara hasil tindak pidana korupsi",
            K.CORRUPTION_RECOVERY_REPORT,
        ),
        (
            "Dokumen kontrak yang telah dinyatakan terbuka melalui putusan Komisi Informasi",
            K.OPENED_BY_OBJECTION_OR_DISPUTE,
        ),
    ],
)
def test_screen_finds(text, kind):
    """Items that start as, or plainly are, a Pasal 18 ayat (1) kind are flagged."""
    assert kind in detect_never_exempt(text)


@pytest.mark.parametrize(
    "text",
    [
        "Resume medis PNS yang mengajukan cuti sakit",
        "Rancangan Peraturan Gubernur tentang Tunjangan Kinerja",
        "Draf keputusan mutasi pejabat administrator",
        "Hasil evaluasi kinerja pegawai berdasarkan Peraturan BKN",
        "Laporan keuangan pribadi pegawai",
        "Nota dinas usulan pejabat yang akan dilantik",
        "",
    ],
)
def test_screen_passes(text):
    """Drafts, items merely mentioning a rule, and personal records are not flagged."""
    assert detect_never_exempt(text) == ()


_SCREEN_WORDS = [
    "salinan",
    "putusan",
    "pengadilan",
    "mahkamah",
    "komisi",
    "informasi",
    "sp3",
    "surat",
    "perintah",
    "penghentian",
    "penyidikan",
    "penuntutan",
    "rencana",
    "pengeluaran",
    "anggaran",
    "tahunan",
    "laporan",
    "keuangan",
    "kepolisian",
    "kpk",
    "pengembalian",
    "uang",
    "hasil",
    "korupsi",
    "telah",
    "dinyatakan",
    "terbuka",
    "melalui",
    "keputusan",
    "peraturan",
    "hasil",
    "evaluasi",
    "pegawai",
    "rekam",
    "medis",
    "lembaga",
    "penegak",
    "hukum",
    "negara",
    "tindak",
    "pidana",
    "kerugian",
]


@given(st.lists(st.sampled_from(_SCREEN_WORDS), min_size=1, max_size=9).map(" ".join))
def test_word_prefilter_never_changes_the_screen(text: str) -> None:
    """The substring pre-check only skips regexes that cannot match: same kinds as bare regexes."""
    from uji_konsekuensi.law import pasal18

    folded = " ".join(text.lower().split())
    plain = tuple(kind for kind, pattern in pasal18._PATTERNS.items() if pattern.search(folded))
    if pasal18._DRAFT.match(folded):
        plain = ()
    assert detect_never_exempt(text) == plain
