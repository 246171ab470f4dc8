"""``uji-konsekuensi sample CODE --start DATE``: a compliant starting case file for an agency.

Examples::

    uji-konsekuensi sample kalteng --start 2025-03-03 -o case.json
    uji-konsekuensi sample contoh --start 2025-03-03 --branch 5=no -o case-returned.json

The case runs the agency's SOP from the start date as an agency that follows it would
(uji_konsekuensi.case.samples): every step by an official in its lane's role, on working days in
office hours, within its waktu, with the documents the plugin declares; a request is answered
within 10 hari kerja (UU 14/2008 Pasal 22 ayat (7)). A portal developer edits it into their own
first case; ``uji-konsekuensi check case.json`` finds it compliant. ``--branch STEP=yes|no``
chooses a decision's branch the first time it is reached (a loop then goes forward).

Exit codes: 0 written; 2 unknown agency, unreadable date or branch, or an existing file without
``--force``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from ..errors import InputError, Problem
from ..i18n import Text, current_language
from . import messages as M
from .options import parse_branches

#: The violations ``--broken`` writes (`uji_konsekuensi.case.broken`).
BROKEN = ("late", "skipped", "actor")

_SOURCE = "uji-konsekuensi sample"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sample",
        help="berkas kasus awal yang patuh / a compliant starting case file",
        description=(
            "Tulis berkas kasus yang patuh untuk SOP instansi, sebagai titik awal / write a "
            "compliant case file for the agency's SOP, as a starting point"
        ),
    )
    parser.add_argument("agency", metavar="INSTANSI", help="kode instansi / agency code")
    parser.add_argument("--start", required=True, help="tanggal mulai / start date (YYYY-MM-DD)")
    parser.add_argument(
        "--branch",
        action="append",
        default=[],
        metavar="LANGKAH=yes|no",
        help="cabang pada keputusan / branch at a decision (repeatable)",
    )
    parser.add_argument("--sop", metavar="NOMOR", help="nomor SOP / SOP number")
    parser.add_argument("--seed", type=int, default=0, help="benih acak / random seed")
    parser.add_argument(
        "-o", "--output", metavar="BERKAS", help="tulis ke berkas / write to a file"
    )
    parser.add_argument("--force", action="store_true", help="timpa / overwrite")
    parser.add_argument(
        "--broken",
        choices=BROKEN,
        metavar="JENIS",
        help=(
            "tulis kasus dengan satu pelanggaran yang lazim: late (langkah terlambat), skipped "
            "(langkah dilewati), actor (pelaksana salah) / write the case with one usual "
            "violation: late (a late step), skipped (a skipped step), actor (the wrong actor)"
        ),
    )
    parser.set_defaults(func=run)


def _problem(path: str, said: Text, value: str, expected: Text | str) -> InputError:
    """A refusal of ``path``; ``expected`` a `Text`, or a string that reads the same in both
    languages ("YYYY-MM-DD")."""
    in_id, in_en = (expected.id, expected.en) if isinstance(expected, Text) else (expected, None)
    return InputError(
        _SOURCE,
        [
            Problem(
                path=path,
                message=said.id,
                message_en=said.en,
                value=value,
                expected=in_id,
                expected_en=in_en,
            )
        ],
    )


def _branches(items: list[str], decisions: dict[int, tuple[str, ...]]) -> dict[int, str]:
    out: dict[int, str] = dict(parse_branches(items, _SOURCE))
    for step, branch in out.items():
        if step not in decisions or branch not in decisions[step]:
            listed = ", ".join(str(n) for n in sorted(decisions)) or "-"
            raise _problem(
                "--branch",
                M.SAMPLE_NOT_A_DECISION(step=step, branch=branch),
                f"{step}={branch}",
                M.SAMPLE_NOT_A_DECISION_EXPECTED(listed=listed),
            )
    return out


def run(args: argparse.Namespace) -> int:
    from ..agency import get_agency
    from ..calendar import BeyondCalendarError
    from ..case.samples import sample_case_data

    try:
        start = dt.date.fromisoformat(args.start)
    except ValueError:
        raise _problem("--start", M.SAMPLE_DATE_UNREADABLE(), args.start, "YYYY-MM-DD") from None
    agency = get_agency(args.agency)
    sop = agency.get_sop(args.sop)
    decisions = {
        s.number: tuple(b for b, x in (("yes", s.yes), ("no", s.no)) if x is not None)
        for s in sop.steps
        if s.is_decision
    }
    branches = _branches(args.branch, decisions)
    try:
        data = sample_case_data(agency, sop, start, seed=args.seed, branches=branches)
    except BeyondCalendarError as exc:
        # A start in late December 2100: the SOP's steps would run into 2101.
        raise exc.naming(_SOURCE, "--start", args.start) from None
    if getattr(args, "broken", None):
        from ..case.broken import CannotBreak, break_case

        try:
            data, what = break_case(data, args.broken, agency, sop)
        except CannotBreak as exc:
            raise _problem(
                "--broken", M.SAMPLE_CANNOT_BREAK(reason=exc.said), args.broken, ", ".join(BROKEN)
            ) from None
        lang = current_language()
        print(M.SAMPLE_VIOLATION_WRITTEN(what=what).get(lang), file=sys.stderr)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        from ..documents import write_output

        path = write_output(args.output, text, force=args.force)
        message = M.WRITTEN(path=path)
        print(message.get(current_language()), file=sys.stderr)
    else:
        print(text, end="")
    return 0
