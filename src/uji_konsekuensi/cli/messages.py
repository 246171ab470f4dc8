"""What the command line says to the person at the terminal, keyed by what happened: its catalog.

Each is a `Message` (`uji_konsekuensi.i18n`) keyed by a stable code: the command's name for its
own refusals and notices (``due.*``, ``sop.*``, ``plugin.*``, ...), ``branch.*`` for ``--branch``
(options.py), ``written`` for a file written, and ``usage.*`` for argparse's own usage errors
(see `USAGE_TEMPLATES`). What the input should have been is the same code's ``expected``
variant (``_EXPECTED``). Both languages name the same values (checked when this module is
imported); tests/test_messages_cli.py holds the listed command modules to taking every word of
a refusal or a notice from here.
"""

from __future__ import annotations

from ..i18n import Message, message_catalog

#: What any of several values would do.
EXPECTED_ONE_OF = Message(
    code="expected.one_of", id="salah satu dari: {listed}", en="one of: {listed}"
)
#: A file a command wrote (said on standard error: standard output may carry the document).
WRITTEN = Message(code="written", id="ditulis: {path}", en="written: {path}")

# --- options.py: --branch (plan, sample) ------------------------------------------------------
BRANCH_UNREADABLE = Message(
    code="branch.unreadable", id="cabang tidak dapat dibaca", en="cannot read the branch"
)
BRANCH_UNREADABLE_EXPECTED = Message(
    code="branch.unreadable",
    variant="expected",
    id="LANGKAH=yes atau LANGKAH=no, mis. 4=no",
    en="STEP=yes or STEP=no, e.g. 4=no",
)

# --- agencies ---------------------------------------------------------------------------------
AGENCIES_TRIGGER_REQUEST = Message(
    code="agencies.trigger", variant="request", id="permohonan", en="request"
)
AGENCIES_TRIGGER_PERIODIC = Message(
    code="agencies.trigger", variant="periodic", id="berkala", en="periodic"
)
AGENCIES_NONE_INSTALLED = Message(
    code="agencies.none_installed",
    id="Tidak ada instansi yang terpasang. Pasang plugin instansi, misalnya "
    "`pip install -e plugins/kalbar`.",
    en="No agency is installed. Install an agency plugin, for example "
    "`pip install -e plugins/kalbar`.",
)
#: Appended to `AGENCIES_NONE_INSTALLED` when UJI_KONSEKUENSI_PLUGINS restricts the plugins.
AGENCIES_NONE_INSTALLED_RESTRICTED = Message(
    code="agencies.none_installed",
    variant="restricted",
    id=" ({env}={restricted!r} membatasi)",
    en=" ({env}={restricted!r} restricts)",
)
AGENCIES_EXAMPLES_HIDDEN = Message(
    code="agencies.examples_hidden",
    id="(instansi contoh, fiktif, tidak ditampilkan: {examples}; --all menampilkannya)",
    en="(example agencies, fictional, not listed: {examples}; --all lists them)",
)
AGENCIES_WARNING = Message(
    code="agencies.warning", id="peringatan: {problem}", en="warning: {problem}"
)

# --- agency validate / agency test --------------------------------------------------------------
AGENCY_FOLDER_MISSING = Message(
    code="agency.folder_missing", id="folder tidak ada", en="no such folder"
)
AGENCY_FOLDER_MISSING_EXPECTED = Message(
    code="agency.folder_missing",
    variant="expected",
    id="folder berisi agency.json dan sop.json",
    en="a folder holding agency.json and sop.json",
)
AGENCY_TEST_NEEDS_PYTEST = Message(
    code="agency.test_needs_pytest",
    id="agency test memerlukan pytest: pip install 'uji-konsekuensi[agency]' "
    "(python3 dev.py run memasangnya)",
    en="agency test needs pytest: pip install 'uji-konsekuensi[agency]' "
    "(python3 dev.py run installs it)",
)

# --- check ------------------------------------------------------------------------------------
CHECK_NO_FILES = Message(
    code="check.no_files",
    id="tidak ada berkas *.json untuk diperiksa",
    en="no *.json file to check",
)
CHECK_NO_FILES_EXPECTED = Message(
    code="check.no_files",
    variant="expected",
    id="berkas kasus, folder berisi *.json, atau -",
    en="a case file, a folder holding *.json, or -",
)

# --- due --------------------------------------------------------------------------------------
DUE_START_REQUIRED = Message(
    code="due.start_required", id="tanggal mulai wajib diisi", en="a start date is required"
)
DUE_START_REQUIRED_EXPECTED = Message(
    code="due.start_required",
    variant="expected",
    id="uji-konsekuensi due YYYY-MM-DD N (atau --deadline, --waktu, --timeline)",
    en="uji-konsekuensi due YYYY-MM-DD N (or --deadline, --waktu, --timeline)",
)
DUE_CHOOSE_ONE = Message(
    code="due.choose_one",
    id="pilih tepat satu: jumlah hari kerja, --deadline, --waktu atau --timeline",
    en="choose exactly one: a number of working days, --deadline, --waktu or --timeline",
)
DUE_COMPLETED_WITHOUT_TIMELINE = Message(
    code="due.completed_without_timeline",
    id="--completed hanya untuk --timeline",
    en="--completed only goes with --timeline",
)

# --- plan -------------------------------------------------------------------------------------
PLAN_NOT_A_DECISION = Message(
    code="plan.not_a_decision",
    id="langkah ini bukan keputusan dalam SOP",
    en="this step is not a decision in the SOP",
)

# --- render -----------------------------------------------------------------------------------
RENDER_NOT_JSON = Message(
    code="render.not_json",
    id="render membuat dokumen, bukan JSON",
    en="render makes a document, not JSON",
)
RENDER_NOT_JSON_EXPECTED = Message(
    code="render.not_json",
    variant="expected",
    id="salah satu dari: {formats} (--json: pesan berupa JSON)",
    en="one of: {formats} (--json: messages as JSON)",
)
RENDER_BINARY_NEEDS_OUTPUT = Message(
    code="render.binary_needs_output",
    id="format {fmt} bersifat biner: sebutkan berkas keluaran dengan -o BERKAS.{fmt}",
    en="the {fmt} format is binary: name an output file with -o FILE.{fmt}",
)
RENDER_BINARY_NEEDS_OUTPUT_EXPECTED = Message(
    code="render.binary_needs_output",
    variant="expected",
    id="-o BERKAS.{fmt}",
    en="-o FILE.{fmt}",
)

# --- sample -----------------------------------------------------------------------------------
SAMPLE_NOT_A_DECISION = Message(
    code="sample.not_a_decision",
    id="langkah {step} bukan keputusan dengan cabang {branch}",
    en="step {step} is not a decision with a {branch} branch",
)
SAMPLE_NOT_A_DECISION_EXPECTED = Message(
    code="sample.not_a_decision",
    variant="expected",
    id="langkah keputusan: {listed}",
    en="decision steps: {listed}",
)
SAMPLE_DATE_UNREADABLE = Message(
    code="sample.date_unreadable", id="tanggal tidak terbaca", en="unreadable date"
)
SAMPLE_CANNOT_BREAK = Message(
    code="sample.cannot_break",
    id="SOP ini tidak dapat dirusak dengan cara itu: {reason}",
    en="this SOP cannot be broken that way: {reason}",
)
SAMPLE_VIOLATION_WRITTEN = Message(
    code="sample.violation_written",
    id="pelanggaran yang ditulis: {what}",
    en="violation written: {what}",
)

# --- serve ------------------------------------------------------------------------------------
SERVE_NEEDS_EXTRA = Message(
    code="serve.needs_extra",
    id="layanan memerlukan paket tambahan: pip install 'uji-konsekuensi[server]' "
    "({module} tidak terpasang)",
    en="the service needs the extra: pip install 'uji-konsekuensi[server]' "
    "({module} is not installed)",
)
SERVE_CANNOT_LISTEN = Message(
    code="serve.cannot_listen",
    id="uji-konsekuensi serve: tidak dapat mendengarkan di {host}:{port} ({reason}): port sudah "
    "dipakai proses lain atau tidak diizinkan; pilih --port lain",
    en="uji-konsekuensi serve: cannot listen on {host}:{port} ({reason}): the port is in use by "
    "another process or not permitted; choose another --port",
)

# --- plugin new -------------------------------------------------------------------------------
PLUGIN_TRIGGER_DISAGREES = Message(
    code="plugin.trigger_disagrees",
    id="pemicu harus diberikan dan sama dengan pemicu SOP",
    en="the trigger must agree with the SOP's trigger",
)
PLUGIN_TRIGGER_MISSING = Message(
    code="plugin.trigger_missing",
    id="SOP tidak menyebut pemicunya: berikan --trigger",
    en="the SOP states no trigger: give --trigger",
)
#: What either trigger refusal expected.
PLUGIN_TRIGGER_EXPECTED = Message(
    code="plugin.trigger",
    variant="expected",
    id="request atau periodic (SOP: {trigger})",
    en="request or periodic (SOP: {trigger})",
)
PLUGIN_AGENCY_INVALID = Message(
    code="plugin.agency_invalid",
    id="data instansi tidak sah: {reason}",
    en="invalid agency data: {reason}",
)
PLUGIN_SOP_HAS_ERRORS = Message(
    code="plugin.sop_has_errors",
    id="SOP memiliki galat: plugin tidak ditulis (perbaiki, lalu sop validate)",
    en="the SOP has errors: the plugin was not written (fix, then sop validate)",
)
PLUGIN_FOLDER_WRITTEN = Message(
    code="plugin.folder_written",
    id="folder instansi ditulis: {target} (agency validate {target}; --agencies {parent})",
    en="agency folder written: {target} (agency validate {target}; --agencies {parent})",
)
PLUGIN_WRITTEN = Message(
    code="plugin.written",
    id="plugin ditulis: {target} (pip install -e {target}; uji-konsekuensi agency test {code})",
    en="plugin written: {target} (pip install -e {target}; uji-konsekuensi agency test {code})",
)

# --- sop --------------------------------------------------------------------------------------
#: What any misuse of ``sop`` expected: its three forms.
SOP_USAGE_EXPECTED = Message(
    code="sop.usage",
    variant="expected",
    id="sop import BERKAS -o sop.json | sop validate BERKAS|INSTANSI | sop template BERKAS.xlsx",
    en="sop import FILE -o sop.json | sop validate FILE|AGENCY | sop template FILE.xlsx",
)
SOP_NEEDS_FILE = Message(
    code="sop.needs_file", id="sop {action} memerlukan BERKAS", en="sop {action} needs a FILE"
)
SOP_PDF_NEEDS_OUTPUT = Message(
    code="sop.pdf_needs_output",
    id="PDF memerlukan -o BERKAS (keluaran biner tidak dicetak ke terminal)",
    en="PDF needs -o FILE (binary output is not printed to the terminal)",
)
SOP_OUTPUT_AND_FOLDER = Message(
    code="sop.output_and_folder",
    id="-o dan --agency-folder tidak dapat dipakai bersama (folder memuat sop.json)",
    en="-o and --agency-folder cannot be used together (the folder holds sop.json)",
)
SOP_QUESTIONS_OVERWRITE_ANSWERS = Message(
    code="sop.questions_overwrite_answers",
    id="--questions menimpa berkas --answers: jawaban yang sudah diisi akan hilang; beri nama lain",
    en="--questions would overwrite the --answers file and lose the answers given; give another "
    "name",
)
SOP_AGENCY_PATH_NEEDS_FOLDER = Message(
    code="sop.agency_path_needs_folder",
    id="jalur agency.json memerlukan --agency-folder",
    en="a path of agency.json needs --agency-folder",
)
SOP_AGENCY_PATH_NEEDS_FOLDER_EXPECTED = Message(
    code="sop.agency_path_needs_folder",
    variant="expected",
    id="sop import BERKAS --agency-folder FOLDER --answers ...",
    en="sop import FILE --agency-folder FOLDER --answers ...",
)


# --- sop: the headings and labels of its text report (render_sop, render_findings) -----------
SOP_LABEL_FINDINGS = Message(
    code="sop.label.findings", id="Temuan SOP.validate()", en="Findings of SOP.validate()"
)
SOP_LABEL_NO_FINDINGS = Message(
    code="sop.label.no_findings", id="tidak ada temuan", en="no findings"
)
SOP_LABEL_REQUIRES = Message(code="sop.label.requires", id="Membutuhkan", en="Requires")
SOP_LABEL_PRODUCES = Message(code="sop.label.produces", id="Menghasilkan", en="Produces")
SOP_LABEL_END = Message(code="sop.label.end", id="selesai", en="end")
SOP_LABEL_AGENCY = Message(code="sop.label.agency", id="Instansi", en="Agency")
SOP_LABEL_UNIT = Message(code="sop.label.unit", id="Unit kerja", en="Work unit")
SOP_LABEL_NUMBER = Message(code="sop.label.number", id="Nomor SOP", en="SOP number")
SOP_LABEL_CREATED = Message(code="sop.label.created", id="Tanggal Pembuatan", en="Date made")
SOP_LABEL_REVISED = Message(code="sop.label.revised", id="Tanggal Revisi", en="Date revised")
SOP_LABEL_EFFECTIVE = Message(code="sop.label.effective", id="Tanggal Efektif", en="Date effective")
SOP_LABEL_APPROVED_BY = Message(code="sop.label.approved_by", id="Disahkan oleh", en="Approved by")
SOP_LABEL_TITLE = Message(code="sop.label.title", id="Nama SOP", en="SOP title")
SOP_LABEL_LEGAL_BASIS = Message(code="sop.label.legal_basis", id="Dasar Hukum", en="Legal basis")
SOP_LABEL_QUALIFICATIONS = Message(
    code="sop.label.qualifications", id="Kualifikasi Pelaksana", en="Qualifications"
)
SOP_LABEL_RELATED = Message(code="sop.label.related", id="Keterkaitan", en="Related")
SOP_LABEL_EQUIPMENT = Message(
    code="sop.label.equipment", id="Peralatan/Perlengkapan", en="Equipment"
)
SOP_LABEL_WARNINGS = Message(code="sop.label.warnings", id="Peringatan", en="Warnings")
SOP_LABEL_RECORDS = Message(code="sop.label.records", id="Pencatatan dan Pendataan", en="Records")
SOP_LABEL_TRIGGER = Message(code="sop.label.trigger", id="Pemicu", en="Trigger")
SOP_LABEL_IDENTITY = Message(code="sop.label.identity", id="identitas", en="identity")
SOP_LABEL_ACTORS = Message(code="sop.label.actors", id="Pelaksana", en="Actors")
SOP_LABEL_NOT_DECIDED = Message(
    code="sop.label.not_decided", id="belum ditentukan", en="not decided"
)
SOP_LABEL_COLUMN = Message(code="sop.label.column", id="Kolom", en="Column")
SOP_LABEL_ROLE = Message(code="sop.label.role", id="Peran", en="Role")
SOP_LABEL_CODE = Message(code="sop.label.code", id="Kode", en="Code")
SOP_LABEL_ACTIVITY = Message(code="sop.label.activity", id="Kegiatan", en="Activity")
SOP_LABEL_REQUIREMENTS = Message(code="sop.label.requirements", id="Kelengkapan", en="Requirements")
SOP_LABEL_TIME = Message(code="sop.label.time", id="Waktu", en="Time")
SOP_LABEL_NOTES = Message(code="sop.label.notes", id="Keterangan", en="Notes")
SOP_LABEL_PROCEDURE = Message(code="sop.label.procedure", id="Prosedur", en="Procedure")
SOP_LABEL_CORRECTIONS = Message(
    code="sop.label.corrections", id="Koreksi dan inferensi", en="Corrections and inferences"
)
SOP_LABEL_STEP_DOCUMENTS = Message(
    code="sop.label.step_documents",
    id="Dokumen per langkah (dinyatakan plugin; diperiksa pada setiap kasus)",
    en="Documents per step (declared by the plugin; checked in every case)",
)
SOP_LABEL_LEGEND = Message(
    code="sop.label.legend",
    id="( ) terminator, [ ] proses, < > keputusan; * disimpulkan, † dikoreksi dari tulisan asli "
    "(lihat --notes)",
    en="( ) terminator, [ ] process, < > decision; * inferred, † corrected from what is written "
    "(see --notes)",
)
SOP_LABEL_STEP = Message(code="sop.label.step", id="langkah {number}", en="step {number}")
SOP_LABEL_YES = Message(code="sop.label.yes", id="Ya", en="Yes")
SOP_LABEL_NO = Message(code="sop.label.no", id="Tidak", en="No")
SOP_LABEL_REQUEST = Message(code="sop.label.request", id="permohonan", en="request")
SOP_LABEL_PERIODIC = Message(code="sop.label.periodic", id="berkala", en="periodic")

# --- the text reports of agencies, due and plan: their headings and labels ----------------------
# agencies CODE: the contract summarised for people.
AGENCIES_TIME_ZONE = Message(
    code="agencies.time_zone", id="Zona waktu: {zone}", en="Time zone: {zone}"
)
AGENCIES_TRIGGER = Message(
    code="agencies.trigger", id="Pemicu: {label} ({basis})", en="Trigger: {label} ({basis})"
)
AGENCIES_CUTI_BERSAMA_OFF = Message(
    code="agencies.cuti_bersama",
    variant="off",
    id="Cuti bersama bukan hari kerja",
    en="Cuti bersama are days off",
)
AGENCIES_CUTI_BERSAMA_WORKING = Message(
    code="agencies.cuti_bersama",
    variant="working",
    id="Cuti bersama dihitung hari kerja",
    en="Cuti bersama are working days",
)
AGENCIES_STEP_NEEDS = Message(
    code="agencies.step", variant="needs", id="perlu {codes}", en="needs {codes}"
)
AGENCIES_STEP_MAKES = Message(
    code="agencies.step", variant="makes", id="hasil {codes}", en="makes {codes}"
)
AGENCIES_DOCUMENT_KINDS = Message(
    code="agencies.document_kinds",
    id="Jenis dokumen (documents[].kind):",
    en="Document kinds (documents[].kind):",
)
AGENCIES_DOCUMENT_KINDS_CODE = Message(
    code="agencies.document_kinds", variant="code", id="KODE", en="CODE"
)
AGENCIES_DOCUMENT_KINDS_TITLE = Message(
    code="agencies.document_kinds", variant="title", id="JUDUL", en="TITLE"
)
AGENCIES_EVENTS = Message(
    code="agencies.events", id="Peristiwa dalam kasus:", en="Events of a case:"
)
AGENCIES_EVENTS_ALWAYS = Message(code="agencies.events", variant="always", id="wajib", en="always")
AGENCIES_EVENTS_WHEN = Message(
    code="agencies.events", variant="when", id="bersyarat", en="conditional"
)
AGENCIES_RENDERABLE = Message(
    code="agencies.renderable",
    id="Dokumen yang dapat dibuat: {codes}",
    en="Renderable documents: {codes}",
)
AGENCIES_RULES = Message(
    code="agencies.rules",
    id="Aturan kepatuhan, menurut urutan pemeriksaan:",
    en="Compliance rules, in the order they run:",
)
AGENCIES_RULES_REPLACEABLE = Message(
    code="agencies.rules",
    variant="replaceable",
    id=" (SOP; dapat diganti)",
    en=" (SOP; replaceable)",
)
AGENCIES_RULES_REPLACES = Message(
    code="agencies.rules",
    variant="replaces",
    id=" (mengganti {replaces}; plugin {plugin})",
    en=" (replaces {replaces}; plugin {plugin})",
)
# agencies: the list of installed agencies.
AGENCIES_HEADER_CODE = Message(code="agencies.header", variant="code", id="KODE", en="CODE")
AGENCIES_HEADER_NAME = Message(code="agencies.header", variant="name", id="NAMA", en="NAME")
AGENCIES_HEADER_ZONE = Message(
    code="agencies.header", variant="zone", id="ZONA WAKTU", en="TIME ZONE"
)
AGENCIES_HEADER_TRIGGER = Message(
    code="agencies.header", variant="trigger", id="PEMICU", en="TRIGGER"
)
AGENCIES_EXAMPLE = Message(code="agencies.example", id=" [contoh]", en=" [example]")

# check: where a data-only agency's folder came from.
CHECK_AGENCY_DATA = Message(
    code="check.agency_data",
    id="  (data instansi: {folder}{source}, sha256 {sha256})",
    en="  (agency data: {folder}{source}, sha256 {sha256})",
)

# due: a count of working days explained, a request's timeline, a Waktu.
DUE_GIVEN = Message(code="due.given", id="Diberikan: {given}", en="Given: {given}")
DUE_START = Message(
    code="due.start", id="Mulai (hari ke-0): {date} — {zone}", en="Start (day 0): {date} — {zone}"
)
DUE_DUE = Message(
    code="due.due",
    id="Tenggat: {count} hari kerja{back} → {date}{status}",
    en="Due: {count} working day(s){back} → {date}{status}",
)
DUE_DUE_BACK = Message(code="due.due", variant="back", id=" mundur", en=" back")
DUE_PROVISIONAL = Message(code="due.provisional", id=" (sementara)", en=" (provisional)")
DUE_PROVISIONAL_LINE = Message(
    code="due.provisional", variant="line", id="Sementara.", en="Provisional."
)
DUE_SKIPPED = Message(
    code="due.skipped", id="Hari tidak dihitung ({count}):", en="Days not counted ({count}):"
)
DUE_SKIPPED_ESTIMATED = Message(
    code="due.skipped", variant="estimated", id=" — perkiraan", en=" — estimated"
)
DUE_SOURCES = Message(code="due.sources", id="Sumber:", en="Sources:")
DUE_NOTES = Message(code="due.notes", id="Catatan:", en="Notes:")
DUE_RECEIVED = Message(
    code="due.received",
    id="Permohonan diterima: {date} — {zone}",
    en="Request received: {date} — {zone}",
)
DUE_COMPLETE = Message(
    code="due.complete", id="Dinyatakan lengkap: {date}", en="Declared complete: {date}"
)
DUE_FOR_COMPARISON = Message(code="due.for_comparison", id=" [pembanding]", en=" [for comparison]")
DUE_ASSUMPTION = Message(
    code="due.assumption", id="    anggapan: {assumption}", en="    assumption: {assumption}"
)
DUE_WAKTU_READING = Message(
    code="due.waktu.reading", id="  dibaca menurut: {basis}", en="  reading: {basis}"
)
DUE_WAKTU_AFTER = Message(
    code="due.waktu.after",
    id="  dihitung dari langkah {step!r}: mulai = waktu langkah itu",
    en="  counted from step {step!r}: give that step's moment as the start",
)
DUE_WAKTU_NO_LIMIT = Message(
    code="due.waktu.no_limit", id="Tidak ada batas waktu.", en="No due moment (no time limit)."
)
DUE_WAKTU_DUE_BY = Message(code="due.waktu.due_by", id="Batas: {moment}", en="Due by: {moment}")
DUE_WAKTU_RAMADAN = Message(
    code="due.waktu.ramadan",
    id=" (jam kerja Ramadan{estimate}; {basis})",
    en=" (Ramadan office hours{estimate}; {basis})",
)
DUE_WAKTU_RAMADAN_ESTIMATED = Message(
    code="due.waktu.ramadan", variant="estimated", id=", perkiraan", en=", estimated"
)

# plan: the steps with their due moments.
PLAN_START = Message(
    code="plan.start", id="Mulai: {moment} ({zone})", en="Start: {moment} ({zone})"
)
PLAN_BRANCH = Message(code="plan.branch", id=" [cabang {word}]", en=" [branch {word}]")
PLAN_BRANCH_YES = Message(code="plan.branch", variant="yes", id="ya", en="yes")
PLAN_BRANCH_NO = Message(code="plan.branch", variant="no", id="tidak", en="no")
PLAN_NO_LIMIT = Message(code="plan.no_limit", id="tanpa batas", en="no limit")
PLAN_PROVISIONAL = Message(code="plan.provisional", id=" (sementara)", en=" (provisional)")
PLAN_STEP = Message(
    code="plan.step",
    id="   {who}; waktu: {waktu} -> {due}{mark}",
    en="   {who}; time: {waktu} -> {due}{mark}",
)
PLAN_DOCUMENTS = Message(
    code="plan.documents",
    id="   membutuhkan: {needs}; menghasilkan: {makes}",
    en="   requires: {needs}; produces: {makes}",
)
PLAN_TIMELINE = Message(
    code="plan.timeline",
    id="Tenggat undang-undang permintaan:",
    en="Statutory timeline of the request:",
)
PLAN_TIMELINE_COMPARISON = Message(
    code="plan.timeline", variant="comparison", id=" (pembanding)", en=" (comparison only)"
)

# --- argparse's own usage errors (`cli.parser.Parser`) ------------------------------------------
# The ``en`` of each is argparse's own message (its gettext msgid, Python 3.10-3.13) written as
# a template: an English message of argparse is matched against it, its values taken, and the
# Indonesian filled with them. A message matching none stays in English (a newer Python's
# wording is still shown, never lost).
USAGE_ERROR = Message(
    code="usage.error", id="{prog}: galat: {message}", en="{prog}: error: {message}"
)
USAGE_ARGUMENT = Message(
    code="usage.argument", id="argumen {name}: {message}", en="argument {name}: {message}"
)
USAGE_REQUIRED = Message(
    code="usage.required",
    id="argumen berikut wajib diberikan: {names}",
    en="the following arguments are required: {names}",
)
USAGE_ONE_REQUIRED = Message(
    code="usage.one_required",
    id="salah satu argumen {names} wajib diberikan",
    en="one of the arguments {names} is required",
)
USAGE_UNRECOGNIZED = Message(
    code="usage.unrecognized",
    id="argumen tidak dikenal: {given}",
    en="unrecognized arguments: {given}",
)
USAGE_INVALID_CHOICE = Message(
    code="usage.invalid_choice",
    id="pilihan tidak sah: {value} (pilih dari {choices})",
    en="invalid choice: {value} (choose from {choices})",
)
USAGE_UNKNOWN_PARSER = Message(
    code="usage.unknown_parser",
    id="perintah tidak dikenal {value} (pilihan: {choices})",
    en="unknown parser {value} (choices: {choices})",
)
USAGE_INVALID_VALUE = Message(
    code="usage.invalid_value",
    id="nilai {type} tidak sah: {value}",
    en="invalid {type} value: {value}",
)
USAGE_EXPECTED_ONE = Message(
    code="usage.expected_one", id="memerlukan satu nilai", en="expected one argument"
)
USAGE_EXPECTED_AT_MOST_ONE = Message(
    code="usage.expected_at_most_one",
    id="paling banyak satu nilai",
    en="expected at most one argument",
)
USAGE_EXPECTED_AT_LEAST_ONE = Message(
    code="usage.expected_at_least_one",
    id="memerlukan paling sedikit satu nilai",
    en="expected at least one argument",
)
USAGE_EXPECTED_COUNT = Message(
    code="usage.expected_count", id="memerlukan {count} nilai", en="expected {count} argument"
)
USAGE_EXPECTED_COUNT_PLURAL = Message(
    code="usage.expected_count",
    variant="plural",
    id="memerlukan {count} nilai",
    en="expected {count} arguments",
)
USAGE_AMBIGUOUS = Message(
    code="usage.ambiguous",
    id="opsi ambigu: {option} dapat berarti {matches}",
    en="ambiguous option: {option} could match {matches}",
)
USAGE_NOT_ALLOWED_WITH = Message(
    code="usage.not_allowed_with",
    id="tidak boleh dipakai bersama argumen {other}",
    en="not allowed with argument {other}",
)
USAGE_IGNORED_EXPLICIT = Message(
    code="usage.ignored_explicit",
    id="nilai eksplisit {value} diabaikan (opsi ini tidak menerima nilai)",
    en="ignored explicit argument {value}",
)
USAGE_UNEXPECTED_OPTION = Message(
    code="usage.unexpected_option",
    id="opsi tidak terduga: {option}",
    en="unexpected option string: {option}",
)

#: The usage errors a message of argparse is matched against, the composite ones first.
USAGE_TEMPLATES = (
    USAGE_ARGUMENT,
    USAGE_REQUIRED,
    USAGE_ONE_REQUIRED,
    USAGE_UNRECOGNIZED,
    USAGE_INVALID_CHOICE,
    USAGE_UNKNOWN_PARSER,
    USAGE_INVALID_VALUE,
    USAGE_EXPECTED_ONE,
    USAGE_EXPECTED_AT_MOST_ONE,
    USAGE_EXPECTED_AT_LEAST_ONE,
    USAGE_EXPECTED_COUNT,
    USAGE_EXPECTED_COUNT_PLURAL,
    USAGE_AMBIGUOUS,
    USAGE_NOT_ALLOWED_WITH,
    USAGE_IGNORED_EXPLICIT,
    USAGE_UNEXPECTED_OPTION,
)

MESSAGES = message_catalog(globals())
