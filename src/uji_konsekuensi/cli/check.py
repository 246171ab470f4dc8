"""``uji-konsekuensi check``: check case files against their agency's SOP and the law.

Examples::

    uji-konsekuensi check examples/cases                 # every *.json in the folder
    uji-konsekuensi check kasus/2025-017.json --strict   # warnings fail too
    uji-konsekuensi check kasus/ --at now                # also report what is overdue now
    uji-konsekuensi check kasus/ --only-closed           # an audit: finished cases only
    uji-konsekuensi check - < kasus.json                 # one case on standard input
    uji-konsekuensi check --jsonl - < kasus.jsonl        # one case per line (JSON Lines)
    uji-konsekuensi check kasus/ --format json --lang en

A folder checks every ``*.json`` directly in it (not its subfolders), in name order. ``-`` reads
standard input: one case, or with ``--jsonl`` one case per line (a portal that keeps the CLI
checks many cases per process this way, or by writing them to a folder). The text output (for
people, in Bahasa Indonesia; ``--lang en`` for English) gives each case with its verdict and
findings and a summary line; ``--format json`` (or ``--json``) prints one JSON document
(`uji_konsekuensi.case.batch`; schema in docs/schemas/).

The verdict of a case: **patuh** (compliant) only for a case that reached the end of its SOP with
no error; **berjalan** (in progress) for an open case with nothing wrong so far (an empty log is
not compliant: nothing has been done yet); **tidak patuh** (not compliant) for any error.

Exit code: 0 every case closed and compliant; 1 a case not compliant (with ``--strict``, a
warning too); 2 an input could not be read; 3 nothing wrong, but a case is still in progress; 70
an internal error (a bug; the other files are still checked). The highest in that order wins:
70, 2, 1, 3, 0. ``--only-closed`` leaves open cases out (listed as skipped), so an auditor's run
answers 0 or 1 about finished work only. Warnings alone do not fail a case by default: they mark
what a careful PPID should look at, not a rule broken.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, InternalError, UjiKonsekuensiError
from ..i18n import Language, current_language
from ..jsonio import read_stdin, read_text
from . import messages as M
from .options import add_format as add_format
from .options import end_of_day
from .options import parse_moment as _parse_moment
from .options import wants_json as wants_json

if TYPE_CHECKING:
    from ..case.batch import CaseSource
    from ..case.model import Case

# The checker is imported when a check runs, not when the parser is built: every command,
# ``--help`` included, imports this module to register it.

__all__ = ["parse_moment"]

_SOURCE = "uji-konsekuensi check"
_STDIN = "<stdin>"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="periksa kepatuhan berkas kasus / check case files for compliance",
        description=(
            "Memeriksa berkas kasus (JSON) terhadap SOP instansinya dan undang-undang. "
            "Checks case files (JSON) against their agency's SOP and the law. "
            "Kode keluar / exit code: 0 patuh / compliant, 1 ada temuan / findings, "
            "2 berkas tidak terbaca / unreadable input, 3 kasus masih berjalan / a case in "
            "progress, 70 galat internal / internal error."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="KASUS",
        help="berkas kasus, folder, atau - (masukan standar) / case file, folder, or - (stdin)",
    )
    add_format(parser)
    parser.add_argument(
        "--strict",
        action="store_true",
        help="peringatan juga gagal / warnings fail too (exit 1)",
    )
    parser.add_argument(
        "--at",
        metavar="WAKTU",
        help=(
            "laporkan juga yang lewat waktu pada saat ini: 'now', tanggal atau waktu ISO / "
            "also report what is overdue at this moment"
        ),
    )
    parser.add_argument(
        "--only-closed",
        action="store_true",
        help=(
            "hanya kasus yang sudah selesai; kasus berjalan dilewati / finished cases only; "
            "open cases are skipped"
        ),
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="satu kasus per baris (JSON Lines) / one case per line (JSON Lines)",
    )
    parser.set_defaults(func=run)


# --- input -------------------------------------------------------------------------------------


def parse_moment(text: str, zone: dt.tzinfo, source: str = _SOURCE) -> dt.datetime:
    """A moment: "now"/"sekarang", an ISO timestamp with offset, or a date (its end of day in
    ``zone``: "as of 20 March" counts the whole day). See `cli.options.parse_moment`."""
    return end_of_day(_parse_moment(text, zone, source, "--at"), zone)


def _stdin_text() -> str:
    # The one bounded reader: stops one byte past the size limit (jsonio.read_stdin).
    return read_stdin(_STDIN)


def _text(name: str, text: str) -> Callable[[], Case]:
    """A case given as JSON text: read when it is checked (never taken for a file name)."""
    from ..case.io import loads_case

    return functools.partial(loads_case, text, name)


def _failed(error: UjiKonsekuensiError) -> Callable[[], Case]:
    """A source that could not even be read: it raises its error in its turn."""

    def load() -> Case:
        raise error

    return load


def _lines(name: str, text: str) -> Iterator[tuple[str, CaseSource]]:
    """JSON Lines: one case per non-blank line, named ``<source>:<line>``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield f"{name}:{number}", _text(f"{name}:{number}", line)


def _sources(args: argparse.Namespace) -> Iterator[tuple[str, CaseSource]]:
    """(name, source) for each case to check, in order: a folder's ``*.json`` (and with
    ``--jsonl`` its ``*.jsonl``), a file, or ``-`` (standard input, read once)."""
    stdin_used = False
    for given in args.paths:
        if given == "-":
            if stdin_used:
                continue
            stdin_used = True
            try:
                data = _stdin_text()
            except UjiKonsekuensiError as exc:
                yield _STDIN, _failed(exc)
                continue
            yield from _lines(_STDIN, data) if args.jsonl else [(_STDIN, _text(_STDIN, data))]
            continue
        path = Path(given)
        files = [path]
        if path.is_dir():
            files = sorted(p for p in path.glob("*.json") if p.is_file())
            if args.jsonl:
                files += sorted(p for p in path.glob("*.jsonl") if p.is_file())
        for file in files:
            if not args.jsonl:
                yield str(file), file
                continue
            try:
                yield from _lines(str(file), read_text(file))
            except UjiKonsekuensiError as exc:
                yield str(file), _failed(exc)


# --- run ---------------------------------------------------------------------------------------


def _print_agency_data(code: str, lang: Language) -> None:
    """In the audit mode (--data-only), what the verdict depends on besides the library's
    version, under each case: the agency folder's name, the distribution that installed it and
    the sha256 of its files (the same on every machine: the folder's path is not printed)."""
    from ..case.batch import agency_data_source
    from ..plugins import data_only_mode

    if not data_only_mode():
        return
    data = agency_data_source(code)
    if data is None:
        return
    source = ""
    if data.distribution is not None:
        source = f", {data.distribution} {data.version or '?'}"
    said = M.CHECK_AGENCY_DATA(folder=data.folder, source=source, sha256=data.sha256)
    print(said.get(lang), flush=True)


def run(args: argparse.Namespace) -> int:
    lang = current_language()
    as_json = wants_json(args)
    at = None
    if args.at:
        text = args.at
        _parse_moment(text, None, _SOURCE, "--at")  # refuse a bad --at once, before any case

        def at(zone: dt.tzinfo) -> dt.datetime:
            return parse_moment(text, zone)

    def on_report(report: Any, name: str) -> None:
        if not as_json:
            print(report.render(lang), flush=True)
            _print_agency_data(report.agency, lang)

    def on_error(name: str, exc: UjiKonsekuensiError) -> None:
        if isinstance(exc, InternalError) and getattr(args, "debug", False):
            traceback.print_exception(exc.cause, file=sys.stderr)
        if as_json:
            return
        if isinstance(exc, InputError | InternalError):
            print(exc.render(lang), file=sys.stderr, flush=True)
        else:
            print(f"{name}: {exc}", file=sys.stderr, flush=True)

    items = list(_sources(args))
    if not items:
        said, expected = M.CHECK_NO_FILES(), M.CHECK_NO_FILES_EXPECTED()
        problem = InputError.one(
            _SOURCE,
            "KASUS",
            said.id,
            said.en,
            value=" ".join(args.paths),
            expected=expected.id,
            expected_en=expected.en,
        )
        items = [(_SOURCE, _failed(problem))]
    from ..case.batch import check_batch, summary_text
    from ..converter import unstructure

    document = check_batch(
        items,
        strict=args.strict,
        at=at,
        only_closed=args.only_closed,
        on_report=on_report,
        on_error=on_error,
    )
    if as_json:
        print(json.dumps(unstructure(document), ensure_ascii=False, indent=2))
    else:
        print(summary_text(document.summary, lang))
    code: int = document.summary.exit_code
    return code
