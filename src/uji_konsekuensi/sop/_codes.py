"""The ``sop.*`` finding codes of `SOP.validate()`: severity and basis of each, in one table.

docs/sop.md lists the same codes (tests/test_sop_validate.py checks that both agree).
"""

from __future__ import annotations

from ..findings import Finding, Severity
from ..i18n import Text

_PANRB = "PermenPAN-RB 35/2012 Lampiran"
_FLOW = f"{_PANRB}, Bagian Flowchart (diagram alir bercabang, simbol)"
_NUMBERING = f"{_PANRB}, Bagian Flowchart (nomor kegiatan)"
_ACTORS = f"{_PANRB}, Bagian Flowchart (pelaksana)"
_MUTU = f"{_PANRB}, Bagian Flowchart (mutu baku: kelengkapan, waktu, output)"
_IDENT = f"{_PANRB}, Bagian Identitas"
# NIP structure: 8 digits date of birth, 6 digits year and month of appointment (TMT CPNS),
# 1 digit sex (1 male, 2 female), 3 digits serial number.
_NIP_BASIS = "Peraturan Kepala BKN 22/2007 (Nomor Identitas Pegawai Negeri Sipil)"
_PROVENANCE = "uji-konsekuensi: transkripsi SOP (docs/sop.md)"

#: Every finding code of `SOP.validate()`: severity and basis.
CODES: dict[str, tuple[Severity, str]] = {
    "sop.steps.none": (Severity.ERROR, _NUMBERING),
    "sop.steps.numbering.start": (Severity.WARNING, _NUMBERING),
    "sop.steps.numbering.gap": (Severity.WARNING, _NUMBERING),
    "sop.steps.numbering.duplicate": (Severity.ERROR, _NUMBERING),
    "sop.steps.numbering.order": (Severity.WARNING, _NUMBERING),
    "sop.flow.target.missing": (Severity.ERROR, _FLOW),
    "sop.flow.decision.branch_missing": (Severity.ERROR, _FLOW),
    "sop.flow.decision.has_next": (Severity.ERROR, _FLOW),
    "sop.flow.decision.same_target": (Severity.WARNING, _FLOW),
    "sop.flow.branch_without_decision": (Severity.ERROR, _FLOW),
    "sop.flow.unreachable": (Severity.ERROR, _FLOW),
    "sop.flow.no_end": (Severity.ERROR, _FLOW),
    "sop.flow.no_exit": (Severity.ERROR, _FLOW),
    "sop.step.terminator": (Severity.WARNING, _FLOW),
    "sop.step.actor.missing": (Severity.ERROR, _ACTORS),
    "sop.step.actor.unknown": (Severity.ERROR, _ACTORS),
    "sop.lane.duplicate": (Severity.ERROR, _ACTORS),
    "sop.lane.unused": (Severity.WARNING, _ACTORS),
    "sop.lane.role.missing": (Severity.ERROR, _ACTORS),
    "sop.step.waktu.missing": (Severity.WARNING, _MUTU),
    "sop.step.waktu.unreadable": (Severity.WARNING, _MUTU),
    "sop.step.output.missing": (Severity.WARNING, _MUTU),
    "sop.identity.date.unreadable": (Severity.WARNING, _IDENT),
    "sop.identity.created.missing": (Severity.WARNING, _IDENT),
    "sop.identity.effective.missing": (Severity.WARNING, _IDENT),
    "sop.identity.effective.before_created": (Severity.WARNING, _IDENT),
    "sop.identity.revised.before_created": (Severity.WARNING, _IDENT),
    "sop.identity.date.year_mismatch": (Severity.WARNING, _IDENT),
    "sop.identity.approval.missing": (Severity.WARNING, _IDENT),
    "sop.identity.nip.malformed": (Severity.WARNING, _NIP_BASIS),
    "sop.identity.legal_basis.missing": (Severity.WARNING, _IDENT),
    "sop.identity.legal_basis.revoked": (Severity.WARNING, "PERKI 1/2021 Pasal 63"),
    "sop.provenance.unknown_field": (Severity.ERROR, _PROVENANCE),
    "sop.provenance.mismatch": (Severity.ERROR, _PROVENANCE),
    "sop.provenance.duplicate": (Severity.ERROR, _PROVENANCE),
}


def finding(
    code: str,
    text: Text,
    *,
    field: str | None = None,
    step: int | None = None,
    basis: str | None = None,
) -> Finding:
    """A finding with the code's severity and basis (``basis`` overrides it: a revoked
    instrument's finding names the provision that revoked it)."""
    severity, default_basis = CODES[code]
    return Finding.of(code, severity, text, basis or default_basis, field=field, step=step)
