"""The wire format of the harm models: lossless JSON round trip, unknown keys refused, and one
InputError listing every problem of a malformed record with its JSON path."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi import converter
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.harm import (
    AsLongAsNeeded,
    Consent,
    ConsequenceTest,
    ConsequenceTestSheet,
    GroundRef,
    Official,
    Outcome,
    Penetapan,
    Role,
    Signature,
    SourceDocument,
    TestStage,
    UntilDate,
    UntilEvent,
    WithheldPart,
    YearsFromPenetapan,
)
from uji_konsekuensi.law import NeverExemptKind

# Any text the wire format accepts: every Unicode character but the controls it refuses and lone
# surrogates (uji_konsekuensi.jsonio); dates in the years the calendar covers (limits).
text = st.text(
    alphabet=st.characters(
        exclude_categories=("Cs",),
        exclude_characters="".join(map(chr, [*range(9), *range(14, 32), 127])),
    ),
    max_size=30,
)
opt_text = st.none() | text
dates = st.dates(dt.date(1946, 1, 1), dt.date(2100, 12, 31))
opt_date = st.none() | dates


def tuples(strategy: st.SearchStrategy, max_size: int = 3) -> st.SearchStrategy:
    return st.lists(strategy, max_size=max_size).map(tuple)


ground_refs = st.builds(GroundRef, ground=text, other_statute=opt_text, as_written=opt_text)
periods = st.one_of(
    st.builds(UntilDate, until=dates, as_written=opt_text, basis=opt_text),
    st.builds(YearsFromPenetapan, years=st.integers(-5, 200), as_written=opt_text, basis=opt_text),
    st.builds(
        UntilEvent,
        event=text,
        at_most_years=st.none() | st.integers(0, 100),
        as_written=opt_text,
        basis=opt_text,
    ),
    st.builds(AsLongAsNeeded, review_on=opt_date, as_written=opt_text, basis=opt_text),
)
documents = st.builds(
    SourceDocument,
    title=text,
    number=opt_text,
    date=opt_date,
    place=opt_text,
    responsible=opt_text,
    form=opt_text,
    retention=opt_text,
)
roles = st.sampled_from(Role)
officials = st.builds(
    Official, name=text, position=opt_text, unit=opt_text, nip=opt_text, role=st.none() | roles
)
signatures = st.builds(
    Signature, role=roles, name=text, position=opt_text, nip=opt_text, date=opt_date, place=opt_text
)
rows = st.builds(
    ConsequenceTest,
    information=text,
    outcome=st.sampled_from(Outcome),
    documents=tuples(documents),
    holder=opt_text,
    grounds=tuples(ground_refs),
    consequence_of_opening=opt_text,
    consideration_of_closing=opt_text,
    withheld_parts=tuples(
        st.builds(WithheldPart, part=text, reason=opt_text, ground=st.none() | ground_refs)
    ),
    released=opt_text,
    period=st.none() | periods,
    consent=st.none() | st.builds(Consent, given_by=text, date=opt_date, document=opt_text),
    public_office=opt_text,
    exempt_since=opt_date,
    never_exempt_kind=st.none() | st.sampled_from(NeverExemptKind),
    note=opt_text,
)
sheets = st.builds(
    ConsequenceTestSheet,
    badan_publik=text,
    rows=tuples(rows),
    number=opt_text,
    unit=opt_text,
    place=opt_text,
    date=opt_date,
    stage=st.none() | st.sampled_from(TestStage),
    request_number=opt_text,
    dispute_register=opt_text,
    participants=tuples(officials),
    approval=st.none() | signatures,
)
penetapans = st.builds(
    Penetapan,
    badan_publik=text,
    sheets=tuples(sheets, max_size=2),
    number=opt_text,
    unit=opt_text,
    ppid=st.none() | officials,
    place=opt_text,
    date=opt_date,
    menimbang=tuples(text),
    mengingat=tuples(text),
    signature=st.none() | signatures,
)


@settings(max_examples=150, deadline=None)
@given(penetapans)
def test_penetapan_round_trips_through_json(record):
    """Every Penetapan (with every nested model) survives JSON text and back unchanged."""
    assert converter.loads(converter.dumps(record), Penetapan) == record


@settings(max_examples=150, deadline=None)
@given(sheets)
def test_sheet_round_trips_through_json(record):
    """Every Lembar survives JSON text and back unchanged."""
    assert converter.loads(converter.dumps(record), ConsequenceTestSheet) == record


@given(rows)
def test_row_round_trips(record):
    """Every tested item survives unstructure/structure unchanged."""
    assert converter.structure(converter.unstructure(record), ConsequenceTest) == record


@given(periods)
def test_period_carries_its_kind_tag(period):
    """A period is written with "kind" set to its class's KIND, and read back by it."""
    row = ConsequenceTest(information="x", outcome=Outcome.CLOSED, period=period)
    data = converter.unstructure(row)
    assert data["period"]["kind"] == type(period).KIND
    assert converter.structure(data, ConsequenceTest).period == period


def test_wire_shape_is_plain_json():
    """Dates as ISO strings, enums by value, grounds as objects with a "ground" code."""
    row = ConsequenceTest(
        information="Resume medis",
        outcome=Outcome.PARTIAL,
        grounds=(GroundRef(ground="h.2", as_written="Pasal 17 huruf h angka 2 UU KIP"),),
        period=UntilDate(until=dt.date(2030, 12, 31)),
        never_exempt_kind=None,
    )
    data = json.loads(converter.dumps(row))
    assert data["outcome"] == "partial"
    assert data["grounds"] == [
        {"ground": "h.2", "other_statute": None, "as_written": "Pasal 17 huruf h angka 2 UU KIP"}
    ]
    assert data["period"] == {
        "kind": "until_date",
        "until": "2030-12-31",
        "as_written": None,
        "basis": None,
    }


def test_minimal_input_uses_defaults():
    """Only badan_publik, rows, information and outcome are required; null period is fine."""
    sheet = converter.structure(
        {"badan_publik": "BKD", "rows": [{"information": "x", "outcome": "open", "period": None}]},
        ConsequenceTestSheet,
    )
    assert sheet.rows[0].period is None and sheet.rows[0].grounds == ()


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"badan_publik": "B", "rows": [], "nomor": "1"}, ""),
        (
            {"badan_publik": "B", "rows": [{"information": "x", "outcome": "open", "x": 1}]},
            "rows[0]",
        ),
        (
            {
                "badan_publik": "B",
                "rows": [
                    {
                        "information": "x",
                        "outcome": "open",
                        "grounds": [{"ground": "h.2", "pasal": 17}],
                    }
                ],
            },
            "rows[0].grounds[0]",
        ),
        (
            {
                "badan_publik": "B",
                "rows": [
                    {
                        "information": "x",
                        "outcome": "open",
                        "period": {"kind": "years", "years": 5, "unit": "tahun"},
                    }
                ],
            },
            "rows[0].period",
        ),
        (
            {
                "badan_publik": "B",
                "rows": [],
                "approval": {"role": "ppid", "name": "A", "ttd": "x"},
            },
            "approval",
        ),
    ],
)
def test_unknown_keys_refused(data, path):
    """A key the model does not have is refused at its path (a typo is never dropped)."""
    with pytest.raises(InputError) as info:
        converter.structure(data, ConsequenceTestSheet, "lembar.json")
    (problem,) = info.value.problems
    assert problem.path == path and "unknown key" in problem.message_en


def test_malformed_record_lists_every_problem():
    """One InputError names the file and every bad field with its path and value."""
    data = {
        "badan_publik": "BKD",
        "date": "10-02-2025",
        "stage": "sebelum",
        "rows": [
            {"information": "a", "outcome": "closed"},
            {"information": "b", "outcome": "ditutup"},
            {
                "information": "c",
                "outcome": "closed",
                "grounds": [{"as_written": "Pasal 17 huruf h"}],
                "period": {"kind": "decades", "n": 2},
            },
            {"outcome": "open", "period": {"kind": "years"}},
        ],
        # "Kepala": not a role code ("kepala" would be a role of an agency's own).
        "approval": {"role": "Kepala", "name": "X", "date": "2025-02-30"},
    }
    with pytest.raises(InputError) as info:
        converter.structure(data, ConsequenceTestSheet, "lembar.json")
    error = info.value
    assert error.source == "lembar.json"
    paths = [p.path for p in error.problems]
    # In the order of the model's fields (rows come before date in ConsequenceTestSheet).
    assert paths == [
        "rows[1].outcome",
        "rows[2].grounds[0].ground",
        "rows[2].period",
        "rows[3].information",
        "rows[3].period.years",
        "date",
        "stage",
        "approval.role",
        "approval.date",
    ]
    by_path = {p.path: p for p in error.problems}
    assert by_path["rows[1].outcome"].value == "ditutup"
    assert "decades" in (by_path["rows[2].period"].expected or "")
    assert "until_date" in (by_path["rows[2].period"].expected or "")
    rendered = error.render("en")
    assert rendered.startswith("lembar.json: 9 problem(s)")
    assert "rows[2].grounds[0].ground" in rendered


def test_period_that_is_not_an_object():
    """A period given as a bare number says an object with a kind is expected."""
    data = {"badan_publik": "B", "rows": [{"information": "x", "outcome": "closed", "period": 5}]}
    with pytest.raises(InputError) as info:
        converter.structure(data, ConsequenceTestSheet)
    (problem,) = info.value.problems
    assert problem.path == "rows[0].period" and problem.value == 5
    assert '"kind"' in (problem.expected or "")
