"""The references a case's records make: numbers, bodies, items and papers are this case's.

Each wrong case below is made by hand from an example case, one change of substance, and gives
its error (code, field, severity); the four example cases stay compliant (case/references.py;
docs/case.md, "The references a case's records make").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi.agency import AgencyInfo, get_agency
from uji_konsekuensi.case import CheckSettings, Report, case_from_dict, check_case
from uji_konsekuensi.case.compiled_sop import compile_sop
from uji_konsekuensi.case.core_rules import CORE_RULES, STATUTORY_RULES
from uji_konsekuensi.case.references import (
    REFERENCE_RULES,
    check_bodies,
    check_branch_outcomes,
    check_expiry_references,
    disclosing_branch,
    record_kinds,
    same_body,
)
from uji_konsekuensi.case.samples import sample_case_data
from uji_konsekuensi.findings import Finding, Severity

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
EXAMPLES = ("kalbar", "kalteng", "kasn", "kutai-timur")
OTHER_BODY = "Dinas Komunikasi dan Informatika Provinsi Kalimantan Tengah"


def data(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CASES / f"{name}.case.json").read_text("utf-8"))
    return loaded


def report(d: dict[str, Any]) -> Report:
    return check_case(case_from_dict(d), CheckSettings())


def only(d: dict[str, Any], code: str) -> Finding:
    """The one finding of ``code``; the case is not compliant."""
    result = report(d)
    hits = [f for f in result.findings if f.code == code]
    assert len(hits) == 1, [f.code for f in result.findings]
    assert result.outcome != "compliant"
    return hits[0]


def index(d: dict[str, Any], doc_id: str) -> int:
    return next(i for i, doc in enumerate(d["documents"]) if doc["id"] == doc_id)


def expiry_event(d: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    return next((i, e) for i, e in enumerate(d["events"]) if e["kind"] == "expiry_declared")


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_example_cases_stay_compliant_and_make_no_reference_finding(name: str) -> None:
    result = report(data(name))
    assert result.outcome == "compliant"
    assert not [f for f in result.findings if f.code.startswith("case.reference.")]


def test_the_reference_rules_run_with_the_law_and_cannot_be_replaced() -> None:
    for rule in REFERENCE_RULES:
        assert rule in CORE_RULES and rule in STATUTORY_RULES
        assert rule.origin in ("statute", "regulation") and not rule.replaceable
    start = CORE_RULES.index(REFERENCE_RULES[0])
    assert CORE_RULES[start : start + len(REFERENCE_RULES)] == REFERENCE_RULES  # in one block


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "doc_id"), [("kalbar", "permohonan"), ("kutai-timur", "permintaan")]
)
def test_a_request_form_numbered_as_another_request_is_an_error(name: str, doc_id: str) -> None:
    d = data(name)
    j = index(d, doc_id)
    d["documents"][j]["number"] = "046/PPID-OTHER/III/2025"
    f = only(d, "case.reference.request_number")
    assert (f.field, f.severity) == (f"documents[{j}].number", Severity.ERROR)
    assert d["trigger"]["registration_number"] in f.message


def test_a_request_form_number_written_with_other_case_is_the_same() -> None:
    d = data("kalbar")
    j = index(d, "permohonan")
    d["documents"][j]["number"] = d["trigger"]["registration_number"].lower()
    assert report(d).outcome == "compliant"


@pytest.mark.parametrize(
    ("name", "doc_id", "other"),
    [
        ("kalbar", "berita-acara", "481/112/DISKOMINFO-IP/IV/2025"),
        ("kalbar", "berita-acara-disetujui", "481/112/DISKOMINFO-IP/IV/2025"),
        ("kasn", "lembar-uji", "13/LPK/PPID/KASN/VII/2023"),
        ("kasn", "lembar-uji-final", "13/LPK/PPID/KASN/VII/2023"),
    ],
)
def test_a_lembar_document_numbered_as_another_lembar_is_an_error(
    name: str, doc_id: str, other: str
) -> None:
    d = data(name)
    j = index(d, doc_id)
    d["documents"][j]["number"] = other
    f = only(d, "case.reference.lembar_number")
    assert (f.field, f.severity) == (f"documents[{j}].number", Severity.ERROR)


def test_a_lembar_document_is_not_compared_when_no_lembar_is_numbered() -> None:
    d = data("kasn")
    d["penetapan"]["sheets"][0]["number"] = None
    d["documents"][index(d, "lembar-uji")]["number"] = "13/LPK/PPID/KASN/VII/2023"
    assert "case.reference.lembar_number" not in report(d).codes


def test_a_document_of_an_undeclared_kind_is_not_compared() -> None:
    # No declaration says what "formulir-lain" stands for: no guess, no finding.
    d = data("kalbar")
    j = index(d, "permohonan")
    d["documents"][j]["kind"] = "formulir-lain"
    d["documents"][j]["number"] = "999/LAIN/2025"
    assert not [c for c in report(d).codes if c.startswith("case.reference.")]


def test_the_record_kinds_come_from_the_plugins_declared_bases() -> None:
    assert record_kinds(get_agency("kalbar"))["request"] == {"permohonan-informasi"}
    assert record_kinds(get_agency("kalbar"))["lembar"] == {"berita-acara-uji"}
    kasn = record_kinds(get_agency("kasn"))
    assert kasn["lembar"] == {"lembar-uji"}
    assert kasn["opening"] == {"penetapan-informasi-terbuka"}
    assert "sk-klasifikasi" in kasn["penetapan"] and "sk-klasifikasi" not in kasn["lembar"]
    kutim = record_kinds(get_agency("kutai-timur"))
    assert kutim["request"] == {"permintaan-informasi"}
    assert kutim["incomplete"] == {"surat-keterangan-tidak-lengkap"}
    # The Penetapan's form is Lampiran III: never read as the Lembar's Lampiran II.
    assert "keputusan-klasifikasi" not in kutim["lembar"]
    assert record_kinds(None)["lembar"] == frozenset()


# --- the body -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("kalbar", "tests[0]"),
        ("kalbar", "penetapan.sheets[0]"),
        ("kalbar", "penetapan"),
        ("kalteng", "penetapan.sheets[0]"),
        ("kalteng", "penetapan"),
        ("kasn", "penetapan.sheets[0]"),
        ("kasn", "penetapan"),
        ("kutai-timur", "tests[0]"),
        ("kutai-timur", "penetapan.sheets[0]"),
        ("kutai-timur", "penetapan"),
    ],
)
def test_a_lembar_or_penetapan_of_another_body_is_an_error(name: str, path: str) -> None:
    d = data(name)
    target: Any = d
    for part in re.findall(r"[a-z_]+|\d+", path):
        target = target[int(part)] if part.isdigit() else target[part]
    target["badan_publik"] = OTHER_BODY
    result = report(d)
    hits = [f for f in result.findings if f.code == "case.reference.body"]
    assert [(f.field, f.severity) for f in hits] == [(f"{path}.badan_publik", Severity.ERROR)]
    assert result.outcome != "compliant"


def test_every_record_of_another_body_is_reported_even_when_they_agree() -> None:
    # The Penetapan and its Lembar agree with each other, and both are another body's.
    d = data("kasn")
    d["penetapan"]["badan_publik"] = OTHER_BODY
    d["penetapan"]["sheets"][0]["badan_publik"] = OTHER_BODY
    fields = {f.field for f in report(d).findings if f.code == "case.reference.body"}
    assert fields == {"penetapan.sheets[0].badan_publik", "penetapan.badan_publik"}


def test_a_declared_alias_names_the_agency_and_an_abbreviation_alone_does_not() -> None:
    kalbar = get_agency("kalbar")
    assert same_body("Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat", kalbar)
    assert same_body("  DINAS KOMUNIKASI DAN INFORMATIKA, Provinsi Kalimantan Barat. ", kalbar)
    assert same_body("Diskominfo Provinsi Kalimantan Barat", kalbar)
    assert not same_body("Diskominfo", kalbar)
    assert not same_body("Diskominfo Provinsi Kalimantan Tengah", kalbar)
    d = data("kalbar")
    d["tests"][0]["badan_publik"] = "DISKOMINFO Provinsi Kalimantan Barat"
    d["penetapan"]["sheets"][0]["badan_publik"] = "DISKOMINFO Provinsi Kalimantan Barat"
    d["penetapan"]["badan_publik"] = "DISKOMINFO Provinsi Kalimantan Barat"
    assert "case.reference.body" not in report(d).codes


def test_an_agency_without_the_alias_does_not_take_the_abbreviation() -> None:
    kalbar = get_agency("kalbar")
    plain = attrs.evolve(kalbar, info=attrs.evolve(kalbar.info, aliases=()))
    d = data("kalbar")
    d["penetapan"]["badan_publik"] = "Diskominfo Provinsi Kalimantan Barat"
    findings = list(check_bodies(case=case_from_dict(d), agency=plain))
    assert [f.field for f in findings] == ["penetapan.badan_publik"]
    assert list(check_bodies(case=case_from_dict(d), agency=kalbar)) == []


def test_agency_info_refuses_a_blank_alias() -> None:
    with pytest.raises(ValueError, match="aliases"):
        AgencyInfo(
            code="contoh", name="Dinas Contoh", timezone="Asia/Jakarta", trigger="request",
            aliases=(" ",),
        )  # fmt: skip


# --- the pause ----------------------------------------------------------------------------------


def test_a_pause_resting_on_the_request_form_is_an_error() -> None:
    d = data("kutai-timur")
    d["events"][0]["document"] = "permintaan"
    f = only(d, "case.reference.pause_document")
    assert (f.field, f.severity) == ("events[0].document", Severity.ERROR)
    assert "formulir permohonan" in f.message


def test_a_pause_resting_on_a_paper_not_of_the_declared_kind_is_an_error() -> None:
    d = data("kutai-timur")
    d["events"][0]["document"] = "dik-kajian"
    f = only(d, "case.reference.pause_document")
    assert "surat-keterangan-tidak-lengkap" in f.message_en


# --- the expiry ---------------------------------------------------------------------------------


def test_an_expiry_declared_by_the_penetapan_that_exempts_is_an_error() -> None:
    d = data("kasn")
    i, event = expiry_event(d)
    event["document"] = "sk"
    f = only(d, "case.reference.expiry_document")
    assert (f.field, f.severity) == (f"events[{i}].document", Severity.ERROR)


def test_an_expiry_declared_for_another_item_is_an_error() -> None:
    # Row 0 is exempt for 5 years from 2023-08-16: it does not end on 2023-12-31.
    d = data("kasn")
    i, event = expiry_event(d)
    event["item"] = "penetapan.sheets[0].rows[0]"
    f = only(d, "case.reference.expiry_date")
    assert (f.field, f.severity) == (f"events[{i}].expires_on", Severity.ERROR)
    assert "2028-08-16" in f.message


@pytest.mark.parametrize("expires_on", ["2024-12-31", "2023-10-02"])
def test_an_expiry_on_another_day_than_the_period_ends_is_an_error(expires_on: str) -> None:
    d = data("kasn")
    i, event = expiry_event(d)
    event["expires_on"] = expires_on
    f = only(d, "case.reference.expiry_date")
    assert (f.field, f.severity) == (f"events[{i}].expires_on", Severity.ERROR)


def test_an_expiry_a_day_off_the_period_end_is_the_same_end() -> None:
    d = data("kasn")
    _, event = expiry_event(d)
    event["expires_on"] = "2024-01-01"
    assert "case.reference.expiry_date" not in report(d).codes


def test_an_expiry_of_an_item_the_test_opened_is_an_error() -> None:
    d = data("kasn")
    i, _ = expiry_event(d)
    d["penetapan"]["sheets"][0]["rows"][1]["outcome"] = "open"
    f = only(d, "case.reference.expiry_not_exempt")
    assert (f.field, f.severity) == (f"events[{i}].item", Severity.ERROR)


def _with_period(period: dict[str, Any], expires_on: str) -> list[Finding]:
    d = data("kasn")
    d["penetapan"]["sheets"][0]["rows"][1]["period"] = period
    _, event = expiry_event(d)
    event["expires_on"] = expires_on
    c = case_from_dict(d)
    events = {
        type(e): ((i, e),) for i, e in enumerate(c.events) if type(e).__name__ == "ExpiryDeclared"
    }
    return list(check_expiry_references(case=c, events=events, agency=get_agency("kasn")))


def test_a_period_as_long_as_needed_is_not_declared_ended_by_date() -> None:
    period = {"kind": "as_long_as_needed", "as_written": "Selama dibutuhkan"}
    assert [(f.code, f.severity) for f in _with_period(period, "2023-12-31")] == [
        ("case.reference.expiry_date", Severity.ERROR)
    ]


def test_a_period_until_an_event_is_unverifiable_without_a_cap_and_bounded_with_one() -> None:
    event = {
        "kind": "until_event",
        "event": "rekomendasi diputuskan",
        "as_written": "Sampai diputus",
    }
    assert [(f.code, f.severity) for f in _with_period(event, "2023-12-31")] == [
        ("case.reference.expiry_unverifiable", Severity.WARNING)
    ]
    capped = event | {"at_most_years": 1}  # at the latest 2024-08-16
    assert _with_period(capped, "2023-12-31") == []
    assert [f.code for f in _with_period(capped, "2025-08-16")] == ["case.reference.expiry_date"]


# --- a closed item ------------------------------------------------------------------------------


def test_a_partial_item_made_closed_with_its_parts_is_an_error() -> None:
    d = data("kalteng")
    d["penetapan"]["sheets"][0]["rows"][1]["outcome"] = "closed"
    f = only(d, "case.reference.closed_with_parts")
    assert (f.field, f.severity) == ("penetapan.sheets[0].rows[1].outcome", Severity.ERROR)


def test_a_closed_item_that_releases_a_part_is_an_error() -> None:
    d = data("kalbar")
    d["tests"][0]["rows"][0]["released"] = "Daftar nama peserta"
    d["penetapan"]["sheets"][0]["rows"][0]["released"] = "Daftar nama peserta"
    fields = {f.field for f in report(d).findings if f.code == "case.reference.closed_with_parts"}
    assert fields == {"tests[0].rows[0].outcome", "penetapan.sheets[0].rows[0].outcome"}


# --- the docs -----------------------------------------------------------------------------------


def test_the_documented_example_runs() -> None:
    page = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    section = page.split("## The references a case's records make", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None
    exec(compile(block.group(1), "docs/case.md", "exec"), {})  # our own docs


def test_dates_in_these_tests_are_the_examples() -> None:
    # The KASN period the expiry tests rest on: row 1 ends 2023-12-31, the Penetapan is dated
    # 2023-08-16 (row 0: five years from it).
    d = data("kasn")
    assert d["penetapan"]["sheets"][0]["rows"][1]["period"]["until"] == "2023-12-31"
    assert dt.date.fromisoformat(d["penetapan"]["date"]) == dt.date(2023, 8, 16)


# --- the decision's branch and the notice ----------------------------------------------------


def _sample(code: str, branches: dict[int, str] | None = None) -> dict[str, Any]:
    agency = get_agency(code)
    return sample_case_data(agency, agency.sops[0], dt.date(2025, 3, 3), branches=branches)


def test_the_branch_that_gives_is_read_from_the_law_words_of_its_condition() -> None:
    decisions = {
        code: [
            (s.number, disclosing_branch(s))
            for s in get_agency(code).sops[0].steps
            if s.is_decision
        ]
        for code in EXAMPLES
    }
    # Kalbar "tidak bersifat rahasia: diserahkan", Kutai Timur "bersifat terbuka: ... Daftar
    # Informasi Publik"; Kalteng's "disetujui" / "tidak disetujui: perbaikan" is not read.
    assert decisions == {
        "kalbar": [(4, "no")],
        "kalteng": [(2, None)],
        "kasn": [],
        "kutai-timur": [(4, "no")],
    }


@pytest.mark.parametrize(
    ("yes", "no", "gives"),
    [
        ("Informasi dapat diberikan", "Informasi tidak dapat diberikan (dikecualikan)", "yes"),
        ("bukan informasi yang dikecualikan: diserahkan", "bersifat rahasia", "yes"),
        ("bersifat rahasia", "bersifat rahasia", None),
        ("disetujui", "tidak disetujui", None),
        ("terbuka atau rahasia", "rahasia", None),
        (None, "bersifat terbuka", None),
    ],
)
def test_a_branch_gives_only_when_one_reads_open_and_the_other_secret(
    yes: str | None, no: str | None, gives: str | None
) -> None:
    step = get_agency("kalbar").sops[0].step(4)
    assert step.yes is not None and step.no is not None
    step = attrs.evolve(
        step,
        yes=attrs.evolve(step.yes, condition=yes),
        no=attrs.evolve(step.no, condition=no),
    )
    assert disclosing_branch(step) == gives


@pytest.mark.parametrize("code", ["kalbar", "kutai-timur"])
def test_a_refusal_after_the_branch_that_gives_is_an_error(code: str) -> None:
    d = _sample(code, {4: "no"})
    i, notice = next((i, e) for i, e in enumerate(d["events"]) if e["kind"] == "notice_sent")
    notice["outcome"] = "refused"
    hits = [f for f in report(d).findings if f.code == "case.reference.branch_outcome"]
    assert [(f.field, f.severity, f.step) for f in hits] == [
        (f"events[{i}].outcome", Severity.ERROR, 4)
    ]
    assert "langkah 4" in hits[0].basis


@pytest.mark.parametrize(
    ("code", "branches", "outcome"),
    [
        ("kalbar", None, "refused"),
        ("kalbar", {4: "yes"}, "refused"),
        ("kalbar", {4: "no"}, "granted"),
        ("kutai-timur", None, "refused"),
        ("kutai-timur", {4: "no"}, "granted"),
    ],
)
def test_a_sample_follows_one_branch_to_a_consistent_notice(
    code: str, branches: dict[int, str] | None, outcome: str
) -> None:
    d = _sample(code, branches)
    assert [e["outcome"] for e in d["events"] if e["kind"] == "notice_sent"] == [outcome]
    assert report(d).outcome == "compliant"


def test_a_sample_refusing_takes_the_branch_that_withholds_even_when_it_is_no() -> None:
    # An SOP (as imported) whose "yes" gives the information and goes forward: the sample that
    # refuses takes "no", the branch whose condition withholds; the checker agrees.
    kalbar = get_agency("kalbar")
    sop = kalbar.sops[0]
    four = sop.step(4)
    assert four.yes is not None and four.no is not None
    swapped = attrs.evolve(
        four,
        yes=attrs.evolve(four.no, label="YA", condition="informasi dapat diberikan"),
        no=attrs.evolve(four.yes, label="TIDAK", condition="bersifat rahasia: dikecualikan"),
    )
    sop = attrs.evolve(sop, steps=tuple(swapped if s.number == 4 else s for s in sop.steps))
    d = sample_case_data(kalbar, sop, dt.date(2025, 3, 3))
    assert [e["branch"] for e in d["events"] if e.get("branch")] == ["no"]
    assert [e["outcome"] for e in d["events"] if e["kind"] == "notice_sent"] == ["refused"]
    plan = compile_sop(kalbar, sop)
    assert list(check_branch_outcomes(case=case_from_dict(d), plan=plan)) == []
    # The old choice, "yes" (forward), and then a refusal: the error.
    chosen = sample_case_data(kalbar, sop, dt.date(2025, 3, 3), branches={4: "yes"})
    assert [e["outcome"] for e in chosen["events"] if e["kind"] == "notice_sent"] == ["granted"]
    for e in chosen["events"]:
        if e["kind"] == "notice_sent":
            e["outcome"] = "refused"
    found = list(check_branch_outcomes(case=case_from_dict(chosen), plan=plan))
    assert [f.code for f in found] == ["case.reference.branch_outcome"]
