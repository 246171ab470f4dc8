#!/usr/bin/env python3
"""Validate a written consequence test (Lembar Pengujian Konsekuensi or Penetapan) and print
the findings.

    python examples/consequence_test.py                       # the valid BKD Kalteng Penetapan
    python examples/consequence_test.py examples/data/kasn_lembar_violations.json
    python examples/consequence_test.py --lang en FILE.json...

Each file is read through the project's converter (unknown keys refused, every malformed field
listed with its JSON path), validated against UU 14/2008, PP 61/2010 and PERKI 1/2021, and its
findings printed in Bahasa Indonesia (``--lang en``: English).

Exit status: 0 when no file has an error finding, 1 when one has, 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from uji_konsekuensi import InputError, harm
from uji_konsekuensi.findings import Severity, has_errors
from uji_konsekuensi.i18n import ENV_LANG, Language

DEFAULT = Path(__file__).resolve().parent / "data" / "kalteng_bkd_penetapan.json"

_WORDS: dict[Language, dict[str, str]] = {
    "id": {
        "sheet": "Lembar Pengujian Konsekuensi",
        "penetapan": "Penetapan Klasifikasi Informasi yang Dikecualikan",
        "clean": "tidak ada temuan: pengujian konsekuensi memenuhi ketentuan",
        "count": "{errors} galat, {warnings} peringatan, {infos} catatan",
        "exempt": "{exempt} dari {rows} informasi dikecualikan",
    },
    "en": {
        "sheet": "Consequence test sheet",
        "penetapan": "Penetapan on exempt information",
        "clean": "no findings: the consequence test meets the rules",
        "count": "{errors} error(s), {warnings} warning(s), {infos} note(s)",
        "exempt": "{exempt} of {rows} items exempt",
    },
}


def report(path: Path, lang: Language) -> int:
    """Print one file's findings; 0 clean of errors, 1 errors, 2 unreadable."""
    words = _WORDS[lang]
    try:
        record = harm.load(path)
    except InputError as exc:
        print(exc.render(lang), file=sys.stderr)
        return 2
    if isinstance(record, harm.Penetapan):
        kind, rows = words["penetapan"], record.rows()
    else:
        kind, rows = words["sheet"], record.rows
    exempt = sum(1 for row in rows if row.outcome.exempts)
    print(f"{path.name}: {kind} {record.number or ''}".rstrip())
    print("  " + words["exempt"].format(exempt=exempt, rows=len(rows)))
    findings = harm.validate(record)
    for finding in findings:
        print("  " + finding.render(lang))
    if not findings:
        print("  " + words["clean"])
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    print(
        "  "
        + words["count"].format(
            errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING],
            infos=counts[Severity.INFO],
        )
    )
    return 1 if has_errors(findings) else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="Lembar or Penetapan JSON files")
    parser.add_argument("--lang", choices=("id", "en"), default=None)
    args = parser.parse_args(argv)
    lang: Language = args.lang or ("en" if os.environ.get(ENV_LANG) == "en" else "id")
    status = 0
    for path in args.files or [DEFAULT]:
        status = max(status, report(path, lang))
    return status


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `... | head` is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
