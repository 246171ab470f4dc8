"""``uji-konsekuensi status``: where a case stands: what is next, who must act, by when.

Examples::

    uji-konsekuensi status kasus/2025-017.json                     # now
    uji-konsekuensi status kasus/2025-017.json --at 2025-03-20     # as of the end of that day
    uji-konsekuensi status kasus/2025-017.json --at 2025-03-20T10:00+07:00 --format json

Every due moment is computed now from the SOP's waktu and the agency's calendar (never stored),
and the output names the calendar data used (the `holidays` version, provisional years). The
case is taken as it stood at ``--at``: events after that moment are not yet known.

Exit code: 0, or 1 when a step or a statutory deadline is overdue at that moment, 2 when the
case cannot be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from ..i18n import current_language
from .check import parse_moment
from .options import add_format, wants_json

_SOURCE = "uji-konsekuensi status"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "status",
        help="langkah berikutnya, pelaksana, batas waktu / what is next, who, by when",
        description=(
            "Menampilkan posisi kasus: langkah berikutnya, siapa yang harus bertindak, batas "
            "waktunya, dan yang sudah lewat waktu. Shows where a case stands: the next step, who "
            "must act, by when, and what is overdue. Kode keluar / exit code: 0, 1 lewat waktu / "
            "overdue, 2 tidak terbaca / unreadable."
        ),
    )
    parser.add_argument("case", metavar="KASUS", help="berkas kasus / case file (JSON)")
    parser.add_argument(
        "--at",
        metavar="WAKTU",
        help="pada saat / as of: now (default), YYYY-MM-DD, or an ISO timestamp with offset",
    )
    add_format(parser)
    parser.set_defaults(func=run)


def _iso(moment: dt.datetime | dt.date | None) -> str | None:
    return None if moment is None else moment.isoformat()


def state_json(state: Any) -> dict[str, Any]:
    """A `CaseState` as JSON-shaped data."""

    def step(s: Any) -> dict[str, Any]:
        return {
            "step": s.step,
            "activity": s.activity,
            "status": s.status,
            "roles": [r.value for r in s.roles],
            "lanes": list(s.lanes),
            "ready_at": _iso(s.ready_at),
            "started_at": _iso(s.started_at),
            "completed_at": _iso(s.completed_at),
            "branch": s.branch,
            "due": _iso(s.due),
            "due_basis": s.due_basis,
            "late": s.late,
            "overdue": s.overdue,
        }

    return {
        "case_id": state.case_id,
        "agency": state.agency,
        "sop": state.sop,
        "at": _iso(state.at),
        "timezone": state.timezone,
        "finished": state.finished,
        "waiting_for_requester": state.waiting_for_requester,
        "who": [r.value for r in state.who],
        "next": [step(s) for s in state.next],
        "done": [step(s) for s in state.done],
        "deadlines": [
            {
                "code": d.code,
                "name": d.name.id,
                "name_en": d.name.en,
                "due": _iso(d.due),
                "basis": d.basis,
                "met_at": _iso(d.met_at),
                "overdue": d.overdue,
                "note": None if d.note is None else d.note.id,
                "note_en": None if d.note is None else d.note.en,
            }
            for d in state.deadlines
        ],
        "overdue": bool(state.overdue),
        "calendar": {
            "holidays_version": state.calendar.holidays_version,
            "timezone": state.calendar.timezone,
            "decreed_through": state.calendar.decreed_through,
            "provisional": state.calendar.provisional,
            "provisional_years": list(state.calendar.provisional_years),
            "estimated": [d.isoformat() for d in state.calendar.estimated],
        },
    }


def run(args: argparse.Namespace) -> int:
    from ..agency import get_agency
    from ..case import case_state, load_case

    case = load_case(args.case)
    at = None
    if args.at:
        at = parse_moment(args.at, get_agency(case.agency).calendar.zone, _SOURCE)
    state = case_state(case, at)
    if wants_json(args):
        print(json.dumps(state_json(state), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(state.render(current_language()) + "\n")
    return 1 if state.overdue else 0
