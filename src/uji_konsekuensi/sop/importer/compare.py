"""Comparing an imported draft with a reference transcription, field by field.

Used by the tests and by ``benchmarks/sop_import.py`` to show how far the importer gets on its
own: for each field of the identity, each lane and each step cell, the draft's value is

- ``exact``: equal to the reference as written (before any correction the reference records);
- ``review``: different or empty, but listed in the review report (the person decides it);
- ``wrong``: different and not listed: a silent error (the target is none).

Lanes are matched by their heading as written (ids are the importer's own slugs); a step's
actors are compared as lane headings. Step cells are number, activity, kelengkapan, waktu, output
and keterangan; ``actors``, ``kind`` and ``flow`` (next / yes / no) are reported apart, since a
PDF's text has lost them and they are expected to be listed for review.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from .review import ReviewItem

__all__ = ["CELL_FIELDS", "IDENTITY_FIELDS", "FieldResult", "compare", "summarise"]

IDENTITY_FIELDS = (
    "agency",
    "unit",
    "letterhead",
    "number",
    "created_text",
    "revised_text",
    "effective_text",
    "approved_by",
    "title",
    "flowchart_title",
    "legal_basis",
    "qualifications",
    "related",
    "equipment",
    "warnings",
    "records",
)
CELL_FIELDS = ("number", "activity", "requirements", "waktu_text", "outputs", "note")
STEP_EXTRA = ("actors", "kind", "flow")


@attrs.frozen(kw_only=True)
class FieldResult:
    """One compared value: ``group`` (identity, lane, cell, step), ``field`` (e.g.
    "steps[3].waktu_text"), ``status`` (exact, review, wrong), and both values."""

    group: str
    field: str
    status: str
    got: Any
    want: Any


def _listed(path: str, review: Iterable[ReviewItem]) -> bool:
    for item in review:
        if path in item.covers or path in item.settles:
            return True
        p = item.path
        if p == "steps":
            # "a step may be missing" covers the list and the missing numbers, not every cell
            if path == "steps" or path.startswith("steps[number="):
                return True
        elif p == path or path.startswith((p + ".", p + "[")):
            return True
    return False


def compare(
    draft: dict[str, Any], reference: dict[str, Any], review: Iterable[ReviewItem]
) -> list[FieldResult]:
    """Every compared value of ``draft`` against ``reference`` (both in the sop.json format)."""
    review = list(review)
    out: list[FieldResult] = []

    def judge(group: str, path: str, got: Any, want: Any) -> None:
        if got == want:
            status = "exact"
        elif _listed(path, review) or (
            # "is this a decision, where do its branches go" covers the symbol and the flow
            path.endswith(".kind") and _listed(path[: -len("kind")] + "flow", review)
        ):
            status = "review"
        else:
            status = "wrong"
        out.append(FieldResult(group=group, field=path, status=status, got=got, want=want))

    gi, wi = draft["identity"], reference["identity"]
    for field in IDENTITY_FIELDS:
        judge("identity", f"identity.{field}", gi.get(field), wi.get(field))
    got_lanes = {lane["name"]: (i, lane) for i, lane in enumerate(draft["lanes"])}
    want_names = {lane["id"]: lane["name"] for lane in reference["lanes"]}
    got_names = {lane["id"]: lane["name"] for lane in draft["lanes"]}
    for lane in reference["lanes"]:
        hit = got_lanes.get(lane["name"])
        if hit is None:
            judge("lane", f"lanes[{lane['name']}]", None, lane["name"])
            continue
        i, got = hit
        judge("lane", f"lanes[{i}].name", got["name"], lane["name"])
        judge("lane", f"lanes[{i}].role", got["role"], lane["role"])
    if len(draft["lanes"]) != len(reference["lanes"]):
        judge("lane", "lanes", len(draft["lanes"]), len(reference["lanes"]))
    by_number = {s["number"]: (i, s) for i, s in enumerate(draft["steps"])}
    for want in reference["steps"]:
        hit = by_number.get(want["number"])
        if hit is None:
            judge("cell", f"steps[number={want['number']}]", None, want["number"])
            continue
        i, got = hit
        for field in CELL_FIELDS:
            judge("cell", f"steps[{i}].{field}", got.get(field), want.get(field))
        judge(
            "step",
            f"steps[{i}].actors",
            [got_names.get(a, a) for a in got["actors"]],
            [want_names.get(a, a) for a in want["actors"]],
        )
        judge("step", f"steps[{i}].kind", got["kind"], want["kind"])
        judge("step", f"steps[{i}].flow", _flow(got), _flow(want))
    if len(draft["steps"]) != len(reference["steps"]):
        judge("cell", "steps", len(draft["steps"]), len(reference["steps"]))
    return out


def _flow(step: dict[str, Any]) -> tuple[Any, ...]:
    def to(branch: dict[str, Any] | None) -> Any:
        return None if branch is None else branch.get("to")

    return (step.get("next"), to(step.get("yes")), to(step.get("no")))


def summarise(results: Iterable[FieldResult]) -> dict[str, dict[str, int]]:
    """Counts per group and status: {"cell": {"exact": 40, "review": 2, "wrong": 0}, ...}."""
    out: dict[str, dict[str, int]] = {}
    for r in results:
        counts = out.setdefault(r.group, {"exact": 0, "review": 0, "wrong": 0})
        counts[r.status] += 1
    return out
