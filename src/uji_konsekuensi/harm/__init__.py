"""The written consequence test (PERKI 1/2021 Pasal 49, Lampiran II and III) and its validation.

- Models: `ConsequenceTest` (one tested item), `ConsequenceTestSheet` (the Lembar Pengujian
  Konsekuensi), `Penetapan` (the Penetapan tentang Klasifikasi Informasi yang Dikecualikan), with
  `GroundRef`, `SourceDocument`, `WithheldPart`, `Official`, `Signature`, `Consent`, `Outcome`,
  `Role`, `TestStage`, and the exemption period union `ExemptionPeriod` (`UntilDate`,
  `YearsFromPenetapan`, `UntilEvent`, `AsLongAsNeeded`).
- `validate(record)`: every finding (codes ``harm.*`` and ``law.*``; see docs/harm.md).
- `load(path_or_data)`: read a Lembar or a Penetapan from JSON through the project converter.
"""

from __future__ import annotations

from .io import load
from .model import (
    Consent,
    ConsequenceTest,
    ConsequenceTestSheet,
    GroundRef,
    Official,
    Outcome,
    Penetapan,
    Role,
    Signature,
    SourceDocument,
    TestStage,
    WithheldPart,
)
from .period import (
    PERIOD_CLASSES,
    AsLongAsNeeded,
    ExemptionPeriod,
    UntilDate,
    UntilEvent,
    YearsFromPenetapan,
)
from .restatement import Restatement, RestatementSettings, measure
from .validate import Record, validate
from .validation_settings import ValidationSettings

__all__ = [
    "PERIOD_CLASSES",
    "AsLongAsNeeded",
    "Consent",
    "ConsequenceTest",
    "ConsequenceTestSheet",
    "ExemptionPeriod",
    "GroundRef",
    "Official",
    "Outcome",
    "Penetapan",
    "Record",
    "Restatement",
    "RestatementSettings",
    "Role",
    "Signature",
    "SourceDocument",
    "TestStage",
    "UntilDate",
    "UntilEvent",
    "ValidationSettings",
    "WithheldPart",
    "YearsFromPenetapan",
    "load",
    "measure",
    "validate",
]
