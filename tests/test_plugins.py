"""The plugin manager: built by a function, entry points, the environment variable, isolation."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import types
from collections.abc import Iterator
from typing import Any

import pluggy
import pytest

from uji_konsekuensi import hookspecs, plugins
from uji_konsekuensi.errors import UjiKonsekuensiError
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.plugins import (
    ENV_PLUGINS,
    PluginError,
    call_hook,
    expect_instance,
    expect_list_of,
    get_plugin_manager,
    selected_plugins,
)

# --- fake installed distributions (as pluggy's own tests do: no package is installed) ---------


class FakeDistribution:
    """Just what `importlib.metadata.Distribution` offers the loader: a name and entry points."""

    def __init__(self, name: str, entry_points: list[importlib.metadata.EntryPoint]) -> None:
        self.metadata = {"Name": name}
        self.entry_points = entry_points


def entry_point(name: str, module: str, group: str = "uji_konsekuensi") -> Any:
    return importlib.metadata.EntryPoint(name=name, value=module, group=group)


def plugin_module(monkeypatch: pytest.MonkeyPatch, name: str, **functions: Any) -> Any:
    """A module named ``name`` in sys.modules holding the given hook implementations."""
    module = types.ModuleType(name)
    for attr, func in functions.items():
        setattr(module, attr, func)
    monkeypatch.setitem(sys.modules, name, module)
    return module


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[FakeDistribution]]:
    """Replace the installed distributions with the list the test fills in."""
    dists: list[FakeDistribution] = []
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: iter(dists))
    yield dists


@pytest.fixture
def two_plugins(monkeypatch: pytest.MonkeyPatch, installed: list[FakeDistribution]) -> None:
    """Two installed plugins, "alpha" and "beta", and an unrelated entry point of another group."""

    @hookimpl
    def uji_register_agencies() -> list[Any]:
        return []

    plugin_module(monkeypatch, "fake_alpha", uji_register_agencies=uji_register_agencies)
    plugin_module(monkeypatch, "fake_beta", uji_register_agencies=uji_register_agencies)
    installed.append(
        FakeDistribution("uji-konsekuensi-alpha", [entry_point("alpha", "fake_alpha")])
    )
    installed.append(
        FakeDistribution(
            "uji-konsekuensi-beta",
            [entry_point("beta", "fake_beta"), entry_point("beta", "nowhere", group="other")],
        )
    )


# --- building the manager ---------------------------------------------------------------------


def test_importing_builds_no_manager_and_reads_no_entry_points() -> None:
    """Importing the plugin modules neither scans entry points nor loads holidays."""
    code = (
        "import importlib.metadata as m, sys\n"
        "def boom(*a, **k): raise SystemExit('entry points scanned at import time')\n"
        "m.distributions = boom; m.entry_points = boom\n"
        "import uji_konsekuensi, uji_konsekuensi.plugins as p, uji_konsekuensi.agency\n"
        "import uji_konsekuensi.hookspecs\n"
        "assert p._default is None, 'a manager was built at import time'\n"
        "assert 'holidays' not in sys.modules, 'holidays imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_each_call_builds_a_new_manager() -> None:
    """get_plugin_manager() is a factory: two calls give two independent managers."""
    first = get_plugin_manager(load_entrypoints=False)
    second = get_plugin_manager(load_entrypoints=False)
    assert first is not second
    first.register(types.ModuleType("only_in_first"), name="only_in_first")
    assert not second.has_plugin("only_in_first")


def test_builtins_are_registered_like_plugins() -> None:
    """The built-in modules are registered under their module name, from the core distribution."""
    pm = get_plugin_manager(load_entrypoints=False)
    for name in plugins.BUILTIN_PLUGINS:
        assert pm.has_plugin(name)
        assert pm.distribution_of(name) == "uji-konsekuensi"
    assert pm.load_problems == []


def test_specs_are_the_hookspecs_module() -> None:
    """The manager knows exactly the hooks defined in hookspecs.py."""
    pm = get_plugin_manager(load_entrypoints=False)
    assert plugins.hook_names(pm) == plugins.hook_names()
    assert "uji_register_agencies" in plugins.hook_names()


def test_default_manager_is_cached_until_reset() -> None:
    """default_plugin_manager() returns one manager until reset() drops it."""
    plugins.reset()
    try:
        first = plugins.default_plugin_manager()
        assert plugins.default_plugin_manager() is first
        plugins.reset()
        assert plugins.default_plugin_manager() is not first
    finally:
        plugins.reset()


# --- entry points and the environment variable ------------------------------------------------


@pytest.mark.usefixtures("two_plugins")
def test_entry_points_of_the_group_are_loaded_with_their_distribution() -> None:
    """Each entry point of group uji_konsekuensi is registered by name, with its distribution."""
    pm = get_plugin_manager(environ={})
    assert pm.has_plugin("alpha") and pm.has_plugin("beta")
    assert pm.distribution_of("alpha") == "uji-konsekuensi-alpha"
    assert pm.distribution_of("beta") == "uji-konsekuensi-beta"
    assert pm.load_problems == []


@pytest.mark.usefixtures("two_plugins")
def test_load_entrypoints_false_loads_none() -> None:
    """load_entrypoints=False registers only the built-ins."""
    pm = get_plugin_manager(load_entrypoints=False, environ={})
    assert not pm.has_plugin("alpha") and not pm.has_plugin("beta")


@pytest.mark.usefixtures("two_plugins")
@pytest.mark.parametrize(
    ("value", "loaded"),
    [
        ("alpha", {"alpha"}),
        (" beta , alpha ", {"alpha", "beta"}),
        ("", set()),
        (" , ", set()),
    ],
)
def test_env_var_restricts_which_plugins_load(value: str, loaded: set[str]) -> None:
    """UJI_KONSEKUENSI_PLUGINS lists the entry-point names to load; empty loads none."""
    pm = get_plugin_manager(environ={ENV_PLUGINS: value})
    assert {n for n in ("alpha", "beta") if pm.has_plugin(n)} == loaded
    assert pm.load_problems == []


@pytest.mark.usefixtures("two_plugins")
def test_env_var_is_read_from_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an explicit environ the real environment variable is honoured."""
    monkeypatch.setenv(ENV_PLUGINS, "beta")
    pm = get_plugin_manager()
    assert pm.has_plugin("beta") and not pm.has_plugin("alpha")
    monkeypatch.delenv(ENV_PLUGINS)
    pm = get_plugin_manager()
    assert pm.has_plugin("beta") and pm.has_plugin("alpha")


@pytest.mark.usefixtures("two_plugins")
def test_env_var_naming_a_missing_plugin_is_reported_with_a_suggestion() -> None:
    """A name in the variable that is not installed is a problem suggesting the nearest."""
    pm = get_plugin_manager(environ={ENV_PLUGINS: "alpah"})
    assert not pm.has_plugin("alpha")
    [problem] = pm.load_problems
    assert problem.plugin == "alpah"
    assert "'alpha'" in problem.render("en") and ENV_PLUGINS in problem.render("en")
    assert "maksud Anda 'alpha'" in problem.render("id")


def test_selected_plugins_distinguishes_unset_from_empty() -> None:
    """Unset means all installed plugins (None); set but empty means none."""
    assert selected_plugins({}) is None
    assert selected_plugins({ENV_PLUGINS: ""}) == frozenset()
    assert selected_plugins({ENV_PLUGINS: "a,,b "}) == frozenset({"a", "b"})


@pytest.mark.usefixtures("two_plugins")
def test_blocked_plugins_are_not_loaded() -> None:
    """A name blocked on the manager is skipped (pluggy's own blocking still works)."""
    pm = plugins.UjiPluginManager()
    pm.add_hookspecs(hookspecs)
    pm.set_blocked("alpha")
    plugins._load_entrypoints(pm, None)
    assert not pm.has_plugin("alpha") and pm.has_plugin("beta")


# --- broken plugins while loading -------------------------------------------------------------


def test_plugin_that_fails_to_import_is_reported_and_others_load(
    monkeypatch: pytest.MonkeyPatch, installed: list[FakeDistribution], two_plugins: None
) -> None:
    """An unimportable entry point is a PluginError naming plugin and distribution."""
    installed.append(
        FakeDistribution("uji-konsekuensi-broken", [entry_point("broken", "no_such_module_xyz")])
    )
    pm = get_plugin_manager(environ={})
    assert pm.has_plugin("alpha") and pm.has_plugin("beta") and not pm.has_plugin("broken")
    [problem] = pm.load_problems
    assert (problem.plugin, problem.distribution, problem.hook) == (
        "broken",
        "uji-konsekuensi-broken",
        None,
    )
    message = problem.render("en")
    assert "'broken'" in message and "uji-konsekuensi-broken" in message
    assert "while loading" in message and "ModuleNotFoundError" in message
    assert "saat dimuat" in problem.render("id")


def test_plugin_with_unknown_hook_is_unregistered_with_a_suggestion(
    monkeypatch: pytest.MonkeyPatch, installed: list[FakeDistribution], two_plugins: None
) -> None:
    """A misspelt hook name is a PluginError naming the hook and the nearest real one."""

    @hookimpl
    def uji_agency_sop(agency_code: str) -> None:  # typo of uji_agency_sops
        return None

    plugin_module(monkeypatch, "fake_typo", uji_agency_sop=uji_agency_sop)
    installed.append(FakeDistribution("uji-konsekuensi-typo", [entry_point("typo", "fake_typo")]))
    pm = get_plugin_manager(environ={})  # must not raise (pluggy's check_pending would)
    assert not pm.has_plugin("typo") and pm.has_plugin("alpha")
    [problem] = pm.load_problems
    assert (problem.plugin, problem.hook) == ("typo", "uji_agency_sop")
    assert "uji_agency_sops?" in problem.render("en")


def test_plugin_with_wrong_argument_name_is_reported(
    monkeypatch: pytest.MonkeyPatch, installed: list[FakeDistribution], two_plugins: None
) -> None:
    """An implementation asking for an argument its spec lacks is refused at registration."""

    @hookimpl
    def uji_agency_sops(agency: str) -> None:
        return None

    plugin_module(monkeypatch, "fake_badarg", uji_agency_sops=uji_agency_sops)
    installed.append(
        FakeDistribution("uji-konsekuensi-badarg", [entry_point("badarg", "fake_badarg")])
    )
    pm = get_plugin_manager(environ={})
    assert not pm.has_plugin("badarg") and pm.has_plugin("beta")
    [problem] = pm.load_problems
    assert problem.plugin == "badarg" and "agency" in problem.render("en")


def test_hook_wrappers_are_refused(
    monkeypatch: pytest.MonkeyPatch, installed: list[FakeDistribution]
) -> None:
    """A wrapper implementation is refused: each implementation is called on its own."""

    @hookimpl(wrapper=True)
    def uji_agency_sops(agency_code: str) -> Iterator[None]:
        return (yield)

    plugin_module(monkeypatch, "fake_wrap", uji_agency_sops=uji_agency_sops)
    installed.append(FakeDistribution("uji-konsekuensi-wrap", [entry_point("wrap", "fake_wrap")]))
    pm = get_plugin_manager(environ={})
    assert not pm.has_plugin("wrap")
    [problem] = pm.load_problems
    assert problem.hook == "uji_agency_sops" and "wrapper" in problem.render("en")


def test_a_distribution_listed_twice_is_one_plugin(
    monkeypatch: pytest.MonkeyPatch, installed: list[FakeDistribution], two_plugins: None
) -> None:
    """An editable install seen twice (dist-info and egg-info) loads once without a problem."""
    installed.append(
        FakeDistribution("uji-konsekuensi-alpha", [entry_point("alpha", "fake_alpha")])
    )
    pm = get_plugin_manager(environ={})
    assert pm.has_plugin("alpha") and pm.load_problems == []


def test_same_entry_point_name_in_two_distributions_is_reported(
    monkeypatch: pytest.MonkeyPatch, installed: list[FakeDistribution], two_plugins: None
) -> None:
    """Two distributions claiming one entry-point name: the first loads, the other is a problem."""
    installed.append(
        FakeDistribution("uji-konsekuensi-alpha-fork", [entry_point("alpha", "fake_beta")])
    )
    pm = get_plugin_manager(environ={})
    assert pm.distribution_of("alpha") == "uji-konsekuensi-alpha"
    [problem] = pm.load_problems
    assert problem.distribution == "uji-konsekuensi-alpha-fork"
    assert "uji-konsekuensi-alpha" in problem.render("en")


# --- calling hooks one implementation at a time -----------------------------------------------


class Answer:
    """A plugin object whose uji_agency_sops returns a fixed value (or raises it)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    @hookimpl
    def uji_agency_sops(self, agency_code: str) -> Any:
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


def manager_with(**answers: Any) -> plugins.UjiPluginManager:
    pm = get_plugin_manager(load_entrypoints=False)
    for name, value in answers.items():
        pm.register(Answer(value), name=name)
        pm.set_distribution(name, f"dist-{name}")
    return pm


def test_call_hook_isolates_a_raising_plugin() -> None:
    """A raising implementation is a PluginError naming plugin, distribution, hook, agency."""
    pm = manager_with(good=[1, 2], bad=RuntimeError("kaboom"))
    outcome = call_hook(
        pm, "uji_agency_sops", {"agency_code": "x"}, expect_list_of(int), agency_code="x"
    )
    assert outcome.results == (("good", [1, 2]),)
    [problem] = outcome.problems
    assert (problem.plugin, problem.hook, problem.agency_code, problem.distribution) == (
        "bad",
        "uji_agency_sops",
        "x",
        "dist-bad",
    )
    text = problem.render("en")
    assert "raised RuntimeError: kaboom" in text and "test_plugins.py:" in text
    assert "melempar RuntimeError" in problem.render("id")
    assert isinstance(problem, PluginError)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ({"a": 1}, "returned dict"),
        ("12", "returned str"),
        ([1, "2"], "item [1] is str"),
    ],
)
def test_call_hook_reports_wrong_result_types(value: Any, fragment: str) -> None:
    """A result of the wrong type is a PluginError saying what came back and what was expected."""
    pm = manager_with(good=[3], odd=value)
    outcome = call_hook(pm, "uji_agency_sops", {"agency_code": "x"}, expect_list_of(int))
    assert outcome.results == (("good", [3]),)
    [problem] = outcome.problems
    assert problem.plugin == "odd" and fragment in problem.render("en")
    assert "expected" in problem.render("en") and "seharusnya" in problem.render("id")


def test_call_hook_skips_none_and_calls_last_registered_first() -> None:
    """None answers are dropped; results come in pluggy's order (last registered first)."""
    pm = manager_with(first=[1], silent=None, last=[2])
    outcome = call_hook(pm, "uji_agency_sops", {"agency_code": "x"}, expect_list_of(int))
    assert outcome.results == (("last", [2]), ("first", [1]))
    assert outcome.problems == ()


def test_call_hook_firstresult_stops_at_first_valid_result() -> None:
    """On a firstresult hook a failing implementation is skipped and the next one answers."""

    class Calendar:
        def __init__(self, value: Any) -> None:
            self.value = value
            self.called = False

        @hookimpl
        def uji_agency_calendar(self, agency_code: str) -> Any:
            self.called = True
            return self.value

    pm = get_plugin_manager(load_entrypoints=False)
    for name in plugins.BUILTIN_PLUGINS:  # keep the default out of this test
        pm.unregister(name=name)
    lowest, middle, top = Calendar("low"), Calendar("mid"), Calendar(42)
    pm.register(lowest, name="lowest")
    pm.register(middle, name="middle")
    pm.register(top, name="top")
    outcome = call_hook(
        pm, "uji_agency_calendar", {"agency_code": "x", "agency_info": None}, expect_instance(str)
    )
    assert outcome.results == (("middle", "mid"),)
    assert [p.plugin for p in outcome.problems] == ["top"]
    assert not lowest.called


def test_implementation_may_take_a_subset_of_arguments() -> None:
    """An implementation naming no argument still gets called (hooks evolve by adding arguments)."""

    class NoArgs:
        @hookimpl
        def uji_agency_sops(self) -> list[int]:
            return [7]

    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(NoArgs(), name="noargs")
    outcome = call_hook(pm, "uji_agency_sops", {"agency_code": "x"}, expect_list_of(int))
    assert outcome.results == (("noargs", [7]),)


def test_hooks_reject_positional_calls() -> None:
    """pluggy hook callers take keyword arguments only, as the hookspec module promises."""
    pm = get_plugin_manager(load_entrypoints=False)
    with pytest.raises(TypeError):
        pm.hook.uji_agency_sops("x")  # type: ignore[call-arg]


def test_plugin_error_renders_both_languages() -> None:
    """A PluginError names plugin, distribution, hook and agency in Indonesian and English."""
    error = PluginError(
        plugin="contoh",
        hook="uji_agency_sops",
        distribution="uji-konsekuensi-contoh",
        agency_code="contoh",
        problem=Text(id="rusak", en="broken"),
    )
    assert error.render("en") == (
        "plugin 'contoh' (distribution uji-konsekuensi-contoh), hook uji_agency_sops, "
        "agency 'contoh': broken"
    )
    assert error.render("id") == (
        "plugin 'contoh' (distribusi uji-konsekuensi-contoh), hook uji_agency_sops, "
        "instansi 'contoh': rusak"
    )
    assert isinstance(error, UjiKonsekuensiError)


def test_pluggy_version_supports_what_we_use() -> None:
    """The installed pluggy has HookImpl.argnames and wrapper flags that call_hook relies on."""
    impl_attrs = {"argnames", "function", "plugin_name", "wrapper", "hookwrapper"}
    assert impl_attrs <= set(pluggy.HookImpl.__slots__)
