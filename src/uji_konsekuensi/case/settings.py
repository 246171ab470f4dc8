"""`CheckSettings`: what an agency may tune in the compliance check (docs/case.md, "Readings we
chose"). Its own module: a public name, imported by the checker, the state and the service."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from ..harm import ValidationSettings
from .clock import PauseRule

__all__ = ["CheckSettings"]


@attrs.frozen(kw_only=True)
class CheckSettings:
    """What an agency may tune in the check (each default is explained in docs/case.md).

    ``step_clock``: a step's waktu counts from when the step became ready ("ready", default) or
    from its own start ("started"). ``pause``: how a wait for the requester counts (see
    `uji_konsekuensi.case.clock`). ``at``: also report what is overdue at this moment (an open
    case checked "as of now"); None checks only what the log records. ``harm``: settings of the
    consequence-test validation. ``validate_records``: validate the consequence-test records
    with `uji_konsekuensi.harm.validate` (a portal that validates each record when it is saved
    may skip it in a bulk check; the case rules about the records still run). ``agency_rules``:
    run the agency plugins' extra rules.
    """

    step_clock: Literal["ready", "started"] = "ready"
    pause: PauseRule = "stop_clock"
    at: dt.datetime | None = None
    harm: ValidationSettings | None = None
    validate_records: bool = True
    agency_rules: bool = True
