"""Reading whole-instrument references in SOP "dasar hukum" lines (law.parse_statute)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.law import StatuteKind, find_statutes, parse_statute

K = StatuteKind


@pytest.mark.parametrize(
    ("text", "kind", "number", "year", "issuer", "title"),
    [
        ("UU No. 14 Tahun 2008", K.UU, "14", 2008, None, None),
        (
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            K.UU,
            "25",
            2009,
            None,
            "Pelayanan Publik",
        ),
        ("PP No. 61 Tahun 2010", K.PP, "61", 2010, None, None),
        (
            "Peraturan Pemerintah 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun "
            "2008 tentang Keterbukaan Informasi Publik.",
            K.PP,
            "61",
            2010,
            None,
            "Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        ),
        ("Perki No. 1 Tahun 2021", K.PERKI, "1", 2021, "Komisi Informasi", None),
        (
            "Peraturan Komisi Informasi Republik Indonesia Nomor 1 Tahun 2010 tentang Standar "
            "Layanan Informasi Publik.",
            K.PERKI,
            "1",
            2010,
            "Komisi Informasi Republik Indonesia",
            "Standar Layanan Informasi Publik",
        ),
        ("Permendagri No. 3 Tahun 2017", K.PERMEN, "3", 2017, "Menteri Dalam Negeri", None),
        (
            "Peraturan Menteri Komunikasi dan Informatika Nomor 8 Tahun 2019",
            K.PERMEN,
            "8",
            2019,
            "Menteri Komunikasi dan Informatika",
            None,
        ),
        (
            "Pergub Kalteng Nomor 37 Tahun 2022 tentang Kedudukan, Struktur Organisasi, Tugas "
            "Fungsi dan Tata Kerja Perangkat Daerah.",
            K.PERGUB,
            "37",
            2022,
            "Gubernur Kalteng",
            "Kedudukan, Struktur Organisasi, Tugas Fungsi dan Tata Kerja Perangkat Daerah",
        ),
        (
            "Keputusan Ketua Komisi Aparatur Sipil Negara Nomor 14 Tahun 2020 Tentang Pejabat "
            "Pengelola Informasi dan Dokumentasi Komisi Aparatur Sipil Negara",
            K.KEPUTUSAN,
            "14",
            2020,
            "Ketua Komisi Aparatur Sipil Negara",
            "Pejabat Pengelola Informasi dan Dokumentasi Komisi Aparatur Sipil Negara",
        ),
        ("UU 14/2008", K.UU, "14", 2008, None, None),
        ("UU KIP", K.UU, "14", 2008, None, None),
        ("Perppu Nomor 1 Tahun 2020", K.PERPPU, "1", 2020, None, None),
        ("Perpres Nomor 21 Tahun 2023", K.PERPRES, "21", 2023, None, None),
        ("Keppres No. 8 Tahun 2024", K.KEPUTUSAN, "8", 2024, "Presiden", None),
        (
            "Permen PAN-RB No. 35 Tahun 2012",
            K.PERMEN,
            "35",
            2012,
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            None,
        ),
        (
            "Perda Kabupaten Kutai Timur Nomor 2 Tahun 2016",
            K.PERDA,
            "2",
            2016,
            "Kabupaten Kutai Timur",
            None,
        ),
        ("Perbup Kutai Timur Nomor 5 Tahun 2021", K.PERBUP, "5", 2021, "Bupati Kutai Timur", None),
        ("Peraturan BKN Nomor 7 Tahun 2022", K.OTHER, "7", 2022, "BKN", None),
        ("Permenpan No. PER/21/M.PAN/11/2008", K.PERMEN, "PER/21/M.PAN/11", 2008, None, None),
    ],
)
def test_reads(text, kind, number, year, issuer, title):
    """Each style gives kind, number, year, issuer if stated, and title as written."""
    ref = parse_statute(text)
    assert ref is not None
    assert (ref.kind, ref.number, ref.year, ref.title) == (kind, number, year, title)
    if issuer is not None or kind is not K.PERMEN:
        assert ref.issuer == issuer
    assert ref.text == text.rstrip(".")


@pytest.mark.parametrize(
    "text", ["", "lihat dokumen terlampir", "Pasal 17 huruf h", "Tahun 2008", "Nomor 14"]
)
def test_none_when_no_instrument(text):
    """Text naming no instrument gives None."""
    assert parse_statute(text) is None


def test_short_citation():
    """`short` is the compact form used in findings."""
    assert parse_statute("Undang-Undang Nomor 14 Tahun 2008").short == "UU 14/2008"
    assert parse_statute("Perki No. 1 Tahun 2021").short == "PERKI 1/2021"
    assert parse_statute("Pergub Kalteng Nomor 37 Tahun 2022").short == "Pergub 37/2022"


def test_revoked_perki():
    """PERKI 1/2010 and 1/2017 carry their revocation by PERKI 1/2021 Pasal 63; 2021 does not."""
    assert parse_statute("Peraturan Komisi Informasi Nomor 1 Tahun 2010").revoked_by == (
        "PERKI 1/2021 Pasal 63 huruf a"
    )
    assert parse_statute("Perki No. 1 Tahun 2017").revoked_by == "PERKI 1/2021 Pasal 63 huruf b"
    assert parse_statute("Perki No. 1 Tahun 2021").revoked_by is None
    assert parse_statute("PERKI No. 1 Tahun 2013").revoked_by is None
    # A provincial commission's own rule is not the central PERKI 1/2010.
    provincial = parse_statute("Peraturan Komisi Informasi Provinsi Jawa Barat Nomor 1 Tahun 2010")
    assert provincial is not None and provincial.revoked_by is None and provincial.known is None


def test_known_titles():
    """Known instruments give their official title; unknown ones none."""
    assert parse_statute("UU KIP").known.title == "Keterbukaan Informasi Publik"
    assert parse_statute("PP 61/2010").known.year == 2010
    assert parse_statute("Permen PAN-RB No. 35 Tahun 2012").known is not None
    assert parse_statute("Permendagri No. 35 Tahun 2012").known is None
    assert parse_statute("UU No. 36 Tahun 1999").known is None


def test_statute_level():
    """UU and Perppu have the rank of an Undang-Undang; PP and below do not."""
    assert parse_statute("UU No. 36 Tahun 1999").is_statute_level
    assert parse_statute("Perppu No. 1 Tahun 2020").is_statute_level
    assert not parse_statute("PP No. 61 Tahun 2010").is_statute_level
    assert parse_statute("UU 14/2008").is_uu_kip and not parse_statute("UU 25/2009").is_uu_kip


def test_article_before_instrument():
    """ "Pasal 40 UU No. 36 Tahun 1999" keeps the Pasal."""
    ref = parse_statute("Pasal 40 ayat (2) UU No. 36 Tahun 1999 tentang Telekomunikasi")
    assert ref.article == "Pasal 40 ayat (2)" and ref.title == "Telekomunikasi"
    assert parse_statute("UU No. 36 Tahun 1999").article is None


def test_finds_every_instrument_of_a_seed_line():
    """Kutai Timur's one-line dasar hukum gives six references (seed 001)."""
    line = (
        "1. UU No. 14 Tahun 2008; 2. UU No. 25 Tahun 2009; 3. UU No. 23 Tahun 2013; "
        "4. PP No. 61 Tahun 2010; 5. Permendagri No. 3 Tahun 2017; 6. Perki No. 1 Tahun 2021;"
    )
    assert [r.short for r in find_statutes(line)] == [
        "UU 14/2008",
        "UU 25/2009",
        "UU 23/2013",
        "PP 61/2010",
        "Permen 3/2017",
        "PERKI 1/2021",
    ]


def test_glued_list_and_nested_title():
    """KASN's glued list ("Publik2. Peraturan") splits, and a title's UU is not separate."""
    line = (
        "1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik2. Peraturan "
        "Komisi Informasi Nomor 1 Tahun 2010 tentang Standar Layanan Informasi Publik3. "
        "Peraturan Pemerintah 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun "
        "2008 tentang Keterbukaan Informasi Publik."
    )
    refs = find_statutes(line)
    assert [r.short for r in refs] == ["UU 14/2008", "PERKI 1/2010", "PP 61/2010"]
    assert refs[0].title == "Keterbukaan Informasi Publik"
    assert refs[1].revoked_by is not None


@given(st.text(max_size=60))
def test_never_crashes(text):
    """Any text gives a StatuteRef or None, never an exception."""
    ref = parse_statute(text)
    assert ref is None or ref.text
