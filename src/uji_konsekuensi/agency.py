"""Agencies: the public bodies the installed plugins provide, and how to get one.

An agency (KASN, BKPSDM Kabupaten Kutai Timur, ...) is registered by a plugin through the hook
`uji_register_agencies` as an `AgencyInfo`; the other hooks then give its SOP(s), its working
calendar, the documents its steps produce and its extra compliance rules. `agencies()` collects
all of that once per plugin manager into `Agency` value objects; `get_agency(code)` picks one.

Nothing happens at import time. The first call builds the default plugin manager and asks every
plugin; the result is cached per plugin manager (`reset()` forgets it, for tests or after
installing a plugin in a running process).

A broken plugin does not take the others down (see plugins.py). When the plugin that registered
an agency fails in one of that agency's hooks, the agency is left out of `agencies()` rather than
built from partial data (an agency without its regional holiday would count a silently wrong
deadline); `get_agency` on it raises the `PluginError`, and `plugin_problems()` lists every
problem. A failure of another plugin that only adds to the agency drops that contribution.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import importlib.metadata
import threading
import weakref
import zoneinfo
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any, get_args

import attrs

from . import agency_messages as M
from .document_kinds import DocumentKind
from .errors import UjiKonsekuensiError
from .field_checks import slug
from .i18n import Language, Text
from .plugins import (
    BUILTIN_PLUGINS,
    PluginError,
    ResultCheck,
    UjiPluginManager,
    call_hook,
    default_plugin_manager,
    expect_instance,
    expect_list_of,
)
from .plugins import rescan_if_due as _rescan_if_due
from .plugins import reset as _reset_default_manager
from .rules import (
    REPLACEABLE_RULES,
    RESERVED_NAMESPACES,
    ComplianceRule,
    RuleReplacement,
    namespace,
)
from .sop.model import TriggerKind

if TYPE_CHECKING:
    from .calendar import CalendarSettings, WorkingCalendar
    from .sop import SOP

#: How an agency's SOP starts: from a request (permohonan informasi, UU 14/2008 Pasal 22) or
#: periodically, when the PPID classifies information ahead of requests (PERKI 1/2021 Pasal 49).
TRIGGERS: tuple[str, ...] = get_args(TriggerKind)


@functools.cache
def _iana_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _check_name(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected the agency's name, got {value!r}"
        )


def _check_timezone(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or value not in _iana_zones():
        near = difflib.get_close_matches(str(value), sorted(_iana_zones()), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected an IANA time zone such as "
            f"'Asia/Jakarta' (WIB), 'Asia/Makassar' (WITA) or 'Asia/Jayapura' (WIT), "
            f"got {value!r}{hint}"
        )
    _check_indonesian(value)


def _check_indonesian(value: str) -> None:
    """An agency's zone is one of Indonesia's (Keppres 41/1987; IANA zone1970.tab: Asia/Jakarta,
    Asia/Pontianak, Asia/Makassar, Asia/Jayapura), written as its own id.

    Refused here, when an agency is registered (its data folder loaded, `agency validate`, a
    Python plugin's `uji_register_agencies`), and not in `CalendarSettings`: every agency's
    calendar must carry the agency's zone (`_calendar`), so this closes the check's every road;
    the `due` calculator's ``--timezone`` gives no verdict and keeps any IANA zone. A foreign zone
    moves each timestamp near midnight to another date, and with it a weekend: up to a day of
    every deadline (docs/calendar.md, "Time zones")."""
    from .calendar.calendar_settings import INDONESIAN_ZONES, ZONE_LINKS

    if value in INDONESIAN_ZONES:
        return
    zones = ", ".join(f"{zone} ({label})" for zone, label in INDONESIAN_ZONES.items())
    linked = ZONE_LINKS.get(value)
    text = (
        M.AGENCY_TIMEZONE_FOREIGN(zones=zones, value=value)
        if linked is None
        else M.AGENCY_TIMEZONE_FOREIGN_LINK(zones=zones, value=value, zone=linked)
    )
    # English, then Indonesian: the converter's way of carrying both through a validator.
    raise ValueError(f"{text.en}\x1e{text.id}")


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _check_aliases(instance: Any, attribute: attrs.Attribute[tuple[str, ...]], value: Any) -> None:
    for alias in value:
        if not isinstance(alias, str) or not alias.strip():
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name}: expected the agency's other names "
                f"(non-empty texts), got {alias!r}"
            )


def _check_trigger(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if value not in TRIGGERS:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected one of "
            f"{', '.join(map(repr, TRIGGERS))}, got {value!r}"
        )


@attrs.frozen(kw_only=True)
class AgencyInfo:
    """What a plugin declares about an agency in `uji_register_agencies`.

    ``code``: lowercase slug, unique across installed plugins ("kalbar"). ``name``: the agency's
    official name as it writes it. ``timezone``: the IANA zone of its office ("Asia/Makassar"
    for WITA); deadlines count hari kerja in this zone. ``trigger``: "request" when its SOP starts
    from a request for information, "periodic" when the PPID classifies information in advance.

    ``active_from`` and ``active_until``: the first and the last day (both included, in the
    agency's zone) on which the agency existed and its SOP was in force; None where it is open.
    A body that was dissolved or merged (KASN: UU 20/2023, Perpres 91/2024 and 92/2024) cannot
    have run its SOP afterwards, and a case dated outside the period is an error
    (``case.agency.inactive``). ``active_basis``: the instrument and Pasal that set the bounds,
    cited in that finding and in the contract; required when a bound is given.

    ``aliases``: other names the agency's own records write it by ("Diskominfo Provinsi
    Kalimantan Barat" for "Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat"). The
    checker requires the body a Lembar or a Penetapan names to be the agency (PERKI 1/2021 Pasal
    49 ayat (5) huruf b): it compares names with case, spacing and punctuation ignored, and
    expands no abbreviation itself (docs/case.md, "The references a case's records make").

    ``example``: True for a fictional agency that shows how a plugin is written (the template
    plugin's "contoh"), never a real body: ``uji-konsekuensi agencies`` lists it only with
    ``--all``, and its JSON marks it ``"example": true``.
    """

    code: str = attrs.field(validator=slug("kutai-timur"))
    name: str = attrs.field(validator=_check_name)
    timezone: str = attrs.field(validator=_check_timezone)
    trigger: TriggerKind = attrs.field(validator=_check_trigger)
    active_from: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(dt.date))
    )
    active_until: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(dt.date))
    )
    active_basis: str | None = None
    example: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_names, validator=_check_aliases)

    def __attrs_post_init__(self) -> None:
        if (self.active_from or self.active_until) and not (self.active_basis or "").strip():
            raise ValueError(
                "AgencyInfo.active_basis: a period of activity needs the instrument that sets it"
            )
        if self.active_from and self.active_until and self.active_from > self.active_until:
            raise ValueError(
                f"AgencyInfo.active_from ({self.active_from}) is after active_until "
                f"({self.active_until})"
            )

    def is_active_on(self, day: dt.date) -> bool:
        """Whether the agency existed and its SOP was in force on ``day``."""
        return (self.active_from is None or day >= self.active_from) and (
            self.active_until is None or day <= self.active_until
        )


class UnknownAgencyError(UjiKonsekuensiError, LookupError):
    """`get_agency` was given a code no installed plugin provides."""

    def __init__(self, code: str, installed: tuple[str, ...]) -> None:
        self.code = code
        self.installed = installed
        near = difflib.get_close_matches(code, installed, n=1, cutoff=0.5)
        self.suggestion = near[0] if near else None
        super().__init__(self.render("en"))

    def render(self, lang: Language | None = None) -> str:
        message = M.AGENCY_UNKNOWN_SUGGEST if self.suggestion else M.AGENCY_UNKNOWN
        return message(
            code=self.code,
            suggestion=self.suggestion,
            installed=", ".join(self.installed) or "-",
        ).get(lang)

    def __str__(self) -> str:
        return self.render()


@attrs.frozen(kw_only=True)
class Agency:
    """An installed agency with everything its plugins gave.

    ``info``: its `AgencyInfo`. ``plugin``: the name of the plugin that registered it (its
    entry-point name); ``distribution``: that plugin's distribution, if known. ``sops``: its
    SOP(s). ``calendar_settings``: the settings from `uji_agency_calendar` (the national calendar
    in its time zone by default); ``calendar`` is the `WorkingCalendar` built from them.
    ``documents``: the kinds of document its steps produce. ``rules``: the compliance rules its
    plugins add (some may replace one of the core's `REPLACEABLE_RULES`); the core's own rules
    are not here: the checker runs them itself (`uji_konsekuensi.case.core_rules`), so no plugin
    can take them away. ``replaced``: the built-in rules a plugin replaced, and by which rule;
    ``rule_plugins``: which plugin gave each of ``rules``. ``calendar_plugin``: the plugin whose
    calendar the agency uses (its own, or the core's default). ``plugin_versions``: (plugin,
    distribution, version) of every plugin that gave the agency something, for reports.
    ``problems``: what was refused of the plugins that gave it something.
    `uji_konsekuensi.case.rules_to_run` is the order the checker runs the rules in.
    """

    info: AgencyInfo
    plugin: str
    distribution: str | None = None
    # Kept out of repr: an SOP prints hundreds of lines; `uji-konsekuensi sop` shows it.
    sops: tuple[SOP, ...] = attrs.field(default=(), repr=False)
    calendar_settings: CalendarSettings = attrs.field(repr=False)
    documents: tuple[DocumentKind, ...] = attrs.field(default=(), repr=False)
    rules: tuple[ComplianceRule, ...] = attrs.field(default=(), repr=False)
    #: (rule code, plugin) for each rule in ``rules``: who gave it (reports and the contract name
    #: it).
    rule_plugins: tuple[tuple[str, str], ...] = attrs.field(default=(), repr=False)
    calendar_plugin: str | None = attrs.field(default=None, repr=False)
    plugin_versions: tuple[tuple[str, str | None, str | None], ...] = attrs.field(
        default=(), repr=False
    )
    #: What went wrong with the plugins that gave the agency something (a refused calendar or
    #: rule): every report of its cases lists them.
    problems: tuple[PluginError, ...] = attrs.field(default=(), repr=False, eq=False)
    #: The folder an agency that is data was read from, and the sha256 of its files
    #: (`uji_konsekuensi.agency_data`): what an auditor compares; None for a Python plugin.
    data_folder: str | None = attrs.field(default=None, repr=False)
    data_sha256: str | None = attrs.field(default=None, repr=False)

    def source_of(self, plugin: str) -> tuple[str | None, str | None]:
        """(distribution, version) of a plugin that gave the agency something, when known."""
        for name, distribution, version in self.plugin_versions:
            if name == plugin:
                return distribution, version
        return None, None

    @functools.cached_property
    def replaced(self) -> tuple[RuleReplacement, ...]:
        """The core rules an agency's rule replaces, with the rule and the plugin that gave it."""
        plugins = dict(self.rule_plugins)
        return tuple(
            RuleReplacement(rule=r.replaces, by=r.code, plugin=plugins.get(r.code, self.plugin))
            for r in self.rules
            if r.replaces is not None
        )

    @property
    def code(self) -> str:
        return self.info.code

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def timezone(self) -> str:
        """The IANA name of the agency's time zone ("Asia/Makassar")."""
        return self.info.timezone

    @property
    def trigger(self) -> TriggerKind:
        return self.info.trigger

    @functools.cached_property
    def calendar(self) -> WorkingCalendar:
        """The agency's working calendar (built on first use: it loads the holiday data)."""
        from .calendar import WorkingCalendar

        return WorkingCalendar(self.calendar_settings)

    def get_sop(self, number: str | None = None) -> SOP:
        """The SOP with this number, or the agency's only SOP when ``number`` is None."""
        if number is None and len(self.sops) == 1:
            return self.sops[0]
        numbers = [str(s.number) for s in self.sops]
        for sop in self.sops:
            if number is not None and str(sop.number) == number:
                return sop
        listed = ", ".join(numbers) or "-"
        message = M.AGENCY_SOP_CHOOSE if number is None else M.AGENCY_SOP_UNKNOWN
        raise UnknownSOPError(
            message(code=self.code, count=len(self.sops), number=number, listed=listed)
        )


class UnknownSOPError(UjiKonsekuensiError, LookupError):
    """`Agency.get_sop` was asked for an SOP the agency does not have (or to choose among many)."""

    def __init__(self, problem: Text) -> None:
        self.problem = problem
        super().__init__(problem.en)

    def __str__(self) -> str:
        return self.problem.get()


# --- collecting the agencies ------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Registry:
    """Everything collected from one plugin manager."""

    agencies: dict[str, Agency]
    unavailable: dict[str, PluginError]
    problems: tuple[PluginError, ...]
    #: In the audit mode, the Python plugins not run whose agency codes are not declared.
    undeclared: tuple[PluginError, ...] = ()


_registries: weakref.WeakKeyDictionary[UjiPluginManager, _Registry] = weakref.WeakKeyDictionary()
_lock = threading.RLock()


_building: set[int] = set()  # ids of managers whose agencies are being collected


def _registry(plugin_manager: UjiPluginManager | None) -> _Registry:
    pm = plugin_manager if plugin_manager is not None else default_plugin_manager()
    with _lock:
        registry = _registries.get(pm)
        if registry is None:
            if id(pm) in _building:
                # A hook implementation asked for the agencies while they are being collected
                # (the lock is re-entrant, so this is the same thread): it would recurse forever.
                # The caller's hook reports this as its plugin's error.
                raise UjiKonsekuensiError(
                    "agencies() or get_agency() called from a hook while the agencies are being "
                    "collected / dipanggil dari hook saat instansi sedang dikumpulkan"
                )
            _building.add(id(pm))
            try:
                registry = _registries[pm] = _collect(pm)
            finally:
                _building.discard(id(pm))
        return registry


def _collect(pm: UjiPluginManager) -> _Registry:
    from .sop import SOP

    problems: list[PluginError] = list(pm.load_problems)
    outcome = call_hook(pm, "uji_register_agencies", {}, expect_list_of(AgencyInfo))
    problems.extend(outcome.problems)

    # Who keeps a contested code must not depend on pluggy's call order (last registered
    # first) or on how site-packages is listed: the plugin registered first keeps it (the
    # built-ins, then installed plugins in entry-point name order, see plugins.py).
    registered = {name: i for i, (name, _) in enumerate(pm.list_name_plugin())}
    results = sorted(outcome.results, key=lambda r: registered.get(r[0], len(registered)))
    owners: dict[str, tuple[AgencyInfo, str]] = {}
    # A plugin whose registration of a code was refused must not add SOPs or a calendar to
    # the agency that another plugin owns (a fork would silently change the original).
    refused: dict[str, set[str]] = {}
    for plugin_name, infos in results:
        for info in infos:
            if info.code in owners:
                refused.setdefault(info.code, set()).add(plugin_name)
                first = owners[info.code][1]
                problems.append(
                    pm.plugin_error(
                        plugin_name,
                        "uji_register_agencies",
                        M.PLUGIN_AGENCY_TAKEN(code=info.code, first=first),
                        info.code,
                    )
                )
                continue
            owners[info.code] = (info, plugin_name)

    agencies: dict[str, Agency] = {}
    unavailable: dict[str, PluginError] = {}
    for code in sorted(owners):
        info, owner = owners[code]
        skip = refused.get(code, set())
        sops = _collected(pm, "uji_agency_sops", code, expect_list_of(SOP), problems, skip)
        calendar = _calendar(pm, info, owner, problems, skip)
        settings = None if calendar is None else calendar[1]
        documents = _collected(
            pm, "uji_agency_documents", code, expect_list_of(DocumentKind), problems, skip
        )
        collected = _collected(
            pm, "uji_compliance_rules", code, expect_list_of(ComplianceRule), problems, skip
        )
        # Before the problems are read: a refused replacement of the owner makes the agency
        # unavailable like any other failure of its own plugin.
        rules = _rules(pm, code, collected, problems)
        ours = [p for p in problems if p.agency_code == code]
        if settings is None and not any(p.hook == "uji_agency_calendar" for p in ours):
            missing = _no_calendar(pm, owner, code)
            problems.append(missing)
            ours.append(missing)
        # Unusable: the owner failed somewhere, or no calendar (whoever's was refused).
        failed = [
            p
            for p in ours
            if p.plugin == owner or (settings is None and p.hook == "uji_agency_calendar")
        ]
        if failed or calendar is None:  # (no calendar always comes with a problem)
            unavailable[code] = failed[0]
            continue
        gave = {owner, calendar[0], *(plugin for _, plugin in rules["rule_plugins"])}
        kinds = tuple(_unique(pm, "uji_agency_documents", code, documents, problems))
        # An agency folder's hooks carry where they were read from (agency_data.DataAgency).
        owner_object = pm.get_plugin(owner)
        folder = getattr(owner_object, "folder", None)
        agencies[code] = Agency(
            data_folder=None if folder is None else str(folder),
            data_sha256=getattr(owner_object, "digest", None),
            info=info,
            plugin=owner,
            distribution=pm.distribution_of(owner),
            sops=tuple(sop for _, sop in sops),
            calendar_settings=calendar[1],
            documents=kinds,
            calendar_plugin=calendar[0],
            problems=tuple(p for p in problems if p.agency_code == code),
            plugin_versions=tuple(_versions(pm, sorted(gave))),
            **rules,
        )
    # The audit mode refuses an agency that needs code (plugins.get_plugin_manager, data_only).
    for code, refusal in getattr(pm, "refused_agencies", {}).items():
        agencies.pop(code, None)
        unavailable[code] = refusal
    return _Registry(
        agencies=agencies,
        unavailable=unavailable,
        problems=tuple(problems),
        undeclared=tuple(getattr(pm, "undeclared_code", ())),
    )


def _collected(
    pm: UjiPluginManager,
    hook: str,
    code: str,
    check: ResultCheck,
    problems: list[PluginError],
    skip: Collection[str],
) -> list[tuple[str, Any]]:
    """Call a collected per-agency hook; ``(plugin name, item)`` for every item returned."""
    outcome = call_hook(pm, hook, {"agency_code": code}, check, agency_code=code, skip=skip)
    problems.extend(outcome.problems)
    return [(plugin, item) for plugin, values in outcome.results for item in values]


def _calendar(
    pm: UjiPluginManager,
    info: AgencyInfo,
    owner: str,
    problems: list[PluginError],
    skip: Collection[str],
) -> tuple[str, CalendarSettings] | None:
    """(plugin, settings): the agency's calendar, from the plugin that registered the agency,
    else the core's default; checked against the agency's time zone.

    Only the owner speaks for its agency's days: another plugin that answers for it (``tryfirst``
    or not) is refused and named. An agency's days off move every deadline; an auditor running
    the agency's plugin beside others must get the calendar the agency declared, not three
    invented regional holidays from a plugin that wants a case to be on time.
    """
    from .calendar import CalendarSettings

    outcome = call_hook(
        pm,
        "uji_agency_calendar",
        {"agency_code": info.code, "agency_info": info},
        expect_instance(CalendarSettings),
        agency_code=info.code,
        skip=skip,
        every=True,
    )
    problems.extend(outcome.problems)
    given = dict(outcome.results)
    for source in given:
        if source != owner and source not in BUILTIN_PLUGINS:
            problems.append(
                pm.plugin_error(
                    source,
                    "uji_agency_calendar",
                    M.PLUGIN_CALENDAR_NOT_OWNER(code=info.code, owner=owner),
                    info.code,
                )
            )
    chosen = owner if owner in given else next((b for b in BUILTIN_PLUGINS if b in given), None)
    if chosen is None:
        return None
    source, settings = chosen, given[chosen]
    if settings.timezone != info.timezone:
        # A calendar in another zone than the one declared moves every deadline computed from
        # a timestamp near midnight by a day: a silently wrong date. Refuse it.
        problems.append(
            pm.plugin_error(
                source,
                "uji_agency_calendar",
                M.PLUGIN_CALENDAR_ZONE(zone=settings.timezone, declared=info.timezone),
                info.code,
            )
        )
        return None
    result: CalendarSettings = settings
    return source, result


def _versions(
    pm: UjiPluginManager, plugins: list[str]
) -> Iterable[tuple[str, str | None, str | None]]:
    """(plugin, distribution, version) of each plugin, as installed."""
    for plugin in plugins:
        distribution = pm.distribution_of(plugin)
        version = None
        if distribution is not None:
            try:
                version = importlib.metadata.version(distribution)
            except importlib.metadata.PackageNotFoundError:
                version = None
        yield plugin, distribution, version


def _no_calendar(pm: UjiPluginManager, owner: str, code: str) -> PluginError:
    # Only reached when the built-in default was unregistered or blocked (a test does that).
    return pm.plugin_error(
        owner,
        "uji_agency_calendar",
        M.PLUGIN_CALENDAR_NONE(),
        code,
    )


def _rules(
    pm: UjiPluginManager,
    code: str,
    added: list[tuple[str, ComplianceRule]],
    problems: list[PluginError],
) -> dict[str, Any]:
    """The rules the agency's plugins add (codes unique), each checked: a code outside the
    core's namespaces, and a replacement only of one of the core's `REPLACEABLE_RULES`, once. A
    refused rule is a `PluginError` naming the plugin (the agency is then unavailable if its own
    plugin gave it: checking with a rule silently dropped, or with the built-in the agency meant
    to replace, would be wrong either way)."""
    owner = {id(rule): plugin for plugin, rule in added}
    kept: list[ComplianceRule] = []
    replaced: list[RuleReplacement] = []
    for rule in _unique(pm, "uji_compliance_rules", code, added, problems):
        why = _refused_rule(rule, replaced)
        if why is not None:
            problems.append(pm.plugin_error(owner[id(rule)], "uji_compliance_rules", why, code))
            continue
        if rule.replaces is not None:
            replaced.append(
                RuleReplacement(rule=rule.replaces, by=rule.code, plugin=owner[id(rule)])
            )
        kept.append(rule)
    return {
        "rules": tuple(kept),
        "rule_plugins": tuple((rule.code, owner[id(rule)]) for rule in kept),
    }


def _refused_rule(rule: ComplianceRule, done: list[RuleReplacement]) -> Text | None:
    """Why a plugin's rule is refused, or None when it may run."""
    if namespace(rule.code) in RESERVED_NAMESPACES:
        return M.PLUGIN_RULE_RESERVED(
            rule=rule.code, reserved=", ".join(sorted(RESERVED_NAMESPACES))
        )
    if rule.origin != "agency":
        return M.PLUGIN_RULE_ORIGIN(origin=rule.origin)
    target = rule.replaces
    if target is None:
        return None
    if target not in REPLACEABLE_RULES:
        # A core rule that is not replaceable enforces the statute or a regulation.
        message = (
            M.PLUGIN_RULE_STATUTORY
            if namespace(target) == "core"
            else M.PLUGIN_RULE_NOT_REPLACEABLE
        )
        return message(target=target, listed=", ".join(REPLACEABLE_RULES))
    first = next((r for r in done if r.rule == target), None)
    if first is not None:
        return M.PLUGIN_RULE_REPLACED_TWICE(target=target, by=first.by, plugin=first.plugin)
    return None


def _unique(
    pm: UjiPluginManager,
    hook: str,
    code: str,
    items: list[tuple[str, Any]],
    problems: list[PluginError],
) -> list[Any]:
    """Drop documents or rules whose code repeats within the agency, keeping the first."""
    seen: dict[str, str] = {}
    kept: list[Any] = []
    for plugin, item in items:
        if item.code in seen:
            problems.append(
                pm.plugin_error(
                    plugin,
                    hook,
                    M.PLUGIN_CODE_REPEATED(code=item.code, first=seen[item.code]),
                    code,
                )
            )
            continue
        seen[item.code] = plugin
        kept.append(item)
    return kept


# --- public functions -------------------------------------------------------------------------


def agencies(plugin_manager: UjiPluginManager | None = None) -> dict[str, Agency]:
    """Every usable installed agency, code → `Agency`, sorted by code.

    Uses the default plugin manager unless one is given. Agencies whose plugin failed are left
    out; see `plugin_problems()`.
    """
    return dict(_registry(plugin_manager).agencies)


def get_agency(code: str, plugin_manager: UjiPluginManager | None = None) -> Agency:
    """The installed agency with this code.

    Raises `UnknownAgencyError` (listing the installed codes, the nearest one suggested) for a
    code no plugin provides, and the `PluginError` of its plugin for an agency whose plugin
    failed.
    """
    registry = _registry(plugin_manager)
    agency = registry.agencies.get(code)
    if agency is not None:
        return agency
    if (
        plugin_manager is None
        and code not in registry.unavailable
        and _rescan_if_due()  # an agency folder may have been dropped in since (agency_data)
    ):
        registry = _registry(None)
        agency = registry.agencies.get(code)
        if agency is not None:
            return agency
    broken = registry.unavailable.get(code)
    if broken is not None:
        raise broken
    if registry.undeclared:
        raise _maybe_theirs(code, registry)
    raise UnknownAgencyError(code, tuple(sorted(registry.agencies)))


def _maybe_theirs(code: str, registry: _Registry) -> PluginError:
    """In the audit mode, an agency no folder gives may be registered by a Python plugin that
    was not run and declares no agency code: refused naming those plugins' distributions, not
    reported as unknown (the auditor must not read "no such agency" where code was skipped)."""
    who = ", ".join(f"{p.plugin} ({p.distribution})" for p in registry.undeclared)
    dists = ", ".join(dict.fromkeys(str(p.distribution) for p in registry.undeclared))
    listed = ", ".join(sorted(registry.agencies)) or "-"
    near = difflib.get_close_matches(code, sorted(registry.agencies), n=1, cutoff=0.5)
    hint_id = f"; maksud Anda {near[0]!r}?" if near else ""
    hint_en = f"; did you mean {near[0]!r}?" if near else ""
    return PluginError(
        plugin=", ".join(p.plugin for p in registry.undeclared),
        hook=None,
        distribution=dists,
        agency_code=code,
        problem=M.AGENCY_DATA_ONLY_UNDECLARED(
            code=code, listed=listed, hint=Text(hint_id, hint_en), who=who
        ),
    )


def unavailable_agencies(
    plugin_manager: UjiPluginManager | None = None,
) -> dict[str, PluginError]:
    """Agencies a plugin registered but that are withheld, code → the `PluginError` why."""
    return dict(_registry(plugin_manager).unavailable)


def plugin_problems(plugin_manager: UjiPluginManager | None = None) -> tuple[PluginError, ...]:
    """Every plugin failure met while loading plugins and collecting the agencies."""
    return _registry(plugin_manager).problems


def reset(plugin_manager: UjiPluginManager | None = None) -> None:
    """Forget what was collected: for one plugin manager, or everything including the default
    plugin manager (the next call rebuilds it, loading the installed plugins again)."""
    with _lock:
        if plugin_manager is not None:
            _registries.pop(plugin_manager, None)
            return
        _registries.clear()
        _reset_default_manager()
