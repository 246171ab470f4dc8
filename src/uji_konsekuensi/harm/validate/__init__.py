"""Validation of consequence-test records: `validate(record)` returns every finding.

Accepts a `ConsequenceTest` (one item), a `ConsequenceTestSheet` (the Lembar, PERKI 1/2021
Lampiran II) or a `Penetapan` (Pasal 49 ayat (4)-(5), Lampiran III). It never raises for a rule
broken by the data; a valid record gives no findings. Each finding's ``field`` is the JSON path
into the wire format ("rows[2].grounds[0].ground", "sheets[0].rows[1].period.years").
Every code, with its basis, is declared in harm/codes.py and listed in docs/harm.md.

The rules are grouped by what they check: `penetapan`, `sheet` (with `participants` and
`approval`), and for each tested item (`row`): `information`, `grounds`, `never_exempt`,
`consent`, `balance`, `partial`, `exemption_period`.
"""

from __future__ import annotations

import datetime as dt

from ...findings import Finding
from ..model import ConsequenceTest, ConsequenceTestSheet, Penetapan, Role
from ..validation_settings import ValidationSettings
from .context import RowContext
from .penetapan import check_penetapan
from .row import check_row
from .sheet import check_sheet

__all__ = ["Record", "validate"]

Record = ConsequenceTest | ConsequenceTestSheet | Penetapan


def validate(
    record: Record,
    settings: ValidationSettings | None = None,
    *,
    tested_on: dt.date | None = None,
    approval_role: Role | None = None,
) -> tuple[Finding, ...]:
    """Every finding about ``record``, in document order.

    For a lone `ConsequenceTest`, ``tested_on`` (the date of its Lembar) and ``approval_role``
    supply what a sheet would (Pasal 19 and period rules use them); they are ignored otherwise.
    """
    settings = settings or ValidationSettings()
    if isinstance(record, Penetapan):
        return tuple(check_penetapan(record, settings))
    if isinstance(record, ConsequenceTestSheet):
        return tuple(check_sheet(record, settings))
    if isinstance(record, ConsequenceTest):
        ctx = RowContext(
            path="", tested_on=tested_on, approval_role=approval_role, settings=settings
        )
        return tuple(check_row(record, ctx))
    raise TypeError(f"validate() takes a ConsequenceTest, sheet or Penetapan, not {record!r}")
