"""``uji-konsekuensi due``: a due date in hari kerja, with the days skipped and why.

Examples::

    uji-konsekuensi due 2025-03-25 10                 # 10 hari kerja from 25 March 2025 (WIB)
    uji-konsekuensi due 2025-03-24T06:30+08:00 3 --timezone WITA
    uji-konsekuensi due 2025-03-25 --deadline notice  # UU 14/2008 Pasal 22 ayat (7)
    uji-konsekuensi due 2025-03-25 --timeline --completed 2025-03-27
    uji-konsekuensi due 2025-03-25T09:00+07:00 --waktu "2 (dua) hari Pada hari jam kerja"
    uji-konsekuensi due --list-deadlines
    uji-konsekuensi --lang en due 2025-03-25 10 --json

The start is a date (YYYY-MM-DD, the day of receipt = day 0) or an ISO timestamp with its UTC
offset, counted on its date in the calendar's zone; a timestamp without an offset is refused.
``--agency CODE`` uses the agency's calendar (its time zone, days off and on); without it the
national calendar in ``--timezone`` (default Asia/Jakarta). ``--no-cuti-bersama`` counts cuti
bersama as working days (for staff who must work them). Exit code 0, or 2 for unreadable input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import zoneinfo
from typing import Any

from .. import results
from ..calendar import (
    STATUTORY_DEADLINES,
    BeyondCalendarError,
    CalendarError,
    Explanation,
    RequestTimeline,
    WorkingCalendar,
    calendar_for,
    format_tanggal,
    format_waktu,
    get_deadline,
    parse_waktu,
    request_timeline,
    zone_label,
)
from ..i18n import Language, Text, current_language
from . import messages as M
from .options import parse_moment, wants_json

_SOURCE = "uji-konsekuensi due"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "due",
        help="tenggat hari kerja / working-day due date",
        description=(
            "Menghitung tenggat dalam hari kerja (hari diterimanya = hari ke-0), atau tenggat "
            "menurut undang-undang, dengan daftar hari yang tidak dihitung dan alasannya. "
            "Computes a due date in working days (day of receipt = day 0) or a statutory "
            "deadline, listing the days skipped and why."
        ),
        epilog="Tenggat / deadlines: " + ", ".join(d.code for d in STATUTORY_DEADLINES),
    )
    parser.add_argument(
        "start",
        nargs="?",
        help="tanggal (YYYY-MM-DD) atau waktu ISO dengan zona, mis. 2025-03-24T06:30+08:00",
    )
    parser.add_argument(
        "days", nargs="?", type=int, help="jumlah hari kerja (negatif: mundur) / working days"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--deadline", metavar="KODE", help="tenggat undang-undang / statutory code")
    mode.add_argument("--waktu", metavar="TEKS", help='waktu SOP, mis. "3 HK" / SOP time text')
    mode.add_argument(
        "--timeline", action="store_true", help="seluruh tenggat permohonan / request timeline"
    )
    mode.add_argument(
        "--list-deadlines", action="store_true", help="daftar tenggat / list statutory deadlines"
    )
    parser.add_argument(
        "--completed", metavar="TANGGAL", help="tanggal permohonan dinyatakan lengkap (--timeline)"
    )
    parser.add_argument("--agency", metavar="KODE", help="kalender instansi / agency's calendar")
    parser.add_argument(
        "--timezone",
        metavar="ZONA",
        help="zona waktu IANA atau WIB/WITA/WIT (default Asia/Jakarta)",
    )
    parser.add_argument(
        "--no-cuti-bersama",
        action="store_true",
        help="cuti bersama dihitung hari kerja / count cuti bersama as working days",
    )
    parser.add_argument(
        "--json", action="store_true", help="keluaran JSON / JSON output (for machines)"
    )
    parser.set_defaults(func=run)


# --- input -------------------------------------------------------------------------------------


def _usage(message: Text, value: object = None, expected: Text | None = None) -> CalendarError:
    return CalendarError.one(
        _SOURCE,
        "",
        message.id,
        message.en,
        value=value,
        expected=expected.id if expected else None,
        expected_en=expected.en if expected else None,
    )


def parse_start(
    text: str, calendar: WorkingCalendar, field: str = "start"
) -> dt.date | dt.datetime:
    """A date ("2025-03-25"), an aware ISO timestamp, or "now"/"sekarang" (`options.parse_moment`:
    the one moment parser of the command line)."""
    return parse_moment(text, calendar.zone, _SOURCE, field)


def build_calendar(args: argparse.Namespace) -> WorkingCalendar:
    """The calendar asked for: the agency's (its plugin's settings, with its local holidays),
    else the national one in a zone (`calendar.calendar_for`, which the service uses too)."""
    agency_calendar = None
    if args.agency:
        from ..agency import get_agency

        agency_calendar = get_agency(args.agency).calendar
    return calendar_for(
        agency_calendar, args.timezone, cuti_bersama=not args.no_cuti_bersama, source=_SOURCE
    )


# --- output ------------------------------------------------------------------------------------


def _t(text: Text, lang: Language) -> str:
    return text.get(lang)


def _explanation_lines(expl: Explanation, lang: Language) -> list[str]:
    en = lang == "en"
    lines = []
    if expl.start_moment is not None:
        local = expl.start_moment.astimezone(zoneinfo.ZoneInfo(expl.timezone))
        given = f"{expl.start_moment.isoformat()} = {format_waktu(local, lang=lang)}"
        lines.append(M.DUE_GIVEN(given=given).get(lang))
    zone = f"{expl.timezone} ({zone_label(expl.timezone)})"
    lines.append(M.DUE_START(date=format_tanggal(expl.start, lang=lang), zone=zone).get(lang))
    back = M.DUE_DUE_BACK() if expl.n < 0 else ""
    status = M.DUE_PROVISIONAL() if expl.provisional else ""
    due = format_tanggal(expl.due, lang=lang)
    lines.append(M.DUE_DUE(count=abs(expl.n), back=back, date=due, status=status).get(lang))
    if expl.skipped:
        lines.append(M.DUE_SKIPPED(count=len(expl.skipped)).get(lang))
        width = max(len(format_tanggal(d.date, lang=lang)) for d in expl.skipped)
        for day in expl.skipped:
            name = day.name_en if en else day.name
            kind = day.kind.label.get(lang)
            extra = M.DUE_SKIPPED_ESTIMATED().get(lang) if day.estimated else ""
            lines.append(f"  {format_tanggal(day.date, lang=lang):<{width}}  {kind}: {name}{extra}")
        sources = list(dict.fromkeys(d.cited(lang) for d in expl.skipped))
        lines.append(M.DUE_SOURCES().get(lang))
        lines.extend(f"  - {s}" for s in sources)
    if expl.notes:
        lines.append(M.DUE_NOTES().get(lang))
        lines.extend(f"  - {_t(note, lang)}" for note in expl.notes)
    return lines


def _timeline_lines(timeline: RequestTimeline, lang: Language) -> list[str]:
    received = format_tanggal(timeline.received, lang=lang)
    zone = f"{timeline.timezone} ({zone_label(timeline.timezone)})"
    lines = [M.DUE_RECEIVED(date=received, zone=zone).get(lang)]
    if timeline.completed is not None:
        completed = format_tanggal(timeline.completed, lang=lang)
        lines.append(M.DUE_COMPLETE(date=completed).get(lang))
    for entry in timeline.entries:
        d = entry.deadline
        flag = "" if entry.governs else M.DUE_FOR_COMPARISON().get(lang)
        lines.append(f"{format_tanggal(entry.due, lang=lang)}  {_t(d.name, lang)}{flag}")
        anchor = format_tanggal(entry.anchor_date, lang=lang, weekday=False)
        lines.append(f"    {d.describe(lang)} ({anchor}) — {d.basis}")
        if entry.assumption is not None:
            lines.append(M.DUE_ASSUMPTION(assumption=entry.assumption).get(lang))
    if timeline.provisional:
        lines.append(M.DUE_PROVISIONAL_LINE().get(lang))
    lines.append(M.DUE_NOTES().get(lang))
    lines.extend(f"  - {_t(note, lang)}" for note in timeline.notes)
    return lines


def _print(lines: list[str]) -> None:
    sys.stdout.write("\n".join(lines) + "\n")


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- modes -------------------------------------------------------------------------------------


def _list_deadlines(args: argparse.Namespace, lang: Language) -> int:
    if wants_json(args):
        _dump(results.deadlines_json())
        return 0
    lines = []
    for d in STATUTORY_DEADLINES:
        lines.append(f"{d.code:<22} {_t(d.name, lang)}")
        lines.append(f"{'':<22} {d.describe(lang)} — {d.basis}")
    _print(lines)
    return 0


def _waktu(
    args: argparse.Namespace,
    calendar: WorkingCalendar,
    start: dt.date | dt.datetime,
    lang: Language,
) -> int:
    if wants_json(args):
        _dump(results.waktu_json(start, calendar, args.waktu, _SOURCE, "--waktu"))
        return 0
    waktu = parse_waktu(args.waktu, source=_SOURCE, path="--waktu")
    due = waktu.due(start, calendar)
    expl = None
    if waktu.kind == "working_days" and waktu.amount is not None:
        expl = calendar.explain(start, waktu.amount)
    lines = [f"Waktu: {waktu.text!r} = {waktu.describe(lang)}"]
    if waktu.basis:
        lines.append(M.DUE_WAKTU_READING(basis=waktu.basis).get(lang))
    if waktu.after:
        lines.append(M.DUE_WAKTU_AFTER(step=waktu.after).get(lang))
    if due is None:
        lines.append(M.DUE_WAKTU_NO_LIMIT().get(lang))
    else:
        line = M.DUE_WAKTU_DUE_BY(moment=format_waktu(due, lang=lang)).get(lang)
        hours = calendar.office_hours_on(due.date()) if waktu.office_hours else None
        if hours is not None and hours.ramadan:
            estimate = M.DUE_WAKTU_RAMADAN_ESTIMATED() if hours.estimated else ""
            line += M.DUE_WAKTU_RAMADAN(estimate=estimate, basis=hours.basis).get(lang)
        lines.append(line)
    if expl is not None:
        lines.extend(_explanation_lines(expl, lang))
    _print(lines)
    return 0


def run(args: argparse.Namespace) -> int:
    lang = current_language()
    if args.list_deadlines:
        return _list_deadlines(args, lang)
    if not args.start:
        raise _usage(M.DUE_START_REQUIRED(), expected=M.DUE_START_REQUIRED_EXPECTED())
    calendar = build_calendar(args)
    start = parse_start(args.start, calendar)
    try:
        return _computed(args, calendar, start, lang)
    except BeyondCalendarError as exc:
        # 2100-12-30 + 10 hari kerja: the start is accepted, the due date is not computable.
        raise exc.naming(_SOURCE, "start", args.start) from None


def _computed(
    args: argparse.Namespace,
    calendar: WorkingCalendar,
    start: dt.date | dt.datetime,
    lang: Language,
) -> int:
    chosen = [args.days is not None, bool(args.deadline), bool(args.waktu), bool(args.timeline)]
    if sum(chosen) != 1:
        raise _usage(M.DUE_CHOOSE_ONE(), value=args.days)
    if args.completed and not args.timeline:
        raise _usage(M.DUE_COMPLETED_WITHOUT_TIMELINE())
    if args.waktu:
        return _waktu(args, calendar, start, lang)
    if args.timeline:
        completed = (
            None if not args.completed else parse_start(args.completed, calendar, "completed")
        )
        if wants_json(args):
            _dump(results.timeline_json(start, calendar, completed))
        else:
            _print(_timeline_lines(request_timeline(start, calendar, completed), lang))
        return 0
    deadline = None
    if args.deadline:
        deadline = get_deadline(args.deadline)
        if deadline.unit == "calendar_days":
            due = deadline.due(start, calendar)
            if wants_json(args):
                _dump(results.due_json(start, calendar, deadline=deadline.code))
            else:
                _print(
                    [
                        f"{_t(deadline.name, lang)} — {deadline.basis}",
                        f"{deadline.describe(lang)}: {format_tanggal(due, lang=lang)}",
                        *([f"  - {_t(deadline.note, lang)}"] if deadline.note else []),
                    ]
                )
            return 0
        days = -deadline.amount if deadline.before else deadline.amount
    else:
        days = args.days
    if wants_json(args):
        # The JSON is the service's too (uji_konsekuensi.results): built in one place.
        if deadline is not None:
            _dump(results.due_json(start, calendar, deadline=deadline.code))
        else:
            _dump(results.due_json(start, calendar, days=days))
        return 0
    expl = calendar.explain(start, days)
    lines = []
    if deadline is not None:
        lines.append(f"{_t(deadline.name, lang)} — {deadline.basis}")
        lines.append(f"  {deadline.describe(lang)}")
        if deadline.note is not None:
            lines.append(f"  {_t(deadline.note, lang)}")
    lines.extend(_explanation_lines(expl, lang))
    _print(lines)
    return 0
