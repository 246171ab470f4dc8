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
from typing import Literal

import attrs

from ..calendar import BeyondCalendarError, WorkingCalendar, get_deadline
from ..findings import Finding, FindingCode
from ..i18n import Text
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


def _pauses(case: Case, findings: list[Finding]) -> list[PauseSpan]:
    spans: list[PauseSpan] = []
    open_span: PauseSpan | None = None
    for index, event in enumerate(case.events):
        if isinstance(event, Paused):
            if open_span is not None:
                findings.append(
                    PAUSE_UNMATCHED(
                        Text(
                            "Permintaan ditunda lagi padahal penundaan sebelumnya belum diakhiri",
                            "The request is paused again while the previous pause has not ended",
                        ),
                        field=f"events[{index}]",
                    )
                )
                continue
            open_span = PauseSpan(paused=event, paused_index=index)
        elif isinstance(event, Resumed):
            if open_span is None:
                findings.append(
                    PAUSE_UNMATCHED(
                        Text(
                            "Permintaan dilanjutkan padahal tidak sedang ditunda",
                            "The request is resumed although it was not paused",
                        ),
                        field=f"events[{index}]",
                    )
                )
                continue
            spans.append(attrs.evolve(open_span, resumed=event, resumed_index=index))
            open_span = None
    if open_span is not None:
        spans.append(open_span)
    return spans


def _base_due(
    received: dt.date, spans: list[PauseSpan], calendar: WorkingCalendar, rule: PauseRule
) -> dt.date | None:
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
    step 3"), ``exc`` the year it would need, ``field`` the event it counts from."""
    return code(
        Text(
            f"{what.id} tidak dapat dihitung: jatuh pada tahun {exc.year}, di luar tahun "
            "kalender kerja (1946-2100); ketepatan waktunya tidak dinilai",
            f"{what.en} cannot be computed: it falls in {exc.year}, beyond the calendar's years "
            "(1946-2100); whether it was met is not judged",
        ),
        field=field,
        step=step,
        basis=basis,
    )


def request_clock(
    case: Case, calendar: WorkingCalendar, rule: PauseRule = "stop_clock"
) -> RequestClock | None:
    """The notice clock of a request case (None for a periodic one); see the module notes."""
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return None
    findings: list[Finding] = []
    received = calendar.local_date(trigger.received_at, "trigger.received_at")
    spans = _pauses(case, findings)
    for span in spans:
        paused_on = calendar.local_date(span.paused.at)
        if calendar.working_days_between(received, paused_on) > CHECK.amount:
            findings.append(
                PAUSE_LATE(
                    Text(
                        "Kelengkapan permintaan diperiksa lebih dari 3 hari kerja setelah "
                        "permintaan dicatat",
                        "The request's completeness was checked more than 3 working days after "
                        "it was registered",
                    ),
                    field=f"events[{span.paused_index}].at",
                )
            )
        if span.resumed is not None and span.resumed_index is not None:
            done_on = calendar.local_date(span.resumed.at)
            if calendar.working_days_between(paused_on, done_on) > REPAIR.amount:
                findings.append(
                    PAUSE_REQUESTER_LATE(
                        Text(
                            "Pemohon melengkapi permintaan lebih dari 3 hari kerja setelah "
                            "pemberitahuan tidak lengkap: menurut PERKI 1/2021 Pasal 33 ayat (4) "
                            "permintaan cukup dicatat dalam register",
                            "The requester completed the request more than 3 working days after "
                            "the notice that it was incomplete: under PERKI 1/2021 Pasal 33(4) the "
                            "request is only noted in the register",
                        ),
                        field=f"events[{span.resumed_index}].at",
                    )
                )
    waiting = bool(spans) and spans[-1].resumed is None
    beyond: BeyondCalendarError | None = None
    try:
        base_due = _base_due(received, spans, calendar, rule)
    except BeyondCalendarError as exc:
        # Received in the last days of 2100: the 10 hari kerja end in a year the holiday data
        # does not cover. No deadline is claimed (None), and a warning says why.
        base_due, beyond = None, exc
    due = base_due

    extensions: list[tuple[int, Extension]] = []
    notices: list[tuple[int, NoticeSent]] = []
    for i, e in enumerate(case.events):
        if type(e) is Extension:
            extensions.append((i, e))
        elif type(e) is NoticeSent:
            notices.append((i, e))
    counted: Extension | None = None
    for n, (index, ext) in enumerate(extensions):
        if n > 0:
            findings.append(
                EXTENSION_REPEATED(
                    Text(
                        "Jangka waktu pemberitahuan diperpanjang lebih dari satu kali",
                        "The notice period was extended more than once",
                    ),
                    field=f"events[{index}]",
                )
            )
            continue
        if ext.days > EXTENSION.amount:
            findings.append(
                EXTENSION_TOO_LONG(
                    Text(
                        f"Perpanjangan {ext.days} hari kerja; paling lama 7 hari kerja",
                        f"An extension of {ext.days} working days; at most 7 are allowed",
                    ),
                    field=f"events[{index}].days",
                )
            )
        if not ext.reason.strip():
            findings.append(
                EXTENSION_NO_REASON(
                    Text(
                        "Perpanjangan tanpa alasan tertulis",
                        "An extension without written reasons",
                    ),
                    field=f"events[{index}].reason",
                )
            )
        ext_on = calendar.local_date(ext.at)
        if base_due is not None and ext_on > base_due:
            findings.append(
                EXTENSION_LATE(
                    Text(
                        f"Perpanjangan diberikan setelah batas 10 hari kerja berakhir "
                        f"({base_due.isoformat()})",
                        f"The extension was given after the 10 working days had ended "
                        f"({base_due.isoformat()})",
                    ),
                    field=f"events[{index}].at",
                )
            )
            continue
        counted = ext
        if base_due is not None:
            try:
                due = calendar.add_working_days(base_due, min(ext.days, EXTENSION.amount))
            except BeyondCalendarError as exc:
                due, beyond = None, exc
    if beyond is not None:
        findings.append(
            beyond_calendar(
                NOTICE_BEYOND_CALENDAR,
                Text(
                    "Batas waktu pemberitahuan tertulis (10 hari kerja sejak permintaan diterima)",
                    "The written notice's due date (10 working days from receipt)",
                ),
                beyond,
                field="trigger.received_at",
                basis=NOTICE_BASIS,
            )
        )

    notice_index, notice = notices[0] if notices else (None, None)
    if notice is not None and due is not None and calendar.local_date(notice.at) > due:
        late = calendar.working_days_between(due, notice.at)
        findings.append(
            NOTICE_LATE(
                Text(
                    f"Pemberitahuan tertulis dikirim {late} hari kerja setelah batas waktunya "
                    f"({due.isoformat()})",
                    f"The written notice was sent {late} working day(s) after its deadline "
                    f"({due.isoformat()})",
                ),
                field=f"events[{notice_index}].at",
                basis=NOTICE_BASIS + ("; " + EXTENSION_BASIS if counted is not None else ""),
            )
        )
    return RequestClock(
        received=received,
        base_due=base_due,
        due=due,
        extension=counted,
        notice=notice,
        notice_index=notice_index,
        pauses=tuple(spans),
        waiting=waiting,
        findings=tuple(findings),
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
