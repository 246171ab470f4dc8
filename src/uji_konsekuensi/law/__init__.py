"""The law of exemption: UU 14/2008 Pasal 17 grounds, Pasal 18 ayat (1) kinds, citations.

- `GROUNDS`: the 33 leaf grounds of Pasal 17 (`Ground`), with period rules (PP 61/2010 Pasal 5-9,
  PERKI 1/2021 Pasal 51), permanence (Pasal 20), consent (Pasal 18 ayat (2)); `get_ground(code)`.
- `NEVER_EXEMPT`: what Pasal 18 ayat (1) says can never be exempt (`NeverExemptKind`).
- `parse_citation(text)`: the ground(s) cited in an agency's free text; `CitationError`.
- `parse_statute(text)`: a whole instrument cited in an SOP's "dasar hukum" (`StatuteRef`).

Cheap to import: no calendar, no `holidays`. See docs/law.md.
"""

from __future__ import annotations

from .citation import Citation, CitationError, parse_citation
from .grounds import (
    GROUNDS,
    LETTERS,
    UU_KIP,
    Ground,
    PeriodKind,
    PeriodRule,
    get_ground,
    grounds_of,
    has_points,
)
from .pasal18 import NEVER_EXEMPT, NeverExempt, NeverExemptKind, detect_never_exempt
from .statute import (
    KNOWN_STATUTES,
    KnownStatute,
    StatuteKind,
    StatuteRef,
    find_statutes,
    parse_statute,
)

__all__ = [
    "GROUNDS",
    "KNOWN_STATUTES",
    "LETTERS",
    "NEVER_EXEMPT",
    "UU_KIP",
    "Citation",
    "CitationError",
    "Ground",
    "KnownStatute",
    "NeverExempt",
    "NeverExemptKind",
    "PeriodKind",
    "PeriodRule",
    "StatuteKind",
    "StatuteRef",
    "detect_never_exempt",
    "find_statutes",
    "get_ground",
    "grounds_of",
    "has_points",
    "parse_citation",
    "parse_statute",
]
