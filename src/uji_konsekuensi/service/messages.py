"""What the service says to its client and its operator, keyed by what happened: the area's catalog.

An error answer of the service (problems.py) has a ``title`` (one per kind of answer,
``title.*``), a ``detail`` and a list of problems (`uji_konsekuensi.errors.Problem`: what is
wrong with a parameter or the body, and what was expected). Each of these words is a `Message`
(`uji_konsekuensi.i18n`) keyed by a stable code: ``query.*`` for the query parameters,
``body.*`` for the request body, ``batch.*`` for ``POST /v1/check`` with a list, ``unknown.*``
for a path naming nothing installed, ``work.*`` for the service's own limits, ``auth.*`` for the
token, ``internal.*`` for a bug, ``settings.*`` for the settings refused at start-up and
``startup.*`` for the lines ``uji-konsekuensi serve`` prints. What the input should have been is
the same code's ``expected`` variant (``_EXPECTED``); the problem's own words, where the detail
says more, its ``problem`` variant. Both languages name the same values (checked when this
module is imported); tests/test_messages_service.py holds app.py, problems.py, protocol.py,
runner.py and service_settings.py to taking every word a client reads from here.

`problem` builds a `Problem` from these messages.
"""

from __future__ import annotations

from ..errors import Problem
from ..i18n import Message, Text, message_catalog


def problem(
    path: str,
    message: Text,
    value: object = None,
    expected: Text | str | None = None,
) -> Problem:
    """A problem of ``path`` saying ``message``; ``expected`` a `Text`, or a plain string for
    what reads the same in both languages ("application/json", "start=...")."""
    if isinstance(expected, Text):
        return Problem(
            path=path,
            message=message.id,
            message_en=message.en,
            value=value,
            expected=expected.id,
            expected_en=expected.en,
        )
    return Problem(
        path=path, message=message.id, message_en=message.en, value=value, expected=expected
    )


# --- the title of each kind of answer (problems.py; RFC 9457 "title") -------------------------
TITLE_BUSY = Message(code="title.busy", id="Layanan sedang penuh", en="Service busy")
TITLE_MALFORMED = Message(
    code="title.malformed", id="Permintaan tidak dapat dibaca", en="Malformed request"
)
TITLE_UNAUTHORIZED = Message(code="title.unauthorized", id="Token diperlukan", en="Token required")
TITLE_FORBIDDEN = Message(code="title.forbidden", id="Akses ditolak", en="Forbidden")
TITLE_NOT_FOUND = Message(code="title.not_found", id="Tidak ditemukan", en="Not found")
TITLE_METHOD = Message(code="title.method", id="Metode tidak diizinkan", en="Method not allowed")
TITLE_NOT_ACCEPTABLE = Message(
    code="title.not_acceptable", id="Format tidak tersedia", en="Not acceptable"
)
TITLE_REQUEST_TIMEOUT = Message(
    code="title.request_timeout", id="Permintaan terlalu lama dikirim", en="Request timeout"
)
TITLE_TOO_LARGE = Message(
    code="title.too_large", id="Isi permintaan terlalu besar", en="Content too large"
)
TITLE_MEDIA_TYPE = Message(
    code="title.media_type", id="Jenis isi tidak didukung", en="Unsupported media type"
)
TITLE_INVALID = Message(code="title.invalid", id="Masukan tidak sah", en="Invalid input")
TITLE_INTERNAL = Message(code="title.internal", id="Galat internal", en="Internal error")
TITLE_NOT_INSTALLED = Message(
    code="title.not_installed", id="Fitur tidak terpasang", en="Not installed"
)
TITLE_TIMEOUT = Message(
    code="title.timeout", id="Waktu pemrosesan habis", en="Processing time exceeded"
)

# --- what any of several values would do -------------------------------------------------------
EXPECTED_ONE_OF = Message(
    code="expected.one_of", id="salah satu dari: {listed}", en="one of: {listed}"
)
EXPECTED_ONE_OF_NONE = Message(
    code="expected.one_of", variant="none", id="(tidak ada)", en="(none)"
)

# --- the query parameters -------------------------------------------------------------------
QUERY_INVALID = Message(code="query.invalid", id="parameter tidak sah", en="invalid parameters")
QUERY_UNKNOWN = Message(code="query.unknown", id="parameter tidak dikenal", en="unknown parameter")
QUERY_REPEATED = Message(
    code="query.repeated", id="parameter diberikan lebih dari sekali", en="parameter repeated"
)
QUERY_REQUIRED = Message(code="query.required", id="parameter wajib diisi", en="required parameter")
QUERY_NOT_INTEGER = Message(
    code="query.not_integer", id="bukan bilangan bulat yang sah", en="not a valid whole number"
)
QUERY_NOT_INTEGER_EXPECTED = Message(
    code="query.not_integer",
    variant="expected",
    id="bilangan bulat dari {low} sampai {high}",
    en="a whole number from {low} to {high}",
)
QUERY_NOT_BOOLEAN = Message(
    code="query.not_boolean", id="bukan nilai benar/salah", en="not a boolean"
)
QUERY_NOT_BOOLEAN_EXPECTED = Message(
    code="query.not_boolean", variant="expected", id="true atau false", en="true or false"
)
QUERY_TIMEZONE_UNKNOWN = Message(
    code="query.timezone_unknown", id="zona waktu tidak dikenal", en="unknown time zone"
)
QUERY_TIMEZONE_UNKNOWN_EXPECTED = Message(
    code="query.timezone_unknown",
    variant="expected",
    id="zona IANA atau WIB/WITA/WIT",
    en="an IANA zone or WIB/WITA/WIT",
)
QUERY_BRANCH_UNREADABLE = Message(
    code="query.branch_unreadable", id="cabang tidak dapat dibaca", en="cannot read the branch"
)
QUERY_BRANCH_UNREADABLE_EXPECTED = Message(
    code="query.branch_unreadable",
    variant="expected",
    id="LANGKAH=yes atau LANGKAH=no, mis. 4=no",
    en="STEP=yes or STEP=no, e.g. 4=no",
)
QUERY_BRANCH_REPEATED = Message(
    code="query.branch_repeated",
    id="cabang langkah {step} diberikan lebih dari sekali",
    en="the branch of step {step} is given more than once",
)
QUERY_BRANCH_REPEATED_EXPECTED = Message(
    code="query.branch_repeated",
    variant="expected",
    id="satu nilai branch per langkah",
    en="one branch value per step",
)
QUERY_DUE_CHOOSE_ONE = Message(
    code="query.due_choose_one",
    id="pilih tepat satu: days, deadline atau waktu",
    en="choose exactly one of: days, deadline or waktu",
)
QUERY_DUE_CHOOSE_ONE_EXPECTED = Message(
    code="query.due_choose_one",
    variant="expected",
    id="days=N, deadline=KODE atau waktu=TEKS",
    en="days=N, deadline=CODE or waktu=TEXT",
)
QUERY_FORMAT_UNKNOWN = Message(
    code="query.format_unknown", id="format tidak dikenal", en="unknown format"
)
#: A flowchart is HTML or PDF (a document has more formats: `EXPECTED_ONE_OF`).
QUERY_FORMAT_UNKNOWN_FLOWCHART = Message(
    code="query.format_unknown", variant="flowchart", id="html atau pdf", en="html or pdf"
)

# --- the request body -----------------------------------------------------------------------
BODY_TOO_LARGE = Message(
    code="body.too_large",
    id="isi permintaan lebih dari {limit} bita",
    en="the request body is larger than {limit} bytes",
)
BODY_TOO_LARGE_PROBLEM = Message(
    code="body.too_large", variant="problem", id="terlalu besar", en="too large"
)
BODY_TOO_LARGE_EXPECTED = Message(
    code="body.too_large",
    variant="expected",
    id="paling banyak {limit} bita",
    en="at most {limit} bytes",
)
BODY_NOT_JSON = Message(
    code="body.not_json", id="isi permintaan harus JSON", en="the request body must be JSON"
)
BODY_NOT_JSON_PROBLEM = Message(
    code="body.not_json",
    variant="problem",
    id="jenis isi bukan JSON",
    en="content type is not JSON",
)
BODY_NOT_UTF8 = Message(
    code="body.not_utf8", id="isi permintaan bukan UTF-8", en="the request body is not UTF-8"
)
BODY_NOT_UTF8_PROBLEM = Message(
    code="body.not_utf8", variant="problem", id="bukan UTF-8", en="not UTF-8"
)
#: The value quoted: where the first byte that is no UTF-8 is (a `Problem` has one value, in no
#: language: the same words in both).
BODY_NOT_UTF8_VALUE = Message(
    code="body.not_utf8", variant="value", id="byte {start}", en="byte {start}"
)
BODY_NOT_UTF8_EXPECTED = Message(
    code="body.not_utf8",
    variant="expected",
    id="teks JSON dalam UTF-8",
    en="UTF-8 JSON text",
)
BODY_NOT_READABLE = Message(
    code="body.not_readable",
    id="isi permintaan tidak dapat dibaca sebagai JSON",
    en="the request body cannot be read as JSON",
)
BODY_TOO_SLOW = Message(
    code="body.too_slow",
    id="isi permintaan tidak selesai dikirim dalam {limit:g} detik",
    en="the request body did not arrive within {limit:g} s",
)
HEAD_TOO_SLOW = Message(
    code="head.too_slow",
    id="kepala permintaan tidak selesai dikirim dalam {seconds} detik",
    en="the request head did not arrive within {seconds} s",
)

# --- POST /v1/check -------------------------------------------------------------------------
BATCH_TOO_LARGE = Message(
    code="batch.too_large",
    id="paling banyak {most} kasus per permintaan",
    en="at most {most} cases per request",
)
BATCH_TOO_LARGE_PROBLEM = Message(
    code="batch.too_large", variant="problem", id="terlalu banyak kasus", en="too many cases"
)
BATCH_TOO_LARGE_EXPECTED = Message(
    code="batch.too_large", variant="expected", id="paling banyak {most}", en="at most {most}"
)
BATCH_NOT_OBJECT = Message(
    code="batch.not_object",
    id="setiap kasus dalam daftar harus berupa objek JSON",
    en="every case of the batch must be a JSON object",
)
BATCH_NOT_OBJECT_PROBLEM = Message(
    code="batch.not_object",
    variant="problem",
    id="kasus harus berupa objek JSON",
    en="a case must be a JSON object",
)
BATCH_NOT_OBJECT_EXPECTED = Message(
    code="batch.not_object",
    variant="expected",
    id="objek JSON berkas kasus",
    en="a case file JSON object",
)
CASE_NOT_CHECKED = Message(
    code="case.not_checked", id="kasus tidak dapat diperiksa", en="the case cannot be checked"
)
INPUT_PROBLEMS = Message(
    code="input.problems",
    id="{count} masalah pada masukan",
    en="{count} problem(s) in the input",
)

# --- a path naming nothing installed --------------------------------------------------------
UNKNOWN_AGENCY = Message(code="unknown.agency", id="instansi tidak dikenal", en="unknown agency")
UNKNOWN_DOCUMENT = Message(
    code="unknown.document", id="dokumen tidak dikenal", en="unknown document"
)
UNKNOWN_DOCUMENT_EXPECTED = Message(
    code="unknown.document",
    variant="expected",
    id="kode dokumen, mis. lembar, penetapan, penolakan, dik, dip",
    en="a document code such as lembar, penetapan, penolakan, dik, dip",
)
UNKNOWN_ADDRESS = Message(
    code="unknown.address",
    id="alamat tidak dikenal; lihat /v1/openapi.json",
    en="unknown address; see /v1/openapi.json",
)
DOCUMENT_STATUTORY_CONTENT = Message(
    code="document.statutory_content",
    id="dokumen tidak memuat isi yang diwajibkan peraturan",
    en="the document lacks content the law requires",
)

# --- the service's own limits ---------------------------------------------------------------
WORK_BUSY = Message(
    code="work.busy",
    id="semua {jobs} proses kerja sibuk dan antrean ({queue}) penuh; coba lagi sebentar lagi",
    en="all {jobs} worker processes are busy and the queue ({queue}) is full; try again shortly",
)
WORK_TIMEOUT = Message(
    code="work.timeout",
    id="permintaan melebihi batas waktu pemrosesan ({seconds} detik)",
    en="the request took longer than the processing limit ({seconds} s)",
)
CONNECTIONS_TOO_MANY = Message(
    code="connections.too_many",
    id="terlalu banyak sambungan terbuka (paling banyak {most})",
    en="too many open connections (at most {most})",
)

# --- the token ------------------------------------------------------------------------------
AUTH_OPEN_WITHOUT_TOKEN = Message(
    code="auth.open_without_token",
    id="layanan terbuka untuk mesin lain tanpa token; tetapkan {env}",
    en="the service listens beyond this machine without a token; set {env}",
)
AUTH_TOKEN_REQUIRED = Message(
    code="auth.token_required",
    id="kirim header Authorization: Bearer <token>",
    en="send the header Authorization: Bearer <token>",
)

# --- a bug: an id for the operator, nothing of the exception --------------------------------
INTERNAL_ERROR = Message(
    code="internal.error",
    id="galat internal; laporkan ke pengelola layanan dengan kode {instance} (rincian ada di log "
    "server)",
    en="internal error; report it to the service's operator with the id {instance} (details in "
    "the server log)",
)
#: One case of a batch failed: the batch's answer names its id (the log has the rest).
INTERNAL_ERROR_CASE = Message(
    code="internal.error",
    variant="case",
    id="galat internal; laporkan ke pengelola layanan dengan kode {instance}",
    en="internal error; report it to the service's operator with the id {instance}",
)

# --- settings refused at start-up (service_settings.py) -------------------------------------
SETTINGS_HOST_OPEN = Message(
    code="settings.host_open",
    id="alamat {host} dapat dihubungi dari mesin lain: tetapkan token di variabel lingkungan "
    "{env} (minimal {least} karakter)",
    en="address {host} is reachable from other machines: set a token in the environment "
    "variable {env} (at least {least} characters)",
)
SETTINGS_HOST_OPEN_EXPECTED = Message(
    code="settings.host_open",
    variant="expected",
    id="127.0.0.1, atau {env} ditetapkan",
    en="127.0.0.1, or {env} set",
)
SETTINGS_TOKEN_WEAK = Message(
    code="settings.token_weak",
    id="token terlalu pendek atau memuat karakter kontrol",
    en="the token is too short or holds control characters",
)
SETTINGS_TOKEN_WEAK_EXPECTED = Message(
    code="settings.token_weak",
    variant="expected",
    id="paling sedikit {least} karakter yang dapat dicetak",
    en="at least {least} printable characters",
)
SETTINGS_TOO_SMALL = Message(
    code="settings.too_small", id="nilai terlalu kecil", en="value too small"
)
SETTINGS_TOO_SMALL_EXPECTED = Message(
    code="settings.too_small", variant="expected", id=">= {low}", en=">= {low}"
)
SETTINGS_NOT_POSITIVE = Message(
    code="settings.not_positive", id="nilai harus positif", en="must be positive"
)
SETTINGS_NOT_POSITIVE_EXPECTED = Message(
    code="settings.not_positive", variant="expected", id="> 0 detik", en="> 0 seconds"
)
SETTINGS_NOT_NUMBER = Message(code="settings.not_number", id="bukan angka", en="not a number")
SETTINGS_NOT_NUMBER_EXPECTED = Message(
    code="settings.not_number", variant="expected", id="angka", en="a number"
)

# --- what ``uji-konsekuensi serve`` says when it starts (runner.py) ---------------------------
STARTUP_SERVING = Message(
    code="startup.serving",
    id="uji-konsekuensi melayani di {url}/v1/",
    en="uji-konsekuensi serving at {url}/v1/",
)
STARTUP_TOKEN = Message(
    code="startup.token",
    id="token wajib: setiap permintaan mengirim Authorization: Bearer <token> (token dari "
    "variabel lingkungan {env})",
    en="token required: every request sends Authorization: Bearer <token> (token from the "
    "environment variable {env})",
)
STARTUP_LOOPBACK = Message(
    code="startup.loopback",
    id="tanpa token: hanya dapat dihubungi dari mesin ini (loopback)",
    en="no token: reachable from this machine only (loopback)",
)
STARTUP_LIMITS = Message(
    code="startup.limits",
    id="batas: isi {max_body} bita, {max_batch} kasus per pemeriksaan, {timeout:g} detik per "
    "permintaan",
    en="limits: body {max_body} bytes, {max_batch} cases per check, {timeout:g} s per request",
)
STARTUP_WORKERS = Message(
    code="startup.workers",
    id="{jobs} proses kerja untuk check, state, render dan bagan alir, antrean {queue}; kepala "
    "permintaan {header_timeout:g} detik, isi {body_timeout:g} detik, membaca jawaban "
    "{send_timeout:g} detik; paling banyak {max_connections} sambungan",
    en="{jobs} worker processes for check, state, render and flowchart, queue {queue}; request "
    "head {header_timeout:g} s, body {body_timeout:g} s, reading the answer {send_timeout:g} s; "
    "at most {max_connections} connections",
)
STARTUP_CONTRACT = Message(
    code="startup.contract",
    id="kontrak API: {url}/v1/openapi.json",
    en="API contract: {url}/v1/openapi.json",
)

MESSAGES = message_catalog(globals())
