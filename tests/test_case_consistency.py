"""Records that must agree: each contradiction, one change to an example case, is an error.

The notice and the tests (`consistency.derived_outcome`, ``case.notice.outcome_mismatch``), one
result per tested item (``case.consistency.item_result``), the period as written
(``harm.period.as_written_mismatch``, ``harm.period.over_30_years``) and a refusal letter about
this request (``case.consistency.refusal_*``).
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.case import CheckSettings, Report, case_from_dict, check_case, consistency
from uji_konsekuensi.case.consistency import (
    CONSISTENCY_RULES,
    derived_outcome,
    information_key,
    information_refers,
)
from uji_konsekuensi.case.core_rules import CORE_RULES
from uji_konsekuensi.case.model import NoticeOutcome
from uji_konsekuensi.findings import Finding, Severity

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "cases"
AGENCIES = ("kalbar", "kalteng", "kasn", "kutai-timur")

#: The codes these tests are about: a clean baseline gives none of them.
OURS = frozenset(
    {
        "case.notice.outcome_mismatch",
        "case.consistency.item_result",
        "case.consistency.lembar_request",
        "case.consistency.lembar_stage",
        "case.consistency.refusal_registration",
        "case.consistency.refusal_requester",
        "case.consistency.refusal_information",
        "harm.period.as_written_mismatch",
        "harm.period.over_30_years",
        "case.refusal.no_letter",
    }
)


def data(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.case.json").read_text(encoding="utf-8"))


def report(d: dict[str, Any]) -> Report:
    return check_case(case_from_dict(d), CheckSettings())


def hits(d: dict[str, Any], code: str) -> list[Finding]:
    return [f for f in report(d).findings if f.code == code]


def ours(d: dict[str, Any]) -> set[str]:
    return set(report(d).codes) & OURS


def notice(d: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    return next((i, e) for i, e in enumerate(d["events"]) if e["kind"] == "notice_sent")


def letter(d: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    return next((j, doc) for j, doc in enumerate(d["documents"]) if doc.get("refusal"))


def given_row(d: dict[str, Any]) -> dict[str, Any]:
    """An item Kalbar gives: the aggregate results of the same assessment, opened by the test."""
    row = copy.deepcopy(d["tests"][0]["rows"][0])
    row.update(
        information="Rekapitulasi jumlah pejabat administrator dan pengawas Diskominfo Provinsi "
        "Kalimantan Barat yang memenuhi standar kompetensi jabatan Tahun 2024",
        outcome="open",
        consequence_of_opening="Tidak menimbulkan kerugian: data agregat, tanpa nama atau skor "
        "perorangan.",
        consideration_of_closing="Menutup rekapitulasi menghalangi pengawasan sistem merit; "
        "tidak ada kepentingan yang dilindungi dengan menutupnya.",
    )
    row.pop("period")
    return row


def partly(d: dict[str, Any]) -> dict[str, Any]:
    """Kalbar granting the aggregate and refusing the personal reports: partly granted (the
    given item written in the Lembar and, where the example has one, in the Penetapan)."""
    row = given_row(d)
    d["tests"][0]["rows"].append(row)
    if d.get("penetapan") is not None:
        d["penetapan"]["sheets"][0]["rows"].append(copy.deepcopy(row))
    notice(d)[1]["outcome"] = "partly_granted"
    return d


def lembar_only(d: dict[str, Any]) -> dict[str, Any]:
    """The case with its Lembar alone (no Penetapan record), as Kalbar first recorded it."""
    d["penetapan"] = None
    return d


def with_penetapan(d: dict[str, Any], *, keep_tests: bool) -> dict[str, Any]:
    """Kalbar's Lembar also written in (or moved to) a Penetapan, as KASN records its test: the
    example's own Penetapan when it has one."""
    if d.get("penetapan") is not None:
        if not keep_tests:
            d["tests"] = []
        return d
    sheet = copy.deepcopy(d["tests"][0])
    d["penetapan"] = {
        "number": "480/113/DISKOMINFO-IP/IV/2025",
        "badan_publik": sheet["badan_publik"],
        "unit": sheet["unit"],
        "ppid": {"name": "Rina Marlina, S.I.Kom.", "role": "ppid", "position": "PPID Pelaksana"},
        "place": "Pontianak",
        "date": "2025-04-10",
        "menimbang": ["bahwa Informasi Publik yang dikecualikan bersifat ketat dan terbatas"],
        "mengingat": [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor "
            "14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi "
            "Publik",
        ],
        "signature": {"role": "ppid", "name": "Rina Marlina, S.I.Kom.", "date": "2025-04-10"},
        "sheets": [sheet],
    }
    if not keep_tests:
        d["tests"] = []
    return d


# --- the baselines: the examples, and the variants the mutations start from --------------------


@pytest.mark.parametrize("name", AGENCIES)
def test_the_example_cases_records_agree(name: str) -> None:
    """None of the examples contradicts itself (test_case_check keeps them wholly compliant)."""
    assert ours(data(name)) == set()


@pytest.mark.parametrize(
    "build",
    [
        lambda: partly(data("kalbar")),
        lambda: partly(lembar_only(data("kalbar"))),
        lambda: with_penetapan(data("kalbar"), keep_tests=True),
        lambda: with_penetapan(data("kalbar"), keep_tests=False),
    ],
    ids=["partly-granted", "partly-granted-lembar-only", "lembar-and-penetapan", "penetapan-only"],
)
def test_the_baselines_of_the_mutations_agree(build: Any) -> None:
    """What each mutation starts from has none of the findings it is about."""
    assert ours(build()) == set()


def test_the_derived_outcome_of_each_example() -> None:
    """Kalbar and Kutai Timur closed their only item (refused), KASN closed both, Kalteng closed
    some, opened one and closed one in part (partly granted)."""
    got = {name: derived_outcome(case_from_dict(data(name))).outcome for name in AGENCIES}
    assert got == {
        "kalbar": NoticeOutcome.REFUSED,
        "kalteng": NoticeOutcome.PARTLY_GRANTED,
        "kasn": NoticeOutcome.REFUSED,
        "kutai-timur": NoticeOutcome.REFUSED,
    }
    kalteng = derived_outcome(case_from_dict(data("kalteng")))
    # The item closed in part is both given (the rest) and withheld (the part).
    assert "penetapan.sheets[0].rows[1]" in kalteng.given
    assert "penetapan.sheets[0].rows[1]" in kalteng.withheld
    assert "penetapan.sheets[0].rows[3]" not in kalteng.withheld


def nothing_tested(d: dict[str, Any]) -> dict[str, Any]:
    d["tests"] = []
    d["penetapan"] = None
    return d


def test_nothing_tested_allows_granted_or_not_held_only() -> None:
    d = nothing_tested(data("kalbar"))
    derived = derived_outcome(case_from_dict(d))
    assert derived.outcome is None and not derived.tested
    assert derived.possible == {NoticeOutcome.GRANTED, NoticeOutcome.NOT_HELD}


def test_each_case_is_answered_with_its_own_items() -> None:
    """The items are remembered for the case being checked only: an equal-looking case read in
    between is read anew."""
    refused = case_from_dict(data("kalbar"))
    opened = data("kalbar")
    for sheet in [*opened["tests"], *opened["penetapan"]["sheets"]]:
        sheet["rows"][0]["outcome"] = "open"
    granted = case_from_dict(opened)
    for _ in range(2):
        assert derived_outcome(refused).outcome is NoticeOutcome.REFUSED
        assert derived_outcome(granted).outcome is NoticeOutcome.GRANTED


def test_an_item_written_twice_counts_once_with_the_penetapans_result() -> None:
    d = with_penetapan(data("kalbar"), keep_tests=True)
    d["tests"][0]["rows"][0]["outcome"] = "open"
    case = case_from_dict(d)
    (item,) = consistency.tested_items(case)
    assert [p.path for p in item.places] == ["tests[0].rows[0]", "penetapan.sheets[0].rows[0]"]
    assert item.result.path == "penetapan.sheets[0].rows[0]"
    assert derived_outcome(case).outcome is NoticeOutcome.REFUSED


def earlier_round(d: dict[str, Any], *, keep_tests: bool) -> dict[str, Any]:
    """Kalbar refusing on the Penetapan of an earlier round: a DIK made before the request that
    also lists an item given to anyone (an aggregate, opened)."""
    received = d["trigger"]["received_at"][:10]
    sheet = d["penetapan"]["sheets"][0]
    sheet.update(stage="before_request", request_number=None, date="2025-02-03")
    assert sheet["date"] < received
    sheet["rows"].append(given_row(d))
    if not keep_tests:
        d["tests"] = []
    return d


@pytest.mark.parametrize("keep_tests", [True, False], ids=["lembar-on-request", "dik-only"])
def test_items_of_an_earlier_round_that_were_not_asked_for_do_not_count(keep_tests: bool) -> None:
    """The opened DIK item was not asked for: the refusal of the asked item agrees."""
    d = earlier_round(data("kalbar"), keep_tests=keep_tests)
    case = case_from_dict(d)
    assert derived_outcome(case).outcome is NoticeOutcome.REFUSED
    assert len(consistency.items_on_request(case)) == 1
    assert hits(d, "case.notice.outcome_mismatch") == []


def test_an_earlier_round_naming_nothing_asked_counts_whole() -> None:
    """No item of the earlier round is the one asked: all count, none escapes the comparison."""
    d = earlier_round(data("kalbar"), keep_tests=False)
    d["trigger"]["information"] = "Salinan daftar hadir rapat koordinasi humas Tahun 2023"
    letter(d)[1]["refusal"]["information"] = d["trigger"]["information"]
    case = case_from_dict(d)
    assert derived_outcome(case).outcome is NoticeOutcome.PARTLY_GRANTED


# --- the notice against the tests, wherever they are written -------------------------------------


def _mismatch(d: dict[str, Any]) -> Finding:
    index, _ = notice(d)
    (found,) = hits(d, "case.notice.outcome_mismatch")
    assert found.field == f"events[{index}].outcome"
    assert found.severity is Severity.ERROR
    assert found.basis.startswith("UU 14/2008 Pasal 22 ayat (7); ")
    return found


def test_granted_while_the_penetapan_closes_every_item_is_a_mismatch() -> None:
    d = with_penetapan(data("kalbar"), keep_tests=False)
    letter(d)[1]["refusal"] = None
    notice(d)[1]["outcome"] = "granted"
    found = _mismatch(d)
    assert "penetapan.sheets[0].rows[0]" in found.message_en
    assert "Pasal 19" in found.basis


def test_granted_while_part_is_withheld_is_a_mismatch_and_the_refusal_checks_run() -> None:
    d = partly(data("kalbar"))
    letter(d)[1]["refusal"] = None
    notice(d)[1]["outcome"] = "granted"
    found = _mismatch(d)
    assert "partial refusal" in found.message_en
    assert "huruf c-e" in found.basis
    # A refusal in part: its letter is checked as a refusal's, and there is none.
    (no_letter,) = hits(d, "case.refusal.no_letter")
    assert no_letter.field == f"events[{notice(d)[0]}].document"


def test_partly_granted_with_everything_closed_is_a_mismatch() -> None:
    d = data("kalbar")
    notice(d)[1]["outcome"] = "partly_granted"
    assert "nothing is given" in _mismatch(d).message_en


def test_partly_granted_with_nothing_withheld_is_a_mismatch() -> None:
    d = partly(lembar_only(data("kalbar")))
    d["tests"][0]["rows"][0]["outcome"] = "open"
    d["tests"][0]["rows"][0].pop("period")
    assert "nothing is withheld" in _mismatch(d).message_en


def test_refused_while_the_tests_opened_part_is_a_mismatch() -> None:
    d = partly(data("kalbar"))
    notice(d)[1]["outcome"] = "refused"
    found = _mismatch(d)
    assert "must be given" in found.message_en and "Pasal 2 ayat (1)" in found.basis


def test_not_held_on_an_item_the_agency_tested_is_a_mismatch() -> None:
    d = data("kalbar")
    notice(d)[1]["outcome"] = "not_held"
    found = _mismatch(d)
    assert found.basis.endswith("Pasal 22 ayat (7) huruf a")
    assert "rows[0]" in found.message_en


def test_not_held_or_granted_with_nothing_tested_is_no_mismatch() -> None:
    for outcome in ("not_held", "granted"):
        d = nothing_tested(data("kalbar"))
        letter(d)[1]["refusal"] = None
        notice(d)[1]["outcome"] = outcome
        assert hits(d, "case.notice.outcome_mismatch") == []


def test_every_notice_is_compared() -> None:
    """A second notice that contradicts the tests is reported at its own index."""
    d = data("kalbar")
    index, first = notice(d)
    second = copy.deepcopy(first)
    second["outcome"] = "not_held"
    d["events"].insert(index + 1, second)
    found = hits(d, "case.notice.outcome_mismatch")
    assert [f.field for f in found] == [f"events[{index + 1}].outcome"]


# --- one tested item, one result ---------------------------------------------------------------


def test_a_lembar_opening_what_the_penetapan_closes_is_an_error() -> None:
    d = with_penetapan(data("kalbar"), keep_tests=True)
    d["tests"][0]["rows"][0]["outcome"] = "open"
    (found,) = hits(d, "case.consistency.item_result")
    assert found.field == "tests[0].rows[0].outcome"
    assert found.severity is Severity.ERROR
    assert "penetapan.sheets[0].rows[0]" in found.message_en
    assert "Pasal 49" in found.basis


def test_the_same_item_with_another_period_is_an_error() -> None:
    d = with_penetapan(data("kalbar"), keep_tests=True)
    d["tests"][0]["rows"][0]["period"]["review_on"] = "2026-04-09"
    (found,) = hits(d, "case.consistency.item_result")
    assert found.field == "tests[0].rows[0].period"


def test_the_same_item_with_another_ground_is_an_error() -> None:
    d = with_penetapan(data("kalbar"), keep_tests=True)
    d["penetapan"]["sheets"][0]["rows"][0]["grounds"] = [{"ground": "h.2"}]
    (found,) = hits(d, "case.consistency.item_result")
    # The Penetapan's result counts; the Lembar is the one reported.
    assert found.field == "tests[0].rows[0].grounds"


def test_the_same_item_is_found_whatever_its_case_and_spacing() -> None:
    d = with_penetapan(data("kalbar"), keep_tests=True)
    row = d["tests"][0]["rows"][0]
    row["information"] = "  " + row["information"].upper().replace(" ", "  ") + "."
    row["outcome"] = "open"
    assert [f.field for f in hits(d, "case.consistency.item_result")] == [
        "tests[0].rows[0].outcome"
    ]


def test_a_whole_letter_and_one_of_its_points_are_the_same_ground() -> None:
    d = with_penetapan(data("kalbar"), keep_tests=True)
    d["tests"][0]["rows"][0]["grounds"] = [{"ground": "h"}]
    assert hits(d, "case.consistency.item_result") == []


# --- the period as written ---------------------------------------------------------------------


def _as_written(d: dict[str, Any], code: str) -> list[Finding]:
    return [f for f in hits(d, code) if f.field and f.field.endswith("period.as_written")]


def test_thirty_years_written_as_three_hundred_is_an_error() -> None:
    d = data("kasn")
    period = d["penetapan"]["sheets"][0]["rows"][0]["period"]
    period["years"] = 30
    period["as_written"] = "300 (tiga ratus) tahun sejak ditetapkan"
    (found,) = _as_written(d, "harm.period.as_written_mismatch")
    assert found.field == "penetapan.sheets[0].rows[0].period.as_written"
    assert found.severity is Severity.ERROR
    assert "300 (tiga ratus) tahun" in found.message_en and "30 years" in found.message_en


def test_huruf_a_written_beyond_thirty_years_is_over_the_cap_of_pasal_5() -> None:
    d = data("kasn")
    row = d["penetapan"]["sheets"][0]["rows"][0]
    row["grounds"] = [{"ground": "a.1"}]
    row["period"]["years"] = 30
    row["period"]["as_written"] = "300 (tiga ratus) tahun sejak ditetapkan"
    (cap,) = _as_written(d, "harm.period.over_30_years")
    assert cap.severity is Severity.ERROR and "PP 61/2010 Pasal 5 ayat (1)" in cap.basis
    assert _as_written(d, "harm.period.as_written_mismatch")


def test_digits_and_words_that_disagree_are_an_error() -> None:
    d = data("kasn")
    d["penetapan"]["sheets"][0]["rows"][0]["period"]["as_written"] = "5 (lima puluh) tahun"
    (found,) = _as_written(d, "harm.period.as_written_mismatch")
    assert "digits 5" in found.message_en


def test_another_end_date_written_is_an_error() -> None:
    d = data("kasn")
    period = d["penetapan"]["sheets"][0]["rows"][1]["period"]
    year = period["until"][:4]
    assert f"Desember {year}" in period["as_written"]
    period["as_written"] = period["as_written"].replace(year, str(int(year) + 1))
    (found,) = _as_written(d, "harm.period.as_written_mismatch")
    assert f"{int(year) + 1}-12-31" in found.message_en


def test_a_cap_written_but_not_structured_is_an_error() -> None:
    d = data("kalteng")
    period = d["penetapan"]["sheets"][0]["rows"][2]["period"]
    period["as_written"] += ", paling lama 2 (dua) tahun"
    (found,) = _as_written(d, "harm.period.as_written_mismatch")
    assert "no cap" in found.message_en


def test_a_period_in_months_and_a_cited_statute_agree() -> None:
    d = data("kasn")
    period = d["penetapan"]["sheets"][0]["rows"][0]["period"]
    period["as_written"] = "60 (enam puluh) bulan sejak ditetapkan, menurut UU Nomor 14 Tahun 2008"
    assert _as_written(d, "harm.period.as_written_mismatch") == []


# --- the refusal letter is about this request --------------------------------------------------


def _on_letter(d: dict[str, Any], code: str, name: str) -> Finding:
    j, _ = letter(d)
    (found,) = hits(d, code)
    assert found.field == f"documents[{j}].refusal.{name}"
    assert found.severity is Severity.ERROR
    return found


def test_a_letter_with_another_requests_registration_number_is_an_error() -> None:
    d = data("kalbar")
    letter(d)[1]["refusal"]["registration_number"] = data("kutai-timur")["trigger"][
        "registration_number"
    ]
    found = _on_letter(d, "case.consistency.refusal_registration", "registration_number")
    assert "Pasal 22 ayat (4)" in found.basis


def test_a_letter_to_another_requester_is_an_error() -> None:
    d = data("kalbar")
    letter(d)[1]["refusal"]["requester_name"] = data("kutai-timur")["trigger"]["requester"]["name"]
    _on_letter(d, "case.consistency.refusal_requester", "requester_name")


def test_a_letter_refusing_another_requests_information_is_an_error() -> None:
    d = data("kalbar")
    letter(d)[1]["refusal"]["information"] = data("kutai-timur")["trigger"]["information"]
    _on_letter(d, "case.consistency.refusal_information", "information")


def test_a_letter_refusing_another_year_is_an_error() -> None:
    d = data("kalbar")
    refusal = letter(d)[1]["refusal"]
    refusal["information"] = refusal["information"].replace("2024", "2023")
    _on_letter(d, "case.consistency.refusal_information", "information")


def test_a_letter_to_another_requesters_address_or_contact_is_an_error() -> None:
    other = data("kutai-timur")["trigger"]["requester"]
    for name, key in (("requester_address", "address"), ("requester_contact", "contact")):
        d = data("kalbar")
        letter(d)[1]["refusal"][name] = other[key]
        _on_letter(d, "case.consistency.refusal_requester", name)


def test_a_telephone_number_is_compared_by_its_digits() -> None:
    d = data("kutai-timur")
    d["trigger"]["requester"]["contact"] = "0812-5566-7788"
    letter(d)[1]["refusal"]["requester_contact"] = "+62 812 5566 7788"
    assert ours(d) == set()


def test_a_lembar_naming_another_request_is_an_error() -> None:
    d = data("kalbar")
    d["tests"][0]["request_number"] = data("kutai-timur")["trigger"]["registration_number"]
    (found,) = hits(d, "case.consistency.lembar_request")
    assert found.field == "tests[0].request_number" and found.severity is Severity.ERROR
    assert "Pasal 49 ayat (1) huruf b" in found.basis


def test_a_lembar_before_any_request_that_names_this_request_is_an_error() -> None:
    d = data("kalbar")
    d["tests"][0]["stage"] = "before_request"
    (found,) = hits(d, "case.consistency.lembar_stage")
    assert found.field == "tests[0].stage" and found.severity is Severity.ERROR
    assert found.basis == "PERKI 1/2021 Pasal 49 ayat (1) huruf a-b"


def test_a_lembar_before_any_request_dated_after_it_is_an_error() -> None:
    d = data("kalbar")
    d["tests"][0]["stage"] = "before_request"
    d["tests"][0]["request_number"] = None
    assert [f.field for f in hits(d, "case.consistency.lembar_stage")] == ["tests[0].stage"]


def test_an_earlier_classification_before_the_request_is_no_contradiction() -> None:
    """A request refused on a Penetapan of an earlier periodic round: dated before, no number."""
    d = data("kalbar")
    sheet = d["penetapan"]["sheets"][0]
    sheet.update(stage="before_request", request_number=None, date="2025-02-03")
    assert hits(d, "case.consistency.lembar_stage") == []


def test_a_lembar_on_request_in_a_periodic_round_is_an_error() -> None:
    d = data("kasn")
    d["penetapan"]["sheets"][0]["stage"] = "on_request"
    (found,) = hits(d, "case.consistency.lembar_stage")
    assert found.field == "penetapan.sheets[0].stage"


def test_a_lembar_naming_no_request_is_not_compared() -> None:
    d = data("kalbar")
    d["tests"][0]["request_number"] = None
    assert hits(d, "case.consistency.lembar_request") == []


def test_spacing_case_titles_and_a_shorter_wording_are_the_same_request() -> None:
    d = data("kalbar")
    refusal = letter(d)[1]["refusal"]
    refusal["registration_number"] = " 045 / ppid-diskominfo / III / 2025 "
    refusal["requester_name"] = "Sdr. YOHANES  Kurnia Irawan, S.I.Kom."
    refusal["information"] = (
        "Laporan hasil uji kompetensi perorangan pejabat administrator dan pengawas Diskominfo "
        "Provinsi Kalimantan Barat Tahun 2024"
    )
    assert ours(d) == set()


def test_a_letter_may_name_the_tested_item_instead_of_the_request() -> None:
    d = data("kalbar")
    refusal = letter(d)[1]["refusal"]
    refusal["information"] = d["tests"][0]["rows"][0]["information"]
    assert ours(d) == set()


def test_information_is_compared_by_its_words_and_numbers() -> None:
    asked = "Salinan resume medis PNS Kabupaten Kutai Timur Tahun 2024"
    assert information_refers("resume medis PNS Kutai Timur 2024", asked)
    assert not information_refers("resume medis PNS Kutai Timur 2023", asked)
    assert not information_refers("Salinan laporan keuangan dan rekening Tahun 2024", asked)
    assert information_key(" Resume,  MEDIS. ") == "resume medis"


# --- the rules -----------------------------------------------------------------------------------


def test_the_rules_run_with_the_core_and_cannot_be_replaced() -> None:
    start = CORE_RULES.index(CONSISTENCY_RULES[0])
    assert CORE_RULES[start : start + len(CONSISTENCY_RULES)] == CONSISTENCY_RULES
    for rule in CONSISTENCY_RULES:
        assert not rule.replaceable and rule.origin in ("statute", "regulation")
        assert rule.codes and all(c.startswith("case.consistency.") for c in rule.codes)


def test_the_docs_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example in docs/case.md, "Records that must agree", runs as printed."""
    monkeypatch.chdir(ROOT)
    doc = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    section = doc.split("## Records that must agree", 1)[1]
    (code,) = re.findall(r"```python\n(.*?)```", section.split("\n## ", 1)[0], re.S)
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/case.md", "exec"), namespace)
    assert namespace["derived"].outcome is NoticeOutcome.REFUSED
