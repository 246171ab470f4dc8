"""Wrong cases the checker used to call patuh: two acts of one day the wrong way round
(case/act_order.py), the Atasan PPID acting as the PPID (case/offices.py), and a required text
that says nothing ("-", "Tidak ada."; `field_checks.says_nothing`).

Each wrong case is made from an example case by one change of substance and gives its error
(code, field, words in both languages); the lawful neighbour of each change stays compliant.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.case import CheckSettings, Report, case_from_dict, check_case
from uji_konsekuensi.case.act_order import ACT_ORDER_RULES
from uji_konsekuensi.case.core_rules import STATUTORY_RULES
from uji_konsekuensi.case.offices import OFFICE_RULES
from uji_konsekuensi.field_checks import says_nothing
from uji_konsekuensi.findings import Finding, Severity

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
EXAMPLES = ("kalbar", "kalteng", "kasn", "kutai-timur")
NEW_CODES = {code for rule in (*ACT_ORDER_RULES, *OFFICE_RULES) for code in rule.codes}


def data(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CASES / f"{name}.case.json").read_text("utf-8"))
    return loaded


def report(d: dict[str, Any]) -> Report:
    return check_case(case_from_dict(d), CheckSettings())


def errors(d: dict[str, Any]) -> list[Finding]:
    return [f for f in report(d).findings if f.severity is Severity.ERROR]


def only(d: dict[str, Any], code: str) -> Finding:
    """The one finding of ``code``, an error, and the only error: the case is not compliant."""
    result = report(d)
    found = [f for f in result.findings if f.severity is Severity.ERROR]
    assert [f.code for f in found] == [code], [f.code for f in result.findings]
    assert result.outcome == "not_compliant"
    return found[0]


def at(d: dict[str, Any], kind: str, step: int | None = None) -> int:
    return next(
        i
        for i, e in enumerate(d["events"])
        if e["kind"] == kind and (step is None or e.get("step") == step)
    )


def move(d: dict[str, Any], i: int, before: int, moment: str) -> None:
    """Event ``i`` moved to ``moment``, logged just before event ``before``."""
    event = d["events"].pop(i)
    event["at"] = moment
    d["events"].insert(before if before < i else before - 1, event)


def doc(d: dict[str, Any], doc_id: str) -> dict[str, Any]:
    return next(x for x in d["documents"] if x["id"] == doc_id)


def letter(d: dict[str, Any]) -> dict[str, Any]:
    refusal: dict[str, Any] = next(x["refusal"] for x in d["documents"] if x.get("refusal"))
    return refusal


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_example_cases_give_none_of_the_new_codes(name: str) -> None:
    result = report(data(name))
    assert result.outcome == "compliant", result.codes
    assert not NEW_CODES & set(result.codes)


def test_the_new_rules_are_of_the_statute_and_cannot_be_replaced() -> None:
    for rule in (*ACT_ORDER_RULES, *OFFICE_RULES):
        assert rule in STATUTORY_RULES
        assert rule.origin == "statute" and not rule.replaceable


# --- an act that delivers a paper made after it ----------------------------------------------


def test_a_notice_sent_before_the_step_that_wrote_its_letter_is_an_error() -> None:
    """Kalbar's refusal at 09:00, the letter made by step 8 at 10:00 the same day: every date
    of every record is right, and the notice delivered a letter that did not exist yet."""
    d = data("kalbar")
    move(d, at(d, "notice_sent"), at(d, "step_completed", 8), "2025-04-11T09:00:00+07:00")
    finding = only(d, "case.document.used_before_made")
    assert finding.field == f"events[{at(d, 'notice_sent')}].document"
    assert "2025-04-11 09:00" in finding.message and "2025-04-11 10:00" in finding.message
    assert "langkah 8" in finding.message
    assert "step 8 made only when it completed at 2025-04-11 10:00" in finding.message_en


def test_the_moments_are_read_in_the_agency_s_zone_whatever_offset_they_are_written_in() -> None:
    d = data("kalbar")
    move(d, at(d, "notice_sent"), at(d, "step_completed", 8), "2025-04-11T02:00:00+00:00")
    finding = only(d, "case.document.used_before_made")
    assert "2025-04-11 09:00" in finding.message  # 02:00 UTC is 09:00 WIB


def test_a_declaration_before_the_step_that_made_its_penetapan_is_an_error() -> None:
    """KASN's SK is made by step 8 (16 Aug 2023, 14:00); declared at 13:00 it declared
    with a decree not yet made."""
    d = data("kasn")
    move(d, at(d, "exemption_declared"), at(d, "step_completed", 8), "2023-08-16T13:00:00+07:00")
    finding = only(d, "case.document.used_before_made")
    assert finding.field == f"events[{at(d, 'exemption_declared')}].document"


def test_an_act_at_the_very_moment_its_paper_is_made_is_not_out_of_order() -> None:
    d = data("kalbar")
    move(d, at(d, "notice_sent"), at(d, "step_completed", 8) + 1, "2025-04-11T10:00:00+07:00")
    assert report(d).outcome == "compliant"


def test_a_paper_no_step_makes_is_not_judged_by_when_it_was_made() -> None:
    """Kutai Timur's pause letter is not a step's output: the rule has nothing to compare."""
    d = data("kutai-timur")
    result = report(d)
    assert result.outcome == "compliant"
    assert doc(d, "tidak-lengkap")["id"] not in {
        o for e in d["events"] for o in e.get("outputs") or ()
    }


# --- a refusal before the exemption was declared ---------------------------------------------


def _refused_before_declared() -> dict[str, Any]:
    d = data("kutai-timur")
    move(d, at(d, "notice_sent"), at(d, "exemption_declared"), "2025-05-15T11:15:00+08:00")
    doc(d, "surat-penolakan")["date"] = "2025-05-15"
    return d


def test_a_refusal_before_the_exemption_was_declared_the_same_day_is_an_error() -> None:
    d = _refused_before_declared()
    finding = only(d, "case.exemption.declared_after_refusal")
    assert finding.field == f"events[{at(d, 'notice_sent')}]"
    assert "2025-05-15 11:15" in finding.message and "2025-05-15 11:30" in finding.message
    assert finding.message_en.startswith("The refusal notice (outcome 'refused') at 2025-05-15")


def test_a_refusal_a_day_before_the_declaration_is_an_error_too() -> None:
    """The Penetapan dated 15 May, declared only on 16 May after the refusal of 16 May 09:00."""
    d = data("kutai-timur")
    move(d, at(d, "exemption_declared"), len(d["events"]), "2025-05-16T13:00:00+08:00")
    d["events"].sort(key=lambda e: dt.datetime.fromisoformat(e["at"]))
    codes = {f.code for f in errors(d)}
    assert "case.exemption.declared_after_refusal" in codes


def test_a_log_that_declares_nothing_is_left_to_the_penetapan_record() -> None:
    """Without any exemption_declared the Penetapan record alone is read (case.penetapan.*)."""
    d = data("kutai-timur")
    del d["events"][at(d, "exemption_declared")]
    assert "case.exemption.declared_after_refusal" not in report(d).codes


def test_an_item_exempt_before_the_request_needs_no_declaration_first() -> None:
    d = _refused_before_declared()
    for sheet in [*d["tests"], *d["penetapan"]["sheets"]]:
        for row in sheet["rows"]:
            row["exempt_since"] = "2024-01-15"
    assert "case.exemption.declared_after_refusal" not in report(d).codes


# --- an approval the log shows after its use ---------------------------------------------------


def test_a_declaration_before_the_approver_completed_his_step_the_same_day_is_an_error() -> None:
    """Kalbar's Atasan approves (step 6) at 10:00; declared at 09:30 the same day, the Lembar's
    approval date (10 April) shows nothing wrong, the log does."""
    d = data("kalbar")
    move(d, at(d, "exemption_declared"), at(d, "step_completed", 6), "2025-04-10T09:30:00+07:00")
    finding = only(d, "case.approval.after_declaration")
    assert finding.field == "tests[0].approval"  # the Penetapan's copy of it is not said twice
    assert "2025-04-10 10:00" in finding.message and "2025-04-10 09:30" in finding.message
    assert "after the exemption was declared at 2025-04-10 09:30" in finding.message_en


def test_an_approver_who_acts_before_the_use_and_again_after_approved_in_time() -> None:
    """KASN's Ketua completes step 5 (the test) on 9 August and step 8 (the SK) on 16 August,
    just before the declaration: compliant, however late his second act."""
    d = data("kasn")
    assert report(d).outcome == "compliant"
    approver = d["penetapan"]["sheets"][0]["approval"]["name"]
    acts = [e for e in d["events"] if e["kind"] == "step_completed"]
    assert sum(e["actor"]["name"] == approver for e in acts) == 2


def test_an_approver_the_log_never_shows_is_not_judged_by_the_log() -> None:
    d = data("kutai-timur")
    approver = d["tests"][0]["approval"]["name"]
    assert all(e.get("actor", {}).get("name") != approver for e in d["events"])
    assert report(d).outcome == "compliant"


# --- the Atasan PPID acting as the PPID ------------------------------------------------------


def test_a_refusal_signed_as_ppid_by_the_atasan_who_approved_the_lembar_is_an_error() -> None:
    d = data("kalbar")
    letter(d)["signed_by"].update(name="Syarifuddin", nip=None)  # the titles dropped, no NIP
    finding = only(d, "case.power.own_superior")
    assert finding.field == "documents[8].refusal.signed_by.name"
    assert "penyetuju Lembar tests[0] sebagai Atasan PPID" in finding.message
    assert "hears the requester's objection" in finding.message_en


def test_the_same_nip_is_the_same_person_whatever_name_is_written() -> None:
    d = data("kutai-timur")
    approval = d["tests"][0]["approval"]
    assert approval["role"] == "atasan-ppid" and approval.get("nip")
    letter(d)["signed_by"]["nip"] = approval["nip"]
    assert only(d, "case.power.own_superior").field.endswith("refusal.signed_by.name")


def test_the_penetapan_signed_as_ppid_by_the_atasan_is_an_error() -> None:
    d = data("kalteng")
    boss = next(e["actor"] for e in d["events"] if e["actor"]["role"] == "atasan-ppid")
    d["penetapan"]["signature"]["name"] = boss["name"]
    d["penetapan"]["signature"].pop("nip", None)
    finding = only(d, "case.power.own_superior")
    assert finding.field == "penetapan.signature.name"
    assert "penyetuju Lembar penetapan.sheets[0] sebagai Atasan PPID" in finding.message


def test_the_atasan_doing_the_ppid_s_act_in_the_ppid_s_role_is_an_error() -> None:
    """Kalbar's notice sent by the Atasan PPID, recorded in the role ppid."""
    d = data("kalbar")
    boss = d["tests"][0]["approval"]
    i = at(d, "notice_sent")
    d["events"][i]["actor"].update(name=boss["name"], nip=boss["nip"])
    finding = only(d, "case.power.own_superior")
    assert finding.field == f"events[{i}].actor.name"
    assert "pelaku notice_sent" in finding.message


def test_one_person_in_both_offices_is_reported_once() -> None:
    d = data("kalbar")
    boss = d["tests"][0]["approval"]
    letter(d)["signed_by"].update(name=boss["name"], nip=boss["nip"])
    d["penetapan"]["signature"].update(name=boss["name"], nip=boss["nip"])
    assert [f.code for f in errors(d)] == ["case.power.own_superior"]


def test_the_pimpinan_who_is_also_atasan_may_sign_the_penetapan_as_his_decree() -> None:
    """KASN's Ketua approves as Atasan PPID and signs the Penetapan as pimpinan: lawful."""
    d = data("kasn")
    assert d["penetapan"]["signature"]["role"] == "pimpinan"
    assert d["penetapan"]["signature"]["name"] == d["penetapan"]["sheets"][0]["approval"]["name"]
    assert report(d).outcome == "compliant"


def test_a_lembar_approved_by_its_maker_stays_approval_by_maker_alone() -> None:
    d = data("kalbar")
    ppid = d["penetapan"]["ppid"]
    for sheet in [*d["tests"], *d["penetapan"]["sheets"]]:
        sheet["approval"].update(name=ppid["name"], nip=ppid["nip"])
    codes = [f.code for f in errors(d)]
    assert "case.approval.by_maker" in codes
    assert "case.power.own_superior" not in codes


# --- a required text that says nothing -------------------------------------------------------


@pytest.mark.parametrize(
    "text", [None, "", "  ", "-", "...", "0", "xxx", "Tidak ada.", "N/A", "nihil", "TBD"]
)
def test_a_placeholder_says_nothing(text: str | None) -> None:
    assert says_nothing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Data kesehatan pegawai",
        "Informasi perlu dikumpulkan dari tiga unit",
        "Tidak ada salinan akta pendirian",  # words of its own after "tidak ada"
        "Privasi",
    ],
)
def test_a_text_with_words_of_its_own_says_something(text: str) -> None:
    assert not says_nothing(text)


@pytest.mark.parametrize("text", ["-", "Tidak ada."])
def test_a_refusal_whose_consequence_is_a_placeholder_has_none(text: str) -> None:
    d = data("kalbar")
    letter(d)["consequence"] = text
    assert only(d, "case.refusal.no_consequence").field == "documents[8].refusal.consequence"


def test_a_pause_whose_reason_is_a_placeholder_is_unfounded() -> None:
    d = data("kutai-timur")
    d["events"][at(d, "paused")]["reason"] = "-"
    assert only(d, "case.pause.unfounded").field == "events[0].reason"


def test_an_extension_whose_reason_is_a_placeholder_has_none() -> None:
    d = data("kalbar")
    notice = d["events"][at(d, "notice_sent")]
    d["events"].insert(
        3,
        {
            "kind": "extension",
            "at": "2025-03-25T09:00:00+07:00",
            "actor": notice["actor"],
            "days": 7,
            "reason": "N/A",
        },
    )
    assert only(d, "case.extension.no_reason").field == "events[3].reason"


def test_a_lembar_whose_weighing_is_a_placeholder_has_none() -> None:
    d = data("kalbar")
    for sheet in [*d["tests"], *d["penetapan"]["sheets"]]:
        sheet["rows"][0]["consideration_of_closing"] = "Tidak ada."
    found = errors(d)
    assert {f.code for f in found} == {"harm.balance.closing_missing"}
    assert all(f.field.endswith("rows[0].consideration_of_closing") for f in found)


def test_an_opened_item_may_say_opening_harms_nothing() -> None:
    """On an item the test opened, "Tidak ada." answers the question (no consequence of
    opening): not a finding."""
    d = data("kalteng")
    row = next(r for r in d["penetapan"]["sheets"][0]["rows"] if r["outcome"] == "open")
    row["consequence_of_opening"] = "Tidak ada."
    assert report(d).findings == ()


def test_the_words_of_a_finding_are_the_same_in_both_languages_of_the_report() -> None:
    d = _refused_before_declared()
    finding = only(d, "case.exemption.declared_after_refusal")
    assert finding.text("en") == finding.message_en
    assert finding.text("id") == finding.message
    assert re.search(r"\(events\[\d+\]\)", finding.message_en)


# --- the docs ---------------------------------------------------------------------------------


def test_the_documented_example_runs() -> None:
    page = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    section = page.split("## The acts in the order of the law", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None
    exec(compile(block.group(1), "docs/case.md", "exec"), {})  # our own docs
