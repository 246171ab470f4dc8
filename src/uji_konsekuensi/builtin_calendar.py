"""The core's built-in hook implementations, registered like any installed plugin.

Only defaults live here; the core ships no agency's data (the agencies are plugins).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .hookspecs import hookimpl

if TYPE_CHECKING:
    from .agency import AgencyInfo
    from .calendar import CalendarSettings


@hookimpl(trylast=True)
def uji_agency_calendar(agency_info: AgencyInfo) -> CalendarSettings:
    """Default calendar: the national one (libur nasional and cuti bersama, Monday to Friday,
    the calendar module's default office hours) in the time zone the agency declared.

    The time zone matters: a request received at 23:30 WIB on a Friday is a Saturday request in
    WITA, so deadlines are counted from the agency's own local date (UU 14/2008 Pasal 22 ayat (7)
    counts hari kerja from receipt). ``trylast`` keeps this behind any plugin's own answer.
    """
    from .calendar import CalendarSettings  # imported on use: keeps plugin loading light

    return CalendarSettings(timezone=agency_info.timezone)
