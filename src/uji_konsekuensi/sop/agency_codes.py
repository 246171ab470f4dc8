"""The ``sop.agency.*`` finding codes: an agency's SOPs against what the agency declares.

Reported by ``uji-konsekuensi agency validate`` (`uji_konsekuensi.agency_data.agency_findings`)
after each SOP's own `SOP.validate()` findings (`sop.codes`), never by `SOP.validate()` itself:
an SOP alone does not know its agency. Declared once here; docs/sop.md lists them in a table
generated from `CODES` (``python tools/code_tables.py``).
"""

from __future__ import annotations

from ..findings import FindingCode, Severity, code_table
from ..i18n import Text

_AGENCY_DOCS = (
    "uji-konsekuensi: dokumen instansi (docs/plugins.md, Documents); PermenPAN-RB 35/2012 "
    "Lampiran, Bagian Flowchart (mutu baku: kelengkapan, output)"
)

AGENCY_TRIGGER = FindingCode(
    code="sop.agency.trigger",
    severity=Severity.ERROR,
    basis="PERKI 1/2021 Pasal 49 ayat (1) huruf a (berkala) dan huruf b (permintaan)",
    title=Text(
        id="pemicu SOP berbeda dengan pemicu instansi",
        en="the SOP's trigger differs from the agency's",
    ),
    group="agency",
)
AGENCY_TIMEZONE = FindingCode(
    code="sop.agency.timezone",
    severity=Severity.ERROR,
    basis="Keppres 41/1987 (pembagian wilayah waktu)",
    title=Text(
        id="zona waktu kalender berbeda dengan zona waktu instansi",
        en="the calendar's time zone differs from the agency's",
    ),
    group="agency",
)
AGENCY_DOCUMENT_DUPLICATE = FindingCode(
    code="sop.agency.document.duplicate",
    severity=Severity.ERROR,
    basis=_AGENCY_DOCS,
    title=Text(id="kode dokumen dinyatakan dua kali", en="a document code is declared twice"),
    group="agency",
)
AGENCY_DOCUMENT_STEP = FindingCode(
    code="sop.agency.document.step",
    severity=Severity.ERROR,
    basis=_AGENCY_DOCS,
    title=Text(
        id="dokumen menyebut langkah yang tidak ada dalam SOP",
        en="a document names a step no SOP has",
    ),
    group="agency",
)
AGENCY_DOCUMENT_UNPRODUCED = FindingCode(
    code="sop.agency.document.unproduced",
    severity=Severity.ERROR,
    basis=_AGENCY_DOCS,
    title=Text(
        id="dokumen dibutuhkan suatu langkah tetapi tidak dihasilkan langkah mana pun",
        en="a document a step requires is produced by no step",
    ),
    group="agency",
)
AGENCY_DOCUMENT_PRODUCED_LATER = FindingCode(
    code="sop.agency.document.produced_later",
    severity=Severity.WARNING,
    basis=_AGENCY_DOCS,
    title=Text(
        id="dokumen hanya dihasilkan oleh langkah bernomor sama atau lebih besar dari langkah "
        "yang membutuhkannya",
        en="a document is produced only by steps numbered at or after the step requiring it",
    ),
    group="agency",
)
AGENCY_OUTPUT_UNDECLARED = FindingCode(
    code="sop.agency.output.undeclared",
    severity=Severity.WARNING,
    basis=_AGENCY_DOCS,
    title=Text(
        id="langkah menulis output tetapi tidak ada dokumen yang dinyatakan dihasilkannya",
        en="a step writes an output but no document is declared as produced by it",
    ),
    group="agency",
)
AGENCY_RENDERING_UNDECLARED = FindingCode(
    code="sop.agency.rendering.undeclared",
    severity=Severity.ERROR,
    basis="uji-konsekuensi: cara cetak dokumen instansi (docs/documents.md)",
    title=Text(
        id="cara cetak untuk dokumen yang tidak dinyatakan",
        en="a rendering of a document that is not declared",
    ),
    group="agency",
)
AGENCY_RENDERING_MISSING = FindingCode(
    code="sop.agency.rendering.missing",
    severity=Severity.WARNING,
    basis="uji-konsekuensi: cara cetak dokumen instansi (docs/documents.md)",
    title=Text(
        id="dokumen yang dinyatakan tidak menyebut cara cetaknya atau alasan tidak dicetak",
        en="a declared document says neither how it is printed nor why it is not",
    ),
    group="agency",
)
AGENCY_RENDERING_TEMPLATE = FindingCode(
    code="sop.agency.rendering.template",
    severity=Severity.ERROR,
    basis="uji-konsekuensi: templat dokumen (docs/documents.md)",
    title=Text(
        id="templat cara cetak bukan templat bawaan dan tidak ada di folder templates/",
        en="a rendering's template is neither built in nor in the folder's templates/",
    ),
    group="agency",
)

_LANES = (
    "PermenPAN-RB 35/2012 Lampiran, Bagian Flowchart (pelaksana); PERKI 1/2021 Pasal 10-12 "
    "(peran PPID, Atasan PPID, PPID Pelaksana, petugas)"
)
AGENCY_LANE_UNMAPPED = FindingCode(
    code="sop.agency.lane.unmapped",
    severity=Severity.ERROR,
    basis=_LANES,
    title=Text(
        id='lajur SOP tidak dipetakan ke peran (agency.json "lanes"): langkahnya tidak dapat '
        "diperiksa siapa pelaksananya",
        en='an SOP lane is mapped to no role (agency.json "lanes"): who runs its steps '
        "cannot be checked",
    ),
    group="agency",
)
AGENCY_ROLE_UNUSED = FindingCode(
    code="sop.agency.role.unused",
    severity=Severity.WARNING,
    basis=_LANES,
    title=Text(
        id="peran instansi sendiri yang dinyatakan tidak dimainkan lajur mana pun: dalam kasus "
        "ia hanya boleh melakukan yang boleh dilakukan setiap pejabat",
        en="a declared role of the agency's own that no lane plays: in a case it may do only "
        "what any official may",
    ),
    group="agency",
)


CODES: dict[str, FindingCode] = code_table(
    AGENCY_TRIGGER,
    AGENCY_TIMEZONE,
    AGENCY_DOCUMENT_DUPLICATE,
    AGENCY_DOCUMENT_STEP,
    AGENCY_DOCUMENT_UNPRODUCED,
    AGENCY_DOCUMENT_PRODUCED_LATER,
    AGENCY_OUTPUT_UNDECLARED,
    AGENCY_RENDERING_UNDECLARED,
    AGENCY_RENDERING_MISSING,
    AGENCY_RENDERING_TEMPLATE,
    AGENCY_LANE_UNMAPPED,
    AGENCY_ROLE_UNUSED,
)
