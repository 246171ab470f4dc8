"""An agency's contract for portals, as data (`uji_konsekuensi.portal_contract`)."""

from __future__ import annotations

import attrs
import pytest

import uji_konsekuensi as uk
from uji_konsekuensi.case.model import EVENT_CLASSES, RequestTrigger
from uji_konsekuensi.documents.render import FORMATS
from uji_konsekuensi.portal_contract import (
    CONTRACT_VERSION,
    agency_contract,
    contract_json,
    events_for,
)

CODES = ["kalbar", "kalteng", "kasn", "kutai-timur"]


@pytest.mark.parametrize("code", CODES)
def test_steps_keep_the_sop_as_written(code: str) -> None:
    """Every step is in the contract with its activity and waktu text exactly as the SOP has them,
    and the parsed waktu equals what the SOP model parses."""
    agency = uk.get_agency(code)
    contract = agency_contract(agency)
    [sop] = agency.sops
    [part] = contract.sops
    assert part.number == sop.number and part.title == sop.title
    assert [s.number for s in part.steps] == [s.number for s in sop.steps]
    for ours, theirs in zip(part.steps, sop.steps, strict=True):
        assert ours.activity == theirs.activity
        assert ours.waktu.text == theirs.waktu_text
        if ours.waktu.error is None:
            assert ours.waktu.parsed == theirs.waktu
        assert ours.roles == tuple(r.value for r in sop.roles_of(theirs))
    assert [d.step for d in part.decisions] == [s.number for s in sop.steps if s.is_decision]
    assert part.first_step == sop.steps[0].number


@pytest.mark.parametrize("code", CODES)
def test_documents_name_the_steps_that_require_and_produce_them(code: str) -> None:
    """A document's producing and requiring steps are the plugin's declarations, and each step
    lists exactly the documents declared for it (one declaration, two views)."""
    agency = uk.get_agency(code)
    contract = agency_contract(agency)
    declared = {k.code: k for k in agency.documents}
    # The agency's own first, then what any case of its trigger may carry (the core's).
    own = [d for d in contract.documents if d.declared_by == "agency"]
    assert [d.code for d in own] == list(declared)
    assert contract.documents[: len(own)] == tuple(own)
    steps = {s.number: s for s in contract.sops[0].steps}
    for doc in own:
        assert tuple(r.step for r in doc.produced_by) == declared[doc.code].produced_by_steps
        assert tuple(r.step for r in doc.required_by) == declared[doc.code].required_by_steps
        for ref in doc.required_by:
            assert doc.code in steps[ref.step].requires_documents
        for ref in doc.produced_by:
            assert doc.code in steps[ref.step].produces_documents
    for step in steps.values():
        for code_ in step.requires_documents:
            doc = next(d for d in contract.documents if d.code == code_)
            assert step.number in [r.step for r in doc.required_by]


def test_events_carry_the_keys_of_the_case_format() -> None:
    """Each event's keys are the fields of the class the converter reads, with `kind` first and
    required exactly when the field has no default."""
    classes = {cls.KIND: cls for cls in EVENT_CLASSES}
    for event in events_for("request"):
        cls = classes[event.kind]
        names = [k.name for k in event.keys]
        assert names == ["kind", *(f.name for f in attrs.fields(cls))]
        required = {k.name for k in event.keys if k.required}
        assert required == {"kind"} | {
            f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING
        }
        assert event.schema.endswith(f"#/$defs/case.{cls.__name__}")
    outcome = next(
        k
        for k in next(e for e in events_for("request") if e.kind == "notice_sent").keys
        if k.name == "outcome"
    )
    assert outcome.values == ("granted", "partly_granted", "refused", "not_held")


def test_request_and_periodic_events_differ() -> None:
    """The notice (UU 14/2008 Pasal 22 ayat (7)) is required of a request only; a periodic round
    records no notice, extension or pause."""
    request = {e.kind: e for e in events_for("request")}
    periodic = {e.kind: e for e in events_for("periodic")}
    assert request["notice_sent"].required == "always"
    assert "Pasal 22 ayat (7)" in request["notice_sent"].basis
    assert "case.notice.missing" in request["notice_sent"].findings
    assert set(request) - set(periodic) == {"notice_sent", "extension", "paused", "resumed"}


def test_trigger_keys_and_roles() -> None:
    """The trigger lists the keys of a request and the roles list every canonical role, with the
    lanes of the SOP that play it."""
    contract = agency_contract(uk.get_agency("kalbar"))
    names = [k.name for k in contract.trigger.keys]
    assert names == ["kind", *(f.name for f in attrs.fields(RequestTrigger))]
    assert contract.trigger.kind == "request" and contract.trigger.basis == "UU 14/2008 Pasal 22"
    roles = {r.value: r for r in contract.roles}
    assert set(roles) == {r.value for r in uk.sop.Role}
    for lane in contract.sops[0].lanes:
        assert lane.id in roles[lane.role].lanes


def test_renderable_documents_and_formats() -> None:
    """The documents render can write are listed with every format documents.render offers."""
    contract = agency_contract(uk.get_agency("kutai-timur"))
    codes = [r.code for r in contract.renderable]
    assert {"lembar", "penetapan", "penolakan", "dik", "dip"} <= set(codes)
    assert all(r.formats == tuple(FORMATS) for r in contract.renderable)


def test_contract_json_is_the_wire_format() -> None:
    """contract_json is the converter's output: plain JSON types, the version first."""
    import json

    data = contract_json(uk.get_agency("kalteng"))
    assert next(iter(data)) == "contract_version" and data["contract_version"] == CONTRACT_VERSION
    assert json.loads(json.dumps(data)) == data
    assert data["calendar"]["counts_cuti_bersama"] is True


def test_renderable_names_are_unique_and_aliases_say_what_they_render() -> None:
    """Each renderable code appears once; a second name of a document (KASN's sk-ketua-kasn)
    says which code it renders, and renders over the same template."""
    for code in CODES:
        contract = agency_contract(uk.get_agency(code))
        names = [r.code for r in contract.renderable]
        assert len(names) == len(set(names)), names
        for r in contract.renderable:
            assert r.same_as is None or r.same_as in names
