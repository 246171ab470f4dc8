"""The restatement heuristic (harm/restatement.py): a consequence that only repeats its ground."""

from __future__ import annotations

import difflib
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi.harm import RestatementSettings, measure, restatement
from uji_konsekuensi.harm.restatement import content_stems, stem
from uji_konsekuensi.law import GROUNDS, get_ground


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


# --- the fast path gives difflib's answer ---------------------------------------------------


def _difflib_measure(consequence, ground_texts, references=(), settings=None):
    """The heuristic written directly with difflib, as the module documents it (no caches)."""
    settings = settings or RestatementSettings()
    grounds = [content_stems(t) for t in ground_texts if t]
    known = {s for stems in grounds for s in stems}
    known.update(s for t in references if t for s in content_stems(t))
    stems = content_stems(consequence)
    new = tuple(dict.fromkeys(s for s in stems if s not in known))
    compared = stems[:300]
    few_new = len(new) < settings.min_new_words
    best = 0.0
    for g in grounds:
        if not compared or not g:
            continue
        matcher = difflib.SequenceMatcher(None, compared, g, autojunk=False)
        value = matcher.ratio()
        if not few_new and matcher.quick_ratio() < settings.max_similarity:
            value = matcher.quick_ratio()
        best = max(best, value)
    restates = few_new or best >= settings.max_similarity
    return new, round(best, 3), restates


_CODES = [g.code for g in GROUNDS]
_WORDS = sorted(
    {w for g in GROUNDS for w in g.full_text_id.split()}
    | {"pegawai", "stigma", "diskriminasi", "penipuan", "rekening", "pelapor", "diintimidasi"}
)


@settings(max_examples=300, deadline=None)
@given(
    codes=st.lists(st.sampled_from(_CODES), min_size=1, max_size=3),
    words=st.lists(st.sampled_from(_WORDS), max_size=80),
    copied=st.booleans(),
    min_new=st.integers(min_value=0, max_value=8),
    threshold=st.floats(min_value=0.0, max_value=1.0),
)
def test_measure_equals_difflib(codes, words, copied, min_new, threshold):
    """new words, similarity and verdict equal difflib's on the same stems, for any thresholds."""
    grounds = [get_ground(c) for c in codes]
    text = " ".join(words)
    if copied:
        text = grounds[0].full_text_id + " " + text
    texts = [g.full_text_id for g in grounds]
    refs = [t for g in grounds for t in (g.full_text_en, g.citation)]
    tuned = RestatementSettings(min_new_words=min_new, max_similarity=threshold)
    result = measure(text, texts, refs, tuned)
    assert (result.new_words, result.similarity, result.restates) == _difflib_measure(
        text, texts, refs, tuned
    )


def _plain_content_stems(text):
    """content_stems as the module documents it: fold, find [a-z0-9]+ runs, drop, stem, drop."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)
    )
    out = []
    for word in re.findall(r"[a-z0-9]+", folded):
        if word.isdigit() or len(word) < 2 or word in restatement._STOP:
            continue
        if stem(word) not in restatement._STOP_STEMS:
            out.append(stem(word))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("abcdeghikmnprstuyAKPU019 .,;-_/()\n\téÉàñßΩ€"))
    | st.lists(st.sampled_from(_WORDS)).map(" ".join)
)
def test_content_stems_equals_plain_reading(text):
    """The cached, ASCII-fast word reading gives the plain reading's stems for any text."""
    assert content_stems(text) == _plain_content_stems(text)
