"""uji-konsekuensi: run, record and prove the Indonesian consequence test.

Under UU 14/2008 (Keterbukaan Informasi Publik) all information held by a public body is open,
except what falls under a ground of Pasal 17; before withholding anything the PPID must test the
consequences of opening it (Pasal 2 ayat (4), Pasal 19). This package models the law of exemption,
the written test (PERKI 1/2021 Pasal 49), Indonesian working-day deadlines, each agency's SOP (as a
pluggy plugin), and checks that a case complied.

The public API is re-exported here. Importing this package is cheap: the names below resolve on
first use (PEP 562), so ``import uji_konsekuensi`` never loads the ``holidays`` data (~150 ms).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import InputError, InternalError, Problem, UjiKonsekuensiError
from .findings import Finding, Severity
from .i18n import Text

if TYPE_CHECKING:
    from . import harm, law
    from .agency import (
        Agency,
        AgencyInfo,
        UnknownAgencyError,
        UnknownSOPError,
        agencies,
        get_agency,
        plugin_problems,
    )
    from .calendar import (
        STATUTORY_DEADLINES,
        CalendarError,
        CalendarSettings,
        Waktu,
        WaktuError,
        WorkingCalendar,
        format_tanggal,
        parse_waktu,
        request_timeline,
    )
    from .case import Case, CaseState, CheckSettings, Report, check_case, load_case, loads_case
    from .documents import (
        PRINTABLES,
        DocumentSettings,
        Letterhead,
        Rendering,
        render_document,
        render_sop_html,
        write_output,
    )
    from .hookspecs import hookimpl
    from .document_kinds import DocumentKind
    from .plugins import PluginError
    from .rules import ComplianceRule, RuleError
    from .sop import SOP, Lane, Role, Step, load_sop, parse_tanggal

#: The version, written once: pyproject.toml reads it from here (tool.setuptools.dynamic).
__version__ = "0.1.0"

# name -> module that defines it (resolved lazily by __getattr__ below).
_LAZY: dict[str, str] = {
    "law": "uji_konsekuensi.law",
    "harm": "uji_konsekuensi.harm",
    "WorkingCalendar": "uji_konsekuensi.calendar",
    "parse_waktu": "uji_konsekuensi.calendar",
    "CalendarSettings": "uji_konsekuensi.calendar",
    "CalendarError": "uji_konsekuensi.calendar",
    "Waktu": "uji_konsekuensi.calendar",
    "WaktuError": "uji_konsekuensi.calendar",
    "request_timeline": "uji_konsekuensi.calendar",
    "STATUTORY_DEADLINES": "uji_konsekuensi.calendar",
    "format_tanggal": "uji_konsekuensi.calendar",
    "Agency": "uji_konsekuensi.agency",
    "AgencyInfo": "uji_konsekuensi.agency",
    "UnknownAgencyError": "uji_konsekuensi.agency",
    "UnknownSOPError": "uji_konsekuensi.agency",
    "agencies": "uji_konsekuensi.agency",
    "get_agency": "uji_konsekuensi.agency",
    "plugin_problems": "uji_konsekuensi.agency",
    "hookimpl": "uji_konsekuensi.hookspecs",
    "PluginError": "uji_konsekuensi.plugins",
    "DocumentKind": "uji_konsekuensi.document_kinds",
    "ComplianceRule": "uji_konsekuensi.rules",
    "RuleError": "uji_konsekuensi.rules",
    "Case": "uji_konsekuensi.case",
    "CaseState": "uji_konsekuensi.case",
    "CheckSettings": "uji_konsekuensi.case",
    "Report": "uji_konsekuensi.case",
    "check_case": "uji_konsekuensi.case",
    "load_case": "uji_konsekuensi.case",
    "loads_case": "uji_konsekuensi.case",
    "PRINTABLES": "uji_konsekuensi.documents",
    "DocumentSettings": "uji_konsekuensi.documents",
    "Letterhead": "uji_konsekuensi.documents",
    "Rendering": "uji_konsekuensi.documents",
    "render_document": "uji_konsekuensi.documents",
    "render_sop_html": "uji_konsekuensi.documents",
    "write_output": "uji_konsekuensi.documents",
    "SOP": "uji_konsekuensi.sop",
    "Step": "uji_konsekuensi.sop",
    "Lane": "uji_konsekuensi.sop",
    "Role": "uji_konsekuensi.sop",
    "load_sop": "uji_konsekuensi.sop",
    "parse_tanggal": "uji_konsekuensi.sop",
}

__all__ = [
    "PRINTABLES",
    "SOP",
    "STATUTORY_DEADLINES",
    "Agency",
    "AgencyInfo",
    "CalendarError",
    "CalendarSettings",
    "Case",
    "CaseState",
    "CheckSettings",
    "ComplianceRule",
    "DocumentKind",
    "DocumentSettings",
    "Finding",
    "InputError",
    "InternalError",
    "Lane",
    "Letterhead",
    "PluginError",
    "Problem",
    "Rendering",
    "Report",
    "Role",
    "RuleError",
    "Severity",
    "Step",
    "Text",
    "UjiKonsekuensiError",
    "UnknownAgencyError",
    "UnknownSOPError",
    "Waktu",
    "WaktuError",
    "WorkingCalendar",
    "__version__",
    "agencies",
    "check_case",
    "format_tanggal",
    "get_agency",
    "harm",
    "hookimpl",
    "law",
    "load_case",
    "load_sop",
    "loads_case",
    "parse_tanggal",
    "parse_waktu",
    "plugin_problems",
    "render_document",
    "render_sop_html",
    "request_timeline",
    "write_output",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'uji_konsekuensi' has no attribute {name!r}")
    module = importlib.import_module(module_name)
    value = module if module_name.endswith("." + name) else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
