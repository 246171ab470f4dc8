"""``uji-konsekuensi agencies``: the installed agencies, and the plugins that failed.

For each agency: code, name, time zone (IANA name with WIB/WITA/WIT), trigger, SOP numbers and the
plugin (entry point and distribution) that provides it. Problems of broken plugins are listed as
warnings on stderr (or under ``"problems"`` with ``--json``), and make the exit code 1, so the
command doubles as a health check after installing a plugin.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from ..i18n import Text, current_language
from ..plugins import ENV_PLUGINS, PluginError
from .sop import format_table

_TRIGGERS = {
    "request": Text(id="permohonan", en="request"),
    "periodic": Text(id="berkala", en="periodic"),
}


def zone_label(name: str) -> str:
    """The IANA name with the name people use: "Asia/Makassar (WITA)"."""
    from ..calendar.settings import zone_label as short

    label = short(name)
    return f"{name} ({label})" if label and label != name else name


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "agencies",
        help="daftar instansi yang terpasang / list installed agencies",
        description=(
            "Daftar instansi (plugin) yang terpasang: kode, nama, zona waktu, pemicu, nomor SOP "
            "dan plugin. Plugin yang rusak dicantumkan sebagai peringatan (kode keluar 1). "
            f"Variabel lingkungan {ENV_PLUGINS} membatasi plugin yang dimuat."
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help="keluaran JSON / JSON output (for machines)"
    )
    parser.set_defaults(func=run)


def _problem_json(problem: PluginError) -> dict[str, Any]:
    return {
        "plugin": problem.plugin,
        "distribution": problem.distribution,
        "hook": problem.hook,
        "agency": problem.agency_code,
        "message": problem.render("id"),
        "message_en": problem.render("en"),
    }


def run(args: argparse.Namespace) -> int:
    from ..agency import agencies, plugin_problems

    found = agencies()
    problems = plugin_problems()
    if getattr(args, "json", False):
        payload = {
            "agencies": [
                {
                    "code": agency.code,
                    "name": agency.name,
                    "timezone": agency.timezone,
                    "trigger": agency.trigger,
                    "sops": [str(sop.number) for sop in agency.sops],
                    "plugin": agency.plugin,
                    "distribution": agency.distribution,
                }
                for agency in found.values()
            ],
            "problems": [_problem_json(p) for p in problems],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 1 if problems else 0

    lang = current_language()
    en = lang == "en"
    if found:
        header = (
            ["CODE", "NAME", "TIME ZONE", "TRIGGER", "SOP", "PLUGIN"]
            if en
            else ["KODE", "NAMA", "ZONA WAKTU", "PEMICU", "SOP", "PLUGIN"]
        )
        rows = [
            [
                agency.code,
                agency.name,
                zone_label(agency.timezone),
                _TRIGGERS[agency.trigger].get(lang),
                ", ".join(str(sop.number) for sop in agency.sops) or "-",
                agency.plugin + (f" ({agency.distribution})" if agency.distribution else ""),
            ]
            for agency in found.values()
        ]
        print(format_table(header, rows, wrap={1: 40}))
    else:
        restricted = os.environ.get(ENV_PLUGINS)
        note = Text(
            id="Tidak ada instansi yang terpasang. Pasang plugin instansi, misalnya "
            "`pip install -e plugins/kalbar`.",
            en="No agency is installed. Install an agency plugin, for example "
            "`pip install -e plugins/kalbar`.",
        ).get(lang)
        if restricted is not None:
            note += f" ({ENV_PLUGINS}={restricted!r} " + ("restricts" if en else "membatasi") + ")"
        print(note)
    for problem in problems:
        label = "warning" if en else "peringatan"
        print(f"{label}: {problem.render(lang)}", file=sys.stderr)
    return 1 if problems else 0
