"""The ``sop.*`` finding codes of `SOP.validate()`, each declared once: severity, basis, meaning.

Rules build their findings by calling a code (``FLOW_NO_END(Text(...), field="steps")``), so no
code, severity or basis is written anywhere else. The groups follow the rules of validate.py
(numbering, flow, actors, mutu baku, identity, provenance); docs/sop.md lists each group in a
table generated from `CODES` (``python tools/code_tables.py``; tests/test_code_tables.py keeps
them equal).
"""

from __future__ import annotations

from ..findings import FindingCode, Severity, code_table
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


# --- numbering: the Bagian Flowchart numbers its activities ---------------------------------

STEPS_NONE = FindingCode(
    code="sop.steps.none",
    severity=Severity.ERROR,
    basis=_NUMBERING,
    title=Text(
        id="SOP tidak memiliki langkah",
        en="the SOP has no step",
    ),
    group="numbering",
)
STEPS_NUMBERING_START = FindingCode(
    code="sop.steps.numbering.start",
    severity=Severity.WARNING,
    basis=_NUMBERING,
    title=Text(
        id="nomor langkah terkecil bukan 1",
        en="the lowest step number is not 1",
    ),
    group="numbering",
)
STEPS_NUMBERING_GAP = FindingCode(
    code="sop.steps.numbering.gap",
    severity=Severity.WARNING,
    basis=_NUMBERING,
    title=Text(
        id="sebuah nomor di antara nomor terkecil dan terbesar tidak ada",
        en="a number between the lowest and the highest is missing",
    ),
    group="numbering",
)
STEPS_NUMBERING_DUPLICATE = FindingCode(
    code="sop.steps.numbering.duplicate",
    severity=Severity.ERROR,
    basis=_NUMBERING,
    title=Text(
        id="dua langkah memakai nomor yang sama (alurnya menjadi ambigu)",
        en="two steps share a number (the flow is ambiguous)",
    ),
    group="numbering",
)
STEPS_NUMBERING_ORDER = FindingCode(
    code="sop.steps.numbering.order",
    severity=Severity.WARNING,
    basis=_NUMBERING,
    title=Text(
        id="sebuah langkah tercantum setelah nomor yang lebih besar",
        en="a step is listed after a higher number",
    ),
    group="numbering",
)

# --- flow: a branching flowchart of terminators, processes and decisions ---------------------

FLOW_TARGET_MISSING = FindingCode(
    code="sop.flow.target.missing",
    severity=Severity.ERROR,
    basis=_FLOW,
    title=Text(
        id="`next`, `yes.to` atau `no.to` menunjuk langkah yang tidak ada",
        en="`next`, `yes.to` or `no.to` names a step that does not exist",
    ),
    group="flow",
)
FLOW_DECISION_BRANCH_MISSING = FindingCode(
    code="sop.flow.decision.branch_missing",
    severity=Severity.ERROR,
    basis=_FLOW,
    title=Text(
        id="sebuah keputusan tidak memiliki cabang YA atau TIDAK",
        en="a decision lacks its YES or NO branch",
    ),
    group="flow",
)
FLOW_DECISION_HAS_NEXT = FindingCode(
    code="sop.flow.decision.has_next",
    severity=Severity.ERROR,
    basis=_FLOW,
    title=Text(
        id="sebuah keputusan memakai `next` (jalan keluarnya `yes` dan `no`)",
        en="a decision has `next` (its ways out are `yes` and `no`)",
    ),
    group="flow",
)
FLOW_DECISION_SAME_TARGET = FindingCode(
    code="sop.flow.decision.same_target",
    severity=Severity.WARNING,
    basis=_FLOW,
    title=Text(
        id="kedua cabang menuju tempat yang sama (keputusan itu tidak memutuskan apa pun)",
        en="both branches go to the same place (the decision decides nothing)",
    ),
    group="flow",
)
FLOW_BRANCH_WITHOUT_DECISION = FindingCode(
    code="sop.flow.branch_without_decision",
    severity=Severity.ERROR,
    basis=_FLOW,
    title=Text(
        id="sebuah proses atau terminator memiliki cabang `yes`/`no`",
        en="a process or terminator has a `yes`/`no` branch",
    ),
    group="flow",
)
FLOW_UNREACHABLE = FindingCode(
    code="sop.flow.unreachable",
    severity=Severity.ERROR,
    basis=_FLOW,
    title=Text(
        id="sebuah langkah tidak dapat dicapai dari langkah awal",
        en="a step cannot be reached from the first step",
    ),
    group="flow",
)
FLOW_NO_END = FindingCode(
    code="sop.flow.no_end",
    severity=Severity.ERROR,
    basis=_FLOW,
    title=Text(
        id="tidak ada langkah yang mengakhiri prosedur",
        en="no step ends the procedure",
    ),
    group="flow",
)
FLOW_NO_EXIT = FindingCode(
    code="sop.flow.no_exit",
    severity=Severity.ERROR,
    basis=_FLOW,
    title=Text(
        id="dari sebagian langkah yang dapat dicapai, akhir prosedur tidak dapat dicapai (putaran "
        "tanpa jalan keluar); satu temuan mencantumkan semuanya",
        en="from some reachable steps no end can be reached (a loop without exit); one finding "
        "lists them",
    ),
    group="flow",
)
STEP_TERMINATOR = FindingCode(
    code="sop.step.terminator",
    severity=Severity.WARNING,
    basis=_FLOW,
    title=Text(
        id="langkah awal atau proses yang mengakhiri prosedur tidak bersimbol kapsul, atau sebuah "
        "kapsul berada di tengah alur (keputusan boleh berakhir pada cabangnya)",
        en="the first step or a process that ends is not a capsule, or a capsule sits in the "
        "middle (decisions may end on a branch)",
    ),
    group="flow",
)

# --- actors: each step is drawn in the lane of its pelaksana --------------------------------

STEP_ACTOR_MISSING = FindingCode(
    code="sop.step.actor.missing",
    severity=Severity.ERROR,
    basis=_ACTORS,
    title=Text(
        id="sebuah langkah tidak memiliki pelaksana",
        en="a step has no actor",
    ),
    group="actors",
)
STEP_ACTOR_UNKNOWN = FindingCode(
    code="sop.step.actor.unknown",
    severity=Severity.ERROR,
    basis=_ACTORS,
    title=Text(
        id="sebuah pelaksana bukan salah satu lajur",
        en="an actor is not one of the lanes",
    ),
    group="actors",
)
LANE_DUPLICATE = FindingCode(
    code="sop.lane.duplicate",
    severity=Severity.ERROR,
    basis=_ACTORS,
    title=Text(
        id="dua lajur memakai id yang sama",
        en="two lanes share an id",
    ),
    group="actors",
)
LANE_UNUSED = FindingCode(
    code="sop.lane.unused",
    severity=Severity.WARNING,
    basis=_ACTORS,
    title=Text(
        id="sebuah lajur tidak memiliki langkah",
        en="a lane has no step",
    ),
    group="actors",
)
LANE_ROLE_MISSING = FindingCode(
    code="sop.lane.role.missing",
    severity=Severity.ERROR,
    basis=_ACTORS,
    title=Text(
        id="peran sebuah lajur belum ditentukan (draf hasil `sop import`)",
        en="a lane's role is not decided (a draft of `sop import`)",
    ),
    group="actors",
)

# --- mutu baku: kelengkapan, waktu and output of each step ----------------------------------

STEP_WAKTU_MISSING = FindingCode(
    code="sop.step.waktu.missing",
    severity=Severity.WARNING,
    basis=_MUTU,
    title=Text(
        id="sebuah langkah tidak mencantumkan waktu",
        en="a step states no waktu",
    ),
    group="mutu-baku",
)
STEP_WAKTU_UNREADABLE = FindingCode(
    code="sop.step.waktu.unreadable",
    severity=Severity.WARNING,
    basis=_MUTU,
    title=Text(
        id="`parse_waktu` tidak dapat membaca waktu (setelah koreksi)",
        en="`parse_waktu` cannot read the (corrected) waktu",
    ),
    group="mutu-baku",
)
STEP_OUTPUT_MISSING = FindingCode(
    code="sop.step.output.missing",
    severity=Severity.WARNING,
    basis=_MUTU,
    title=Text(
        id="sebuah langkah tidak mencantumkan output",
        en="a step states no output",
    ),
    group="mutu-baku",
)

# --- identity: the Bagian Identitas (rules in _identity_checks.py) --------------------------

IDENTITY_DATE_UNREADABLE = FindingCode(
    code="sop.identity.date.unreadable",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="sebuah tanggal tidak dapat dibaca",
        en="a tanggal cannot be read",
    ),
    group="identity",
)
IDENTITY_CREATED_MISSING = FindingCode(
    code="sop.identity.created.missing",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="tanggal pembuatan tidak diisi",
        en="no tanggal pembuatan",
    ),
    group="identity",
)
IDENTITY_EFFECTIVE_MISSING = FindingCode(
    code="sop.identity.effective.missing",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="tanggal efektif tidak diisi: sejak kapan SOP berlaku tidak diketahui",
        en="no tanggal efektif: when the SOP took effect is unknown",
    ),
    group="identity",
)
IDENTITY_EFFECTIVE_BEFORE_CREATED = FindingCode(
    code="sop.identity.effective.before_created",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="tanggal efektif seluruhnya jatuh sebelum tanggal pembuatan",
        en="the tanggal efektif lies wholly before the tanggal pembuatan",
    ),
    group="identity",
)
IDENTITY_REVISED_BEFORE_CREATED = FindingCode(
    code="sop.identity.revised.before_created",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="tanggal revisi seluruhnya jatuh sebelum tanggal pembuatan",
        en="the tanggal revisi lies wholly before the tanggal pembuatan",
    ),
    group="identity",
)
IDENTITY_DATE_YEAR_MISMATCH = FindingCode(
    code="sop.identity.date.year_mismatch",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="sebuah tanggal berjarak lebih dari `max_year_gap` (1) tahun dari tahun pada nomor SOP "
        "(kelompok angka 19xx/20xx; nomor tanpa tahun tidak diperiksa)",
        en="a date is more than `max_year_gap` (1) years from the year in the SOP number (a "
        "19xx/20xx group; numbers without one are not checked)",
    ),
    group="identity",
)
IDENTITY_APPROVAL_MISSING = FindingCode(
    code="sop.identity.approval.missing",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="tidak ada pengesahan, atau pengesahan tidak menyebut nama pejabat",
        en="no pengesahan, or it names no official",
    ),
    group="identity",
)
IDENTITY_NIP_MALFORMED = FindingCode(
    code="sop.identity.nip.malformed",
    severity=Severity.WARNING,
    basis=_NIP_BASIS,
    title=Text(
        id="NIP (setelah koreksi) bukan 18 angka berisi tanggal lahir, tahun-bulan pengangkatan "
        "(sekurang-kurangnya 15 tahun setelah lahir), jenis kelamin (1/2) dan nomor urut",
        en="the (corrected) NIP is not 18 digits of birth date, year-month of appointment (at "
        "least 15 years after birth), sex (1/2) and serial",
    ),
    group="identity",
)
IDENTITY_LEGAL_BASIS_MISSING = FindingCode(
    code="sop.identity.legal_basis.missing",
    severity=Severity.WARNING,
    basis=_IDENT,
    title=Text(
        id="dasar hukum tidak diisi",
        en="no dasar hukum",
    ),
    group="identity",
)
# The finding names the revoking provision itself (PERKI 1/2021 Pasal 63 huruf a or huruf b,
# `StatuteRef.revoked_by`); the table gives the Pasal both come from.
IDENTITY_LEGAL_BASIS_REVOKED = FindingCode(
    code="sop.identity.legal_basis.revoked",
    severity=Severity.WARNING,
    basis="PERKI 1/2021 Pasal 63",
    title=Text(
        id="sebuah butir dasar hukum mengutip peraturan yang telah dicabut "
        "(`StatuteRef.revoked_by`: PERKI 1/2010, PERKI 1/2017); dasarnya adalah ketentuan yang "
        "mencabut. SOP yang berlaku sebelum PERKI 1/2021 berlaku (30 Juni 2021, Pasal 64) "
        "mengutipnya dengan benar: pesannya lalu menyebut bahwa SOP perlu direvisi (KASN, 2020), "
        "bukan bahwa SOP mengutip aturan yang tidak berlaku lagi (Kalteng, 2025)",
        en="a dasar hukum entry cites a revoked instrument (`StatuteRef.revoked_by`: PERKI 1/2010, "
        "PERKI 1/2017); the basis is the revoking provision. An SOP in force before PERKI "
        "1/2021 took effect (30 June 2021, Pasal 64) cited it rightly: the message then says the "
        "SOP needs revising (KASN, 2020), rather than that it cites a dead rule (Kalteng, 2025)",
    ),
    group="identity",
)

# --- provenance: the corrections and inferences of a transcription --------------------------

PROVENANCE_UNKNOWN_FIELD = FindingCode(
    code="sop.provenance.unknown_field",
    severity=Severity.ERROR,
    basis=_PROVENANCE,
    title=Text(
        id="sebuah koreksi atau inferensi menunjuk kolom yang tidak ada",
        en="a correction or inference names a field that does not exist",
    ),
    group="provenance",
)
PROVENANCE_MISMATCH = FindingCode(
    code="sop.provenance.mismatch",
    severity=Severity.ERROR,
    basis=_PROVENANCE,
    title=Text(
        id="kolom tidak lagi berisi `as_written` koreksinya atau `value` inferensinya (juga: "
        "koreksi atas seluruh daftar)",
        en="the field no longer holds the correction's `as_written` or the inference's `value` "
        "(also: a correction of a whole list)",
    ),
    group="provenance",
)
PROVENANCE_DUPLICATE = FindingCode(
    code="sop.provenance.duplicate",
    severity=Severity.ERROR,
    basis=_PROVENANCE,
    title=Text(
        id="dua koreksi, atau dua inferensi, untuk kolom yang sama",
        en="two corrections, or two inferences, for the same field",
    ),
    group="provenance",
)

#: Every ``sop.*`` finding code, code → `FindingCode`, in the order docs/sop.md lists them.
CODES: dict[str, FindingCode] = code_table(
    STEPS_NONE,
    STEPS_NUMBERING_START,
    STEPS_NUMBERING_GAP,
    STEPS_NUMBERING_DUPLICATE,
    STEPS_NUMBERING_ORDER,
    FLOW_TARGET_MISSING,
    FLOW_DECISION_BRANCH_MISSING,
    FLOW_DECISION_HAS_NEXT,
    FLOW_DECISION_SAME_TARGET,
    FLOW_BRANCH_WITHOUT_DECISION,
    FLOW_UNREACHABLE,
    FLOW_NO_END,
    FLOW_NO_EXIT,
    STEP_TERMINATOR,
    STEP_ACTOR_MISSING,
    STEP_ACTOR_UNKNOWN,
    LANE_DUPLICATE,
    LANE_UNUSED,
    LANE_ROLE_MISSING,
    STEP_WAKTU_MISSING,
    STEP_WAKTU_UNREADABLE,
    STEP_OUTPUT_MISSING,
    IDENTITY_DATE_UNREADABLE,
    IDENTITY_CREATED_MISSING,
    IDENTITY_EFFECTIVE_MISSING,
    IDENTITY_EFFECTIVE_BEFORE_CREATED,
    IDENTITY_REVISED_BEFORE_CREATED,
    IDENTITY_DATE_YEAR_MISMATCH,
    IDENTITY_APPROVAL_MISSING,
    IDENTITY_NIP_MALFORMED,
    IDENTITY_LEGAL_BASIS_MISSING,
    IDENTITY_LEGAL_BASIS_REVOKED,
    PROVENANCE_UNKNOWN_FIELD,
    PROVENANCE_MISMATCH,
    PROVENANCE_DUPLICATE,
)
