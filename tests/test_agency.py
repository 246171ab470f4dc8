"""Agencies: AgencyInfo, collecting from plugins, broken-plugin isolation, lookup and caching."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import subprocess
import sys
import types
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from uji_konsekuensi import agency as agency_module
from uji_konsekuensi.agency import (
    Agency,
    AgencyInfo,
    UnknownAgencyError,
    UnknownSOPError,
    agencies,
    get_agency,
    plugin_problems,
    reset,
)
from uji_konsekuensi.calendar import CalendarSettings, WorkingCalendar
from uji_konsekuensi.calendar.calendar_settings import DayOff
from uji_konsekuensi.document_kinds import DocumentKind
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.i18n import ENV_LANG, Text
from uji_konsekuensi.plugins import ENV_PLUGINS, PluginError, UjiPluginManager, get_plugin_manager
from uji_konsekuensi.rules import ComplianceRule
from uji_konsekuensi.sop.model import SOP, Identity, Lane, Role, Step, SymbolKind


def make_sop(number: str = "1/SOP/2025", title: str = "Uji Konsekuensi") -> SOP:
    """A small valid SOP: start, one process, end, all by the PPID."""
    lane = Lane(
        id="ppid",
        name="PPID",
        role=Role.PPID,
        role_basis=Text(id="judul kolom", en="column heading"),
    )
    return SOP(
        identity=Identity(agency="Dinas Uji", number=number, title=title),
        lanes=(lane,),
        steps=(
            Step(number=1, kind=SymbolKind.TERMINATOR, activity="Mulai", actors=("ppid",), next=2),
            Step(number=2, activity="Menguji konsekuensi", actors=("ppid",), next=3),
            Step(number=3, kind=SymbolKind.TERMINATOR, activity="Selesai", actors=("ppid",)),
        ),
        trigger="periodic",
    )


class AgencyPlugin:
    """A test plugin providing one agency; each hook's answer can be replaced or made to raise."""

    def __init__(self, code: str, timezone: str = "Asia/Jakarta", **answers: Any) -> None:
        self.info = AgencyInfo(
            code=code, name=f"Dinas {code}", timezone=timezone, trigger="request"
        )
        self.answers = answers
        self.calls: list[str] = []

    def _answer(self, hook: str, agency_code: str, default: Any) -> Any:
        self.calls.append(hook)
        if agency_code != self.info.code:
            return None
        value = self.answers.get(hook, default)
        if isinstance(value, Exception):
            raise value
        return value

    @hookimpl
    def uji_register_agencies(self) -> Any:
        self.calls.append("uji_register_agencies")
        value = self.answers.get("uji_register_agencies", [self.info])
        if isinstance(value, Exception):
            raise value
        return value

    @hookimpl
    def uji_agency_sops(self, agency_code: str) -> Any:
        return self._answer("uji_agency_sops", agency_code, [make_sop()])

    @hookimpl
    def uji_agency_calendar(self, agency_code: str) -> Any:
        return self._answer("uji_agency_calendar", agency_code, None)

    @hookimpl
    def uji_agency_documents(self, agency_code: str) -> Any:
        kind = DocumentKind(
            code="lembar-uji",
            title="Lembar Pengujian Konsekuensi",
            title_en="Consequence test sheet",
            basis="PERKI 1/2021 Pasal 49 ayat (3)",
            produced_by_steps=(2,),
        )
        return self._answer("uji_agency_documents", agency_code, [kind])

    @hookimpl
    def uji_compliance_rules(self, agency_code: str) -> Any:
        rule = ComplianceRule(
            code=f"{self.info.code}.contoh",
            description=Text(id="aturan contoh", en="example rule"),
            check=lambda: (),
        )
        return self._answer("uji_compliance_rules", agency_code, [rule])


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English (str() of an error follows UJI_KONSEKUENSI_LANG)."""
    monkeypatch.setenv(ENV_LANG, "en")


def manager(*plugins: tuple[str, object]) -> UjiPluginManager:
    """A plugin manager with the built-ins and the given (name, plugin) pairs, no entry points."""
    pm = get_plugin_manager(load_entrypoints=False)
    for name, plugin in plugins:
        pm.register(plugin, name=name)
        pm.set_distribution(name, f"uji-konsekuensi-{name}")
    return pm


# --- AgencyInfo -------------------------------------------------------------------------------


def test_agency_info_accepts_a_valid_declaration() -> None:
    """A slug code, a name, a real IANA zone and a known trigger make an AgencyInfo."""
    info = AgencyInfo(
        code="kutai-timur", name="BKPSDM Kutai Timur", timezone="Asia/Makassar", trigger="request"
    )
    assert (info.code, info.timezone, info.trigger) == ("kutai-timur", "Asia/Makassar", "request")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        info.code = "x"  # type: ignore[misc]


@pytest.mark.parametrize("code", ["Kalbar", "kutai_timur", "kutai timur", "-kalbar", "", "a--b"])
def test_agency_code_must_be_a_lowercase_slug(code: str) -> None:
    """An agency code that is not a lowercase hyphenated slug is refused, quoting it."""
    with pytest.raises(ValueError, match=r"AgencyInfo\.code: expected a lowercase slug"):
        AgencyInfo(code=code, name="X", timezone="Asia/Jakarta", trigger="request")


@pytest.mark.parametrize("zone", ["WIB", "Asia/Jakata", "asia/jakarta", "+07:00", ""])
def test_timezone_must_be_a_real_iana_zone(zone: str) -> None:
    """An abbreviation, a typo or an offset is not an IANA zone and is refused."""
    with pytest.raises(ValueError, match=r"AgencyInfo\.timezone: expected an IANA time zone"):
        AgencyInfo(code="x", name="X", timezone=zone, trigger="request")


def test_timezone_typo_suggests_the_nearest_zone() -> None:
    """A misspelt zone gets the nearest real one suggested."""
    with pytest.raises(ValueError, match=r"did you mean 'Asia/Jakarta'"):
        AgencyInfo(code="x", name="X", timezone="Asia/Jakata", trigger="request")


def test_trigger_must_be_request_or_periodic() -> None:
    """Only "request" and "periodic" are triggers."""
    with pytest.raises(ValueError, match=r"AgencyInfo\.trigger: expected one of"):
        AgencyInfo(code="x", name="X", timezone="Asia/Jakarta", trigger="monthly")  # type: ignore[arg-type]


def test_name_must_not_be_blank() -> None:
    """An agency needs a name."""
    with pytest.raises(ValueError, match=r"AgencyInfo\.name"):
        AgencyInfo(code="x", name=" ", timezone="Asia/Jakarta", trigger="request")


# --- collecting agencies ----------------------------------------------------------------------


def test_agency_carries_everything_its_plugin_gave() -> None:
    """An Agency has code, name, IANA time zone, trigger, SOPs, documents, rules and its plugin."""
    plugin = AgencyPlugin("uji", timezone="Asia/Makassar")
    pm = manager(("uji", plugin))
    found = agencies(pm)
    assert list(found) == ["uji"]
    agency = found["uji"]
    assert isinstance(agency, Agency)
    assert (agency.code, agency.name, agency.timezone, agency.trigger) == (
        "uji",
        "Dinas uji",
        "Asia/Makassar",
        "request",
    )
    assert agency.sops == (make_sop(),)
    assert [d.code for d in agency.documents] == ["lembar-uji"]
    assert [r.code for r in agency.rules] == ["uji.contoh"]
    assert (agency.plugin, agency.distribution) == ("uji", "uji-konsekuensi-uji")
    assert plugin_problems(pm) == ()


def test_default_calendar_is_national_in_the_agency_zone() -> None:
    """Without a plugin calendar the built-in gives the national one in the agency's zone."""
    pm = manager(("uji", AgencyPlugin("uji", timezone="Asia/Jayapura")))
    agency = get_agency("uji", pm)
    assert agency.calendar_settings == CalendarSettings(timezone="Asia/Jayapura")
    assert isinstance(agency.calendar, WorkingCalendar)
    assert agency.calendar.timezone == "Asia/Jayapura"
    assert agency.calendar is agency.calendar  # built once
    # The national calendar: Christmas 2025 (a Thursday) is a day off.
    assert not agency.calendar.is_working_day(dt.date(2025, 12, 25))


def test_plugin_calendar_overrides_the_default() -> None:
    """A plugin's CalendarSettings wins over the built-in default (firstresult)."""
    day_off = DayOff(
        date=dt.date(2025, 10, 14), name="Hari Jadi Kabupaten Uji", source="Perbup Uji 1/2024"
    )
    settings = CalendarSettings(timezone="Asia/Makassar", extra_days_off=(day_off,))
    pm = manager(
        ("uji", AgencyPlugin("uji", timezone="Asia/Makassar", uji_agency_calendar=settings))
    )
    agency = get_agency("uji", pm)
    assert agency.calendar_settings is settings
    assert not agency.calendar.is_working_day(dt.date(2025, 10, 14))


def test_calendar_hook_may_take_only_the_agency_code() -> None:
    """The calendar hook passes agency_info too, but an implementation may ignore it (the
    test plugin's hook takes ``agency_code`` alone)."""
    settings = CalendarSettings(timezone="Asia/Pontianak")
    pm = manager(
        ("uji", AgencyPlugin("uji", timezone="Asia/Pontianak", uji_agency_calendar=settings))
    )
    assert get_agency("uji", pm).calendar_settings == settings


def test_only_the_owner_gives_its_agency_a_calendar() -> None:
    """Another plugin answering the calendar hook for an agency it does not own (tryfirst or
    not) is refused and named; the agency keeps its own calendar (here the core's default), and
    the report of its cases lists the refusal."""
    import datetime as dt

    from uji_konsekuensi.calendar import DayOff

    class Invents:
        @hookimpl(tryfirst=True)
        def uji_agency_calendar(self, agency_code: str) -> CalendarSettings | None:
            days = (DayOff(date=dt.date(2025, 3, 3), name="Libur karangan", source="tidak ada"),)
            return CalendarSettings(
                timezone="Asia/Pontianak",
                extra_days_off=days,
                working_week=(1,),
                working_week_basis="Keputusan karangan",
            )

    pm = manager(("uji", AgencyPlugin("uji", timezone="Asia/Pontianak")), ("karang", Invents()))
    agency = get_agency("uji", pm)
    assert agency.calendar_settings == CalendarSettings(timezone="Asia/Pontianak")
    assert agency.calendar_plugin == "uji_konsekuensi.builtin_calendar"
    (problem,) = [p for p in plugin_problems(pm) if p.plugin == "karang"]
    assert problem.hook == "uji_agency_calendar" and "only the plugin" in problem.render("en")
    assert agency.problems == (problem,)


def test_agencies_are_sorted_by_code() -> None:
    """agencies() lists codes in sorted order whatever the plugin order."""
    pm = manager(("b", AgencyPlugin("zeta")), ("a", AgencyPlugin("alpha")))
    assert list(agencies(pm)) == ["alpha", "zeta"]


def test_agencies_returns_a_copy() -> None:
    """Changing the dict agencies() returned does not change the registry."""
    pm = manager(("uji", AgencyPlugin("uji")))
    agencies(pm).clear()
    assert list(agencies(pm)) == ["uji"]


def test_other_plugins_may_add_to_an_agency() -> None:
    """SOPs, documents and rules from a plugin that does not own the agency are added to it."""

    class Extra:
        @hookimpl
        def uji_agency_sops(self, agency_code: str) -> list[SOP]:
            return [make_sop(number="2/SOP/2025")]

    pm = manager(("uji", AgencyPlugin("uji")), ("extra", Extra()))
    assert [s.number for s in get_agency("uji", pm).sops] == ["2/SOP/2025", "1/SOP/2025"]


# --- broken plugins ---------------------------------------------------------------------------


def test_plugin_raising_in_register_is_isolated() -> None:
    """A plugin whose uji_register_agencies raises is reported; the other agencies stay."""
    broken = AgencyPlugin("rusak", uji_register_agencies=RuntimeError("no data"))
    pm = manager(("good", AgencyPlugin("good")), ("rusak", broken))
    assert list(agencies(pm)) == ["good"]
    [problem] = plugin_problems(pm)
    assert (problem.plugin, problem.hook, problem.distribution) == (
        "rusak",
        "uji_register_agencies",
        "uji-konsekuensi-rusak",
    )
    assert "RuntimeError: no data" in problem.render("en")


@pytest.mark.parametrize(
    "hook",
    ["uji_agency_sops", "uji_agency_calendar", "uji_agency_documents", "uji_compliance_rules"],
)
def test_owner_raising_in_a_hook_makes_only_its_agency_unavailable(hook: str) -> None:
    """If the owning plugin raises in any per-agency hook its agency is withheld, others stay."""
    broken = AgencyPlugin("rusak", **{hook: ValueError("bad sop.json")})
    pm = manager(("good", AgencyPlugin("good")), ("rusak", broken))
    assert list(agencies(pm)) == ["good"]
    with pytest.raises(PluginError) as info:
        get_agency("rusak", pm)
    error = info.value
    assert (error.plugin, error.hook, error.agency_code) == ("rusak", hook, "rusak")
    assert "ValueError: bad sop.json" in str(error)
    assert error in plugin_problems(pm)


@pytest.mark.parametrize(
    ("hook", "value", "fragment"),
    [
        ("uji_register_agencies", {"code": "x"}, "returned dict"),
        ("uji_register_agencies", ["kalbar"], "item [0] is str"),
        ("uji_agency_sops", "sop.json", "returned str"),
        ("uji_agency_sops", [{"number": "1"}], "expected SOP"),
        ("uji_agency_calendar", {"timezone": "Asia/Jakarta"}, "expected CalendarSettings"),
        ("uji_agency_documents", ["Lembar"], "expected DocumentKind"),
        ("uji_compliance_rules", [len], "expected ComplianceRule"),
    ],
)
def test_wrong_result_type_names_plugin_and_hook(hook: str, value: Any, fragment: str) -> None:
    """A hook returning the wrong type is a PluginError naming plugin, hook and the type."""
    pm = manager(("good", AgencyPlugin("good")), ("odd", AgencyPlugin("odd", **{hook: value})))
    assert "good" in agencies(pm) and "odd" not in agencies(pm)
    [problem] = [p for p in plugin_problems(pm) if p.plugin == "odd"]
    assert problem.hook == hook and fragment in problem.render("en")


def test_duplicate_agency_code_keeps_the_first_and_names_both() -> None:
    """A code registered twice: the first-registered plugin keeps it, the other is a PluginError."""
    first = AgencyPlugin("kalbar")
    second = AgencyPlugin("kalbar", timezone="Asia/Makassar")
    pm = manager(("asli", first), ("tiruan", second))
    agency = get_agency("kalbar", pm)
    assert (agency.plugin, agency.timezone) == ("asli", "Asia/Jakarta")
    [problem] = plugin_problems(pm)
    assert (problem.plugin, problem.hook, problem.agency_code) == (
        "tiruan",
        "uji_register_agencies",
        "kalbar",
    )
    message = problem.render("en")
    assert "plugin 'tiruan'" in message and "already registered by plugin 'asli'" in message
    assert "sudah didaftarkan oleh plugin 'asli'" in problem.render("id")
    # The refused plugin adds nothing to the agency it failed to claim.
    assert "uji_agency_sops" not in second.calls
    assert len(agency.sops) == 1 and len(agency.documents) == 1


def test_duplicate_code_from_entry_points_is_decided_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With installed plugins the owner of a contested code does not depend on install order."""
    modules = {}
    for name in ("fake_kalbar_a", "fake_kalbar_b"):
        module = types.ModuleType(name)
        plugin = AgencyPlugin("kalbar")
        module.uji_register_agencies = plugin.uji_register_agencies  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
        modules[name] = module

    class Dist:
        def __init__(self, name: str, ep: str, module: str) -> None:
            self.metadata = {"Name": name}
            self.entry_points = [
                importlib.metadata.EntryPoint(name=ep, value=module, group="uji_konsekuensi")
            ]

    for order in ([0, 1], [1, 0]):
        dists = [
            Dist("uji-konsekuensi-kalbar", "kalbar", "fake_kalbar_a"),
            Dist("uji-konsekuensi-kalbar-lain", "kalbar-lain", "fake_kalbar_b"),
        ]
        ordered = [dists[i] for i in order]
        monkeypatch.setattr(importlib.metadata, "distributions", lambda ordered=ordered: ordered)
        pm = get_plugin_manager(environ={})
        assert get_agency("kalbar", pm).plugin == "kalbar", order
        assert [p.plugin for p in plugin_problems(pm)] == ["kalbar-lain"], order


def test_calendar_in_another_zone_than_declared_is_refused() -> None:
    """Settings in a zone other than AgencyInfo.timezone withhold the agency (PluginError)."""
    wrong = CalendarSettings(timezone="Asia/Jakarta")
    plugin = AgencyPlugin("kutim", timezone="Asia/Makassar", uji_agency_calendar=wrong)
    pm = manager(("kutim", plugin))
    with pytest.raises(PluginError, match=r"Asia/Jakarta.*Asia/Makassar") as info:
        get_agency("kutim", pm)
    assert (info.value.plugin, info.value.hook) == ("kutim", "uji_agency_calendar")


def test_failing_contributor_is_dropped_and_agency_stays() -> None:
    """A plugin that only adds to someone else's agency and raises loses its contribution only."""

    class Flaky:
        @hookimpl
        def uji_agency_documents(self, agency_code: str) -> list[DocumentKind]:
            raise KeyError("template")

    pm = manager(("uji", AgencyPlugin("uji")), ("flaky", Flaky()))
    agency = get_agency("uji", pm)
    assert [d.code for d in agency.documents] == ["lembar-uji"]
    [problem] = plugin_problems(pm)
    assert (problem.plugin, problem.hook, problem.agency_code) == (
        "flaky",
        "uji_agency_documents",
        "uji",
    )


def test_duplicate_document_code_is_reported_and_dropped() -> None:
    """Two documents with one code in an agency: the second is ignored with a PluginError."""

    class Copy:
        @hookimpl
        def uji_agency_documents(self, agency_code: str) -> list[DocumentKind]:
            return [
                DocumentKind(
                    code="lembar-uji", title="Salinan", title_en="Copy", produced_by_steps=(2,)
                )
            ]

    pm = manager(("uji", AgencyPlugin("uji")), ("copy", Copy()))
    agency = get_agency("uji", pm)
    assert len(agency.documents) == 1
    [problem] = plugin_problems(pm)
    assert problem.hook == "uji_agency_documents" and "lembar-uji" in problem.render("en")


def test_hook_asking_for_agencies_is_an_error_of_its_plugin() -> None:
    """A hook that calls get_agency() while agencies are collected fails instead of recursing."""

    class Curious(AgencyPlugin):
        pm: UjiPluginManager

        @hookimpl
        def uji_agency_sops(self, agency_code: str) -> Any:
            get_agency("lain", self.pm)
            return [make_sop()]

    curious = Curious("curious")
    pm = manager(("lain", AgencyPlugin("lain")), ("curious", curious))
    curious.pm = pm
    assert list(agencies(pm)) == ["lain"]
    problems = plugin_problems(pm)
    assert {(p.plugin, p.hook) for p in problems} == {("curious", "uji_agency_sops")}
    problem = problems[0]
    assert "while the agencies are being collected" in problem.render("en")


@pytest.mark.usefixtures("english")
def test_missing_calendar_withholds_the_agency() -> None:
    """With the built-in default removed and no plugin calendar, the agency is not usable."""
    pm = manager(("uji", AgencyPlugin("uji")))
    pm.unregister(name="uji_konsekuensi.builtin_calendar")
    with pytest.raises(PluginError, match="no valid calendar"):
        get_agency("uji", pm)


# --- lookup -----------------------------------------------------------------------------------


def test_unknown_code_lists_installed_and_suggests_nearest() -> None:
    """get_agency on an unknown code names it, lists installed codes and suggests the nearest."""
    pm = manager(("a", AgencyPlugin("kalbar")), ("b", AgencyPlugin("kalteng")))
    with pytest.raises(UnknownAgencyError) as info:
        get_agency("kalbr", pm)
    error = info.value
    assert error.suggestion == "kalbar"
    assert error.render("en") == (
        "unknown agency 'kalbr'; did you mean 'kalbar'? (installed: kalbar, kalteng)"
    )
    assert error.render("id") == (
        "instansi 'kalbr' tidak dikenal; maksud Anda 'kalbar'? (terpasang: kalbar, kalteng)"
    )
    assert isinstance(error, LookupError)


@pytest.mark.usefixtures("english")
def test_unknown_code_without_anything_installed() -> None:
    """With no agency installed the error says so instead of suggesting."""
    with pytest.raises(UnknownAgencyError, match=r"installed: -"):
        get_agency("kalbar", manager())
    assert UnknownAgencyError("x", ()).suggestion is None


@pytest.mark.usefixtures("english")
def test_get_sop_picks_the_only_or_the_numbered_sop() -> None:
    """get_sop() returns the only SOP, or the one with the number asked for."""
    single = get_agency("uji", manager(("uji", AgencyPlugin("uji"))))
    assert single.get_sop() is single.sops[0]
    assert single.get_sop("1/SOP/2025") is single.sops[0]
    with pytest.raises(UnknownSOPError, match=r"no SOP '9'.*1/SOP/2025"):
        single.get_sop("9")


@pytest.mark.usefixtures("english")
def test_get_sop_among_several_needs_a_number() -> None:
    """An agency with two SOPs asks which one."""
    sops = [make_sop("1/A"), make_sop("2/B")]
    agency = get_agency("uji", manager(("uji", AgencyPlugin("uji", uji_agency_sops=sops))))
    with pytest.raises(UnknownSOPError, match=r"2 SOPs; choose one: 1/A, 2/B"):
        agency.get_sop()
    assert agency.get_sop("2/B").number == "2/B"


def test_get_sop_error_is_indonesian_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang en the SOP lookup error is in Bahasa Indonesia."""
    monkeypatch.delenv(ENV_LANG, raising=False)
    agency = get_agency("uji", manager(("uji", AgencyPlugin("uji"))))
    with pytest.raises(UnknownSOPError, match=r"instansi 'uji' tidak memiliki SOP '9'"):
        agency.get_sop("9")


# --- caching ----------------------------------------------------------------------------------


def test_hooks_are_called_once_per_manager_until_reset() -> None:
    """The registry is built once per plugin manager; reset(pm) rebuilds it."""
    plugin = AgencyPlugin("uji")
    pm = manager(("uji", plugin))
    agencies(pm)
    get_agency("uji", pm)
    plugin_problems(pm)
    assert plugin.calls.count("uji_register_agencies") == 1
    reset(pm)
    agencies(pm)
    assert plugin.calls.count("uji_register_agencies") == 2


def test_each_manager_has_its_own_registry() -> None:
    """Two managers with different plugins see different agencies (no leak between tests)."""
    first = manager(("a", AgencyPlugin("satu")))
    second = manager(("b", AgencyPlugin("dua")))
    assert list(agencies(first)) == ["satu"]
    assert list(agencies(second)) == ["dua"]


@pytest.fixture
def fake_installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """One installed plugin (entry point "uji") providing agency "uji"; default manager reset."""
    module = types.ModuleType("fake_uji_agency")
    plugin = AgencyPlugin("uji")
    for hook in (
        "uji_register_agencies",
        "uji_agency_sops",
        "uji_agency_calendar",
        "uji_agency_documents",
        "uji_compliance_rules",
    ):
        setattr(module, hook, getattr(plugin, hook))
    monkeypatch.setitem(sys.modules, "fake_uji_agency", module)

    class Dist:
        def __init__(self) -> None:
            self.metadata = {"Name": "uji-konsekuensi-uji"}
            self.entry_points = [
                importlib.metadata.EntryPoint(
                    name="uji", value="fake_uji_agency", group="uji_konsekuensi"
                )
            ]

    monkeypatch.setattr(importlib.metadata, "distributions", lambda: [Dist()])
    monkeypatch.delenv(ENV_PLUGINS, raising=False)
    reset()
    yield
    reset()


@pytest.mark.usefixtures("fake_installed")
def test_default_manager_finds_installed_plugins() -> None:
    """agencies() and get_agency() without a manager use the installed entry points."""
    assert list(agencies()) == ["uji"]
    agency = get_agency("uji")
    assert (agency.plugin, agency.distribution) == ("uji", "uji-konsekuensi-uji")


@pytest.mark.usefixtures("fake_installed")
def test_reset_rebuilds_the_default_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    """After reset() the environment variable is read again."""
    assert "uji" in agencies()
    monkeypatch.setenv(ENV_PLUGINS, "")
    assert "uji" in agencies()  # cached
    reset()
    assert agencies() == {}


def test_public_api_is_importable_from_the_package() -> None:
    """uji_konsekuensi.agencies/get_agency/hookimpl are the package's re-exports of these."""
    import uji_konsekuensi

    assert uji_konsekuensi.agencies is agencies
    assert uji_konsekuensi.get_agency is get_agency
    assert uji_konsekuensi.hookimpl is hookimpl


def test_module_has_no_import_time_registry() -> None:
    """Importing agency.py built nothing: registries are keyed by managers created later.

    A fresh interpreter imports the module and finds no registry in it; then a manager created
    here gets its registry only when its agencies are first asked for.
    """
    probe = "import uji_konsekuensi.agency as a; print(len(a._registries))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "0"
    pm = manager()
    assert pm not in agency_module._registries
    agencies(pm)
    assert pm in agency_module._registries
