"""The statutory clock of a request, and which calendar data a result rests on.

A request for information must get its written notice within 10 hari kerja of receipt (UU 14/2008
Pasal 22 ayat (7); PERKI 1/2021 Pasal 34 for a refusal), extendable once by at most 7 hari kerja
with written reasons (Pasal 22 ayat (8); PERKI 1/2021 Pasal 36). This holds whatever the agency's
SOP writes in its waktu column ("Setiap Saat" in Kalbar's steps 1, 2 and 8).

An incomplete request (PERKI 1/2021 Pasal 31-33): the PPID checks completeness within 3 hari
kerja (Pasal 31 ayat (2)) and sends a *surat keterangan tidak lengkap*; the requester completes it
within 3 hari kerja (Pasal 33 ayat (3)). How that time counts is a choice, so it is a setting
(`PauseRule`):

- ``"stop_clock"`` (default): the 10 days count from receipt, and the working days while the
  request waits for the requester do not count (the clock stops at the pause and runs again at
  the completion). The statute counts from receipt (and outranks a regulation: see
  `uji_konsekuensi.calendar.deadlines`), but the requester's own time cannot be charged to the
  agency; stopping the clock is what MuckRock does for the same situation
  (docs/sources/peer-systems.md).
- ``"restart_on_complete"``: PERKI 1/2021 Pasal 31 ayat (3) read on its own: 10 days from the day
  the request is complete.
- ``"ignore"``: the statute alone: 10 days from receipt, a pause changes nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.metadata
from collections.abc import Iterator
from typing import Literal

import attrs

from ..calendar import BeyondCalendarError, WorkingCalendar, get_deadline
from ..field_checks import says_nothing
from ..findings import Finding, FindingCode
from ..i18n import Text
from . import messages as M
from .codes import (
    EXTENSION_BASIS,
    EXTENSION_LATE,
    EXTENSION_NO_REASON,
    EXTENSION_REPEATED,
    EXTENSION_TOO_LONG,
    NOTICE_BEYOND_CALENDAR,
    NOTICE_LATE,
    PAUSE_LATE,
    PAUSE_REQUESTER_LATE,
    PAUSE_UNMATCHED,
)
from .messages import MESSAGES
from .model import Case, Extension, NoticeSent, Paused, RequestTrigger, Resumed

__all__ = ["CalendarUse", "PauseRule", "PauseSpan", "RequestClock", "calendar_use", "request_clock"]

PauseRule = Literal["stop_clock", "restart_on_complete", "ignore"]

NOTICE = get_deadline("notice")
EXTENSION = get_deadline("extension")
CHECK = get_deadline("completeness_check")
REPAIR = get_deadline("completeness_repair")
#: What a late notice names: the notice's own provisions, and the extension's when one counted
#: (the docs' table prints the two together).
NOTICE_BASIS = "UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 34 ayat (3)"


@attrs.frozen(kw_only=True)
class PauseSpan:
    """A wait for the requester: ``paused`` and, once it is complete, ``resumed`` (indexes are
    positions in the log)."""

    paused: Paused
    paused_index: int
    resumed: Resumed | None = None
    resumed_index: int | None = None


@attrs.frozen(kw_only=True)
class RequestClock:
    """The notice deadline of a request case, from its log.

    ``received``: the local date of receipt (day 0). ``base_due``: the last day of the 10 hari
    kerja (None while the request waits for the requester). ``due``: the last day, with a timely
    extension. ``extension``: the extension that counts (the first, if it came in time).
    ``notice``: the first written notice. ``findings``: ``case.notice.*``, ``case.extension.*``,
    ``case.pause.*``.
    """

    received: dt.date
    base_due: dt.date | None
    due: dt.date | None
    extension: Extension | None
    notice: NoticeSent | None
    notice_index: int | None
    pauses: tuple[PauseSpan, ...]
    waiting: bool
    findings: tuple[Finding, ...]


def request_clock(
    case: Case, calendar: WorkingCalendar, rule: PauseRule = "stop_clock"
) -> RequestClock | None:
    """The notice clock of a request case (None for a periodic one); see the module notes.

    In four parts, each with one job: the pauses and their timing (`_pauses`, `_pause_times`),
    the 10 hari kerja net of them (`_base_due`), the extension (`_extend`) and the notice
    (`_notice_late`). The findings come in that order.
    """
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return None
    findings: list[Finding] = []
    received = calendar.local_date(trigger.received_at, "trigger.received_at")
    spans = _pauses(case, findings)
    findings.extend(_pause_times(spans, received, calendar))
    beyond: BeyondCalendarError | None = None
    try:
        base_due = _base_due(received, spans, calendar, rule)
    except BeyondCalendarError as exc:
        # Received in the last days of 2100: the 10 hari kerja end in a year the holiday data
        # does not cover. No deadline is claimed (None), and a warning says why.
        base_due, beyond = None, exc
    extensions, notices = _logged(case)
    counted, due, beyond_extended = _extend(extensions, base_due, calendar, findings)
    if beyond_extended is not None:
        beyond = beyond_extended
    if beyond is not None:
        findings.append(
            beyond_calendar(
                NOTICE_BEYOND_CALENDAR,
                M.NOTICE_DUE(),
                beyond,
                field="trigger.received_at",
                basis=NOTICE_BASIS,
            )
        )
    notice_index, notice = notices[0] if notices else (None, None)
    if notice is not None and notice_index is not None and due is not None:
        findings.extend(_notice_late(notice, notice_index, due, counted, calendar))
    return RequestClock(
        received=received,
        base_due=base_due,
        due=due,
        extension=counted,
        notice=notice,
        notice_index=notice_index,
        pauses=tuple(spans),
        waiting=bool(spans) and spans[-1].resumed is None,
        findings=tuple(findings),
    )


def _pauses(case: Case, findings: list[Finding]) -> list[PauseSpan]:
    """The waits for the requester, each pause matched with the resume that ends it; a pause
    within a pause, or a resume without one, is reported and left out."""
    spans: list[PauseSpan] = []
    open_span: PauseSpan | None = None
    for index, event in enumerate(case.events):
        if isinstance(event, Paused):
            if open_span is not None:
                findings.append(PAUSE_UNMATCHED(M.PAUSE_AGAIN(), field=f"events[{index}]"))
                continue
            open_span = PauseSpan(paused=event, paused_index=index)
        elif isinstance(event, Resumed):
            if open_span is None:
                findings.append(PAUSE_UNMATCHED(M.PAUSE_NOT_PAUSED(), field=f"events[{index}]"))
                continue
            spans.append(attrs.evolve(open_span, resumed=event, resumed_index=index))
            open_span = None
    if open_span is not None:
        spans.append(open_span)
    return spans


def _pause_times(
    spans: list[PauseSpan], received: dt.date, calendar: WorkingCalendar
) -> Iterator[Finding]:
    """PERKI 1/2021 Pasal 31 ayat (2): the completeness is checked within 3 hari kerja of
    receipt; Pasal 33 ayat (3): the requester completes within 3 hari kerja of the notice."""
    for span in spans:
        paused_on = calendar.local_date(span.paused.at)
        if calendar.working_days_between(received, paused_on) > CHECK.amount:
            yield PAUSE_LATE(M.PAUSE_LATE(), field=f"events[{span.paused_index}].at")
        if span.resumed is not None and span.resumed_index is not None:
            done_on = calendar.local_date(span.resumed.at)
            if calendar.working_days_between(paused_on, done_on) > REPAIR.amount:
                yield PAUSE_REQUESTER_LATE(
                    M.PAUSE_REQUESTER_LATE(), field=f"events[{span.resumed_index}].at"
                )


def _base_due(
    received: dt.date, spans: list[PauseSpan], calendar: WorkingCalendar, rule: PauseRule
) -> dt.date | None:
    """The last of the 10 hari kerja, net of the pauses as ``rule`` counts them (None while
    the request waits for the requester)."""
    days = NOTICE.amount
    if rule == "ignore" or not spans:
        return calendar.add_working_days(received, days)
    if rule == "restart_on_complete":
        last = spans[-1]
        if last.resumed is None:
            return None
        return calendar.add_working_days(calendar.local_date(last.resumed.at), days)
    # stop_clock: spend the days up to each pause; continue from each completion.
    anchor, remaining = received, days
    for span in spans:
        due = calendar.add_working_days(anchor, remaining)
        paused_on = calendar.local_date(span.paused.at)
        if paused_on >= due:
            return due  # the period had run out before the pause
        remaining -= calendar.working_days_between(anchor, paused_on)
        if span.resumed is None:
            return None
        anchor = max(paused_on, calendar.local_date(span.resumed.at))
    return calendar.add_working_days(anchor, remaining)


def _logged(
    case: Case,
) -> tuple[list[tuple[int, Extension]], list[tuple[int, NoticeSent]]]:
    """The extensions and the notices of the log, with their positions."""
    extensions: list[tuple[int, Extension]] = []
    notices: list[tuple[int, NoticeSent]] = []
    for i, e in enumerate(case.events):
        if type(e) is Extension:
            extensions.append((i, e))
        elif type(e) is NoticeSent:
            notices.append((i, e))
    return extensions, notices


def _extend(
    extensions: list[tuple[int, Extension]],
    base_due: dt.date | None,
    calendar: WorkingCalendar,
    findings: list[Finding],
) -> tuple[Extension | None, dt.date | None, BeyondCalendarError | None]:
    """The extension that counts, the due date with it, and the year it would need when that
    date is beyond the holiday data.

    UU 14/2008 Pasal 22 ayat (8); PERKI 1/2021 Pasal 36: once, by at most 7 hari kerja, with
    written reasons, given within the 10 hari kerja. Only the first can count; one given late
    does not, and every later one is reported as a repeat.
    """
    counted: Extension | None = None
    due, beyond = base_due, None
    if extensions:
        index, ext = extensions[0]
        if ext.days > EXTENSION.amount:
            findings.append(
                EXTENSION_TOO_LONG(
                    M.EXTENSION_TOO_LONG(days=ext.days), field=f"events[{index}].days"
                )
            )
        if says_nothing(ext.reason):
            findings.append(
                EXTENSION_NO_REASON(M.EXTENSION_NO_REASON(), field=f"events[{index}].reason")
            )
        ext_on = calendar.local_date(ext.at)
        if base_due is not None and ext_on > base_due:
            findings.append(
                EXTENSION_LATE(
                    M.EXTENSION_LATE(due=base_due.isoformat()), field=f"events[{index}].at"
                )
            )
        else:
            counted = ext
            if base_due is not None:
                try:
                    due = calendar.add_working_days(base_due, min(ext.days, EXTENSION.amount))
                except BeyondCalendarError as exc:
                    due, beyond = None, exc
    for index, _ in extensions[1:]:
        findings.append(EXTENSION_REPEATED(M.EXTENSION_REPEATED(), field=f"events[{index}]"))
    return counted, due, beyond


def _notice_late(
    notice: NoticeSent,
    index: int,
    due: dt.date,
    counted: Extension | None,
    calendar: WorkingCalendar,
) -> Iterator[Finding]:
    """UU 14/2008 Pasal 22 ayat (7): the first written notice comes by ``due``."""
    if calendar.local_date(notice.at) > due:
        late = calendar.working_days_between(due, notice.at)
        yield NOTICE_LATE(
            M.NOTICE_LATE(late=late, due=due.isoformat()),
            field=f"events[{index}].at",
            basis=NOTICE_BASIS + ("; " + EXTENSION_BASIS if counted is not None else ""),
        )


def beyond_calendar(
    code: FindingCode,
    what: Text,
    exc: BeyondCalendarError,
    *,
    field: str | None,
    step: int | None = None,
    basis: str | None = None,
) -> Finding:
    """A ``*.beyond_calendar`` warning of ``code`` (each rule that counts a due date has its
    own: case.time, case.notice, case.expiry): ``what`` names the due date ("the due date of
    step 3"), ``exc`` the year it would need, ``field`` the event it counts from. The years the
    calendar covers are read from `limits` when the finding is made, so the words follow them."""
    from .. import limits

    span = {"first": limits.FIRST_YEAR, "last": limits.LAST_YEAR}
    return code(
        MESSAGES[code.code][""](what=what, year=exc.year, **span),
        field=field,
        step=step,
        basis=basis,
    )


# --- which calendar data a result rests on --------------------------------------------------


@attrs.frozen(kw_only=True)
class CalendarUse:
    """The calendar data behind a case's dates.

    ``holidays_version``: the version of the `holidays` package the national days come from;
    ``timezone``; ``decreed_through``: the last year whose cuti bersama are decreed;
    ``first``/``last``: the span of dates the result looked at; ``provisional``: True when that
    span reaches a year not decreed yet or an estimated holiday (``provisional_years``,
    ``estimated``): a date computed there may move when the decree comes.
    """

    holidays_version: str
    timezone: str
    decreed_through: int
    first: dt.date | None
    last: dt.date | None
    provisional: bool
    provisional_years: tuple[int, ...] = ()
    estimated: tuple[dt.date, ...] = ()


@functools.cache
def holidays_version() -> str:
    """The version of the installed `holidays` package (the national days' data)."""
    try:
        return importlib.metadata.version("holidays")
    except importlib.metadata.PackageNotFoundError:  # a vendored copy: say so, never guess
        return "unknown"


# Keyed by the calendar object (kept alive by the key), never by id(): an id is reused once its
# calendar is collected, and the cache would answer for another calendar.
_estimated_cache: dict[tuple[WorkingCalendar, int], tuple[dt.date, ...]] = {}


def _estimated_in(calendar: WorkingCalendar, year: int) -> tuple[dt.date, ...]:
    key = (calendar, year)
    hit = _estimated_cache.get(key)
    if hit is None:
        hit = tuple(d.date for d in calendar.holidays_in(year) if d.estimated)
        if len(_estimated_cache) < 10_000:
            _estimated_cache[key] = hit
    return hit


def calendar_use(
    calendar: WorkingCalendar, first: dt.date | None, last: dt.date | None
) -> CalendarUse:
    """What calendar data the dates between ``first`` and ``last`` rest on."""
    decreed = calendar.decreed_through
    version = holidays_version()
    if first is None or last is None:
        return CalendarUse(
            holidays_version=version,
            timezone=calendar.timezone,
            decreed_through=decreed,
            first=first,
            last=last,
            provisional=False,
        )
    if last < first:
        first, last = last, first
    years = tuple(y for y in range(first.year, last.year + 1) if y > decreed)
    estimated = tuple(
        d
        for y in range(first.year, last.year + 1)
        for d in _estimated_in(calendar, y)
        if first <= d <= last
    )
    return CalendarUse(
        holidays_version=version,
        timezone=calendar.timezone,
        decreed_through=decreed,
        first=first,
        last=last,
        provisional=bool(years or estimated),
        provisional_years=years,
        estimated=estimated,
    )
