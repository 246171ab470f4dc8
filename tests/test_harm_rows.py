"""Validation rules of one tested item (harm/validate/row.py and the modules it runs): each rule
failing and passing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.harm import (
    AsLongAsNeeded,
    Consent,
    ConsequenceTest,
    GroundRef,
    Outcome,
    Role,
    SourceDocument,
    UntilDate,
    UntilEvent,
    ValidationSettings,
    WithheldPart,
    YearsFromPenetapan,
    validate,
)
from uji_konsekuensi.harm.restatement import RestatementSettings
from uji_konsekuensi.law import NeverExemptKind

TESTED = dt.date(2025, 2, 10)
OPENING = (
    "Resume medis memuat diagnosis dan terapi kejiwaan pegawai; bila dibuka pegawai dapat "
    "mengalami stigma, diskriminasi dalam promosi jabatan, dan tekanan psikis."
)
CLOSING = (
    "Menutup resume medis melindungi martabat pegawai; akuntabilitas cuti tetap terjaga karena "
    "keputusan cuti tetap terbuka."
)
BASE = ConsequenceTest(
    information="Resume medis PNS yang dilampirkan pada usul cuti sakit",
    outcome=Outcome.CLOSED,
    documents=(SourceDocument(title="Berkas usul cuti sakit PNS Tahun 2024"),),
    holder="Bidang Mutasi dan Promosi",
    grounds=(GroundRef(ground="h.2", as_written="Pasal 17 huruf h angka 2 UU 14/2008"),),
    consequence_of_opening=OPENING,
    consideration_of_closing=CLOSING,
    period=AsLongAsNeeded(review_on=dt.date(2027, 2, 10)),
)
# A valid law-enforcement item (huruf a) and a valid huruf j item, to vary.
A2 = attrs.evolve(
    BASE,
    information="Identitas pelapor dugaan pungutan liar dalam seleksi PPPK",
    grounds=(GroundRef(ground="a.2"),),
    consequence_of_opening=(
        "Pelapor akan dikenali oleh pejabat terlapor sehingga berisiko diintimidasi, dimutasi "
        "sepihak, dan saksi lain enggan memberi keterangan kepada penyidik."
    ),
    period=YearsFromPenetapan(years=10),
)
J = attrs.evolve(
    BASE,
    information="Rekaman penyadapan percakapan telepon terlapor",
    grounds=(GroundRef(ground="j", other_statute="Pasal 40 UU No. 36 Tahun 1999"),),
    consequence_of_opening=(
        "Isi percakapan pribadi pihak ketiga yang ikut terekam tersebar, melanggar kerahasiaan "
        "komunikasi mereka dan merusak pembuktian perkara yang masih berjalan."
    ),
)


def run(
    row: ConsequenceTest,
    *,
    tested_on: dt.date | None = TESTED,
    role: Role | None = Role.PIMPINAN,
    settings: ValidationSettings | None = None,
) -> list[Finding]:
    return list(validate(row, settings, tested_on=tested_on, approval_role=role))


def codes(row: ConsequenceTest, **kwargs: Any) -> list[str]:
    return [f.code for f in run(row, **kwargs)]


def only(row: ConsequenceTest, code: str, **kwargs: Any) -> Finding:
    found = [f for f in run(row, **kwargs) if f.code == code]
    assert len(found) == 1, codes(row, **kwargs)
    return found[0]


def test_valid_items_have_no_findings():
    """The well-formed h.2, a.2 and j items give no findings."""
    assert codes(BASE) == []
    assert codes(A2) == []
    assert codes(J) == []


def test_findings_are_bilingual_and_cite_their_basis():
    """Every finding has both languages, a basis with a Pasal, and a field path."""
    bad = attrs.evolve(BASE, consequence_of_opening="", period=None, grounds=())
    for finding in run(bad):
        assert finding.message and finding.message_en and finding.message != finding.message_en
        assert "Pasal" in finding.basis or "Lampiran" in finding.basis
        assert finding.field


# --- what is tested -------------------------------------------------------------------------


def test_information_missing():
    """A blank description is an error; any description passes."""
    f = only(attrs.evolve(BASE, information="  "), "harm.information.missing")
    assert f.severity is Severity.ERROR and f.field == "information"
    assert "harm.information.missing" not in codes(BASE)


def test_documents_missing():
    """No document named is a warning (Pasal 49 ayat (2) huruf a)."""
    f = only(attrs.evolve(BASE, documents=()), "harm.documents.missing")
    assert f.severity is Severity.WARNING and "49 ayat (2) huruf a" in f.basis
    assert "harm.documents.missing" not in codes(BASE)


def test_holder_missing():
    """The unit holding the information must be named (warning)."""
    f = only(attrs.evolve(BASE, holder=None), "harm.holder.missing")
    assert f.severity is Severity.WARNING
    assert "harm.holder.missing" not in codes(BASE)


# --- grounds --------------------------------------------------------------------------------


def test_grounds_missing():
    """Withholding with no ground is an error; an opened item needs none."""
    f = only(attrs.evolve(BASE, grounds=()), "harm.grounds.missing")
    assert f.severity is Severity.ERROR and f.field == "grounds"
    opened = attrs.evolve(BASE, grounds=(), outcome=Outcome.OPEN, period=None)
    assert "harm.grounds.missing" not in codes(opened)


@pytest.mark.parametrize(
    ("ground", "nearest"),
    [("Pasal 17 huruf k", "j, i"), ("c.9", "c.1, c.2"), ("huruf c angka 9", "c.7")],
)
def test_ground_unknown(ground, nearest):
    """A ground that does not exist is an error naming the nearest grounds."""
    f = only(attrs.evolve(BASE, grounds=(GroundRef(ground=ground),)), "law.ground.unknown")
    assert f.severity is Severity.ERROR
    assert f.field == "grounds[0].ground"
    assert nearest in f.message and nearest in f.message_en


def test_ground_accepts_citation_text():
    """The ground field may hold a citation as written; it resolves like a code."""
    row = attrs.evolve(BASE, grounds=(GroundRef(ground="Pasal 17 huruf h angka 2 UU KIP"),))
    assert codes(row) == []


def test_withheld_part_ground_checked():
    """A blacked-out part's own ground is resolved too."""
    part = WithheldPart(part="Diagnosis", reason="Rahasia pribadi", ground=GroundRef(ground="k"))
    row = attrs.evolve(BASE, outcome=Outcome.PARTIAL, withheld_parts=(part,), released="Sisanya")
    f = only(row, "law.ground.unknown")
    assert f.field == "withheld_parts[0].ground.ground"
    good = attrs.evolve(row, withheld_parts=(attrs.evolve(part, ground=GroundRef(ground="h.2")),))
    assert codes(good) == []


def test_letter_only():
    """ "Pasal 17 huruf h" without angka is a warning; a letter without points is fine."""
    row = attrs.evolve(BASE, grounds=(GroundRef(ground="Pasal 17 huruf h"),))
    f = only(row, "law.ground.letter_only")
    assert f.severity is Severity.WARNING and "h" in f.message
    b = attrs.evolve(BASE, grounds=(GroundRef(ground="b", as_written="Pasal 17 huruf b"),))
    assert "law.ground.letter_only" not in codes(b)


def test_mismatch_between_code_and_as_written():
    """A code that differs from the basis as written is an error (what is printed is not what is
    checked); the same ground written less precisely is a warning; a match passes."""
    row = attrs.evolve(
        BASE, grounds=(GroundRef(ground="h.2", as_written="Pasal 17 huruf h angka 3"),)
    )
    f = only(row, "law.ground.mismatch")
    assert f.field == "grounds[0].as_written" and f.severity is Severity.ERROR
    other_letter = attrs.evolve(
        BASE, grounds=(GroundRef(ground="c", as_written="Pasal 17 huruf h angka 2"),)
    )
    assert only(other_letter, "law.ground.mismatch").severity is Severity.ERROR
    vaguer = attrs.evolve(BASE, grounds=(GroundRef(ground="h.2", as_written="Pasal 17 huruf h"),))
    assert only(vaguer, "law.ground.mismatch").severity is Severity.WARNING
    unreadable = attrs.evolve(BASE, grounds=(GroundRef(ground="h.2", as_written="rahasia"),))
    assert "law.ground.mismatch" not in codes(unreadable)


def test_duplicate_ground():
    """The same ground cited twice is reported (info)."""
    row = attrs.evolve(BASE, grounds=(GroundRef(ground="h.2"), GroundRef(ground="Pasal 17 h.2")))
    f = only(row, "law.ground.duplicate")
    assert f.severity is Severity.INFO and f.field == "grounds[1]"
    two = attrs.evolve(BASE, grounds=(GroundRef(ground="h.2"), GroundRef(ground="h.1")))
    assert "law.ground.duplicate" not in codes(two)


def test_j_without_other_statute():
    """Huruf j without the other statute is an error."""
    row = attrs.evolve(J, grounds=(GroundRef(ground="j", as_written="Pasal 17 huruf j UU KIP"),))
    f = only(row, "law.ground.other_statute_missing")
    assert f.severity is Severity.ERROR and f.field == "grounds[0].other_statute"


@pytest.mark.parametrize(
    "ref",
    [
        GroundRef(ground="Pasal 17 huruf j UU KIP jo. Pasal 40 UU No. 36 Tahun 1999"),
        GroundRef(
            ground="j", as_written="Pasal 17 huruf j UU 14/2008 jo. Pasal 40 UU No. 36 Tahun 1999"
        ),
        GroundRef(ground="j", other_statute="Pasal 40 UU No. 36 Tahun 1999"),
    ],
)
def test_j_other_statute_found_anywhere(ref):
    """The other statute may be in other_statute, in the ground text, or in as_written."""
    assert codes(attrs.evolve(J, grounds=(ref,))) == []


@pytest.mark.parametrize(
    ("other", "code", "severity"),
    [
        ("rahasia negara", "law.ground.other_statute_unreadable", Severity.WARNING),
        ("Pasal 5 Permendagri No. 3 Tahun 2017", "law.ground.other_statute_not_uu", Severity.ERROR),
        ("Pasal 6 UU No. 14 Tahun 2008", "law.ground.other_statute_not_uu", Severity.ERROR),
        (
            "UU No. 36 Tahun 1999 tentang Telekomunikasi",
            "law.ground.other_statute_no_article",
            Severity.WARNING,
        ),
    ],
)
def test_j_other_statute_quality(other, code, severity):
    """The other statute must be readable, another Undang-Undang, with its Pasal."""
    row = attrs.evolve(J, grounds=(GroundRef(ground="j", other_statute=other),))
    f = only(row, code)
    assert f.severity is severity


def test_j_other_statute_perppu_accepted():
    """A Perppu has the rank of an Undang-Undang."""
    row = attrs.evolve(
        J, grounds=(GroundRef(ground="j", other_statute="Pasal 3 Perppu No. 1 Tahun 2020"),)
    )
    assert codes(row) == []


# --- Pasal 18 ayat (1) ------------------------------------------------------------------------


def test_never_exempt_kind_closed_is_error():
    """An item marked as a Pasal 18 ayat (1) kind cannot be closed."""
    row = attrs.evolve(BASE, never_exempt_kind=NeverExemptKind.COURT_DECISION)
    f = only(row, "harm.pasal18.never_exempt")
    assert f.severity is Severity.ERROR and f.basis == "UU 14/2008 Pasal 18 ayat (1) huruf a"


def test_never_exempt_kind_partial_is_warning_and_open_is_fine():
    """Blacking out parts of such an item is a warning; opening it is fine."""
    part = WithheldPart(
        part="NIK para pihak", reason="Data pribadi", ground=GroundRef(ground="h.1")
    )
    partial = attrs.evolve(
        BASE,
        outcome=Outcome.PARTIAL,
        never_exempt_kind=NeverExemptKind.POLICY,
        withheld_parts=(part,),
        released="Isi keputusan",
    )
    assert only(partial, "harm.pasal18.never_exempt").severity is Severity.WARNING
    opened = attrs.evolve(
        BASE, outcome=Outcome.OPEN, period=None, never_exempt_kind=NeverExemptKind.POLICY
    )
    assert "harm.pasal18.never_exempt" not in codes(opened)


def test_possible_pasal18_kind():
    """An item that looks like a decision is flagged for review; a medical record is not."""
    row = attrs.evolve(BASE, information="Putusan PTUN Palangka Raya atas gugatan mutasi pegawai")
    f = only(row, "harm.pasal18.possible")
    assert f.severity is Severity.WARNING and f.field == "information"
    doc = attrs.evolve(BASE, documents=(SourceDocument(title="Surat Edaran Sekda tentang Cuti"),))
    assert only(doc, "harm.pasal18.possible").field == "documents[0].title"
    assert "harm.pasal18.possible" not in codes(BASE)


# --- Pasal 18 ayat (2): consent and public office ------------------------------------------


def test_consent_lifts_h():
    """Written consent recorded on an h item is an error on that ground."""
    row = attrs.evolve(BASE, consent=Consent(given_by="Sdr. Bagus", date=dt.date(2025, 2, 1)))
    f = only(row, "harm.consent.lifts")
    assert f.severity is Severity.ERROR and f.field == "grounds[0]" and "Bagus" in f.message


def test_public_office_lifts_g():
    """A public-office role lifts huruf g too."""
    row = attrs.evolve(BASE, grounds=(GroundRef(ground="g"),), public_office="Bupati Kutai Timur")
    assert "jabatan publik" in only(row, "harm.consent.lifts").message


def test_consent_does_not_lift_other_grounds():
    """Consent does not touch a j or a.2 ground, nor an opened item."""
    assert "harm.consent.lifts" not in codes(attrs.evolve(J, consent=Consent(given_by="X")))
    assert "harm.consent.lifts" not in codes(attrs.evolve(A2, public_office="Kepala Dinas"))
    opened = attrs.evolve(BASE, outcome=Outcome.OPEN, period=None, consent=Consent(given_by="X"))
    assert "harm.consent.lifts" not in codes(opened)


# --- the balancing ------------------------------------------------------------------------


def test_consequence_missing():
    """No Dibuka text is an error when withholding, a warning when opening."""
    f = only(attrs.evolve(BASE, consequence_of_opening=None), "harm.consequence.missing")
    assert f.severity is Severity.ERROR and f.field == "consequence_of_opening"
    opened = attrs.evolve(BASE, outcome=Outcome.OPEN, period=None, consequence_of_opening=" ")
    assert only(opened, "harm.consequence.missing").severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "Dapat mengungkap rahasia pribadi sebagaimana Pasal 17 huruf h angka 2 UU KIP",
        "Riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang",
        "Informasi ini merupakan rahasia pribadi yaitu riwayat kesehatan seseorang",
        "Melanggar privasi pegawai",
    ],
)
def test_consequence_restates_ground(text):
    """A Dibuka column that repeats the ground (or adds next to nothing) is an error."""
    f = only(attrs.evolve(BASE, consequence_of_opening=text), "harm.consequence.restates_ground")
    assert f.severity is Severity.ERROR
    assert "kata baru" in f.message and "new words" in f.message_en


def test_restatement_threshold_is_a_parameter():
    """A lenient setting accepts a short consequence the default refuses."""
    row = attrs.evolve(BASE, consequence_of_opening="Melanggar privasi pegawai")
    lenient = ValidationSettings(restatement=RestatementSettings(min_new_words=2))
    assert "harm.consequence.restates_ground" not in codes(row, settings=lenient)
    strict = ValidationSettings(restatement=RestatementSettings(min_new_words=40))
    assert "harm.consequence.restates_ground" in codes(BASE, settings=strict)


def test_closing_missing():
    """No Ditutup text is an error when withholding (one-sided balancing)."""
    f = only(attrs.evolve(BASE, consideration_of_closing=""), "harm.balance.closing_missing")
    assert f.severity is Severity.ERROR and f.field == "consideration_of_closing"


def test_identical_sides():
    """The same text in Dibuka and Ditutup is a warning."""
    row = attrs.evolve(BASE, consideration_of_closing=OPENING.upper())
    assert only(row, "harm.balance.identical").severity is Severity.WARNING


# --- partial exemption ------------------------------------------------------------------------

PART = WithheldPart(
    part="Diagnosis dan catatan terapi pada halaman 2", reason="Rahasia kesehatan pegawai"
)
PARTIAL = attrs.evolve(
    BASE, outcome=Outcome.PARTIAL, withheld_parts=(PART,), released="Tanggal dan lama cuti sakit"
)


def test_valid_partial():
    """A partial exemption naming its parts, reasons and what is given passes."""
    assert codes(PARTIAL) == []


def test_partial_without_parts():
    """Partial with nothing blacked out is an error."""
    f = only(attrs.evolve(PARTIAL, withheld_parts=()), "harm.partial.no_parts")
    assert f.severity is Severity.ERROR


def test_partial_part_without_reason():
    """Each blacked-out part needs a reason."""
    row = attrs.evolve(PARTIAL, withheld_parts=(attrs.evolve(PART, reason=None),))
    assert only(row, "harm.partial.reason_missing").field == "withheld_parts[0].reason"


@pytest.mark.parametrize(
    "part",
    [
        "Seluruh dokumen",
        "semua halaman",
        "Berkas usul cuti sakit PNS Tahun 2024",
        "Resume medis PNS yang dilampirkan pada usul cuti sakit",
        "dokumen secara utuh",
    ],
)
def test_partial_withholding_whole_document(part):
    """A "part" that is the whole document is an error (Pasal 50 ayat (3))."""
    row = attrs.evolve(PARTIAL, withheld_parts=(attrs.evolve(PART, part=part),))
    f = only(row, "harm.partial.whole_document")
    assert f.basis == "PERKI 1/2021 Pasal 50 ayat (3)"


def test_partial_releasing_nothing():
    """ "Yang diberikan: tidak ada" withholds the whole document too."""
    row = attrs.evolve(PARTIAL, released="Tidak ada")
    assert only(row, "harm.partial.whole_document").field == "released"


def test_partial_released_missing():
    """Not stating what is still given is a warning (Pasal 22 ayat (7) huruf d)."""
    assert only(attrs.evolve(PARTIAL, released=None), "harm.partial.released_missing")


def test_parts_on_a_closed_item():
    """Parts recorded on a closed item are a warning."""
    row = attrs.evolve(BASE, withheld_parts=(PART,))
    assert only(row, "harm.partial.parts_not_partial").severity is Severity.WARNING


# --- the period -----------------------------------------------------------------------------


def test_period_missing_for_a_to_f():
    """A huruf a-f exemption without a period is an error."""
    f = only(attrs.evolve(A2, period=None), "harm.period.missing")
    assert f.severity is Severity.ERROR and "huruf a" in f.message


def test_period_unstated_for_g_to_j():
    """A g-j exemption without a period is a warning, not an error."""
    f = only(attrs.evolve(BASE, period=None), "harm.period.unstated")
    assert f.severity is Severity.WARNING


def test_period_on_open():
    """An opened item with a period is a warning; without one it passes."""
    opened = attrs.evolve(BASE, outcome=Outcome.OPEN)
    assert only(opened, "harm.period.on_open").severity is Severity.WARNING
    assert codes(attrs.evolve(opened, period=None)) == []


@pytest.mark.parametrize(
    ("period", "field"),
    [
        (YearsFromPenetapan(years=0), "period.years"),
        (UntilEvent(event=" "), "period.event"),
        (UntilEvent(event="Putusan inkracht", at_most_years=0), "period.at_most_years"),
    ],
)
def test_period_invalid(period, field):
    """Zero years or an empty event is an invalid period."""
    f = only(attrs.evolve(BASE, period=period), "harm.period.invalid")
    assert f.field == field


def test_period_already_ended():
    """A period ending on or before the test date is an error; a later one passes."""
    row = attrs.evolve(BASE, period=UntilDate(until=TESTED))
    assert only(row, "harm.period.already_ended").field == "period.until"
    assert codes(attrs.evolve(BASE, period=UntilDate(until=dt.date(2026, 1, 1)))) == []


def test_review_date():
    """ "As long as needed" wants a later review date; the check can be switched off."""
    row = attrs.evolve(BASE, period=AsLongAsNeeded())
    assert only(row, "harm.period.review_missing").severity is Severity.WARNING
    off = ValidationSettings(require_review_date=False)
    assert codes(row, settings=off) == []
    past = attrs.evolve(BASE, period=AsLongAsNeeded(review_on=dt.date(2025, 1, 1)))
    assert only(past, "harm.period.review_past").field == "period.review_on"


@pytest.mark.parametrize(
    ("period", "field"),
    [
        (YearsFromPenetapan(years=31), "period.years"),
        (UntilEvent(event="Perkara diputus", at_most_years=40), "period.at_most_years"),
        (UntilDate(until=dt.date(2055, 2, 11)), "period.until"),
    ],
)
def test_huruf_a_over_30_years(period, field):
    """Huruf a lasts at most 30 years (PP 61/2010 Pasal 5 ayat (1))."""
    f = only(attrs.evolve(A2, period=period), "harm.period.over_30_years")
    assert f.severity is Severity.ERROR and f.field == field


@pytest.mark.parametrize(
    "period",
    [
        YearsFromPenetapan(years=30),
        UntilEvent(event="Perkara diputus", at_most_years=30),
        UntilDate(until=dt.date(2055, 2, 10)),
    ],
)
def test_huruf_a_thirty_years_exactly(period):
    """Exactly 30 years is allowed."""
    assert codes(attrs.evolve(A2, period=period)) == []


def test_thirty_years_only_for_a():
    """50 years on an h item is not an over-30 error."""
    assert "harm.period.over_30_years" not in codes(
        attrs.evolve(BASE, period=YearsFromPenetapan(years=50))
    )


def test_huruf_a_uncapped():
    """Huruf a "as long as needed", or until an event with no cap, is a warning."""
    for period in (AsLongAsNeeded(review_on=dt.date(2027, 1, 1)), UntilEvent(event="Inkracht")):
        assert only(attrs.evolve(A2, period=period), "harm.period.uncapped")


def test_period_basis_for_b_g_i():
    """For b, g, i the period follows another law: its basis should be named."""
    memo = attrs.evolve(
        BASE,
        grounds=(GroundRef(ground="i"),),
        period=UntilEvent(event="Keputusan ditetapkan"),
    )
    assert only(memo, "harm.period.basis_missing").field == "period.basis"
    named = attrs.evolve(memo, period=UntilEvent(event="Keputusan", basis="UU 43/2009"))
    assert codes(named) == []


def test_period_c_to_f_set_by_pimpinan():
    """For c-f the head sets the period: approval by the atasan PPID is a warning."""
    row = attrs.evolve(
        BASE,
        grounds=(GroundRef(ground="e.4"),),
        period=UntilDate(until=dt.date(2026, 6, 30)),
    )
    assert only(row, "harm.period.set_by_pimpinan", role=Role.ATASAN_PPID)
    assert codes(row, role=Role.PIMPINAN) == []
    assert "harm.period.set_by_pimpinan" not in codes(BASE, role=Role.ATASAN_PPID)


# --- Pasal 19 -------------------------------------------------------------------------------


def test_test_after_exemption():
    """A test dated after the item was already treated as exempt is an error (Pasal 19)."""
    row = attrs.evolve(BASE, exempt_since=dt.date(2025, 1, 5))
    f = only(row, "harm.test.after_exemption")
    assert f.severity is Severity.ERROR and f.basis.startswith("UU 14/2008 Pasal 19")
    assert codes(attrs.evolve(BASE, exempt_since=TESTED)) == []
    assert codes(row, tested_on=None) == []
