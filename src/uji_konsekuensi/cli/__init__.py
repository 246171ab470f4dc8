"""The ``uji-konsekuensi`` command line.

Each sub-command lives in its own module of this package and exposes
``register(subparsers) -> None``, which adds an argparse parser whose ``func`` default is
``run(args) -> int`` (the exit code). `COMMANDS` lists the modules, in the order of ``--help``.

Messages are in Bahasa Indonesia; ``--lang en`` (or ``UJI_KONSEKUENSI_LANG=en``) switches to
English, before or after the sub-command; argparse's own usage errors follow the same rule
(usage.py). Every command takes ``--format text|json`` (``--json``).

Exit codes everywhere (`uji_konsekuensi.errors`): 0 success or compliant; 1 findings; 2
unreadable input or usage; 3 (``check``) nothing wrong so far but a case is still in progress;
70 an internal error, i.e. a bug (sysexits EX_SOFTWARE), never confused with an answer about the
input. A library error is printed as a message naming the file, field and value; an internal
error as one line saying so; never a traceback unless ``--debug`` asks for it. With
``--format json`` an error is printed on standard output as ``{"error": {...}}``
(`results.error_document`), so a program reading JSON always gets JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
import traceback
from collections.abc import Iterator, Sequence

from ..errors import EXIT_INPUT, EXIT_INTERNAL, InputError, InternalError, UjiKonsekuensiError
from ..i18n import current_language, language
from ..results import error_document
from .options import add_common, wants_json
from .usage import Parser, answering

#: Sub-command modules (relative to this package), in help order.
COMMANDS: tuple[str, ...] = (
    "due",
    "agencies",
    "agency",
    "sop",
    "render",
    "check",
    "plan",
    "status",
    "serve",
    "sample",
    "plugin",
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="uji-konsekuensi",
        description=(
            "Uji konsekuensi informasi publik (UU 14/2008 Pasal 2 ayat (4), 17-20): "
            "tenggat hari kerja, SOP instansi, dan pemeriksaan kepatuhan."
        ),
        epilog=(
            "Kode keluar / exit codes: 0 berhasil, patuh / success, compliant; 1 ada temuan / "
            "findings; 2 masukan tidak terbaca / unreadable input; 3 (check) kasus masih "
            "berjalan / case in progress; 70 galat internal / internal error."
        ),
    )
    add_common(parser, sub=False)
    _add_agencies(parser, sub=False)
    parser.add_argument("--data-only", action="store_true", default=False, help=_DATA_ONLY_HELP)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMANDS:
        importlib.import_module(f".{name}", __name__).register(sub)
    for command in sub.choices.values():
        add_common(command, sub=True)
        if "--agencies" not in command._option_string_actions:
            _add_agencies(command, sub=True)
            command.add_argument(
                "--data-only",
                action="store_true",
                default=argparse.SUPPRESS,
                help=_DATA_ONLY_HELP,
            )
        options = command._option_string_actions
        if "--format" not in options:
            command.add_argument(
                "--format",
                choices=("text", "json"),
                default="text",
                help="keluaran / output: text (untuk orang / for people) atau json",
            )
        if "--json" not in options:
            command.add_argument(
                "--json", action="store_true", help="sama dengan / same as --format json"
            )
    return parser


_DATA_ONLY_HELP = (
    "mode audit: instansi dari folder data saja, tanpa plugin Python; instansi yang memerlukan "
    "kode ditolak (juga UJI_KONSEKUENSI_DATA_ONLY=1) / audit mode: agencies from data folders "
    "only, no Python plugin; an agency that needs code is refused"
)


def _add_agencies(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    """``--agencies DIR`` (repeatable), before or after the sub-command: agency folders to load
    besides the installed ones (docs/plugins.md; also $UJI_KONSEKUENSI_AGENCIES)."""
    parser.add_argument(
        "--agencies",
        action="append",
        metavar="DIR",
        default=argparse.SUPPRESS if sub else None,
        help=(
            "folder instansi (agency.json + sop.json) atau direktori berisi folder instansi / "
            "an agency folder (agency.json + sop.json) or a directory of agency folders"
        ),
    )


def _report(args: argparse.Namespace, source: str, exc: BaseException) -> None:
    """Print an error the way the caller reads: JSON on standard output, or text on stderr."""
    if wants_json(args):
        print(json.dumps(error_document(source, exc), ensure_ascii=False, indent=2))
        return
    if isinstance(exc, InputError | InternalError):
        print(exc.render(current_language()), file=sys.stderr)
    else:
        print(str(exc), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        # A usage error is said in the language the line asks for, as JSON when it asks
        # for JSON (usage.py).
        with answering(sys.argv[1:] if argv is None else argv):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 after --help, 2 after a usage error
        return exc.code if isinstance(exc.code, int) else EXIT_INPUT
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_INPUT
    source = f"uji-konsekuensi {args.command}"
    with _process_options(args), language(args.lang):
        try:
            code: int = func(args)
        except UjiKonsekuensiError as exc:
            _report(args, getattr(exc, "source", source), exc)
            return EXIT_INTERNAL if isinstance(exc, InternalError) else EXIT_INPUT
        except BrokenPipeError:  # `uji-konsekuensi ... | head` is not an error
            return 0
        except KeyboardInterrupt:
            return 130
        except Exception as exc:  # a bug: say so, with its own exit code, never as findings
            if getattr(args, "debug", False):
                traceback.print_exc()
            _report(args, source, InternalError(source, exc))
            return EXIT_INTERNAL
    return code


@contextlib.contextmanager
def _process_options(args: argparse.Namespace) -> Iterator[None]:
    """``--agencies`` and ``--data-only`` for the length of one command.

    They reach the processes a command starts (the service's workers) through the environment,
    so they are set there; when `main` returns they are put back as they were, with the default
    plugin manager, so that a program or a test calling `main` twice does not get the first
    call's agency folders or audit mode in the second.
    """
    agencies = getattr(args, "agencies", None)
    data_only = getattr(args, "data_only", False)
    if not agencies and not data_only:
        yield
        return
    from ..plugins import ENV_AGENCIES, ENV_DATA_ONLY, reset, use_agency_dirs, use_data_only

    saved = {name: os.environ.get(name) for name in (ENV_AGENCIES, ENV_DATA_ONLY)}
    try:
        if agencies:
            use_agency_dirs(agencies)
        if data_only:
            use_data_only()
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        reset()
