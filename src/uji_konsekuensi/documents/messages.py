"""What the documents say that Python writes, keyed by what it is: the area's catalog.

Two kinds of words live here. Refusals: why a document, a template, a letterhead, a logo or an
output file cannot be used (a `DocumentError`, an `InputError` of `Problem`s, a `PluginError`
from a hook's answer, a `TemplateLimitError`), in Bahasa Indonesia first and in English. And
the words a document prints that come from Python rather than from a template: the printables'
titles, the letterhead's contact labels, the flowchart's continuation notes, the SOP page's
notes. Documents are Indonesian; their words are used in Bahasa Indonesia (``.id``) and keep an
English rendering here for developers and auditors abroad.

Each is a `Message` (`uji_konsekuensi.i18n`) keyed by a stable code: ``document.*`` for a
document that cannot be made from its source, ``template.*`` for the template files and the
template sandbox's limits, ``letterhead.*`` and ``logo.*`` for the kop surat, ``output.*`` for
the file written, ``clause.*`` for the statutory content checked in the output (statutory.py),
``origin.*`` for where a template came from, ``printable.*``, ``flowchart.*`` and ``sop_page.*``
for the words documents print. What the input should have been is the same code's ``expected``
variant (named with ``_EXPECTED``). Both languages name the same values (checked when this
module is imported); tests/test_messages_documents.py holds the modules of documents/ to taking
every word from here.

The titles and recognition notes of the statutory clauses (statutory.CLAUSES) are not here:
they are declared once in that table, with each clause's code and Pasal, as a finding code's
title is declared in its code table, and docs/documents.md prints the table from them.
"""

from __future__ import annotations

from ..i18n import Message, Text, message_catalog


def both(text: Text) -> str:
    """A refusal of an exception that carries one message: Indonesian, then English."""
    return f"{text.id} / {text.en}"


# --- document.*: a document that cannot be made from its source (render.py, sources.py) --------

DOCUMENT_CANNOT_BE_MADE = Message(
    code="document.cannot_be_made",
    id="dokumen {kind!r} tidak dapat dibuat: {missing}",
    en="document {kind!r} cannot be made: {missing}",
)
DOCUMENT_NEEDS_SHEETS = Message(
    code="document.needs_sheets",
    id="tidak ada Lembar Pengujian Konsekuensi dalam sumber",
    en="the source holds no Lembar Pengujian Konsekuensi",
)
DOCUMENT_NEEDS_PENETAPAN = Message(
    code="document.needs_penetapan",
    id="sumber tidak memuat Penetapan (PERKI 1/2021 Pasal 49 ayat (4)); buat Penetapan dahulu",
    en="the source holds no Penetapan (PERKI 1/2021 Pasal 49 ayat (4)); record it first",
)
DOCUMENT_NEEDS_REQUEST = Message(
    code="document.needs_request",
    id="surat penolakan menjawab permohonan informasi, tetapi sumber tidak memuat "
    "permohonan maupun surat penolakan",
    en="a refusal answers a request, but the source holds neither a request nor a refusal letter",
)
#: UU 14/2008 Pasal 19: a refusal rests on the consequence test's exemption.
DOCUMENT_NEEDS_GROUND = Message(
    code="document.needs_ground",
    id="tidak ada informasi yang dikecualikan (hasil uji konsekuensi) untuk dasar penolakan "
    "(UU 14/2008 Pasal 19)",
    en="no exempt information (result of a consequence test) to ground the refusal on "
    "(UU 14/2008 Pasal 19)",
)
DOCUMENT_NEEDS_EXEMPT = Message(
    code="document.needs_exempt",
    id="tidak ada informasi yang dikecualikan dalam sumber",
    en="the source holds no exempt information",
)
DOCUMENT_NEEDS_OPENED = Message(
    code="document.needs_opened",
    id="tidak ada informasi yang dibuka oleh uji konsekuensi dalam sumber",
    en="no information in the source was opened by the consequence test",
)
DOCUMENT_NOT_RENDERED = Message(
    code="document.not_rendered",
    id="instansi {agency} menyatakan dokumen ini tidak dibuat oleh uji-konsekuensi: {reason}",
    en="agency {agency} declares that this document is not made by uji-konsekuensi: {reason}",
)
DOCUMENT_UNKNOWN = Message(
    code="document.unknown",
    id="dokumen tidak dikenal; yang tersedia: {available}",
    en="unknown document; available: {available}",
)
DOCUMENT_TOO_MANY_ROWS = Message(
    code="document.too_many_rows",
    id="{count} baris melebihi batas {most} baris per dokumen (bagi menjadi beberapa Lembar, "
    "atau naikkan batasnya: {env})",
    en="{count} rows exceed the limit of {most} rows per document (split it into several "
    "Lembar, or raise the limit: {env})",
)
DOCUMENT_MAX_ROWS_INVALID = Message(
    code="document.max_rows_invalid",
    id="batas baris dokumen harus bilangan bulat positif",
    en="the document row limit must be a positive whole number",
)
DOCUMENT_MAX_ROWS_INVALID_EXPECTED = Message(
    code="document.max_rows_invalid",
    variant="expected",
    id="bilangan bulat >= 1, mis. 5000",
    en="a whole number >= 1, e.g. 5000",
)
DOCUMENT_SOURCE_UNKNOWN = Message(
    code="document.source_unknown",
    id="bukan berkas kasus, Penetapan, atau Lembar Pengujian Konsekuensi",
    en="not a case, Penetapan or Lembar Pengujian Konsekuensi file",
)
#: Written in English for both languages since the first release (the keys are English); kept
#: as it is so that no refusal changes with the move into this catalog.
DOCUMENT_SOURCE_UNKNOWN_EXPECTED = Message(
    code="document.source_unknown",
    variant="expected",
    id="an object with 'trigger' and 'events' (case), 'sheets' (Penetapan) or 'rows' (Lembar)",
    en="an object with 'trigger' and 'events' (case), 'sheets' (Penetapan) or 'rows' (Lembar)",
)
#: Who hears the objection when the refusal record names no one: UU 14/2008 Pasal 35 ayat (1),
#: Pasal 36 (the Atasan PPID); the letter prints the term as the statute writes it.
DOCUMENT_OBJECTION_TO = Message(code="document.objection_to", id="Atasan PPID", en="Atasan PPID")

# --- printable.*: the built-in printables' titles (render.PRINTABLES) --------------------------

PRINTABLE_LEMBAR = Message(
    code="printable.lembar", id="Lembar Pengujian Konsekuensi", en="Consequence test sheet"
)
PRINTABLE_PENETAPAN = Message(
    code="printable.penetapan",
    id="Penetapan PPID tentang Klasifikasi Informasi yang Dikecualikan",
    en="PPID decision classifying exempt information",
)
PRINTABLE_PENOLAKAN = Message(
    code="printable.penolakan",
    id="Surat Keputusan PPID tentang Penolakan Permintaan Informasi Publik",
    en="PPID decision refusing a request for public information",
)
PRINTABLE_DIK = Message(
    code="printable.dik",
    id="Daftar Informasi yang Dikecualikan",
    en="Register of exempt information",
)
PRINTABLE_DIP = Message(
    code="printable.dip", id="Daftar Informasi Publik", en="Register of public information"
)
#: The basis of an agency's own template (it follows no form of the law this package knows).
PRINTABLE_AGENCY_BASIS = Message(
    code="printable.agency_basis", id="templat instansi {agency}", en="agency template {agency}"
)
PRINTABLE_AGENCY_BASIS_NO_AGENCY = Message(
    code="printable.agency_basis",
    variant="no_agency",
    id="templat instansi",
    en="agency template",
)

# --- template.*: template files, the template hook, the sandbox's limits ---------------------

TEMPLATE_FILE_ERROR = Message(
    code="template.file_error", id="templat {where}: {detail}", en="template {where}: {detail}"
)
TEMPLATE_FILE_ERROR_AT_LINE = Message(
    code="template.file_error",
    variant="at_line",
    id="{file}, baris {line}",
    en="{file}, line {line}",
)
#: The detail of a `TemplateFileError` is one text for both languages (Jinja2's own messages
#: are English in both), so this one says it in both at once.
TEMPLATE_INCLUDED_NOT_FOUND = Message(
    code="template.included_not_found",
    id="templat {name!r} tidak ada / not found",
    en="templat {name!r} tidak ada / not found",
)
TEMPLATE_FORMAT_MISSING = Message(
    code="template.format_missing",
    id="templat {name!r} tidak ada (instansi hanya menyediakan format lain)",
    en="template {name!r} does not exist (the agency provides other formats only)",
)
TEMPLATE_NOT_PROVIDED = Message(
    code="template.not_provided",
    id="templat {name!r} tidak ditemukan di sumber templat mana pun: templat bawaan diberikan "
    "oleh plugin {plugin!r} melalui hook {hook}, dan plugin itu tidak memberikannya "
    "(tidak terdaftar pada plugin manager?)",
    en="template {name!r} is in no template source: the built-in templates are given by plugin "
    "{plugin!r} through hook {hook}, and it gave none (not registered with the "
    "plugin manager?)",
)
TEMPLATE_FOLDER_MISSING = Message(
    code="template.folder_missing",
    id="folder templat tidak ada: {folder}",
    en="template folder does not exist: {folder}",
)
TEMPLATE_FOLDER_MISSING_EXPECTED = Message(
    code="template.folder_missing",
    variant="expected",
    id="folder yang berisi berkas templat (*.html.j2, *.md.j2, print.css)",
    en="a folder holding template files (*.html.j2, *.md.j2, print.css)",
)
TEMPLATE_HOOK_RETURNED = Message(
    code="template.hook_returned",
    id="mengembalikan {type}, seharusnya list direktori templat atau None",
    en="returned {type}, expected a list of template directories or None",
)
TEMPLATE_HOOK_NOT_PAIR = Message(
    code="template.hook_not_pair",
    id="butir [{index}] {item!r:.80}: seharusnya (nama templat, berkas)",
    en="item [{index}] {item!r:.80}: expected (template name, file)",
)
TEMPLATE_HOOK_FILE_MISSING = Message(
    code="template.hook_file_missing",
    id="butir [{index}]: berkas templat {file!r} tidak ada",
    en="item [{index}]: template file {file!r} does not exist",
)
TEMPLATE_HOOK_FOLDER_MISSING = Message(
    code="template.hook_folder_missing",
    id="butir [{index}]: direktori templat {folder!r} tidak ada",
    en="item [{index}]: template directory {folder!r} does not exist",
)
TEMPLATE_HOOK_ITEM_TYPE = Message(
    code="template.hook_item_type",
    id="butir [{index}] adalah {type}, seharusnya path direktori",
    en="item [{index}] is {type}, expected a directory path",
)
TEMPLATE_LIMIT = Message(
    code="template.limit", id="templat {template!r}: {said}", en="template {template!r}: {said}"
)
TEMPLATE_LIMIT_LOOPS = Message(
    code="template.limit.loops",
    id="lebih dari {most} putaran perulangan dan panggilan",
    en="more than {most} loop iterations and calls",
)
TEMPLATE_LIMIT_SIZE = Message(
    code="template.limit.size",
    id="{what} sepanjang {size} melebihi batas {most} karakter",
    en="{what} of {size} exceeds the limit of {most} characters",
)
TEMPLATE_LIMIT_RANGE = Message(
    code="template.limit.range",
    id="range() dengan {count} angka melebihi batas {most}",
    en="range() of {count} numbers exceeds the limit of {most}",
)
TEMPLATE_LIMIT_BITS = Message(
    code="template.limit.bits",
    id="bilangan sekitar {bits} bit melebihi batas {most} bit",
    en="a number of about {bits} bits exceeds the limit of {most} bits",
)
#: What went past `TEMPLATE_LIMIT_SIZE`'s limit.
TEMPLATE_LIMIT_WHAT_TEXT = Message(
    code="template.limit.what", variant="text", id="teks", en="a text"
)
TEMPLATE_LIMIT_WHAT_DOCUMENT = Message(
    code="template.limit.what", variant="document", id="dokumen", en="the document"
)
TEMPLATE_LIMIT_WHAT_ARGUMENT = Message(
    code="template.limit.what", variant="argument", id="argumen", en="an argument"
)
TEMPLATE_LIMIT_WHAT_FORMAT_WIDTH = Message(
    code="template.limit.what", variant="format_width", id="lebar format", en="a format width"
)

# --- rendering.*: the hook uji_document_renderings (agency_documents.py) -----------------------

RENDERING_HOOK_RETURNED = Message(
    code="rendering.hook_returned",
    id="mengembalikan {type}, seharusnya list Rendering atau None",
    en="returned {type}, expected a list of Rendering or None",
)

# --- letterhead.*, logo.*: the kop surat and its logo (letterhead.py) ----------------------------

LETTERHEAD_NOT_OBJECT = Message(
    code="letterhead.not_object",
    id="kop surat harus berupa objek JSON",
    en="a letterhead must be a JSON object",
)
LETTERHEAD_NOT_OBJECT_EXPECTED = Message(
    code="letterhead.not_object",
    variant="expected",
    id='objek seperti {{"lines": ["PEMERINTAH ...", "DINAS ..."]}}',
    en='an object such as {{"lines": ["PEMERINTAH ...", "DINAS ..."]}}',
)
LETTERHEAD_FIELD_UNKNOWN = Message(
    code="letterhead.field_unknown",
    id="kolom tidak dikenal; kolom yang dikenal: {known}",
    en="unknown field; known fields: {known}",
)
LETTERHEAD_LINES_INVALID = Message(
    code="letterhead.lines_invalid",
    id="harus berupa larik berisi minimal satu baris teks",
    en="must be an array of at least one line of text",
)
LETTERHEAD_LINES_INVALID_EXPECTED = Message(
    code="letterhead.lines_invalid",
    variant="expected",
    id="larik teks yang tidak kosong",
    en="an array of non-empty strings",
)
LETTERHEAD_NOT_TEXT = Message(
    code="letterhead.not_text", id="harus berupa teks", en="must be a string"
)
LETTERHEAD_NOT_TEXT_EXPECTED = Message(
    code="letterhead.not_text", variant="expected", id="teks atau null", en="a string or null"
)
LETTERHEAD_MISSING_INVALID = Message(
    code="letterhead.missing_invalid",
    id="harus berupa larik teks",
    en="must be an array of strings",
)
LETTERHEAD_MISSING_INVALID_EXPECTED = Message(
    code="letterhead.missing_invalid",
    variant="expected",
    id="larik teks",
    en="an array of strings",
)
LETTERHEAD_LOGO_NOT_TEXT = Message(
    code="letterhead.logo_not_text", id="harus berupa teks", en="must be a string"
)
LETTERHEAD_LOGO_NOT_TEXT_EXPECTED = Message(
    code="letterhead.logo_not_text", variant="expected", id="path berkas", en="a file path"
)
LETTERHEAD_LOGO_TYPE = Message(
    code="letterhead.logo_type",
    id="jenis berkas logo tidak didukung",
    en="unsupported logo file type",
)
LETTERHEAD_LOGO_MISSING = Message(
    code="letterhead.logo_missing",
    id="berkas logo tidak ada: {logo}",
    en="logo file does not exist: {logo}",
)
LETTERHEAD_LOGO_MISSING_EXPECTED = Message(
    code="letterhead.logo_missing",
    variant="expected",
    id="berkas gambar yang ada",
    en="an existing image file",
)
LETTERHEAD_LOGO_TOO_LARGE = Message(
    code="letterhead.logo_too_large",
    id="berkas logo terlalu besar",
    en="logo file too large",
)
LETTERHEAD_LOGO_TOO_LARGE_EXPECTED = Message(
    code="letterhead.logo_too_large",
    variant="expected",
    id="paling besar {most} bita",
    en="at most {most} bytes",
)
#: What a logo refused by its content (a `LogoError`, which says why) should have been.
LETTERHEAD_LOGO_REFUSED_EXPECTED = Message(
    code="letterhead.logo_refused",
    variant="expected",
    id="gambar PNG, JPEG atau SVG tanpa rujukan ke luar berkas",
    en="a PNG, JPEG or SVG image with no reference outside the file",
)
LETTERHEAD_HOOK_RETURNED = Message(
    code="letterhead.hook_returned",
    id="mengembalikan {type}, seharusnya Letterhead atau None",
    en="returned {type}, expected a Letterhead or None",
)
#: The contact line under the kop's names (tata naskah dinas: "Telepon", "Pos-el", "Laman").
LETTERHEAD_PHONE = Message(code="letterhead.phone", id="Telepon {phone}", en="Telephone {phone}")
LETTERHEAD_EMAIL = Message(code="letterhead.email", id="Pos-el {email}", en="Email {email}")
LETTERHEAD_WEBSITE = Message(
    code="letterhead.website", id="Laman {website}", en="Website {website}"
)

LOGO_UNREADABLE = Message(
    code="logo.unreadable",
    id="berkas logo tidak dapat dibaca ({reason})",
    en="the logo file cannot be read ({reason})",
)
LOGO_TOO_LARGE = Message(
    code="logo.too_large",
    id="berkas logo lebih dari {most} bita",
    en="the logo file is larger than {most} bytes",
)
LOGO_NOT_IMAGE = Message(
    code="logo.not_image",
    id="isi berkas logo bukan gambar PNG, JPEG atau SVG",
    en="the logo file's content is not a PNG, JPEG or SVG image",
)
LOGO_SUFFIX_MISMATCH = Message(
    code="logo.suffix_mismatch",
    id="berkas logo bernama {suffix} tetapi isinya {mime}",
    en="the logo file is named {suffix} but holds {mime}",
)
LOGO_SUFFIX_MISMATCH_NO_SUFFIX = Message(
    code="logo.suffix_mismatch", variant="no_suffix", id="(tanpa akhiran)", en="(no suffix)"
)
LOGO_SVG_ENTITIES = Message(
    code="logo.svg_entities",
    id="SVG logo memuat deklarasi entitas (DOCTYPE)",
    en="the SVG logo declares entities (DOCTYPE)",
)
LOGO_SVG_INVALID = Message(
    code="logo.svg_invalid", id="SVG logo tidak sah: {error}", en="invalid SVG logo: {error}"
)
LOGO_NOT_SVG = Message(
    code="logo.not_svg", id="berkas logo bukan SVG", en="the logo file is not an SVG"
)
LOGO_SVG_ELEMENT = Message(
    code="logo.svg_element",
    id="SVG logo memuat elemen <{tag}>",
    en="the SVG logo holds a <{tag}> element",
)
LOGO_SVG_EXTERNAL = Message(
    code="logo.svg_external",
    id="SVG logo merujuk sumber di luar berkasnya ({reference}); hanya #id dan data: yang boleh",
    en="the SVG logo refers to a resource outside itself ({reference}); only #id and data: are "
    "allowed",
)

# --- output.*, extra.*, pdf.*: the file written, optional packages, the PDF ---------------------

OUTPUT_EXISTS = Message(
    code="output.exists",
    id="berkas sudah ada; tidak ditimpa tanpa --force",
    en="file exists; not overwritten without --force",
)
OUTPUT_NOT_WRITTEN = Message(
    code="output.not_written",
    id="berkas tidak dapat ditulis ({reason})",
    en="file cannot be written ({reason})",
)
OUTPUT_NOT_WRITTEN_DIRECTORY = Message(
    code="output.not_written", variant="directory", id="adalah direktori", en="is a directory"
)
OUTPUT_NOT_WRITTEN_SPECIAL = Message(
    code="output.not_written",
    variant="special",
    id="bukan berkas biasa (perangkat, FIFO atau soket); --force hanya menimpa berkas",
    en="not a regular file (device, FIFO or socket); --force only replaces files",
)
EXTRA_MISSING = Message(
    code="extra.missing",
    id="format {extra} memerlukan paket {package}; pasang dengan: "
    "pip install 'uji-konsekuensi[{extra}]'",
    en="the {extra} format needs {package}; install it with: "
    "pip install 'uji-konsekuensi[{extra}]'",
)
PDF_FETCH_REFUSED = Message(
    code="pdf.fetch_refused",
    id="dokumen merujuk sumber di luar dirinya: {error}; hanya data: yang dibaca",
    en="the document refers to a resource outside itself: {error}; only data: is read",
)
PDF_FETCH_REFUSED_EXPECTED = Message(
    code="pdf.fetch_refused",
    variant="expected",
    id="dokumen yang berdiri sendiri (CSS di dalam, gambar sebagai data: URL)",
    en="a self-contained document (CSS inline, images as data: URLs)",
)

# --- clause.*: the law's content checked in the output (statutory.py) ---------------------------

CLAUSE_LACKING = Message(
    code="clause.lacking",
    id="keluaran {format} tidak memuat isi yang diwajibkan peraturan: {items}; templat: {origin}",
    en="the {format} output lacks content the law requires: {items}; template: {origin}",
)
CLAUSE_LACKING_ITEM = Message(
    code="clause.lacking",
    variant="item",
    id="{title} ({basis}) [{code}]: tidak ada {what}",
    en="{title} ({basis}) [{code}]: missing {what}",
)
CLAUSE_LACKING_PROBLEM = Message(
    code="clause.lacking",
    variant="problem",
    id="{title} ({basis}): tidak ada {what}; templat: {origin}",
    en="{title} ({basis}): {what} is missing; template: {origin}",
)
CLAUSE_APART = Message(
    code="clause.apart",
    id="{parts} dalam satu kalimat (berjarak paling jauh {window} karakter)",
    en="{parts} in one sentence (at most {window} characters apart)",
)
CLAUSE_HEADING_MISSING = Message(
    code="clause.heading.missing",
    id='judul "PENETAPAN ..." atau "KEPUTUSAN ..." sebelum Nomor/Tentang',
    en='a heading "PENETAPAN ..." or "KEPUTUSAN ..." before Nomor/Tentang',
)
CLAUSE_HEADING_NOT_PPID = Message(
    code="clause.heading.not_ppid",
    id="judul menyebut penerbit {issuer!r}, padahal yang menandatangani adalah PPID",
    en="the heading names the issuer {issuer!r}, but the PPID signs",
)
CLAUSE_HEADING_PPID_NOT_SIGNER = Message(
    code="clause.heading.ppid_not_signer",
    id="judul menyebut PPID sebagai penerbit, padahal yang menandatangani {who}",
    en="the heading names the PPID as issuer, but {who} signs",
)
#: Who signs when the record names neither the position nor the name: the agency's head.
CLAUSE_HEADING_PPID_NOT_SIGNER_UNNAMED = Message(
    code="clause.heading.ppid_not_signer", variant="unnamed", id="pimpinan", en="pimpinan"
)
CLAUSE_HEADING_NOT_SIGNER = Message(
    code="clause.heading.not_signer",
    id="judul menyebut penerbit {issuer!r}, bukan penanda tangan {position!r}",
    en="the heading names the issuer {issuer!r}, not the signatory {position!r}",
)
#: A value of the record the output must print: what it is, and the value (cut to 60).
CLAUSE_VALUE = Message(code="clause.value", id="{what} {shown!r}", en="{what} {shown!r}")
CLAUSE_VALUE_DATE = Message(
    code="clause.value", variant="date", id="{what} {written}", en="{what} {written}"
)
CLAUSE_VALUE_GROUND = Message(
    code="clause.value.ground", id="dasar {ground!r}", en="ground {ground!r}"
)
CLAUSE_VALUE_RESULT = Message(
    code="clause.value.result", id="hasil {label!r}", en="result {label!r}"
)
CLAUSE_VALUE_CONSEQUENCE = Message(
    code="clause.value.consequence", id="konsekuensi", en="consequence"
)
CLAUSE_VALUE_NAME = Message(code="clause.value.name", id="nama", en="name")
CLAUSE_VALUE_PPID_NAME = Message(
    code="clause.value.ppid_name", id="nama PPID", en="the PPID's name"
)
CLAUSE_VALUE_PENETAPAN = Message(
    code="clause.value.penetapan", id="Penetapan Nomor", en="Penetapan No."
)
CLAUSE_VALUE_BADAN_PUBLIK = Message(
    code="clause.value.badan_publik", id="Badan Publik", en="public body"
)
CLAUSE_VALUE_UNIT = Message(code="clause.value.unit", id="unit", en="unit")
CLAUSE_VALUE_INFORMATION = Message(
    code="clause.value.information", id="informasi", en="information"
)
CLAUSE_VALUE_CONSIDERATION = Message(
    code="clause.value.consideration", id="pertimbangan", en="consideration"
)
CLAUSE_VALUE_PERIOD = Message(code="clause.value.period", id="jangka waktu", en="period")
CLAUSE_VALUE_PLACE = Message(code="clause.value.place", id="tempat", en="place")
CLAUSE_VALUE_DAY = Message(code="clause.value.day", id="tanggal", en="date")

# --- origin.*: where a template of a refused document came from (statutory.py) ------------------

ORIGIN_BUILTIN = Message(
    code="origin.builtin",
    id="templat bawaan {name} (plugin {plugin})",
    en="built-in template {name} (plugin {plugin})",
)
ORIGIN_FILE = Message(code="origin.file", id="{used} dari {origin}", en="{used} from {origin}")
ORIGIN_FOLDER_ENV = Message(
    code="origin.folder_env",
    id="folder {folder} (UJI_KONSEKUENSI_TEMPLATES): {path}",
    en="folder {folder} (UJI_KONSEKUENSI_TEMPLATES): {path}",
)
ORIGIN_FOLDER_SETTINGS = Message(
    code="origin.folder_settings",
    id="folder {folder} (--templates / DocumentSettings): {path}",
    en="folder {folder} (--templates / DocumentSettings): {path}",
)
ORIGIN_CALLER = Message(
    code="origin.caller",
    id="template_sources pemanggil: {path}",
    en="the caller's template_sources: {path}",
)
ORIGIN_PLUGIN = Message(
    code="origin.plugin",
    id="plugin {name!r} (hook {hook}): {path}",
    en="plugin {name!r} (hook {hook}): {path}",
)

# --- legal.*: the legal parts of a record as the forms word them (legal_text.py) ----------------

#: Pasal 17 huruf j: the other statute the exemption rests on, joined as Indonesian law cites.
LEGAL_GROUND_WITH_STATUTE = Message(
    code="legal.ground_with_statute", id="{ground} jo. {statute}", en="{ground} jo. {statute}"
)
#: A bare letter cites the whole letter of UU 14/2008 Pasal 17, not each of its points.
LEGAL_GROUND_LETTER = Message(
    code="legal.ground_letter",
    id="Pasal 17 huruf {letter} {statute}",
    en="Pasal 17 huruf {letter} {statute}",
)
LEGAL_PERIOD_UNTIL = Message(
    code="legal.period.until", id="sampai dengan {date}", en="until {date}"
)
LEGAL_PERIOD_YEARS = Message(
    code="legal.period.years",
    id="{years} tahun sejak ditetapkan",
    en="{years} years from the decision",
)
LEGAL_PERIOD_YEARS_ENDS = Message(
    code="legal.period.years",
    variant="ends",
    id=" (sampai dengan {date})",
    en=" (until {date})",
)
LEGAL_PERIOD_EVENT = Message(code="legal.period.event", id="sampai {event}", en="until {event}")
LEGAL_PERIOD_EVENT_AT_MOST = Message(
    code="legal.period.event",
    variant="at_most",
    id=", paling lama {years} tahun",
    en=", at most {years} years",
)
LEGAL_PERIOD_NEEDED = Message(
    code="legal.period.needed", id="selama dibutuhkan", en="as long as needed"
)
LEGAL_PERIOD_NEEDED_REVIEW = Message(
    code="legal.period.needed",
    variant="review",
    id="; ditinjau kembali pada {date}",
    en="; reviewed on {date}",
)
LEGAL_OUTCOME_CLOSED = Message(
    code="legal.outcome", variant="closed", id="Dikecualikan seluruhnya", en="Exempt in whole"
)
LEGAL_OUTCOME_PARTIAL = Message(
    code="legal.outcome",
    variant="partial",
    id="Dikecualikan sebagian (bagian tertentu dihitamkan)",
    en="Exempt in part (certain parts blacked out)",
)
LEGAL_OUTCOME_OPEN = Message(
    code="legal.outcome",
    variant="open",
    id="Dibuka (Informasi Publik)",
    en="Opened (public information)",
)
#: The role as the forms name it under a signature.
LEGAL_ROLE_PPID = Message(
    code="legal.role",
    variant="ppid",
    id="Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
    en="Information and Documentation Management Officer (PPID)",
)
LEGAL_ROLE_PPID_PELAKSANA = Message(
    code="legal.role",
    variant="ppid_pelaksana",
    id="PPID Pelaksana",
    en="PPID Pelaksana (the unit's PPID)",
)
LEGAL_ROLE_ATASAN_PPID = Message(
    code="legal.role",
    variant="atasan_ppid",
    id="Atasan PPID",
    en="Atasan PPID (the PPID's superior)",
)
LEGAL_ROLE_PIMPINAN = Message(
    code="legal.role", variant="pimpinan", id="Pimpinan Badan Publik", en="Head of the public body"
)
LEGAL_ROLE_TIM_PERTIMBANGAN = Message(
    code="legal.role", variant="tim_pertimbangan", id="Tim Pertimbangan", en="Advisory team"
)
LEGAL_ROLE_UNIT_PENGELOLA_INFORMASI = Message(
    code="legal.role",
    variant="unit_pengelola_informasi",
    id="Pejabat unit yang menguasai informasi",
    en="Officer of the unit holding the information",
)
LEGAL_ROLE_PETUGAS = Message(
    code="legal.role", variant="petugas", id="Petugas Informasi", en="Information officer"
)
LEGAL_ROLE_PEMOHON = Message(
    code="legal.role",
    variant="pemohon",
    id="Pemohon Informasi Publik",
    en="Requester of public information",
)
LEGAL_DOCUMENT_NUMBER = Message(
    code="legal.document", variant="number", id="Nomor {number}", en="No. {number}"
)
LEGAL_DOCUMENT_DATE = Message(
    code="legal.document", variant="date", id="tanggal {date}", en="dated {date}"
)
#: A blacked-out part of a partly exempt item and why (PERKI 1/2021 Pasal 50 ayat (2)).
LEGAL_WITHHELD = Message(code="legal.withheld", id="{part} — {reason}", en="{part} — {reason}")

#: The Berita Acara form of a date ("Senin, tanggal tujuh belas bulan Maret tahun dua ribu dua
#: puluh lima"), spelled out so that a figure cannot be altered afterwards.
LEGAL_DATE_IN_WORDS = Message(
    code="legal.date_in_words",
    id="{weekday}, tanggal {day} bulan {month} tahun {year}",
    en="{weekday}, the {day} day of {month} of the year {year}",
)

# --- flowchart.*: the words the SOP's flowchart prints (flowchart/layout.py, pages.py) ----------

#: The columns of the SOP form (PermenPAN-RB 35/2012, Lampiran: No, Kegiatan, Pelaksana, Mutu
#: Baku of Kelengkapan, Waktu and Output, Keterangan), by the key of each column.
FLOWCHART_COLUMN_NO = Message(code="flowchart.column", variant="no", id="No", en="No.")
FLOWCHART_COLUMN_KEGIATAN = Message(
    code="flowchart.column", variant="kegiatan", id="Kegiatan", en="Activity"
)
FLOWCHART_COLUMN_KELENGKAPAN = Message(
    code="flowchart.column", variant="kelengkapan", id="Kelengkapan", en="Requirements"
)
FLOWCHART_COLUMN_WAKTU = Message(code="flowchart.column", variant="waktu", id="Waktu", en="Time")
FLOWCHART_COLUMN_OUTPUT = Message(
    code="flowchart.column", variant="output", id="Output", en="Output"
)
FLOWCHART_COLUMN_KETERANGAN = Message(
    code="flowchart.column", variant="keterangan", id="Keterangan", en="Remarks"
)
FLOWCHART_GROUP_LANES = Message(
    code="flowchart.group", variant="lanes", id="Pelaksana", en="Actors"
)
FLOWCHART_GROUP_MUTU = Message(
    code="flowchart.group", variant="mutu", id="Mutu Baku", en="Quality standard"
)
#: A decision's exits, and the terminator a branch that ends the procedure is drawn to.
FLOWCHART_BRANCH_YES = Message(code="flowchart.branch", variant="yes", id="Ya", en="Yes")
FLOWCHART_BRANCH_NO = Message(code="flowchart.branch", variant="no", id="Tidak", en="No")
FLOWCHART_END = Message(code="flowchart.end", id="Selesai", en="End")
FLOWCHART_OTHER_LANES = Message(
    code="flowchart.other_lanes", id="Pelaksana lain: {lanes}", en="Other actors: {lanes}"
)
#: The footnote under a page for a step whose actor or flow was inferred (the † of its symbol).
FLOWCHART_FOOTNOTE = Message(
    code="flowchart.footnote", id="† Langkah {step}: {notes}", en="† Step {step}: {notes}"
)
FLOWCHART_STEP = Message(
    code="flowchart.step", id="Langkah {step}: {activity}", en="Step {step}: {activity}"
)
FLOWCHART_CONTINUED_AT = Message(
    code="flowchart.continued_at",
    id="Bersambung ke langkah {step} (halaman {page}): {activity}",
    en="Continued at step {step} (page {page}): {activity}",
)
FLOWCHART_CONTINUED_FROM = Message(
    code="flowchart.continued_from",
    id="Sambungan dari langkah {step} (halaman {page})",
    en="Continued from step {step} (page {page})",
)

# --- sop_page.*: the SOP page's notes on what was inferred or corrected (sop_page.py) ------------

SOP_PAGE_INFERRED_ACTORS = Message(
    code="sop_page.inferred", variant="actors", id="pelaksana disimpulkan", en="actor inferred"
)
SOP_PAGE_INFERRED_NEXT = Message(
    code="sop_page.inferred", variant="next", id="alur disimpulkan", en="flow inferred"
)
SOP_PAGE_INFERRED_YES = Message(
    code="sop_page.inferred",
    variant="yes",
    id="cabang YA disimpulkan",
    en="YES branch inferred",
)
SOP_PAGE_INFERRED_NO = Message(
    code="sop_page.inferred",
    variant="no",
    id="cabang TIDAK disimpulkan",
    en="NO branch inferred",
)
SOP_PAGE_WHERE_SOP = Message(code="sop_page.where", variant="sop", id="SOP", en="SOP")
SOP_PAGE_WHERE_IDENTITY = Message(
    code="sop_page.where", variant="identity", id="Identitas", en="Identity"
)
SOP_PAGE_WHERE_STEP = Message(
    code="sop_page.where", variant="step", id="Langkah {step}", en="Step {step}"
)
SOP_PAGE_CORRECTED = Message(code="sop_page.corrected", id="koreksi", en="correction")
SOP_PAGE_CORRECTED_TEXT = Message(
    code="sop_page.corrected",
    variant="text",
    id="tertulis {as_written!r}, dibaca {corrected!r}: {reason}",
    en="written {as_written!r}, read {corrected!r}: {reason}",
)
SOP_PAGE_INFERRED = Message(code="sop_page.inferred", id="disimpulkan", en="inferred")
SOP_PAGE_UNPLACED = Message(
    code="sop_page.unplaced",
    id="pelaksana tidak tertulis atau tidak ada di kolom pelaksana SOP; "
    "simbol ditempatkan di kolom pertama",
    en="the actor is not written or not among the SOP's actor columns; "
    "the symbol is placed in the first column",
)
SOP_PAGE_NO_LANES = Message(code="sop_page.no_lanes", id="Pelaksana", en="Actor")
SOP_PAGE_NIP = Message(code="sop_page.nip", id="NIP. {nip}", en="NIP. {nip}")
SOP_PAGE_ROLE_UNDECIDED = Message(
    code="sop_page.role_undecided", id="peran belum ditentukan", en="role not yet decided"
)
SOP_PAGE_SOURCE = Message(code="sop_page.source", id="SOP {number}", en="SOP {number}")

MESSAGES = message_catalog(globals())
