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


def run(args: argparse.Namespace) -> int:
    from ..agency import get_agency
    from ..calendar import BeyondCalendarError
    from ..case import case_state, load_case
    from ..results import state_json

    case = load_case(args.case)
    at = None
    if args.at:
        at = parse_moment(args.at, get_agency(case.agency).calendar.zone, _SOURCE)
    try:
        state = case_state(case, at)
    except BeyondCalendarError as exc:
        # --at 2100-12-31T23:00-12:00 is 2101 in the agency's zone: name the option, not the
        # calendar. (A date in the case itself is refused where the case is read.)
        raise exc.naming(_SOURCE, "--at" if args.at else "KASUS", args.at or args.case) from None
    if wants_json(args):
        print(json.dumps(state_json(state), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(state.render(current_language()) + "\n")
    return 1 if state.overdue else 0
