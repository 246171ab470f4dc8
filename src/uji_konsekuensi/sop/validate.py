"""`SOP.validate()`: structural problems of the flowchart and suspicious identity data.

Every rule returns findings built from the codes of codes.py (``sop.*``: severity, basis and
meaning of each, in `CODES`; docs/sop.md lists them); nothing here raises for a rule the data
breaks. The rules, by group (each a group of `CODES` and a table of docs/sop.md):

- numbering: steps numbered from 1, without gaps, duplicates or disorder (the Bagian Flowchart
  numbers its activities, PermenPAN-RB 35/2012);
- flow: every branch goes to a step that exists, every decision has a YES and a NO branch, every
  step is reachable from the first, the procedure can end, and no loop is without exit (all SOP
  AP use branching flowcharts whose symbols are terminator, process and decision);
- actors: every step is drawn in a lane that exists, and every lane has a step;
- mutu baku: each step has a waktu that `parse_waktu` reads, and an output (kelengkapan, waktu
  and output are the step's *mutu baku*);
- identity (in _identity_checks.py): readable dates, a tanggal efektif, dates in a plausible
  order and near the year in the SOP number, a pengesahan with a well-formed NIP, no dasar hukum
  that has been revoked;
- provenance: every correction and inference names a field that exists and still holds the value
  the record says (a record that drifted from its field would misreport the source).

Values are judged after their corrections: a correction is the transcriber's reading of an
obvious typo, and a finding about the typo itself would be noise.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..findings import Finding, sort_findings
from ..i18n import Message, Text
from . import codes
from . import messages as M
from ._identity_checks import identity_findings, nip_problem
from .codes import CODES
from .provenance import Provenanced, render_value, resolve_path
from .symbols import SymbolKind

if TYPE_CHECKING:
    from .model import SOP, Step

__all__ = ["CODES", "nip_problem", "validate_sop"]


def validate_sop(sop: SOP, *, max_year_gap: int = 1) -> tuple[Finding, ...]:
    """All findings of ``sop``, in the stable order of `sort_findings`.

    ``max_year_gap``: how many years a date may lie from the year in the SOP number before it is
    reported (1 by default: an SOP numbered late in one year is often signed early in the next).
    """
    findings: list[Finding] = []
    findings += _numbering(sop)
    findings += _flow(sop)
    findings += _actors(sop)
    findings += _mutu_baku(sop)
    findings += identity_findings(sop, max_year_gap)
    findings += _provenance(sop)
    return sort_findings(findings)


# --- numbering --------------------------------------------------------------------------------


def _numbering(sop: SOP) -> Iterator[Finding]:
    numbers = [s.number for s in sop.steps]
    if not numbers:
        yield codes.STEPS_NONE(M.STEPS_NONE(), field="steps")
        return
    if min(numbers) != 1:
        yield codes.STEPS_NUMBERING_START(
            M.STEPS_NUMBERING_START(first=min(numbers)), field="steps[0].number", step=min(numbers)
        )
    seen: set[int] = set()
    for i, n in enumerate(numbers):
        if n in seen:
            yield codes.STEPS_NUMBERING_DUPLICATE(
                M.STEPS_NUMBERING_DUPLICATE(number=n), field=f"steps[{i}].number", step=n
            )
        seen.add(n)
    missing = sorted(set(range(min(numbers), max(numbers) + 1)) - seen)
    if missing:
        yield codes.STEPS_NUMBERING_GAP(
            M.STEPS_NUMBERING_GAP(missing=", ".join(map(str, missing))), field="steps"
        )
    for i in range(1, len(numbers)):
        if numbers[i] < numbers[i - 1]:
            yield codes.STEPS_NUMBERING_ORDER(
                M.STEPS_NUMBERING_ORDER(number=numbers[i], previous=numbers[i - 1]),
                field=f"steps[{i}].number",
                step=numbers[i],
            )


# --- flow -------------------------------------------------------------------------------------


def _edges(sop: SOP) -> dict[int, tuple[int | None, ...]]:
    """Successors of each step number (the first step with a duplicated number wins)."""
    edges: dict[int, tuple[int | None, ...]] = {}
    for s in sop.steps:
        edges.setdefault(s.number, s.successors)
    return edges


def _flow(sop: SOP) -> Iterator[Finding]:
    if not sop.steps:
        return
    numbers = {s.number for s in sop.steps}
    for i, s in enumerate(sop.steps):
        yield from _flow_of_step(s, i, numbers)
    yield from _terminators(sop)
    edges = _edges(sop)
    start = min(numbers)
    reachable = _reach(edges, [start])
    for i, s in enumerate(sop.steps):
        if s.number not in reachable:
            yield codes.FLOW_UNREACHABLE(
                M.FLOW_UNREACHABLE(number=s.number, start=start), field=f"steps[{i}]", step=s.number
            )
    ending = {n for n, succ in edges.items() if None in succ}
    if not ending:
        yield codes.FLOW_NO_END(M.FLOW_NO_END(), field="steps")
        return
    # Steps from which no end can be reached: walk the reversed graph back from the ends.
    reverse: dict[int, list[int]] = {n: [] for n in edges}
    for n, succ in edges.items():
        for t in succ:
            if t is not None and t in reverse:
                reverse[t].append(n)
    # A branch to a missing step is reported as sop.flow.target.missing; it is not counted as a
    # loop here too (where it would have led is unknown).
    dangling = {
        n for n, succ in edges.items() if any(t is not None and t not in edges for t in succ)
    }
    can_end = _reach({n: tuple(ps) for n, ps in reverse.items()}, sorted(ending | dangling))
    stuck = sorted(n for n in reachable if n not in can_end)
    if stuck:
        yield codes.FLOW_NO_EXIT(
            M.FLOW_NO_EXIT(steps=", ".join(map(str, stuck))), field="steps", step=stuck[0]
        )


def _flow_of_step(s: Step, i: int, numbers: set[int]) -> Iterator[Finding]:
    targets: list[tuple[str, int | None]] = []
    if s.is_decision:
        for name, branch in (("yes", s.yes), ("no", s.no)):
            if branch is None:
                missing = (
                    M.FLOW_DECISION_BRANCH_MISSING_YES
                    if name == "yes"
                    else M.FLOW_DECISION_BRANCH_MISSING_NO
                )
                yield codes.FLOW_DECISION_BRANCH_MISSING(
                    missing(number=s.number), field=f"steps[{i}].{name}", step=s.number
                )
            else:
                targets.append((f"{name}.to", branch.to))
        if s.next is not None:
            yield codes.FLOW_DECISION_HAS_NEXT(
                M.FLOW_DECISION_HAS_NEXT(number=s.number), field=f"steps[{i}].next", step=s.number
            )
        if s.yes is not None and s.no is not None and s.yes.to == s.no.to:
            yield codes.FLOW_DECISION_SAME_TARGET(
                M.FLOW_DECISION_SAME_TARGET(number=s.number), field=f"steps[{i}]", step=s.number
            )
    else:
        targets.append(("next", s.next))
        for name, branch in (("yes", s.yes), ("no", s.no)):
            if branch is not None:
                yield codes.FLOW_BRANCH_WITHOUT_DECISION(
                    M.FLOW_BRANCH_WITHOUT_DECISION(number=s.number, branch=name),
                    field=f"steps[{i}].{name}",
                    step=s.number,
                )
    for path, target in targets:
        if target is not None and target not in numbers:
            yield codes.FLOW_TARGET_MISSING(
                M.FLOW_TARGET_MISSING(number=s.number, target=target),
                field=f"steps[{i}].{path}",
                step=s.number,
            )


def _reach(edges: dict[int, tuple[int | None, ...]], starts: list[int]) -> set[int]:
    seen: set[int] = set()
    todo = [n for n in starts if n in edges]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(t for t in edges.get(n, ()) if t is not None and t in edges and t not in seen)
    return seen


def _terminators(sop: SOP) -> Iterator[Finding]:
    """PermenPAN-RB 35/2012: the kapsul (terminator) marks the start and the end, and only them."""
    first = sop.first_step
    for i, s in enumerate(sop.steps):
        if s.is_decision:
            continue  # a decision may end the procedure on a branch; its symbol stays a diamond
        is_first = first is not None and s is first
        is_end = s.next is None
        problem: Message | None = None
        if s.kind is SymbolKind.TERMINATOR and not (is_first or is_end):
            problem = M.STEP_TERMINATOR_MIDDLE
        elif s.kind is not SymbolKind.TERMINATOR and (is_first or is_end):
            problem = M.STEP_TERMINATOR_FIRST if is_first else M.STEP_TERMINATOR_END
        if problem is not None:
            yield codes.STEP_TERMINATOR(
                problem(number=s.number), field=f"steps[{i}].kind", step=s.number
            )


# --- actors -----------------------------------------------------------------------------------


def _actors(sop: SOP) -> Iterator[Finding]:
    lane_ids: set[str] = set()
    for i, lane in enumerate(sop.lanes):
        if lane.id in lane_ids:
            yield codes.LANE_DUPLICATE(M.LANE_DUPLICATE(lane=lane.id), field=f"lanes[{i}].id")
        lane_ids.add(lane.id)
        if lane.role is None:
            # A draft from `sop import`: the heading names no role the importer could read.
            yield codes.LANE_ROLE_MISSING(
                M.LANE_ROLE_MISSING(name=lane.name), field=f"lanes[{i}].role"
            )
    used: set[str] = set()
    for i, s in enumerate(sop.steps):
        if not s.actors:
            yield codes.STEP_ACTOR_MISSING(
                M.STEP_ACTOR_MISSING(number=s.number), field=f"steps[{i}].actors", step=s.number
            )
        for j, actor in enumerate(s.actors):
            used.add(actor)
            if actor not in lane_ids:
                yield codes.STEP_ACTOR_UNKNOWN(
                    M.STEP_ACTOR_UNKNOWN(
                        actor=actor, number=s.number, known=", ".join(sorted(lane_ids)) or "-"
                    ),
                    field=f"steps[{i}].actors[{j}]",
                    step=s.number,
                )
    for i, lane in enumerate(sop.lanes):
        if lane.id not in used:
            yield codes.LANE_UNUSED(M.LANE_UNUSED(name=lane.name), field=f"lanes[{i}]")


# --- mutu baku --------------------------------------------------------------------------------


def _mutu_baku(sop: SOP) -> Iterator[Finding]:
    for i, s in enumerate(sop.steps):
        text = s.corrected("waktu_text")
        if text is None or not str(text).strip():
            yield codes.STEP_WAKTU_MISSING(
                M.STEP_WAKTU_MISSING(number=s.number), field=f"steps[{i}].waktu_text", step=s.number
            )
        else:
            problem = _waktu_problem(s)
            if problem is not None:
                yield codes.STEP_WAKTU_UNREADABLE(
                    M.STEP_WAKTU_UNREADABLE(number=s.number, text=text, problem=problem),
                    field=f"steps[{i}].waktu_text",
                    step=s.number,
                )
        if not any(o.strip() for o in s.outputs):
            yield codes.STEP_OUTPUT_MISSING(
                M.STEP_OUTPUT_MISSING(number=s.number), field=f"steps[{i}].outputs", step=s.number
            )


def _waktu_problem(s: Step) -> Text | None:
    from ..calendar import WaktuError

    try:
        s.waktu  # noqa: B018 - evaluated for the error it may raise
    except WaktuError as exc:
        problems = getattr(exc, "problems", ())
        if problems:
            return Text(id=problems[0].message, en=problems[0].message_en)
        return Text(id=str(exc), en=str(exc))
    return None


# --- provenance -------------------------------------------------------------------------------


def _holders(sop: SOP) -> Iterator[tuple[str, Provenanced]]:
    yield "", sop
    yield "identity.", sop.identity
    for i, s in enumerate(sop.steps):
        yield f"steps[{i}].", s


def _provenance(sop: SOP) -> Iterator[Finding]:
    for prefix, holder in _holders(sop):
        step = getattr(holder, "number", None) if prefix.startswith("steps") else None
        seen: set[tuple[str, str]] = set()
        records = [("correction", c.field) for c in holder.corrections]
        records += [("inference", r.field) for r in holder.inferences]
        for kind, field in records:
            if (kind, field) in seen:
                yield codes.PROVENANCE_DUPLICATE(
                    M.PROVENANCE_DUPLICATE(kind=kind, path=f"{prefix}{field}"),
                    field=f"{prefix}{field}",
                    step=step,
                )
            seen.add((kind, field))
        for c in holder.corrections:
            yield from _check_record(
                holder, prefix, c.field, c.as_written, "as_written", step, text_only=True
            )
        for r in holder.inferences:
            yield from _check_record(holder, prefix, r.field, r.value, "value", step)


def _check_record(
    holder: Provenanced,
    prefix: str,
    field: str,
    recorded: str,
    attr: str,
    step: int | None,
    *,
    text_only: bool = False,
) -> Iterator[Finding]:
    try:
        value = resolve_path(holder, field)
    except LookupError:
        yield codes.PROVENANCE_UNKNOWN_FIELD(
            M.PROVENANCE_UNKNOWN_FIELD(path=f"{prefix}{field}"), field=f"{prefix}{field}", step=step
        )
        return
    actual = value if text_only and isinstance(value, str) else render_value(value)
    if actual != recorded:
        yield codes.PROVENANCE_MISMATCH(
            M.PROVENANCE_MISMATCH(
                path=f"{prefix}{field}", actual=actual, attr=attr, recorded=recorded
            ),
            field=f"{prefix}{field}",
            step=step,
        )
