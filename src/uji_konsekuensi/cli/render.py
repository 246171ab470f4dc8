"""``uji-konsekuensi render DOC SOURCE.json [--format html|md|docx|pdf] [-o FILE] [--force]``.

Renders one official document (a built-in printable: ``lembar``, ``penetapan``, ``penolakan``,
``dik``, ``dip``; or a document an agency plugin declares: ``sk-klasifikasi`` for KASN,
``surat-penolakan`` for Kalbar) from a case file, a Penetapan or a Lembar in JSON. Without
``-o`` the HTML or Markdown goes to standard output; DOCX and PDF are binary and need ``-o``.
``--templates DIR`` (repeatable, or ``UJI_KONSEKUENSI_TEMPLATES``) adds a folder of the office's
own templates; ``--letterhead FILE`` (or ``UJI_KONSEKUENSI_LETTERHEAD``) replaces the agency's
kop surat; ``--no-letterhead`` prints none. A file is never overwritten without ``--force``
and is written whole or not at all (`uji_konsekuensi.documents.write_output`).

``--format`` names the document's format (html, md, docx, pdf). ``--json`` (the option every
command takes) makes the messages JSON: an error is ``{"error": {...}}`` on standard output, and
a file written is ``{"written": PATH, "document": DOC, "format": FMT}``; without ``-o`` the
document itself is still what standard output carries. ``--format json`` is refused (exit 2) with
that error in JSON: a document is not JSON.

Exit codes: 0 written; 2 unreadable input, a document the source cannot make, a template that
left out a clause the law requires (`StatutoryContentError`, documents/statutory.py: the message
names the clause, its Pasal and the template's origin; nothing is written), an existing output
file, or a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import messages as M


def register(subparsers: Any) -> None:
    from ..documents.render import FORMATS, PRINTABLES

    builtins = ", ".join(PRINTABLES)
    parser = subparsers.add_parser(
        "render",
        help="buat dokumen resmi / render an official document",
        description=(
            "Buat dokumen resmi dari berkas kasus, Penetapan, atau Lembar Pengujian Konsekuensi "
            f"(JSON). Dokumen bawaan: {builtins}; plugin instansi dapat menambah dokumen lain."
        ),
    )
    # The argument keeps its name ("kind", args.kind): only the help text says what it is.
    parser.add_argument(
        "kind",
        metavar="DOKUMEN",
        help=f"dokumen yang dibuat / document to render ({builtins}, ...)",
    )
    parser.add_argument(
        "source",
        metavar="BERKAS.json",
        help="berkas kasus, Penetapan, atau Lembar / case, Penetapan or Lembar file",
    )
    parser.add_argument(
        "--format",
        "-f",
        # "json" is accepted here only to be refused in JSON (see `run`): a caller that passes
        # --format json to every command reads the refusal as it reads any other error.
        choices=(*FORMATS, "json"),
        default="html",
        help=(
            "format dokumen / document format: html (default), md, docx, pdf; --json membuat "
            "pesan (galat, berkas ditulis) berupa JSON / --json makes the messages JSON"
        ),
    )
    parser.add_argument(
        "-o", "--output", metavar="BERKAS", help="tulis ke berkas / write to this file"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="timpa berkas yang sudah ada / overwrite an existing file",
    )
    parser.add_argument(
        "--agency",
        metavar="INSTANSI",
        help=(
            "kode instansi yang templatnya dipakai (bawaan: instansi pada berkas kasus) / "
            "agency whose templates apply (default: the case's agency)"
        ),
    )
    parser.add_argument(
        "--templates",
        metavar="FOLDER",
        action="append",
        default=[],
        help=(
            "folder templat kantor, dicari sebelum templat instansi dan bawaan (boleh diulang; "
            "juga UJI_KONSEKUENSI_TEMPLATES) / folder of the office's own templates, searched "
            "before the agency's and the built-in ones (repeatable)"
        ),
    )
    parser.add_argument(
        "--letterhead",
        metavar="BERKAS.json",
        help=(
            "kop surat pengganti (JSON; juga UJI_KONSEKUENSI_LETTERHEAD) / letterhead JSON file "
            "replacing the agency's"
        ),
    )
    parser.add_argument(
        "--no-letterhead",
        action="store_true",
        help="tanpa kop surat (kertas berkop) / print no letterhead (pre-printed paper)",
    )
    parser.set_defaults(func=run)


_SOURCE = "uji-konsekuensi render"


def run(args: argparse.Namespace) -> int:
    from ..documents import DocumentSettings, load_source, render_document, write_output
    from ..documents.render import FORMATS
    from ..errors import InputError
    from .options import wants_json

    if args.format == "json":
        # A document is html, md, docx or pdf; what JSON gives a machine is the messages.
        said, expected = M.RENDER_NOT_JSON(), M.RENDER_NOT_JSON_EXPECTED(formats=", ".join(FORMATS))
        raise InputError.one(
            _SOURCE,
            "--format",
            said.id,
            said.en,
            value="json",
            expected=expected.id,
            expected_en=expected.en,
        )
    if args.format in ("docx", "pdf") and not args.output:
        fmt = args.format
        said = M.RENDER_BINARY_NEEDS_OUTPUT(fmt=fmt)
        expected = M.RENDER_BINARY_NEEDS_OUTPUT_EXPECTED(fmt=fmt)
        raise InputError.one(
            _SOURCE,
            "-o",
            said.id,
            said.en,
            value=None,
            expected=expected.id,
            expected_en=expected.en,
        )
    settings = DocumentSettings(
        templates=tuple(args.templates),
        letterhead=args.letterhead,
        use_letterhead=not args.no_letterhead,
    )
    bundle = load_source(args.source)
    data = render_document(args.kind, bundle, args.format, agency=args.agency, settings=settings)
    if args.output:
        path = write_output(args.output, data, force=args.force)
        if wants_json(args):
            from ..results import written_json

            print(json.dumps(written_json(str(path), args.kind, args.format)))
            return 0
        print(
            M.WRITTEN(path=path).get(),
            file=sys.stderr,
        )
        return 0
    assert isinstance(data, str)  # docx without -o was refused above
    sys.stdout.write(data)
    return 0
