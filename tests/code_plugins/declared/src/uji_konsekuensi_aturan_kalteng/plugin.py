"""Adds one rule of its own to the agency folder of Kalteng: what data cannot say.

Its entry point is named ``aturan-tambahan``, not ``kalteng``: the audit mode links it to the
agency by the code its distribution declares (entry-point group uji_konsekuensi.agency_codes),
without importing this module.
"""

from __future__ import annotations

from typing import Any

from uji_konsekuensi import ComplianceRule, Text
from uji_konsekuensi.findings import Finding
from uji_konsekuensi.hookspecs import hookimpl


def _nothing(*, case: Any) -> list[Finding]:
    return []


RULE = ComplianceRule(
    code="kalteng.tambahan",
    description=Text(id="aturan tambahan Kalteng (uji)", en="Kalteng's extra rule (test)"),
    check=_nothing,
)


@hookimpl
def uji_compliance_rules(agency_code: str) -> list[ComplianceRule] | None:
    return [RULE] if agency_code == "kalteng" else None
