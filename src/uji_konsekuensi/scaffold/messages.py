"""What the scaffolds tell the user, keyed by a stable code: one catalog, read once.

The scaffolds are ``sop import --agency-folder`` (`agency_draft`: the agency.json drafted beside
an imported SOP) and ``plugin new`` (`plugin_files`, `agency_folder_files`, `write_plugin`). What
they show the user is here: the agency part of the review report (``draft.*``: each question and
each inferred value, with its reason), the refusals of an answer of the answers file
(``answer.*``) and of a target directory (``target.*``). Each is a `uji_konsekuensi.i18n.Message`,
a template in Bahasa Indonesia and in English naming the same values (checked at import).

What a scaffold *writes* is not here: the files it generates (agency.json's ``notes`` of candidate
documents, a rendering's ``not_rendered``, the letterhead's ``missing``, the plugin templates in
``scaffold/plugin/``) are the agency's data, which the office edits afterwards; only
agency.json's ``notes`` repeat the Indonesian words of the inferred values (`draft.*`) so that the
file keeps the reason of each. tests/test_messages_scaffold.py holds agency_draft.py and
``__init__.py`` to this catalog.
"""

from __future__ import annotations

from ..i18n import Message, message_catalog

# --- draft.*: the agency part of the review report of ``sop import --agency-folder`` ----------
DRAFT_REVIEW_HEAD = Message(
    code="draft.review_head",
    id="## Instansi: {folder}/agency.json ({count} hal perlu diputuskan)",
    en="## Agency: {folder}/agency.json ({count} items to decide)",
)
DRAFT_REVIEW_INFERRED = Message(
    code="draft.review_inferred",
    id=(
        "Tidak tertulis di SOP, diisi dengan alasan (periksa; ubah dengan jawaban berjalur sama, "
        "juga dicatat di notes agency.json):"
    ),
    en=(
        "Not written in the SOP, filled in with the reason (check them; change one with an "
        "answer of the same path; also in agency.json's notes):"
    ),
)
# agency.code: a question when the folder's name is no code, else inferred from it.
DRAFT_CODE_NOT_SLUG = Message(
    code="draft.code_not_slug",
    id=(
        "kode instansi: nama folder {folder!r} bukan kode (huruf kecil, angka, tanda hubung: "
        "'dinas-kominfo-x')"
    ),
    en=(
        "agency code: the folder name {folder!r} is not a code (lowercase letters, digits, "
        "hyphens: 'dinas-kominfo-x')"
    ),
)
DRAFT_CODE_FROM_FOLDER = Message(
    code="draft.code_from_folder",
    id="{code!r}: dari nama folder",
    en="{code!r}: from the folder's name",
)
DRAFT_NAME_UNREAD = Message(
    code="draft.name_unread",
    id="nama resmi instansi: kop SOP tidak terbaca",
    en="the agency's official name: the SOP's kop was not read",
)
DRAFT_NAME_JOINED = Message(
    code="draft.name_joined",
    id="{name!r}: unit dan instansi dari kop SOP, digabung",
    en="{name!r}: the unit and the body from the SOP's kop, joined",
)
# ``zones``: the zones of Indonesia with the regions each covers (agency_draft.ZONES), written
# alike in both languages: the regions are proper names.
DRAFT_TIMEZONE = Message(
    code="draft.timezone",
    id=(
        "zona waktu kantor (zona IANA), tidak tertulis di SOP; tenggat dihitung pada tanggal "
        "setempat (Keppres 41/1987): {zones}"
    ),
    en=(
        "the office's time zone (IANA), not written in the SOP; deadlines count on the local "
        "date (Keppres 41/1987): {zones}"
    ),
)
DRAFT_CALENDAR = Message(
    code="draft.calendar",
    id=(
        "kalender nasional (libur nasional dan cuti bersama, Senin-Jumat, jam kantor bawaan) di "
        "zona instansi; hari libur daerah tidak tertulis di SOP: tambahkan "
        "calendar.extra_days_off dengan keputusannya (docs/agency-data.md)"
    ),
    en=(
        "the national calendar (public holidays and cuti bersama, Monday to Friday, default "
        "office hours) in the agency's zone; regional days off are not in the SOP: add "
        "calendar.extra_days_off with their decree (docs/agency-data.md)"
    ),
)
DRAFT_DOCUMENTS = Message(
    code="draft.documents",
    id=(
        "{count} jenis dokumen, satu per teks Output SOP, dengan langkah yang menghasilkannya; "
        "syarat hanya bila Kelengkapan menulis teks yang sama dan setiap jalur alur melewati "
        "penghasilnya; title_en = judulnya (belum diterjemahkan); renderings: tidak dicetak "
        "sampai Anda memilih template (lembar, penetapan, penolakan)"
    ),
    en=(
        "{count} kinds of document, one per Output text of the SOP, with the steps that produce "
        "them; a requirement only where a Kelengkapan writes the same text and every path of "
        "the flow passes its producer; title_en = the title (not translated yet); renderings: "
        "not printed until you choose a template (lembar, penetapan, penolakan)"
    ),
)
# A Kelengkapan naming an output that a branch of the flow can bypass: not made a requirement.
DRAFT_REQUIRED_LEFT = Message(
    code="draft.required_left",
    id=(
        "Kelengkapan langkah {steps} menulis {title!r}, tetapi alur dapat sampai ke sana tanpa "
        "melewati langkah {makers} yang menghasilkannya: tidak dijadikan syarat (tambahkan bila "
        "memang selalu wajib)"
    ),
    en=(
        "the Kelengkapan of step {steps} writes {title!r}, but the flow can reach it without "
        "passing step {makers}, which produces it: not made a requirement (add it if it is "
        "always required)"
    ),
)
DRAFT_LETTERHEAD_UNREAD = Message(
    code="draft.letterhead_unread",
    id="kop SOP tidak terbaca: dokumen dicetak tanpa kop surat",
    en="the SOP's kop was not read: documents are printed without a letterhead",
)
# What the letterhead took from the kop: the name lines, then (each only where it applies) the
# other lines as the address and the city of signing not written, then what is missing.
DRAFT_LETTERHEAD = Message(
    code="draft.letterhead",
    id="baris nama dari kop SOP ({names}){address}{city}; tidak ada: {missing}",
    en="name lines from the SOP's kop ({names}){address}{city}; missing: {missing}",
)
DRAFT_LETTERHEAD_ADDRESS = Message(
    code="draft.letterhead",
    variant="address",
    id="; baris lainnya sebagai alamat, apa adanya ({address!r})",
    en="; its other lines as the address, as written ({address!r})",
)
DRAFT_LETTERHEAD_NO_CITY = Message(
    code="draft.letterhead",
    variant="no_city",
    id=("; kota penandatanganan (letterhead.city, dicetak pada surat penolakan) tidak tertulis"),
    en="; the city of signing (letterhead.city, printed on a refusal letter) is not written",
)

# --- answer.*: an entry of the answers file whose path is agency.json's, refused --------------
ANSWER_PATH_INVALID = Message(
    code="answer.path_invalid",
    id="jalur tidak sah",
    en="invalid path",
)
ANSWER_KIND = Message(
    code="answer.kind",
    id="isi tepat satu dari 'value', 'confirm': true atau 'remove': true",
    en="give exactly one of 'value', 'confirm': true or 'remove': true",
)
ANSWER_REASON = Message(
    code="answer.reason",
    id="alasan harus teks",
    en="a reason is a text",
)
ANSWER_PATH_MISSING = Message(
    code="answer.path_missing",
    id="agency.json tidak memuat {path!r}",
    en="agency.json has no {path!r}",
)

# --- target.*: where ``plugin new`` writes, refused -------------------------------------------
# Nothing a user has is overwritten: the target must be new or empty.
TARGET_NOT_EMPTY = Message(
    code="target.not_empty",
    id="direktori tujuan sudah ada dan tidak kosong; tidak ditimpa",
    en="the target directory exists and is not empty; not overwritten",
)
TARGET_NOT_EMPTY_EXPECTED = Message(
    code="target.not_empty",
    variant="expected",
    id="direktori baru (-o DIREKTORI)",
    en="a new directory (-o DIRECTORY)",
)

#: Every message above: code -> variant -> `Message` ("" for the only or the main wording).
MESSAGES = message_catalog(globals())
