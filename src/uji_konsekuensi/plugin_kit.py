"""Ready-made hook implementations for an agency whose data is fixed.

Most agencies answer the per-agency hooks the same way: register one `AgencyInfo`, give the
SOP(s) read from JSON, a calendar, and the document kinds, each only for their own agency code.
`AgencyHooks` does exactly that. An agency folder (`uji_konsekuensi.agency_data`: agency.json and
sop.json, no Python; how the four real agencies ship) is loaded into a subclass of it; a Python
module can still build one, which its entry point names (``[project.entry-points.uji_konsekuensi]``
``contoh = "uji_konsekuensi_contoh.plugin:HOOKS"``)::

    HOOKS = AgencyHooks(info=INFO, sop_files=(SOP_FILE,), documents=DOCUMENTS,
                        letterhead=LETTERHEAD, renderings=RENDERINGS)

``calendar`` is left out unless the agency's calendar differs from the built-in one (the national
calendar in the agency's zone): a plugin does not repeat the default.
``letterhead`` (a `documents.Letterhead`, the kop surat), ``renderings`` (how each declared
document is printed, or why not: `documents.Rendering`) and ``rules`` (the agency's own
`ComplianceRule` objects, some perhaps replacing a core rule that reads the SOP: docs/
architecture.md, "Adding a rule") are optional.

pluggy registers the object as it registers a module: its methods below carry the hookimpl
marks. An agency that needs more (rules, templates, a calendar computed at run time) subclasses
`AgencyHooks` and adds hookimpl methods, or points its entry point at its module and writes its
hooks as functions there (examples/agency-plugin/ does, to show every hook; docs/plugins.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .hookspecs import hookimpl

if TYPE_CHECKING:
    from .agency import AgencyInfo
    from .calendar import CalendarSettings
    from .document_kinds import DocumentKind
    from .documents.agency_documents import Rendering
    from .documents.letterhead import Letterhead
    from .rules import ComplianceRule
    from .sop import SOP


class AgencyHooks:
    """The per-agency hooks for one agency, answering None for every other code."""

    def __init__(
        self,
        *,
        info: AgencyInfo,
        sop_files: Sequence[Path],
        calendar: CalendarSettings | None = None,
        documents: Sequence[DocumentKind] = (),
        letterhead: Letterhead | None = None,
        renderings: Sequence[Rendering] = (),
        rules: Sequence[ComplianceRule] = (),
    ) -> None:
        self.info = info
        self.sop_files = tuple(sop_files)
        self.calendar = calendar
        self.documents = tuple(documents)
        self.letterhead = letterhead
        self.renderings = tuple(renderings)
        self.rules = tuple(rules)
        self._sops: tuple[SOP, ...] | None = None

    def sops(self) -> tuple[SOP, ...]:
        """The agency's SOPs, each read once from its JSON file."""
        if self._sops is None:
            from .sop import load_sop

            self._sops = tuple(load_sop(path) for path in self.sop_files)
        return self._sops

    @hookimpl
    def uji_register_agencies(self) -> list[AgencyInfo]:
        return [self.info]

    @hookimpl
    def uji_agency_sops(self, agency_code: str) -> list[SOP] | None:
        return list(self.sops()) if agency_code == self.info.code else None

    @hookimpl
    def uji_agency_calendar(self, agency_code: str) -> CalendarSettings | None:
        # None defers to the built-in national calendar in the agency's zone.
        return self.calendar if agency_code == self.info.code else None

    @hookimpl
    def uji_agency_documents(self, agency_code: str) -> list[DocumentKind] | None:
        return list(self.documents) if agency_code == self.info.code else None

    @hookimpl
    def uji_agency_letterhead(self, agency_code: str) -> Letterhead | None:
        return self.letterhead if agency_code == self.info.code else None

    @hookimpl
    def uji_document_renderings(self, agency_code: str) -> list[Rendering] | None:
        if agency_code != self.info.code or not self.renderings:
            return None
        return list(self.renderings)

    @hookimpl
    def uji_compliance_rules(self, agency_code: str) -> list[ComplianceRule] | None:
        if agency_code != self.info.code or not self.rules:
            return None
        return list(self.rules)
