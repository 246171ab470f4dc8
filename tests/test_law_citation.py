"""Reading the Pasal 17 citations agencies write (law.parse_citation)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.law import GROUNDS, CitationError, parse_citation


def codes(text: str, **kwargs: bool) -> list[str]:
    return [c.code for c in parse_citation(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the examples
        ("Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008", ["h.2"]),
        ("Pasal 17 huruf b UU KIP", ["b"]),
        ("Psl. 17 hrf. c angka 3", ["c.3"]),
        ("pasal 17 (h) (2)", ["h.2"]),
        ("Pasal 17 huruf j UU 14/2008 jo. Pasal 40 UU No. 36 Tahun 1999", ["j"]),
        # lists
        ("Pasal 17 huruf h angka 2 dan 3", ["h.2", "h.3"]),
        ("Pasal 17 huruf h angka 2, angka 3 dan angka 5", ["h.2", "h.3", "h.5"]),
        ("Pasal 17 huruf g dan huruf i", ["g", "i"]),
        ("Pasal 17 huruf b, d dan/atau i", ["b", "d", "i"]),
        # ranges
        ("Pasal 17 huruf c angka 1 s.d. 3", ["c.1", "c.2", "c.3"]),
        ("Pasal 17 huruf c angka 5 sampai dengan 7", ["c.5", "c.6", "c.7"]),
        ("Pasal 17 huruf h angka 1-2", ["h.1", "h.2"]),
        # other spellings
        ("PASAL 17 HURUF H ANGKA 2", ["h.2"]),
        ("Pasal 17 huruf h angka 2 (dua) Undang-Undang Nomor 14 Tahun 2008", ["h.2"]),
        ("Pasal 17 huruf (h) angka (4)", ["h.4"]),
        ("Pasal 17 h.2", ["h.2"]),
        ("Pasal 17 huruf h butir 5", ["h.5"]),
        ("huruf h angka 2 UU KIP", ["h.2"]),
        ("Pasal 17 huruf i Undang-Undang Keterbukaan Informasi Publik", ["i"]),
        ("Ps. 17 huruf e angka 6", ["e.6"]),
        # bare codes
        ("h.2", ["h.2"]),
        ("B", ["b"]),
        (" j ", ["j"]),
    ],
)
def test_reads(text, expected):
    """Each citation style resolves to the grounds it names, in the order written."""
    assert codes(text) == expected


def test_other_statute_kept_for_j():
    """Huruf j keeps the other statute as written, after jo., juncto or 'dan Pasal'."""
    for text, other in [
        (
            "Pasal 17 huruf j UU 14/2008 jo. Pasal 40 UU No. 36 Tahun 1999",
            "Pasal 40 UU No. 36 Tahun 1999",
        ),
        ("Pasal 17 huruf j UU KIP juncto Pasal 40 UU 36/1999", "Pasal 40 UU 36/1999"),
        (
            "Pasal 17 huruf j UU KIP dan Pasal 57 UU No. 36 Tahun 2009",
            "Pasal 57 UU No. 36 Tahun 2009",
        ),
        ("Pasal 17 huruf j UU KIP dan UU No. 36 Tahun 1999", "UU No. 36 Tahun 1999"),
        ("Pasal 17 huruf j sesuai UU No. 36 Tahun 1999", "UU No. 36 Tahun 1999"),
    ]:
        (citation,) = parse_citation(text)
        assert citation.code == "j"
        assert citation.other_statute == other, text
        assert citation.text == text


def test_j_without_other_statute_is_read():
    """Huruf j alone is read (validation, not parsing, reports the missing statute)."""
    (citation,) = parse_citation("Pasal 17 huruf j UU KIP")
    assert citation.other_statute is None


def test_bare_letter_with_points_cites_the_whole_letter():
    """ "Pasal 17 huruf h" gives h.1-h.5, each marked whole_letter."""
    result = parse_citation("Pasal 17 huruf h")
    assert [c.code for c in result] == ["h.1", "h.2", "h.3", "h.4", "h.5"]
    assert all(c.whole_letter for c in result)
    assert not any(c.whole_letter for c in parse_citation("Pasal 17 huruf h angka 2"))
    assert not parse_citation("Pasal 17 huruf b")[0].whole_letter


def test_letters_and_whole_letters_mixed():
    """ "Pasal 17 huruf a dan huruf e" cites all of a and all of e."""
    result = parse_citation("Pasal 17 huruf a dan huruf e")
    assert [c.code for c in result] == [f"a.{n}" for n in range(1, 6)] + [
        f"e.{n}" for n in range(1, 8)
    ]


def test_strict_refuses_bare_letter():
    """strict=True refuses a letter with points cited without its angka, naming the points."""
    with pytest.raises(CitationError) as info:
        parse_citation("Pasal 17 huruf h", strict=True)
    assert info.value.nearest == ("h.1", "h.2", "h.3", "h.4", "h.5")
    assert codes("Pasal 17 huruf b", strict=True) == ["b"]


def test_duplicates_collapse():
    """A ground named twice is returned once."""
    assert codes("Pasal 17 huruf h angka 2 dan huruf h angka 2") == ["h.2"]


@pytest.mark.parametrize(
    ("text", "nearest", "words"),
    [
        ("Pasal 17 huruf k", ("j", "i"), "huruf k"),
        ("Pasal 17 huruf z angka 1", ("j", "i"), "huruf z"),
        ("huruf c angka 9", tuple(f"c.{n}" for n in range(1, 8)), "angka 9"),
        ("Pasal 17 huruf h angka 6", tuple(f"h.{n}" for n in range(1, 6)), "angka 6"),
        ("Pasal 17 huruf b angka 2", ("b",), "huruf b"),
        ("Pasal 18 huruf a", (), "Pasal 18"),
        ("Pasal 6 ayat (3) huruf c", (), "Pasal 6"),
        ("Pasal 17 ayat (1) huruf h", (), "ayat"),
        ("Pasal 17 huruf a UU No. 30 Tahun 2014", (), "UU 30/2014"),
        ("lihat UU KIP", (), "dibaca"),
        ("Pasal 17 huruf", (), "dibaca"),
        ("Pasal 17 huruf h angka", (), "dibaca"),
        ("", (), "kosong"),
    ],
)
def test_errors_quote_text_and_name_nearest(text, nearest, words):
    """A citation naming no ground raises CitationError with the text and the nearest grounds."""
    with pytest.raises(CitationError) as info:
        parse_citation(text, source="dik.json", path="rows[2].grounds[0]")
    error = info.value
    assert isinstance(error, InputError)
    assert error.text == text
    assert error.nearest == nearest
    assert [g.code for g in error.nearest_grounds] == list(nearest)
    assert error.source == "dik.json"
    problem = error.problems[0]
    assert problem.path == "rows[2].grounds[0]"
    assert problem.value == text
    assert repr(text) in problem.message and words in problem.message
    assert repr(text) in problem.message_en
    rendered = str(error)
    assert "dik.json" in rendered and "rows[2].grounds[0]" in rendered
    if nearest:
        assert ", ".join(nearest) in (problem.expected or "")


def test_every_bad_part_is_reported():
    """Two wrong grounds in one text give two problems and both sets of nearest grounds."""
    with pytest.raises(CitationError) as info:
        parse_citation("Pasal 17 huruf k dan huruf c angka 9")
    assert len(info.value.problems) == 2
    assert info.value.nearest[:2] == ("j", "i") and "c.7" in info.value.nearest


@given(st.sampled_from(GROUNDS), st.sampled_from(["Pasal 17", "Psl. 17", "pasal 17", ""]))
def test_every_ground_round_trips_through_its_citation(ground, pasal):
    """Each leaf's own citation, in several spellings, parses back to that leaf."""
    assert codes(ground.citation) == [ground.code]
    assert codes(ground.formal_citation) == [ground.code]
    tail = f" angka {ground.number}" if ground.number else ""
    assert codes(f"{pasal} huruf {ground.letter}{tail}".strip()) == [ground.code]


@given(st.text(max_size=40))
def test_never_crashes(text):
    """Any text either parses to grounds or raises CitationError: never another exception."""
    try:
        result = parse_citation(text)
    except CitationError as exc:
        assert exc.problems
    else:
        assert result


def test_what_is_expected_is_said_in_each_language():
    """An Indonesian message is Indonesian throughout ("diharapkan salah satu dari: j, i", not
    "diharapkan one of"); the English one says "expected one of"."""
    from uji_konsekuensi.law import CitationError

    with pytest.raises(CitationError) as info:
        parse_citation("Pasal 17 huruf k")
    assert "diharapkan salah satu dari: j, i" in info.value.render("id")
    assert "one of" not in info.value.render("id")
    assert "expected one of: j, i" in info.value.render("en")
