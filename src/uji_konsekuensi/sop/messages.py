"""What the findings of `SOP.validate()` say, keyed by code: the catalog beside the code table.

`codes.CODES` says what a ``sop.*`` code is (severity, basis, title); this module says what a
finding of that code tells the official about *this* SOP, in Bahasa Indonesia first and in
English. A rule builds a finding from the two, the code and its message filled with the SOP's
values (`uji_konsekuensi.i18n.Message`); each message names its code by the code's object, so
the code is written once, in codes.py::

    codes.STEPS_NUMBERING_START(M.STEPS_NUMBERING_START(first=0), field="steps[0].number")

A code with more than one wording has a message per ``variant`` (``FLOW_DECISION_BRANCH_MISSING``
for a missing YES branch, ``..._NO`` for a missing NO branch). Each message is named as its code
is in codes.py (with the variant appended); tests/test_messages.py holds the catalog to its
contract: every message belongs to a declared code, every code has one, and validate.py and
_identity_checks.py write no words of their own for a finding.

The ``sop.agency.*`` codes (`agency_codes`: an agency's SOPs against what its agency.json
declares, reported by ``agency validate``) are this area's too: their table sits beside codes.py
and they describe an SOP, so their words are here, not in `uji_konsekuensi.agency_messages`
(which holds the registry's ``agency.*`` and ``plugin.*`` lookups and refusals, no finding).
agency_data.py's `agency_findings` takes its words from this section.

Words that are no finding close the catalog, keyed by name: tanggal.py's refusals and notes of a
date text (``tanggal.*``), the names of the identity block's dates (``date_label``) and what is
wrong with a NIP (``nip.*``).
"""

from __future__ import annotations

from ..i18n import Message, message_catalog
from . import agency_codes, codes

# --- numbering: the Bagian Flowchart numbers its activities -----------------------------------
STEPS_NONE = Message(
    code=codes.STEPS_NONE.code,
    id="SOP tidak memiliki langkah",
    en="the SOP has no steps",
)
STEPS_NUMBERING_START = Message(
    code=codes.STEPS_NUMBERING_START.code,
    id="penomoran langkah dimulai dari {first}, bukan 1",
    en="step numbering starts at {first}, not 1",
)
STEPS_NUMBERING_DUPLICATE = Message(
    code=codes.STEPS_NUMBERING_DUPLICATE.code,
    id="nomor langkah {number} dipakai dua kali",
    en="step number {number} is used twice",
)
STEPS_NUMBERING_GAP = Message(
    code=codes.STEPS_NUMBERING_GAP.code,
    id="penomoran langkah melompat: tidak ada langkah {missing}",
    en="gap in the step numbering: no step {missing}",
)
STEPS_NUMBERING_ORDER = Message(
    code=codes.STEPS_NUMBERING_ORDER.code,
    id="langkah {number} tercantum setelah langkah {previous}",
    en="step {number} is listed after step {previous}",
)

# --- flow: a branching flowchart of terminators, processes and decisions ----------------------
FLOW_TARGET_MISSING = Message(
    code=codes.FLOW_TARGET_MISSING.code,
    id="langkah {number} menuju langkah {target} yang tidak ada",
    en="step {number} goes to step {target}, which does not exist",
)
FLOW_DECISION_BRANCH_MISSING_YES = Message(
    code=codes.FLOW_DECISION_BRANCH_MISSING.code,
    variant="yes",
    id="keputusan pada langkah {number} tidak memiliki cabang YA",
    en="the decision at step {number} has no YES branch",
)
FLOW_DECISION_BRANCH_MISSING_NO = Message(
    code=codes.FLOW_DECISION_BRANCH_MISSING.code,
    variant="no",
    id="keputusan pada langkah {number} tidak memiliki cabang TIDAK",
    en="the decision at step {number} has no NO branch",
)
FLOW_DECISION_HAS_NEXT = Message(
    code=codes.FLOW_DECISION_HAS_NEXT.code,
    id="langkah keputusan {number} memakai 'next'; cabangnya 'yes' dan 'no'",
    en="decision step {number} has a 'next'; its branches are 'yes' and 'no'",
)
FLOW_DECISION_SAME_TARGET = Message(
    code=codes.FLOW_DECISION_SAME_TARGET.code,
    id="kedua cabang keputusan langkah {number} menuju tempat yang sama",
    en="both branches of the decision at step {number} go to the same place",
)
FLOW_BRANCH_WITHOUT_DECISION = Message(
    code=codes.FLOW_BRANCH_WITHOUT_DECISION.code,
    id="langkah {number} bukan keputusan tetapi memiliki cabang '{branch}'",
    en="step {number} is not a decision but has a '{branch}' branch",
)
FLOW_UNREACHABLE = Message(
    code=codes.FLOW_UNREACHABLE.code,
    id="langkah {number} tidak dapat dicapai dari langkah awal {start}",
    en="step {number} cannot be reached from the first step {start}",
)
FLOW_NO_END = Message(
    code=codes.FLOW_NO_END.code,
    id="tidak ada langkah tempat prosedur berakhir (terminator akhir)",
    en="no step where the procedure ends (end terminator)",
)
FLOW_NO_EXIT = Message(
    code=codes.FLOW_NO_EXIT.code,
    id=(
        "langkah {steps} tidak dapat mencapai akhir prosedur: alurnya masuk ke putaran tanpa jalan "
        "keluar"
    ),
    en="steps {steps} cannot reach an end of the procedure: they lead into a loop with no way out",
)
STEP_TERMINATOR_MIDDLE = Message(
    code=codes.STEP_TERMINATOR.code,
    variant="middle",
    id="langkah {number} bersimbol terminator tetapi bukan awal atau akhir",
    en="step {number} has a terminator symbol but is neither start nor end",
)
STEP_TERMINATOR_FIRST = Message(
    code=codes.STEP_TERMINATOR.code,
    variant="first",
    id="langkah {number} adalah langkah awal tetapi tidak bersimbol terminator",
    en="step {number} is the first step but does not have a terminator symbol",
)
STEP_TERMINATOR_END = Message(
    code=codes.STEP_TERMINATOR.code,
    variant="end",
    id="langkah {number} adalah langkah akhir tetapi tidak bersimbol terminator",
    en="step {number} is an end step but does not have a terminator symbol",
)

# --- actors: each step is drawn in the lane of its pelaksana ----------------------------------
STEP_ACTOR_MISSING = Message(
    code=codes.STEP_ACTOR_MISSING.code,
    id="langkah {number} tidak memiliki pelaksana",
    en="step {number} has no actor",
)
STEP_ACTOR_UNKNOWN = Message(
    code=codes.STEP_ACTOR_UNKNOWN.code,
    id="pelaksana {actor!r} langkah {number} tidak ada di lajur ({known})",
    en="actor {actor!r} of step {number} is not a lane ({known})",
)
LANE_DUPLICATE = Message(
    code=codes.LANE_DUPLICATE.code,
    id="id lajur {lane!r} dipakai dua kali",
    en="lane id {lane!r} is used twice",
)
LANE_UNUSED = Message(
    code=codes.LANE_UNUSED.code,
    id="lajur {name!r} tidak memiliki langkah",
    en="lane {name!r} has no step",
)
LANE_ROLE_MISSING = Message(
    code=codes.LANE_ROLE_MISSING.code,
    id="peran lajur {name!r} belum ditentukan",
    en="the role of lane {name!r} is not decided yet",
)

# --- mutu baku: kelengkapan, waktu, output ----------------------------------------------------
STEP_WAKTU_MISSING = Message(
    code=codes.STEP_WAKTU_MISSING.code,
    id="langkah {number} tidak mencantumkan waktu",
    en="step {number} states no waktu (time)",
)
STEP_WAKTU_UNREADABLE = Message(
    code=codes.STEP_WAKTU_UNREADABLE.code,
    id="waktu langkah {number} tidak dapat dibaca: {text!r} ({problem})",
    en="the waktu of step {number} cannot be read: {text!r} ({problem})",
)
STEP_OUTPUT_MISSING = Message(
    code=codes.STEP_OUTPUT_MISSING.code,
    id="langkah {number} tidak mencantumkan output",
    en="step {number} states no output",
)

# --- identity: the Bagian Identitas -----------------------------------------------------------
IDENTITY_DATE_UNREADABLE = Message(
    code=codes.IDENTITY_DATE_UNREADABLE.code,
    id="{label} tidak dapat dibaca: {text!r} ({problem})",
    en="{label} cannot be read: {text!r} ({problem})",
)
IDENTITY_DATE_UNREADABLE_NO_REASON = Message(
    code=codes.IDENTITY_DATE_UNREADABLE.code,
    variant="no_reason",
    id="{label} tidak dapat dibaca: {text!r}",
    en="{label} cannot be read: {text!r}",
)
IDENTITY_CREATED_MISSING = Message(
    code=codes.IDENTITY_CREATED_MISSING.code,
    id="tanggal pembuatan tidak diisi",
    en="tanggal pembuatan is blank",
)
IDENTITY_EFFECTIVE_MISSING = Message(
    code=codes.IDENTITY_EFFECTIVE_MISSING.code,
    id="tanggal efektif tidak diisi: sejak kapan SOP berlaku tidak diketahui",
    en="tanggal efektif is blank: when the SOP took effect is unknown",
)
IDENTITY_EFFECTIVE_BEFORE_CREATED = Message(
    code=codes.IDENTITY_EFFECTIVE_BEFORE_CREATED.code,
    id="tanggal efektif ({date}) sebelum tanggal pembuatan ({created})",
    en="tanggal efektif ({date}) is before tanggal pembuatan ({created})",
)
IDENTITY_REVISED_BEFORE_CREATED = Message(
    code=codes.IDENTITY_REVISED_BEFORE_CREATED.code,
    id="tanggal revisi ({date}) sebelum tanggal pembuatan ({created})",
    en="tanggal revisi ({date}) is before tanggal pembuatan ({created})",
)
IDENTITY_DATE_YEAR_MISMATCH = Message(
    code=codes.IDENTITY_DATE_YEAR_MISMATCH.code,
    id="{label} {date!r} berjarak {gap} tahun dari tahun {year} pada nomor SOP {number!r}",
    en="{label} {date!r} is {gap} years away from the year {year} in the SOP number {number!r}",
)
IDENTITY_APPROVAL_MISSING = Message(
    code=codes.IDENTITY_APPROVAL_MISSING.code,
    id="pengesahan (disahkan oleh) tidak menyebut nama pejabat",
    en="the pengesahan (disahkan oleh) does not name the official",
)
IDENTITY_NIP_MALFORMED = Message(
    code=codes.IDENTITY_NIP_MALFORMED.code,
    id="NIP {nip!r} tidak sah: {problem}",
    en="NIP {nip!r} is not well formed: {problem}",
)
IDENTITY_LEGAL_BASIS_MISSING = Message(
    code=codes.IDENTITY_LEGAL_BASIS_MISSING.code,
    id="dasar hukum tidak diisi",
    en="no dasar hukum (legal basis) is given",
)
IDENTITY_LEGAL_BASIS_REVOKED = Message(
    code=codes.IDENTITY_LEGAL_BASIS_REVOKED.code,
    id="dasar hukum mengutip {statute}, yang telah dicabut oleh {revoked_by}",
    en="the dasar hukum cites {statute}, revoked by {revoked_by}",
)
IDENTITY_LEGAL_BASIS_REVOKED_BEFORE = Message(
    code=codes.IDENTITY_LEGAL_BASIS_REVOKED.code,
    variant="before",
    id=(
        "dasar hukum mengutip {statute}, yang telah dicabut oleh {revoked_by}; dicabut setelah SOP "
        "ini dibuat ({made}): SOP perlu direvisi"
    ),
    en=(
        "the dasar hukum cites {statute}, revoked by {revoked_by}; revoked after this SOP was made "
        "({made}): the SOP needs revising"
    ),
)

# --- provenance: the corrections and inferences of a transcription ----------------------------
PROVENANCE_UNKNOWN_FIELD = Message(
    code=codes.PROVENANCE_UNKNOWN_FIELD.code,
    id="catatan transkripsi menunjuk kolom yang tidak ada: {path}",
    en="a transcription record names a field that does not exist: {path}",
)
PROVENANCE_MISMATCH = Message(
    code=codes.PROVENANCE_MISMATCH.code,
    id="{path} berisi {actual!r}, catatan transkripsi ({attr}) menyebut {recorded!r}",
    en="{path} holds {actual!r} but the transcription record ({attr}) says {recorded!r}",
)
PROVENANCE_DUPLICATE = Message(
    code=codes.PROVENANCE_DUPLICATE.code,
    id="dua catatan {kind} untuk {path}",
    en="two {kind} records for {path}",
)

# --- agency: the SOP against its agency.json (`agency_data.agency_findings`) ------------------
AGENCY_LANE_UNMAPPED = Message(
    code=agency_codes.AGENCY_LANE_UNMAPPED.code,
    id=(
        "SOP {number}: lajur {lane!r} ({name}) tidak memainkan peran apa pun; petakan di "
        'agency.json "lanes" ({{"lane": "{lane}", "role": ...}})'
    ),
    en=(
        "SOP {number}: lane {lane!r} ({name}) plays no role; map it in agency.json "
        '"lanes" ({{"lane": "{lane}", "role": ...}})'
    ),
)
AGENCY_TRIGGER = Message(
    code=agency_codes.AGENCY_TRIGGER.code,
    id="SOP {number} berpemicu {sop_trigger}, instansi {agency_trigger}",
    en="SOP {number} is triggered by {sop_trigger}, the agency by {agency_trigger}",
)
# ``name`` is the role's `Text`: each language shows its own name of the role.
AGENCY_ROLE_UNUSED = Message(
    code=agency_codes.AGENCY_ROLE_UNUSED.code,
    id="peran {code!r} ({name}) tidak dimainkan lajur mana pun",
    en="role {code!r} ({name}) is played by no lane",
)
AGENCY_TIMEZONE = Message(
    code=agency_codes.AGENCY_TIMEZONE.code,
    id="kalender {calendar}, instansi {agency}",
    en="calendar {calendar}, agency {agency}",
)
AGENCY_DOCUMENT_DUPLICATE = Message(
    code=agency_codes.AGENCY_DOCUMENT_DUPLICATE.code,
    id="dokumen {code!r}",
    en="document {code!r}",
)
AGENCY_DOCUMENT_STEP = Message(
    code=agency_codes.AGENCY_DOCUMENT_STEP.code,
    id="dokumen {code!r}: langkah {step} tidak ada",
    en="document {code!r}: there is no step {step}",
)
AGENCY_DOCUMENT_UNPRODUCED = Message(
    code=agency_codes.AGENCY_DOCUMENT_UNPRODUCED.code,
    id="langkah {step} membutuhkan {code!r}, yang tidak dihasilkan langkah mana pun",
    en="step {step} requires {code!r}, which no step produces",
)
AGENCY_DOCUMENT_PRODUCED_LATER = Message(
    code=agency_codes.AGENCY_DOCUMENT_PRODUCED_LATER.code,
    id="langkah {step} membutuhkan {code!r}, yang baru dihasilkan langkah {first}",
    en="step {step} requires {code!r}, which is first produced by step {first}",
)
AGENCY_OUTPUT_UNDECLARED = Message(
    code=agency_codes.AGENCY_OUTPUT_UNDECLARED.code,
    id=(
        "langkah {step} menulis output {output!r}, tetapi tidak ada dokumen dengan "
        "produced_by_steps yang memuatnya"
    ),
    en=("step {step} writes the output {output!r}, but no document lists it in produced_by_steps"),
)
AGENCY_RENDERING_UNDECLARED = Message(
    code=agency_codes.AGENCY_RENDERING_UNDECLARED.code,
    id="dokumen {code!r}",
    en="document {code!r}",
)
AGENCY_RENDERING_TEMPLATE = Message(
    code=agency_codes.AGENCY_RENDERING_TEMPLATE.code,
    id="templat {template!r} (ada: {listed})",
    en="template {template!r} (there are: {listed})",
)
AGENCY_RENDERING_MISSING = Message(
    code=agency_codes.AGENCY_RENDERING_MISSING.code,
    id="dokumen {code!r}",
    en="document {code!r}",
)

# --- no finding: the words of tanggal.py's refusals and notes, an identity date's name, a NIP ---
# Keyed by name, not by a code of the tables (a refused date text is no finding of its own; the
# finding that quotes it is ``sop.identity.date_unreadable``).
TANGGAL_EMPTY = Message(code="tanggal.empty", id="tanggal kosong", en="empty date")
TANGGAL_UNREADABLE = Message(
    code="tanggal.unreadable",
    id="tanggal tidak dapat dibaca: {text!r}",
    en="date cannot be read: {text!r}",
)
TANGGAL_WEEKDAY_ALONE = Message(
    code="tanggal.weekday_alone",
    id="nama hari tanpa tanggal",
    en="a weekday without a day of the month",
)
TANGGAL_YEAR_RANGE = Message(
    code="tanggal.year_range",
    id="tahun {year} di luar rentang {first}-{last}",
    en="year {year} outside {first}-{last}",
)
TANGGAL_MONTH_RANGE = Message(
    code="tanggal.month_range", id="bulan {month} tidak ada", en="there is no month {month}"
)
TANGGAL_DAY_RANGE = Message(
    code="tanggal.day_range",
    id="tanggal {day} tidak ada pada bulan {month} tahun {year}",
    en="there is no day {day} in month {month} of {year}",
)
TANGGAL_WEEKDAY_WRONG = Message(
    code="tanggal.weekday_wrong",
    id="nama hari tidak cocok dengan tanggal {date}",
    en="the weekday does not match the date {date}",
)
TANGGAL_MONTH_UNKNOWN = Message(
    code="tanggal.month_unknown",
    id="nama bulan tidak dikenal: {name!r}",
    en="unknown month name: {name!r}",
)
#: What every refusal of a date text expects: the forms the seed SOPs write.
TANGGAL_EXPECTED = Message(
    code="tanggal.expected",
    id="'26 Agustus 2020', '20-Jan-25', 'Agustus 2020', '2020-08-26' atau '26-08-2020'",
    en="'26 Agustus 2020', '20-Jan-25', 'Agustus 2020', '2020-08-26' or '26-08-2020'",
)
# How a date text was read (`Tanggal.reading`), each a note joined by "; ".
TANGGAL_NOTE_TWO_DIGIT_YEAR = Message(
    code="tanggal.note",
    variant="two_digit_year",
    id="tahun dua angka '{raw}' dibaca {year}",
    en="two-digit year '{raw}' read as {year}",
)
TANGGAL_NOTE_LEADERS = Message(
    code="tanggal.note",
    variant="leaders",
    id="titik-titik isian formulir diabaikan",
    en="the fill-in leader dots of the printed form are ignored",
)
TANGGAL_NOTE_NO_DAY = Message(
    code="tanggal.note",
    variant="no_day",
    id="tanggal (hari) tidak diisi: hanya bulan",
    en="the day was left blank: month precision only",
)
# The identity block's dates, as a finding names them: the field's own Indonesian name first.
DATE_LABEL_CREATED = Message(
    code="date_label",
    variant="created",
    id="tanggal pembuatan",
    en="tanggal pembuatan (date made)",
)
DATE_LABEL_REVISED = Message(
    code="date_label",
    variant="revised",
    id="tanggal revisi",
    en="tanggal revisi (date revised)",
)
DATE_LABEL_EFFECTIVE = Message(
    code="date_label",
    variant="effective",
    id="tanggal efektif",
    en="tanggal efektif (effective date)",
)
# What is wrong with an 18-digit NIP (`_identity_checks.nip_problem`: its digits, in order).
NIP_LENGTH = Message(code="nip.length", id="harus 18 angka", en="expected 18 digits")
NIP_BIRTH = Message(
    code="nip.birth",
    id="8 angka pertama bukan tanggal lahir",
    en="digits 1-8 are not a birth date",
)
NIP_APPOINTMENT = Message(
    code="nip.appointment",
    id="angka 9-14 bukan tahun dan bulan pengangkatan yang mungkin",
    en="digits 9-14 are not a possible year and month of appointment",
)
NIP_SEX = Message(
    code="nip.sex",
    id="angka ke-15 (jenis kelamin) harus 1 atau 2",
    en="digit 15 (sex) must be 1 or 2",
)


#: Every message above: code -> variant -> `Message` ("" for the only or the main wording).
MESSAGES = message_catalog(globals())
