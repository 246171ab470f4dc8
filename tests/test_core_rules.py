"""The core's rules run in the checker itself, in one declared order; an agency may replace a rule
that reads its own SOP, never one of the statute, and every report says what ran."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi import agency as agency_module
from uji_konsekuensi.agency import Agency, AgencyInfo, get_agency, plugin_problems
from uji_konsekuensi.case import CheckSettings, Report, case_from_dict, check_case
from uji_konsekuensi.case import check as check_module
from uji_konsekuensi.case.batch import check_batch
from uji_konsekuensi.case.check import rules_to_run
from uji_konsekuensi.case.core_rules import CORE_RULES, SOP_RULES, STATUTORY_RULES
from uji_konsekuensi.converter import unstructure
from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.plugins import (
    BUILTIN_PLUGINS,
    PluginError,
    UjiPluginManager,
    get_plugin_manager,
)
from uji_konsekuensi.rules import REPLACEABLE_RULES, ComplianceRule, RuleReplacement

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cases"


def data(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.case.json").read_text(encoding="utf-8"))


def late(d: dict[str, Any]) -> dict[str, Any]:
    """The KASN example with step 2 completed 40 days after it started (a `case.time.late` of
    the SOP), the log kept in time order."""
    import datetime as dt

    for e in d["events"]:
        if e["kind"] == "step_completed" and e["step"] == 2:
            e["at"] = (dt.datetime.fromisoformat(e["at"]) + dt.timedelta(days=40)).isoformat()
    d["events"].sort(key=lambda e: dt.datetime.fromisoformat(e["at"]))
    return d


def own_reading(case: Any) -> list[Finding]:
    """An agency's own reading of its waktu: one note, whatever the case."""
    return [
        Finding.of(
            "kasn.waktu",
            Severity.INFO,
            Text(id="dibaca menurut Pergub", en="read by the Pergub"),
            "Pergub contoh Pasal 1",
        )
    ]


def rule(code: str, replaces: str | None = None) -> ComplianceRule:
    return ComplianceRule(
        code=code,
        description=Text(id="bacaan instansi", en="the agency's reading"),
        check=own_reading,
        replaces=replaces,
    )


class Adds:
    """A plugin that adds rules to an agency it does not own."""

    def __init__(self, code: str, *rules: ComplianceRule) -> None:
        self.code, self.rules = code, list(rules)

    @hookimpl
    def uji_compliance_rules(self, agency_code: str) -> list[ComplianceRule] | None:
        return self.rules if agency_code == self.code else None


class Owns(Adds):
    """A plugin that registers agency ``latihan`` (running KASN's SOP) and gives its rules."""

    @hookimpl
    def uji_register_agencies(self) -> list[AgencyInfo]:
        return [
            AgencyInfo(code="latihan", name="Latihan", timezone="Asia/Jakarta", trigger="request")
        ]

    @hookimpl
    def uji_agency_sops(self, agency_code: str) -> Any:
        return list(get_agency("kasn").sops) if agency_code == "latihan" else None


def manager(name: str, plugin: object) -> UjiPluginManager:
    pm = get_plugin_manager()
    pm.register(plugin, name=name)
    return pm


@pytest.fixture
def use(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Check cases against the agencies of a given plugin manager."""

    def install(pm: UjiPluginManager) -> None:
        monkeypatch.setattr(check_module, "get_agency", lambda code: get_agency(code, pm))

    yield install


def report(d: dict[str, Any], **settings: Any) -> Report:
    return check_case(case_from_dict(d), CheckSettings(**settings))


# --- one mechanism ------------------------------------------------------------------------------


def codes_in_order(agency: Agency) -> list[str]:
    return [p.rule.code for p in rules_to_run(agency)]


def test_every_agency_runs_the_core_rules_in_their_declared_order() -> None:
    """Every agency's cases run the core's rules first: the statute's and the regulations' (before
    any plugin's code runs on the case), then the SOP's, each in the order CORE_RULES lists."""
    for agency in agency_module.agencies().values():
        order = tuple(p.rule for p in rules_to_run(agency))
        assert order[: len(CORE_RULES)] == STATUTORY_RULES + SOP_RULES
    assert sorted(CORE_RULES, key=lambda r: r.code) == sorted(
        STATUTORY_RULES + SOP_RULES, key=lambda r: r.code
    )


def test_the_core_rules_are_no_plugin_and_cannot_be_unregistered(use: Any) -> None:
    """The checker runs the core's rules itself: they are not a plugin, so a plugin manager with
    every built-in plugin it can drop dropped (all but the default calendar) still finds the
    late step, and every core rule is named in the report as run."""
    d = late(data("kasn"))
    assert not any("core_rules" in name for name in BUILTIN_PLUGINS)
    pm = get_plugin_manager()
    for name in BUILTIN_PLUGINS:
        if name != "uji_konsekuensi.builtin_calendar":
            pm.unregister(name=name)
    use(pm)
    r = report(d)
    assert "case.time.late" in r.codes
    assert [run.code for run in r.rules] == [rule.code for rule in STATUTORY_RULES + SOP_RULES]
    assert {run.origin for run in r.rules} == {"sop", "statute", "regulation"}


def test_the_replaceable_rules_are_declared_where_plugins_are_checked() -> None:
    """rules.REPLACEABLE_RULES (what the registry lets a plugin replace) is exactly the core's
    SOP rules, in order."""
    assert tuple(r.code for r in SOP_RULES) == REPLACEABLE_RULES
    assert all(r.origin in ("statute", "regulation") for r in STATUTORY_RULES)


def test_statutory_rules_are_not_replaceable_and_sop_rules_are() -> None:
    """The rules reading the agency's SOP are replaceable; those of the statute are not."""
    replaceable = {r.code for r in CORE_RULES if r.replaceable}
    assert replaceable == {
        "core.order",
        "core.trigger",
        "core.actors",
        "core.documents",
        "core.times",
    }
    for r in CORE_RULES:
        assert r.basis, r.code
        if not r.replaceable:
            assert any(law in r.basis for law in ("UU 14/2008", "PERKI", "PP 61/2010")), r.code


# --- replacing a rule ---------------------------------------------------------------------------


def test_a_replaced_rule_runs_in_place_and_the_report_names_it(use: Any) -> None:
    """core.times replaced: its finding is gone, the agency's runs at its place, and the report
    says which rule replaced it and which plugin gave it (text and JSON)."""
    pm = manager("ganti", Adds("kasn", rule("kasn.waktu", replaces="core.times")))
    agency = get_agency("kasn", pm)
    order = codes_in_order(agency)
    assert order[order.index("core.documents") + 1] == "kasn.waktu"
    assert "core.times" not in order
    use(pm)
    r = report(late(data("kasn")))
    assert "case.time.late" not in r.codes and "kasn.waktu" in r.codes
    assert r.replaced == (RuleReplacement(rule="core.times", by="kasn.waktu", plugin="ganti"),)
    assert "aturan bawaan core.times diganti oleh kasn.waktu (plugin ganti)" in r.render("id")
    assert "built-in rule core.times replaced by kasn.waktu" in r.render("en")
    out = unstructure(check_batch([("kasn.case.json", late(data("kasn")))]))
    assert out["cases"][0]["replaced_rules"] == [
        {"rule": "core.times", "by": "kasn.waktu", "plugin": "ganti"}
    ]


def test_without_agency_rules_the_builtin_runs_again(use: Any) -> None:
    """agency_rules=False: the core's rules only, none replaced, nothing named."""
    pm = manager("ganti", Adds("kasn", rule("kasn.waktu", replaces="core.times")))
    use(pm)
    r = report(late(data("kasn")), agency_rules=False)
    assert "case.time.late" in r.codes and r.replaced == ()


@pytest.mark.parametrize(
    "target",
    ["core.records", "core.request-clock", "core.refusals", "core.expiry", "core.penetapan"],
)
def test_no_plugin_can_replace_a_rule_of_the_statute(target: str) -> None:
    """A plugin adding to another's agency: its replacement is refused with a PluginError naming
    the plugin and the rule, and the built-in keeps running."""
    pm = manager("ganti", Adds("kasn", rule("kasn.lunak", replaces=target)))
    agency = get_agency("kasn", pm)
    assert target in codes_in_order(agency)
    assert agency.replaced == ()
    (problem,) = [p for p in plugin_problems(pm) if p.plugin == "ganti"]
    assert target in str(problem) and "cannot be replaced" in problem.render("en")
    assert "tidak dapat diganti" in problem.render("id")


def test_an_agency_whose_own_plugin_replaces_a_statutory_rule_is_unavailable() -> None:
    """The agency's own plugin trying it: the agency is not available at all (checking it
    either without the rule or against its wish would be wrong)."""
    pm = manager("latihan", Owns("latihan", rule("latihan.lunak", replaces="core.records")))
    with pytest.raises(PluginError, match=r"core\.records"):
        get_agency("latihan", pm)


def test_replacing_twice_or_an_unknown_rule_is_refused() -> None:
    """A second replacement of the same rule, or of no built-in rule, is a problem; the first
    replacement stands."""
    pm = manager(
        "ganti",
        Adds(
            "kasn",
            rule("kasn.satu", replaces="core.times"),
            rule("kasn.dua", replaces="core.times"),
            rule("kasn.tiga", replaces="kasn.tidak-ada"),
        ),
    )
    agency: Agency = get_agency("kasn", pm)
    assert agency.replaced == (RuleReplacement(rule="core.times", by="kasn.satu", plugin="ganti"),)
    texts = [p.render("en") for p in plugin_problems(pm) if p.plugin == "ganti"]
    assert any("already replaced by 'kasn.satu'" in t for t in texts)
    assert any("no replaceable built-in rule 'kasn.tidak-ada'" in t for t in texts)


@pytest.mark.parametrize("code", ["core.times", "case.waktu", "harm.x", "law.y", "sop.z"])
def test_a_rule_cannot_take_a_code_of_the_core(code: str) -> None:
    """An agency rule named in a namespace of the core is refused, naming the plugin; the core's
    rules still run."""
    pm = manager("ganti", Adds("kasn", rule(code)))
    agency = get_agency("kasn", pm)
    assert agency.rules == ()
    assert codes_in_order(agency) == [r.code for r in STATUTORY_RULES + SOP_RULES]
    (problem,) = [p for p in plugin_problems(pm) if p.plugin == "ganti"]
    assert "namespace of the core" in problem.render("en")


def test_a_failing_plugin_rule_leaves_its_case_not_fully_checked(use: Any) -> None:
    """A plugin's rule that raises is that plugin's failure, not the library's: the case is
    "not fully checked" (exit 4, never compliant), the report names the rule and the plugin, the
    core's findings are still reported, and the other cases are checked."""

    def broken() -> list[Finding]:
        raise KeyError("langkah")

    bad = ComplianceRule(code="kasn.rusak", description=Text(id="rusak", en="broken"), check=broken)
    use(manager("ganti", Adds("kasn", bad)))
    out = unstructure(
        check_batch(
            [("a.json", data("kasn")), ("b.json", data("kalbar")), ("c.json", late(data("kasn")))]
        )
    )
    summary = out["summary"]
    assert summary["internal"] == 0 and summary["total"] == 3
    first, _, third = out["cases"]
    assert first["outcome"] == "not_fully_checked" and first["ok"] is False
    (failure,) = first["rule_failures"]
    assert failure["rule"] == "kasn.rusak" and failure["plugin"] == "ganti"
    assert "KeyError" in failure["message_en"]
    # The late case is still found late by the core: a failing plugin hides nothing.
    assert third["outcome"] == "not_compliant"
    assert "case.time.late" in {f["code"] for f in third["findings"]}
    assert summary["not_fully_checked"] == 1 and summary["exit_code"] == 1
    only = check_batch([("a.json", data("kasn"))])
    assert only.summary.exit_code == 4
    r = report(data("kasn"))
    assert r.outcome == "not_fully_checked" and r.ok  # no error found, yet not compliant
    assert "TIDAK diperiksa lengkap" in r.render("id") and "kasn.rusak" in r.render("id")


# --- the codes each rule reports ----------------------------------------------------------------


def _matches(code: str, patterns: tuple[str, ...]) -> bool:
    return any(code == p or (p.endswith(".*") and code.startswith(p[:-1])) for p in patterns)


def _variants() -> Iterator[tuple[str, dict[str, Any]]]:
    """Each example case, clean and with its last events cut, and the late KASN case."""
    for path in sorted(EXAMPLES.glob("*.case.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        yield path.name, d
        cut = json.loads(path.read_text(encoding="utf-8"))
        cut["events"] = cut["events"][: len(cut["events"]) // 2]
        yield path.name + " (cut)", cut
    yield "kasn late", late(data("kasn"))


@pytest.mark.parametrize(
    ("name", "d"), list(_variants()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_each_rule_reports_only_the_codes_it_declares(name: str, d: dict[str, Any]) -> None:
    """Run rule by rule: every finding's code is one its rule declares in ``codes``, and the
    rules' findings together are the report's (check_case adds nothing of its own)."""
    case = case_from_dict(d)
    together: list[Finding] = []
    for r in CORE_RULES:
        findings = _run_one(case, r)
        assert all(_matches(f.code, r.codes) for f in findings), (r.code, findings)
        together.extend(findings)
    assert sorted(together, key=repr) == sorted(check_case(case).findings, key=repr)


def _run_one(case: Any, r: ComplianceRule) -> tuple[Finding, ...]:
    """The findings of one core rule on a case, with the context check_case builds."""
    from uji_konsekuensi.case.check import _others, agency_and_sop
    from uji_konsekuensi.case.clock import request_clock
    from uji_konsekuensi.case.compiled_sop import compile_sop
    from uji_konsekuensi.case.flow import replay

    agency, sop = agency_and_sop(case)
    settings = CheckSettings()
    plan = compile_sop(agency, sop)
    return r.run(
        case=case,
        sop=sop,
        agency=agency,
        calendar=agency.calendar,
        settings=settings,
        plan=plan,
        trace=replay(case, plan),
        clock=request_clock(case, agency.calendar, settings.pause),
        events=_others(case),
    )


def test_the_codes_a_rule_declares_are_in_the_tables() -> None:
    """Every code a core rule declares is a code of case/codes.py (the records rule also
    reports the harm validation's ``harm.*`` and ``law.*``); every case code has one rule."""
    from uji_konsekuensi.case.codes import CODES

    declared = [c for r in CORE_RULES for c in r.codes if not c.endswith(".*")]
    assert sorted(declared) == sorted(CODES)
    assert [c for r in CORE_RULES for c in r.codes if c.endswith(".*")] == ["harm.*", "law.*"]


def test_the_contract_names_only_declared_codes() -> None:
    """The agency contract's list of findings per event (portal_contract.py) names only codes of the
    case table: a renamed code cannot leave the contract pointing at nothing."""
    from uji_konsekuensi.case.codes import CODES
    from uji_konsekuensi.portal_contract import _EVENTS

    named = {code for *_, findings in _EVENTS for code in findings}
    assert named and named <= set(CODES)


def test_the_contract_lists_the_rules_in_order_with_their_origin() -> None:
    """`agencies CODE` (contract JSON and text) shows every rule the checker will run, in
    order: the core's with their basis, a replacement in its place naming the plugin."""
    from uji_konsekuensi.cli.agencies import contract_lines
    from uji_konsekuensi.portal_contract import agency_contract, contract_json
    from uji_konsekuensi.schemas import validate

    pm = manager("ganti", Adds("kasn", rule("kasn.waktu", replaces="core.times"), rule("kasn.x")))
    agency = get_agency("kasn", pm)
    data = contract_json(agency)
    validate("agency", data)
    listed = [(r["code"], r["origin"], r["plugin"], r["replaces"]) for r in data["rules"]]
    codes = [c for c, *_ in listed]
    assert listed[codes.index("core.documents") + 1] == (
        "kasn.waktu",
        "agency",
        "ganti",
        "core.times",
    )
    assert listed[-1] == ("kasn.x", "agency", "ganti", None)
    assert [c for c, *_ in listed] == codes_in_order(agency)
    records = next(r for r in data["rules"] if r["code"] == "core.records")
    assert records["replaceable"] is False and "UU 14/2008 Pasal 19" in records["basis"]
    text = "\n".join(contract_lines(agency_contract(agency), "id"))
    assert "kasn.waktu" in text and "(mengganti core.times; plugin ganti)" in text
