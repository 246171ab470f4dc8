"""The fictional Kabupaten Contoh plugin: the shared contract, plus what is particular to it."""

from __future__ import annotations

import datetime as dt

from uji_konsekuensi_contoh import plugin

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.testing import AgencyPluginContract


class TestContoh(AgencyPluginContract):
    """Every check of the agency plugin contract, for agency "contoh"."""

    agency_code = "contoh"


def test_registered_in_wit() -> None:
    """The agency is registered by entry point "contoh" in Waktu Indonesia Timur."""
    agency = get_agency("contoh")
    assert (agency.plugin, agency.distribution) == ("contoh", "uji-konsekuensi-contoh")
    assert agency.timezone == "Asia/Jayapura"
    assert agency.calendar_settings.zone_label == "WIT"


def test_hari_jadi_is_a_day_off_with_its_source() -> None:
    """14 October 2025 (a Tuesday) is the regency's anniversary: not a working day."""
    calendar = get_agency("contoh").calendar
    assert not calendar.is_working_day(dt.date(2025, 10, 14))
    assert calendar.is_working_day(dt.date(2025, 10, 13))
    # Friday 10 October + 3 working days skips the anniversary: 13, 15, 16 October.
    assert calendar.add_working_days(dt.date(2025, 10, 10), 3) == dt.date(2025, 10, 16)
    assert all("Peraturan Bupati" in day.source for day in plugin.DAYS_OFF)


def test_deadline_counts_on_the_local_date_in_wit() -> None:
    """A request sent at 23:30 WIB on Friday is received on Saturday in WIT (day 0 is Saturday)."""
    calendar = get_agency("contoh").calendar
    received = dt.datetime(2025, 10, 10, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert calendar.local_date(received) == dt.date(2025, 10, 11)
    # Saturday is day 0; Monday 13 is working day 1, the anniversary on 14 is skipped.
    assert calendar.add_working_days(received, 2) == dt.date(2025, 10, 15)


def test_sop_has_a_decision_that_loops_back() -> None:
    """Step 5 (Atasan PPID) approves or sends the draft back to step 3."""
    sop = get_agency("contoh").get_sop()
    decision = sop.step(5)
    assert decision.is_decision
    assert decision.yes is not None and decision.yes.to == 6
    assert decision.no is not None and decision.no.to == 3
    assert sop.trigger == "request"


def test_sop_fits_the_statutory_ten_working_days() -> None:
    """The steps' waktu add up to at most 10 hari kerja (UU 14/2008 Pasal 22 ayat (7))."""
    sop = get_agency("contoh").get_sop()
    working_days = [
        step.waktu.amount
        for step in sop.steps
        if step.waktu is not None and step.waktu.kind == "working_days"
    ]
    assert sum(a for a in working_days if a is not None) <= 10


def test_hooks_ignore_other_agencies() -> None:
    """Every per-agency hook returns None for a code that is not "contoh"."""
    assert plugin.uji_agency_sops(agency_code="kalbar") is None
    assert plugin.uji_agency_calendar(agency_code="kalbar") is None
    assert plugin.uji_agency_documents(agency_code="kalbar") is None
