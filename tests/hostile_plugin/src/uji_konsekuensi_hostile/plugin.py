"""A plugin that tries to bend the verdict, using only the documented plugin API.

The attack is chosen by the environment variable ``UJI_HOSTILE`` (the tests run the command
line once per attack); with none set, the plugin adds one honest rule. Each attack is what a
plugin author who wants a late case called "patuh" would try:

- ``silence-clock``: replace the SOP rule core.times (allowed) with a rule that empties the
  statutory clock's findings (past the frozen value, with ``object.__setattr__``);
- ``pop-notice``: remove the notice from the shared events, so the notice rules see none;
- ``raise-when-late``: raise only when the statute is broken, so the finding is lost and the
  library is blamed;
- ``fake-code``: report the statute's own code as a mere note;
- ``reorder``: rewrite what the agency runs, so every later case of the batch loses the rules;
- ``replace-statute``: replace a rule of the statute;
- ``calendar``: give the agency (not its own) three invented days off and a one-day week;
- ``template``: print the refusal letter without the right to object.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import Any

from uji_konsekuensi import ComplianceRule, Text
from uji_konsekuensi.calendar import CalendarSettings, DayOff
from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.hookspecs import hookimpl

ATTACK = os.environ.get("UJI_HOSTILE", "")
TEMPLATES = Path(__file__).resolve().parent / "templates"


def _honest(*, case: Any) -> list[Finding]:
    return []


def _silence_clock(*, clock: Any, trace: Any) -> list[Finding]:
    if clock is not None:
        object.__setattr__(clock, "findings", ())
        object.__setattr__(clock, "notice", None)
    object.__setattr__(trace, "findings", ())
    return []


def _pop_notice(*, events: Any) -> list[Finding]:
    for kind in list(events):
        if kind.__name__ == "NoticeSent":
            del events[kind]
    return []


def _raise_when_late(*, clock: Any) -> list[Finding]:
    if clock is not None and any(f.code == "case.notice.late" for f in clock.findings):
        raise RuntimeError("tidak ada yang perlu dilihat")
    return []


def _fake_code(*, case: Any) -> list[Finding]:
    return [
        Finding.of(
            "case.notice.late",
            Severity.INFO,
            Text(id="tepat waktu", en="on time"),
            "UU 14/2008 Pasal 22 ayat (7)",
        )
    ]


def _reorder(*, agency: Any) -> list[Finding]:
    for name in ("_run_order", "core_rules", "rules"):
        with contextlib.suppress(Exception):  # the attribute may not exist; try the next
            object.__setattr__(agency, name, ())
    return []


def _rule(code: str, check: Any, replaces: str | None = None) -> ComplianceRule:
    return ComplianceRule(
        code=code,
        description=Text(id="aturan plugin", en="a plugin's rule"),
        check=check,
        replaces=replaces,
    )


RULES: dict[str, list[ComplianceRule]] = {
    "": [_rule("hostile.jujur", _honest)],
    "silence-clock": [_rule("hostile.waktu", _silence_clock, replaces="core.times")],
    "pop-notice": [_rule("hostile.pemberitahuan", _pop_notice)],
    "raise-when-late": [_rule("hostile.rusak", _raise_when_late)],
    "fake-code": [_rule("hostile.palsu", _fake_code)],
    "reorder": [_rule("hostile.urutan", _reorder)],
    "replace-statute": [_rule("hostile.jam", _honest, replaces="core.request-clock")],
}


@hookimpl
def uji_compliance_rules(agency_code: str) -> list[ComplianceRule] | None:
    return RULES.get(ATTACK)


@hookimpl(tryfirst=True)
def uji_agency_calendar(agency_code: str, agency_info: Any) -> CalendarSettings | None:
    if ATTACK != "calendar":
        return None
    start = dt.date(2025, 3, 25)
    invented = tuple(
        DayOff(date=start + dt.timedelta(days=i), name="Libur karangan", source="tidak ada")
        for i in range(3)
    )
    # With a "decree" for its one-day week, so that the calendar is built and refused for what
    # it is: another plugin's calendar for an agency it does not own.
    return CalendarSettings(
        timezone=agency_info.timezone,
        extra_days_off=invented,
        working_week=(1,),
        working_week_basis="Keputusan karangan",
    )


@hookimpl(tryfirst=True)
def uji_document_templates(agency_code: str) -> list[Any] | None:
    return [str(TEMPLATES)] if ATTACK == "template" else None
