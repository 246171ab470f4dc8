"""The package's layers: no import cycle, and no module importing a layer above its own.

The import graph is read from the source (every ``import`` and ``from ... import``, those inside
functions included; those under ``if TYPE_CHECKING:`` excepted, they never run). docs/
architecture.md draws the same layers; `LAYERS` below is the table the test enforces.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PKG = "uji_konsekuensi"

#: Bottom to top; a module may import its own layer and the layers below. The first name of a
#: module under the package decides its layer ("case.check" -> "case").
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "base",
        (
            *("i18n", "errors", "limits", "findings", "jsonio", "moments", "bahasa"),
            *("lazy_exports", "field_checks", "text_memo"),
        ),
    ),
    ("converter", ("converter",)),
    ("models", ("law", "calendar", "harm", "sop", "document_kinds", "responses")),
    (
        "registry",
        ("hookspecs", "plugins", "agency", "agency_messages", "rules", "builtin_calendar"),
    ),
    ("case", ("case",)),
    ("documents", ("documents", "plugin_kit", "agency_data")),
    ("results", ("results", "portal_contract", "schemas", "testing", "pytest_plugin")),
    ("boundaries", ("cli", "service", "scaffold", "__main__", "")),
)


def modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in (SRC / PKG).rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return skipped


def import_graph() -> dict[str, set[str]]:
    """module -> the package modules it imports (at run time, anywhere in the module)."""
    return {module: set(targets) for module, targets in _read_graph().items()}


@functools.cache
def _read_graph() -> dict[str, set[str]]:
    # Parsing every module of the package is the slow part, and its source does not change
    # while the tests run: read once, and each caller gets its own copy.
    mods = modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for name, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[: len(here) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                targets = [
                    f"{module}.{a.name}" if f"{module}.{a.name}" in mods else module
                    for a in node.names
                ]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                if not target.startswith(PKG):
                    continue
                while target not in mods and "." in target:
                    target = target.rsplit(".", 1)[0]
                if target in mods and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def layer_of(module: str) -> int:
    first = module.removeprefix(PKG).lstrip(".").split(".")[0]
    for number, (_, names) in enumerate(LAYERS):
        if first in names:
            return number
    raise AssertionError(f"{module}: in no layer; add it to LAYERS and docs/architecture.md")


def test_the_graph_sees_function_local_imports() -> None:
    """The reader counts an import inside a function (the kind that hid cycles before), and
    skips one under TYPE_CHECKING."""
    graph = import_graph()
    # case/batch.py imports the agency registry inside check_batch(), nowhere else.
    assert "uji_konsekuensi.agency" in graph["uji_konsekuensi.case.batch"]
    # case/model.py names CaseState and Report for type checkers only.
    assert "uji_konsekuensi.case.state" not in graph["uji_konsekuensi.case.model"]


def test_there_is_no_import_cycle() -> None:
    """No set of modules imports itself round, function-local imports included."""
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The finder itself can fail: a graph with a loop gives that loop."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_a_layer_above_its_own() -> None:
    """Each import goes down or sideways in LAYERS (base, converter, models, registry, case,
    documents, results, boundaries)."""
    graph = import_graph()
    upward = [
        f"{m} ({LAYERS[layer_of(m)][0]}) -> {t} ({LAYERS[layer_of(t)][0]})"
        for m, targets in graph.items()
        for t in targets
        if layer_of(t) > layer_of(m)
    ]
    assert upward == []


@pytest.mark.parametrize(("layer", "names"), LAYERS, ids=[name for name, _ in LAYERS])
def test_architecture_doc_names_each_layer(layer: str, names: tuple[str, ...]) -> None:
    """docs/architecture.md's layer table lists every layer with its modules."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    row = re.search(rf"^\| {re.escape(layer)} \|(.*)$", text, re.M)
    assert row is not None, f"no row for layer {layer!r} in docs/architecture.md"
    for name in names:
        if name:
            assert f"`{name}`" in row.group(1), f"{name} missing from the {layer} row"
