"""The formalities of a case's records: who signed, where, when, and in whose hands.

Each wrong case below is made by hand from an example case, one change of substance, and gives
its error (code, field, severity); the four example cases stay compliant (case/formalities.py;
docs/case.md, "The formalities of the records").
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.case import CheckSettings, Report, case_from_dict, check_case
from uji_konsekuensi.case.core_rules import CORE_RULES, STATUTORY_RULES
from uji_konsekuensi.case.formalities import FORMALITY_RULES, person_key, same_person
from uji_konsekuensi.findings import Finding, Severity

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
EXAMPLES = ("kalbar", "kalteng", "kasn", "kutai-timur")


def data(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CASES / f"{name}.case.json").read_text("utf-8"))
    return loaded


def report(d: dict[str, Any]) -> Report:
    return check_case(case_from_dict(d), CheckSettings())


def only(d: dict[str, Any], code: str) -> Finding:
    """The one finding of ``code``, an error; the case is not compliant."""
    result = report(d)
    hits = [f for f in result.findings if f.code == code]
    assert len(hits) == 1, [f.code for f in result.findings]
    assert hits[0].severity is Severity.ERROR
    assert result.outcome != "compliant"
    return hits[0]


def letter(d: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The example's refusal letter and its index."""
    return next((i, doc["refusal"]) for i, doc in enumerate(d["documents"]) if doc.get("refusal"))


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_example_cases_are_compliant_with_the_formality_rules(name: str) -> None:
    result = report(data(name))
    assert result.outcome == "compliant", result.codes
    assert not [f for f in result.findings if f.code in _CODES]


_CODES = {code for rule in FORMALITY_RULES for code in rule.codes}


def test_the_formality_rules_are_statutory_and_run_last() -> None:
    assert CORE_RULES[-len(FORMALITY_RULES) :] == FORMALITY_RULES
    assert all(r in STATUTORY_RULES and not r.replaceable for r in FORMALITY_RULES)
    assert {r.origin for r in FORMALITY_RULES} <= {"statute", "regulation"}


# --- the refusal letter -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kalbar", "kutai-timur"])
def test_an_unsigned_refusal_letter_is_an_error(name: str) -> None:
    d = data(name)
    i, refusal = letter(d)
    refusal["signed_by"] = None
    assert only(d, "case.refusal.unsigned").field == f"documents[{i}].refusal.signed_by"


@pytest.mark.parametrize("name", ["kalbar", "kutai-timur"])
def test_a_refusal_letter_not_saying_to_whom_to_object_is_an_error(name: str) -> None:
    d = data(name)
    i, refusal = letter(d)
    refusal["objection_to"] = "  "
    found = only(d, "case.refusal.no_objection_addressee")
    assert found.field == f"documents[{i}].refusal.objection_to"


def test_a_refusal_letter_without_the_requester_name_stays_a_warning() -> None:
    d = data("kalbar")
    letter(d)[1]["requester_name"] = None
    result = report(d)
    assert result.codes == ("case.refusal.incomplete",)
    assert result.ok


# --- the Lembar -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("kalbar", "tests[0]"),
        ("kalbar", "penetapan.sheets[0]"),
        ("kalteng", "penetapan.sheets[0]"),
        ("kasn", "penetapan.sheets[0]"),
        ("kutai-timur", "tests[0]"),
    ],
)
def test_a_lembar_without_its_place_is_an_error(name: str, path: str) -> None:
    d = data(name)
    sheet = d["tests"][0] if path == "tests[0]" else d["penetapan"]["sheets"][0]
    sheet["place"] = None
    assert only(d, "harm.sheet.place_missing").field == f"{path}.place"


def test_a_source_document_dated_after_the_test_is_an_error() -> None:
    d = data("kalteng")
    sheet = d["penetapan"]["sheets"][0]
    sheet["rows"][1]["documents"][0]["date"] = "2025-02-11"  # the Lembar is of 10 February
    found = only(d, "case.lembar.document_after_test")
    assert found.field == "penetapan.sheets[0].rows[1].documents[0].date"


def test_a_source_document_dated_on_the_day_of_the_test_is_compliant() -> None:
    d = data("kalteng")
    d["penetapan"]["sheets"][0]["rows"][1]["documents"][0]["date"] = "2025-02-10"
    assert report(d).outcome == "compliant"


# --- the Penetapan's signature ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["kalbar", "kasn", "kutai-timur"])
def test_a_penetapan_signed_after_its_own_date_is_an_error(name: str) -> None:
    d = data(name)
    d["penetapan"]["signature"]["date"] = "2025-12-31"
    found = only(d, "case.penetapan.signed_after_date")
    assert found.field == "penetapan.signature.date"


def test_a_penetapan_signed_after_the_refusal_resting_on_it_is_an_error() -> None:
    d = data("kalbar")
    d["penetapan"]["signature"]["date"] = "2025-04-12"  # the letter is of 11 April
    found = only(d, "case.penetapan.signed_after_refusal")
    assert found.field == "penetapan.signature.date"
    assert "case.penetapan.signed_after_date" in report(d).codes  # the Penetapan is of 10 April


def test_a_penetapan_itself_dated_after_the_refusal_is_reported_once() -> None:
    """Its own date after the refusal is case.penetapan.after_refusal; the signature of that
    date is not reported a second time."""
    d = data("kalbar")
    d["penetapan"]["signature"]["date"] = d["penetapan"]["date"] = "2025-04-12"
    codes = report(d).codes
    assert "case.penetapan.after_refusal" in codes
    assert "case.penetapan.signed_after_refusal" not in codes


# --- the hands: the requester and the approver ------------------------------------------------


def _requester(d: dict[str, Any]) -> str:
    name: str = d["trigger"]["requester"]["name"]
    return name


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("kalbar", "exemption_declared"),
        ("kalbar", "notice_sent"),
        ("kutai-timur", "paused"),
        ("kutai-timur", "notice_sent"),
    ],
)
def test_the_requester_as_the_actor_of_a_decision_is_an_error(name: str, kind: str) -> None:
    d = data(name)
    i = next(i for i, e in enumerate(d["events"]) if e["kind"] == kind)
    d["events"][i]["actor"]["name"] = _requester(d)
    assert only(d, "case.requester.decides").field == f"events[{i}].actor.name"


@pytest.mark.parametrize("name", ["kalbar", "kutai-timur"])
def test_the_requester_as_the_refusal_signatory_or_the_penetapan_ppid_is_an_error(
    name: str,
) -> None:
    d = data(name)
    i, refusal = letter(d)
    refusal["signed_by"]["name"] = _requester(d)
    assert only(d, "case.requester.decides").field == f"documents[{i}].refusal.signed_by.name"
    d = data(name)
    d["penetapan"]["ppid"]["name"] = _requester(d)
    found = [f for f in report(d).findings if f.code == "case.requester.decides"]
    assert [f.field for f in found] == ["penetapan.ppid.name"]


def test_the_requester_is_recognised_under_his_titles() -> None:
    """Case, spaces, titles after a comma and honorifics before the name do not hide him."""
    d = data("kalbar")
    d["penetapan"]["sheets"][0]["participants"][2]["name"] = "Drs.  YOHANES Kurnia Irawan, M.Si."
    assert only(d, "case.requester.decides").field == "penetapan.sheets[0].participants[2].name"


def test_the_requester_resuming_his_own_request_is_compliant() -> None:
    d = data("kutai-timur")
    resumed = next(e for e in d["events"] if e["kind"] == "resumed")
    assert resumed["actor"]["name"] == _requester(d)
    assert report(d).outcome == "compliant"


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("kalbar", "tests[0]"),
        ("kalteng", "penetapan.sheets[0]"),
        ("kasn", "penetapan.sheets[0]"),
        ("kutai-timur", "penetapan.sheets[0]"),
    ],
)
def test_a_lembar_approved_in_the_name_of_the_ppid_who_made_it_is_an_error(
    name: str, path: str
) -> None:
    d = data(name)
    sheet = d["tests"][0] if path == "tests[0]" else d["penetapan"]["sheets"][0]
    ppid = next(p for p in sheet["participants"] if p["role"] == "ppid")
    sheet["approval"]["name"] = ppid["name"]  # the approver's NIP is left as it was
    assert only(d, "case.approval.by_maker").field == f"{path}.approval.name"


def test_a_lembar_approved_under_the_makers_nip_is_an_error() -> None:
    d = data("kalbar")
    sheet = d["tests"][0]
    ppid = next(p for p in sheet["participants"] if p["role"] == "ppid")
    sheet["approval"]["nip"] = ppid["nip"]
    assert only(d, "case.approval.by_maker").field == "tests[0].approval.name"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Rina Marlina, S.I.Kom.", "rina  marlina", True),
        ("Prof. Dr. Agus Pramusinto, MDA", "Agus Pramusinto", True),
        ("Drs. H. Syahrani, M.Si.", "Bapak Syahrani", True),
        ("Rina Marlina", "Rina Marlinda", False),
        ("Dr. Hermansyah, S.H., M.Hum.", "Hermansyah Putra", False),
    ],
)
def test_names_are_compared_without_titles_and_honorifics(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
    assert person_key("Dr.") == "dr"  # a name made only of a title is kept, never emptied


def test_equal_nips_are_one_person_whatever_the_names() -> None:
    assert same_person("Budi", "Ahmad", "1987 0511 2010", "198705112010")
    assert not same_person("Budi", "Ahmad", "198705112010012015", "198705112010012016")


# --- the docs ---------------------------------------------------------------------------------


def test_the_documented_example_runs() -> None:
    page = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    section = page.split("## The formalities of the records", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None
    exec(compile(block.group(1), "docs/case.md", "exec"), {})  # our own docs
