"""``uji-konsekuensi plan``: every step's due date for an agency's SOP from a start.

Examples::

    uji-konsekuensi plan kasn --start 2025-03-24
    uji-konsekuensi plan kalbar --start 2025-03-24T09:15+07:00 --format json
    uji-konsekuensi plan kalteng --start 2025-02-03 --branch 2=yes
    uji-konsekuensi --lang en plan kutai-timur --start 2025-05-05 \
        --sop "B-000.8.3.3 / 9308 / BKPSDM - SEK"

Each step is taken to use all the time its waktu gives, the next starting when it is due; each
working-day count lists the days it skipped and why (libur nasional, cuti bersama, weekend), and a
date resting on provisional calendar data is marked. For an agency whose SOP starts from a request,
the statutory timeline of the request follows (UU 14/2008 Pasal 22 ayat (7)-(8) and on). At a
decision the plan takes the YES branch unless it loops back; ``--branch STEP=yes|no`` chooses.

Exit code: 0, or 2 for an unknown agency or an unreadable start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from typing import Any

from ..document_kinds import step_documents
from ..errors import InputError
from ..i18n import Language, current_language
from .options import add_format, parse_branches, parse_moment, wants_json

_SOURCE = "uji-konsekuensi plan"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="tenggat setiap langkah SOP / every SOP step's due date",
        description=(
            "Menghitung batas waktu setiap langkah SOP instansi sejak tanggal mulai, dengan hari "
            "yang tidak dihitung. Computes every step's due date of an agency's SOP from a start, "
            "with the days skipped."
        ),
    )
    parser.add_argument("agency", metavar="INSTANSI", help="kode instansi / agency code")
    parser.add_argument(
        "--start",
        required=True,
        metavar="TANGGAL",
        help="tanggal mulai (hari ke-0) / start: YYYY-MM-DD or an ISO timestamp with offset",
    )
    parser.add_argument("--sop", metavar="NOMOR", help="nomor SOP (jika lebih dari satu)")
    parser.add_argument(
        "--branch",
        action="append",
        default=[],
        metavar="LANGKAH=yes|no",
        help="cabang pada keputusan / branch at a decision (repeatable)",
    )
    add_format(parser)
    parser.set_defaults(func=run)


def _fail(
    path: str, message: str, message_en: str, value: object, expected: tuple[str, str]
) -> InputError:
    return InputError.one(
        _SOURCE,
        path,
        message,
        message_en,
        value=value,
        expected=expected[0],
        expected_en=expected[1],
    )


def _start(text: str) -> dt.date | dt.datetime:
    return parse_moment(text, None, _SOURCE, "--start")


def _when(moment: dt.date | dt.datetime | None, lang: Language) -> str:
    from ..calendar import format_tanggal

    if moment is None:
        return "-"
    if isinstance(moment, dt.datetime):
        return f"{format_tanggal(moment.date(), lang=lang)} {moment.strftime('%H:%M')}"
    return format_tanggal(moment, lang=lang)


def _iso(moment: dt.date | dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def run(args: argparse.Namespace) -> int:
    from ..agency import get_agency
    from ..calendar import BeyondCalendarError
    from ..case.schedule import schedule

    lang = current_language()
    en = lang == "en"
    agency = get_agency(args.agency)
    sop = agency.get_sop(args.sop)
    start = _start(args.start)
    branches = parse_branches(args.branch, _SOURCE)
    unknown = sorted(set(branches) - {s.number for s in sop.steps if s.is_decision})
    if unknown:
        raise _fail(
            "--branch",
            "langkah ini bukan keputusan dalam SOP",
            "this step is not a decision in the SOP",
            unknown[0],
            (
                "salah satu dari: " + ", ".join(str(s.number) for s in sop.steps if s.is_decision),
                "one of: " + ", ".join(str(s.number) for s in sop.steps if s.is_decision),
            ),
        )
    try:
        result = schedule(agency, sop, start, branches)
    except BeyondCalendarError as exc:
        # A start in late December 2100: a step's due date falls in 2101.
        raise exc.naming(_SOURCE, "--start", args.start) from None
    if wants_json(args):
        from ..results import plan_json

        document = plan_json(result, agency.documents)
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"{agency.name} — SOP {sop.number}",
        f"{'Start' if en else 'Mulai'}: {_when(start, lang)} ({result.timezone})",
    ]
    for s in result.steps:
        who = ", ".join(s.lanes) or "-"
        branch = ""
        if s.branch is not None:
            word = s.branch if en else {"yes": "ya", "no": "tidak"}[s.branch]
            branch = f" [{'branch' if en else 'cabang'} {word}]"
        due = _when(s.due, lang) if s.due is not None else ("no limit" if en else "tanpa batas")
        mark = (" (provisional)" if en else " (sementara)") if s.provisional else ""
        lines.append(f"{s.step}. {s.activity}{branch}")
        lines.append(f"   {who}; {'waktu' if not en else 'time'}: {s.waktu or '-'} -> {due}{mark}")
        for d in s.skipped:
            lines.append(f"     - {_when(d.date, lang)}: {d.label(lang)}")
        needs, makes = step_documents(agency.documents, s.step)
        if needs or makes:
            lines.append(
                f"   {'requires' if en else 'membutuhkan'}: "
                f"{', '.join(k.code for k in needs) or '-'}; "
                f"{'produces' if en else 'menghasilkan'}: {', '.join(k.code for k in makes) or '-'}"
            )
        if s.note is not None:
            lines.append(f"     ({s.note.get(lang)})")
    if result.timeline is not None:
        lines.append(
            "Statutory timeline of the request:" if en else "Tenggat undang-undang permintaan:"
        )
        for e in result.timeline.entries:
            flag = "" if e.governs else (" (comparison only)" if en else " (pembanding)")
            lines.append(
                f"  {e.deadline.name.get(lang)}: {_when(e.due, lang)} ({e.deadline.basis}){flag}"
            )
    print("\n".join(lines))
    return 0
