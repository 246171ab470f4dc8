"""The plugin manager: built by a function, never at import time.

`get_plugin_manager()` makes a new pluggy manager each time it is called: it adds the hook
specifications of `uji_konsekuensi.hookspecs`, registers the built-in plugins (`BUILTIN_PLUGINS`,
modules of ``@hookimpl`` functions, registered exactly like external ones), loads the installed
plugins of the entry-point group ``uji_konsekuensi`` and checks that every implementation matches
a specification. `default_plugin_manager()` keeps one for the process; `reset()` drops it (tests).

Why not a module-level manager: Datasette's import-time global forced test-only hacks and let a
plugin registered by one test leak into the rest of the run. Here a test builds its own manager.

One environment variable, ``UJI_KONSEKUENSI_PLUGINS``, restricts which installed plugins load:
unset, every installed plugin loads; set, only the comma-separated entry-point names it lists
load (empty: none). Built-in plugins always load.

Agencies that are data (`uji_konsekuensi.agency_data`: a folder with agency.json and sop.json)
are registered after the installed Python plugins: the folders of installed packages
(entry-point group ``uji_konsekuensi.agencies``, registered under the entry-point name and also
filtered by ``UJI_KONSEKUENSI_PLUGINS``), then, as ``data:<code>``, the directories of
``UJI_KONSEKUENSI_AGENCIES`` and of ``--agencies`` (`use_agency_dirs`). A folder that cannot
be read is a `PluginError` naming it, like a plugin that cannot be imported. `rescan_if_due`
rebuilds the default manager when a caller asks for an agency nobody registered, at most once
per `RESCAN_INTERVAL` seconds, so a service serves a folder dropped into its directory without
a restart.

One broken plugin must not take the others down. A plugin that cannot be imported, implements a
hook that does not exist, raises in a hook, returns the wrong type, or registers an agency code
another plugin already has, becomes a `PluginError` naming the plugin (entry-point name and
distribution) and the hook; it is collected (see `UjiPluginManager.load_problems` and
`uji_konsekuensi.agency.plugin_problems`) and everything else keeps working. That is why
`call_hook` calls each implementation on its own instead of letting pluggy call them all: a
single raising implementation would otherwise abort the whole hook call.
"""

from __future__ import annotations

import difflib
import importlib
import importlib.metadata
import json
import os
import threading
import time
import traceback
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import attrs
import pluggy

from . import agency_messages as M
from . import hookspecs
from .errors import UjiKonsekuensiError
from .i18n import Language, Text, current_language

#: The entry-point group installed plugins register under (same string as the pluggy project).
ENTRY_POINT_GROUP = hookspecs.PROJECT_NAME

#: The environment variable restricting which installed plugins load (see module docstring).
ENV_PLUGINS = "UJI_KONSEKUENSI_PLUGINS"

#: Modules of ``@hookimpl`` functions that make up the core's own behaviour, registered first
#: (as Datasette loads its default plugins): the default calendar and the built-in document
#: templates. The core's compliance rules are not among them: the checker runs them itself
#: (`uji_konsekuensi.case.core_rules`), so that no plugin can unregister, block or reorder them.
#: Named, not imported: each sits in the layer of what it registers (docs/architecture.md), and
#: is imported here only when a plugin manager is built.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "uji_konsekuensi.builtin_calendar",
    "uji_konsekuensi.documents.builtin_templates",
)

#: The loader of agency folders (documents layer: a letterhead and renderings are documents'
#: models), imported by name when a manager is built, as the built-in plugins are.
DATA_LOADER = "uji_konsekuensi.agency_data"

#: The entry-point group of installed agency folders; the value names a package whose
#: directory is the folder (`uji_konsekuensi.agency_data`).
AGENCIES_ENTRY_POINT_GROUP = "uji_konsekuensi.agencies"

#: The environment variable naming directories of agency folders (``os.pathsep``-separated).
ENV_AGENCIES = "UJI_KONSEKUENSI_AGENCIES"

#: The entry-point group in which a distribution declares, as data, the agency codes its Python
#: plugin serves: the name is an agency code, the value the plugin's module (the value of its
#: entry point in group ``uji_konsekuensi``). Read from the metadata in the audit mode, so that
#: the plugin is linked to its agency without being run (docs/plugins.md, "Audit mode").
AGENCY_CODES_ENTRY_POINT_GROUP = "uji_konsekuensi.agency_codes"

#: The environment variable of the audit mode (``1``): agency folders only, no Python plugin
#: (``check --data-only``, ``serve --data-only``; a service's setting).
ENV_DATA_ONLY = "UJI_KONSEKUENSI_DATA_ONLY"

#: Seconds between two rescans of the agency directories for an unknown agency code; the
#: environment variable ``UJI_KONSEKUENSI_AGENCIES_RESCAN`` sets another (a service's setting).
RESCAN_INTERVAL = 5.0
ENV_RESCAN = "UJI_KONSEKUENSI_AGENCIES_RESCAN"

#: The distribution that ships the built-in plugins.
CORE_DISTRIBUTION = "uji-konsekuensi"


class PluginError(UjiKonsekuensiError):
    """A plugin failed: it could not be loaded, or one of its hooks raised or returned nonsense.

    ``plugin``: the plugin's registered name (its entry-point name, or the module name of a
    built-in). ``distribution``: the installed distribution it came from, when known.
    ``hook``: the hook that failed, or None when the plugin failed while loading.
    ``agency_code``: the agency the hook was called for, when there was one.
    ``problem``: what went wrong, in both languages.
    """

    def __init__(
        self,
        *,
        plugin: str,
        hook: str | None,
        problem: Text,
        distribution: str | None = None,
        agency_code: str | None = None,
    ) -> None:
        self.plugin = plugin
        self.hook = hook
        self.problem = problem
        self.distribution = distribution
        self.agency_code = agency_code
        super().__init__(self.render("en"))

    def render(self, lang: Language | None = None) -> str:
        who = (
            M.PLUGIN_ERROR_DISTRIBUTION(plugin=self.plugin, distribution=self.distribution)
            if self.distribution
            else M.PLUGIN_ERROR_PLUGIN(plugin=self.plugin)
        )
        where = (
            M.PLUGIN_ERROR_LOADING() if self.hook is None else M.PLUGIN_ERROR_HOOK(hook=self.hook)
        )
        if self.agency_code is not None:
            where = M.PLUGIN_ERROR_AGENCY(where=where, code=self.agency_code)
        said = M.PLUGIN_ERROR(who=who, where=where, problem=self.problem)
        return said.get("en" if (lang or current_language()) == "en" else "id")

    def __str__(self) -> str:
        return self.render()


class UjiPluginManager(pluggy.PluginManager):
    """pluggy's manager, plus the problems met while loading and each plugin's distribution."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        #: Plugins that could not be loaded or registered (they are not registered).
        self.load_problems: list[PluginError] = []
        self._distributions: dict[str, str] = {}
        #: True when built for the audit mode: agency folders only, no installed Python plugin.
        self.data_only = False
        #: In the audit mode, agency code -> why the agency is refused (it needs code).
        self.refused_agencies: dict[str, PluginError] = {}
        #: In the audit mode, the Python plugins whose agency codes the metadata does not
        #: declare: an agency nobody else gives may be theirs (`agency.get_agency` says so).
        self.undeclared_code: list[PluginError] = []

    def distribution_of(self, plugin_name: str) -> str | None:
        """The name of the distribution a registered plugin came from, if known."""
        return self._distributions.get(plugin_name)

    def set_distribution(self, plugin_name: str, distribution: str) -> None:
        self._distributions[plugin_name] = distribution

    def plugin_error(
        self, plugin_name: str, hook: str | None, problem: Text, agency_code: str | None = None
    ) -> PluginError:
        """A `PluginError` for a registered plugin, with its distribution filled in."""
        return PluginError(
            plugin=plugin_name,
            hook=hook,
            problem=problem,
            distribution=self.distribution_of(plugin_name),
            agency_code=agency_code,
        )


# --- building the manager ---------------------------------------------------------------------


def selected_plugins(environ: Mapping[str, str] | None = None) -> frozenset[str] | None:
    """The entry-point names ``UJI_KONSEKUENSI_PLUGINS`` allows, or None for "all installed"."""
    value = (os.environ if environ is None else environ).get(ENV_PLUGINS)
    if value is None:
        return None
    return frozenset(name.strip() for name in value.split(",") if name.strip())


def agency_dirs(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The directories of agency folders ``UJI_KONSEKUENSI_AGENCIES`` names, in order."""
    value = (os.environ if environ is None else environ).get(ENV_AGENCIES, "")
    return tuple(dict.fromkeys(p for p in value.split(os.pathsep) if p.strip()))


def use_agency_dirs(dirs: Iterable[str | os.PathLike[str]]) -> None:
    """Add directories of agency folders for this process and the processes it starts
    (``--agencies DIR``): they are put first in ``UJI_KONSEKUENSI_AGENCIES``, which worker
    processes inherit, and the default manager is rebuilt on next use."""
    given = [os.fspath(d) for d in dirs]
    if not given:
        return
    os.environ[ENV_AGENCIES] = os.pathsep.join(dict.fromkeys([*given, *agency_dirs()]))
    reset()


def data_only_mode(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``UJI_KONSEKUENSI_DATA_ONLY`` asks for the audit mode (``1``, ``true``, ``yes``)."""
    value = (os.environ if environ is None else environ).get(ENV_DATA_ONLY, "")
    return value.strip().lower() in ("1", "true", "yes", "ya")


def use_data_only() -> None:
    """The audit mode for this process and those it starts (``--data-only``): the default
    manager is rebuilt on next use with agency folders only."""
    os.environ[ENV_DATA_ONLY] = "1"
    reset()


def get_plugin_manager(
    *,
    load_entrypoints: bool = True,
    environ: Mapping[str, str] | None = None,
    agency_folders: Iterable[str | os.PathLike[str]] = (),
    data_only: bool | None = None,
) -> UjiPluginManager:
    """Build a new plugin manager: specs, built-ins, installed plugins, agency folders, a check.

    ``load_entrypoints=False`` skips the installed plugins and agency folders (a test then
    registers its own with ``pm.register(module_or_object, name=...)``); ``agency_folders``
    are read even then. ``environ`` replaces ``os.environ`` when reading
    ``UJI_KONSEKUENSI_PLUGINS`` and ``UJI_KONSEKUENSI_AGENCIES``. ``data_only`` loads no
    installed Python plugin (group ``uji_konsekuensi``), only agency folders: the audit mode
    (``check --data-only``; None reads ``UJI_KONSEKUENSI_DATA_ONLY``). An agency whose code is
    the entry-point name of an installed Python plugin (the shape of docs/plugins.md) is then
    refused, naming the plugin (`refused_agencies`): its verdict would depend on code that is
    not run. Never raises for a broken plugin: see `load_problems`.
    """
    if data_only is None:
        data_only = data_only_mode(environ)
    pm = UjiPluginManager()
    pm.data_only = data_only
    pm.add_hookspecs(hookspecs)
    for module_name in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(module_name), name=module_name)
        pm.set_distribution(module_name, CORE_DISTRIBUTION)
    selected = selected_plugins(environ)
    dirs: list[str | os.PathLike[str]] = []
    if load_entrypoints:
        if not data_only:
            _load_entrypoints(pm, selected)
        else:
            _refuse_code(pm, selected)
        dirs.extend(agency_dirs(environ))
    dirs.extend(agency_folders)
    if load_entrypoints or dirs:
        _load_agency_folders(pm, selected if load_entrypoints else frozenset(), dirs)
    for name, plugin in list(pm.list_name_plugin()):
        check_plugin(pm, plugin, name)
    # Every implementation left has a specification; this only guards the invariant.
    pm.check_pending()
    return pm


def _refuse_code(pm: UjiPluginManager, selected: frozenset[str] | None) -> None:
    """In the audit mode, the agencies that need code, read from the metadata (nothing of a
    plugin is imported or run). An installed Python plugin is linked to the agency codes its
    distribution declares (`declared_agency_codes`: group ``uji_konsekuensi.agency_codes``, or
    the agency.json files it ships); one that declares none is linked to its entry-point name
    (the documented shape: entry point ``<code>``) and kept in `undeclared_code`, so that an
    agency nobody gives is reported as possibly theirs, by distribution, not as unknown."""
    for ep, dist_name, dist in _plugin_entry_points(ENTRY_POINT_GROUP):
        if selected is not None and ep.name not in selected:
            continue
        codes, how = declared_agency_codes(ep, dist)
        if not codes:
            codes = (ep.name,)
            how = M.PLUGIN_DATA_ONLY_REFUSED_ENTRY_POINT()
            pm.undeclared_code.append(
                PluginError(
                    plugin=ep.name,
                    hook=None,
                    distribution=dist_name,
                    problem=M.PLUGIN_DATA_ONLY_UNDECLARED(
                        plugin=ep.name,
                        value=ep.value,
                        distribution=dist_name,
                        group=AGENCY_CODES_ENTRY_POINT_GROUP,
                    ),
                )
            )
        for code in codes:
            pm.refused_agencies.setdefault(
                code,
                PluginError(
                    plugin=ep.name,
                    hook=None,
                    distribution=dist_name,
                    agency_code=code,
                    problem=M.PLUGIN_DATA_ONLY_REFUSED(
                        env=ENV_DATA_ONLY,
                        code=code,
                        plugin=ep.name,
                        value=ep.value,
                        distribution=dist_name,
                        how=how,
                    ),
                ),
            )


def declared_agency_codes(
    ep: importlib.metadata.EntryPoint, dist: importlib.metadata.Distribution | None
) -> tuple[tuple[str, ...], Text | None]:
    """The agency codes a Python plugin's distribution declares for it, read as data (the
    plugin is not imported): (codes, how they were linked to it).

    First the entry points of group ``uji_konsekuensi.agency_codes`` whose value is the
    plugin's (or any of them, when the distribution has this one plugin); then the agency code
    of every agency.json the distribution ships. None found: ``()``."""
    if dist is None:
        return (), None
    plugins = [e for e in dist.entry_points if e.group == ENTRY_POINT_GROUP]
    declared = [e for e in dist.entry_points if e.group == AGENCY_CODES_ENTRY_POINT_GROUP]
    mine = [e.name for e in declared if e.value == ep.value or len(plugins) == 1]
    if mine:
        group = AGENCY_CODES_ENTRY_POINT_GROUP
        return tuple(dict.fromkeys(mine)), M.PLUGIN_DATA_ONLY_REFUSED_GROUP(group=group)
    codes: list[str] = []
    for file in dist.files or ():
        if file.name != "agency.json":
            continue
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            code = data["agency"]["code"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not an agency folder's file, or unreadable: its folder's load reports it
        if isinstance(code, str) and code not in codes:
            codes.append(code)
    if codes:
        return tuple(codes), M.PLUGIN_DATA_ONLY_REFUSED_AGENCY_JSON()
    return (), None


def _load_agency_folders(
    pm: UjiPluginManager,
    selected: frozenset[str] | None,
    dirs: Iterable[str | os.PathLike[str]],
) -> None:
    """Register the agency folders of installed packages (unless ``selected`` is empty) and of
    ``dirs`` (as ``data:<code>``; an installed one under its entry-point name)."""
    loader = importlib.import_module(DATA_LOADER)
    # (folder, distribution, label): an installed folder is registered under its entry-point
    # name, as a Python plugin is; a folder of a directory as ``data:<code>``.
    folders: list[tuple[Any, str | None, str]] = []
    if selected != frozenset():
        for ep, dist_name in _entry_points(AGENCIES_ENTRY_POINT_GROUP):
            if selected is not None and ep.name not in selected:
                continue
            try:
                module = importlib.import_module(ep.module)
                folder = os.path.dirname(os.fspath(module.__file__ or ""))
            except Exception as exc:  # a package that cannot be imported names itself
                pm.load_problems.append(
                    PluginError(
                        plugin=ep.name,
                        hook=None,
                        distribution=dist_name,
                        problem=describe_exception(exc, f"entry point {ep.value}"),
                    )
                )
                continue
            folders.append((folder, dist_name, ep.name))
    for directory in dirs:
        for folder in loader.find_folders(directory):
            folders.append((folder, None, os.fspath(folder)))
    # One folder per agency code: the first wins (installed packages, then the directories in
    # the order given), and a later one is a problem naming the first.
    loaded: dict[str, Any] = {}
    for folder, dist, label in folders:
        try:
            plugin = loader.load_agency_folder(folder)
        except UjiKonsekuensiError as exc:
            pm.load_problems.append(
                PluginError(
                    plugin=label,
                    hook=None,
                    distribution=dist,
                    problem=Text(id=exc.render("id"), en=exc.render("en"))
                    if hasattr(exc, "render")
                    else Text(id=str(exc), en=str(exc)),
                )
            )
            continue
        name = label if dist is not None else plugin.plugin_name
        if dist is not None and pm.has_plugin(name) and pm.distribution_of(name) == dist:
            # One distribution ships the agency's folder and, under the same entry-point name,
            # a Python plugin of its own rules (examples/agency-plugin): the folder is the
            # agency, registered as data:<code> beside the rules' plugin.
            name = plugin.plugin_name
        first = loaded.get(plugin.info.code)
        if first is not None or pm.has_plugin(name):
            first = first or pm.get_plugin(name)
            pm.load_problems.append(
                PluginError(
                    plugin=label,
                    hook=None,
                    distribution=dist,
                    problem=M.PLUGIN_FOLDER_REPEATED(
                        code=plugin.info.code, first=getattr(first, "folder", "?")
                    ),
                )
            )
            continue
        pm.register(plugin, name=name)
        # A folder given by a directory has no distribution: its path (which differs from
        # machine to machine) stays in the agency's ``data_folder`` and out of every JSON.
        if dist is not None:
            pm.set_distribution(name, dist)
        loaded[plugin.info.code] = plugin


def _plugin_entry_points(
    group: str,
) -> list[tuple[importlib.metadata.EntryPoint, str, importlib.metadata.Distribution | None]]:
    """`_entry_points` with each entry point's distribution (whose metadata is read)."""
    found = _entry_points(group)
    dists: dict[str, importlib.metadata.Distribution] = {}
    for dist in list(importlib.metadata.distributions()):
        dists.setdefault(_distribution_name(dist), dist)
    return [(ep, name, dists.get(name)) for ep, name in found]


def _entry_points(group: str) -> list[tuple[importlib.metadata.EntryPoint, str]]:
    """The entry points of a group, each (name, value, distribution) once, sorted by name."""
    # importlib.metadata.distributions is looked up at call time so tests can monkeypatch it
    # (as pluggy's own tests do) instead of installing packages.
    found: list[tuple[importlib.metadata.EntryPoint, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for dist in list(importlib.metadata.distributions()):
        for ep in dist.entry_points:
            if ep.group != group:
                continue
            # An editable install is often listed twice (its dist-info in site-packages and
            # the egg-info setuptools leaves in the source tree): one plugin, not a conflict.
            key = (ep.name, ep.value, _distribution_name(dist))
            if key not in seen:
                seen.add(key)
                found.append((ep, key[2]))
    # Sorted by name, so "which plugin came first" (duplicate agency codes) never depends on
    # the order the file system lists site-packages in.
    found.sort(key=lambda item: (item[0].name, item[1]))
    return found


def _distribution_name(dist: importlib.metadata.Distribution) -> str:
    metadata = dist.metadata
    name = metadata["Name"] if metadata is not None else None
    return str(name) if name else "?"


def _load_entrypoints(pm: UjiPluginManager, selected: frozenset[str] | None) -> None:
    found = _entry_points(ENTRY_POINT_GROUP)
    for ep, dist_name in found:
        if selected is not None and ep.name not in selected:
            continue
        if pm.is_blocked(ep.name):
            continue
        if pm.has_plugin(ep.name):
            pm.load_problems.append(
                PluginError(
                    plugin=ep.name,
                    hook=None,
                    distribution=dist_name,
                    problem=M.PLUGIN_ENTRY_POINT_TAKEN(
                        name=ep.name, distribution=pm.distribution_of(ep.name)
                    ),
                )
            )
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as exc:  # any failure of a third-party import is reported, not raised
            if pm.has_plugin(ep.name):
                # pluggy before 1.7 leaves a plugin whose validation failed half registered.
                pm.unregister(name=ep.name)
            pm.load_problems.append(
                PluginError(
                    plugin=ep.name,
                    hook=None,
                    distribution=dist_name,
                    problem=describe_exception(exc, f"entry point {ep.value}"),
                )
            )
            continue
        pm.set_distribution(ep.name, dist_name)
    if selected:
        agencies_group = _entry_points(AGENCIES_ENTRY_POINT_GROUP)
        installed = sorted({ep.name for ep, _ in [*found, *agencies_group]})
        for name in sorted(selected - set(installed)):
            near = difflib.get_close_matches(name, installed, n=1)
            listed = ", ".join(installed) or "-"
            said = (
                M.PLUGIN_SELECTED_UNKNOWN_SUGGEST(
                    env=ENV_PLUGINS, name=name, listed=listed, near=near[0]
                )
                if near
                else M.PLUGIN_SELECTED_UNKNOWN(env=ENV_PLUGINS, name=name, listed=listed)
            )
            pm.load_problems.append(
                PluginError(
                    plugin=name,
                    hook=None,
                    problem=said,
                )
            )


def check_plugin(pm: UjiPluginManager, plugin: object, name: str) -> bool:
    """Unregister a plugin that implements an unknown hook or wraps one; True if it stays.

    pluggy's ``check_pending`` would raise for the first such plugin and stop everything; here
    each bad plugin becomes a `PluginError` in ``load_problems`` and the others stay.
    Hook wrappers are refused because `call_hook` calls each implementation on its own.
    """
    problems: list[PluginError] = []
    known = list(hook_names(pm))
    for caller in pm.get_hookcallers(plugin) or ():
        for impl in caller.get_hookimpls():
            if impl.plugin is not plugin:
                continue
            if not caller.has_spec() and not impl.optionalhook:
                near = difflib.get_close_matches(caller.name, known, n=1)
                listed = ", ".join(known)
                problems.append(
                    pm.plugin_error(
                        name,
                        caller.name,
                        M.PLUGIN_HOOK_UNKNOWN_SUGGEST(near=near[0], known=listed)
                        if near
                        else M.PLUGIN_HOOK_UNKNOWN(known=listed),
                    )
                )
            elif impl.wrapper or impl.hookwrapper:
                problems.append(
                    pm.plugin_error(
                        name,
                        caller.name,
                        M.PLUGIN_HOOK_WRAPPER(),
                    )
                )
    if problems:
        pm.unregister(plugin)
        pm.load_problems.extend(problems)
        return False
    return True


# --- the default manager ----------------------------------------------------------------------

_default: UjiPluginManager | None = None
_default_lock = threading.Lock()


def default_plugin_manager() -> UjiPluginManager:
    """The process's plugin manager, built by `get_plugin_manager()` on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = get_plugin_manager()
        return _default


def reset() -> None:
    """Forget the default plugin manager; the next use builds a new one (tests, after pip)."""
    global _default
    with _default_lock:
        _default = None


_last_rescan = 0.0


def rescan_if_due(*, now: float | None = None) -> bool:
    """Forget the default manager so that agency folders are read again, if agency directories
    are configured and the last rescan is at least `RESCAN_INTERVAL` seconds old (or
    ``UJI_KONSEKUENSI_AGENCIES_RESCAN``); True if so.

    Called when an agency code is asked for that no plugin registered (`agency.get_agency`):
    a vendor drops a folder into the service's directory and the next request naming it finds
    it. Bounded, so that a stream of requests for unknown codes does not reread the folders on
    each one.
    """
    global _last_rescan
    if not agency_dirs():
        return False
    try:
        interval = float(os.environ.get(ENV_RESCAN, RESCAN_INTERVAL))
    except ValueError:
        interval = RESCAN_INTERVAL
    moment = time.monotonic() if now is None else now
    with _default_lock:
        if _last_rescan and moment - _last_rescan < interval:
            return False
        _last_rescan = moment
    reset()
    return True


# --- calling hooks, one implementation at a time ----------------------------------------------

#: A result check: None if the value is acceptable, else what is wrong with it.
ResultCheck = Callable[[Any], Text | None]


@attrs.frozen(kw_only=True)
class HookOutcome:
    """What `call_hook` got: ``(plugin name, value)`` for each non-None result, and failures."""

    results: tuple[tuple[str, Any], ...]
    problems: tuple[PluginError, ...]


def describe_exception(exc: BaseException, context: str | None = None) -> Text:
    """ "raised ValueError: ... (at plugin.py:42)": the exception and where the plugin raised it."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    ctx = f"{context}: " if context else ""
    return M.PLUGIN_RAISED(context=ctx, kind=type(exc).__name__, exc=exc, where=where)


def call_hook(
    pm: UjiPluginManager,
    hook_name: str,
    kwargs: Mapping[str, Any],
    check: ResultCheck,
    *,
    agency_code: str | None = None,
    skip: Collection[str] = (),
    every: bool = False,
) -> HookOutcome:
    """Call each implementation of a hook on its own, in pluggy's order, with keyword arguments.

    An implementation that raises, or whose non-None result fails ``check``, becomes a
    `PluginError` (naming the plugin, the hook and the agency) and is skipped; the others run.
    For a ``firstresult`` hook the call stops at the first acceptable non-None result, unless
    ``every`` (the caller must see every answer: who answered decides which one counts).
    Plugins named in ``skip`` are not called.
    """
    caller: pluggy.HookCaller = getattr(pm.hook, hook_name)
    firstresult = not every and bool(caller.spec and caller.spec.opts.get("firstresult"))
    results: list[tuple[str, Any]] = []
    problems: list[PluginError] = []
    # pluggy calls the registered implementations last-registered first (tryfirst/trylast
    # already folded into the list's order); do the same.
    for impl in reversed(caller.get_hookimpls()):
        if impl.plugin_name in skip:
            continue
        try:
            args = [kwargs[name] for name in impl.argnames]
        except KeyError as exc:  # cannot happen for a spec'd hook; kept for a clear message
            problems.append(
                pm.plugin_error(
                    impl.plugin_name,
                    hook_name,
                    M.PLUGIN_HOOK_ARGUMENT(name=exc),
                    agency_code,
                )
            )
            continue
        try:
            value = impl.function(*args)
        except Exception as exc:  # a plugin's bug must name the plugin, not crash the core
            problems.append(
                pm.plugin_error(impl.plugin_name, hook_name, describe_exception(exc), agency_code)
            )
            continue
        if value is None:
            continue
        wrong = check(value)
        if wrong is not None:
            problems.append(pm.plugin_error(impl.plugin_name, hook_name, wrong, agency_code))
            continue
        results.append((impl.plugin_name, value))
        if firstresult:
            break
    return HookOutcome(results=tuple(results), problems=tuple(problems))


def _type_name(value: object) -> str:
    return type(value).__name__


def expect_instance(cls: type, label: str | None = None) -> ResultCheck:
    """A check accepting one instance of ``cls``."""
    name = label or cls.__name__

    def check(value: Any) -> Text | None:
        if isinstance(value, cls):
            return None
        return M.PLUGIN_RESULT_TYPE(kind=_type_name(value), value=value, expected=name)

    return check


def expect_list_of(cls: type, label: str | None = None) -> ResultCheck:
    """A check accepting a list (or tuple) whose items are all instances of ``cls``."""
    name = label or f"list[{cls.__name__}]"

    def check(value: Any) -> Text | None:
        if not isinstance(value, list | tuple):
            return M.PLUGIN_RESULT_TYPE(kind=_type_name(value), value=value, expected=name)
        for index, item in enumerate(value):
            if not isinstance(item, cls):
                return M.PLUGIN_RESULT_ITEM(
                    index=index, kind=_type_name(item), item=item, expected=cls.__name__
                )
        return None

    return check


def _has_spec(pm: pluggy.PluginManager, name: str) -> bool:
    caller = getattr(pm.hook, name, None)
    return isinstance(caller, pluggy.HookCaller) and caller.has_spec()


def hook_names(pm: pluggy.PluginManager | None = None) -> tuple[str, ...]:
    """The names of every hook specification, sorted (for docs and meta-tests)."""
    names: Iterable[str]
    if pm is None:
        names = (n for n in vars(hookspecs) if n.startswith("uji_"))
    else:
        names = (n for n in dir(pm.hook) if n.startswith("uji_") and _has_spec(pm, n))
    return tuple(sorted(names))
