"""The period as written (``as_written``, printed on the Lembar, the Penetapan and the DIK) states
the structured period: harm/validate/period_text reads it, exemption_period compares it.

``harm.period.as_written_mismatch`` (error) and ``harm.period.over_30_years`` at
``period.as_written`` (PP 61/2010 Pasal 5 ayat (1)).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.harm import (
    AsLongAsNeeded,
    ConsequenceTest,
    ExemptionPeriod,
    GroundRef,
    Outcome,
    UntilDate,
    UntilEvent,
    YearsFromPenetapan,
    validate,
)
from uji_konsekuensi.harm.validate.period_text import stated_counts, stated_dates, words_value

TESTED_ON = dt.date(2025, 4, 9)
FIVE_YEARS = YearsFromPenetapan(years=5, as_written="5 (lima) tahun sejak ditetapkan")
ROW = ConsequenceTest(
    information="Laporan hasil asesmen kompetensi perorangan pejabat administrator Tahun 2024",
    outcome=Outcome.CLOSED,
    grounds=(GroundRef(ground="h.4"),),
    period=FIVE_YEARS,
)


def on_text(period: ExemptionPeriod, ground: str = "h.4") -> list[Finding]:
    """The findings at ``period.as_written`` of a closed item with this period and ground."""
    row = attrs.evolve(ROW, period=period, grounds=(GroundRef(ground=ground),))
    return [
        f
        for f in validate(row, tested_on=TESTED_ON)
        if f.field is not None and f.field.endswith("period.as_written")
    ]


def test_a_text_that_states_the_structured_period_agrees() -> None:
    assert on_text(FIVE_YEARS) == []
    assert on_text(YearsFromPenetapan(years=5, as_written="enam puluh (60) bulan")) == []
    assert on_text(UntilDate(until=dt.date(2030, 12, 31), as_written="s.d. 31-12-2030")) == []
    assert (
        on_text(UntilEvent(event="putusan", at_most_years=2, as_written="paling lama dua tahun"))
        == []
    )


def test_thirty_years_written_as_three_hundred_is_a_mismatch() -> None:
    (found,) = on_text(YearsFromPenetapan(years=30, as_written="300 (tiga ratus) tahun"))
    assert found.code == "harm.period.as_written_mismatch"
    assert found.severity is Severity.ERROR and found.field == "period.as_written"
    assert found.basis.startswith("PERKI 1/2021 Pasal 49 ayat (5) huruf e")


def test_a_huruf_a_text_beyond_thirty_years_is_over_the_cap() -> None:
    found = on_text(YearsFromPenetapan(years=30, as_written="300 (tiga ratus) tahun"), "a.1")
    assert sorted(f.code for f in found) == [
        "harm.period.as_written_mismatch",
        "harm.period.over_30_years",
    ]
    cap = next(f for f in found if f.code == "harm.period.over_30_years")
    assert "PP 61/2010 Pasal 5 ayat (1)" in cap.basis and "300 (tiga ratus) tahun" in cap.message_en


def test_a_huruf_a_cap_within_thirty_years_as_written_is_no_finding() -> None:
    period = UntilEvent(
        event="putusan", at_most_years=30, as_written="paling lama 30 (tiga puluh) tahun"
    )
    assert on_text(period, "a.1") == []


@pytest.mark.parametrize(
    "period",
    [
        YearsFromPenetapan(years=5, as_written="5 (lima puluh) tahun"),
        YearsFromPenetapan(years=5, as_written="lima puluh tahun sejak ditetapkan"),
        UntilEvent(event="putusan", as_written="sampai putusan, paling lama 2 tahun"),
        UntilEvent(event="putusan", at_most_years=3, as_written="paling lama 30 tahun"),
        UntilDate(until=dt.date(2030, 12, 31), as_written="sampai dengan 31 Desember 2031"),
        AsLongAsNeeded(review_on=dt.date(2027, 4, 9), as_written="Dikecualikan untuk selamanya"),
    ],
    ids=[
        "digits-vs-words",
        "other-years",
        "cap-not-structured",
        "other-cap",
        "other-date",
        "for-ever",
    ],
)
def test_a_text_stating_another_period_is_a_mismatch(period: ExemptionPeriod) -> None:
    assert [f.code for f in on_text(period)] == ["harm.period.as_written_mismatch"]


@pytest.mark.parametrize(
    "period",
    [
        UntilEvent(event="putusan", as_written="Sampai putusan berkekuatan hukum tetap"),
        AsLongAsNeeded(
            review_on=dt.date(2027, 4, 9),
            as_written="Selama berstatus ASN; ditinjau kembali 2 (dua) tahun sekali",
        ),
        YearsFromPenetapan(years=5, as_written="5 tahun menurut UU Nomor 43 Tahun 2009"),
        YearsFromPenetapan(years=5, as_written="selama-lamanya 5 (lima) tahun"),
        YearsFromPenetapan(years=5),
    ],
    ids=["no-count", "review-interval", "statute-year", "at-most", "no-text"],
)
def test_a_text_stating_no_other_period_is_no_finding(period: ExemptionPeriod) -> None:
    assert on_text(period) == []


def test_the_text_is_read_as_official_texts_write_numbers_and_dates() -> None:
    counts = stated_counts("300 (tiga ratus) tahun; ditinjau kembali setiap 2 (dua) tahun")
    assert [(c.value, c.digits, c.words) for c in counts] == [(300, 300, 300), (2, 2, 2)]
    assert [c.value for c in stated_counts("tiga puluh (30) tahun")] == [30]
    assert [c.value for c in stated_counts("paling lama se puluh tahun")] == [10]
    assert stated_counts("Nomor 43 Tahun 2009; Semester I Tahun 2025") == ()
    assert stated_counts("30 (tiga ratus) tahun")[0].self_contradicting
    assert words_value("dua ribu dua puluh lima") == 2025 and words_value("tahun") is None
    assert stated_dates("s.d. 31 Desember 2030 atau 2031-01-02 atau 05/01/2032") == (
        dt.date(2030, 12, 31),
        dt.date(2031, 1, 2),
        dt.date(2032, 1, 5),
    )
