"""The law's instruments in a case: the Penetapan a refusal rests on, and the agency's period.

Each attack on the Penetapan (a refusal with no record, a declaration pointing at any document,
an ``exempt_since`` that is no earlier exemption, a letter naming another Penetapan) and a KASN
case dated after the commission was dissolved gives its error; the example cases stay
compliant (case/instruments.py, law_checks.check_penetapan; docs/case.md, "The law's
instruments").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi import agency as agency_module
from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.calendar import WorkingCalendar
from uji_konsekuensi.case import CheckSettings, Report, case_from_dict, check_case
from uji_konsekuensi.case.compiled_sop import compile_sop
from uji_konsekuensi.case.core_rules import CORE_RULES
from uji_konsekuensi.case.instruments import (
    INSTRUMENT_RULES,
    STRICT_PP_61,
    missing_content,
    penetapan_kinds,
    sop_makes_penetapan,
)
from uji_konsekuensi.portal_contract import contract_json

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "examples" / "cases"
EXAMPLES = ("kalbar", "kalteng", "kasn", "kutai-timur")
NO_PENETAPAN_STEP = "tidak memuat langkah yang membuat Penetapan"


def data(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CASES / f"{name}.case.json").read_text("utf-8"))
    return loaded


def report(d: dict[str, Any], **settings: Any) -> Report:
    return check_case(case_from_dict(d), CheckSettings(**settings))


def codes(d: dict[str, Any], **settings: Any) -> set[str]:
    return set(report(d, **settings).codes)


def found(d: dict[str, Any], code: str) -> list[Any]:
    return [f for f in report(d).findings if f.code == code]


def document(d: dict[str, Any], doc_id: str) -> dict[str, Any]:
    doc: dict[str, Any] = next(x for x in d["documents"] if x["id"] == doc_id)
    return doc


def event(d: dict[str, Any], kind: str) -> dict[str, Any]:
    e: dict[str, Any] = next(x for x in d["events"] if x["kind"] == kind)
    return e


def letter(d: dict[str, Any]) -> dict[str, Any]:
    refusal: dict[str, Any] = document(d, event(d, "notice_sent")["document"])["refusal"]
    return refusal


# --- the examples are true ---------------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_example_cases_stay_compliant(name: str) -> None:
    r = report(data(name))
    assert r.findings == ()
    assert r.outcome == "compliant"


@pytest.mark.parametrize("name", ["kalbar", "kutai-timur"])
def test_each_example_refusal_rests_on_a_penetapan_record_it_names(name: str) -> None:
    d = data(name)
    pen = d["penetapan"]
    assert pen is not None and pen["number"]
    assert letter(d)["penetapan"] == pen["number"]
    declared = document(d, event(d, "exemption_declared")["document"])
    assert declared["number"] == pen["number"]
    case = case_from_dict(d)
    assert case.penetapan is not None and missing_content(case.penetapan) == ()
    notice_day = dt.date.fromisoformat(event(d, "notice_sent")["at"][:10])
    assert dt.date.fromisoformat(pen["date"]) <= notice_day


@pytest.mark.parametrize("name", ["kalbar", "kutai-timur"])
def test_each_example_letter_is_signed_by_the_one_its_heading_names(name: str) -> None:
    d = data(name)
    doc = document(d, event(d, "notice_sent")["document"])
    signer = doc["refusal"]["signed_by"]["position"]
    assert doc["title"] == f"Surat Keputusan {signer} tentang Penolakan Permintaan Informasi"
    pen = d["penetapan"]
    assert pen["signature"]["position"] == pen["ppid"]["position"] == signer
    assert signer in pen["menimbang"][-1]


def test_the_kasn_round_is_dated_while_kasn_existed() -> None:
    d = data("kasn")
    until = agency_module.get_agency("kasn").info.active_until
    assert until == dt.date(2024, 8, 22)
    days = [dt.date.fromisoformat(e["at"][:10]) for e in d["events"]]
    assert max(days) <= until
    # the decree is the Ketua's, signed by the pimpinan, and the documents call it so
    assert d["penetapan"]["signature"]["role"] == "pimpinan"
    assert document(d, "sk")["title"].startswith("Surat Keputusan Ketua KASN")


# --- the Penetapan record ----------------------------------------------------------------------


def test_a_refusal_without_a_penetapan_record_is_an_error() -> None:
    d = data("kalbar")
    d["penetapan"] = None
    hits = found(d, "case.penetapan.missing")
    assert [f.field for f in hits] == [f"events[{d['events'].index(event(d, 'notice_sent'))}]"]
    # Kalbar's SOP has no Penetapan step: the finding says the SOP is not the PERKI
    assert NO_PENETAPAN_STEP in hits[0].message
    assert "no step that makes a Penetapan" in hits[0].message_en


def test_the_note_on_the_sop_is_left_out_where_the_sop_makes_a_penetapan() -> None:
    d = data("kutai-timur")
    d["penetapan"] = None
    (hit,) = found(d, "case.penetapan.missing")
    assert NO_PENETAPAN_STEP not in hit.message


def test_which_sops_have_a_penetapan_step() -> None:
    made = {}
    for code in EXAMPLES:
        a = agency_module.get_agency(code)
        made[code] = sop_makes_penetapan(a, compile_sop(a, a.sops[0]))
    assert made == {"kalbar": False, "kalteng": False, "kasn": True, "kutai-timur": True}


def test_exemption_declared_with_the_requesters_ktp_is_no_penetapan() -> None:
    d = data("kalbar")
    event(d, "exemption_declared")["document"] = "ktp-pemohon"
    (hit,) = found(d, "case.exemption.not_penetapan")
    assert "'ktp-pemohon'" in hit.message and "identitas-pemohon" in hit.message
    assert hit.field == f"events[{d['events'].index(event(d, 'exemption_declared'))}].document"
    assert hit.severity == "error"


def test_exemption_declared_with_a_penetapan_kind_of_another_number_is_no_penetapan() -> None:
    d = data("kutai-timur")
    document(d, "keputusan")["number"] = "B-000.8.3.3/098/BKPSDM-SEK/III/2025"
    (hit,) = found(d, "case.exemption.not_penetapan")
    assert "B-000.8.3.3/098" in hit.message and "B-000.8.3.3/151" in hit.message


def test_a_declaration_without_a_record_gives_both_errors() -> None:
    d = data("kalbar")
    d["penetapan"] = None
    event(d, "exemption_declared")["document"] = "berita-acara-disetujui"
    assert {"case.penetapan.missing", "case.exemption.not_penetapan"} <= codes(d)


@pytest.mark.parametrize(
    ("exempt_since", "missing"),
    [
        ("2024-01-02", False),  # exempt long before the request: an earlier Penetapan
        ("2025-05-04", False),  # the day before receipt (5 May 2025)
        ("2025-05-05", True),  # the day of receipt is not before it
        ("2026-01-01", True),  # in the future: no exemption at all when refused
    ],
)
def test_exempt_since_counts_only_before_the_request(exempt_since: str, missing: bool) -> None:
    d = data("kutai-timur")
    d["penetapan"] = None
    d["events"] = [e for e in d["events"] if e["kind"] != "exemption_declared"]
    for row in d["tests"][0]["rows"]:
        row["exempt_since"] = exempt_since
    hits = found(d, "case.penetapan.missing")
    assert bool(hits) is missing
    if missing:
        assert exempt_since in hits[0].message


def test_a_letter_naming_another_penetapan_is_an_error() -> None:
    d = data("kutai-timur")
    letter(d)["penetapan"] = "B-000.8.3.3/098/BKPSDM-SEK/III/2025"
    (hit,) = found(d, "case.refusal.penetapan_mismatch")
    assert hit.field is not None and hit.field.endswith(".refusal.penetapan")
    assert codes(d) == {"case.refusal.penetapan_mismatch"}


def test_a_letter_naming_its_penetapan_with_other_spacing_or_case_is_the_same() -> None:
    d = data("kutai-timur")
    letter(d)["penetapan"] = "  b-000.8.3.3/151/bkpsdm-sek/v/2025 "
    assert codes(d) == set()


def test_a_letter_naming_no_penetapan_is_an_error() -> None:
    d = data("kalbar")
    letter(d)["penetapan"] = None
    assert codes(d) == {"case.refusal.penetapan_unnamed"}


def test_a_letter_on_an_earlier_exemption_still_names_its_penetapan() -> None:
    d = data("kalbar")
    d["penetapan"] = None
    d["events"] = [e for e in d["events"] if e["kind"] != "exemption_declared"]
    for row in d["tests"][0]["rows"]:
        row["exempt_since"] = "2024-01-02"
    # (a Lembar dated after the item was already exempt is harm.test.after_exemption: not ours)
    assert not {c for c in codes(d) if c.startswith("case.")}  # the letter names the earlier one
    letter(d)["penetapan"] = None
    assert {c for c in codes(d) if c.startswith("case.")} == {"case.refusal.penetapan_unnamed"}


def test_a_penetapan_dated_after_the_refusal_is_an_error() -> None:
    d = data("kutai-timur")
    d["penetapan"]["date"] = d["penetapan"]["signature"]["date"] = "2025-05-19"
    (hit,) = found(d, "case.penetapan.after_refusal")
    assert hit.field == "penetapan.date"
    assert "2025-05-16" in hit.message and "2025-05-19" in hit.message
    d["penetapan"]["date"] = d["penetapan"]["signature"]["date"] = "2025-05-16"
    assert "case.penetapan.after_refusal" not in codes(d)


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("ppid", None, "ppid"),
        ("unit", None, "unit"),
        ("place", " ", "place"),
        ("number", None, "number"),
    ],
)
def test_a_penetapan_without_its_pasal_49_content_is_incomplete(
    key: str, value: Any, named: str
) -> None:
    d = data("kalbar")
    d["penetapan"][key] = value
    hits = found(d, "case.penetapan.incomplete")
    assert len(hits) == 1 and named in hits[0].message
    # checked even when the portal skips the record validation
    assert "case.penetapan.incomplete" in codes(d, validate_records=False)


def test_a_penetapan_whose_rows_have_no_period_is_incomplete() -> None:
    d = data("kutai-timur")
    for row in d["penetapan"]["sheets"][0]["rows"]:
        row.pop("period", None)
    (hit,) = found(d, "case.penetapan.incomplete")
    assert "rows[].period" in hit.message


@pytest.mark.parametrize("where", ["penetapan", "penetapan.sheets[0]", "tests[0]"])
def test_a_penetapan_of_another_body_is_not_this_tests(where: str) -> None:
    d = data("kalbar")
    node = d["penetapan"] if where == "penetapan" else (
        d["penetapan"]["sheets"][0] if where.startswith("penetapan.") else d["tests"][0]
    )  # fmt: skip
    node["badan_publik"] = "Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat"
    hits = found(d, "case.penetapan.not_this_test")
    assert len(hits) == 1 and "Dinas Pendidikan" in hits[0].message


def test_a_penetapan_of_other_information_is_not_this_tests() -> None:
    d = data("kutai-timur")
    d["penetapan"]["sheets"][0]["rows"][0]["information"] = "Daftar hadir apel pagi 2024"
    (hit,) = found(d, "case.penetapan.not_this_test")
    assert hit.field == "tests[0].rows[0].information"


def test_penetapan_kinds_come_from_the_plugins_declarations() -> None:
    kasn = penetapan_kinds(agency_module.get_agency("kasn"))
    assert {"sk-klasifikasi", "draft-sk-klasifikasi", "penetapan-klasifikasi"} <= kasn
    kalbar = penetapan_kinds(agency_module.get_agency("kalbar"))
    assert "dik" not in kalbar and "berita-acara-uji" not in kalbar


# --- the agency's period -----------------------------------------------------------------------


def _kasn_2025() -> dict[str, Any]:
    """The KASN round as it was first written: dated 2025, a year after the dissolution."""
    d = data("kasn")
    shift = dt.timedelta(weeks=103)
    for e in d["events"]:
        moment = dt.datetime.fromisoformat(e["at"]) + shift
        e["at"] = moment.isoformat()
    return d


def test_a_kasn_case_dated_after_the_dissolution_is_an_error() -> None:
    d = _kasn_2025()
    (hit,) = found(d, "case.agency.inactive")
    assert hit.severity == "error"
    assert hit.field == "events[0].at"
    assert "Perpres 91/2024" in hit.basis and "UU 20/2023" in hit.basis
    assert "2024-08-22" in hit.message and "2025-07-14" in hit.message


def test_the_last_day_of_kasn_is_in_and_the_day_of_the_perpres_is_out() -> None:
    info = agency_module.get_agency("kasn").info
    assert info.is_active_on(dt.date(2024, 8, 22))
    assert not info.is_active_on(dt.date(2024, 8, 23))
    d = data("kasn")
    event(d, "expiry_declared")["at"] = "2024-08-22T16:00:00+07:00"
    assert "case.agency.inactive" not in codes(d)
    event(d, "expiry_declared")["at"] = "2024-08-23T08:00:00+07:00"
    (hit,) = found(d, "case.agency.inactive")
    assert hit.field == f"events[{len(d['events']) - 1}].at"


def test_an_agency_without_a_period_is_never_inactive() -> None:
    d = data("kalbar")
    assert agency_module.get_agency("kalbar").info.active_until is None
    for e in d["events"]:
        e["at"] = e["at"].replace("2025-", "2031-", 1)
    assert "case.agency.inactive" not in codes(d)


def test_agency_info_refuses_a_period_without_its_basis_or_reversed() -> None:
    with pytest.raises(ValueError, match="active_basis"):
        AgencyInfo(
            code="contoh", name="Contoh", timezone="Asia/Jakarta", trigger="request",
            active_until=dt.date(2024, 1, 1),
        )  # fmt: skip
    with pytest.raises(ValueError, match="after active_until"):
        AgencyInfo(
            code="contoh", name="Contoh", timezone="Asia/Jakarta", trigger="request",
            active_from=dt.date(2024, 2, 1), active_until=dt.date(2024, 1, 1), active_basis="x",
        )  # fmt: skip


def test_the_contract_shows_the_period_and_its_basis() -> None:
    kasn = contract_json(agency_module.get_agency("kasn"))["agency"]
    assert kasn["active_until"] == "2024-08-22"
    assert "Perpres 92/2024" in kasn["active_basis"]
    assert contract_json(agency_module.get_agency("kalbar"))["agency"]["active_until"] is None


# --- the rules themselves ----------------------------------------------------------------------


def test_the_instrument_rules_run_with_the_core_and_cannot_be_replaced() -> None:
    codes_of_core = [rule.code for rule in CORE_RULES]
    for rule in INSTRUMENT_RULES:
        assert rule.code in codes_of_core
        assert not rule.replaceable


def test_a_strict_reading_of_pp_61_refuses_the_atasan_ppids_approval() -> None:
    d = data("kalbar")
    assert "harm.approval.role" not in codes(d)
    assert "harm.approval.role" in codes(d, harm=STRICT_PP_61)
    d["tests"][0]["approval"]["role"] = "pimpinan"
    d["penetapan"]["sheets"][0]["approval"]["role"] = "pimpinan"
    assert "harm.approval.role" not in codes(d, harm=STRICT_PP_61)


def test_the_documented_example_runs() -> None:
    page = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    section = page.split("### The law's instruments", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None
    names: dict[str, Any] = {}
    exec(compile(block.group(1), "docs/case.md", "exec"), names)  # our own docs
    assert names["codes"] == {"case.refusal.penetapan_mismatch"}


# --- the calendar past the decreed years --------------------------------------------------------


def test_a_holiday_past_the_decreed_years_cites_an_estimate_not_a_decree() -> None:
    cal = WorkingCalendar()
    later = cal.explain(dt.date(2028, 3, 20), 10)
    sources = {day.source for day in later.skipped if day.source and "holidays" in day.source}
    assert sources and all("perkiraan" in s for s in sources)
    assert not any("SKB 3 Menteri tahun 2028 (" in s or "Keppres" in s for s in sources)
    decreed = cal.explain(dt.date(2025, 3, 25), 10)
    cited = {day.source for day in decreed.skipped if day.source and "holidays" in day.source}
    assert any("SKB 3 Menteri" in s and "2025" in s and "perkiraan" not in s for s in cited)


def test_the_case_model_is_unchanged_apart_from_the_letter() -> None:
    from uji_konsekuensi.case.model import RefusalContent

    assert attrs.fields_dict(RefusalContent)["penetapan"].default is None
