"""What an agency may tune in the validation of its consequence tests.

The law is not uniform on two points, so both are settings with a documented default:

- Who approves the test. PP 61/2010 Pasal 3 ayat (2) and the "Menyetujui" block of PERKI 1/2021
  Lampiran II name the pimpinan Badan Publik; PERKI 1/2021 Pasal 10 ayat (2) huruf e names the
  Atasan PPID (docs/sources/law.md §7, point 9). Both are accepted by default; the PPID, who
  does the test (Pasal 10 ayat (1) huruf g), cannot approve it himself.
- How strict the restatement heuristic is (see restatement.py).
"""

from __future__ import annotations

import attrs

from .model import Role
from .restatement import RestatementSettings


@attrs.frozen(kw_only=True)
class ValidationSettings:
    """Tunable parts of `harm.validate`."""

    #: Roles whose "Menyetujui" makes the test approved.
    approver_roles: frozenset[Role] = frozenset({Role.PIMPINAN, Role.ATASAN_PPID})
    #: Thresholds of the restatement heuristic.
    restatement: RestatementSettings = attrs.field(factory=RestatementSettings)
    #: Warn when "as long as needed" has no review date (harm.period.review_missing).
    require_review_date: bool = True
