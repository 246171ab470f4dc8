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

from ..findings import Finding, Severity
from ..i18n import Text
from .model import (
    Case,
    LoopBack,
    RequestTrigger,
    StepCompleted,
    StepStarted,
)
from .plan import SopPlan

__all__ = ["Run", "Trace", "replay"]

E, W = Severity.ERROR, Severity.WARNING

#: Basis of the rule that a case's log is the agency's record of what was done, in order:
#: PermenPAN-RB 35/2012 (every actor records what was done so that it can be shown that the
#: procedure ran correctly: "pencatatan dan pendataan").
LOG_BASIS = "PermenPAN-RB 35/2012 Lampiran (pencatatan dan pendataan)"


@attrs.define(kw_only=True)
class Run:
    """One run of a step: ready at ``ready_at``; ``started``/``completed`` are its events and
    ``start_index``/``end_index`` their positions in the log (None when missing).

    Mutable only while `replay` builds it (a completion closes a run started earlier); read-only
    once in a `Trace`.
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


def _f(
    code: str,
    severity: Severity,
    text: Text,
    basis: str,
    field: str | None = None,
    step: int | None = None,
) -> Finding:
    return Finding.of(code, severity, text, basis, field=field, step=step)


def replay(case: Case, plan: SopPlan) -> Trace:
    """Walk the event log of ``case`` along ``plan`` (see the module notes)."""
    findings: list[Finding] = []
    runs: list[Run] = []
    first = plan.first
    expected: frozenset[int] = frozenset() if first is None else frozenset({first})
    trigger = case.trigger
    ready_at: dt.datetime | None = (
        trigger.received_at if isinstance(trigger, RequestTrigger) else None
    )
    ended = False
    current: Run | None = None
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
                _f(
                    "case.order.after_end",
                    E,
                    Text(
                        f"Langkah {step} {what} setelah prosedur SOP selesai",
                        f"Step {step} {_EN[what]} after the SOP's procedure had ended",
                    ),
                    label,
                    f"events[{index}]",
                    step,
                )
            )
            return
        path = plan.path(expected, step)
        if path is None:
            done = ", ".join(str(s) for s in sorted(expected)) or "-"
            findings.append(
                _f(
                    "case.order.out_of_order",
                    E,
                    Text(
                        f"Langkah {step} {what} tidak pada urutannya: menurut SOP langkah "
                        f"berikutnya adalah {done}",
                        f"Step {step} {_EN[what]} out of order: by the SOP the next step is {done}",
                    ),
                    label,
                    f"events[{index}]",
                    step,
                )
            )
            return
        for skipped in path:
            findings.append(
                _f(
                    "case.order.skipped",
                    E,
                    Text(
                        f"Langkah {skipped} dilewati: langkah {step} {what} padahal langkah "
                        f"{skipped} belum dilaksanakan",
                        f"Step {skipped} was skipped: step {step} {_EN[what]} before step "
                        f"{skipped} was carried out",
                    ),
                    plan.label(skipped),
                    f"events[{index}]",
                    skipped,
                )
            )

    def leave(run: Run, event: StepCompleted, index: int) -> None:
        """Move the flow on after ``run`` completed with ``event``."""
        nonlocal expected, ended, ready_at
        sp = steps[run.step]
        targets: tuple[int | None, ...]
        if sp.is_decision:
            if event.branch is None:
                findings.append(
                    _f(
                        "case.decision.no_branch",
                        E,
                        Text(
                            f"Langkah {run.step} adalah keputusan, tetapi cabang yang diambil "
                            "(ya/tidak) tidak dicatat",
                            f"Step {run.step} is a decision but the branch taken (yes/no) is not "
                            "recorded",
                        ),
                        sp.label,
                        f"events[{index}].branch",
                        run.step,
                    )
                )
                targets = tuple(sp.branches.values())
            else:
                targets = (sp.branches.get(event.branch),)
        else:
            if event.branch is not None:
                findings.append(
                    _f(
                        "case.decision.branch_on_process",
                        W,
                        Text(
                            f"Langkah {run.step} bukan keputusan; cabang {event.branch!r} "
                            "diabaikan",
                            f"Step {run.step} is not a decision; branch {event.branch!r} is "
                            "ignored",
                        ),
                        sp.label,
                        f"events[{index}].branch",
                        run.step,
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
                _f(
                    "case.log.not_chronological",
                    E,
                    Text(
                        f"Peristiwa {index} ({event.KIND}) tercatat lebih awal daripada "
                        "peristiwa sebelumnya: log kasus harus berurutan menurut waktu",
                        f"Event {index} ({event.KIND}) is dated before the event before it: "
                        "the case log must be in time order",
                    ),
                    LOG_BASIS,
                    f"events[{index}].at",
                )
            )
        else:
            previous_at = at

        if isinstance(event, StepStarted):
            step = event.step
            if current is not None:
                findings.append(
                    _f(
                        "case.order.before_predecessor",
                        E,
                        Text(
                            f"Langkah {step} dimulai sebelum langkah {current.step} selesai",
                            f"Step {step} started before step {current.step} was completed",
                        ),
                        plan.label(step),
                        f"events[{index}]",
                        step,
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
            run = Run(
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
                    _f(
                        "case.order.not_started",
                        E,
                        Text(
                            f"Langkah {step} dicatat selesai tanpa dicatat dimulai",
                            f"Step {step} is recorded as completed without being recorded as "
                            "started",
                        ),
                        plan.label(step),
                        f"events[{index}]",
                        step,
                    )
                )
                if current is None:
                    enter(step, index, "selesai")
                rounds[step] = rounds.get(step, 0) + 1
                run = Run(step=step, ready_at=ready_at, round=rounds[step])
                runs.append(run)
            run.completed = event
            run.end_index = index
            current = None
            leave(run, event, index)
        elif isinstance(event, LoopBack):
            if (event.from_step, event.to_step) not in plan.back_edges:
                findings.append(
                    _f(
                        "case.loop.outside_sop",
                        W,
                        Text(
                            f"Kembali dari langkah {event.from_step} ke langkah {event.to_step} "
                            "untuk perbaikan, padahal SOP tidak memuat alur kembali itu",
                            f"Went back from step {event.from_step} to step {event.to_step} for "
                            "correction, but the SOP has no such way back",
                        ),
                        plan.label(event.from_step),
                        f"events[{index}]",
                        event.from_step,
                    )
                )
            if not event.reason.strip():
                findings.append(
                    _f(
                        "case.loop.no_reason",
                        W,
                        Text(
                            "Alasan perbaikan tidak dicatat",
                            "The reason for the correction is not recorded",
                        ),
                        LOG_BASIS,
                        f"events[{index}].reason",
                        event.from_step,
                    )
                )
            current = None
            expected = frozenset({event.to_step})
            ended = False
            ready_at = event.at
    return Trace(
        runs=tuple(runs),
        current=current,
        expected=expected if not ended else frozenset(),
        ready_at=ready_at,
        ended=ended,
        findings=tuple(findings),
        first_at=earliest,
        last_at=previous_at,
    )


_EN = {"dimulai": "was started", "selesai": "was completed"}
