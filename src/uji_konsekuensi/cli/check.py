"""``uji-konsekuensi check``: check case files against their agency's SOP and the law.

Examples::

    uji-konsekuensi check examples/cases                 # every *.json in the folder
    uji-konsekuensi check kasus/2025-017.json --strict   # warnings fail too
    uji-konsekuensi check kasus/ --at now                # also report what is overdue now
    uji-konsekuensi --lang en check kasus/ --format json

A folder checks every ``*.json`` directly in it (not its subfolders), in name order. The text
output (for people, in Bahasa Indonesia, English with the global ``--lang en``) gives each case
with its findings and a summary line with counts; ``--format json`` (or ``--json``) prints one
JSON document for machines.

Exit code: 0 when every case complied; 1 when a case has an error finding (with ``--strict``,
a warning too); 2 when an input cannot be read (a missing file, invalid JSON, a case file with
problems, or an unknown agency), which takes precedence. Warnings alone do not fail a case by
default: they mark what a careful PPID should look at (work outside office hours, a refusal letter
without the requester's address), not a rule broken.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem, UjiKonsekuensiError
from ..findings import Finding, Severity
from ..i18n import Language, current_language

_SOURCE = "uji-konsekuensi check"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="periksa kepatuhan berkas kasus / check case files for compliance",
        description=(
            "Memeriksa berkas kasus (JSON) terhadap SOP instansinya dan undang-undang. "
            "Checks case files (JSON) against their agency's SOP and the law. "
            "Kode keluar / exit code: 0 patuh / compliant, 1 ada temuan / findings, "
            "2 berkas tidak terbaca / unreadable input."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="KASUS", help="berkas kasus atau folder / case file or folder"
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
    parser.set_defaults(func=run)


def add_format(parser: argparse.ArgumentParser) -> None:
    """``--format text|json`` and its alias ``--json`` (as in the other commands)."""
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="keluaran / output: text (untuk orang / for people) atau json",
    )
    parser.add_argument("--json", action="store_true", help="sama dengan / same as --format json")


def wants_json(args: argparse.Namespace) -> bool:
    return bool(args.json) or args.format == "json"


# --- input -------------------------------------------------------------------------------------


def parse_moment(text: str, zone: dt.tzinfo, source: str = _SOURCE) -> dt.datetime:
    """A moment: "now"/"sekarang", an ISO timestamp with offset, or a date (its end of day in
    ``zone``: "as of 20 March" counts the whole day)."""
    if text.strip().lower() in ("now", "sekarang"):
        return dt.datetime.now(zone)
    if _DATE.fullmatch(text.strip()):
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            pass
        else:
            return dt.datetime.combine(day, dt.time.max, tzinfo=zone)
    else:
        try:
            moment = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            moment = None
        if moment is not None and moment.utcoffset() is not None:
            return moment
    raise InputError(
        source,
        [
            Problem(
                path="--at",
                message="waktu tidak dapat dibaca (tanpa zona waktu tidak diterima)",
                message_en="cannot read the moment (one without a UTC offset is refused)",
                value=text,
                expected=(
                    "now, YYYY-MM-DD, or an ISO timestamp with offset (2025-03-24T09:00+07:00)"
                ),
            )
        ],
    )


def expand(paths: Iterable[str]) -> list[Path]:
    """Files to check: each file as given, every ``*.json`` directly in each folder."""
    out: list[Path] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            out.extend(sorted(p for p in path.glob("*.json") if p.is_file()))
        else:
            out.append(path)
    return out


# --- output ------------------------------------------------------------------------------------


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "severity": f.severity.value,
        "step": f.step,
        "field": f.field,
        "basis": f.basis,
        "message": f.message,
        "message_en": f.message_en,
    }


def problem_json(p: Problem) -> dict[str, Any]:
    value = p.value
    if not isinstance(value, str | int | float | bool | type(None)):
        value = repr(value)
    return {
        "path": p.path,
        "message": p.message,
        "message_en": p.message_en,
        "value": value,
        "expected": p.expected,
    }


def error_json(source: str, exc: UjiKonsekuensiError) -> dict[str, Any]:
    if isinstance(exc, InputError):
        return {"file": source, "problems": [problem_json(p) for p in exc.problems]}
    return {"file": source, "problems": [{"path": "", "message": str(exc), "message_en": str(exc)}]}


def _summary(
    lang: Language, total: int, ok: int, failed: int, unreadable: int, errors: int, warnings: int
) -> str:
    if lang == "en":
        return (
            f"{total} case(s): {ok} compliant, {failed} not compliant, {unreadable} unreadable; "
            f"{errors} error(s), {warnings} warning(s)"
        )
    return (
        f"{total} kasus: {ok} patuh, {failed} tidak patuh, {unreadable} tidak terbaca; "
        f"{errors} galat, {warnings} peringatan"
    )


def run(args: argparse.Namespace) -> int:
    from ..agency import get_agency
    from ..case import CheckSettings, check_case, load_case

    lang = current_language()
    as_json = wants_json(args)
    files = expand(args.paths)
    results: list[dict[str, Any]] = []
    unreadable: list[dict[str, Any]] = []
    counts = {"ok": 0, "failed": 0, "errors": 0, "warnings": 0}
    if not files:
        problem = InputError(
            _SOURCE,
            [
                Problem(
                    path="KASUS",
                    message="tidak ada berkas *.json untuk diperiksa",
                    message_en="no *.json file to check",
                    value=" ".join(args.paths),
                )
            ],
        )
        unreadable.append(error_json(_SOURCE, problem))
        if not as_json:
            print(problem.render(lang), file=sys.stderr)
    for path in files:
        source = str(path)
        try:
            case = load_case(path)
            settings = CheckSettings()
            if args.at:
                zone = get_agency(case.agency).calendar.zone
                settings = CheckSettings(at=parse_moment(args.at, zone))
            report = check_case(case, settings, source=source)
        except UjiKonsekuensiError as exc:
            unreadable.append(error_json(source, exc))
            if not as_json:
                text = exc.render(lang) if isinstance(exc, InputError) else f"{source}: {exc}"
                print(text, file=sys.stderr)
            continue
        errors = report.count(Severity.ERROR)
        warnings = report.count(Severity.WARNING)
        passed = report.ok and not (args.strict and warnings)
        counts["ok" if passed else "failed"] += 1
        counts["errors"] += errors
        counts["warnings"] += warnings
        if as_json:
            results.append(
                {
                    "file": source,
                    "case_id": report.case_id,
                    "agency": report.agency,
                    "sop": report.sop,
                    "ok": passed,
                    "errors": errors,
                    "warnings": warnings,
                    "findings": [finding_json(f) for f in report.findings],
                    "calendar": None
                    if report.calendar is None
                    else {
                        "holidays_version": report.calendar.holidays_version,
                        "timezone": report.calendar.timezone,
                        "decreed_through": report.calendar.decreed_through,
                        "provisional": report.calendar.provisional,
                        "provisional_years": list(report.calendar.provisional_years),
                    },
                }
            )
        else:
            print(report.render(lang))
    total = len(files)
    summary = _summary(
        lang,
        total,
        counts["ok"],
        counts["failed"],
        len(unreadable) if files else 0,
        counts["errors"],
        counts["warnings"],
    )
    code = 2 if unreadable else (1 if counts["failed"] else 0)
    if as_json:
        document = {
            "cases": results,
            "unreadable": unreadable,
            "summary": {
                "total": total,
                "compliant": counts["ok"],
                "not_compliant": counts["failed"],
                "unreadable": len(unreadable),
                "errors": counts["errors"],
                "warnings": counts["warnings"],
                "strict": bool(args.strict),
                "exit_code": code,
            },
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(summary)
    return code
