"""``uji-konsekuensi agency validate DIR|CODE`` and ``agency test DIR|CODE``: an agency folder
checked without writing Python.

``validate`` reads an agency folder (agency.json, sop.json, templates/; docs/agency-data.md) or
an installed agency, and reports: every problem of agency.json or sop.json with its file and
JSON path (exit 2, as an unreadable file everywhere), then each SOP's own findings
(`SOP.validate()`) and the findings of the SOPs against the agency (``sop.agency.*``: triggers,
the calendar's zone, documents produced and required by steps that exist, a rendering for each
document; docs/sop.md). Exit 1 when one of them is an error, 0 otherwise: the codes and exit
codes of ``sop validate``. With ``--format json``: ``{"agency", "folder", "sha256", "valid",
"findings"}`` (docs/schemas/agency-validate.json).

``test`` runs the shared contract of an agency (`uji_konsekuensi.testing.AgencyPluginContract`,
the tests every agency plugin runs) with pytest, in a separate process, without a test file of
the office's own. A folder is tested alone (no installed agency is loaded beside it, so a copy
of an installed agency is tested, not the installed one). Exit 0 when every check passes, 1
when one fails, 2 when the folder cannot be read or pytest is not installed (the ``agency``
extra, which ``python3 dev.py run`` installs).

Examples::

    uji-konsekuensi agency validate ./kalteng-bkd
    uji-konsekuensi agency validate kasn --json
    uji-konsekuensi agency test ./kalteng-bkd
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..errors import EXIT_INPUT, InputError
from ..i18n import current_language
from . import messages as M

_SOURCE = "uji-konsekuensi agency"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "agency",
        help="periksa folder instansi / check an agency folder (validate, test)",
        description=(
            "validate: periksa agency.json dan SOP terhadap instansinya (kode keluar 0, 1 bila "
            "ada galat, 2 bila tidak terbaca). test: jalankan uji kontrak instansi. / validate: "
            "check agency.json and the SOP against its agency (exit 0, 1 on an error, 2 when "
            "unreadable). test: run the agency's contract test."
        ),
    )
    parser.add_argument("action", choices=("validate", "test"), help="validate | test")
    parser.add_argument(
        "target",
        metavar="FOLDER|INSTANSI",
        help="folder instansi atau kode instansi terpasang / an agency folder or installed code",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "validate":
        return _validate(args)
    return _test(args)


def _is_folder(target: str) -> bool:
    return os.sep in target or "/" in target or Path(target).is_dir()


def _load(target: str) -> tuple[Any, str | None, str | None]:
    """(the hooks or `Agency` to validate, its folder, its digest)."""
    from ..agency_data import DataAgency, load_agency_folder

    if _is_folder(target):
        folder = Path(target)
        if not folder.is_dir():
            said, expected = M.AGENCY_FOLDER_MISSING(), M.AGENCY_FOLDER_MISSING_EXPECTED()
            raise InputError.one(
                _SOURCE,
                "FOLDER",
                said.id,
                said.en,
                value=target,
                expected=expected.id,
                expected_en=expected.en,
            )
        loaded = load_agency_folder(folder)
        return loaded, str(folder), loaded.digest
    from ..agency import get_agency
    from ..plugins import default_plugin_manager

    agency = get_agency(target)
    plugin = default_plugin_manager().get_plugin(agency.plugin)
    if isinstance(plugin, DataAgency):
        return plugin, str(plugin.folder), plugin.digest
    return agency, None, None


def _validate(args: argparse.Namespace) -> int:
    from ..agency_data import DataAgency, agency_findings
    from ..findings import Severity
    from .sop import render_findings

    hooks, folder, digest = _load(args.target)
    if isinstance(hooks, DataAgency):
        findings = agency_findings(
            info=hooks.info,
            sops=hooks.sops(),
            documents=hooks.documents,
            renderings=hooks.renderings,
            calendar=hooks.calendar,
            templates=hooks.templates,
            roles=hooks.data.roles,
        )
    else:  # a Python plugin's agency: what it registered (its calendar is its own code's)
        from ..documents import agency_renderings

        findings = agency_findings(
            info=hooks.info,
            sops=hooks.sops,
            documents=hooks.documents,
            renderings=agency_renderings(hooks.code),
        )
    valid = not any(f.severity is Severity.ERROR for f in findings)
    code = hooks.info.code
    if getattr(args, "json", False) or getattr(args, "format", "text") == "json":
        from ..results import agency_validation_json

        document = agency_validation_json(code, folder, digest, findings)
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        lang = current_language()
        where = f" ({folder})" if folder else ""
        print(f"{code}: {hooks.info.name}{where}")
        if digest:
            print(f"sha256 {digest}")
        print(render_findings(findings, lang))
    return 0 if valid else 1


_CONTRACT = """\
from uji_konsekuensi.testing import AgencyPluginContract


class TestAgencyContract(AgencyPluginContract):
    agency_code = {code!r}
"""


def _test(args: argparse.Namespace) -> int:
    try:
        import pytest  # noqa: F401 - only whether it is installed
    except ImportError:
        print(
            M.AGENCY_TEST_NEEDS_PYTEST().get(),
            file=sys.stderr,
        )
        return EXIT_INPUT
    from ..agency_data import ENV_AGENCIES
    from ..plugins import ENV_PLUGINS

    hooks, folder, _ = _load(args.target)
    env = dict(os.environ)
    if folder is not None and _is_folder(args.target):
        # The folder alone: an installed agency of the same code must not stand in for it.
        env[ENV_PLUGINS] = ""
        env[ENV_AGENCIES] = str(Path(folder).resolve())
    with tempfile.TemporaryDirectory(prefix="uji-agency-test-") as tmp:
        test_file = Path(tmp) / "test_agency_contract.py"
        test_file.write_text(_CONTRACT.format(code=hooks.info.code), encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "pytest",
            str(test_file),
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            tmp,
        ]
        done = subprocess.run(command, env=env, cwd=tmp, check=False)
    if done.returncode in (0, 1):
        return done.returncode
    return EXIT_INPUT
