"""Validation of the Lembar and the Penetapan (harm/validate/ sheet, participants, approval,
penetapan): each rule failing and passing."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest

from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.harm import (
    ConsequenceTestSheet,
    Official,
    Outcome,
    Penetapan,
    Record,
    Role,
    Signature,
    TestStage,
    ValidationSettings,
    load,
    validate,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "examples" / "data"
PENETAPAN = load(DATA / "kalteng_bkd_penetapan.json")
SHEET = load(DATA / "kutim_bkpsdm_lembar.json")
assert isinstance(PENETAPAN, Penetapan) and isinstance(SHEET, ConsequenceTestSheet)


def codes(record: Record, settings: ValidationSettings | None = None) -> list[str]:
    return [f.code for f in validate(record, settings)]


def only(record: Record, code: str) -> Finding:
    found = [f for f in validate(record) if f.code == code]
    assert len(found) == 1, codes(record)
    return found[0]


def test_examples_are_valid():
    """The BKD Kalteng Penetapan and the Kutai Timur Lembar give no findings."""
    assert codes(PENETAPAN) == []
    assert codes(SHEET) == []


def test_violations_example_reports_its_defects():
    """The KASN example shows the listed violations, each at its path."""
    record = load(DATA / "kasn_lembar_violations.json")
    found = {(f.code, f.field) for f in validate(record)}
    for expected in [
        ("harm.participants.missing", "participants"),
        ("harm.approval.role", "approval.role"),
        ("harm.approval.before_test", "approval.date"),
        ("harm.consequence.restates_ground", "rows[0].consequence_of_opening"),
        ("harm.balance.closing_missing", "rows[0].consideration_of_closing"),
        ("harm.period.over_30_years", "rows[0].period.years"),
        ("law.ground.other_statute_missing", "rows[1].grounds[0].other_statute"),
        ("law.ground.unknown", "rows[2].grounds[0].ground"),
        ("harm.pasal18.possible", "rows[2].information"),
        ("law.ground.letter_only", "rows[3].grounds[0].ground"),
        ("harm.partial.whole_document", "rows[3].withheld_parts[0].part"),
        ("harm.consent.lifts", "rows[4].grounds[0]"),
        ("harm.test.after_exemption", "rows[4].exempt_since"),
    ]:
        assert expected in found


def test_validate_refuses_other_objects():
    """validate() only takes the three record types."""
    with pytest.raises(TypeError):
        validate("not a record")  # type: ignore[arg-type]  # the wrong type on purpose


# --- the Lembar -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code", "severity", "field"),
    [
        ({"badan_publik": " "}, "harm.sheet.badan_publik_missing", Severity.ERROR, "badan_publik"),
        ({"date": None}, "harm.sheet.date_missing", Severity.ERROR, "date"),
        ({"place": None}, "harm.sheet.place_missing", Severity.ERROR, "place"),
        ({"number": ""}, "harm.sheet.number_missing", Severity.WARNING, "number"),
        ({"rows": ()}, "harm.sheet.no_rows", Severity.ERROR, "rows"),
        (
            {"request_number": None},
            "harm.sheet.request_number_missing",
            Severity.WARNING,
            "request_number",
        ),
        ({"participants": ()}, "harm.participants.missing", Severity.ERROR, "participants"),
        ({"approval": None}, "harm.approval.missing", Severity.ERROR, "approval"),
    ],
)
def test_sheet_rules(changes, code, severity, field):
    """Each Lembar element of Lampiran II is required; the valid sheet has them all."""
    assert code not in codes(SHEET)
    finding = only(attrs.evolve(SHEET, **changes), code)
    assert finding.severity is severity and finding.field == field


def test_dispute_register():
    """A test ordered in a dispute names the dispute register (Pasal 49 ayat (1) huruf c)."""
    dispute = attrs.evolve(SHEET, stage=TestStage.DISPUTE)
    assert only(dispute, "harm.sheet.dispute_order_missing").field == "dispute_register"
    assert codes(attrs.evolve(dispute, dispute_register="012/II/KI-KT-PS/2025")) == []
    proactive = attrs.evolve(SHEET, stage=TestStage.BEFORE_REQUEST, request_number=None)
    assert codes(proactive) == []


def test_participant_incomplete():
    """A participant without jabatan or unit kerja is a warning naming what is missing."""
    person = attrs.evolve(SHEET.participants[1], position=None, unit="")
    sheet = attrs.evolve(SHEET, participants=(SHEET.participants[0], person))
    f = only(sheet, "harm.participants.incomplete")
    assert f.field == "participants[1]" and "jabatan" in f.message and "unit kerja" in f.message


def test_no_ppid_among_participants():
    """Roles recorded but no PPID among them is a warning; no roles at all says nothing."""
    others = tuple(p for p in SHEET.participants if p.role is not Role.PPID)
    assert only(attrs.evolve(SHEET, participants=others), "harm.participants.no_ppid")
    unroled = tuple(attrs.evolve(p, role=None) for p in SHEET.participants)
    assert "harm.participants.no_ppid" not in codes(attrs.evolve(SHEET, participants=unroled))


def test_approval_role():
    """The PPID cannot approve his own test; the accepted roles are a setting."""
    assert SHEET.approval is not None
    by_ppid = attrs.evolve(SHEET, approval=attrs.evolve(SHEET.approval, role=Role.PPID))
    f = only(by_ppid, "harm.approval.role")
    assert f.severity is Severity.ERROR and f.field == "approval.role"
    lenient = ValidationSettings(approver_roles=frozenset(Role))
    assert "harm.approval.role" not in codes(by_ppid, lenient)
    head_only = ValidationSettings(approver_roles=frozenset({Role.PIMPINAN}))
    assert "harm.approval.role" in codes(SHEET, head_only)


def test_approval_unnamed_and_before_test():
    """The approver is named and does not approve before the test."""
    assert SHEET.approval is not None
    unnamed = attrs.evolve(SHEET, approval=attrs.evolve(SHEET.approval, name=" "))
    assert only(unnamed, "harm.approval.unnamed").field == "approval.name"
    early = attrs.evolve(SHEET, approval=attrs.evolve(SHEET.approval, date=dt.date(2024, 11, 1)))
    assert only(early, "harm.approval.before_test").severity is Severity.ERROR
    same_day = attrs.evolve(SHEET, approval=attrs.evolve(SHEET.approval, date=SHEET.date))
    assert codes(same_day) == []


def test_row_paths_are_prefixed():
    """A row's findings carry rows[i] in their path."""
    row = attrs.evolve(SHEET.rows[0], holder=None)
    sheet = attrs.evolve(SHEET, rows=(SHEET.rows[0], row))
    assert "rows[1].holder" in {f.field for f in validate(sheet)}


def test_duplicate_information_in_sheet():
    """The same information tested twice in one sheet is a warning on the second."""
    sheet = attrs.evolve(SHEET, rows=(SHEET.rows[0], SHEET.rows[0]))
    assert only(sheet, "harm.information.duplicate").field == "rows[1].information"


def test_sheet_date_feeds_row_rules():
    """Pasal 19 and period checks use the sheet's date."""
    row = attrs.evolve(SHEET.rows[0], exempt_since=dt.date(2024, 10, 1))
    f = only(attrs.evolve(SHEET, rows=(row,)), "harm.test.after_exemption")
    assert f.field == "rows[0].exempt_since"


# --- the Penetapan ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code", "severity", "field"),
    [
        ({"ppid": None, "signature": None}, "harm.penetapan.ppid_missing", Severity.ERROR, "ppid"),
        (
            {"badan_publik": ""},
            "harm.penetapan.badan_publik_missing",
            Severity.ERROR,
            "badan_publik",
        ),
        ({"unit": None}, "harm.penetapan.unit_missing", Severity.WARNING, "unit"),
        ({"place": " "}, "harm.penetapan.place_missing", Severity.ERROR, "place"),
        ({"date": None}, "harm.penetapan.date_missing", Severity.ERROR, "date"),
        ({"number": None}, "harm.penetapan.number_missing", Severity.WARNING, "number"),
        ({"signature": None}, "harm.penetapan.unsigned", Severity.WARNING, "signature"),
        ({"sheets": ()}, "harm.penetapan.no_sheets", Severity.ERROR, "sheets"),
        ({"mengingat": ()}, "harm.penetapan.mengingat_incomplete", Severity.WARNING, "mengingat"),
    ],
)
def test_penetapan_rules(changes, code, severity, field):
    """The elements of Pasal 49 ayat (5) and Lampiran III; the valid Penetapan has them all."""
    assert code not in codes(PENETAPAN)
    finding = only(attrs.evolve(PENETAPAN, **changes), code)
    assert finding.severity is severity and finding.field == field


def test_ppid_identity_from_signature():
    """A Penetapan signed by the PPID identifies him even without the ppid field."""
    assert codes(attrs.evolve(PENETAPAN, ppid=None)) == []
    assert PENETAPAN.signature is not None
    by_head = attrs.evolve(
        PENETAPAN, ppid=None, signature=attrs.evolve(PENETAPAN.signature, role=Role.PIMPINAN)
    )
    assert only(by_head, "harm.penetapan.ppid_missing")


def test_nothing_exempt():
    """A Penetapan whose items are all opened declares nothing exempt (warning)."""
    sheet = PENETAPAN.sheets[0]
    opened = attrs.evolve(sheet, rows=(sheet.rows[3],))
    assert sheet.rows[3].outcome is Outcome.OPEN
    assert only(attrs.evolve(PENETAPAN, sheets=(opened,)), "harm.penetapan.nothing_exempt")


def test_penetapan_before_test():
    """The Penetapan (or its signature) dated before the test breaks Pasal 19."""
    early = attrs.evolve(PENETAPAN, date=dt.date(2025, 2, 9))
    f = only(early, "harm.penetapan.before_test")
    assert f.severity is Severity.ERROR and f.field == "date" and "Pasal 19" in f.basis
    assert PENETAPAN.signature is not None
    signed_early = attrs.evolve(
        PENETAPAN, signature=attrs.evolve(PENETAPAN.signature, date=dt.date(2025, 2, 1))
    )
    assert only(signed_early, "harm.penetapan.before_test").field == "signature.date"
    same_day = attrs.evolve(PENETAPAN, date=PENETAPAN.sheets[0].date)
    assert "harm.penetapan.before_test" not in codes(same_day)


def test_badan_publik_mismatch():
    """A sheet made for another body is a warning at its path."""
    sheet = attrs.evolve(PENETAPAN.sheets[0], badan_publik="Dinas Kesehatan Provinsi Kalteng")
    f = only(attrs.evolve(PENETAPAN, sheets=(sheet,)), "harm.penetapan.badan_publik_mismatch")
    assert f.field == "sheets[0].badan_publik"


def test_sheet_findings_inside_penetapan():
    """A sheet's own findings appear with the sheets[i] prefix."""
    sheet = attrs.evolve(PENETAPAN.sheets[0], approval=None)
    f = only(attrs.evolve(PENETAPAN, sheets=(sheet,)), "harm.approval.missing")
    assert f.field == "sheets[0].approval"


def test_duplicate_across_sheets():
    """The same item in two sheets is reported once, on the second sheet."""
    first = PENETAPAN.sheets[0]
    second = attrs.evolve(first, rows=(first.rows[0],), number="870/046/LPK-BKD/II/2025")
    f = only(attrs.evolve(PENETAPAN, sheets=(first, second)), "harm.information.duplicate")
    assert f.field == "sheets[1].rows[0].information"


def test_revoked_instrument_in_mengingat():
    """Citing PERKI 1/2017 (revoked by PERKI 1/2021 Pasal 63) is a warning at its line."""
    mengingat = (*PENETAPAN.mengingat, "Peraturan Komisi Informasi Nomor 1 Tahun 2017")
    f = only(attrs.evolve(PENETAPAN, mengingat=mengingat), "harm.penetapan.revoked_instrument")
    assert f.field == f"mengingat[{len(mengingat) - 1}]" and f.basis.endswith("huruf b")


def test_mengingat_unreadable_and_incomplete():
    """An unreadable line is info; missing UU 14/2008 or PP 61/2010 is a warning."""
    f = only(
        attrs.evolve(PENETAPAN, mengingat=(*PENETAPAN.mengingat, "dst.")),
        "harm.penetapan.mengingat_unreadable",
    )
    assert f.severity is Severity.INFO
    no_pp = tuple(m for m in PENETAPAN.mengingat if "Pemerintah" not in m)
    f = only(attrs.evolve(PENETAPAN, mengingat=no_pp), "harm.penetapan.mengingat_incomplete")
    assert "PP 61/2010" in f.message and "UU 14/2008" not in f.message


def test_signature_person_and_dates_pass():
    """A later signature date, and a pimpinan-signed decree with a PPID identity, pass."""
    signed = Signature(role=Role.PIMPINAN, name="Ketua", date=dt.date(2025, 2, 20))
    ppid = Official(name="PPID", position="PPID", unit="Sekretariat")
    assert codes(attrs.evolve(PENETAPAN, signature=signed, ppid=ppid)) == []


# --- documentation stays honest ------------------------------------------------------------------

SRC = ROOT / "src" / "uji_konsekuensi" / "harm"
CODE = re.compile(r'"((?:harm|law)\.[a-z0-9_]+\.[a-z0-9_]+)"')


def emitted_codes() -> set[str]:
    found: set[str] = set()
    for path in SRC.glob("*.py"):
        found |= set(CODE.findall(path.read_text(encoding="utf-8")))
    found |= {
        f"harm.penetapan.{name}_missing" for name in ("place", "date")
    }  # built from a loop in validate.py
    return found


def test_every_code_is_documented():
    """Each finding code the harm validator can emit is listed in docs/harm.md."""
    docs = (ROOT / "docs" / "harm.md").read_text(encoding="utf-8")
    missing = sorted(code for code in emitted_codes() if f"`{code}`" not in docs)
    assert missing == []


def test_every_code_is_tested():
    """Each finding code appears in the harm tests."""
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_harm_*.py"))
    assert sorted(code for code in emitted_codes() if code not in tests) == []


def test_docs_json_example_is_valid():
    """The complete Lembar shown in docs/harm.md loads and gives no findings."""
    import json

    docs = (ROOT / "docs" / "harm.md").read_text(encoding="utf-8")
    block = docs.split("```json\n", 1)[1].split("```", 1)[0]
    record = load(json.loads(block))
    assert isinstance(record, ConsequenceTestSheet)
    assert codes(record) == []


def test_a_penetapan_row_without_a_period_is_an_error_for_every_ground():
    """PERKI 1/2021 Pasal 49 ayat (5) huruf e: in a Penetapan, a withheld item with no jangka
    waktu is an error also for a ground of huruf g-j (alone, a Lembar only warns for those)."""
    sheet = PENETAPAN.sheets[0]
    row = attrs.evolve(
        sheet.rows[0],
        grounds=(attrs.evolve(sheet.rows[0].grounds[0], ground="h.2", other_statute=None),),
        period=None,
    )
    pen = attrs.evolve(PENETAPAN, sheets=(attrs.evolve(sheet, rows=(row,)),))
    f = only(pen, "harm.period.missing")
    assert f.severity is Severity.ERROR
    assert f.basis == "PERKI 1/2021 Pasal 49 ayat (5) huruf e"
    assert f.field == "sheets[0].rows[0].period"
    lone = attrs.evolve(SHEET, rows=(row,))
    assert "harm.period.missing" not in codes(lone)
    assert "harm.period.unstated" in codes(lone)
