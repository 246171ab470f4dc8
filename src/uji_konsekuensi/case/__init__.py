"""A running case: the event log of one run of an agency's SOP, its state, and the checker.

- `model`: `Case` (trigger, consequence tests, Penetapan, documents, the append-only event log).
- `io`: `load_case(path_or_dict)`, `dumps_case`, `case_to_dict` (docs/case.md, case.schema.json).
- `state`: `case_state(case, at)`: what is next, who, by when, what is overdue.
- `check`: `check_case(case)` -> `Report` (``.ok``, ``.findings``), codes ``case.*``.

Importing this package does not load the holiday data; the first state or check does.
"""

from __future__ import annotations

from .check import CheckSettings, Report, check_case, rules_to_run
from .clock import CalendarUse
from .io import case_from_dict, case_to_dict, dumps_case, load_case, loads_case
from .model import (
    CASE_FORMAT,
    Case,
    CaseEvent,
    Document,
    ExemptionDeclared,
    ExpiryDeclared,
    Extension,
    LoopBack,
    NoticeOutcome,
    NoticeSent,
    Paused,
    PeriodicTrigger,
    Person,
    RefusalContent,
    Requester,
    RequestTrigger,
    Resumed,
    StepCompleted,
    StepStarted,
    Trigger,
)
from .state import CaseState, DeadlineStatus, StepStatus, case_state

__all__ = [
    "CASE_FORMAT",
    "CalendarUse",
    "Case",
    "CaseEvent",
    "CaseState",
    "CheckSettings",
    "DeadlineStatus",
    "Document",
    "ExemptionDeclared",
    "ExpiryDeclared",
    "Extension",
    "LoopBack",
    "NoticeOutcome",
    "NoticeSent",
    "Paused",
    "PeriodicTrigger",
    "Person",
    "RefusalContent",
    "Report",
    "RequestTrigger",
    "Requester",
    "Resumed",
    "StepCompleted",
    "StepStarted",
    "StepStatus",
    "Trigger",
    "case_from_dict",
    "case_state",
    "case_to_dict",
    "check_case",
    "dumps_case",
    "load_case",
    "loads_case",
    "rules_to_run",
]
