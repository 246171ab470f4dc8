"""What the findings of harm validation say, keyed by code: the catalog beside the code table.

`codes.CODES` says what a ``harm.*`` or ``law.*`` code is (severity, basis, title); this module
says what a finding of that code tells the official about *this* Lembar or Penetapan, in Bahasa
Indonesia first and in English. A rule of harm/validate builds a finding from the two, the code
and its message filled with the record's values (`uji_konsekuensi.i18n.Message`)::

    codes.APPROVAL_ROLE(M.APPROVAL_ROLE(role="ppid", allowed=allowed), field="approval.role")

A value may be an object whose attributes each language reads (``{kind.label_id}`` and
``{kind.label_en}`` of a Pasal 18 ayat (1) kind): both templates still name the same value.
A code with more than one wording has a message per ``variant`` (``PERIOD_MISSING`` for a
ground that is not permanent, ``PERIOD_MISSING_PENETAPAN`` for a Penetapan, which states a
period for every ground). Each message is named as its code is in codes.py, with the variant
appended; tests/test_messages_harm.py holds the catalog to its contract: every message belongs
to a declared code, every code has one, and the modules of harm/validate write no words of
their own for a finding.
"""

from __future__ import annotations

from ..i18n import Message, message_catalog
from . import codes

# --- ground: the Pasal 17 grounds an item cites (validate/grounds.py) --------------------------
GROUNDS_MISSING = Message(
    code=codes.GROUNDS_MISSING.code,
    id="Informasi dikecualikan tanpa dasar pengecualian Pasal 17",
    en="Information is withheld without a Pasal 17 ground",
)
# ``problem``: the law's `CitationError` problem (its own two languages).
GROUND_UNKNOWN = Message(
    code=codes.GROUND_UNKNOWN.code,
    id="{problem.message}. Dasar pengecualian terdekat: {nearest}",
    en="{problem.message_en}. Nearest grounds: {nearest}",
)
GROUND_LETTER_ONLY = Message(
    code=codes.GROUND_LETTER_ONLY.code,
    id="Huruf {letters} dikutip tanpa angka; sebutkan angka yang tepat agar pengecualian jelas "
    "dan terbatas",
    en="Huruf {letters} is cited without its angka; name the exact point so the exemption is "
    "clear and limited",
)
GROUND_MISMATCH = Message(
    code=codes.GROUND_MISMATCH.code,
    id="Dasar hukum tertulis ({as_written!r}) menunjuk {written}, bukan {ground!r}",
    en="The basis as written ({as_written!r}) names {written}, not {ground!r}",
)
GROUND_DUPLICATE = Message(
    code=codes.GROUND_DUPLICATE.code,
    id="Dasar pengecualian {grounds} disebut dua kali",
    en="Ground {grounds} is cited twice",
)
OTHER_STATUTE_MISSING = Message(
    code=codes.OTHER_STATUTE_MISSING.code,
    id="Huruf j dikutip tanpa undang-undang lain yang merahasiakan informasi "
    "(mis. 'Pasal 40 UU No. 36 Tahun 1999')",
    en="Huruf j is cited without the other statute that makes the information secret "
    "(e.g. 'Pasal 40 UU No. 36 Tahun 1999')",
)
OTHER_STATUTE_UNREADABLE = Message(
    code=codes.OTHER_STATUTE_UNREADABLE.code,
    id="Undang-undang lain untuk huruf j tidak dapat dibaca: {other!r}",
    en="The other statute for huruf j cannot be read: {other!r}",
)
OTHER_STATUTE_NOT_UU = Message(
    code=codes.OTHER_STATUTE_NOT_UU.code,
    id="Huruf j memerlukan undang-undang lain; {statute} bukan undang-undang lain (peraturan di "
    "bawah undang-undang atau UU KIP sendiri tidak cukup)",
    en="Huruf j needs another Undang-Undang; {statute} is not one (a rule below statute level, "
    "or UU KIP itself, is not enough)",
)
OTHER_STATUTE_NO_ARTICLE = Message(
    code=codes.OTHER_STATUTE_NO_ARTICLE.code,
    id="Sebutkan Pasal {statute} yang merahasiakan informasi",
    en="Name the Pasal of {statute} that makes the information secret",
)

# --- row: one tested item (information, never_exempt, consent, balance, partial, row) ---------
INFORMATION_MISSING = Message(
    code=codes.INFORMATION_MISSING.code,
    id="Informasi yang diuji tidak diuraikan",
    en="The information tested is not described",
)
INFORMATION_DUPLICATE = Message(
    code=codes.INFORMATION_DUPLICATE.code,
    id="Informasi yang sama sudah diuji di {path}",
    en="The same information is already tested at {path}",
)
DOCUMENTS_MISSING = Message(
    code=codes.DOCUMENTS_MISSING.code,
    id="Dokumen yang memuat informasi tidak disebutkan",
    en="The document(s) holding the information are not named",
)
HOLDER_MISSING = Message(
    code=codes.HOLDER_MISSING.code,
    id="Unit kerja/pejabat yang menguasai informasi tidak disebutkan",
    en="The unit or official holding the information is not named",
)
# ``kind``: the Pasal 18 ayat (1) kind (law.NEVER_EXEMPT), its label in each language.
NEVER_EXEMPT = Message(
    code=codes.NEVER_EXEMPT.code,
    id="Informasi berupa {kind.label_id} tidak dapat dikecualikan",
    en="Information that is {kind.label_en} cannot be exempt",
)
NEVER_EXEMPT_PARTIAL = Message(
    code=codes.NEVER_EXEMPT.code,
    variant="partial",
    id="Informasi berupa {kind.label_id} tidak dapat dikecualikan; bagian yang dihitamkan harus "
    "berdasar Pasal 17 sendiri",
    en="Information that is {kind.label_en} cannot be exempt; blacked-out parts need their own "
    "Pasal 17 ground",
)
NEVER_EXEMPT_POSSIBLE = Message(
    code=codes.NEVER_EXEMPT_POSSIBLE.code,
    id="{text!r} tampak sebagai {kind.label_id}, yang tidak dapat dikecualikan; periksa kembali "
    "(isi never_exempt_kind bila benar)",
    en="{text!r} looks like {kind.label_en}, which cannot be exempt; review it (set "
    "never_exempt_kind if so)",
)
# What lifts huruf g or h: the consent, the public office, or both (UU 14/2008 Pasal 18 ayat (2)).
CONSENT_LIFTS = Message(
    code=codes.CONSENT_LIFTS.code,
    id="Huruf {letter} tidak berlaku karena tercatat persetujuan tertulis dari {given_by}",
    en="Huruf {letter} does not apply: the record shows written consent of {given_by}",
)
CONSENT_LIFTS_PUBLIC_OFFICE = Message(
    code=codes.CONSENT_LIFTS.code,
    variant="public_office",
    id="Huruf {letter} tidak berlaku karena tercatat berkaitan dengan jabatan publik ({office})",
    en="Huruf {letter} does not apply: the record shows it concerns a public office ({office})",
)
CONSENT_LIFTS_BOTH = Message(
    code=codes.CONSENT_LIFTS.code,
    variant="both",
    id="Huruf {letter} tidak berlaku karena tercatat persetujuan tertulis dari {given_by} dan "
    "berkaitan dengan jabatan publik ({office})",
    en="Huruf {letter} does not apply: the record shows written consent of {given_by} and it "
    "concerns a public office ({office})",
)
CONSEQUENCE_MISSING = Message(
    code=codes.CONSEQUENCE_MISSING.code,
    id="Konsekuensi apabila informasi dibuka (kolom Dibuka) tidak diuraikan",
    en="The consequence of opening the information (column Dibuka) is not stated",
)
# The measure and the thresholds of harm.restatement (`RestatementSettings`).
CONSEQUENCE_RESTATES_GROUND = Message(
    code=codes.CONSEQUENCE_RESTATES_GROUND.code,
    id="Kolom Dibuka hanya mengulang bunyi dasar pengecualian ({new_words} kata baru, kemiripan "
    "{similarity:.2f}; minimal {min_new_words} kata baru dan kemiripan di bawah "
    "{max_similarity:.2f}): uraikan akibat nyata bila dibuka, bagi siapa, dan mengapa",
    en="Column Dibuka only restates the ground ({new_words} new words, similarity "
    "{similarity:.2f}; needs {min_new_words} new words and similarity below "
    "{max_similarity:.2f}): state the concrete harm of opening, to whom, and why",
)
CLOSING_MISSING = Message(
    code=codes.CLOSING_MISSING.code,
    id="Pertimbangan apabila informasi ditutup (kolom Ditutup) tidak diuraikan: penimbangan "
    "kepentingan hanya satu sisi",
    en="The consideration of closing the information (column Ditutup) is not stated: the "
    "balancing has only one side",
)
BALANCE_IDENTICAL = Message(
    code=codes.BALANCE_IDENTICAL.code,
    id="Kolom Dibuka dan Ditutup berisi teks yang sama",
    en="Columns Dibuka and Ditutup hold the same text",
)
PARTIAL_NO_PARTS = Message(
    code=codes.PARTIAL_NO_PARTS.code,
    id="Dikecualikan sebagian, tetapi bagian yang dihitamkan tidak disebutkan",
    en="Partly exempt, but the parts blacked out are not named",
)
PARTIAL_REASON_MISSING = Message(
    code=codes.PARTIAL_REASON_MISSING.code,
    id="Alasan menghitamkan {part!r} tidak disebutkan",
    en="No reason is given for blacking out {part!r}",
)
PARTIAL_WHOLE_DOCUMENT = Message(
    code=codes.PARTIAL_WHOLE_DOCUMENT.code,
    id="Pengecualian sebagian tidak boleh menahan seluruh dokumen: {part!r}",
    en="A partial exemption may not withhold the whole document: {part!r}",
)
# What is "still given" is nothing: the whole is withheld in fact.
PARTIAL_WHOLE_DOCUMENT_RELEASED = Message(
    code=codes.PARTIAL_WHOLE_DOCUMENT.code,
    variant="released",
    id="Dikecualikan sebagian, tetapi yang diberikan: {released!r}",
    en="Partly exempt, but what is given is: {released!r}",
)
PARTIAL_RELEASED_MISSING = Message(
    code=codes.PARTIAL_RELEASED_MISSING.code,
    id="Bagian informasi yang tetap diberikan tidak disebutkan",
    en="What is still given is not stated",
)
PARTS_NOT_PARTIAL = Message(
    code=codes.PARTS_NOT_PARTIAL.code,
    id="Bagian yang dihitamkan dicatat, padahal hasilnya bukan dikecualikan sebagian",
    en="Blacked-out parts are recorded but the outcome is not partial",
)
TEST_AFTER_EXEMPTION = Message(
    code=codes.TEST_AFTER_EXEMPTION.code,
    id="Pengujian konsekuensi ({tested_on}) dilakukan setelah informasi dinyatakan "
    "dikecualikan ({exempt_since})",
    en="The consequence test ({tested_on}) post-dates the exemption it justifies ({exempt_since})",
)

# --- row: the exemption period (validate/exemption_period.py) ---------------------------------
PERIOD_ON_OPEN = Message(
    code=codes.PERIOD_ON_OPEN.code,
    id="Informasi dibuka, tetapi jangka waktu pengecualian diisi",
    en="The information is opened but an exemption period is given",
)
# A ground that is not permanent (UU 14/2008 Pasal 20) in a Lembar.
PERIOD_MISSING = Message(
    code=codes.PERIOD_MISSING.code,
    id="Jangka waktu pengecualian wajib untuk huruf {letters} (tidak bersifat permanen)",
    en="An exemption period is required for huruf {letters} (not permanent)",
)
# A Penetapan states the period for every ground (PERKI 1/2021 Pasal 49 ayat (5) huruf e).
PERIOD_MISSING_PENETAPAN = Message(
    code=codes.PERIOD_MISSING.code,
    variant="penetapan",
    id="Penetapan wajib memuat jangka waktu pengecualian, juga untuk huruf {letters} (tulis "
    "mis. 'selama diperlukan')",
    en="A Penetapan must state the exemption period, also for huruf {letters} (write e.g. 'as "
    "long as needed')",
)
PERIOD_UNSTATED = Message(
    code=codes.PERIOD_UNSTATED.code,
    id="Jangka waktu pengecualian tidak disebutkan",
    en="No exemption period is stated",
)
# Which part of the period is not valid: a count of years, the event, the event's cap.
PERIOD_INVALID_YEARS = Message(
    code=codes.PERIOD_INVALID.code,
    variant="years",
    id="Jangka waktu tidak sah: {years} tahun",
    en="The period is not valid: {years} years",
)
PERIOD_INVALID_EVENT = Message(
    code=codes.PERIOD_INVALID.code,
    variant="event",
    id="Jangka waktu tidak sah: peristiwa kosong",
    en="The period is not valid: empty event",
)
PERIOD_INVALID_AT_MOST_YEARS = Message(
    code=codes.PERIOD_INVALID.code,
    variant="at_most_years",
    id="Jangka waktu tidak sah: {years} tahun",
    en="The period is not valid: {years} years",
)
PERIOD_ALREADY_ENDED = Message(
    code=codes.PERIOD_ALREADY_ENDED.code,
    id="Jangka waktu berakhir {until}, tidak setelah tanggal pengujian {tested_on}",
    en="The period ends on {until}, not after the test on {tested_on}",
)
PERIOD_REVIEW_MISSING = Message(
    code=codes.PERIOD_REVIEW_MISSING.code,
    id="'Selama dibutuhkan' tanpa tanggal peninjauan kembali",
    en="'As long as needed' without a review date",
)
PERIOD_REVIEW_PAST = Message(
    code=codes.PERIOD_REVIEW_PAST.code,
    id="Tanggal peninjauan {review_on} tidak setelah tanggal pengujian {tested_on}",
    en="The review date {review_on} is not after the test on {tested_on}",
)
# Huruf a's cap (PP 61/2010 Pasal 5 ayat (1)): the structured value, or the text as written.
PERIOD_OVER_30_YEARS = Message(
    code=codes.PERIOD_OVER_30_YEARS.code,
    id="Pengecualian huruf a paling lama 30 tahun; tertulis {value}",
    en="A huruf a exemption lasts at most 30 years; the record says {value}",
)
PERIOD_OVER_30_YEARS_AS_WRITTEN = Message(
    code=codes.PERIOD_OVER_30_YEARS.code,
    variant="as_written",
    id="Pengecualian huruf a paling lama 30 tahun; tertulis {written!r}",
    en="A huruf a exemption lasts at most 30 years; the text says {written!r}",
)
PERIOD_UNCAPPED = Message(
    code=codes.PERIOD_UNCAPPED.code,
    id="Pengecualian huruf a paling lama 30 tahun dan berakhir bila dibuka di sidang terbuka; "
    "cantumkan batas tersebut",
    en="A huruf a exemption lasts at most 30 years and ends once opened in an open court "
    "session; state the cap",
)
PERIOD_BASIS_MISSING = Message(
    code=codes.PERIOD_BASIS_MISSING.code,
    id="Jangka waktu untuk huruf {letters} mengikuti peraturan perundang-undangan lain; "
    "sebutkan dasarnya (kolom basis)",
    en="The period for huruf {letters} follows other legislation; name it (field basis)",
)
PERIOD_SET_BY_PIMPINAN = Message(
    code=codes.PERIOD_SET_BY_PIMPINAN.code,
    id="Jangka waktu untuk huruf {letters} ditetapkan oleh pimpinan tertinggi Badan Publik, "
    "sedangkan persetujuan diberikan oleh {role}",
    en="The period for huruf {letters} is set by the head of the public body, but the approval "
    "was given by {role}",
)
# The text as written against the structured period: its digits against its words, a
# permanent period, the count, the date.
PERIOD_AS_WRITTEN_MISMATCH_DIGITS_WORDS = Message(
    code=codes.PERIOD_AS_WRITTEN_MISMATCH.code,
    variant="digits_words",
    id="Jangka waktu tertulis {written!r}: angka {digits} dan hurufnya ({words}) berbeda",
    en="The period is written {written!r}: the digits {digits} and the words ({words}) differ",
)
PERIOD_AS_WRITTEN_MISMATCH_PERMANENT = Message(
    code=codes.PERIOD_AS_WRITTEN_MISMATCH.code,
    variant="permanent",
    id="Jangka waktu tertulis {text!r}, yaitu untuk selamanya, sedangkan jangka waktu "
    "terstruktur ({kind}) berakhir atau ditinjau kembali (UU 14/2008 Pasal 20; PP 61/2010 "
    "Pasal 5-9)",
    en="The period is written {text!r}, that is for ever, while the structured period ({kind}) "
    "ends or is reviewed (UU 14/2008 Pasal 20; PP 61/2010 Pasal 5-9)",
)
PERIOD_AS_WRITTEN_MISMATCH_COUNT = Message(
    code=codes.PERIOD_AS_WRITTEN_MISMATCH.code,
    variant="count",
    id="Jangka waktu tertulis {written!r} ({text!r}), sedangkan jangka waktu terstruktur: "
    "{years} tahun",
    en="The period is written {written!r} ({text!r}), while the structured period says: "
    "{years} years",
)
# An event without a cap (``at_most_years``) whose text states a count.
PERIOD_AS_WRITTEN_MISMATCH_UNCAPPED = Message(
    code=codes.PERIOD_AS_WRITTEN_MISMATCH.code,
    variant="uncapped",
    id="Jangka waktu tertulis {written!r} ({text!r}), sedangkan jangka waktu terstruktur: "
    "tanpa batas",
    en="The period is written {written!r} ({text!r}), while the structured period says: no cap",
)
PERIOD_AS_WRITTEN_MISMATCH_DATE = Message(
    code=codes.PERIOD_AS_WRITTEN_MISMATCH.code,
    variant="date",
    id="Jangka waktu tertulis sampai {stated} ({text!r}), sedangkan jangka waktu terstruktur "
    "sampai {until}",
    en="The period is written until {stated} ({text!r}), while the structured period ends on "
    "{until}",
)

# --- sheet: the Lembar (validate/sheet.py, participants.py, approval.py) ----------------------
SHEET_BADAN_PUBLIK_MISSING = Message(
    code=codes.SHEET_BADAN_PUBLIK_MISSING.code,
    id="Nama Badan Publik tidak diisi",
    en="The public body is not named",
)
SHEET_DATE_MISSING = Message(
    code=codes.SHEET_DATE_MISSING.code,
    id="Tanggal pengujian tidak diisi; tanpa tanggal tidak dapat dibuktikan bahwa pengujian "
    "dilakukan sebelum pengecualian",
    en="The test has no date; without it nobody can show that it came before the exemption",
)
SHEET_PLACE_MISSING = Message(
    code=codes.SHEET_PLACE_MISSING.code,
    id="Tempat pengujian ('bertempat di') tidak diisi",
    en="The place is not stated",
)
SHEET_NUMBER_MISSING = Message(
    code=codes.SHEET_NUMBER_MISSING.code,
    id="Nomor Lembar Pengujian Konsekuensi tidak diisi",
    en="The sheet has no number",
)
SHEET_NO_ROWS = Message(
    code=codes.SHEET_NO_ROWS.code,
    id="Lembar tidak memuat informasi yang diuji",
    en="The sheet tests no information",
)
SHEET_REQUEST_NUMBER_MISSING = Message(
    code=codes.SHEET_REQUEST_NUMBER_MISSING.code,
    id="Pengujian atas permintaan informasi tanpa nomor pendaftaran permintaan",
    en="A test made on a request does not give the request's registration number",
)
SHEET_DISPUTE_ORDER_MISSING = Message(
    code=codes.SHEET_DISPUTE_ORDER_MISSING.code,
    id="Pengujian atas perintah Majelis Komisioner tanpa nomor register sengketa",
    en="A test ordered by the Majelis Komisioner does not give the dispute register",
)
PARTICIPANTS_MISSING = Message(
    code=codes.PARTICIPANTS_MISSING.code,
    id="Peserta pengujian (nama, jabatan, unit kerja) tidak dicatat",
    en="The participants (name, position, unit) are not recorded",
)
#: The columns of the participants' table (PERKI 1/2021 Lampiran II: Nama, Jabatan, Unit Kerja)
#: by the field that holds each; a finding names them as the form does, in both languages.
PARTICIPANT_COLUMNS = {"name": "nama", "position": "jabatan", "unit": "unit kerja"}
PARTICIPANTS_INCOMPLETE = Message(
    code=codes.PARTICIPANTS_INCOMPLETE.code,
    id="Peserta {number}: {missing} tidak diisi",
    en="Participant {number}: {missing} missing",
)
PARTICIPANTS_NO_PPID = Message(
    code=codes.PARTICIPANTS_NO_PPID.code,
    id="PPID tidak tercatat sebagai peserta, padahal PPID yang wajib melakukan pengujian "
    "konsekuensi",
    en="The PPID is not among the participants, yet the PPID must perform the test",
)
APPROVAL_MISSING = Message(
    code=codes.APPROVAL_MISSING.code,
    id="Hasil pengujian belum disetujui (blok 'Menyetujui' kosong)",
    en="The test has not been approved (the 'Menyetujui' block is empty)",
)
APPROVAL_ROLE = Message(
    code=codes.APPROVAL_ROLE.code,
    id="Persetujuan oleh {role} tidak sah; yang berwenang: {allowed}",
    en="Approval by {role} is not valid; it must be: {allowed}",
)
APPROVAL_UNNAMED = Message(
    code=codes.APPROVAL_UNNAMED.code,
    id="Nama pejabat yang menyetujui tidak diisi",
    en="The approver is not named",
)
APPROVAL_BEFORE_TEST = Message(
    code=codes.APPROVAL_BEFORE_TEST.code,
    id="Persetujuan ({approved_on}) bertanggal sebelum pengujian ({tested_on})",
    en="The approval ({approved_on}) is dated before the test ({tested_on})",
)

# --- penetapan: the Penetapan (validate/penetapan.py) ----------------------------------------
PENETAPAN_PPID_MISSING = Message(
    code=codes.PENETAPAN_PPID_MISSING.code,
    id="Identitas pejabat PPID yang menetapkan tidak diisi",
    en="The identity of the PPID who sets the classification is missing",
)
PENETAPAN_BADAN_PUBLIK_MISSING = Message(
    code=codes.PENETAPAN_BADAN_PUBLIK_MISSING.code,
    id="Nama Badan Publik tidak diisi",
    en="The public body is not named",
)
PENETAPAN_UNIT_MISSING = Message(
    code=codes.PENETAPAN_UNIT_MISSING.code,
    id="Unit kerja/satuan kerja pejabat yang menetapkan tidak diisi",
    en="The unit of the official who sets it is not named",
)
PENETAPAN_PLACE_MISSING = Message(
    code=codes.PENETAPAN_PLACE_MISSING.code,
    id="Tempat penetapan tidak diisi",
    en="The place of the Penetapan is missing",
)
PENETAPAN_DATE_MISSING = Message(
    code=codes.PENETAPAN_DATE_MISSING.code,
    id="Tanggal penetapan tidak diisi",
    en="The date of the Penetapan is missing",
)
PENETAPAN_NUMBER_MISSING = Message(
    code=codes.PENETAPAN_NUMBER_MISSING.code,
    id="Nomor Penetapan tidak diisi",
    en="The Penetapan has no number",
)
PENETAPAN_UNSIGNED = Message(
    code=codes.PENETAPAN_UNSIGNED.code,
    id="Penetapan belum ditandatangani: belum berlaku",
    en="The Penetapan is not signed: not yet in force",
)
PENETAPAN_MENGINGAT_UNREADABLE = Message(
    code=codes.PENETAPAN_MENGINGAT_UNREADABLE.code,
    id="Dasar 'Mengingat' tidak dapat dibaca sebagai peraturan: {line!r}",
    en="A 'Mengingat' line cannot be read as an instrument: {line!r}",
)
PENETAPAN_REVOKED_INSTRUMENT = Message(
    code=codes.PENETAPAN_REVOKED_INSTRUMENT.code,
    id="{statute} sudah dicabut ({revoked_by}); ganti dengan PERKI 1/2021",
    en="{statute} has been revoked ({revoked_by}); cite PERKI 1/2021",
)
# One of the two instruments Lampiran III's Mengingat names is missing, or both are.
PENETAPAN_MENGINGAT_INCOMPLETE = Message(
    code=codes.PENETAPAN_MENGINGAT_INCOMPLETE.code,
    id="'Mengingat' tidak menyebut {missing}",
    en="'Mengingat' does not cite {missing}",
)
PENETAPAN_MENGINGAT_INCOMPLETE_BOTH = Message(
    code=codes.PENETAPAN_MENGINGAT_INCOMPLETE.code,
    variant="both",
    id="'Mengingat' tidak menyebut {first} dan {second}",
    en="'Mengingat' does not cite {first} and {second}",
)
PENETAPAN_NO_SHEETS = Message(
    code=codes.PENETAPAN_NO_SHEETS.code,
    id="Penetapan tidak didasarkan pada Lembar Pengujian Konsekuensi",
    en="The Penetapan rests on no Lembar Pengujian Konsekuensi",
)
PENETAPAN_NOTHING_EXEMPT = Message(
    code=codes.PENETAPAN_NOTHING_EXEMPT.code,
    id="Tidak ada informasi yang dinyatakan dikecualikan dalam Penetapan ini",
    en="This Penetapan declares no information exempt",
)
PENETAPAN_BADAN_PUBLIK_MISMATCH = Message(
    code=codes.PENETAPAN_BADAN_PUBLIK_MISMATCH.code,
    id="Lembar dibuat untuk {sheet!r}, Penetapan untuk {penetapan!r}",
    en="The sheet is for {sheet!r}, the Penetapan for {penetapan!r}",
)
PENETAPAN_BEFORE_TEST = Message(
    code=codes.PENETAPAN_BEFORE_TEST.code,
    id="Penetapan ({set_on}) bertanggal sebelum pengujian konsekuensi yang mendasarinya "
    "({tested_on})",
    en="The Penetapan ({set_on}) is dated before the consequence test it rests on ({tested_on})",
)

#: Every message above: code -> variant -> `Message` ("" for the only or the main wording).
MESSAGES = message_catalog(globals())
