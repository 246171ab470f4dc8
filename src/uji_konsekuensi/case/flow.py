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
from typing import Literal

import attrs

from ..findings import Finding
from ..i18n import Text
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
    `replay` builds each run as an `_OpenRun` (a completion closes a run started earlier) and
    freezes it into the trace.
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
        return Run(**attrs.asdict(self, recurse=False))


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
    findings: list[Finding] = []
    runs: list[_OpenRun] = []
    first = plan.first
    expected: frozenset[int] = frozenset() if first is None else frozenset({first})
    trigger = case.trigger
    ready_at: dt.datetime | None = (
        trigger.received_at if isinstance(trigger, RequestTrigger) else None
    )
    ended = False
    current: _OpenRun | None = None
    rounds: dict[int, int] = {}
    previous_at: dt.datetime | None = None
    steps = plan.steps

    def enter(step: int, index: int, what: str) -> None:
        """Check that ``step`` may come now; report what was skipped or out of order."""
        nonlocal expected, ended
        label = plan.label(step)
        if step in expected and not ended:
            return
        if ended:
            findings.append(
                ORDER_AFTER_END(
                    Text(
                        f"Langkah {step} {what} setelah prosedur SOP selesai",
                        f"Step {step} {_EN[what]} after the SOP's procedure had ended",
                    ),
                    field=f"events[{index}]",
                    step=step,
                    basis=label,
                )
            )
            return
        path = plan.path(expected, step)
        if path is None:
            done = ", ".join(str(s) for s in sorted(expected)) or "-"
            findings.append(
                ORDER_OUT_OF_ORDER(
                    Text(
                        f"Langkah {step} {what} tidak pada urutannya: menurut SOP langkah "
                        f"berikutnya adalah {done}",
                        f"Step {step} {_EN[what]} out of order: by the SOP the next step is {done}",
                    ),
                    field=f"events[{index}]",
                    step=step,
                    basis=label,
                )
            )
            return
        for skipped in path:
            findings.append(
                ORDER_SKIPPED(
                    Text(
                        f"Langkah {skipped} dilewati: langkah {step} {what} padahal langkah "
                        f"{skipped} belum dilaksanakan",
                        f"Step {skipped} was skipped: step {step} {_EN[what]} before step "
                        f"{skipped} was carried out",
                    ),
                    field=f"events[{index}]",
                    step=skipped,
                    basis=plan.label(skipped),
                )
            )

    def leave(run: _OpenRun, event: StepCompleted, index: int) -> None:
        """Move the flow on after ``run`` completed with ``event``."""
        nonlocal expected, ended, ready_at
        sp = steps[run.step]
        targets: tuple[int | None, ...]
        if sp.is_decision:
            if event.branch is None:
                findings.append(
                    DECISION_NO_BRANCH(
                        Text(
                            f"Langkah {run.step} adalah keputusan, tetapi cabang yang diambil "
                            "(ya/tidak) tidak dicatat",
                            f"Step {run.step} is a decision but the branch taken (yes/no) is not "
                            "recorded",
                        ),
                        field=f"events[{index}].branch",
                        step=run.step,
                        basis=sp.label,
                    )
                )
                targets = tuple(sp.branches.values())
            else:
                targets = (sp.branches.get(event.branch),)
        else:
            if event.branch is not None:
                findings.append(
                    DECISION_BRANCH_ON_PROCESS(
                        Text(
                            f"Langkah {run.step} bukan keputusan; cabang {event.branch!r} "
                            "diabaikan",
                            f"Step {run.step} is not a decision; branch {event.branch!r} is "
                            "ignored",
                        ),
                        field=f"events[{index}].branch",
                        step=run.step,
                        basis=sp.label,
                    )
                )
            targets = sp.successors
        following = frozenset(t for t in targets if t is not None)
        ended = not following
        expected = following
        ready_at = event.at

    earliest: dt.datetime | None = None
    for index, event in enumerate(case.events):
        at = event.at
        if previous_at is None:
            previous_at = earliest = at
        elif at < previous_at:
            # Only here can a moment be earlier than the first: a log in time order costs
            # one comparison per event for both the order rule and the span.
            if earliest is None or at < earliest:
                earliest = at
            findings.append(
                LOG_NOT_CHRONOLOGICAL(
                    Text(
                        f"Peristiwa {index} ({event.KIND}) tercatat lebih awal daripada "
                        "peristiwa sebelumnya: log kasus harus berurutan menurut waktu",
                        f"Event {index} ({event.KIND}) is dated before the event before it: "
                        "the case log must be in time order",
                    ),
                    field=f"events[{index}].at",
                )
            )
        else:
            previous_at = at

        if isinstance(event, StepStarted):
            step = event.step
            if current is not None:
                findings.append(
                    ORDER_BEFORE_PREDECESSOR(
                        Text(
                            f"Langkah {step} dimulai sebelum langkah {current.step} selesai",
                            f"Step {step} started before step {current.step} was completed",
                        ),
                        field=f"events[{index}]",
                        step=step,
                        basis=plan.label(step),
                    )
                )
                # Reported; the flow goes on as if the unfinished step had been completed
                # (its completion, when it comes, closes its run without moving the flow).
                sp_current = steps[current.step]
                expected = frozenset(
                    t
                    for t in (
                        sp_current.branches.values()
                        if sp_current.is_decision
                        else sp_current.successors
                    )
                    if t is not None
                )
                current = None
            if step not in expected or ended:
                enter(step, index, "dimulai")
            rounds[step] = rounds.get(step, 0) + 1
            run = _OpenRun(
                step=step,
                ready_at=ready_at,
                started=event,
                start_index=index,
                round=rounds[step],
            )
            runs.append(run)
            current = run
            # While a step runs, only its completion may come next in the flow.
            expected = frozenset({step})
            ended = False
        elif isinstance(event, StepCompleted):
            step = event.step
            open_run = None
            if current is None or current.step != step:
                open_run = next(
                    (
                        r
                        for r in reversed(runs)
                        if r.step == step and r.started is not None and r.completed is None
                    ),
                    None,
                )
            if current is not None and current.step == step:
                run = current
            elif open_run is not None:
                # A step overtaken by the next one (case.order.before_predecessor): close it.
                open_run.completed = event
                open_run.end_index = index
                continue
            else:
                findings.append(
                    ORDER_NOT_STARTED(
                        Text(
                            f"Langkah {step} dicatat selesai tanpa dicatat dimulai",
                            f"Step {step} is recorded as completed without being recorded as "
                            "started",
                        ),
                        field=f"events[{index}]",
                        step=step,
                        basis=plan.label(step),
                    )
                )
                if current is None:
                    enter(step, index, "selesai")
                rounds[step] = rounds.get(step, 0) + 1
                run = _OpenRun(step=step, ready_at=ready_at, round=rounds[step])
                runs.append(run)
            run.completed = event
            run.end_index = index
            current = None
            leave(run, event, index)
        elif isinstance(event, LoopBack):
            if (event.from_step, event.to_step) not in plan.back_edges:
                findings.append(
                    LOOP_OUTSIDE_SOP(
                        Text(
                            f"Kembali dari langkah {event.from_step} ke langkah {event.to_step} "
                            "untuk perbaikan, padahal SOP tidak memuat alur kembali itu",
                            f"Went back from step {event.from_step} to step {event.to_step} for "
                            "correction, but the SOP has no such way back",
                        ),
                        field=f"events[{index}]",
                        step=event.from_step,
                        basis=plan.label(event.from_step),
                    )
                )
            if not event.reason.strip():
                findings.append(
                    LOOP_NO_REASON(
                        Text(
                            "Alasan perbaikan tidak dicatat",
                            "The reason for the correction is not recorded",
                        ),
                        field=f"events[{index}].reason",
                        step=event.from_step,
                    )
                )
            current = None
            expected = frozenset({event.to_step})
            ended = False
            ready_at = event.at
    frozen = tuple(r.frozen() for r in runs)
    # The current run is one of the runs: the trace keeps it the same object (`state` asks
    # ``run is trace.current``).
    open_at = next((i for i, r in enumerate(runs) if r is current), None)
    return Trace(
        runs=frozen,
        current=None if open_at is None else frozen[open_at],
        expected=expected if not ended else frozenset(),
        ready_at=ready_at,
        ended=ended,
        findings=tuple(findings),
        first_at=earliest,
        last_at=previous_at,
    )


_EN = {"dimulai": "was started", "selesai": "was completed"}
