"""The replayer of case/flow.py: one method per kind of event, and the kinds it does not move on
count only for the log's time order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs

from uji_konsekuensi.case import Case, case_from_dict
from uji_konsekuensi.case.check import agency_and_sop
from uji_konsekuensi.case.compiled_sop import CompiledSop, compile_sop
from uji_konsekuensi.case.flow import _ON_EVENT, replay
from uji_konsekuensi.case.model import EVENT_CLASSES, LoopBack, StepCompleted, StepStarted

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cases"


def data(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.case.json").read_text(encoding="utf-8"))


def plan_of(case: Case) -> CompiledSop:
    return compile_sop(*agency_and_sop(case))


def test_the_table_moves_the_flow_on_steps_and_loops_only() -> None:
    kinds = {cls.KIND for cls in EVENT_CLASSES}  # type: ignore[attr-defined]
    assert set(_ON_EVENT) <= kinds
    assert set(_ON_EVENT) == {StepStarted.KIND, StepCompleted.KIND, LoopBack.KIND}


def test_an_event_the_table_does_not_name_changes_only_the_span_of_the_log() -> None:
    """Kalbar without its notices, pauses and extensions: the same runs, the same place in the
    flow, no other finding; only the span of the log may differ."""
    case = case_from_dict(data("kalbar"))
    plan = plan_of(case)
    whole = replay(case, plan)
    steps_only = attrs.evolve(case, events=tuple(e for e in case.events if e.KIND in _ON_EVENT))
    assert len(steps_only.events) < len(case.events)
    bare = replay(steps_only, plan)
    assert [(r.step, r.round, r.started, r.completed) for r in bare.runs] == [
        (r.step, r.round, r.started, r.completed) for r in whole.runs
    ]
    assert (bare.expected, bare.ended, bare.ready_at, bare.findings) == (
        whole.expected,
        whole.ended,
        whole.ready_at,
        whole.findings,
    )


def test_the_open_run_is_the_same_object_in_the_runs_and_as_current() -> None:
    """`state` asks ``run is trace.current``: a case stopped in the middle of a step."""
    case = case_from_dict(data("kasn"))
    plan = plan_of(case)
    started = next(i for i, e in enumerate(case.events) if isinstance(e, StepStarted) and i > 2)
    trace = replay(attrs.evolve(case, events=case.events[: started + 1]), plan)
    assert trace.current is not None
    assert any(run is trace.current for run in trace.runs)
    assert trace.current.completed is None
