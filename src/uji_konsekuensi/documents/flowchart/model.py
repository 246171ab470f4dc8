"""What the flowchart layout needs to know about an SOP: lanes, steps and where the flow goes.

The layout engine works on these small value objects, not on the SOP model itself, so that it can
be tested on any shape of chart (loops, skips, decisions at a page break) and so that a change in
the SOP model touches only the adapter (`uji_konsekuensi.documents.sop_chart`).
"""

from __future__ import annotations

from typing import Literal

import attrs

from .. import messages as M

#: The three step symbols of PermenPAN-RB 35/2012 (the arrow and the off-page connector, the
#: other two of its five symbols, are drawn by the layout, not chosen per step).
SymbolKind = Literal["terminator", "process", "decision"]
SYMBOL_KINDS: tuple[SymbolKind, ...] = ("terminator", "process", "decision")

#: Edge kinds: the plain flow, and the two branches of a decision.
EdgeKind = Literal["next", "yes", "no"]


def _check_symbol(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SYMBOL_KINDS:
        raise ValueError(
            f"ChartStep.{attribute.name}: expected one of {SYMBOL_KINDS}, got {value!r}"
        )


@attrs.frozen(kw_only=True)
class ChartLane:
    """One actor column (Pelaksana): its id and its name as the SOP writes it."""

    id: str
    name: str


@attrs.frozen(kw_only=True)
class ChartStep:
    """One row of the flowchart table.

    ``lane``: the id of the lane whose column holds the symbol (the first actor when a step has
    several; the others are listed in ``other_lanes`` as names and shown as a note).
    ``inferred``: the reason when the actor was inferred rather than read from the SOP (the
    seeds lost their actor columns); the chart marks such a symbol with a dagger and a footnote.
    ``next``: the following step for a process or terminator; ``yes``/``no`` for a decision;
    ``yes_ends``/``no_ends``: that branch ends the procedure (the chart draws an end terminator
    beside the decision). ``yes_label``/``no_label``: the branch labels as the SOP writes them.
    ``footnotes``: what was inferred about this step's drawing (the actor, the symbol, a branch),
    each with its reason; the chart marks the symbol with a dagger and prints them under the page.
    """

    number: int
    activity: str
    lane: str
    symbol: SymbolKind = attrs.field(validator=_check_symbol)
    next: int | None = None
    yes: int | None = None
    no: int | None = None
    yes_ends: bool = False
    no_ends: bool = False
    yes_label: str = M.FLOWCHART_BRANCH_YES().id
    no_label: str = M.FLOWCHART_BRANCH_NO().id
    requirements: tuple[str, ...] = ()
    waktu: str = ""
    outputs: tuple[str, ...] = ()
    note: str = ""
    footnotes: tuple[str, ...] = ()
    other_lanes: tuple[str, ...] = ()

    @property
    def inferred(self) -> bool:
        return bool(self.footnotes)

    def label(self, kind: EdgeKind) -> str:
        return self.yes_label if kind == "yes" else self.no_label if kind == "no" else ""


@attrs.frozen(kw_only=True)
class Edge:
    """An arrow from one step to another (``kind`` "next", "yes" or "no").

    ``target`` None: a decision's branch that ends the procedure (drawn to an end terminator).
    """

    source: int
    target: int | None
    kind: EdgeKind

    @property
    def id(self) -> str:
        return f"{self.source}-{self.kind}-{'end' if self.target is None else self.target}"


@attrs.frozen(kw_only=True)
class Chart:
    """The flowchart part of an SOP: lanes in column order and steps in row order."""

    title: str
    lanes: tuple[ChartLane, ...]
    steps: tuple[ChartStep, ...]

    def __attrs_post_init__(self) -> None:
        lane_ids = {lane.id for lane in self.lanes}
        numbers = [s.number for s in self.steps]
        if len(set(numbers)) != len(numbers):
            raise ValueError(f"Chart: step numbers repeat: {numbers}")
        for step in self.steps:
            if step.lane not in lane_ids:
                raise ValueError(
                    f"Chart: step {step.number} is in lane {step.lane!r}, "
                    f"not one of {sorted(lane_ids)}"
                )
            for target in (step.next, step.yes, step.no):
                if target is not None and target not in numbers:
                    raise ValueError(
                        f"Chart: step {step.number} goes to step {target}, which does not exist"
                    )

    def edges(self) -> tuple[Edge, ...]:
        """Every arrow, in step order; a decision gives its YES edge, then its NO edge."""
        out: list[Edge] = []
        for step in self.steps:
            if step.symbol == "decision":
                if step.yes is not None or step.yes_ends:
                    out.append(Edge(source=step.number, target=step.yes, kind="yes"))
                if step.no is not None or step.no_ends:
                    out.append(Edge(source=step.number, target=step.no, kind="no"))
            elif step.next is not None:
                out.append(Edge(source=step.number, target=step.next, kind="next"))
        return tuple(out)
