"""Paths into a case: its Lembar and the tested items, by the JSON path a finding names.

`sheets_of` gives every Lembar of a case with its path (``tests[i]``, ``penetapan.sheets[j]``);
`resolve` finds the tested item at a path such as ``tests[0].rows[1]``. The checker, the state
and the expiry rules all name a tested item this way.
"""

from __future__ import annotations

from ..harm import ConsequenceTest, ConsequenceTestSheet
from .memo import per_case
from .model import Case


@per_case  # some twenty rules of one check ask it of the same case
def sheets_of(case: Case) -> tuple[tuple[str, ConsequenceTestSheet], ...]:
    """Every Lembar of the case with its path: ``tests[i]`` and ``penetapan.sheets[j]``."""
    out = [(f"tests[{i}]", s) for i, s in enumerate(case.tests)]
    if case.penetapan is not None:
        out.extend((f"penetapan.sheets[{j}]", s) for j, s in enumerate(case.penetapan.sheets))
    return tuple(out)


def resolve(case: Case, path: str) -> ConsequenceTest | None:
    """The tested item at a path such as "tests[0].rows[1]" (None if there is none)."""
    for prefix, sheet in sheets_of(case):
        head = prefix + ".rows["
        if path.startswith(head) and path.endswith("]"):
            try:
                index = int(path[len(head) : -1])
            except ValueError:
                return None
            return sheet.rows[index] if 0 <= index < len(sheet.rows) else None
    return None
