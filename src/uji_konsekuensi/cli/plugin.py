"""``uji-konsekuensi plugin new CODE``: an agency folder (or a Python plugin) from an SOP file.

Example::

    uji-konsekuensi plugin new kalteng-bkd \
        --name "Badan Kepegawaian Daerah Provinsi Kalimantan Tengah" \
        --timezone Asia/Pontianak --trigger periodic --sop kalteng-bkd/sop.json

writes the agency folder ``kalteng-bkd/`` (``-o`` another): agency.json beside the SOP
(docs/agency-data.md), data only; ``--agencies .`` (or a directory a service serves) loads it,
``agency validate kalteng-bkd`` and ``agency test kalteng-bkd`` check it. A target directory must
be new or empty, or hold only the SOP given by ``--sop`` (so ``sop import -o CODE/sop.json``
then ``plugin new CODE --sop CODE/sop.json`` completes the folder in place).

``--python`` writes instead a plugin distribution (uji_konsekuensi.scaffold; default
``uji-konsekuensi-CODE``): pyproject with the entry point, the hooks module, the SOP data, a
README and the contract tests; ``pip install`` it and its tests pass without any edit. Only an
agency with a rule of its own needs it (examples/agency-plugin).

The SOP is validated first (as ``sop validate``): an error finding stops the generation (exit
1, nothing written), warnings are shown. ``--trigger`` defaults to the SOP's.

Exit codes: 0 written; 1 the SOP has an error finding; 2 unreadable input or a target directory
that is not empty.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem
from ..i18n import Text, current_language
from . import messages as M


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "plugin",
        help="buat plugin instansi baru / create a new agency plugin",
        description=(
            "plugin new KODE: tulis distribusi plugin instansi yang lengkap dari sop.json / "
            "write a complete agency plugin distribution from an sop.json"
        ),
    )
    parser.add_argument("action", choices=("new",), metavar="new", help="new")
    parser.add_argument("code", metavar="KODE", help="kode instansi / agency code (kalteng-bkd)")
    parser.add_argument("--name", required=True, help="nama resmi instansi / official name")
    parser.add_argument(
        "--timezone",
        required=True,
        help="zona IANA kantor / office IANA zone (Asia/Jakarta, Asia/Makassar, ...)",
    )
    parser.add_argument(
        "--trigger",
        choices=("request", "periodic"),
        help="pemicu SOP (bawaan: dari sop.json) / SOP trigger (default: from sop.json)",
    )
    parser.add_argument("--sop", required=True, metavar="SOP_JSON", help="sop.json")
    parser.add_argument("--description", help="deskripsi paket / package description")
    parser.add_argument(
        "-o",
        "--output",
        metavar="DIREKTORI",
        help="direktori tujuan (bawaan: KODE, atau uji-konsekuensi-KODE dengan --python) / "
        "target directory (default: CODE, or uji-konsekuensi-CODE with --python)",
    )
    parser.add_argument(
        "--python",
        action="store_true",
        help="tulis distribusi plugin Python, bukan folder data / write a Python plugin "
        "distribution instead of a data folder",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..agency import AgencyInfo
    from ..findings import Severity
    from ..scaffold import plugin_files, write_plugin
    from ..sop import load_sop
    from .sop import render_findings

    source = "uji-konsekuensi plugin new"
    sop_path = Path(args.sop)
    sop = load_sop(sop_path)
    trigger = args.trigger or sop.trigger
    if trigger is None or (sop.trigger is not None and trigger != sop.trigger):
        said = M.PLUGIN_TRIGGER_DISAGREES() if trigger else M.PLUGIN_TRIGGER_MISSING()
        expected = M.PLUGIN_TRIGGER_EXPECTED(trigger=sop.trigger)
        raise InputError(
            source,
            [
                Problem(
                    path="--trigger",
                    message=said.id,
                    message_en=said.en,
                    value=trigger,
                    expected=expected.id,
                    expected_en=expected.en,
                )
            ],
        )
    try:
        info = AgencyInfo(code=args.code, name=args.name, timezone=args.timezone, trigger=trigger)
    except (ValueError, TypeError) as exc:
        # A validator's message is "English\x1eIndonesian" where it has both (the zone's).
        en, sep, id_ = str(exc).partition("\x1e")
        zone = en.startswith("AgencyInfo.timezone:")
        said = M.PLUGIN_AGENCY_INVALID(reason=Text(id=id_ if sep else en, en=en))
        raise InputError.one(
            source,
            "--timezone" if zone else "",
            said.id,
            said.en,
            value=args.timezone if zone else args.code,
        ) from None
    findings = sop.validate()
    lang = current_language()
    if findings:
        print(render_findings(findings, lang), file=sys.stderr)
    if any(f.severity is Severity.ERROR for f in findings):
        print(M.PLUGIN_SOP_HAS_ERRORS().get(lang), file=sys.stderr)
        return 1
    if not args.python:
        from ..scaffold import agency_folder_files

        target = Path(args.output or info.code)
        folder = agency_folder_files(info, sop, sop_text=sop_path.read_text(encoding="utf-8"))
        in_place = target.is_dir() and [p.resolve() for p in target.iterdir()] == [
            sop_path.resolve()
        ]
        if in_place and sop_path.name == "sop.json":
            # The SOP is already the folder's (and the only file): agency.json goes beside it.
            (target / "agency.json").write_text(folder["agency.json"], encoding="utf-8")
        else:
            write_plugin(target, folder)
        print(M.PLUGIN_FOLDER_WRITTEN(target=target, parent=target.parent).get(lang))
        return 0
    target = Path(args.output or f"uji-konsekuensi-{info.code}")
    rendered = plugin_files(
        info,
        sop,
        sop_text=sop_path.read_text(encoding="utf-8"),
        sop_source=sop_path.name,
        description=args.description,
    )
    write_plugin(target, rendered)
    print(M.PLUGIN_WRITTEN(target=target, code=info.code).get(lang))
    return 0
