"""The flowchart symbols of an SOP AP activity (PermenPAN-RB 35/2012).

Kept apart from `sop.model` so that the SOP's validation can name a symbol without importing the
model it validates (the model calls the validation: one direction only, no import cycle).
"""

from __future__ import annotations

import enum

__all__ = ["SymbolKind"]


class SymbolKind(enum.Enum):
    """The flowchart symbols of an activity (PermenPAN-RB 35/2012: only five symbols exist;
    arrows and off-page connectors are drawing, not steps)."""

    TERMINATOR = "terminator"  # kapsul: start and end
    PROCESS = "process"  # kotak: an activity carried out
    DECISION = "decision"  # belah ketupat: a choice with a YES and a NO branch
