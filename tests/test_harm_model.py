"""The consequence-test models (harm/model.py, harm/period.py)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from uji_konsekuensi.harm import (
    PERIOD_CLASSES,
    AsLongAsNeeded,
    ConsequenceTest,
    ConsequenceTestSheet,
    GroundRef,
    Outcome,
    Penetapan,
    UntilDate,
    UntilEvent,
    YearsFromPenetapan,
)
from uji_konsekuensi.harm.period import add_years
from uji_konsekuensi.law import CitationError


def test_models_are_frozen():
    """Records are immutable value objects."""
    row = ConsequenceTest(information="x", outcome=Outcome.CLOSED)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        row.information = "y"  # type: ignore[misc]  # frozen on purpose


def test_outcome_exempts():
    """Closed and partial withhold something; open does not."""
    assert Outcome.CLOSED.exempts and Outcome.PARTIAL.exempts and not Outcome.OPEN.exempts


def test_ground_ref_from_citation():
    """A citation text becomes a code, keeping the other statute and the text as written."""
    text = "Pasal 17 huruf j UU 14/2008 jo. Pasal 40 UU No. 36 Tahun 1999"
    ref = GroundRef.from_citation(text)
    assert ref == GroundRef(
        ground="j", other_statute="Pasal 40 UU No. 36 Tahun 1999", as_written=text
    )
    assert GroundRef.from_citation("Pasal 17 huruf h").ground == "h"
    assert GroundRef.from_citation("Psl. 17 hrf. c angka 3").ground == "c.3"
    with pytest.raises(CitationError):
        GroundRef.from_citation("Pasal 17 huruf k")


def test_ground_ref_citations():
    """A reference resolves to its grounds, or returns the error for validators."""
    assert [c.code for c in GroundRef(ground="h").citations()] == [f"h.{n}" for n in range(1, 6)]
    assert isinstance(GroundRef(ground="c.9").try_citations(), CitationError)
    resolved = GroundRef(ground="b").try_citations()
    assert not isinstance(resolved, CitationError) and resolved[0].code == "b"


def test_penetapan_rows_and_exempt_rows():
    """A Penetapan lists all rows of its sheets, and the exempt ones for its attachment."""
    closed = ConsequenceTest(information="a", outcome=Outcome.CLOSED)
    opened = ConsequenceTest(information="b", outcome=Outcome.OPEN)
    partial = ConsequenceTest(information="c", outcome=Outcome.PARTIAL)
    pen = Penetapan(
        badan_publik="BKD",
        sheets=(
            ConsequenceTestSheet(badan_publik="BKD", rows=(closed, opened)),
            ConsequenceTestSheet(badan_publik="BKD", rows=(partial,)),
        ),
    )
    assert pen.rows() == (closed, opened, partial)
    assert pen.exempt_rows() == (closed, partial)


def test_period_kinds():
    """The four period classes and their wire tags."""
    assert [c.KIND for c in PERIOD_CLASSES] == [
        "until_date",
        "years",
        "until_event",
        "as_long_as_needed",
    ]


def test_period_end_dates():
    """Each period says when it ends from a Penetapan date (None when open-ended)."""
    start = dt.date(2025, 2, 12)
    assert UntilDate(until=dt.date(2030, 1, 1)).ends_on(start) == dt.date(2030, 1, 1)
    assert YearsFromPenetapan(years=5).ends_on(start) == dt.date(2030, 2, 12)
    assert UntilEvent(event="inkracht").ends_on(start) is None
    assert UntilEvent(event="inkracht", at_most_years=30).ends_on(start) == dt.date(2055, 2, 12)
    assert AsLongAsNeeded(review_on=dt.date(2027, 1, 1)).ends_on(start) is None


def test_add_years_leap_day():
    """29 February plus a year is 28 February; plus four years stays 29 February."""
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
    assert add_years(dt.date(2024, 2, 29), 4) == dt.date(2028, 2, 29)
