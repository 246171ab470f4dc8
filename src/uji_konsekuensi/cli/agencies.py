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

from ..i18n import Language, current_language
from ..plugins import ENV_PLUGINS
from . import messages as M
from .sop import format_table

_TRIGGERS = {
    "request": M.AGENCIES_TRIGGER_REQUEST(),
    "periodic": M.AGENCIES_TRIGGER_PERIODIC(),
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
            expected=M.EXPECTED_ONE_OF(listed=", ".join(exc.installed)).id,
            expected_en=M.EXPECTED_ONE_OF(listed=", ".join(exc.installed)).en,
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
    trigger = contract.trigger
    cuti_bersama = (
        M.AGENCIES_CUTI_BERSAMA_OFF
        if contract.calendar.counts_cuti_bersama
        else M.AGENCIES_CUTI_BERSAMA_WORKING
    )
    lines = [
        f"{a.name} ({a.code})",
        M.AGENCIES_TIME_ZONE(zone=zone_label(a.timezone)).get(lang),
        M.AGENCIES_TRIGGER(label=trigger.label.get(lang), basis=trigger.basis).get(lang),
        cuti_bersama().get(lang),
    ]
    for sop in contract.sops:
        lines.append("")
        lines.append(f"SOP {sop.number}: {sop.title}")
        for step in sop.steps:
            waktu = step.waktu.text or "-"
            docs = []
            if step.requires_documents:
                needs = ", ".join(step.requires_documents)
                docs.append(M.AGENCIES_STEP_NEEDS(codes=needs).get(lang))
            if step.produces_documents:
                makes = ", ".join(step.produces_documents)
                docs.append(M.AGENCIES_STEP_MAKES(codes=makes).get(lang))
            extra = f" [{'; '.join(docs)}]" if docs else ""
            mark = "◇ " if step.is_decision else ""
            lines.append(f"  {step.number}. {mark}{step.activity[:70]} — {waktu}{extra}")
    lines.append("")
    lines.append(M.AGENCIES_DOCUMENT_KINDS().get(lang))
    rows = [[d.code, d.title_en if en else d.title] for d in contract.documents]
    if rows:
        header = [M.AGENCIES_DOCUMENT_KINDS_CODE(), M.AGENCIES_DOCUMENT_KINDS_TITLE()]
        lines.append(format_table([h.get(lang) for h in header], rows))
    lines.append("")
    lines.append(M.AGENCIES_EVENTS().get(lang))
    required = {"always": M.AGENCIES_EVENTS_ALWAYS(), "when": M.AGENCIES_EVENTS_WHEN()}
    for event in contract.events:
        need = required[event.required].get(lang)
        lines.append(f"  {event.kind:<20} {need}: {event.when.get(lang)} ({event.basis})")
    lines.append("")
    renderable = ", ".join(r.code for r in contract.renderable)
    lines.append(M.AGENCIES_RENDERABLE(codes=renderable).get(lang))
    lines.append("")
    lines.append(M.AGENCIES_RULES().get(lang))
    for rule in contract.rules:
        if rule.origin == "core":
            if rule.replaceable:
                mark = M.AGENCIES_RULES_REPLACEABLE().get(lang)
            else:
                mark = f" — {rule.basis}"
        elif rule.replaces:
            mark = M.AGENCIES_RULES_REPLACES(replaces=rule.replaces, plugin=rule.plugin).get(lang)
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
    # A fictional agency (the template plugin's "contoh", AgencyInfo.example) is not listed
    # beside the real ones unless asked: a reader must not take it for an agency that exists.
    examples = sorted(code for code, agency in found.items() if agency.info.example)
    if examples and not getattr(args, "all", False):
        found = {code: agency for code, agency in found.items() if code not in examples}
    else:
        examples = []
    if found:
        header = [
            M.AGENCIES_HEADER_CODE().get(lang),
            M.AGENCIES_HEADER_NAME().get(lang),
            M.AGENCIES_HEADER_ZONE().get(lang),
            M.AGENCIES_HEADER_TRIGGER().get(lang),
            "SOP",
            "PLUGIN",
        ]
        rows = [
            [
                agency.code,
                agency.name,
                zone_label(agency.timezone),
                _TRIGGERS[agency.trigger].get(lang),
                ", ".join(str(sop.number) for sop in agency.sops) or "-",
                agency.plugin
                + (f" ({agency.distribution})" if agency.distribution else "")
                + (M.AGENCIES_EXAMPLE().get(lang) if agency.info.example else ""),
            ]
            for agency in found.values()
        ]
        print(format_table(header, rows, wrap={1: 40}))
    else:
        restricted = os.environ.get(ENV_PLUGINS)
        note = M.AGENCIES_NONE_INSTALLED().get(lang)
        if restricted is not None:
            note += M.AGENCIES_NONE_INSTALLED_RESTRICTED(
                env=ENV_PLUGINS, restricted=restricted
            ).get(lang)
        print(note)
    if examples:
        print(M.AGENCIES_EXAMPLES_HIDDEN(examples=", ".join(examples)).get(lang))
    for problem in problems:
        print(M.AGENCIES_WARNING(problem=problem.render(lang)).get(lang), file=sys.stderr)
    return 1 if problems else 0
