"""The ``uji-konsekuensi`` command line.

Each sub-command lives in its own module of this package and exposes
``register(subparsers) -> None``, which adds an argparse parser whose ``func`` default is
``run(args) -> int`` (the exit code). `COMMANDS` lists the modules, in the order of ``--help``.

Messages are in Bahasa Indonesia; ``--lang en`` (or ``UJI_KONSEKUENSI_LANG=en``) switches to
English. Exit codes everywhere: 0 success or compliant, 1 findings, 2 unreadable input or usage.
A library error is printed as a message naming the file, field and value; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import UjiKonsekuensiError
from ..i18n import LANGUAGES, language

#: Sub-command modules (relative to this package), in help order.
COMMANDS: tuple[str, ...] = ("due", "agencies", "sop", "render", "check", "plan", "status")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="uji-konsekuensi",
        description=(
            "Uji konsekuensi informasi publik (UU 14/2008 Pasal 2 ayat (4), 17-20): "
            "tenggat hari kerja, SOP instansi, dan pemeriksaan kepatuhan."
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="bahasa keluaran / output language (default: id, or $UJI_KONSEKUENSI_LANG)",
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMANDS:
        importlib.import_module(f".{name}", __name__).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    with language(args.lang):
        try:
            code: int = func(args)
        except UjiKonsekuensiError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        except BrokenPipeError:  # `uji-konsekuensi ... | head` is not an error
            return 0
    return code
