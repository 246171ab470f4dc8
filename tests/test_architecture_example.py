"""The worked example of docs/architecture.md ("Adding a rule") runs, its comments hold, and its
rules do what the page says once a plugin gives them to an agency."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.case import CheckSettings, check_case, load_case
from uji_konsekuensi.case import check as check_module
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.plugins import get_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def example(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(ROOT)
    after = PAGE[PAGE.index("**A worked example**") :]
    match = re.search(r"```python\n(.*?)```", after, re.S)
    assert match is not None
    namespace: dict[str, Any] = {}
    exec(compile(match.group(1), "docs/architecture.md", "exec"), namespace)
    return namespace


def test_the_worked_example_runs_and_its_comments_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """`codes` and `fields` are what the comments say (the Kalbar example: three testers)."""
    ns = example(monkeypatch)
    assert ns["codes"] == ["contoh.tim.kurang"]
    assert ns["fields"] == ["tests[0].participants"]
    assert ns["found"][0].severity == "warning"


def test_given_by_a_plugin_the_rules_run_and_the_replacement_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Given to Kalbar by a plugin, the example's rules report their code, `contoh.waktu`
    runs where `core.times` stood, and the report's text says so as the page quotes it."""
    ns = example(monkeypatch)

    class Plugin:
        @hookimpl
        def uji_compliance_rules(self, agency_code: str) -> Any:
            return [ns["TIM"], ns["WAKTU"]] if agency_code == "kalbar" else None

    pm = get_plugin_manager()
    pm.register(Plugin(), name="aturan-contoh")
    monkeypatch.setattr(check_module, "get_agency", lambda code: get_agency(code, pm))
    report = check_case(load_case("examples/cases/kalbar.case.json"), CheckSettings())
    assert "contoh.tim.kurang" in report.codes
    text = report.render("id")
    assert "aturan bawaan core.times diganti oleh contoh.waktu (plugin aturan-contoh)" in text
    from uji_konsekuensi.case.check import rules_to_run

    order = [p.rule.code for p in rules_to_run(get_agency("kalbar", pm))]
    assert order.index("contoh.waktu") == order.index("core.documents") + 1
