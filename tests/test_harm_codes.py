"""harm/codes.py is the one table of harm validation's finding codes: every finding it reports,
on the example records and on their broken variants, has a code of the table with a severity the
table declares, and the rules build no finding by hand."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from uji_konsekuensi.case import load_case
from uji_konsekuensi.findings import Finding, FindingCode
from uji_konsekuensi.harm import (
    AsLongAsNeeded,
    Consent,
    ConsequenceTest,
    ConsequenceTestSheet,
    GroundRef,
    Outcome,
    Penetapan,
    Record,
    Role,
    TestStage,
    UntilDate,
    UntilEvent,
    WithheldPart,
    YearsFromPenetapan,
    codes,
    load,
    validate,
)
from uji_konsekuensi.law import NeverExemptKind

ROOT = Path(__file__).resolve().parents[1]
VALIDATE = ROOT / "src" / "uji_konsekuensi" / "harm" / "validate"
OLD = dt.date(2000, 1, 1)


def example_records() -> list[Record]:
    """The example Lembar and Penetapan files, and the records inside the example cases."""
    out: list[Record] = [load(p) for p in sorted((ROOT / "examples" / "data").glob("*.json"))]
    cases = ROOT / "examples" / "cases"
    for path in sorted(cases.glob("*.json")) + sorted((cases / "violations").glob("*.json")):
        case = load_case(path)
        out += case.tests
        if case.penetapan is not None:
            out.append(case.penetapan)
    return out


ROW_CHANGES: list[dict[str, object]] = [
    {"information": " "},
    {"information": "Putusan pengadilan negeri yang telah berkekuatan hukum tetap"},
    {"documents": ()},
    {"holder": None},
    {"grounds": ()},
    {"grounds": (GroundRef(ground="k"),)},
    {"grounds": (GroundRef(ground="h"),)},
    {"grounds": (GroundRef(ground="h.2", as_written="Pasal 17 huruf b UU 14/2008"),)},
    {"grounds": (GroundRef(ground="h.2", as_written="Pasal 17 huruf h UU 14/2008"),)},
    {"grounds": (GroundRef(ground="h.2"), GroundRef(ground="h.2"))},
    {"grounds": (GroundRef(ground="j"),)},
    {"grounds": (GroundRef(ground="j", other_statute="surat edaran kepala dinas"),)},
    {"grounds": (GroundRef(ground="j", other_statute="Peraturan Menteri Dalam Negeri 3/2017"),)},
    {"grounds": (GroundRef(ground="j", other_statute="UU No. 36 Tahun 1999"),)},
    {"grounds": (GroundRef(ground="a.1"),), "period": None},
    {"grounds": (GroundRef(ground="a.1"),), "period": YearsFromPenetapan(years=40)},
    {
        "grounds": (GroundRef(ground="a.1"),),
        "period": AsLongAsNeeded(review_on=dt.date(2099, 1, 1)),
    },
    {"grounds": (GroundRef(ground="b"),), "period": YearsFromPenetapan(years=5)},
    {"grounds": (GroundRef(ground="c"),), "period": YearsFromPenetapan(years=5)},
    {"grounds": (GroundRef(ground="h.2", as_written="Pasal 17 huruf h angka 2"),)},
    {"never_exempt_kind": NeverExemptKind.COURT_DECISION},
    {"consent": Consent(given_by="Pegawai yang bersangkutan")},
    {"public_office": "Kepala Dinas"},
    {"consequence_of_opening": None},
    {"consideration_of_closing": None},
    {"consequence_of_opening": "Rahasia pribadi", "consideration_of_closing": "Rahasia pribadi"},
    {"consequence_of_opening": "Mengungkap rahasia pribadi sebagaimana Pasal 17 huruf h angka 2"},
    {"withheld_parts": ()},
    {"withheld_parts": (WithheldPart(part="seluruh dokumen"),)},
    {"released": None},
    {"released": "tidak ada"},
    {"period": None},
    {"period": YearsFromPenetapan(years=0)},
    {"period": UntilEvent(event=" ")},
    {"period": UntilEvent(event="putusan", at_most_years=0)},
    {"period": UntilDate(until=OLD)},
    {"period": AsLongAsNeeded()},
    {"period": AsLongAsNeeded(review_on=OLD)},
    {"period": YearsFromPenetapan(years=30, as_written="300 (tiga ratus) tahun")},
    {"exempt_since": OLD},
]


def sheet_variants(sheet: ConsequenceTestSheet) -> Iterator[ConsequenceTestSheet]:
    """The sheet with each heading field left out, and with each row broken each way."""
    for field in attrs.fields(ConsequenceTestSheet):
        if field.default is None or field.default == ():
            yield attrs.evolve(sheet, **{field.name: field.default})
    yield attrs.evolve(sheet, badan_publik=" ", rows=())
    yield attrs.evolve(sheet, stage=TestStage.DISPUTE, dispute_register=None)
    if sheet.participants:
        incomplete = attrs.evolve(sheet.participants[0], unit=None)
        yield attrs.evolve(sheet, participants=(incomplete,))
        petugas = tuple(attrs.evolve(p, role=Role.PETUGAS) for p in sheet.participants)
        yield attrs.evolve(sheet, participants=petugas)
    if sheet.approval is not None:
        approval = attrs.evolve(sheet.approval, role=Role.PPID, name=" ", date=OLD)
        yield attrs.evolve(sheet, approval=approval)
    yield attrs.evolve(sheet, rows=sheet.rows + sheet.rows)
    for index, row in enumerate(sheet.rows):
        for outcome in Outcome:
            for changes in ROW_CHANGES:
                broken: ConsequenceTest = attrs.evolve(row, outcome=outcome, **changes)
                rows = (*sheet.rows[:index], broken, *sheet.rows[index + 1 :])
                yield attrs.evolve(sheet, rows=rows)


def _opened(row: ConsequenceTest) -> ConsequenceTest:
    return attrs.evolve(row, outcome=Outcome.OPEN, period=None, withheld_parts=(), released=None)


def penetapan_variants(pen: Penetapan) -> Iterator[Penetapan]:
    """The Penetapan with each field left out or wrong, and with its sheets broken."""
    for field in attrs.fields(Penetapan):
        if field.default is None or field.default == ():
            yield attrs.evolve(pen, **{field.name: field.default})
    yield attrs.evolve(pen, ppid=None, signature=None, badan_publik=" ", place=" ", sheets=())
    yield attrs.evolve(
        pen,
        date=OLD,
        mengingat=("Peraturan Komisi Informasi Nomor 1 Tahun 2010", "bahwa perlu ditetapkan"),
        sheets=pen.sheets + pen.sheets,
    )
    opened = [
        attrs.evolve(sheet, badan_publik="Dinas Lain", rows=tuple(map(_opened, sheet.rows)))
        for sheet in pen.sheets
    ]
    yield attrs.evolve(pen, sheets=tuple(opened))
    for index, sheet in enumerate(pen.sheets):
        for broken in sheet_variants(sheet):
            yield attrs.evolve(pen, sheets=(*pen.sheets[:index], broken, *pen.sheets[index + 1 :]))


def findings() -> Iterator[Finding]:
    for record in example_records():
        yield from validate(record)
        if isinstance(record, Penetapan):
            for pen in penetapan_variants(record):
                yield from validate(pen)
        elif isinstance(record, ConsequenceTestSheet):
            for sheet in sheet_variants(record):
                yield from validate(sheet)
        for row in record.rows() if isinstance(record, Penetapan) else record.rows:
            yield from validate(row)


@pytest.fixture(scope="module")
def reported() -> list[Finding]:
    return list(findings())


def test_every_finding_has_a_code_of_the_table_with_a_declared_severity(
    reported: list[Finding],
) -> None:
    """No finding of harm validation carries a code or a severity its table does not declare."""
    assert len(reported) > 1000
    for finding in reported:
        entry = codes.CODES.get(finding.code)
        assert entry is not None, finding.code
        assert finding.severity in (entry.severity, *entry.also), finding.code


def test_every_code_of_the_table_is_reported(reported: list[Finding]) -> None:
    """The table declares no code that the rules never report (the variants reach each one),
    and each severity it declares for a code is reported."""
    seen = {(f.code, f.severity) for f in reported}
    declared = {(c.code, s) for c in codes.CODES.values() for s in (c.severity, *c.also)}
    assert declared - seen == set()


def test_findings_without_a_narrower_basis_carry_the_tables(reported: list[Finding]) -> None:
    """A finding names the table's basis unless its rule passes a narrower one (those below)."""
    narrower = {
        "harm.pasal18.never_exempt",
        "harm.pasal18.possible",
        "harm.penetapan.revoked_instrument",
        "harm.period.missing",
        "harm.consent.lifts",
    }
    for finding in reported:
        if finding.code not in narrower:
            assert finding.basis == codes.CODES[finding.code].basis, finding.code


def test_the_rules_build_findings_only_through_the_table() -> None:
    """No code string and no hand-made Finding in the rule modules: each names its code object."""
    literal = re.compile(r"""["'](?:harm|law)\.[a-z0-9_]+\.[a-z0-9_.]+["']""")
    for path in sorted(VALIDATE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert literal.findall(source) == [], path.name
        assert "Finding(" not in source and "Finding.of(" not in source, path.name


def test_every_code_object_is_in_the_table() -> None:
    """Each FindingCode that harm/codes.py defines is one of `CODES` (none left out of the docs)."""
    objects = [v for v in vars(codes).values() if isinstance(v, FindingCode)]
    assert sorted(c.code for c in objects) == sorted(codes.CODES)
