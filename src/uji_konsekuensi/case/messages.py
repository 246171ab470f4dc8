"""What the case checker's findings say, keyed by code: the catalog beside the code table.

`codes.CODES` says what a code is (severity, basis, title); this module says what a finding of
that code tells the official about *this* case, in Bahasa Indonesia first and in English. A rule
builds a finding from the two: the code and one of its messages, filled with the case's values::

    ORDER_NOT_STARTED(M.ORDER_NOT_STARTED(step=4), field="events[7]", step=4)

A code may have more than one message (a ``variant``: a pause that pauses again and a resume
without a pause are both ``case.pause.unmatched``). A message is a template in each language:
``{name}`` takes the value given by that name (``{name!r}`` its repr, as an f-string would), and a
value that is itself a `Text` gives each language its own words (``what=Text("dimulai", "was
started")``). tests/test_case_messages.py holds the catalog to its contract: every message
belongs to a declared code, both languages name the same values, and a rule that reports a code
from this catalog takes its words from here.

Every rule module of the case area takes its findings' messages from here (``flow``, ``clock``,
``law_checks``, ``sop_checks``, ``instruments``, ``formalities``, ``consistency``,
``references``, ``integrity``), and so do ``io`` (a case file's problems with its references,
`ProblemMessage`, keyed by a name: a file refused has no finding code) and ``state`` (the words
of the status report, ``STATUS_*``). A plain `Text` here is a fragment a message takes as a
value (``STARTED``, ``RECORD_NAMES``) or a template filled with `Text.format`, the same values
in both languages (``LATE_DAYS``). What stays beside its own table: a rule's description (with
the rule, ``core_rule``) and the table of powers' acts and notes (``powers.POWERS``, which docs
print). How to add one: docs/architecture.md, "Adding a message".
"""

from __future__ import annotations

import attrs

from ..errors import Problem
from ..i18n import Message, Text, message_catalog

__all__ = ["MESSAGES", "PROBLEMS", "Message", "ProblemMessage"]


# --- order: the log against the SOP's flow (flow.replay) ------------------------------------

#: What a step's event did, for the order messages ("Langkah 4 dimulai ...").
STARTED = Text("dimulai", "was started")
COMPLETED = Text("selesai", "was completed")

LOG_NOT_CHRONOLOGICAL = Message(
    code="case.log.not_chronological",
    id="Peristiwa {index} ({kind}) tercatat lebih awal daripada peristiwa sebelumnya: log kasus "
    "harus berurutan menurut waktu",
    en="Event {index} ({kind}) is dated before the event before it: the case log must be in "
    "time order",
)
ORDER_AFTER_END = Message(
    code="case.order.after_end",
    id="Langkah {step} {what} setelah prosedur SOP selesai",
    en="Step {step} {what} after the SOP's procedure had ended",
)
ORDER_OUT_OF_ORDER = Message(
    code="case.order.out_of_order",
    id="Langkah {step} {what} tidak pada urutannya: menurut SOP langkah berikutnya adalah {next}",
    en="Step {step} {what} out of order: by the SOP the next step is {next}",
)
ORDER_SKIPPED = Message(
    code="case.order.skipped",
    id="Langkah {skipped} dilewati: langkah {step} {what} padahal langkah {skipped} belum "
    "dilaksanakan",
    en="Step {skipped} was skipped: step {step} {what} before step {skipped} was carried out",
)
ORDER_BEFORE_PREDECESSOR = Message(
    code="case.order.before_predecessor",
    id="Langkah {step} dimulai sebelum langkah {running} selesai",
    en="Step {step} started before step {running} was completed",
)
ORDER_NOT_STARTED = Message(
    code="case.order.not_started",
    id="Langkah {step} dicatat selesai tanpa dicatat dimulai",
    en="Step {step} is recorded as completed without being recorded as started",
)
DECISION_NO_BRANCH = Message(
    code="case.decision.no_branch",
    id="Langkah {step} adalah keputusan, tetapi cabang yang diambil (ya/tidak) tidak dicatat",
    en="Step {step} is a decision but the branch taken (yes/no) is not recorded",
)
DECISION_BRANCH_ON_PROCESS = Message(
    code="case.decision.branch_on_process",
    id="Langkah {step} bukan keputusan; cabang {branch!r} diabaikan",
    en="Step {step} is not a decision; branch {branch!r} is ignored",
)
LOOP_OUTSIDE_SOP = Message(
    code="case.loop.outside_sop",
    id="Kembali dari langkah {from_step} ke langkah {to_step} untuk perbaikan, padahal SOP tidak "
    "memuat alur kembali itu",
    en="Went back from step {from_step} to step {to_step} for correction, but the SOP has no "
    "such way back",
)
LOOP_NO_REASON = Message(
    code="case.loop.no_reason",
    id="Alasan perbaikan tidak dicatat",
    en="The reason for the correction is not recorded",
)

# --- clock: the statutory clock of a request (clock.request_clock, law_checks) --------------

PAUSE_AGAIN = Message(
    code="case.pause.unmatched",
    variant="paused_again",
    id="Permintaan ditunda lagi padahal penundaan sebelumnya belum diakhiri",
    en="The request is paused again while the previous pause has not ended",
)
PAUSE_NOT_PAUSED = Message(
    code="case.pause.unmatched",
    variant="not_paused",
    id="Permintaan dilanjutkan padahal tidak sedang ditunda",
    en="The request is resumed although it was not paused",
)
PAUSE_LATE = Message(
    code="case.pause.late",
    id="Kelengkapan permintaan diperiksa lebih dari 3 hari kerja setelah permintaan dicatat",
    en="The request's completeness was checked more than 3 working days after it was registered",
)
PAUSE_REQUESTER_LATE = Message(
    code="case.pause.requester_late",
    id="Pemohon melengkapi permintaan lebih dari 3 hari kerja setelah pemberitahuan tidak "
    "lengkap: menurut PERKI 1/2021 Pasal 33 ayat (4) permintaan cukup dicatat dalam register",
    en="The requester completed the request more than 3 working days after the notice that it "
    "was incomplete: under PERKI 1/2021 Pasal 33(4) the request is only noted in the register",
)
PAUSE_NOT_REQUEST = Message(
    code="case.pause.not_request",
    id="Penundaan dicatat pada kasus berkala: tidak ada permintaan untuk dilengkapi",
    en="A pause is recorded in a periodic case: there is no request to complete",
)
EXTENSION_REPEATED = Message(
    code="case.extension.repeated",
    id="Jangka waktu pemberitahuan diperpanjang lebih dari satu kali",
    en="The notice period was extended more than once",
)
EXTENSION_TOO_LONG = Message(
    code="case.extension.too_long",
    id="Perpanjangan {days} hari kerja; paling lama 7 hari kerja",
    en="An extension of {days} working days; at most 7 are allowed",
)
EXTENSION_NO_REASON = Message(
    code="case.extension.no_reason",
    id="Perpanjangan tanpa alasan tertulis",
    en="An extension without written reasons",
)
EXTENSION_LATE = Message(
    code="case.extension.late",
    id="Perpanjangan diberikan setelah batas 10 hari kerja berakhir ({due})",
    en="The extension was given after the 10 working days had ended ({due})",
)
EXTENSION_NOT_REQUEST = Message(
    code="case.extension.not_request",
    id="Perpanjangan dicatat pada kasus berkala: tidak ada permintaan yang jangka waktunya dapat "
    "diperpanjang",
    en="An extension is recorded in a periodic case: there is no request whose period could be "
    "extended",
)
NOTICE_LATE = Message(
    code="case.notice.late",
    id="Pemberitahuan tertulis dikirim {late} hari kerja setelah batas waktunya ({due})",
    en="The written notice was sent {late} working day(s) after its deadline ({due})",
)
DEADLINE_AGENCY_CALENDAR = Message(
    code="case.deadline.agency_calendar",
    id="{deadline} terpenuhi pada {done} hanya karena kalender instansi: {count} hari yang "
    "menurut kalender nasional adalah hari kerja dihitung libur ({days}); menurut kalender "
    "nasional batasnya {national_due}, menurut kalender instansi {agency_due}",
    en="{deadline} was met on {done} only through the agency's calendar: {count} day(s) that "
    "are working days in the national calendar count as days off ({days}); under the national "
    "calendar the deadline was {national_due}, under the agency's {agency_due}",
)
DEADLINE_AGENCY_CALENDAR_NOTICE = Message(
    code="case.deadline.agency_calendar",
    variant="notice",
    id="Pemberitahuan tertulis (10 hari kerja sejak permintaan diterima, 17 dengan perpanjangan)",
    en="The written notice (10 working days from receipt, 17 with an extension)",
)
DEADLINE_AGENCY_CALENDAR_COMPLETENESS = Message(
    code="case.deadline.agency_calendar",
    variant="completeness",
    id="Pemeriksaan kelengkapan permintaan (3 hari kerja sejak permintaan diterima)",
    en="The check of the request's completeness (3 working days from receipt)",
)
NOTICE_MISSING = Message(
    code="case.notice.missing",
    id="Prosedur selesai tanpa pemberitahuan tertulis kepada pemohon",
    en="The procedure ended without a written notice to the requester",
)
NOTICE_OVERDUE = Message(
    code="case.notice.overdue",
    id="Pemberitahuan tertulis belum dikirim dan batas waktunya ({due}) sudah lewat",
    en="The written notice has not been sent and its deadline ({due}) has passed",
)

# A due date beyond the holiday data (clock.beyond_calendar): one wording, three codes, each
# naming its own due date as ``what``.
_BEYOND_ID = (
    "{what} tidak dapat dihitung: jatuh pada tahun {year}, di luar tahun kalender kerja "
    "({first}-{last}); ketepatan waktunya tidak dinilai"
)
_BEYOND_EN = (
    "{what} cannot be computed: it falls in {year}, beyond the calendar's years ({first}-{last}); "
    "whether it was met is not judged"
)
TIME_BEYOND_CALENDAR = Message(code="case.time.beyond_calendar", id=_BEYOND_ID, en=_BEYOND_EN)
NOTICE_BEYOND_CALENDAR = Message(code="case.notice.beyond_calendar", id=_BEYOND_ID, en=_BEYOND_EN)
EXPIRY_BEYOND_CALENDAR = Message(code="case.expiry.beyond_calendar", id=_BEYOND_ID, en=_BEYOND_EN)
#: The due dates they name.
NOTICE_DUE = Message(
    code="case.notice.beyond_calendar",
    variant="due",
    id="Batas waktu pemberitahuan tertulis (10 hari kerja sejak permintaan diterima)",
    en="The written notice's due date (10 working days from receipt)",
)
EXPIRY_DUE = Message(
    code="case.expiry.beyond_calendar",
    variant="due",
    id="Hari terakhir untuk menyatakan informasi terbuka (30 hari kerja sebelum {ends})",
    en="The last day to declare the information open (30 working days before {ends})",
)

# --- records: the consequence test, its Penetapan and the notice (law_checks) ---------------

#: What was done that the test must precede (Pasal 19).
EXEMPTION_DECLARED = Text("pengecualian dinyatakan", "the exemption was declared")
REQUEST_REFUSED = Text("permintaan ditolak", "the request was refused")

APPROVAL_WRONG_ROLE = Message(
    code="case.approval.wrong_role",
    id="Pengujian disetujui oleh {name} ({role}); menurut SOP {sop} yang menyetujui: {approvers}",
    en="The test was approved by {name} ({role}); by SOP {sop} it is approved by: {approvers}",
)
TEST_MISSING = Message(
    code="case.test.missing",
    id="Pada {day} {what}, tetapi kasus tidak memuat pengujian konsekuensi yang mengecualikan "
    "informasi",
    en="On {day} {what}, but the case holds no consequence test that exempts the information",
)
TEST_AFTER_EXEMPTION = Message(
    code="case.test.after_exemption",
    id="Pengujian konsekuensi bertanggal {dated}, setelah {what} pada {day}: pengujian wajib "
    "dilakukan sebelumnya",
    en="The consequence test is dated {dated}, after {what} on {day}: the test must come first",
)
TEST_BEFORE_REQUEST = Message(
    code="case.test.before_request",
    id="Lembar pengujian konsekuensi atas permintaan bertanggal {date}, sebelum permintaan "
    "diterima pada {received}",
    en="The consequence test on request is dated {date}, before the request was received on "
    "{received}",
)
NOTICE_GRANTED_WITH_REFUSAL = Message(
    code="case.notice.outcome_mismatch",
    variant="refusal_letter",
    id="Pemberitahuan menyatakan permintaan diterima ({said}), tetapi dokumennya {document!r} "
    "adalah surat keputusan penolakan",
    en="The notice says the request was granted ({said}), but its document {document!r} is a "
    "refusal letter",
)
PENETAPAN_MISSING_REFUSED = Message(
    code="case.penetapan.missing",
    variant="refused",
    id="Permintaan ditolak tanpa Penetapan hasil pengujian konsekuensi: kasus tidak memuat "
    "rekaman 'penetapan' (dokumen yang ditunjuk peristiwa 'exemption_declared' bukan "
    "Penetapan).{since}{note}",
    en="The request was refused with no Penetapan setting the result of the consequence test: "
    "the case holds no 'penetapan' record (a document an 'exemption_declared' event points at is "
    "not one).{since}{note}",
)
PENETAPAN_MISSING_CLOSED = Message(
    code="case.penetapan.missing",
    variant="closed",
    id="Kasus selesai dan pengujian menutup informasi, tetapi hasilnya tidak pernah ditetapkan: "
    "kasus tidak memuat rekaman 'penetapan'.{since}{note}",
    en="The case is closed and its tests closed information, but the result was never set: the "
    "case holds no 'penetapan' record.{since}{note}",
)
#: The ``since`` of both: why the rows' 'exempt_since' dates are no earlier exemption.
PENETAPAN_NOT_EARLIER = Message(
    code="case.penetapan.missing",
    variant="not_earlier",
    id=" Tanggal 'exempt_since' ({dates}) tidak mendahului permintaan, jadi bukan pengecualian "
    "yang lebih dahulu.",
    en=" The 'exempt_since' dates ({dates}) do not precede the request, so they are no earlier "
    "exemption.",
)

# --- refusal: the refusal letter (law_checks.check_refusals) --------------------------------

REFUSAL_NO_LETTER = Message(
    code="case.refusal.no_letter",
    id="Permintaan ditolak dengan dokumen {document!r} yang tidak memuat isi surat keputusan "
    "penolakan (dasar pengecualian, konsekuensi, hak keberatan)",
    en="The request was refused with document {document!r}, which does not carry a refusal "
    "decision (ground, consequence, right to object)",
)
REFUSAL_NO_GROUND = Message(
    code="case.refusal.no_ground",
    id="Surat penolakan tidak menyebut dasar pengecualian (Pasal 17 UU 14/2008)",
    en="The refusal letter names no ground of exemption (UU 14/2008 Pasal 17)",
)
REFUSAL_GROUND_UNREADABLE = Message(
    code="case.refusal.ground_unreadable",
    id="Dasar pengecualian {ground!r} tidak menyebut alasan Pasal 17 yang ada",
    en="The ground {ground!r} does not name an existing ground of Pasal 17",
)
REFUSAL_GROUND_NOT_TESTED = Message(
    code="case.refusal.ground_not_tested",
    id="Surat penolakan memakai Pasal 17 huruf {ground} yang tidak diuji dalam pengujian "
    "konsekuensi kasus ini",
    en="The refusal relies on Pasal 17 ({ground}), which no consequence test of this case examined",
)
REFUSAL_NO_CONSEQUENCE = Message(
    code="case.refusal.no_consequence",
    id="Surat penolakan tidak menyebut konsekuensi yang timbul apabila informasi dibuka",
    en="The refusal letter does not state the consequence of opening the information",
)
REFUSAL_NO_OBJECTION_NOTICE = Message(
    code="case.refusal.no_objection_notice",
    id="Surat penolakan tidak memberitahukan hak mengajukan keberatan kepada Atasan PPID dalam "
    "30 hari kerja",
    en="The refusal letter does not tell the requester of the right to object to the PPID's "
    "superior within 30 working days",
)
REFUSAL_OBJECTION_PERIOD = Message(
    code="case.refusal.objection_period",
    id="Surat penolakan memberi {days} hari kerja untuk keberatan; undang-undang memberi 30 hari "
    "kerja",
    en="The refusal letter gives {days} working days to object; the statute gives 30",
)
REFUSAL_INCOMPLETE = Message(
    code="case.refusal.incomplete",
    id="Surat penolakan tidak memuat: {missing}",
    en="The refusal letter lacks: {missing}",
)

# --- expiry: declaring exempt information open (law_checks.check_expiry) --------------------

EXPIRY_DATE_MISMATCH = Message(
    code="case.expiry.date_mismatch",
    id="Penetapan menyebut jangka waktu berakhir {ends}, tetapi pengujian menetapkannya {computed}",
    en="The declaration says the period ends on {ends}, but the test set it to end on {computed}",
)
EXPIRY_LATE = Message(
    code="case.expiry.late",
    id="Informasi yang jangka waktu pengecualiannya berakhir {ends} dinyatakan terbuka pada "
    "{declared}, {left} hari kerja sebelumnya; paling lambat {latest} (30 hari kerja "
    "sebelumnya)",
    en="Information whose exemption ends on {ends} was declared open on {declared}, {left} "
    "working day(s) before; the latest day was {latest} (30 working days before)",
)


# --- the SOP's own requirements: trigger, actors, documents, time (sop_checks) -------------

#: How a case starts (the case's trigger, then the SOP's), for ``case.trigger.mismatch``.
TRIGGER_OURS = {
    "request": Text("permintaan", "a request"),
    "periodic": Text("secara berkala", "a periodic round"),
}
TRIGGER_THEIRS = {
    "request": Text("dari permintaan", "from a request"),
    "periodic": Text("secara berkala", "periodically"),
}
#: What an event did to a step, for the actor and office-hours messages ("dimulai oleh ...").
DONE_BY = {
    "started": Text("dimulai", "was started"),
    "completed": Text("diselesaikan", "was completed"),
}
#: What the step did with a document dated after it.
DOCUMENT_PRODUCED = Text("menghasilkannya", "produced")
DOCUMENT_USED = Text("memakainya", "used")
#: How late ("terlambat 55 menit", never "terlambat 0 hari kerja"): `Text.format` fills them.
LATE_DAYS = Text("{days} hari kerja", "{days} working day(s)")
LATE_MINUTES = Text("{minutes} menit", "{minutes} minute(s)")
LATE_HOURS = Text("{hours} jam", "{hours} hour(s)")
LATE_HOURS_MINUTES = Text("{hours} jam {minutes} menit", "{hours} hour(s) {minutes} minute(s)")
#: The word before a moment ("pada Kamis, 17 April 2025 pukul 23.59 WIB").
ON = Text("pada ", "on ")

TRIGGER_MISMATCH = Message(
    code="case.trigger.mismatch",
    id="Kasus dipicu {ours}, sedangkan SOP {sop} dimulai {theirs}",
    en="The case is {ours}, while SOP {sop} starts {theirs}",
)
ACTOR_WRONG_ROLE = Message(
    code="case.actor.wrong_role",
    id="Langkah {step} {what} oleh {name} ({role}); menurut SOP pelaksananya: {roles}",
    en="Step {step} {what} by {name} ({role}); by the SOP it is done by: {roles}",
)
INPUT_MISSING = Message(
    code="case.input.missing",
    id="Langkah {step} dimulai tanpa kelengkapan {text!r}: diharapkan dokumen {kinds}",
    en="Step {step} started without its required input {text!r}: expected a document {kinds}",
)
OUTPUT_MISSING = Message(
    code="case.output.missing",
    id="Langkah {step} diselesaikan tanpa output {text!r}: diharapkan dokumen {kinds}",
    en="Step {step} was completed without its output {text!r}: expected a document {kinds}",
)
DOCUMENT_DATED_AFTER_USE = Message(
    code="case.document.dated_after_use",
    id="Dokumen {document!r} bertanggal {date}, setelah langkah {step} {what} ({day})",
    en="Document {document!r} is dated {date}, after step {step} {what} it ({day})",
)
TIME_DUE = Message(
    code="case.time.beyond_calendar",
    variant="due",
    id="Batas waktu langkah {step}",
    en="The due date of step {step}",
)
TIME_LATE = Message(
    code="case.time.late",
    id="Langkah {step} selesai {done}, melewati waktu SOP {waktu!r} (batas {due}; terlambat "
    "{late})",
    en="Step {step} was completed {done}, past the SOP's time {waktu!r} (due {due}; {late} late)",
)
TIME_OUTSIDE_OFFICE_HOURS = Message(
    code="case.time.outside_office_hours",
    id="Langkah {step} {what} di luar hari dan jam kerja ({when}), padahal SOP menulis {waktu!r}",
    en="Step {step} {what} outside working days and office hours ({when}), while the SOP says "
    "{waktu!r}",
)
TIME_OVERDUE = Message(
    code="case.time.overdue",
    id="Langkah {step} sudah lewat waktu {at} (batas {due}, waktu SOP {waktu!r})",
    en="Step {step} is overdue {at} (due {due}, SOP time {waktu!r})",
)


# --- the instruments: the Penetapan and the refusal naming it (instruments) ---------------

#: A number or a date a record does not give.
UNNUMBERED = Text("(tanpa nomor)", "(unnumbered)")
UNDATED = Text("(tanpa tanggal)", "(undated)")
#: What a Penetapan finding adds when the SOP has no step that makes one (`Text.format`: number).
SOP_MAKES_NO_PENETAPAN = Text(
    " SOP {number} tidak memuat langkah yang membuat Penetapan: kasus dapat patuh pada SOP-nya "
    "sendiri, tetapi tidak pada PERKI 1/2021 Pasal 49 ayat (4), yang tidak dapat dikesampingkan "
    "oleh SOP.",
    " SOP {number} has no step that makes a Penetapan: the case can comply with its own SOP and "
    "still breach PERKI 1/2021 Pasal 49 ayat (4), which no SOP can waive.",
)
#: The period an agency existed in, its two ends (`Text.format`: day).
ACTIVE_FROM = Text("dari {day} ", "from {day} ")
ACTIVE_UNTIL = Text("sampai {day}", "until {day}")

PENETAPAN_INCOMPLETE = Message(
    code="case.penetapan.incomplete",
    id="Penetapan {number} yang menjadi dasar pengecualian tidak memuat: {missing}",
    en="The Penetapan {number} the exemption rests on lacks: {missing}",
)
EXEMPTION_NOT_PENETAPAN = Message(
    code="case.exemption.not_penetapan",
    id="Pengecualian dinyatakan dengan dokumen yang bukan Penetapan: {why}.{note}",
    en="The exemption was declared with a document that is not the Penetapan: {why}.{note}",
)
#: The ``why`` of it: no record at all, a document of another kind, or of another number.
EXEMPTION_NO_RECORD = Message(
    code="case.exemption.not_penetapan",
    variant="no_record",
    id="kasus tidak memuat rekaman Penetapan ('penetapan'); dokumen {document!r} ({kind}) tidak "
    "menggantikannya",
    en="the case holds no Penetapan record ('penetapan'); document {document!r} ({kind}) does "
    "not stand in for one",
)
EXEMPTION_WRONG_KIND = Message(
    code="case.exemption.not_penetapan",
    variant="wrong_kind",
    id="dokumen {document!r} berjenis {kind!r}, bukan Penetapan (jenis Penetapan instansi ini: "
    "{kinds})",
    en="document {document!r} is of kind {kind!r}, not a Penetapan (this agency's Penetapan "
    "kinds: {kinds})",
)
EXEMPTION_WRONG_NUMBER = Message(
    code="case.exemption.not_penetapan",
    variant="wrong_number",
    id="dokumen {document!r} bernomor {number}, sedangkan Penetapan kasus ini bernomor {penetapan}",
    en="document {document!r} is numbered {number}, while the case's Penetapan is numbered "
    "{penetapan}",
)
PENETAPAN_AFTER_REFUSAL = Message(
    code="case.penetapan.after_refusal",
    id="Permintaan ditolak pada {day}, tetapi Penetapan {number} yang menjadi dasarnya "
    "bertanggal {date}: penolakan harus didasarkan pada Penetapan yang sudah ada",
    en="The request was refused on {day}, but the Penetapan {number} it rests on is dated "
    "{date}: a refusal rests on a Penetapan that already exists",
)
REFUSAL_PENETAPAN_MISMATCH = Message(
    code="case.refusal.penetapan_mismatch",
    id="Surat penolakan menyebut Penetapan {named}, tetapi Penetapan kasus ini bernomor {number}",
    en="The refusal letter names Penetapan {named}, but the case's Penetapan is numbered {number}",
)
PENETAPAN_OTHER_BODY = Message(
    code="case.penetapan.not_this_test",
    id="Penetapan {number} dibuat oleh {body}, tetapi Lembar {path} adalah pengujian {tested}",
    en="The Penetapan {number} is made by {body}, but the Lembar {path} is a test of {tested}",
)
PENETAPAN_ITEM_NOT_EXEMPT = Message(
    code="case.penetapan.not_this_test",
    variant="item",
    id="Informasi yang dikecualikan pengujian kasus ini tidak ada di antara baris yang "
    "dikecualikan Penetapan {number}: {information!r}",
    en="An item the case's test withheld is not among the exempt rows of the Penetapan "
    "{number}: {information!r}",
)
REFUSAL_PENETAPAN_UNNAMED = Message(
    code="case.refusal.penetapan_unnamed",
    id="Surat penolakan tidak menyebut Penetapan{which} yang menjadi dasar pengecualian "
    "informasi yang ditolak",
    en="The refusal letter does not name the Penetapan{which} the exemption of the refused "
    "information rests on",
)
AGENCY_INACTIVE = Message(
    code="case.agency.inactive",
    id="{count} tanggal kasus ({first} sampai {last}) berada di luar masa {agency} ada dan "
    "SOP-nya berlaku ({span}): {basis}",
    en="{count} dates of the case ({first} to {last}) fall outside the period in which {agency} "
    "existed and its SOP was in force ({span}): {basis}",
)


# --- formalities: signatures, dates and hands (formalities) --------------------------------

#: Who decides on a case, as ``case.requester.decides`` names him (`Text.format`: kind, path).
DECIDER_ACTOR = Text("pelaku peristiwa {kind}", "the actor of {kind}")
DECIDER_REFUSAL_SIGNATORY = Text("penandatangan surat penolakan", "the refusal letter's signatory")
DECIDER_PPID = Text("PPID Penetapan", "its PPID")
DECIDER_PENETAPAN_SIGNATORY = Text("penandatangan Penetapan", "the Penetapan's signatory")
DECIDER_APPROVER = Text("penyetuju Lembar {path}", "the approver of the Lembar {path}")
DECIDER_PARTICIPANT = Text("peserta pengujian Lembar {path}", "a participant of the Lembar {path}")

REFUSAL_UNSIGNED = Message(
    code="case.refusal.unsigned",
    id="Surat penolakan {document!r} tidak ditandatangani PPID: surat tanpa tanda tangan bukan "
    "keputusan yang dapat diajukan keberatan",
    en="The refusal letter {document!r} is not signed by the PPID: an unsigned letter is no "
    "decision the requester can object to",
)
REFUSAL_NO_OBJECTION_ADDRESSEE = Message(
    code="case.refusal.no_objection_addressee",
    id="Surat penolakan {document!r} tidak menyebut kepada siapa keberatan diajukan (Atasan PPID)",
    en="The refusal letter {document!r} does not say to whom the objection goes (the PPID's "
    "superior)",
)
LEMBAR_DOCUMENT_AFTER_TEST = Message(
    code="case.lembar.document_after_test",
    id="Dokumen {title!r} bertanggal {date}, setelah pengujian pada {tested}: pengujian tidak "
    "memeriksa dokumen yang belum ada",
    en="The document {title!r} is dated {date}, after the test of {tested}: the test did not "
    "examine a document that did not exist yet",
)
PENETAPAN_SIGNED_AFTER_DATE = Message(
    code="case.penetapan.signed_after_date",
    id="Penetapan bertanggal {date} tetapi ditandatangani {signed}: Penetapan memuat satu tanggal",
    en="The Penetapan is dated {date} but signed on {signed}: a Penetapan bears one date",
)
PENETAPAN_SIGNED_AFTER_REFUSAL = Message(
    code="case.penetapan.signed_after_refusal",
    id="Penetapan {number} ditandatangani {signed}, setelah surat penolakan {document!r} "
    "({date}) yang didasarkan padanya",
    en="The Penetapan {number} was signed on {signed}, after the refusal letter {document!r} "
    "({date}) that rests on it",
)
REQUESTER_DECIDES = Message(
    code="case.requester.decides",
    id="Pemohon {requester!r} disebut sebagai {what}: pejabat tidak boleh memutus perkara yang "
    "menyangkut kepentingannya sendiri",
    en="The requester {requester!r} is named as {what}: an official may not decide a matter of "
    "his own interest",
)
APPROVAL_BY_MAKER = Message(
    code="case.approval.by_maker",
    id="Lembar {path} disetujui atas nama {approver!r}, PPID yang membuat pengujian ({maker!r}): "
    "persetujuan diberikan atasan PPID atau pimpinan",
    en="The Lembar {path} is approved in the name of {approver!r}, the PPID who made the test "
    "({maker!r}): the approval is the PPID's superior's or the head's",
)


# --- consistency: one result per item, the notice and the letter on this request -----------
# (consistency; the notice's contradictions are reported by law_checks.check_notice_outcomes)

NOTICE_SAYS_NOT_HELD = Message(
    code="case.notice.outcome_mismatch",
    variant="not_held",
    id="Pemberitahuan menyatakan informasi tidak dikuasai ({said}), tetapi kasus ini menguji "
    "informasi tersebut ({tested}): yang diuji, dikuasai",
    en="The notice says the information is not held ({said}), but this case tested it "
    "({tested}): what was tested is held",
)
NOTICE_ALL_CLOSED = Message(
    code="case.notice.outcome_mismatch",
    variant="all_closed",
    id="Pemberitahuan menyatakan {said}, tetapi setiap informasi yang diuji dalam kasus ini "
    "dinyatakan tertutup ({withheld}): tidak ada yang diberikan",
    en="The notice says {said}, but every item this case tested was closed ({withheld}): "
    "nothing is given",
)
NOTICE_ALL_OPEN = Message(
    code="case.notice.outcome_mismatch",
    variant="all_open",
    id="Pemberitahuan menyatakan {said}, tetapi setiap informasi yang diuji dalam kasus ini "
    "dinyatakan terbuka ({given}): tidak ada yang dikecualikan",
    en="The notice says {said}, but every item this case tested was opened ({given}): nothing "
    "is withheld",
)
NOTICE_GRANTED_PART_CLOSED = Message(
    code="case.notice.outcome_mismatch",
    variant="granted_part_closed",
    id="Pemberitahuan menyatakan permintaan diterima ({said}), tetapi pengujian menutup sebagian "
    "({withheld}): itu penolakan sebagian, diterima sebagian",
    en="The notice says the request was granted ({said}), but the tests withheld part of it "
    "({withheld}): that is a partial refusal, partly granted",
)
NOTICE_REFUSED_PART_OPEN = Message(
    code="case.notice.outcome_mismatch",
    variant="refused_part_open",
    id="Pemberitahuan menyatakan permintaan ditolak seluruhnya ({said}), tetapi pengujian membuka "
    "sebagian ({given}): bagian itu wajib diberikan, diterima sebagian",
    en="The notice refuses the whole request ({said}), but the tests opened part of it "
    "({given}): that part must be given, partly granted",
)
#: What differs between two results of one item (the ``what`` of ``ITEM_RESULT_DIFFERS``).
OTHER_OUTCOME = Message(
    code="case.consistency.item_result",
    variant="outcome",
    id="status {other}, sedangkan {ref}",
    en="outcome {other}, while {ref}",
)
OTHER_PERIOD = Text("jangka waktu yang lain", "another period")
OTHER_GROUNDS = Text("dasar pengecualian yang lain", "another ground")
ITEM_RESULT_DIFFERS = Message(
    code="case.consistency.item_result",
    id="Informasi {information!r} diuji dengan hasil berbeda: di {path} {what} di {ref}",
    en="The item {information!r} has two results: {path} states {what} at {ref}",
)
REFUSAL_OTHER_REGISTRATION = Message(
    code="case.consistency.refusal_registration",
    id="Surat penolakan menyebut nomor pendaftaran {said!r}; permohonan ini terdaftar dengan "
    "nomor {registered!r}",
    en="The refusal letter names registration number {said!r}; this request was registered as "
    "{registered!r}",
)
REFUSAL_OTHER_REQUESTER = Message(
    code="case.consistency.refusal_requester",
    id="Surat penolakan ditujukan kepada {said!r}; pemohon informasi ini {requester!r}",
    en="The refusal letter is addressed to {said!r}; this request's requester is {requester!r}",
)
REFUSAL_OTHER_REQUESTER_DETAIL = Message(
    code="case.consistency.refusal_requester",
    variant="detail",
    id="Surat penolakan menyebut {said!r} ({name}); permohonan ini mencatat {known!r}",
    en="The refusal letter gives {said!r} ({name}); this request records {known!r}",
)
REFUSAL_OTHER_INFORMATION = Message(
    code="case.consistency.refusal_information",
    id="Surat penolakan menolak {said!r}, yang bukan informasi yang diminta ({requested!r}) dan "
    "bukan informasi yang diuji dalam kasus ini",
    en="The refusal letter refuses {said!r}, which is neither the information requested "
    "({requested!r}) nor an item this case tested",
)
LEMBAR_OTHER_REQUEST = Message(
    code="case.consistency.lembar_request",
    id="Lembar pengujian menyebut permohonan nomor {said!r}; permohonan ini terdaftar dengan "
    "nomor {registered!r}",
    en="The Lembar names request {said!r}; this request was registered as {registered!r}",
)
LEMBAR_ON_REQUEST_IN_ROUND = Message(
    code="case.consistency.lembar_stage",
    id="Lembar pengujian dibuat atas permohonan (tahap on_request atau nomor permohonan), padahal "
    "kasus ini putaran berkala tanpa permohonan",
    en="The Lembar says it was made on a request (stage on_request or a request number), but "
    "this case is a periodic round with no request",
)
LEMBAR_BEFORE_REQUEST_ON_IT = Message(
    code="case.consistency.lembar_stage",
    variant="before_request",
    id="Lembar pengujian menyatakan dibuat sebelum ada permohonan (before_request), tetapi {how} "
    "(diterima {received})",
    en="The Lembar says it was made before any request (before_request), but it {how} (received "
    "{received})",
)
#: The ``how`` of it: the Lembar names this request, or is dated on or after it.
LEMBAR_NAMES_REQUEST = Text("menyebut permohonan ini", "names this request")
LEMBAR_DATED_AFTER = Text("bertanggal setelah", "is dated on or after it")


# --- references: records that name this case (references) ---------------------------------

#: The records the checker tells apart, by their key in `references.RECORD_MARKS`.
RECORD_NAMES = {
    "request": Text("formulir permohonan", "the request form"),
    "lembar": Text("Lembar Pengujian Konsekuensi", "a Lembar Pengujian Konsekuensi"),
    "penetapan": Text(
        "Penetapan yang mengecualikan informasi", "the Penetapan that exempts information"
    ),
    "incomplete": Text("surat keterangan tidak lengkap", "a surat keterangan tidak lengkap"),
    "opening": Text("penetapan yang membuka informasi", "a penetapan that opens information"),
}
#: What names a body, for ``case.reference.body`` (`Text.format`: path, number).
BODY_OF_LEMBAR = Text("Lembar {path}", "The Lembar {path}")
BODY_OF_PENETAPAN = Text("Penetapan {number}", "The Penetapan {number}")
#: What a withholding notice says, for ``case.reference.branch_outcome``.
WITHHOLDING_SAID = {
    "refused": Text("ditolak", "refused"),
    "partly_granted": Text("diterima sebagian", "partly granted"),
}
#: The parts a closed item's record carries (`Text.format`: part, released).
PART_BLACKED_OUT = Text("dihitamkan: {part}", "blacked out: {part}")
PART_GIVEN = Text("diberikan: {released}", "given: {released}")
#: Before the end an event may bring earlier than its cap.
AT_THE_LATEST = Text("paling lambat ", "at the latest ")

REFERENCE_REQUEST_NUMBER = Message(
    code="case.reference.request_number",
    id="Formulir permohonan {document!r} bernomor {number}, tetapi permohonan kasus ini "
    "terdaftar dengan nomor {registered}: nomor pendaftaran diberikan kepada permohonan itu",
    en="The request form {document!r} is numbered {number}, but the case's request is "
    "registered as {registered}: the registration number is given to that request",
)
REFERENCE_LEMBAR_NUMBER = Message(
    code="case.reference.lembar_number",
    id="Dokumen {document!r} berjenis Lembar Pengujian Konsekuensi bernomor {number}, tetapi "
    "Lembar kasus ini bernomor {numbers}",
    en="The document {document!r}, a Lembar Pengujian Konsekuensi, is numbered {number}, but "
    "the case's Lembar are numbered {numbers}",
)
REFERENCE_BODY = Message(
    code="case.reference.body",
    id="{what} menyebut Badan Publik {name!r}, tetapi kasus ini milik {agency}{aliases}: "
    "pengujian dan Penetapan badan lain tidak mengecualikan informasi instansi ini",
    en="{what} names the public body {name!r}, but the case is {agency}'s{aliases}: another "
    "body's test or Penetapan exempts nothing of this agency's",
)
# Why a paper is not the record a pause or an expiry rests on: a record of another kind, or not
# of the kind the agency declares for the record wanted. One wording, two codes.
_OTHER_RECORD_ID = "dokumen {document!r} berjenis {kind!r}, yaitu {record}"
_OTHER_RECORD_EN = "the document {document!r} is of kind {kind!r}, {record}"
_UNDECLARED_KIND_ID = (
    "dokumen {document!r} berjenis {kind!r}, sedangkan instansi menyatakan {record} sebagai "
    "jenis {declared}"
)
_UNDECLARED_KIND_EN = (
    "the document {document!r} is of kind {kind!r}, while the agency declares {record} as kind "
    "{declared}"
)
REFERENCE_PAUSE_DOCUMENT = Message(
    code="case.reference.pause_document",
    id="Penundaan tidak didasarkan pada surat keterangan tidak lengkap yang dikirim kepada "
    "pemohon: {why}",
    en="The pause does not rest on a surat keterangan tidak lengkap sent to the requester: {why}",
)
PAUSE_OTHER_RECORD = Message(
    code="case.reference.pause_document",
    variant="other_record",
    id=_OTHER_RECORD_ID,
    en=_OTHER_RECORD_EN,
)
PAUSE_UNDECLARED_KIND = Message(
    code="case.reference.pause_document",
    variant="undeclared_kind",
    id=_UNDECLARED_KIND_ID,
    en=_UNDECLARED_KIND_EN,
)
REFERENCE_EXPIRY_DOCUMENT = Message(
    code="case.reference.expiry_document",
    id="Berakhirnya pengecualian tidak dinyatakan dengan penetapan PPID yang membuka informasi: "
    "{why}",
    en="The expiry is not declared by the PPID's penetapan that opens the information: {why}",
)
EXPIRY_OTHER_RECORD = Message(
    code="case.reference.expiry_document",
    variant="other_record",
    id=_OTHER_RECORD_ID,
    en=_OTHER_RECORD_EN,
)
EXPIRY_UNDECLARED_KIND = Message(
    code="case.reference.expiry_document",
    variant="undeclared_kind",
    id=_UNDECLARED_KIND_ID,
    en=_UNDECLARED_KIND_EN,
)
REFERENCE_EXPIRY_NOT_EXEMPT = Message(
    code="case.reference.expiry_not_exempt",
    id="Berakhirnya pengecualian dinyatakan atas {item}, tetapi pengujian menetapkan informasi "
    "itu terbuka: tidak ada pengecualian yang berakhir",
    en="The expiry is declared for {item}, but the test set that information open: no exemption "
    "ends",
)
REFERENCE_EXPIRY_OTHER_END = Message(
    code="case.reference.expiry_date",
    id="Pernyataan menyebut pengecualian {item} berakhir {declared}, tetapi jangka waktunya "
    "berakhir {qualifier}{end}: yang dinyatakan terbuka bukan informasi yang jangka waktunya "
    "berakhir pada tanggal itu",
    en="The declaration says the exemption of {item} ends on {declared}, but its period ends "
    "{qualifier}{end}: what it opens is not the item whose period ends that day",
)
REFERENCE_EXPIRY_AS_LONG_AS_NEEDED = Message(
    code="case.reference.expiry_date",
    variant="as_long_as_needed",
    id="Informasi {item} dikecualikan selama dibutuhkan ({as_written}): jangka waktunya tidak "
    "berakhir pada tanggal {declared}, tetapi dengan pengujian konsekuensi yang baru "
    "(PP 61/2010 Pasal 10)",
    en="The item {item} is exempt as long as needed ({as_written}): its period does not end on "
    "{declared} but by a new consequence test (PP 61/2010 Pasal 10)",
)
REFERENCE_EXPIRY_UNVERIFIABLE = Message(
    code="case.reference.expiry_unverifiable",
    id="Informasi {item} dikecualikan sampai {event}; kasus tidak mencatat kapan peristiwa itu "
    "terjadi, sehingga tanggal berakhir {declared} tidak dapat diperiksa",
    en="The item {item} is exempt until {event}; the case does not record when that happened, "
    "so the end {declared} cannot be checked",
)
REFERENCE_CLOSED_WITH_PARTS = Message(
    code="case.reference.closed_with_parts",
    id="Informasi {item} dikecualikan seluruhnya (closed), tetapi rekamannya memuat bagian yang "
    "dikecualikan sebagian ({said}): status 'partial' atau bagian-bagian itu yang salah",
    en="The item {item} is closed as a whole, but its record carries the parts of a partial "
    "exemption ({said}): either the outcome 'partial' or those parts are wrong",
)
REFERENCE_BRANCH_OUTCOME = Message(
    code="case.reference.branch_outcome",
    id="Pemberitahuan menyatakan {said}, tetapi pada langkah {step} (peristiwa {event}) SOP "
    "mengambil cabang {branch!r}: {condition!r}; penolakan tidak mengikuti keputusan yang "
    "memberikan informasi",
    en="The notice says {said}, but at step {step} (event {event}) the SOP took the branch "
    "{branch!r}: {condition!r}; a refusal does not follow a decision that gives the information",
)


# --- integrity: who may act, and when (integrity) ------------------------------------------
# ``act``: what the act is, from the table of powers (`powers.Power.what`), its first letter
# capitalised where it begins the sentence.

UNKNOWN_ROLE = Message(
    code="case.power.unknown_role",
    id="Peran {role!r} bukan peran menurut hukum ({statutory}) dan tidak dimainkan lajur mana pun "
    "dari SOP instansi {agency!r} (peran instansi sendiri: {listed})",
    en="Role {role!r} is not a statutory role ({statutory}) and no lane of agency {agency!r}'s "
    "SOP plays it (the agency's own roles: {listed})",
)
WRONG_ROLE = Message(
    code="case.power.wrong_role",
    id="{act}: dilakukan oleh {name} ({role}); menurut hukum hanya: {roles}",
    en="{act}: done by {name} ({role}); by law only: {roles}",
)
WRONG_SIGNATORY = Message(
    code="case.power.wrong_signatory",
    id="{act}: {name} ({role}); menurut hukum hanya: {roles}",
    en="{act}: {name} ({role}); by law only: {roles}",
)
OBJECTION_ADDRESSEE = Message(
    code="case.power.objection_addressee",
    id="Surat penolakan {document!r} mengarahkan keberatan kepada {addressee!r}, bukan kepada "
    "Atasan PPID",
    en="Refusal letter {document!r} sends the objection to {addressee!r}, not to the Atasan PPID",
)
BEFORE_RECEIPT = Message(
    code="case.time.before_receipt",
    id="Peristiwa {index} ({kind}) oleh {role} bertanggal {at}, sebelum permintaan diterima "
    "({received})",
    en="Event {index} ({kind}) by the {role} is dated {at}, before the request was received "
    "({received})",
)
AFTER_CLOSE = Message(
    code="case.time.after_close",
    id="{act} dicatat setelah kasus selesai (langkah terakhir selesai {closed_on}, peristiwa "
    "{closed}); hukum tidak membolehkannya sesudah itu",
    en="{act} is logged after the case closed (the last step was completed on {closed_on}, "
    "event {closed}); the law does not allow it after that",
)
EVENT_REPEATED = Message(
    code="case.event.repeated",
    id="{act} dicatat lagi (pertama pada peristiwa {first}); hukum memberi satu untuk satu "
    "permintaan",
    en="{act} is logged again (first at event {first}); the law gives one per request",
)
DOCUMENT_BEFORE_CASE = Message(
    code="case.document.before_case",
    id="Dokumen {document!r} dibuat dalam kasus tetapi bertanggal {date}, sebelum kasus dimulai "
    "({start})",
    en="Document {document!r} was made in the case but is dated {date}, before the case began "
    "({start})",
)
INPUT_BEFORE_REQUEST = Message(
    code="case.input.before_request",
    id="Kelengkapan {document!r} (peristiwa {index}) tidak dihasilkan langkah mana pun dan "
    "bertanggal {date}, sebelum permintaan diterima ({start}); bukan dokumen yang dibawa pemohon "
    "atau dokumen yang sudah ada (requester_document_kinds, standing_document_kinds)",
    en="Input {document!r} (event {index}) was produced by no step and is dated {date}, before "
    "the request was received ({start}); it is neither brought by the requester nor a standing "
    "document (requester_document_kinds, standing_document_kinds)",
)
DOCUMENT_AFTER_EVENT = Message(
    code="case.document.after_event",
    id="Dokumen {document!r} bertanggal {date}, setelah {act} yang mengirim atau memakainya "
    "({day})",
    en="Document {document!r} is dated {date}, after {act} that sends or relies on it ({day})",
)
APPROVAL_AFTER_USE = Message(
    code="case.approval.after_use",
    id="Lembar disetujui pada {approved}, setelah pengecualiannya dinyatakan atau dipakai menolak "
    "pada {day} (peristiwa {index})",
    en="The Lembar was approved on {approved}, after its exemption was declared or used to "
    "refuse on {day} (event {index})",
)
#: What is dated after a closed case (`Text.format`: document).
DATED = {
    "document": Text("Dokumen {document!r}", "Document {document!r}"),
    "lembar": Text("Lembar", "The Lembar"),
    "approval": Text("Persetujuan Lembar", "The Lembar's approval"),
    "source": Text("Dokumen yang diuji", "A document the test examined"),
    "penetapan": Text("Penetapan", "The Penetapan"),
    "signature": Text("Tanda tangan Penetapan", "The Penetapan's signature"),
}
DATE_AFTER_CASE = Message(
    code="case.date.after_case",
    id="{what} bertanggal {day}, setelah peristiwa terakhir kasus yang sudah selesai ({last})",
    en="{what} is dated {day}, after the last event of the closed case ({last})",
)
DATE_BEFORE_CASE = Message(
    code="case.date.before_case",
    id="Lembar bertanggal {date}, sebelum kasus dimulai ({start}), padahal dibuat dalam kasus ini "
    "(tahap {stage})",
    en="The Lembar is dated {date}, before the case began ({start}), yet it was made in this "
    "case (stage {stage})",
)
LOOP_FORWARD = Message(
    code="case.loop.forward",
    id="Alur kembali dari langkah {from_step} ke langkah {to_step}, padahal langkah itu belum "
    "pernah dilalui: ini lompatan ke depan yang melewati langkah di antaranya",
    en="A loop back from step {from_step} to step {to_step}, a step the flow had not passed: a "
    "jump forward that skips the steps between",
)
LOOP_FROM_UNREACHED = Message(
    code="case.loop.forward",
    variant="from_unreached",
    id="Alur kembali dari langkah {from_step}, padahal langkah itu belum dicapai: tidak ada "
    "pemeriksaan di sana yang dapat mengembalikan pekerjaan",
    en="A loop back from step {from_step}, a step the flow had not reached: no review there "
    "could send the work back",
)
#: What a pause lacks, by the field that lacks it.
PAUSE_LACKS = {
    "reason": Text("alasan tertulis", "written reason"),
    "document": Text("surat keterangan tidak lengkap", "surat keterangan tidak lengkap"),
}
PAUSE_UNFOUNDED = Message(
    code="case.pause.unfounded",
    id="Penundaan tanpa {missing}: permintaan tidak terbukti tidak lengkap{late}",
    en="A pause without its {missing}: the request is not shown to be incomplete{late}",
)
#: The ``late`` of it, when the notice would be late without the pauses.
PAUSE_UNFOUNDED_LATE = Message(
    code="case.pause.unfounded",
    variant="late_without",
    id="; tanpa penundaan, pemberitahuan pada {sent} melewati batas {due}",
    en="; without the pause the notice of {sent} misses its deadline {due}",
)
#: How the case went on past a pause never resumed.
WENT_ON_NOTICE = Text("pemberitahuan dikirim", "the notice was sent")
WENT_ON_CLOSED = Text("kasus selesai", "the case closed")
PAUSE_NEVER_RESUMED = Message(
    code="case.pause.never_resumed",
    id="Permintaan ditunda dan tidak pernah dilengkapi ('resumed'), padahal {went_on}: jam "
    "pemberitahuan tetap berhenti dan batas waktunya tidak dapat dihitung",
    en="The request was paused and never completed ('resumed'), yet {went_on}: the notice clock "
    "stays stopped and its deadline cannot be counted",
)


# --- a case file's references (io._references): problems of the input, not findings -------


@attrs.frozen(kw_only=True)
class ProblemMessage:
    """What a `Problem` of a case file says, and what it expected, keyed by ``key`` (a problem
    of the input has no finding code: the file is refused before any rule runs)."""

    key: str
    message: Message
    expected: Message

    def problem(self, path: str, value: object, **values: object) -> Problem:
        said, expected = self.message(**values), self.expected(**values)
        return Problem(
            path=path,
            message=said.id,
            message_en=said.en,
            value=value,
            expected=expected.id,
            expected_en=expected.en,
        )


def _input(key: str, id: str, en: str, expected_id: str, expected_en: str) -> ProblemMessage:
    return ProblemMessage(
        key=key,
        message=Message(code=key, id=id, en=en),
        expected=Message(code=key, id=expected_id, en=expected_en),
    )


AGENCY_UNKNOWN = _input(
    "agency.unknown",
    "instansi tidak dikenal (tidak ada plugin yang menyediakannya)",
    "unknown agency (no installed plugin provides it)",
    "salah satu dari: {known}",
    "one of: {known}",
)
SOP_UNKNOWN = _input(
    "sop.unknown",
    "instansi {agency!r} tidak memiliki SOP dengan nomor ini",
    "agency {agency!r} has no SOP with this number",
    "salah satu dari: {known}",
    "one of: {known}",
)
DOCUMENT_ID_TAKEN = _input(
    "document.id_taken",
    "id dokumen sudah dipakai dokumen lain",
    "document id already used by another document",
    "id yang unik dalam kasus",
    "an id unique in the case",
)
STEP_UNKNOWN = _input(
    "step.unknown",
    "SOP tidak memiliki langkah dengan nomor ini",
    "the SOP has no step with this number",
    "salah satu dari: {known}",
    "one of: {known}",
)
DOCUMENT_UNKNOWN = _input(
    "document.unknown",
    "tidak ada dokumen dengan id ini di 'documents'",
    "no document with this id in 'documents'",
    "salah satu dari: {known}",
    "one of: {known}",
)
ITEM_UNKNOWN = _input(
    "item.unknown",
    "tidak menunjuk baris pengujian yang ada",
    "does not point to an existing tested item",
    '"tests[<i>].rows[<j>]" atau "penetapan.sheets[<i>].rows[<j>]"',
    '"tests[<i>].rows[<j>]" or "penetapan.sheets[<i>].rows[<j>]"',
)
MOMENT_OUTSIDE_CALENDAR = _input(
    "moment.outside_calendar",
    "jatuh pada {local} di zona waktu instansi ({zone}), di luar tahun kalender kerja "
    "{first}-{last}",
    "falls on {local} in the agency's time zone ({zone}), outside the calendar's years "
    "{first}-{last}",
    "waktu yang di zona instansi jatuh dalam tahun {first}-{last}",
    "a moment that falls in {first}-{last} in the agency's zone",
)


# --- status: what `case_state(...).render()` prints (state) -------------------------------
# Words of a report, not of a finding: each is a template filled in the language asked for
# (`Text.get(lang).format(...)`), or a note a `DeadlineStatus` carries (`Text.format`).

STATUS_CASE = Text("Kasus {case} ({agency}, SOP {sop})", "Case {case} ({agency}, SOP {sop})")
STATUS_AT = Text("Pada: {when} ({zone})", "At: {when} ({zone})")
STATUS_FINISHED = Text("Prosedur SOP sudah selesai.", "The SOP's procedure is finished.")
STATUS_WAITING = Text(
    "Menunggu pemohon melengkapi permintaan.",
    "Waiting for the requester to complete the request.",
)
STATUS_DONE = Text(
    "Selesai: langkah {step}{branch}, {when}{flag}", "Done: step {step}{branch}, {when}{flag}"
)
STATUS_BRANCH = Text(" (cabang {branch})", " (branch {branch})")
STATUS_BRANCHES = {"yes": Text("ya", "yes"), "no": Text("tidak", "no")}
STATUS_LATE = Text(" — TERLAMBAT", " — LATE")
#: The head of an open step's line, by its status.
STATUS_HEADS = {
    "in_progress": Text("Sedang berjalan", "In progress"),
    "next": Text("Berikutnya", "Next"),
    "done": Text("Selesai", "Done"),
}
STATUS_OPEN = Text("{head}: langkah {step}: {activity}", "{head}: step {step}: {activity}")
STATUS_WHO = Text("  Pelaksana: {who}{lanes}", "  Who: {who}{lanes}")
STATUS_BY = Text("  Batas: {due}{basis}{flag}", "  By: {due}{basis}{flag}")
STATUS_NO_LIMIT = Text("tanpa batas", "no limit")
STATUS_OVERDUE = Text(" — LEWAT WAKTU", " — OVERDUE")
STATUS_MET = Text(" — dipenuhi {when}", " — met {when}")
STATUS_PROVISIONAL = Text(
    "Tanggal bersifat sementara (data kalender {years}).",
    "Dates are provisional (calendar data {years}).",
)
STATUS_ESTIMATED = Text("libur perkiraan", "estimated holidays")
STATUS_HOLIDAYS = Text(
    "holidays {version}, cuti bersama ditetapkan sampai {through}",
    "holidays {version}, cuti bersama decreed through {through}",
)
#: The notes of the statutory deadlines (`state.DeadlineStatus.note`).
STATUS_CLOCK_STOPPED = Text(
    "Jangka waktu pemberitahuan berhenti sampai permintaan dilengkapi",
    "The notice period is stopped until the request is completed",
)
STATUS_EXTENDED = Text(
    "Diperpanjang {days} hari kerja: {reason}", "Extended by {days} working day(s): {reason}"
)


# --- offices: the PPID and his Atasan, one person (offices) ------------------------------

#: Where a record names a person, for ``case.power.own_superior``.
OFFICE_APPROVER = Text(
    "penyetuju Lembar {path} sebagai Atasan PPID",
    "the approver of the Lembar {path} as Atasan PPID",
)
OFFICE_ACTOR = Text("pelaku {kind} (events[{index}])", "the actor of {kind} (events[{index}])")
OFFICE_REFUSAL_SIGNATORY = Text(
    "penandatangan surat penolakan {document!r}", "the signatory of the refusal letter {document!r}"
)
OFFICE_PPID = Text("PPID yang menetapkan Penetapan", "the PPID who sets the Penetapan")
OFFICE_PENETAPAN_SIGNATORY = Text(
    "penandatangan Penetapan sebagai PPID", "the Penetapan's signatory as PPID"
)

POWER_OWN_SUPERIOR = Message(
    code="case.power.own_superior",
    id="{name!r} adalah {ppid} dan juga {atasan}: Atasan PPID adalah atasan PPID yang menyetujui "
    "keputusannya dan memeriksa keberatan pemohon atas penolakan PPID, jadi tidak boleh orang "
    "yang sama",
    en="{name!r} is {ppid} and also {atasan}: the Atasan PPID is the PPID's superior, who "
    "approves his decision and hears the requester's objection against the PPID's refusal, so "
    "they may not be the same person",
)

# --- sequence: the acts in the order the law puts them (act_order) -------------------------

DOCUMENT_USED_BEFORE_MADE = Message(
    code="case.document.used_before_made",
    id="{kind} pada {at} menyampaikan dokumen {document!r}, yang baru dibuat oleh langkah {step} "
    "yang selesai pada {made} (events[{where}]): tindakan itu tidak menyampaikan surat yang belum "
    "ada",
    en="{kind} at {at} delivers the document {document!r}, which step {step} made only when it "
    "completed at {made} (events[{where}]): the act cannot deliver a paper that did not exist yet",
)
EXEMPTION_DECLARED_AFTER_REFUSAL = Message(
    code="case.exemption.declared_after_refusal",
    id="Pemberitahuan penolakan (outcome {outcome!r}) pada {at} mendahului pernyataan "
    "pengecualian pertama pada {declared} (events[{where}]): permohonan ditolak atas informasi "
    "yang belum dinyatakan dikecualikan",
    en="The refusal notice (outcome {outcome!r}) at {at} precedes the first declaration of the "
    "exemption at {declared} (events[{where}]): the request was refused on information not yet "
    "declared exempt",
)

APPROVAL_AFTER_DECLARATION = Message(
    code="case.approval.after_declaration",
    id="Penyetuju Lembar {path} ({approver!r}) baru bertindak pada {acted} "
    "(events[{acted_index}]), setelah {use} pada {at} (events[{use_index}]): pengujian harus "
    "disetujui sebelum pengecualian dinyatakan atau dipakai menolak",
    en="The approver of the Lembar {path} ({approver!r}) acts only at {acted} "
    "(events[{acted_index}]), after {use} at {at} (events[{use_index}]): the test is approved "
    "before the exemption is declared or used to refuse",
)
#: The act that used the test (`case.approval.after_declaration`).
USE_DECLARED = Text("pengecualian dinyatakan", "the exemption was declared")
USE_REFUSED = Text("permintaan ditolak", "the request was refused")


# --- sample --broken: what each kind writes into the sample, and what it changed (broken.py) ---
# Keyed ``sample.broken.*``: no finding (the finding is what the checker then reports).
SAMPLE_BROKEN_KIND_LATE = Message(
    code="sample.broken.kind",
    variant="late",
    id="langkah terakhir yang berbatas waktu diselesaikan melewati Waktu SOP",
    en="the last step with a time limit is completed past the SOP's Waktu",
)
SAMPLE_BROKEN_KIND_SKIPPED = Message(
    code="sample.broken.kind",
    variant="skipped",
    id="sebuah langkah proses di tengah alur tidak dijalankan",
    en="a process step in the middle of the path is not carried out",
)
SAMPLE_BROKEN_KIND_ACTOR = Message(
    code="sample.broken.kind",
    variant="actor",
    id="langkah seorang pejabat dicatat dilakukan oleh pemohon",
    en="an official's step is recorded as done by the requester",
)
SAMPLE_BROKEN_LATE = Message(
    code="sample.broken.late",
    id="langkah {step} diselesaikan {span} lebih lambat, melewati Waktu SOP {waktu!r}",
    en="step {step} completed {span} later, past the SOP's Waktu {waktu!r}",
)
# How much later (the {span} above), in the largest whole unit.
SAMPLE_BROKEN_LATE_DAYS = Message(
    code="sample.broken.late", variant="days", id="{n} hari", en="{n} day(s)"
)
SAMPLE_BROKEN_LATE_HOURS = Message(
    code="sample.broken.late", variant="hours", id="{n} jam", en="{n} hour(s)"
)
SAMPLE_BROKEN_LATE_MINUTES = Message(
    code="sample.broken.late", variant="minutes", id="{n} menit", en="{n} minute(s)"
)
SAMPLE_BROKEN_SKIPPED = Message(
    code="sample.broken.skipped",
    id="langkah {step} tidak dijalankan (peristiwanya dihapus)",
    en="step {step} is not carried out (its events removed)",
)
SAMPLE_BROKEN_ACTOR = Message(
    code="sample.broken.actor",
    id="langkah {step} dicatat dilakukan oleh pemohon",
    en="step {step} is recorded as done by the requester",
)

#: Every finding's message above, keyed by its code, then by its variant ("" for the main one).
# Why a kind of violation cannot be written into a sample: its SOP's path has no step to change.
SAMPLE_BROKEN_NONE_LATE = Message(
    code="sample.broken.none",
    variant="late",
    id="tidak ada langkah pada alur sampel yang berbatas waktu untuk dilewati",
    en="no step of the sample's path has a time limit to miss",
)
SAMPLE_BROKEN_NONE_SKIPPED = Message(
    code="sample.broken.none",
    variant="skipped",
    id="alur sampel tidak memiliki langkah proses di antara langkah pertama dan terakhirnya",
    en="the sample's path has no process step between its first and last",
)
SAMPLE_BROKEN_NONE_ACTOR = Message(
    code="sample.broken.none",
    variant="actor",
    id="alur sampel tidak memiliki langkah seorang pejabat",
    en="the sample's path has no step of an official",
)

MESSAGES: dict[str, dict[str, Message]] = message_catalog(globals())
#: Every problem of a case file above, keyed by its key.
PROBLEMS: dict[str, ProblemMessage] = {
    v.key: v for v in list(globals().values()) if isinstance(v, ProblemMessage)
}
