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
from . import messages as M
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
    agency = get_agency(args.agency)
    sop = agency.get_sop(args.sop)
    start = _start(args.start)
    branches = parse_branches(args.branch, _SOURCE)
    unknown = sorted(set(branches) - {s.number for s in sop.steps if s.is_decision})
    if unknown:
        said = M.PLAN_NOT_A_DECISION()
        listed = ", ".join(str(s.number) for s in sop.steps if s.is_decision)
        expected = M.EXPECTED_ONE_OF(listed=listed)
        raise _fail("--branch", said.id, said.en, unknown[0], (expected.id, expected.en))
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
        M.PLAN_START(moment=_when(start, lang), zone=result.timezone).get(lang),
    ]
    words = {"yes": M.PLAN_BRANCH_YES(), "no": M.PLAN_BRANCH_NO()}
    for s in result.steps:
        who = ", ".join(s.lanes) or "-"
        branch = ""
        if s.branch is not None:
            branch = M.PLAN_BRANCH(word=words[s.branch]).get(lang)
        due = _when(s.due, lang) if s.due is not None else M.PLAN_NO_LIMIT().get(lang)
        mark = M.PLAN_PROVISIONAL().get(lang) if s.provisional else ""
        lines.append(f"{s.step}. {s.activity}{branch}")
        step = M.PLAN_STEP(who=who, waktu=s.waktu or "-", due=due, mark=mark)
        lines.append(step.get(lang))
        for d in s.skipped:
            lines.append(f"     - {_when(d.date, lang)}: {d.label(lang)}")
        needs, makes = step_documents(agency.documents, s.step)
        if needs or makes:
            documents = M.PLAN_DOCUMENTS(
                needs=", ".join(k.code for k in needs) or "-",
                makes=", ".join(k.code for k in makes) or "-",
            )
            lines.append(documents.get(lang))
        if s.note is not None:
            lines.append(f"     ({s.note.get(lang)})")
    if result.timeline is not None:
        lines.append(M.PLAN_TIMELINE().get(lang))
        for e in result.timeline.entries:
            flag = "" if e.governs else M.PLAN_TIMELINE_COMPARISON().get(lang)
            lines.append(
                f"  {e.deadline.name.get(lang)}: {_when(e.due, lang)} ({e.deadline.basis}){flag}"
            )
    print("\n".join(lines))
    return 0
