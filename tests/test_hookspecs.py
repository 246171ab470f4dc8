"""Meta-tests: every hookspec is documented, in docs/plugins.md, and exercised by a test.

Set ``UJI_UPDATE_DOCS=1`` to rewrite the generated hook reference in docs/plugins.md after
changing a hookspec docstring.
"""

from __future__ import annotations

import inspect
import os
import re
import sys
from pathlib import Path

import pluggy
import pytest

from uji_konsekuensi import hookspecs
from uji_konsekuensi.plugins import hook_names

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from hook_reference import (  # noqa: E402 - a developer tool, found on the path set above
    HOOK_REFERENCE_BEGIN,
    HOOK_REFERENCE_END,
    hook_reference,
    hook_stages,
)

GUIDE = ROOT / "docs" / "plugins.md"
HOOKS = hook_names()


def spec_opts(name: str) -> dict[str, object]:
    return dict(getattr(getattr(hookspecs, name), f"{hookspecs.PROJECT_NAME}_spec"))


def test_the_contract_hooks_exist() -> None:
    """The five hooks named by the architecture contract are all specified."""
    assert set(HOOKS) >= {
        "uji_register_agencies",
        "uji_agency_sops",
        "uji_agency_calendar",
        "uji_agency_documents",
        "uji_compliance_rules",
    }


def test_markers_use_the_project_name() -> None:
    """hookspec and hookimpl are pluggy markers of project "uji_konsekuensi"."""
    assert isinstance(hookspecs.hookspec, pluggy.HookspecMarker)
    assert isinstance(hookspecs.hookimpl, pluggy.HookimplMarker)
    assert hookspecs.hookspec.project_name == hookspecs.hookimpl.project_name == "uji_konsekuensi"


def test_every_hookspec_is_prefixed() -> None:
    """Every function marked as a hookspec in hookspecs.py starts with uji_.

    Found by its pluggy marker, not by its name: hook_names() keeps only uji_ names, so a spec
    without the prefix would be missing from HOOKS (and from the docs) without this test.
    """
    marker = f"{hookspecs.PROJECT_NAME}_spec"
    specs = {name for name, obj in vars(hookspecs).items() if hasattr(obj, marker)}
    assert specs == set(HOOKS)


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_in_a_stage(name: str) -> None:
    """Each hook sits under a stage banner comment."""
    assert hook_stages()[name].startswith("Stage ")


@pytest.mark.parametrize("name", HOOKS)
def test_hook_docstring_says_when_arguments_returns_and_default(name: str) -> None:
    """Each docstring says when it is called, every argument, the return type and the default."""
    func = getattr(hookspecs, name)
    doc = inspect.getdoc(func) or ""
    for heading in ("When:", "Arguments:", "Returns:", "Default:"):
        assert heading in doc, f"{name}: docstring lacks {heading!r}"
    params = list(inspect.signature(func).parameters)
    if not params:
        assert "Arguments: none." in doc
    for param in params:
        assert f"``{param}``:" in doc, f"{name}: argument {param!r} undocumented"
    annotation = inspect.signature(func).return_annotation
    assert f"Returns: ``{annotation}``" in doc, f"{name}: return type {annotation} not stated"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_docstring_states_result_semantics(name: str) -> None:
    """firstresult hooks say "stops at the first non-None result"; the others say Collected."""
    doc = inspect.getdoc(getattr(hookspecs, name)) or ""
    if spec_opts(name).get("firstresult"):
        assert "stops at the first non-None result" in doc
    else:
        assert "Collected:" in doc


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_in_the_plugin_guide(name: str) -> None:
    """docs/plugins.md mentions every hook outside the generated reference too (the how-to)."""
    text = GUIDE.read_text(encoding="utf-8")
    before, _, _ = text.partition(HOOK_REFERENCE_BEGIN)
    assert f"`{name}" in before, f"{name} is not explained in docs/plugins.md"


def test_guide_reference_matches_the_docstrings() -> None:
    """The hook reference in docs/plugins.md is exactly the one generated from the docstrings."""
    text = GUIDE.read_text(encoding="utf-8")
    pattern = re.escape(HOOK_REFERENCE_BEGIN) + r".*?" + re.escape(HOOK_REFERENCE_END)
    assert re.search(pattern, text, flags=re.S), "docs/plugins.md has no generated reference"
    current = re.search(pattern, text, flags=re.S)
    assert current is not None
    expected = hook_reference()
    if current.group(0) != expected and os.environ.get("UJI_UPDATE_DOCS") == "1":
        GUIDE.write_text(text.replace(current.group(0), expected), encoding="utf-8")
        return
    assert current.group(0) == expected, (
        "docs/plugins.md is out of date: run UJI_UPDATE_DOCS=1 pytest tests/test_hookspecs.py"
    )


def _test_sources() -> dict[Path, str]:
    """Every test file of the core, the plugins and the examples, except this one."""
    paths = [
        *ROOT.glob("tests/**/*.py"),
        *ROOT.glob("plugins/*/tests/**/*.py"),
        *ROOT.glob("examples/*/tests/**/*.py"),
    ]
    return {
        p: p.read_text(encoding="utf-8") for p in paths if p.resolve() != Path(__file__).resolve()
    }


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_implemented_by_a_test(name: str) -> None:
    """Some test file implements the hook (def <name>(...)), so its call path is exercised."""
    implementing = [p for p, text in _test_sources().items() if re.search(rf"def {name}\(", text)]
    assert implementing, f"no test implements {name}"
