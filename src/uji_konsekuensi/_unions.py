"""Registry of tagged unions for the converter (see converter.py).

Each entry is ``(Union[...], default_class_or_None)``. A model package that introduces a union of
attrs classes appends it here; the converter tags each member with ``"kind": <tag>``, where the
tag is the class attribute ``KIND`` (a ClassVar[str], e.g. "until_date") or else the class name.
Kept apart from converter.py so that adding a model never touches the converter's logic.
"""

from __future__ import annotations

from typing import Any

from .case.model import CaseEvent, Trigger
from .harm.period import ExemptionPeriod

TAGGED_UNIONS: list[tuple[Any, type | None]] = [
    # harm: jangka waktu pengecualian of a tested item (until_date, years, until_event, ...)
    (ExemptionPeriod, None),
    # case: what started a case (a request, a periodic classification) and each logged event
    (Trigger, None),
    (CaseEvent, None),
]


def tag_of(cls: type) -> str:
    return str(getattr(cls, "KIND", cls.__name__))
