"""Replaying a case's event log against its SOP: which steps ran, in what order, and what is next.

`replay` walks the log once and returns a `Trace`: each run of a step (when it became ready to
start, its start and completion events), where the flow stands at the end of the log, and the
findings about order that only a walk can see (codes ``case.log.*``, ``case.order.*``,
``case.decision.*``, ``case.loop.*``). Both the state (what is next) and the checker (did it
comply) read the same trace, so they never disagree about where a case stands.

The flow is a single path: an SOP AP flowchart has no parallel branches (PermenPAN-RB 35/2012
draws one activity after another), a decision sends the flow down one branch, and a branch that
points back (a loop) starts a new round from the step it points to.

When a step becomes *ready*: at the completion of the step it follows (a decision's branch, a
loop back), or, for the first step, at the receipt of the request (a request case) or at its own
start (a periodic round). Each step's waktu counts from that moment by default: the time the SOP
gives a step is the time between the hand-over and the result, so a step cannot gain time by being
started late (`CheckSettings.step_clock` counts from the step's own start instead).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import attrs

from ..field_checks import says_nothing
from ..findings import Finding
from ..i18n import Text
from . import messages as M
from .codes import (
    DECISION_BRANCH_ON_PROCESS,
    DECISION_NO_BRANCH,
    LOG_NOT_CHRONOLOGICAL,
    LOOP_NO_REASON,
    LOOP_OUTSIDE_SOP,
    ORDER_AFTER_END,
    ORDER_BEFORE_PREDECESSOR,
    ORDER_NOT_STARTED,
    ORDER_OUT_OF_ORDER,
    ORDER_SKIPPED,
)
from .compiled_sop import CompiledSop
from .model import (
    Case,
    CaseEvent,
    LoopBack,
    RequestTrigger,
    StepCompleted,
    StepStarted,
)

__all__ = ["Run", "Trace", "replay"]


@attrs.frozen(kw_only=True)
class Run:
    """One run of a step: ready at ``ready_at``; ``started``/``completed`` are its events and
    ``start_index``/``end_index`` their positions in the log (None when missing).

    Frozen: every rule reads the same `Trace`, and none may change what the next one sees.
    The replayer builds each run as an `_OpenRun` (a completion closes a run started earlier)
    and freezes it into the trace.
    """

    step: int
    ready_at: dt.datetime | None
    started: StepStarted | None = None
    completed: StepCompleted | None = None
    start_index: int | None = None
    end_index: int | None = None
    round: int = 1

    @property
    def done(self) -> bool:
        return self.completed is not None

    @property
    def branch(self) -> Literal["yes", "no"] | None:
        return None if self.completed is None else self.completed.branch


@attrs.define(kw_only=True)
class _OpenRun:
    """A `Run` while `replay` builds it: its completion may come later in the log."""

    step: int
    ready_at: dt.datetime | None
    started: StepStarted | None = None
    completed: StepCompleted | None = None
    start_index: int | None = None
    end_index: int | None = None
    round: int = 1

    def frozen(self) -> Run:
        # Field by field: attrs.asdict built a dict per run, a third of the replay's time.
        return Run(
            step=self.step,
            ready_at=self.ready_at,
            started=self.started,
            completed=self.completed,
            start_index=self.start_index,
            end_index=self.end_index,
            round=self.round,
        )


@attrs.frozen(kw_only=True)
class Trace:
    """Where a case stands after its log.

    ``runs``: every run, in log order. ``current``: the run started and not completed at the end
    (None if none). ``expected``: the step(s) that may come next (more than one only after a
    decision whose branch was not recorded); ``ready_at``: since when. ``ended``: the flow
    reached the end of the SOP. ``findings``: order findings. ``first_at``/``last_at``: the
    earliest and the latest moment of the log, whatever its order (None for an empty log).
    """

    runs: tuple[Run, ...]
    current: Run | None
    expected: frozenset[int]
    ready_at: dt.datetime | None
    ended: bool
    findings: tuple[Finding, ...]
    first_at: dt.datetime | None = None
    last_at: dt.datetime | None = None

    def completion_of(self, step: int, before: int | None = None) -> dt.datetime | None:
        """When ``step`` was last completed (before log position ``before``, if given)."""
        found: dt.datetime | None = None
        for run in self.runs:
            if (
                run.step == step
                and run.completed is not None
                and run.end_index is not None
                and (before is None or run.end_index < before)
            ):
                found = run.completed.at
        return found


def replay(case: Case, plan: CompiledSop) -> Trace:
    """Walk the event log of ``case`` along ``plan`` (see the module notes)."""
    return _Replayer.start(case, plan).walk(case.events)


@attrs.define(kw_only=True)
class _Replayer:
    """The walk of one log, its state explicit: one method per kind of event (`_ON_EVENT`).

    ``expected``: the step(s) that may come next; ``ready_at``: since when; ``ended``: the flow
    reached the end of the SOP; ``current``: the run started and not yet completed; ``rounds``:
    how many runs each step has had; ``first_at``/``last_at``: the span of the log so far
    (``last_at`` is the latest moment, which a log in time order has last).
    """

    plan: CompiledSop
    expected: frozenset[int]
    ready_at: dt.datetime | None
    ended: bool = False
    current: _OpenRun | None = None
    runs: list[_OpenRun] = attrs.field(factory=list)
    rounds: dict[int, int] = attrs.field(factory=dict)
    findings: list[Finding] = attrs.field(factory=list)
    first_at: dt.datetime | None = None
    last_at: dt.datetime | None = None

    @classmethod
    def start(cls, case: Case, plan: CompiledSop) -> _Replayer:
        """Before the first event: the SOP's first step is expected, ready at the receipt of a
        request (a periodic round's first step is ready when it starts)."""
        trigger = case.trigger
        return cls(
            plan=plan,
            expected=frozenset() if plan.first is None else frozenset({plan.first}),
            ready_at=trigger.received_at if isinstance(trigger, RequestTrigger) else None,
        )

    def walk(self, events: Sequence[CaseEvent]) -> Trace:
        on_event = _ON_EVENT
        for index, event in enumerate(events):
            # Every event counts for the log's time order and span; a log in time order costs
            # one comparison per event for both.
            at = event.at
            if self.last_at is None:
                self.last_at = self.first_at = at
            elif at < self.last_at:
                self.disordered(index, event)
            else:
                self.last_at = at
            handler = on_event.get(event.KIND)
            if handler is not None:
                handler(self, index, event)
        return self.trace()

    def disordered(self, index: int, event: CaseEvent) -> None:
        """An event dated before the one logged before it: reported; only here can a moment be
        earlier than the first."""
        if self.first_at is None or event.at < self.first_at:
            self.first_at = event.at
        self.findings.append(
            LOG_NOT_CHRONOLOGICAL(
                M.LOG_NOT_CHRONOLOGICAL(index=index, kind=event.KIND),
                field=f"events[{index}].at",
            )
        )

    # --- one method per kind of event ----------------------------------------------------------

    def step_started(self, index: int, event: StepStarted) -> None:
        step = event.step
        if self.current is not None:
            self.overtake(self.current.step, step, index)
        if step not in self.expected or self.ended:
            self.enter(step, index, M.STARTED)
        run = self.open(step, index, started=event)
        self.current = run
        # While a step runs, only its completion may come next in the flow.
        self.expected = frozenset({step})
        self.ended = False

    def step_completed(self, index: int, event: StepCompleted) -> None:
        step = event.step
        run = self.current
        if run is None or run.step != step:
            overtaken = self.open_run_of(step)
            if overtaken is not None:
                # A step overtaken by the next one (case.order.before_predecessor): its
                # completion closes its run and leaves the flow where it is.
                overtaken.completed = event
                overtaken.end_index = index
                return
            run = self.unstarted(step, index)
        run.completed = event
        run.end_index = index
        self.current = None
        self.leave(run, event, index)

    def loop_back(self, index: int, event: LoopBack) -> None:
        plan = self.plan
        if (event.from_step, event.to_step) not in plan.back_edges:
            self.findings.append(
                LOOP_OUTSIDE_SOP(
                    M.LOOP_OUTSIDE_SOP(from_step=event.from_step, to_step=event.to_step),
                    field=f"events[{index}]",
                    step=event.from_step,
                    basis=plan.label(event.from_step),
                )
            )
        if says_nothing(event.reason):
            self.findings.append(
                LOOP_NO_REASON(
                    M.LOOP_NO_REASON(),
                    field=f"events[{index}].reason",
                    step=event.from_step,
                )
            )
        self.current = None
        self.expected = frozenset({event.to_step})
        self.ended = False
        self.ready_at = event.at

    # --- runs ----------------------------------------------------------------------------------

    def open(self, step: int, index: int | None, started: StepStarted | None = None) -> _OpenRun:
        """A new run of ``step``, ready since the flow last moved, counted in its rounds."""
        rounds = self.rounds[step] = self.rounds.get(step, 0) + 1
        run = _OpenRun(
            step=step,
            ready_at=self.ready_at,
            started=started,
            start_index=index if started is not None else None,
            round=rounds,
        )
        self.runs.append(run)
        return run

    def open_run_of(self, step: int) -> _OpenRun | None:
        """The latest run of ``step`` started and not completed, if any."""
        return next(
            (
                r
                for r in reversed(self.runs)
                if r.step == step and r.started is not None and r.completed is None
            ),
            None,
        )

    def overtake(self, running: int, step: int, index: int) -> None:
        """``step`` started while ``running`` is open: reported, and the flow goes on as if
        ``running`` had been completed (its completion, when it comes, closes its run without
        moving the flow)."""
        self.findings.append(
            ORDER_BEFORE_PREDECESSOR(
                M.ORDER_BEFORE_PREDECESSOR(step=step, running=running),
                field=f"events[{index}]",
                step=step,
                basis=self.plan.label(step),
            )
        )
        sp = self.plan.steps[running]
        self.expected = _following(sp.branches.values() if sp.is_decision else sp.successors)
        self.current = None

    def unstarted(self, step: int, index: int) -> _OpenRun:
        """A completion of a step never started: reported, and a run without a start."""
        self.findings.append(
            ORDER_NOT_STARTED(
                M.ORDER_NOT_STARTED(step=step),
                field=f"events[{index}]",
                step=step,
                basis=self.plan.label(step),
            )
        )
        if self.current is None:
            self.enter(step, index, M.COMPLETED)
        return self.open(step, None)

    # --- the flow ------------------------------------------------------------------------------

    def enter(self, step: int, index: int, what: Text) -> None:
        """Check that ``step`` may come now; report what was skipped or out of order."""
        if step in self.expected and not self.ended:
            return
        plan = self.plan
        if self.ended:
            self.findings.append(
                ORDER_AFTER_END(
                    M.ORDER_AFTER_END(step=step, what=what),
                    field=f"events[{index}]",
                    step=step,
                    basis=plan.label(step),
                )
            )
            return
        path = plan.path(self.expected, step)
        if path is None:
            following = ", ".join(str(s) for s in sorted(self.expected)) or "-"
            self.findings.append(
                ORDER_OUT_OF_ORDER(
                    M.ORDER_OUT_OF_ORDER(step=step, what=what, next=following),
                    field=f"events[{index}]",
                    step=step,
                    basis=plan.label(step),
                )
            )
            return
        for skipped in path:
            self.findings.append(
                ORDER_SKIPPED(
                    M.ORDER_SKIPPED(skipped=skipped, step=step, what=what),
                    field=f"events[{index}]",
                    step=skipped,
                    basis=plan.label(skipped),
                )
            )

    def leave(self, run: _OpenRun, event: StepCompleted, index: int) -> None:
        """Move the flow on after ``run`` completed with ``event``."""
        following = _following(self.targets(run.step, event, index))
        self.ended = not following
        self.expected = following
        self.ready_at = event.at

    def targets(self, step: int, event: StepCompleted, index: int) -> Iterable[int | None]:
        """Where the flow goes after ``step``: the branch taken at a decision (both, with a
        finding, when none is recorded), the successors of any other step (a branch recorded
        on it is reported and ignored)."""
        sp = self.plan.steps[step]
        if sp.is_decision:
            if event.branch is not None:
                return (sp.branches.get(event.branch),)
            self.findings.append(
                DECISION_NO_BRANCH(
                    M.DECISION_NO_BRANCH(step=step),
                    field=f"events[{index}].branch",
                    step=step,
                    basis=sp.label,
                )
            )
            return sp.branches.values()
        if event.branch is not None:
            self.findings.append(
                DECISION_BRANCH_ON_PROCESS(
                    M.DECISION_BRANCH_ON_PROCESS(step=step, branch=event.branch),
                    field=f"events[{index}].branch",
                    step=step,
                    basis=sp.label,
                )
            )
        return sp.successors

    # --- the end -------------------------------------------------------------------------------

    def trace(self) -> Trace:
        frozen = tuple(r.frozen() for r in self.runs)
        # The current run is one of the runs: the trace keeps it the same object (`state` asks
        # ``run is trace.current``).
        open_at = next((i for i, r in enumerate(self.runs) if r is self.current), None)
        return Trace(
            runs=frozen,
            current=None if open_at is None else frozen[open_at],
            expected=self.expected if not self.ended else frozenset(),
            ready_at=self.ready_at,
            ended=self.ended,
            findings=tuple(self.findings),
            first_at=self.first_at,
            last_at=self.last_at,
        )


def _following(targets: Iterable[int | None]) -> frozenset[int]:
    """The steps a flow may go to next (None: the end of the SOP)."""
    return frozenset(t for t in targets if t is not None)


#: The table of event kinds the walk moves on; every other kind (a notice, a pause, an
#: extension...) only counts for the log's time order.
_ON_EVENT: dict[str, Callable[[_Replayer, int, Any], None]] = {
    StepStarted.KIND: _Replayer.step_started,
    StepCompleted.KIND: _Replayer.step_completed,
    LoopBack.KIND: _Replayer.loop_back,
}
