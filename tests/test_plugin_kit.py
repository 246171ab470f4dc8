"""uji_konsekuensi.plugin_kit.AgencyHooks: the per-agency hooks of a fixed-data agency."""

from __future__ import annotations

import types
from pathlib import Path

from uji_konsekuensi.agency import AgencyInfo, agencies
from uji_konsekuensi.calendar import CalendarSettings
from uji_konsekuensi.document_kinds import DocumentKind
from uji_konsekuensi.plugin_kit import AgencyHooks
from uji_konsekuensi.plugins import get_plugin_manager

SOP_FILE = (
    Path(__file__).resolve().parent.parent
    / "examples/agency-plugin/src/uji_konsekuensi_contoh/sop.json"
)
INFO = AgencyInfo(code="uji-kit", name="Badan Uji Kit", timezone="Asia/Makassar", trigger="request")
DOC = DocumentKind(
    code="lembar",
    title="Lembar Pengujian Konsekuensi",
    title_en="Consequence test sheet",
    produced_by_steps=(1,),
)


def _module(hooks: AgencyHooks) -> types.ModuleType:
    """A plugin module made the way the agency plugins make theirs: four assignments."""
    module = types.ModuleType("uji_kit_plugin")
    for name in (
        "uji_register_agencies",
        "uji_agency_sops",
        "uji_agency_calendar",
        "uji_agency_documents",
    ):
        setattr(module, name, getattr(hooks, name))
    return module


def test_a_module_of_bound_hooks_builds_the_agency() -> None:
    """pluggy takes the bound methods as hook implementations: SOP, calendar, documents arrive.

    The calendar differs from the built-in default (public holidays only, a six-day week), so an
    ignored calendar hook would show.
    """
    own = CalendarSettings(
        timezone="Asia/Makassar", holiday_categories=("public",), working_week=(1, 2, 3, 4, 5, 6)
    )
    assert own != CalendarSettings(timezone=INFO.timezone)
    hooks = AgencyHooks(info=INFO, sop_files=(SOP_FILE,), calendar=own, documents=(DOC,))
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(_module(hooks), name="uji-kit")
    agency = agencies(pm)["uji-kit"]
    assert agency.sops == hooks.sops()
    assert agency.documents == (DOC,)
    assert agency.calendar_settings == own


def test_other_codes_get_none_and_the_default_calendar_applies() -> None:
    """Each hook answers None for another agency; without settings the built-in calendar is used."""
    hooks = AgencyHooks(info=INFO, sop_files=(SOP_FILE,))
    assert hooks.uji_agency_sops(agency_code="kasn") is None
    assert hooks.uji_agency_calendar(agency_code="kasn") is None
    assert hooks.uji_agency_documents(agency_code="kasn") is None
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(_module(hooks), name="uji-kit")
    assert agencies(pm)["uji-kit"].calendar_settings == CalendarSettings(timezone=INFO.timezone)


def test_the_sops_are_read_once() -> None:
    """The JSON is loaded on first use and the same objects are returned afterwards."""
    hooks = AgencyHooks(info=INFO, sop_files=(SOP_FILE,))
    assert hooks.sops() is hooks.sops()


def test_agency_hooks_give_their_rules_to_their_own_agency_only() -> None:
    """AgencyHooks(rules=...) answers uji_compliance_rules for its code, None otherwise, and
    the rules reach the agency after the core's."""
    from uji_konsekuensi.agency import AgencyInfo, get_agency
    from uji_konsekuensi.i18n import Text
    from uji_konsekuensi.plugin_kit import AgencyHooks
    from uji_konsekuensi.plugins import get_plugin_manager
    from uji_konsekuensi.rules import ComplianceRule

    rule = ComplianceRule(code="latihan.x", description=Text(id="x", en="x"), check=lambda: ())
    kasn = get_agency("kasn")
    sop_file = Path(__file__).resolve().parents[1] / "plugins" / "kasn"
    hooks = AgencyHooks(
        info=AgencyInfo(code="latihan", name="L", timezone="Asia/Jakarta", trigger="periodic"),
        sop_files=sorted(sop_file.rglob("sop*.json"))[:1],
        rules=(rule,),
    )
    assert hooks.uji_compliance_rules("latihan") == [rule]
    assert hooks.uji_compliance_rules("kasn") is None
    pm = get_plugin_manager()
    pm.register(hooks, name="latihan")
    agency = get_agency("latihan", pm)
    assert agency.rules == (rule,)
    from uji_konsekuensi.case.check import rules_to_run

    assert rules_to_run(agency)[-1].rule is rule
    assert rules_to_run(agency)[:-1] == rules_to_run(kasn)
