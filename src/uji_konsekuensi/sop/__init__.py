"""SOP AP (PermenPAN-RB 35/2012) for the consequence test: the model, Indonesian dates, validation.

``SOP`` (identity, lanes, steps) and its parts live in `model`; dates as SOPs write them in
`tanggal`; `SOP.validate()` in `validate`; corrections and inferences of a transcription in
`provenance`; reading and writing JSON in `io`. docs/sop.md describes the format and every
finding code.
"""

from __future__ import annotations

from .io import dumps_sop, load_sop, loads_sop
from .model import (
    ROLE_BASIS,
    SOP,
    STATUTORY_ROLES,
    ActorRole,
    AgencyRole,
    Branch,
    Identity,
    Lane,
    LaneMark,
    LegalBasis,
    Role,
    Signatory,
    Step,
    SymbolKind,
    TriggerKind,
)
from .provenance import Correction, Inference
from .tanggal import Precision, Tanggal, TanggalError, parse_tanggal, try_parse_tanggal
from .validate import CODES, nip_problem, validate_sop

__all__ = [
    "CODES",
    "ROLE_BASIS",
    "SOP",
    "STATUTORY_ROLES",
    "ActorRole",
    "AgencyRole",
    "Branch",
    "Correction",
    "Identity",
    "Inference",
    "Lane",
    "LaneMark",
    "LegalBasis",
    "Precision",
    "Role",
    "Signatory",
    "Step",
    "SymbolKind",
    "Tanggal",
    "TanggalError",
    "TriggerKind",
    "dumps_sop",
    "load_sop",
    "loads_sop",
    "nip_problem",
    "parse_tanggal",
    "try_parse_tanggal",
    "validate_sop",
]
