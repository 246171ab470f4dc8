"""Who may do each thing, and when: each attack is one change to an example case, and an error.

The table is `uji_konsekuensi.case.powers.POWERS`; the rules are `case.integrity.INTEGRITY_RULES`.
Each test changes one thing of substance in a compliant example case (examples/cases) and states
the finding it must give: its code, the JSON path it names and its severity.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.case import CheckSettings, Report
from uji_konsekuensi.case.codes import CODES
from uji_konsekuensi.case.core_rules import CORE_RULES, SOP_RULES
from uji_konsekuensi.case.integrity import INTEGRITY_RULES
from uji_konsekuensi.case.model import EVENT_CLASSES
from uji_konsekuensi.case.powers import POWERS, allowed_roles, power, powers_markdown
from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.harm.codes import CODES as HARM_CODES
from uji_konsekuensi.sop import Role

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

# The helpers of the checker's tests: load an example case as a dict, find and insert events.
from test_case_check import data, document, event, insert, report  # noqa: E402

AGENCIES = ("kalbar", "kalteng", "kasn", "kutai-timur")
INTEGRITY = frozenset(code for code, c in CODES.items() if c.group == "integrity")
REQUESTER = {"name": "Yohanes Kurnia Irawan", "role": "pemohon", "position": "Wartawan"}


def hits(r: Report, code: str) -> list[Finding]:
    return [f for f in r.findings if f.code == code]


def only(r: Report, code: str) -> Finding:
    """The one finding of ``code``, which must be an error (the case is then not compliant)."""
    found = hits(r, code)
    assert len(found) == 1, [(f.code, f.field) for f in r.findings]
    assert found[0].severity is Severity.ERROR
    assert r.outcome == "not_compliant"
    return found[0]


def ours(r: Report) -> set[str]:
    return {f.code for f in r.findings} & INTEGRITY


def index_of(d: dict[str, Any], e: dict[str, Any]) -> int:
    return next(i for i, x in enumerate(d["events"]) if x is e)


def doc_index(d: dict[str, Any], doc_id: str) -> int:
    return next(j for j, x in enumerate(d["documents"]) if x["id"] == doc_id)


# --- the baseline -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", AGENCIES)
def test_example_cases_stay_compliant(name: str) -> None:
    """Each agency's example case gives no finding of who and when, and complies."""
    r = report(data(name))
    assert ours(r) == set()
    assert r.ok and r.outcome == "compliant"


# --- who ----------------------------------------------------------------------------------------


def test_requester_signing_the_refusal_letter_is_an_error() -> None:
    d = data("kalbar")
    j = doc_index(d, "surat-penolakan")
    d["documents"][j]["refusal"]["signed_by"] = REQUESTER
    f = only(report(d), "case.power.wrong_signatory")
    assert f.field == f"documents[{j}].refusal.signed_by.role"
    assert "PERKI 1/2021 Pasal 34" in f.basis


@pytest.mark.parametrize("name", ["kalbar", "kutai-timur"])
def test_a_refusal_sending_the_objection_past_the_atasan_is_an_error(name: str) -> None:
    """The keberatan goes to the Atasan PPID (Pasal 35 ayat (1)), not the Komisi Informasi."""
    d = data(name)
    j = next(i for i, x in enumerate(d["documents"]) if x.get("refusal"))
    assert "atasan" in d["documents"][j]["refusal"]["objection_to"].casefold()
    d["documents"][j]["refusal"]["objection_to"] = "Komisi Informasi Provinsi"
    f = only(report(d), "case.power.objection_addressee")
    assert f.field == f"documents[{j}].refusal.objection_to"


@pytest.mark.parametrize("field", ["signature", "ppid"])
def test_requester_signing_or_setting_the_penetapan_is_an_error(field: str) -> None:
    d = data("kalteng")
    d["penetapan"][field]["role"] = "pemohon"
    f = only(report(d), "case.power.wrong_signatory")
    assert f.field == f"penetapan.{field}.role"
    assert "Pasal 49" in f.basis


def test_messages_keep_the_names_they_quote() -> None:
    """The message names the act as the table writes it: "PPID", not "Ppid"."""
    d = data("kalteng")
    d["penetapan"]["ppid"]["role"] = "pemohon"
    f = only(report(d), "case.power.wrong_signatory")
    assert f.message.startswith("PPID yang menetapkan") and "Ppid" not in f.message


def test_who_signs_the_penetapan_is_a_setting() -> None:
    """KASN's Penetapan is the Ketua's decree: the Pimpinan signs by default; an Atasan PPID
    only where the agency says so."""
    kasn = data("kasn")
    assert kasn["penetapan"]["signature"]["role"] == "pimpinan"
    assert ours(report(kasn)) == set()
    strict = report(kasn, penetapan_signers=())
    assert only(strict, "case.power.wrong_signatory").field == "penetapan.signature.role"
    d = data("kalteng")
    d["penetapan"]["signature"]["role"] = "atasan-ppid"
    assert only(report(d), "case.power.wrong_signatory").field == "penetapan.signature.role"
    allowed = report(d, penetapan_signers=(Role.PIMPINAN, Role.ATASAN_PPID))
    assert ours(allowed) == set()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("kalbar", "notice_sent"),
        ("kalbar", "exemption_declared"),
        ("kutai-timur", "paused"),
        ("kasn", "expiry_declared"),
    ],
)
def test_requester_doing_what_the_ppid_does_is_an_error(name: str, kind: str) -> None:
    d = data(name)
    e = event(d, kind)
    e["actor"] = REQUESTER
    f = only(report(d), "case.power.wrong_role")
    assert f.field == f"events[{index_of(d, e)}].actor.role"
    assert f.basis == power(kind).basis


def test_an_extension_is_the_ppids() -> None:
    """An extension (Pasal 22 ayat (8)) by the requester, or by the Tim Pertimbangan, is an
    error; by the PPID it is not."""
    for role, wrong in (("pemohon", True), ("tim-pertimbangan", True), ("ppid", False)):
        d = data("kutai-timur")
        ext = {
            "kind": "extension",
            "at": "2025-05-12T09:00:00+08:00",
            "actor": {"name": "Seseorang", "role": role},
            "days": 3,
            "reason": "Informasi masih dihimpun dari arsip unit kerja",
        }
        insert(d, ext)
        r = report(d)
        if wrong:
            assert only(r, "case.power.wrong_role").field == (
                f"events[{index_of(d, ext)}].actor.role"
            )
        else:
            assert ours(r) == set()


def test_resuming_is_the_requesters_or_recorded_by_the_ppid() -> None:
    d = data("kutai-timur")
    resumed = event(d, "resumed")
    assert resumed["actor"]["role"] == "pemohon"
    resumed["actor"] = {"name": "Petugas", "role": "petugas"}
    assert ours(report(d)) == set()
    resumed["actor"] = {"name": "Ketua Tim", "role": "tim-pertimbangan"}
    assert only(report(d), "case.power.wrong_role").field == (
        f"events[{index_of(d, resumed)}].actor.role"
    )


def test_a_loop_back_by_the_requester_is_an_error() -> None:
    d = data("kalteng")
    pos = d["events"].index(event(d, "step_completed", 2))
    loop = {
        "kind": "loop_back",
        "from_step": 2,
        "to_step": 1,
        "at": "2025-02-06T14:35:00+07:00",
        "actor": REQUESTER,
        "reason": "Dasar hukum butir 3 diperbaiki",
    }
    d["events"].insert(pos + 1, loop)
    assert only(report(d), "case.power.wrong_role").field == f"events[{pos + 1}].actor.role"


def test_the_requester_testing_the_request_is_an_error() -> None:
    """A participant of the Lembar signs it (Lampiran II, TTD): the Badan Publik's officials."""
    d = data("kalbar")
    d["tests"][0]["participants"][0]["role"] = "pemohon"
    f = only(report(d), "case.power.wrong_signatory")
    assert f.field == "tests[0].participants[0].role"


def test_an_agency_may_delegate_an_act() -> None:
    """A petugas sending the notice is an error unless the agency delegates it."""
    d = data("kalbar")
    notice = event(d, "notice_sent")
    notice["actor"] = {"name": "Petugas Layanan", "role": "petugas"}
    assert only(report(d), "case.power.wrong_role").field.endswith(".actor.role")
    delegated = report(d, delegated_powers=[("notice_sent", "petugas")])
    assert ours(delegated) == set()


def test_roles_may_be_given_by_their_names() -> None:
    assert CheckSettings(penetapan_signers=["atasan-ppid"]).penetapan_signers == (Role.ATASAN_PPID,)
    with pytest.raises(ValueError, match="kepala"):
        CheckSettings(penetapan_signers=["kepala"])


def test_a_misspelt_delegation_is_refused() -> None:
    with pytest.raises(ValueError, match="notice_send"):
        CheckSettings(delegated_powers=[("notice_send", "petugas")])


def test_allowed_roles_read_the_settings() -> None:
    declared = power("exemption_declared")
    roles = allowed_roles(declared, penetapan_signers=(Role.PIMPINAN,))
    assert roles == frozenset({Role.PPID, Role.PPID_PELAKSANA, Role.PIMPINAN})
    assert Role.PETUGAS not in (allowed_roles(power("notice_sent")) or ())
    assert allowed_roles(power("step_started / step_completed")) is None


# --- when: the case's window --------------------------------------------------------------------


def test_ppid_steps_before_the_request_was_received_are_errors() -> None:
    """Received two weeks later than the PPID's first steps: each such act is an error; the
    requester's own step is not judged."""
    d = data("kalbar")
    d["trigger"]["received_at"] = "2025-04-07T09:15:00+07:00"
    r = report(d)
    early = hits(r, "case.time.before_receipt")
    assert [f.field for f in early] == [f"events[{i}].at" for i in range(2, 6)]
    assert all(f.severity is Severity.ERROR for f in early)
    assert not r.ok


def test_the_desk_may_start_taking_a_request_in_before_its_receipt_is_stamped() -> None:
    """Minutes before the registered moment, on the same day, are not an act before receipt."""
    d = data("kutai-timur")
    d["trigger"]["received_at"] = "2025-05-06T10:30:00+08:00"  # the pause came at 10:00
    assert "case.time.before_receipt" not in report(d).codes
    d["trigger"]["received_at"] = "2025-05-07T08:00:00+08:00"  # the next day: before receipt
    assert only(report(d), "case.time.before_receipt").field == "events[0].at"


def test_a_refusal_letter_dated_1990_is_an_error() -> None:
    d = data("kalbar")
    j = doc_index(d, "surat-penolakan")
    d["documents"][j]["date"] = "1990-04-11"
    f = only(report(d), "case.document.before_case")
    assert f.field == f"documents[{j}].date"


@pytest.mark.parametrize(
    ("name", "doc_id"),
    [
        ("kalbar", "dik"),  # a standing kind, but made by step 4 of this case
        ("kalbar", "tanda-terima"),  # written by the requester at step 9 of this case
        ("kutai-timur", "keputusan"),  # the Penetapan the case declared
    ],
)
def test_a_document_the_case_made_is_dated_within_it_whatever_its_kind(
    name: str, doc_id: str
) -> None:
    d = data(name)
    j = doc_index(d, doc_id)
    d["documents"][j]["date"] = "1990-01-02"
    assert only(report(d), "case.document.before_case").field == f"documents[{j}].date"


def test_a_document_dated_after_the_notice_that_sends_it_is_an_error() -> None:
    d = data("kalbar")
    document(d, "surat-penolakan")["date"] = "2025-04-12"
    notice = event(d, "notice_sent")
    r = report(d)
    f = only(r, "case.document.after_event")
    assert f.field == f"events[{index_of(d, notice)}].document"


def test_an_approval_months_after_the_refusal_is_an_error() -> None:
    d = data("kalbar")
    d["tests"][0]["approval"]["date"] = "2025-08-11"
    f = only(report(d), "case.approval.after_use")
    assert f.field == "tests[0].approval.date"


def test_an_approval_before_its_test_is_the_records_own_finding() -> None:
    """The Lembar's validation already says it (harm.approval.before_test): not said twice."""
    d = data("kalbar")
    d["tests"][0]["approval"]["date"] = "2025-04-08"
    r = report(d)
    assert [f.field for f in hits(r, "harm.approval.before_test")] == ["tests[0].approval.date"]
    assert ours(r) == set()


def test_an_input_no_step_made_dated_before_the_request_is_an_error() -> None:
    """Kutai Timur's request form is the Badan Publik's record of the request: not older than
    its receipt, unless the agency says the requester brings it (a letter sent by post)."""
    d = data("kutai-timur")
    j = doc_index(d, "permintaan")
    d["documents"][j]["date"] = "2025-01-02"
    f = only(report(d), "case.input.before_request")
    assert f.field == f"documents[{j}].date"
    posted = report(d, requester_document_kinds=("permintaan-informasi",))
    assert ours(posted) == set()


def test_what_the_requester_brings_may_be_older() -> None:
    """An identity card and a foundation deed are issued before the request, by others."""
    kalbar = data("kalbar")
    document(kalbar, "ktp-pemohon")["date"] = "2019-06-01"
    assert ours(report(kalbar)) == set()
    kutim = data("kutai-timur")
    document(kutim, "akta-lembaga")["date"] = "2012-10-15"
    assert ours(report(kutim)) == set()


def test_a_standing_document_may_be_older_and_any_other_may_not() -> None:
    """An earlier DIK a step relies on predates the request by nature; a note of another kind
    that no step made does not."""
    for kind, wrong in (("dik", False), ("catatan-internal", True)):
        d = data("kalbar")
        d["documents"].append(
            {"id": "lama", "kind": kind, "title": "Dokumen lama", "date": "2024-07-01"}
        )
        event(d, "step_started", 2)["inputs"].append("lama")
        r = report(d)
        if wrong:
            assert only(r, "case.input.before_request").field == (
                f"documents[{len(d['documents']) - 1}].date"
            )
        else:
            assert ours(r) == set()


def test_a_second_notice_months_after_the_close_is_an_error() -> None:
    """A second, contradictory notice after the case closed: repeated, and after the close."""
    d = data("kalbar")
    second = {**event(d, "notice_sent"), "at": "2025-08-11T10:00:00+07:00", "outcome": "granted"}
    d["events"].append(second)
    r = report(d)
    at = f"events[{len(d['events']) - 1}]"
    assert only(r, "case.event.repeated").field == at
    assert only(r, "case.time.after_close").field == at


def test_the_same_notice_twice_is_an_error() -> None:
    d = data("kalbar")
    notice = event(d, "notice_sent")
    pos = index_of(d, notice)
    d["events"].insert(pos + 1, dict(notice))
    assert only(report(d), "case.event.repeated").field == f"events[{pos + 1}]"


def test_an_extension_after_the_close_is_an_error_and_an_expiry_is_not() -> None:
    d = data("kalbar")
    d["events"].append(
        {
            "kind": "extension",
            "at": "2025-04-15T09:00:00+07:00",
            "actor": event(d, "notice_sent")["actor"],
            "days": 3,
            "reason": "Informasi masih dihimpun",
        }
    )
    r = report(d)
    assert only(r, "case.time.after_close").field == f"events[{len(d['events']) - 1}]"
    kasn = data("kasn")
    assert event(kasn, "expiry_declared")  # months after the last step: lawful
    assert ours(report(kasn)) == set()


def test_the_notice_may_follow_an_archiving_last_step_once() -> None:
    """Kutai Timur's last step archives; the notice may come after it, the first time."""
    d = data("kutai-timur")
    notice = event(d, "notice_sent")
    d["events"].remove(notice)
    notice["at"] = "2025-05-16T10:30:00+08:00"
    d["events"].append(notice)
    assert ours(report(d)) == set()


# --- the log itself -----------------------------------------------------------------------------


def test_a_loop_back_forward_is_an_error() -> None:
    """From step 1 to step 8, skipping the test and its approval: the same log without the loop
    gives errors, so the loop must not make it pass."""
    d = data("kalbar")
    jump = {
        "kind": "loop_back",
        "at": "2025-03-24T09:30:00+07:00",
        "actor": event(d, "step_started", 2)["actor"],
        "from_step": 1,
        "to_step": 8,
        "reason": "Langsung ke pemberitahuan",
    }
    d["events"] = [*d["events"][:2], jump, *d["events"][15:]]
    r = report(d)
    assert only(r, "case.loop.forward").field == "events[2].to_step"
    outside = hits(r, "case.loop.outside_sop")
    assert [f.severity for f in outside] == [Severity.ERROR]


def test_a_loop_back_from_a_step_not_reached_is_an_error() -> None:
    """Kalteng's 2 -> 1 loop logged while step 1 is the only step done: step 2 never ran."""
    d = data("kalteng")
    pos = d["events"].index(event(d, "step_completed", 1))
    d["events"].insert(
        pos + 1,
        {
            "kind": "loop_back",
            "from_step": 2,
            "to_step": 1,
            "at": "2025-02-05T15:30:00+07:00",
            "actor": event(d, "step_completed", 2)["actor"],
            "reason": "Dasar hukum butir 3 diperbaiki",
        },
    )
    assert only(report(d), "case.loop.forward").field == f"events[{pos + 1}].from_step"


def test_a_loop_back_the_sop_draws_is_clean() -> None:
    d = data("kalteng")
    pos = d["events"].index(event(d, "step_completed", 2))
    d["events"].insert(
        pos + 1,
        {
            "kind": "loop_back",
            "from_step": 2,
            "to_step": 1,
            "at": "2025-02-06T14:35:00+07:00",
            "actor": event(d, "step_completed", 2)["actor"],
            "reason": "Dasar hukum butir 3 diperbaiki",
        },
    )
    assert report(d).findings == ()


@pytest.mark.parametrize("missing", ["reason", "document"])
def test_a_pause_without_its_grounds_is_an_error(missing: str) -> None:
    d = data("kutai-timur")
    paused = event(d, "paused")
    paused.pop(missing)
    f = only(report(d), "case.pause.unfounded")
    assert f.field == f"events[{index_of(d, paused)}].{missing}"


def test_an_unfounded_pause_that_lets_the_notice_go_three_months_late_says_so() -> None:
    """A pause with no reason and no letter, resumed three months later: the clock stopped, so
    the notice is not late by the clock; the pause is an error that says the notice would be."""
    d = data("kutai-timur")
    step4 = event(d, "step_completed", 4)
    pause = {"kind": "paused", "at": "2025-05-15T11:10:00+08:00", "actor": step4["actor"]}
    insert(d, pause)
    resume = {"kind": "resumed", "at": "2025-08-04T09:00:00+08:00", "actor": REQUESTER}
    for e in d["events"][index_of(d, step4) + 2 :]:
        e["at"] = e["at"].replace("2025-05-15", "2025-08-05").replace("2025-05-16", "2025-08-05")
    insert(d, resume)
    for doc_id in ("surat-penolakan", "tanda-terima"):
        document(d, doc_id)["date"] = "2025-08-05"
    r = report(d)
    assert "case.notice.late" not in r.codes  # the clock stopped for the pause
    found = hits(r, "case.pause.unfounded")
    where = index_of(d, pause)
    assert sorted(f.field for f in found) == [
        f"events[{where}].document",
        f"events[{where}].reason",
    ]
    assert all("2025-08-05" in f.message_en and "misses" in f.message_en for f in found)


def test_a_pause_never_resumed_while_the_case_went_on_is_an_error() -> None:
    """The notice went out although the request still waited for the requester: the clock never
    ran again. While the case is still waiting, it is lawful."""
    d = data("kutai-timur")
    d["events"] = [e for e in d["events"] if e["kind"] != "resumed"]
    assert only(report(d), "case.pause.never_resumed").field == "events[0]"
    waiting = data("kutai-timur")
    waiting["events"] = waiting["events"][:1]
    r = report(waiting)
    assert ours(r) == set() and r.outcome == "in_progress"


def test_a_document_or_record_dated_after_a_closed_case_is_an_error() -> None:
    d = data("kalbar")
    j = doc_index(d, "arsip-berkas")
    d["documents"][j]["date"] = "2099-04-14"
    assert only(report(d), "case.date.after_case").field == f"documents[{j}].date"
    signed = data("kalbar")
    signed["penetapan"]["signature"]["date"] = "2025-05-14"
    assert only(report(signed), "case.date.after_case").field == "penetapan.signature.date"


def test_a_tested_document_may_be_old_but_not_from_after_the_case() -> None:
    d = data("kalbar")
    d["tests"][0]["rows"][0]["documents"][0]["date"] = "2001-01-02"
    assert ours(report(d)) == set()
    d["tests"][0]["rows"][0]["documents"][0]["date"] = "2099-11-21"
    f = only(report(d), "case.date.after_case")
    assert f.field == "tests[0].rows[0].documents[0].date"


@pytest.mark.parametrize(("name", "day"), [("kalbar", "2025-03-01"), ("kalteng", "1990-02-10")])
def test_a_lembar_the_case_made_is_not_dated_before_it_began(name: str, day: str) -> None:
    """Kalbar: the Penetapan's Lembar made on the request, before the request; Kalteng: the
    round's Lembar before the round's first event."""
    d = data(name)
    d["penetapan"]["sheets"][0]["date"] = day
    f = only(report(d), "case.date.before_case")
    assert f.field == "penetapan.sheets[0].date"


def test_a_lembar_of_another_stage_was_made_elsewhere() -> None:
    """A Lembar made during a dispute (stage `dispute`) is not this round's: not judged here."""
    d = data("kalteng")
    d["penetapan"]["sheets"][0]["date"] = "2024-02-10"
    d["penetapan"]["sheets"][0]["stage"] = "dispute"
    assert "case.date.before_case" not in report(d).codes


def test_an_open_case_may_hold_a_document_dated_after_its_last_event() -> None:
    """A letter dated today whose act is not logged yet: the record runs ahead of the log."""
    d = data("kalbar")
    d["events"] = d["events"][:16]  # step 8 started: the refusal letter is being made
    r = report(d)
    assert r.outcome == "in_progress" and ours(r) == set()


# --- the table and the rules --------------------------------------------------------------------


def test_every_event_kind_has_an_entry() -> None:
    kinds = {cls.KIND for cls in EVENT_CLASSES}  # type: ignore[attr-defined]
    keys = {p.key for p in POWERS}
    assert kinds - {"step_started", "step_completed"} <= keys
    assert "step_started / step_completed" in keys


def test_every_entry_names_a_basis_and_codes_that_exist() -> None:
    for p in POWERS:
        assert any(law in p.basis for law in ("UU 14/2008", "PERKI", "PP 61/2010", "PermenPAN"))
        assert all(c in CODES or c in HARM_CODES for c in p.checked_by), p.key


def test_integrity_rules_run_among_the_cores_and_cannot_be_replaced() -> None:
    start = CORE_RULES.index(INTEGRITY_RULES[0])
    assert CORE_RULES[start : start + len(INTEGRITY_RULES)] == INTEGRITY_RULES
    assert not set(INTEGRITY_RULES) & set(SOP_RULES)
    for rule in INTEGRITY_RULES:
        assert not rule.replaceable and rule.origin in ("statute", "regulation")
    reported = {c for rule in INTEGRITY_RULES for c in rule.codes}
    assert reported == INTEGRITY


def test_the_docs_print_the_table_as_generated() -> None:
    doc = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- BEGIN powers:[^\n]*\n(.*?)<!-- END powers -->", doc, re.S)
    assert block is not None and block[1] == powers_markdown()


def test_the_docs_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    doc = (ROOT / "docs" / "case.md").read_text(encoding="utf-8")
    section = doc.split("### Who may do what, and when", 1)[1].split("\n### ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, re.S)
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/case.md", "exec"), namespace)  # the docs' own example, as printed
    assert namespace["signer"].role is Role.PPID


def test_settings_keep_their_defaults() -> None:
    s = CheckSettings()
    assert s.penetapan_signers == (Role.PIMPINAN,)
    assert "dik" in s.standing_document_kinds and s.requester_document_kinds == ()
