"""The contract every agency plugin meets, as a reusable pytest test class.

Like python-holidays' ``CommonCountryTests``, one class holds the checks that hold for every
agency; a plugin's own tests reuse it by naming its agency code::

    from uji_konsekuensi.testing import AgencyPluginContract

    class TestContoh(AgencyPluginContract):
        agency_code = "contoh"

pytest then runs every ``test_*`` method below against that agency (add the plugin's own tests
beside it). The core's tests/test_agency_contract.py runs the same class over every installed
agency, including agencies whose plugin failed (they fail with the plugin's error), so an
installed plugin that breaks the contract fails the build, while an agency that is simply not
installed is not tested.

This module imports pytest: it is for tests only, never imported by the library.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import ClassVar

import pytest

from .agency import Agency, agencies, get_agency, plugin_problems, unavailable_agencies
from .findings import Severity

#: The distribution name every agency plugin has: "uji-konsekuensi-<code>".
DISTRIBUTION_PREFIX = "uji-konsekuensi-"

#: A date to count from: 25 March 2025 counts across Nyepi, Idul Fitri and its cuti bersama,
#: where leaving out cuti bersama moves a 10-working-day deadline by a week
#: (docs/sources/peer-systems.md).
COUNT_FROM = dt.date(2025, 3, 25)


def installed_agency_codes() -> list[str]:
    """Every agency code an installed plugin registered, usable or not, sorted."""
    return sorted(set(agencies()) | set(unavailable_agencies()))


#: The hooks that answer for one agency code (every one of them returns None for another code).
PER_AGENCY_HOOKS = (
    "uji_agency_sops",
    "uji_agency_calendar",
    "uji_agency_documents",
    "uji_compliance_rules",
    "uji_agency_letterhead",
    "uji_document_renderings",
)


class AgencyPluginContract:
    """The shared contract of an agency plugin. Subclass it and set `agency_code`.

    Or override the ``agency`` fixture (tests/test_agency_contract.py parametrises it over every
    installed agency).
    """

    #: The code of the agency under test.
    agency_code: ClassVar[str | None] = None

    @pytest.fixture
    def agency(self) -> Agency:
        """The agency under test, from the installed plugins."""
        if self.agency_code is None:
            raise TypeError(
                f"{type(self).__name__}: set agency_code (or override the agency fixture)"
            )
        return get_agency(self.agency_code)

    # --- identity and plugin shape --------------------------------------------------------

    def test_code_is_a_lowercase_slug(self, agency: Agency) -> None:
        """The agency code is lowercase words joined by single hyphens ("kutai-timur")."""
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", agency.code), agency.code

    def test_distribution_has_the_plugin_shape(self, agency: Agency) -> None:
        """A plugin's distribution is named uji-konsekuensi-<something> (docs/plugins.md)."""
        if agency.distribution in (None, "uji-konsekuensi"):
            pytest.skip(
                "registered in-process, by the core or from an agency folder of a directory "
                "(--agencies), not by an installed distribution"
            )
        assert agency.distribution is not None
        assert agency.distribution.startswith(DISTRIBUTION_PREFIX), agency.distribution

    def test_no_plugin_problem_concerns_this_agency(self, agency: Agency) -> None:
        """No plugin failed in a hook for this agency (no dropped SOP, document or rule)."""
        problems = [p.render("en") for p in plugin_problems() if p.agency_code == agency.code]
        assert not problems, "\n".join(problems)

    # --- time zone and calendar ------------------------------------------------------------

    def test_time_zone_is_an_indonesian_iana_zone(self, agency: Agency) -> None:
        """The time zone is a real IANA zone of Indonesia (WIB, WITA or WIT; Keppres 41/1987)."""
        from .calendar import INDONESIAN_ZONES

        zoneinfo.ZoneInfo(agency.timezone)
        assert agency.timezone in INDONESIAN_ZONES, (
            f"{agency.timezone!r} is not one of {sorted(INDONESIAN_ZONES)}"
        )

    def test_calendar_counts_in_the_agency_zone(self, agency: Agency) -> None:
        """The working calendar uses the agency's own time zone."""
        assert agency.calendar.timezone == agency.timezone
        assert agency.calendar_settings.timezone == agency.timezone

    @pytest.mark.parametrize("n", [1, 10, 17, 30])
    def test_calendar_adds_working_days(self, agency: Agency, n: int) -> None:
        """add_working_days lands on a working day with exactly n working days after the start."""
        calendar = agency.calendar
        due = calendar.add_working_days(COUNT_FROM, n)
        assert calendar.is_working_day(due)
        assert calendar.working_days_between(COUNT_FROM, due) == n
        counted = sum(
            calendar.is_working_day(COUNT_FROM + dt.timedelta(days=k))
            for k in range(1, (due - COUNT_FROM).days + 1)
        )
        assert counted == n

    def test_calendar_keeps_national_holidays(self, agency: Agency) -> None:
        """Christmas Day 2025 (Hari Raya Natal, a Thursday) is off unless the agency decreed it
        a working day."""
        christmas = dt.date(2025, 12, 25)
        decreed = {d.date for d in agency.calendar_settings.extra_working_days}
        if christmas in decreed:
            pytest.skip("the agency decreed 25 December 2025 a working day")
        assert not agency.calendar.is_working_day(christmas)

    def test_extra_days_off_cite_their_source(self, agency: Agency) -> None:
        """Every day off the agency adds names the decree it comes from, and is a day off."""
        for day in agency.calendar_settings.extra_days_off:
            assert day.source.strip(), day
            assert not agency.calendar.is_working_day(day.date), day

    # --- SOPs --------------------------------------------------------------------------------

    def test_has_an_sop(self, agency: Agency) -> None:
        """The agency has at least one SOP."""
        assert agency.sops, f"agency {agency.code!r} has no SOP (hook uji_agency_sops)"

    def test_sop_numbers_are_unique(self, agency: Agency) -> None:
        """No two SOPs of the agency share a number."""
        numbers = [sop.number for sop in agency.sops]
        assert len(numbers) == len(set(numbers)), numbers

    def test_sops_have_no_error_findings(self, agency: Agency) -> None:
        """SOP.validate() reports no error-severity finding (warnings are allowed)."""
        errors = [
            f"SOP {sop.number}: {finding.render('en')}"
            for sop in agency.sops
            for finding in sop.validate()
            if finding.severity is Severity.ERROR
        ]
        assert not errors, "\n".join(errors)

    def test_every_written_waktu_parses(self, agency: Agency) -> None:
        """Every step's waktu, as written or as corrected, is read by parse_waktu."""
        from .calendar import WaktuError

        unreadable = []
        for sop in agency.sops:
            for step in sop.steps:
                try:
                    step.waktu  # noqa: B018 - reading the property parses the text
                except WaktuError as exc:
                    unreadable.append(f"SOP {sop.number} step {step.number}: {exc}")
        assert not unreadable, "\n".join(unreadable)

    def test_trigger_agrees_with_the_sops(self, agency: Agency) -> None:
        """The agency's trigger is the trigger of one of its SOPs (when the SOPs state one)."""
        stated = {sop.trigger for sop in agency.sops if sop.trigger is not None}
        if not stated:
            pytest.skip("no SOP states its trigger")
        assert agency.trigger in stated, (agency.trigger, stated)

    def test_sop_json_round_trip(self, agency: Agency) -> None:
        """Each SOP written as JSON and read back is equal to itself (nothing lost)."""
        from .sop import dumps_sop, loads_sop

        for sop in agency.sops:
            text = dumps_sop(sop)
            again = loads_sop(text, source=f"{agency.code}:{sop.number}")
            assert again == sop
            assert dumps_sop(again) == text

    # --- documents and rules ------------------------------------------------------------------

    def test_documents_refer_to_existing_steps(self, agency: Agency) -> None:
        """Every step a document is produced or required by exists in one of the agency's SOPs."""
        steps = {step.number for sop in agency.sops for step in sop.steps}
        dangling = [
            f"{doc.code}: {which} step {n}"
            for doc in agency.documents
            for which, numbers in (
                ("produced by", doc.produced_by_steps),
                ("required by", doc.required_by_steps),
            )
            for n in numbers
            if n not in steps
        ]
        assert not dangling, dangling

    def test_every_declared_document_renders_or_says_why_not(self, agency: Agency) -> None:
        """Each declared document prints as a built-in document, or the plugin says why it is
        not made here (hook ``uji_document_renderings``); none is left silent."""
        from .documents.agency_documents import agency_renderings
        from .documents.render import available_printables

        renderings = {r.code: r for r in agency_renderings(agency.code)}
        kinds = available_printables(agency.code)
        silent = [d.code for d in agency.documents if d.code not in renderings]
        assert not silent, f"no rendering declared for: {silent}"
        unknown = [
            f"{r.code} -> {r.template}"
            for r in renderings.values()
            if r.template is not None and r.template not in kinds
        ]
        assert not unknown, f"rendered as an unknown document: {unknown}"

    def test_hooks_ignore_other_agencies(self, agency: Agency) -> None:
        """Every per-agency hook of this agency's plugin answers None for another code, so
        the plugin can live beside any number of other agencies."""
        from .plugins import default_plugin_manager

        pm = default_plugin_manager()
        other = "bukan-" + agency.code
        answered: list[str] = []
        for name in PER_AGENCY_HOOKS:
            caller = getattr(pm.hook, name, None)
            if caller is None:
                continue
            for impl in caller.get_hookimpls():
                if impl.plugin_name != agency.plugin:
                    continue
                given = {"agency_code": other, "agency_info": None}
                result = impl.function(*(given[arg] for arg in impl.argnames))
                if result is not None:
                    answered.append(f"{name} -> {result!r}"[:120])
        assert not answered, answered

    def test_document_and_rule_codes_are_unique(self, agency: Agency) -> None:
        """Document codes, and rule codes, are each unique within the agency."""
        docs = [d.code for d in agency.documents]
        rules = [r.code for r in agency.rules]
        assert len(docs) == len(set(docs)), docs
        assert len(rules) == len(set(rules)), rules


def __getattr__(name: str) -> object:
    # `assert_compliant` lives with the pytest plugin, which pytest loads by itself; it is offered
    # here too for a test that does not use the plugin's fixtures, loaded on first use so that
    # importing the contract class does not import the case checker.
    if name == "assert_compliant":
        from .pytest_plugin import assert_compliant

        return assert_compliant
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
