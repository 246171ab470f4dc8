"""``uji-konsekuensi agencies [CODE]``: the installed agencies, or one agency's contract.

Without a code: for each agency, code, name, time zone (IANA name with WIB/WITA/WIT), trigger,
SOP numbers and the plugin (entry point and distribution) that provides it. An example agency
(`AgencyInfo.example`, the template plugin's fictional "contoh") is listed only with ``--all``,
marked "[contoh]"; without it one line says it was left out. The JSON lists every agency with
``"example"`` true or false. Problems of broken
plugins are listed as warnings on stderr (or under ``"problems"`` with ``--json``), and make the
exit code 1, so the command doubles as a health check after installing a plugin.

With a code: everything a portal needs to build its forms for that agency
(`uji_konsekuensi.portal_contract`): calendar settings, trigger, the SOP with its steps, waktu and
decisions, the document kinds and the steps that require and produce them, the events a case
must record and the keys each takes, the roles. ``--format json`` prints the whole contract
(docs/schemas/agency.json); the text output summarises it for people. Exit code 0, or 2 for an
unknown agency.

Examples::

    uji-konsekuensi agencies
    uji-konsekuensi agencies --json
    uji-konsekuensi agencies kalbar
    uji-konsekuensi agencies kalbar --format json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from ..i18n import Language, Text, current_language
from ..plugins import ENV_PLUGINS
from .sop import format_table

_TRIGGERS = {
    "request": Text(id="permohonan", en="request"),
    "periodic": Text(id="berkala", en="periodic"),
}


def zone_label(name: str) -> str:
    """The IANA name with the name people use: "Asia/Makassar (WITA)"."""
    from ..calendar.calendar_settings import zone_label as short

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
        "code",
        nargs="?",
        metavar="KODE",
        help="kode instansi: tampilkan kontraknya / agency code: show its contract",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="keluaran / output: text (untuk orang / for people) atau json",
    )
    parser.add_argument(
        "--json", action="store_true", help="keluaran JSON / JSON output (for machines)"
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help=("tampilkan juga instansi contoh (fiktif) / also list example (fictional) agencies"),
    )
    parser.set_defaults(func=run)


def _contract(args: argparse.Namespace, as_json: bool) -> int:
    from ..agency import UnknownAgencyError, get_agency
    from ..errors import InputError
    from ..portal_contract import agency_contract, contract_json

    try:
        agency = get_agency(args.code)
    except UnknownAgencyError as exc:
        raise InputError.one(
            "uji-konsekuensi agencies",
            "KODE",
            exc.render("id"),
            exc.render("en"),
            value=args.code,
            expected="salah satu dari: " + ", ".join(exc.installed),
            expected_en="one of: " + ", ".join(exc.installed),
        ) from None
    if as_json:
        print(json.dumps(contract_json(agency), ensure_ascii=False, indent=2))
        return 0
    lang = current_language()
    print("\n".join(contract_lines(agency_contract(agency), lang)))
    return 0


def contract_lines(contract: Any, lang: Language) -> list[str]:
    """The contract summarised for people (the JSON has everything)."""
    en = lang == "en"
    a = contract.agency
    lines = [
        f"{a.name} ({a.code})",
        f"{'Time zone' if en else 'Zona waktu'}: {zone_label(a.timezone)}",
        f"{'Trigger' if en else 'Pemicu'}: {contract.trigger.label.get(lang)} "
        f"({contract.trigger.basis})",
        ("Cuti bersama are days off" if en else "Cuti bersama bukan hari kerja")
        if contract.calendar.counts_cuti_bersama
        else ("Cuti bersama are working days" if en else "Cuti bersama dihitung hari kerja"),
    ]
    for sop in contract.sops:
        lines.append("")
        lines.append(f"SOP {sop.number}: {sop.title}")
        for step in sop.steps:
            waktu = step.waktu.text or "-"
            docs = []
            if step.requires_documents:
                docs.append(("needs " if en else "perlu ") + ", ".join(step.requires_documents))
            if step.produces_documents:
                docs.append(("makes " if en else "hasil ") + ", ".join(step.produces_documents))
            extra = f" [{'; '.join(docs)}]" if docs else ""
            mark = "◇ " if step.is_decision else ""
            lines.append(f"  {step.number}. {mark}{step.activity[:70]} — {waktu}{extra}")
    lines.append("")
    lines.append(
        "Document kinds (documents[].kind):" if en else "Jenis dokumen (documents[].kind):"
    )
    rows = [[d.code, d.title_en if en else d.title] for d in contract.documents]
    if rows:
        lines.append(format_table(["CODE" if en else "KODE", "TITLE" if en else "JUDUL"], rows))
    lines.append("")
    lines.append("Events of a case:" if en else "Peristiwa dalam kasus:")
    for event in contract.events:
        need = {
            ("always", "id"): "wajib",
            ("always", "en"): "always",
            ("when", "id"): "bersyarat",
            ("when", "en"): "conditional",
        }[(event.required, "en" if en else "id")]
        lines.append(f"  {event.kind:<20} {need}: {event.when.get(lang)} ({event.basis})")
    lines.append("")
    label = "Renderable documents: " if en else "Dokumen yang dapat dibuat: "
    lines.append(label + ", ".join(r.code for r in contract.renderable))
    lines.append("")
    lines.append(
        "Compliance rules, in the order they run:"
        if en
        else "Aturan kepatuhan, menurut urutan pemeriksaan:"
    )
    for rule in contract.rules:
        if rule.origin == "core":
            if rule.replaceable:
                mark = " (SOP; replaceable)" if en else " (SOP; dapat diganti)"
            else:
                mark = f" — {rule.basis}"
        elif rule.replaces:
            mark = (
                f" (replaces {rule.replaces}; plugin {rule.plugin})"
                if en
                else f" (mengganti {rule.replaces}; plugin {rule.plugin})"
            )
        else:
            mark = f" (plugin {rule.plugin})"
        lines.append(f"  {rule.code:<22} {rule.description.get(lang)}{mark}")
    return lines


def run(args: argparse.Namespace) -> int:
    from ..agency import agencies, plugin_problems
    from ..results import agencies_json

    as_json = bool(getattr(args, "json", False)) or getattr(args, "format", "text") == "json"
    if getattr(args, "code", None):
        return _contract(args, as_json)
    found = agencies()
    problems = plugin_problems()
    if as_json:
        print(json.dumps(agencies_json(), ensure_ascii=False, indent=2))
        return 1 if problems else 0

    lang = current_language()
    en = lang == "en"
    # A fictional agency (the template plugin's "contoh", AgencyInfo.example) is not listed
    # beside the real ones unless asked: a reader must not take it for an agency that exists.
    examples = sorted(code for code, agency in found.items() if agency.info.example)
    if examples and not getattr(args, "all", False):
        found = {code: agency for code, agency in found.items() if code not in examples}
    else:
        examples = []
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
                agency.plugin
                + (f" ({agency.distribution})" if agency.distribution else "")
                + ((" [example]" if en else " [contoh]") if agency.info.example else ""),
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
    if examples:
        print(
            Text(
                id=f"(instansi contoh, fiktif, tidak ditampilkan: {', '.join(examples)}; "
                "--all menampilkannya)",
                en=f"(example agencies, fictional, not listed: {', '.join(examples)}; --all "
                "lists them)",
            ).get(lang)
        )
    for problem in problems:
        label = "warning" if en else "peringatan"
        print(f"{label}: {problem.render(lang)}", file=sys.stderr)
    return 1 if problems else 0
