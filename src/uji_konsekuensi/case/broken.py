"""Broken samples (``sample --broken KIND``): a compliant sample case with one usual
violation written into it, so an office sees its checks fire before a real case does.

Each kind changes the sample's events the way such cases go wrong in practice:

- ``late``: the last step whose SOP Waktu sets a limit is completed past it (one working day
  past a limit in days, 30 minutes past one in minutes or hours or past the office's closing
  for "pada jam kerja"); every later event moves by
  the same amount, so the log stays in order (`case.time.late`, SOP AP mutu baku Waktu,
  PermenPAN-RB 35/2012 Lampiran);
- ``skipped``: the events of a process step in the middle of the path are left out (the step
  was not carried out);
- ``actor``: a step of an official is recorded as carried out by the requester (the wrong lane
  of the flowchart).

The case is otherwise the compliant sample: whatever else the checker reports follows from the
one change (a skipped step's outputs are missing for the steps that use them).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import TYPE_CHECKING, Any

from ..i18n import Text
from . import messages as M

if TYPE_CHECKING:
    from ..agency import Agency
    from ..sop import SOP

__all__ = ["BROKEN_KINDS", "CannotBreak", "break_case"]

#: The kinds of ``sample --broken`` and what each writes.
BROKEN_KINDS: dict[str, Text] = {
    "late": M.SAMPLE_BROKEN_KIND_LATE(),
    "skipped": M.SAMPLE_BROKEN_KIND_SKIPPED(),
    "actor": M.SAMPLE_BROKEN_KIND_ACTOR(),
}


class CannotBreak(ValueError):
    """The SOP's path has no step the kind of violation can change; ``said`` says why, in both
    languages (the exception's text is the English)."""

    def __init__(self, said: Text) -> None:
        super().__init__(said.en)
        self.said = said


def break_case(
    data: dict[str, Any], kind: str, agency: Agency, sop: SOP
) -> tuple[dict[str, Any], Text]:
    """The sample ``data`` with the violation ``kind`` written in, and what was changed (for the
    person who runs it). ``kind`` is one of `BROKEN_KINDS`; ValueError when the SOP's path has
    no step the kind can change."""
    if kind not in BROKEN_KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(BROKEN_KINDS)}")
    out = copy.deepcopy(data)
    events: list[dict[str, Any]] = out["events"]
    steps = {s.number: s for s in sop.steps}
    completed = [
        (i, e) for i, e in enumerate(events) if e["kind"] == "step_completed" and e["step"] in steps
    ]
    if kind == "late":
        return out, _late(events, completed, steps, agency)
    if kind == "skipped":
        return out, _skipped(out, events, completed, steps)
    return out, _actor(events, completed, steps, sop)


def _late(
    events: list[dict[str, Any]],
    completed: list[tuple[int, dict[str, Any]]],
    steps: dict[int, Any],
    agency: Agency,
) -> Text:
    calendar = agency.calendar
    # A limit in days, hours or minutes first: "pada jam kerja" sets no due moment (the checker
    # reports a step done after hours as a warning), so it is the fallback.
    candidates = [
        (i, e, w)
        for i, e in reversed(completed)
        if (w := steps[e["step"]].waktu) is not None and w.has_limit and w.after is None
    ]
    candidates.sort(key=lambda c: c[2].kind == "office_hours")
    for i, event, waktu in candidates:
        # The checker counts a step's Waktu from when it became ready: the end of the step
        # before it (or the step's own start when it is the first).
        start = next(
            (events[j] for j in range(i - 1, -1, -1) if events[j]["kind"] == "step_completed"),
            None,
        ) or next(e for e in events if e.get("step") == event["step"])
        due = waktu.due(dt.datetime.fromisoformat(start["at"]), calendar)
        if due is None:
            continue
        old = dt.datetime.fromisoformat(event["at"])
        if waktu.kind in ("minutes", "hours", "office_hours"):
            new = due + dt.timedelta(minutes=30)  # "pada jam kerja": after the office closed
        else:
            day = calendar.add_working_days(calendar.local_date(due), 1)
            new = dt.datetime.combine(day, old.timetz())
        shift = new - old
        if shift <= dt.timedelta(0):
            continue
        for later in events[i:]:
            at = dt.datetime.fromisoformat(later["at"]) + shift
            later["at"] = at.isoformat(timespec="seconds")
        return M.SAMPLE_BROKEN_LATE(step=event["step"], span=_span(shift), waktu=waktu.text)
    raise CannotBreak(M.SAMPLE_BROKEN_NONE_LATE())


def _span(delta: dt.timedelta) -> Text:
    minutes = int(delta.total_seconds() // 60)
    if minutes >= 24 * 60:
        return M.SAMPLE_BROKEN_LATE_DAYS(n=minutes // (24 * 60))
    if minutes >= 60:
        return M.SAMPLE_BROKEN_LATE_HOURS(n=minutes // 60)
    return M.SAMPLE_BROKEN_LATE_MINUTES(n=minutes)


def _skipped(
    out: dict[str, Any],
    events: list[dict[str, Any]],
    completed: list[tuple[int, dict[str, Any]]],
    steps: dict[int, Any],
) -> Text:
    path = [e["step"] for _, e in completed]
    middle = [n for n in path[1:-1] if steps[n].kind.value == "process" and path.count(n) == 1]
    if not middle:
        raise CannotBreak(M.SAMPLE_BROKEN_NONE_SKIPPED())
    number = middle[0]
    out["events"] = [e for e in events if e.get("step") != number]
    return M.SAMPLE_BROKEN_SKIPPED(step=number)


def _actor(
    events: list[dict[str, Any]],
    completed: list[tuple[int, dict[str, Any]]],
    steps: dict[int, Any],
    sop: SOP,
) -> Text:
    for _, event in completed:
        if event["actor"].get("role") == "pemohon":
            continue
        number = event["step"]
        for e in events:
            if e.get("step") == number and "actor" in e:
                e["actor"] = {**e["actor"], "role": "pemohon", "position": "Pemohon"}
        return M.SAMPLE_BROKEN_ACTOR(step=number)
    raise CannotBreak(M.SAMPLE_BROKEN_NONE_ACTOR())
