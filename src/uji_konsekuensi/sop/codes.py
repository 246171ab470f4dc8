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
    messages={
        "": Text(
            id="SOP tidak memiliki langkah",
            en="the SOP has no steps",
        ),
    },
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
    messages={
        "": Text(
            id="penomoran langkah dimulai dari {first}, bukan 1",
            en="step numbering starts at {first}, not 1",
        ),
    },
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
    messages={
        "": Text(
            id="penomoran langkah melompat: tidak ada langkah {missing}",
            en="gap in the step numbering: no step {missing}",
        ),
    },
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
    messages={
        "": Text(
            id="nomor langkah {number} dipakai dua kali",
            en="step number {number} is used twice",
        ),
    },
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
    messages={
        "": Text(
            id="langkah {number} tercantum setelah langkah {previous}",
            en="step {number} is listed after step {previous}",
        ),
    },
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
    messages={
        "": Text(
            id="langkah {number} menuju langkah {target} yang tidak ada",
            en="step {number} goes to step {target}, which does not exist",
        ),
    },
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
    messages={
        "yes": Text(
            id="keputusan pada langkah {number} tidak memiliki cabang YA",
            en="the decision at step {number} has no YES branch",
        ),
        "no": Text(
            id="keputusan pada langkah {number} tidak memiliki cabang TIDAK",
            en="the decision at step {number} has no NO branch",
        ),
    },
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
    messages={
        "": Text(
            id="langkah keputusan {number} memakai 'next'; cabangnya 'yes' dan 'no'",
            en="decision step {number} has a 'next'; its branches are 'yes' and 'no'",
        ),
    },
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
    messages={
        "": Text(
            id="kedua cabang keputusan langkah {number} menuju tempat yang sama",
            en="both branches of the decision at step {number} go to the same place",
        ),
    },
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
    messages={
        "": Text(
            id="langkah {number} bukan keputusan tetapi memiliki cabang '{branch}'",
            en="step {number} is not a decision but has a '{branch}' branch",
        ),
    },
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
    messages={
        "": Text(
            id="langkah {number} tidak dapat dicapai dari langkah awal {start}",
            en="step {number} cannot be reached from the first step {start}",
        ),
    },
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
    messages={
        "": Text(
            id="tidak ada langkah tempat prosedur berakhir (terminator akhir)",
            en="no step where the procedure ends (end terminator)",
        ),
    },
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
    messages={
        "": Text(
            id=(
                "langkah {steps} tidak dapat mencapai akhir prosedur: alurnya masuk ke putaran "
                "tanpa jalan keluar"
            ),
            en=(
                "steps {steps} cannot reach an end of the procedure: they lead into a loop with "
                "no way out"
            ),
        ),
    },
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
    messages={
        "middle": Text(
            id="langkah {number} bersimbol terminator tetapi bukan awal atau akhir",
            en="step {number} has a terminator symbol but is neither start nor end",
        ),
        "first": Text(
            id="langkah {number} adalah langkah awal tetapi tidak bersimbol terminator",
            en="step {number} is the first step but does not have a terminator symbol",
        ),
        "end": Text(
            id="langkah {number} adalah langkah akhir tetapi tidak bersimbol terminator",
            en="step {number} is an end step but does not have a terminator symbol",
        ),
    },
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
    messages={
        "": Text(
            id="langkah {number} tidak memiliki pelaksana",
            en="step {number} has no actor",
        ),
    },
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
    messages={
        "": Text(
            id="pelaksana {actor!r} langkah {number} tidak ada di lajur ({known})",
            en="actor {actor!r} of step {number} is not a lane ({known})",
        ),
    },
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
    messages={
        "": Text(
            id="id lajur {lane!r} dipakai dua kali",
            en="lane id {lane!r} is used twice",
        ),
    },
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
    messages={
        "": Text(
            id="lajur {name!r} tidak memiliki langkah",
            en="lane {name!r} has no step",
        ),
    },
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
    messages={
        "": Text(
            id="peran lajur {name!r} belum ditentukan",
            en="the role of lane {name!r} is not decided yet",
        ),
    },
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
    messages={
        "": Text(
            id="langkah {number} tidak mencantumkan waktu",
            en="step {number} states no waktu (time)",
        ),
    },
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
    messages={
        "": Text(
            id="waktu langkah {number} tidak dapat dibaca: {text!r} ({problem.id})",
            en="the waktu of step {number} cannot be read: {text!r} ({problem.en})",
        ),
    },
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
    messages={
        "": Text(
            id="langkah {number} tidak mencantumkan output",
            en="step {number} states no output",
        ),
    },
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
    messages={
        "": Text(
            id="{label.id} tidak dapat dibaca: {text!r} ({problem.id})",
            en="{label.en} cannot be read: {text!r} ({problem.en})",
        ),
        "no_reason": Text(
            id="{label.id} tidak dapat dibaca: {text!r}",
            en="{label.en} cannot be read: {text!r}",
        ),
    },
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
    messages={
        "": Text(
            id="tanggal pembuatan tidak diisi",
            en="tanggal pembuatan is blank",
        ),
    },
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
    messages={
        "": Text(
            id="tanggal efektif tidak diisi: sejak kapan SOP berlaku tidak diketahui",
            en="tanggal efektif is blank: when the SOP took effect is unknown",
        ),
    },
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
    messages={
        "": Text(
            id="tanggal efektif ({date}) sebelum tanggal pembuatan ({created})",
            en="tanggal efektif ({date}) is before tanggal pembuatan ({created})",
        ),
    },
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
    messages={
        "": Text(
            id="tanggal revisi ({date}) sebelum tanggal pembuatan ({created})",
            en="tanggal revisi ({date}) is before tanggal pembuatan ({created})",
        ),
    },
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
    messages={
        "": Text(
            id=(
                "{label.id} {date!r} berjarak {gap} tahun dari tahun {year} pada nomor SOP "
                "{number!r}"
            ),
            en=(
                "{label.en} {date!r} is {gap} years away from the year {year} in the SOP number "
                "{number!r}"
            ),
        ),
    },
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
    messages={
        "": Text(
            id="pengesahan (disahkan oleh) tidak menyebut nama pejabat",
            en="the pengesahan (disahkan oleh) does not name the official",
        ),
    },
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
    messages={
        "": Text(
            id="NIP {nip!r} tidak sah: {problem.id}",
            en="NIP {nip!r} is not well formed: {problem.en}",
        ),
    },
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
    messages={
        "": Text(
            id="dasar hukum tidak diisi",
            en="no dasar hukum (legal basis) is given",
        ),
    },
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
    messages={
        "": Text(
            id="dasar hukum mengutip {statute}, yang telah dicabut oleh {revoked_by}",
            en="the dasar hukum cites {statute}, revoked by {revoked_by}",
        ),
        "before": Text(
            id=(
                "dasar hukum mengutip {statute}, yang telah dicabut oleh {revoked_by}; dicabut "
                "setelah SOP ini dibuat ({made}): SOP perlu direvisi"
            ),
            en=(
                "the dasar hukum cites {statute}, revoked by {revoked_by}; revoked after this SOP "
                "was made ({made}): the SOP needs revising"
            ),
        ),
    },
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
    messages={
        "": Text(
            id="catatan transkripsi menunjuk kolom yang tidak ada: {path}",
            en="a transcription record names a field that does not exist: {path}",
        ),
    },
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
    messages={
        "": Text(
            id="{path} berisi {actual!r}, catatan transkripsi ({attr}) menyebut {recorded!r}",
            en="{path} holds {actual!r} but the transcription record ({attr}) says {recorded!r}",
        ),
    },
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
    messages={
        "": Text(
            id="dua catatan {kind} untuk {path}",
            en="two {kind} records for {path}",
        ),
    },
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
