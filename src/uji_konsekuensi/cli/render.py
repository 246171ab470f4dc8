"""``uji-konsekuensi render DOC SOURCE.json [--format html|md|docx] [-o FILE] [--force]``.

Renders one official document (``lembar``, ``penetapan``, ``penolakan``, ``dik``, ``dip``, or a
document an agency plugin adds) from a case file, a Penetapan or a Lembar in JSON. Without
``-o`` the HTML or Markdown goes to standard output; DOCX is binary and needs ``-o``. A file is
never overwritten without ``--force`` and is written whole or not at all
(`uji_konsekuensi.documents.write_output`).

Exit codes: 0 written; 2 unreadable input, a document the source cannot make, an existing
output file, or a usage error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..i18n import Text


def register(subparsers: Any) -> None:
    from ..documents.render import DOCUMENT_KINDS, FORMATS

    kinds = ", ".join(DOCUMENT_KINDS)
    parser = subparsers.add_parser(
        "render",
        help="buat dokumen resmi / render an official document",
        description=(
            "Buat dokumen resmi dari berkas kasus, Penetapan, atau Lembar Pengujian Konsekuensi "
            f"(JSON). Jenis bawaan: {kinds}; plugin instansi dapat menambah jenis lain."
        ),
    )
    parser.add_argument(
        "kind", metavar="DOKUMEN", help=f"jenis dokumen / document kind ({kinds}, ...)"
    )
    parser.add_argument(
        "source",
        metavar="BERKAS.json",
        help="berkas kasus, Penetapan, atau Lembar / case, Penetapan or Lembar file",
    )
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default="html",
        help="format keluaran / output format (default: html)",
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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..documents import load_source, render_document, write_output

    if args.format == "docx" and not args.output:
        print(
            Text(
                id="format docx bersifat biner: sebutkan berkas keluaran dengan -o BERKAS.docx",
                en="the docx format is binary: name an output file with -o FILE.docx",
            ).get(),
            file=sys.stderr,
        )
        return 2
    bundle = load_source(args.source)
    data = render_document(args.kind, bundle, args.format, agency=args.agency)
    if args.output:
        path = write_output(args.output, data, force=args.force)
        print(
            Text(id=f"ditulis: {path}", en=f"written: {path}").get(),
            file=sys.stderr,
        )
        return 0
    assert isinstance(data, str)  # docx without -o was refused above
    sys.stdout.write(data)
    return 0
