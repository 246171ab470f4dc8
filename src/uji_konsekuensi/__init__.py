"""uji-konsekuensi: run, record and prove the Indonesian consequence test.

Under UU 14/2008 (Keterbukaan Informasi Publik) all information held by a public body is open,
except what falls under a ground of Pasal 17; before withholding anything the PPID must test the
consequences of opening it (Pasal 2 ayat (4), Pasal 19). This package models the law of exemption,
the written test (PERKI 1/2021 Pasal 49), Indonesian working-day deadlines, each agency's SOP (as a
pluggy plugin), and checks that a case complied.

The public API is re-exported here, declared once in the ``if TYPE_CHECKING:`` block below and
imported on first use (`lazy_exports.attach`): importing any module of the package runs this
file, and must not load the case checker, the documents or the ``holidays`` data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy_exports import attach

if TYPE_CHECKING:
    from . import harm as harm
    from . import law as law
    from .agency import Agency as Agency
    from .agency import AgencyInfo as AgencyInfo
    from .agency import UnknownAgencyError as UnknownAgencyError
    from .agency import UnknownSOPError as UnknownSOPError
    from .agency import agencies as agencies
    from .agency import get_agency as get_agency
    from .agency import plugin_problems as plugin_problems
    from .calendar import STATUTORY_DEADLINES as STATUTORY_DEADLINES
    from .calendar import CalendarError as CalendarError
    from .calendar import CalendarSettings as CalendarSettings
    from .calendar import Waktu as Waktu
    from .calendar import WaktuError as WaktuError
    from .calendar import WorkingCalendar as WorkingCalendar
    from .calendar import format_tanggal as format_tanggal
    from .calendar import parse_waktu as parse_waktu
    from .calendar import request_timeline as request_timeline
    from .case import Case as Case
    from .case import CaseState as CaseState
    from .case import CheckSettings as CheckSettings
    from .case import Report as Report
    from .case import case_state as case_state
    from .case import check_case as check_case
    from .case import load_case as load_case
    from .case import loads_case as loads_case
    from .document_kinds import DocumentKind as DocumentKind
    from .documents import PRINTABLES as PRINTABLES
    from .documents import DocumentSettings as DocumentSettings
    from .documents import Letterhead as Letterhead
    from .documents import Rendering as Rendering
    from .documents import render_document as render_document
    from .documents import render_sop_html as render_sop_html
    from .documents import write_output as write_output
    from .errors import InputError as InputError
    from .errors import InternalError as InternalError
    from .errors import Problem as Problem
    from .errors import UjiKonsekuensiError as UjiKonsekuensiError
    from .findings import Finding as Finding
    from .findings import Severity as Severity
    from .hookspecs import hookimpl as hookimpl
    from .i18n import Text as Text
    from .plugins import PluginError as PluginError
    from .rules import ComplianceRule as ComplianceRule
    from .rules import RuleError as RuleError
    from .sop import SOP as SOP
    from .sop import Lane as Lane
    from .sop import Role as Role
    from .sop import Step as Step
    from .sop import load_sop as load_sop
    from .sop import parse_tanggal as parse_tanggal

#: The version, written once: pyproject.toml reads it from here (tool.setuptools.dynamic).
__version__ = "0.1.0"

__getattr__, __dir__, __all__ = attach(__name__, __file__, also=["__version__"])
