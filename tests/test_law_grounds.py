"""The Pasal 17 catalogue, matched point by point against UU 14/2008.

Source: docs/sources/law.md §1.3-§1.5 and §2.3.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from uji_konsekuensi import law
from uji_konsekuensi.law import GROUNDS, PeriodKind, get_ground, grounds_of, has_points

# The statute's own count of numbered points per letter (0 = the letter is a leaf).
POINTS = {"a": 5, "b": 0, "c": 7, "d": 0, "e": 7, "f": 4, "g": 0, "h": 5, "i": 0, "j": 0}


def test_thirty_three_leaves():
    """Pasal 17 has 33 leaf grounds."""
    assert len(GROUNDS) == 33
    assert len({g.code for g in GROUNDS}) == 33


def test_points_per_letter_match_the_statute():
    """Each letter has exactly the statute's number of points (c has 7, not 9)."""
    counts = Counter(g.letter for g in GROUNDS)
    for letter, points in POINTS.items():
        assert counts[letter] == max(points, 1), letter
        numbers = [g.number for g in grounds_of(letter)]
        assert numbers == (list(range(1, points + 1)) if points else [None]), letter
        assert has_points(letter) is (points > 0)


def test_statute_order():
    """GROUNDS runs a.1 .. a.5, b, c.1 .. j in statute order."""
    codes = [g.code for g in GROUNDS]
    assert codes[:6] == ["a.1", "a.2", "a.3", "a.4", "a.5", "b"]
    assert codes[-4:] == ["h.4", "h.5", "i", "j"]
    assert law.LETTERS == ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")


def test_public_attributes():
    """Each ground exposes letter, number (None without points), permanent and citation."""
    h2 = get_ground("h.2")
    assert (h2.letter, h2.number, h2.code) == ("h", 2, "h.2")
    assert h2.citation == "UU 14/2008 Pasal 17 huruf h angka 2"
    assert h2.formal_citation.startswith("Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun")
    b = get_ground("b")
    assert (b.number, b.citation) == (None, "UU 14/2008 Pasal 17 huruf b")


def test_only_a_to_f_are_not_permanent():
    """Pasal 20 ayat (1): a-f are not permanent; g-j are not declared temporary."""
    for g in GROUNDS:
        assert g.permanent is (g.letter in "ghij"), g.code
        assert g.permanent_basis == "UU 14/2008 Pasal 20 ayat (1)"


def test_only_g_and_h_are_lifted_by_consent():
    """Pasal 18 ayat (2): written consent or a public office lifts g and h only."""
    for g in GROUNDS:
        assert g.lifted_by_consent is (g.letter in "gh"), g.code
        assert (g.lifted_basis is not None) is g.lifted_by_consent
    assert "Pasal 18 ayat (2)" in (get_ground("g").lifted_basis or "")


def test_only_j_needs_another_statute():
    """Huruf j rests on another Undang-Undang; no other ground does."""
    assert [g.code for g in GROUNDS if g.needs_other_statute] == ["j"]
    assert "Pasal 17 huruf j" in (get_ground("j").other_statute_basis or "")
    assert get_ground("i").other_statute_basis is None


def test_openable_for_trial_excludes_g_and_h():
    """Pasal 18 ayat (3): law-enforcement heads may open a-f, i, j, not g or h."""
    assert {g.letter for g in GROUNDS if g.openable_for_trial} == set("abcdefij")
    assert get_ground("i").trial_basis == "UU 14/2008 Pasal 18 ayat (3)"
    assert get_ground("h.1").trial_basis is None


def test_sanctions_heavier_for_c_and_e():
    """Pasal 54 ayat (2) covers c and e; ayat (1) the rest."""
    for g in GROUNDS:
        expected = "ayat (2)" if g.letter in "ce" else "ayat (1)"
        assert g.sanction_basis.endswith(expected), g.code


@pytest.mark.parametrize(
    ("letter", "kind", "article"),
    [
        ("a", PeriodKind.MAX_YEARS, "PP 61/2010 Pasal 5"),
        ("b", PeriodKind.PER_OTHER_LAW, "PP 61/2010 Pasal 6"),
        ("c", PeriodKind.AS_NEEDED, "PP 61/2010 Pasal 7 ayat (1)"),
        ("d", PeriodKind.AS_NEEDED, "PP 61/2010 Pasal 7 ayat (2)"),
        ("e", PeriodKind.AS_NEEDED, "PP 61/2010 Pasal 7 ayat (3)"),
        ("f", PeriodKind.AS_NEEDED, "PP 61/2010 Pasal 7 ayat (4)"),
        ("g", PeriodKind.PER_OTHER_LAW, "PP 61/2010 Pasal 8 ayat (1)"),
        ("h", PeriodKind.AS_NEEDED, "PP 61/2010 Pasal 8 ayat (2)"),
        ("i", PeriodKind.PER_OTHER_LAW, "PP 61/2010 Pasal 9"),
        ("j", PeriodKind.NOT_ADDRESSED, "tidak mengatur huruf j"),
    ],
)
def test_period_rules(letter, kind, article):
    """Each letter's period rule and its basis follow PP 61/2010 Pasal 5-9 / PERKI 51."""
    for g in grounds_of(letter):
        assert g.period.kind is kind
        assert article in g.period.basis
        assert "PERKI 1/2021 Pasal 51" in g.period.basis


def test_period_a_thirty_years_and_open_court():
    """Huruf a: at most 30 years, ending when opened in an open court session."""
    rule = get_ground("a.3").period
    assert rule.max_years == 30 and rule.ends_when_opened_in_court
    assert all(g.period.max_years is None for g in GROUNDS if g.letter != "a")
    assert all(not g.period.ends_when_opened_in_court for g in GROUNDS if g.letter != "a")


def test_period_c_to_f_set_by_pimpinan():
    """PP 61/2010 Pasal 7 ayat (5): the head sets the period for c-f, and only for them."""
    for g in GROUNDS:
        assert g.period.set_by_pimpinan is (g.letter in "cdef"), g.code


def test_period_j_says_it_is_not_addressed():
    """The gap for huruf j is stated in both languages."""
    rule = get_ground("j").period
    assert "tidak diatur" in rule.note_id and "not addressed" in rule.note_en


def test_texts_present_and_faithful():
    """Every ground has both texts; key statutory words are where the statute has them."""
    for g in GROUNDS:
        assert g.text_id and g.text_en and g.heading_id and g.heading_en
    assert "penegakan hukum" in get_ground("a.1").full_text_id
    assert get_ground("c.6").text_id == "sistem persandian negara"
    assert get_ground("c.7").text_id == "sistem intelijen negara"
    assert "kesehatan fisik, dan psikis" in get_ground("h.2").text_id
    assert "rekening bank" in get_ground("h.3").text_id
    assert "pencetakan uang" in get_ground("e.7").text_id
    assert "korespondensi diplomatik" in get_ground("f.2").text_id
    assert "putusan Komisi Informasi atau pengadilan" in get_ground("i").text_id
    assert "berdasarkan Undang-Undang" in get_ground("j").text_id
    # Huruf g says only "apabila dibuka" (no "dan diberikan kepada Pemohon").
    assert "diberikan kepada Pemohon" not in get_ground("g").text_id
    assert get_ground("b").full_text_id == get_ground("b").text_id


def test_get_ground_accepts_case_and_spaces():
    """get_ground reads "H.2" and " h . 2 " as h.2."""
    assert get_ground("H.2") is get_ground(" h . 2 ") is get_ground("h.2")


@pytest.mark.parametrize("code", ["h", "k", "c.9", "b.1", "", "h.2.1", "17h"])
def test_get_ground_refuses_non_leaves(code):
    """A letter with points, an unknown letter or angka is a KeyError."""
    with pytest.raises(KeyError):
        get_ground(code)


def test_grounds_of_unknown_letter():
    """grounds_of refuses a letter outside a-j."""
    with pytest.raises(KeyError):
        grounds_of("k")


def test_importing_law_is_cheap():
    """`import uji_konsekuensi.law` does not import holidays (nor the calendar)."""
    code = (
        "import sys, uji_konsekuensi.law, uji_konsekuensi.harm; "
        "print('holidays' in sys.modules, 'uji_konsekuensi.calendar' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_public_api_from_package():
    """`from uji_konsekuensi import law` gives GROUNDS and parse_citation."""
    import uji_konsekuensi

    assert uji_konsekuensi.law.GROUNDS is GROUNDS
    assert uji_konsekuensi.law.parse_citation("h.2")[0].ground is get_ground("h.2")


def test_docs_list_every_ground():
    """docs/law.md has a table row for each of the 33 grounds, with its period rule."""
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "law.md").read_text(encoding="utf-8")
    for g in GROUNDS:
        line = next(x for x in docs.splitlines() if x.startswith(f"| `{g.code}` |"))
        assert f"| {str(g.permanent).lower()} |" in line, g.code
