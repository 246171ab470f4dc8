"""What the SOP importer tells the person who reviews an import: the importer's catalog.

An import leaves what it cannot read with confidence to a person (review.py): each question, the
doubt of a row a reader could not cut for sure, the reason recorded for an inference ("inferred
because ..."), where in the source a row is, the words of the review report and of the
``--questions`` answers file (cli/sop.py). Each is a `Message` (`uji_konsekuensi.i18n`) keyed by
a stable code, Bahasa Indonesia first: ``where.*`` a place in the source, ``identity.*`` and
``approval.*`` the Bagian Identitas, ``lanes.*``, ``steps.*`` and ``flow.*`` the flowchart table,
``trigger.*`` the SOP's trigger, ``inference.*`` the reason of an inference, ``grid.*`` and
``lists.*`` the doubts of the row and list readers, ``template.*`` the spreadsheet template,
``report.*`` and ``questions.*`` the report and the answers file; ``file.*`` its refusals of a
file it cannot read (grid.py, archive.py, __init__.py) and ``answers.*`` those of an answers
file (answers.py). A code with a second wording
has a ``variant`` (named with its suffix: ``STEPS_ACTORS_LOST_MARKS``). A message that adds to
a question asked already takes that question as ``{question}`` (a `Text`: each language its
own). Both languages name the same values (checked when this module is imported);
tests/test_messages_importer.py holds grid.py, layout.py, lists.py, review.py, template.py and
the answers file of cli/sop.py to taking these words from here, and grid.py, archive.py,
answers.py and __init__.py to building their refusals from them.
"""

from __future__ import annotations

from ...i18n import Message, message_catalog

# --- where in the source a row is -----------------------------------------------------------------
WHERE_LINE = Message(code="where.line", id="baris {line}", en="line {line}")
WHERE_PARAGRAPH = Message(code="where.paragraph", id="paragraf {number}", en="paragraph {number}")
WHERE_TABLE_ROW = Message(
    code="where.table_row", id="tabel {table} baris {row}", en="table {table} row {row}"
)
WHERE_TABLE_ROW_PAGE = Message(
    code="where.table_row",
    variant="page",
    id="halaman {page}, tabel {table} baris {row}",
    en="page {page}, table {table} row {row}",
)
WHERE_TEXT_LINE = Message(
    code="where.text_line",
    id="halaman {page}, baris teks {line}",
    en="page {page}, text line {line}",
)
WHERE_SHEET_ROW = Message(
    code="where.sheet_row", id="lembar {sheet} baris {row}", en="sheet {sheet} row {row}"
)
#: A column of a flowchart row, named as the symbol's cell. The English question has always
#: named it in Indonesian ("the cell kolom 3"), kept so that no review output changes.
WHERE_COLUMN = Message(code="where.column", id="kolom {number}", en="kolom {number}")

# --- the doubts of the row readers (grid.py) and the list reader (lists.py) -----------------------
GRID_TURNED = Message(
    code="grid.turned",
    id=(
        "sel {where} ditulis tegak (diputar) dan dibaca ulang dari hurufnya: {shown}. Teks tegak "
        "di lajur sempit dapat terpotong di tengah kata atau terpangkas di ujungnya; periksa "
        "judul lajur ini terhadap dokumen (jawaban: lanes)"
    ),
    en=(
        "cells of {where} are written turned (vertical) and were read again from their "
        "letters: {shown}. Vertical text in a narrow lane may wrap inside a word or be clipped "
        "at its end; check these lane headings against the document (answers: lanes)"
    ),
)
GRID_LANES_RUN_TOGETHER = Message(
    code="grid.lanes_run_together",
    id=(
        "judul lajur pelaksana pada baris {line} tertulis rapat ({joined}): teks ini tidak "
        "menunjukkan di mana satu judul berakhir dan yang berikutnya mulai. Tuliskan "
        "lajur-lajurnya seperti pada dokumen (jawaban: lanes)"
    ),
    en=(
        "the lane headings on line {line} are run together ({joined}): the text does not show "
        "where one heading ends and the next begins. Write the lanes as the document names them "
        "(answers: lanes)"
    ),
)
GRID_MUTU_NOT_APART = Message(
    code="grid.mutu_not_apart",
    id=(
        "kolom Mutu Baku baris ini tidak terpisah jelas dalam teks (lebih sedikit tepi kolom "
        "daripada baris lain, atau bergeser): periksa kelengkapan, waktu, output dan keterangan "
        "langkah ini"
    ),
    en=(
        "the Mutu Baku columns of this row are not clearly apart in the text (fewer column "
        "edges than other rows, or shifted): check this step's kelengkapan, waktu, output and "
        "keterangan"
    ),
)
LISTS_NUMBERING_START = Message(
    code="lists.numbering_start",
    id="penomoran butir dimulai dari {start}, bukan 1: periksa apakah butirnya benar",
    en="the item numbering starts at {start}, not 1: check that the items are right",
)
LISTS_MARKER_GLUED = Message(
    code="lists.marker_glued",
    id=(
        "penanda butir {number}. mungkin menempel pada angka ({around!r}): pisahkan butirnya "
        "bila perlu"
    ),
    en="item marker {number}. may be glued to a number ({around!r}): split the items if needed",
)
LISTS_RUN_TOGETHER = Message(
    code="lists.run_together",
    id=(
        "sel ini mungkin memuat beberapa butir tanpa nomor (jeda baris hilang saat ekstraksi): "
        "pisahkan butirnya bila perlu"
    ),
    en=(
        "this cell may hold several unnumbered items (a line break lost in extraction): split "
        "the items if needed"
    ),
)

# --- the Bagian Identitas ----------------------------------------------------------------
IDENTITY_SEVERAL_LINES = Message(
    code="identity.several_lines",
    id="{label} tertulis pada beberapa baris di {where} ({value!r}): apakah nilainya {joined!r}?",
    en="{label} is written on several lines at {where} ({value!r}): is the value {joined!r}?",
)
IDENTITY_CONTINUED = Message(
    code="identity.continued",
    id=(
        "{label} terbaca {value!r} pada {where}; baris berikutnya ({next_where}) tampak "
        "melanjutkannya: apakah nilainya {joined!r}?"
    ),
    en=(
        "{label} reads {value!r} on {where}; the next line ({next_where}) seems to continue "
        "it: is the value {joined!r}?"
    ),
)
IDENTITY_KOP_ONE_LINE = Message(
    code="identity.kop_one_line",
    id=(
        "kop terbaca sebagai satu baris ({kop!r}) yang memuat {inner!r}: apakah bagian itu unit "
        "kerja (identity.unit) atau baris kop lain (identity.letterhead), dan sisanya nama badan "
        "publik?"
    ),
    en=(
        "the letterhead reads as one line ({kop!r}) holding {inner!r}: is that part the unit "
        "kerja (identity.unit) or another kop line (identity.letterhead), and the rest the "
        "public body's name?"
    ),
)
IDENTITY_KOP_LINES = Message(
    code="identity.kop_lines",
    id=(
        "kop terdiri dari beberapa baris ({lines}): semuanya nama badan publik, atau baris "
        "terakhir adalah unit kerja (identity.unit) atau baris kop lain seperti wilayah atau "
        "alamat (identity.letterhead)?"
    ),
    en=(
        "the letterhead has several lines ({lines}): are they all the public body's name, or is "
        "the last line the unit kerja (identity.unit) or another kop line such as a region or "
        "address (identity.letterhead)?"
    ),
)
IDENTITY_AGENCY_MISSING = Message(
    code="identity.agency_missing",
    id="nama instansi (kop) tidak terbaca: tuliskan nama badan publik seperti pada kop",
    en=(
        "the agency name (letterhead) was not read: write the public body's name as on the "
        "letterhead"
    ),
)
IDENTITY_NOT_FOUND = Message(
    code="identity.not_found",
    id=(
        "{label} tidak ditemukan: tuliskan seperti pada dokumen (untuk SOP tanpa bagian "
        "identitas lihat docs/plugins.md)"
    ),
    en=(
        "{label} was not found: write it as the document does (for an SOP without an identity "
        "block see docs/plugins.md)"
    ),
)
IDENTITY_LIST_GLUED = Message(
    code="identity.list_glued",
    id=(
        "label {label} ada di {where}, tetapi menyatu dengan teks lain dalam satu sel "
        "({cell!r}): tuliskan butir-butirnya seperti tertulis"
    ),
    en=(
        "the label {label} is on {where}, but run together with other text in one cell "
        "({cell!r}): write its items as written"
    ),
)
IDENTITY_LIST_LABEL_MISSING = Message(
    code="identity.list_label_missing",
    id=(
        "label {label} tidak ditemukan (tidak ada, atau salah eja/OCR): bila dokumen memuatnya, "
        "tuliskan butir-butirnya seperti tertulis"
    ),
    en=(
        "the label {label} was not found (absent, or misspelt/OCR): if the document has it, "
        "write its items as written"
    ),
)
IDENTITY_LIST_UNCLEAR = Message(
    code="identity.list_unclear",
    id=(
        "isi {label} tidak dapat dibaca dengan pasti (tata letak kacau): tuliskan butir-butirnya "
        "seperti tertulis"
    ),
    en=(
        "the {label} entries cannot be read with confidence (the layout is broken): write the "
        "items as written"
    ),
)
APPROVAL_LABEL_MISSING = Message(
    code="approval.label_missing",
    id=(
        "label Disahkan oleh tidak ditemukan: tuliskan jabatan, nama, pangkat dan NIP "
        "penandatangan seperti tertulis"
    ),
    en=(
        "the label Disahkan oleh was not found: write the signatory's position, name, rank and "
        "NIP as written"
    ),
)
APPROVAL_SPREAD = Message(
    code="approval.spread",
    id=(
        "tanda tangan pengesahan tersebar atau tidak terpisah jelas: tuliskan jabatan, nama, "
        "pangkat dan NIP seperti tertulis"
    ),
    en=(
        "the approval signature is spread out or not clearly separated: write the position, "
        "name, rank and NIP as written"
    ),
)

# --- the lanes ------------------------------------------------------------------------------------
LANES_ROLE_NAMED = Message(
    code="lanes.role_named",
    id="Judul kolom menyebut perannya: {name!r} ({basis}).",
    en="The column heading names the role: {name!r} ({basis}).",
)
LANES_ROLE_MISSING = Message(
    code="lanes.role_missing",
    id=(
        "peran lajur {name!r} tidak tertulis: pilih satu dari pemohon, petugas, ppid, "
        "ppid-pelaksana, atasan-ppid, tim-pertimbangan, pimpinan, unit-pengelola-informasi, "
        "dengan alasannya"
    ),
    en=(
        "the role of lane {name!r} is not written: choose one of pemohon, petugas, ppid, "
        "ppid-pelaksana, atasan-ppid, tim-pertimbangan, pimpinan, unit-pengelola-informasi, "
        "with the reason"
    ),
)
LANES_ROLES_MISSING = Message(
    code="lanes.roles_missing",
    id=(
        "peran lajur ini tidak tertulis: {shown}. Untuk masing-masing pilih satu dari pemohon, "
        "petugas, ppid, ppid-pelaksana, atasan-ppid, tim-pertimbangan, pimpinan, "
        "unit-pengelola-informasi, dengan alasannya"
    ),
    en=(
        "the roles of these lanes are not written: {shown}. For each choose one of pemohon, "
        "petugas, ppid, ppid-pelaksana, atasan-ppid, tim-pertimbangan, pimpinan, "
        "unit-pengelola-informasi, with the reason"
    ),
)
LANES_ROLES_FOLDED = Message(
    code="lanes.roles_folded",
    id="{question}; beri tiap lajur perannya (tidak tertulis untuk: {names})",
    en="{question}; give each lane its role (not written for: {names})",
)
LANES_HEADINGS_READ = Message(
    code="lanes.headings_read",
    id=(
        "judul lajur pelaksana terbaca dari kolom teks sebagai: {read}. Periksa dengan dokumen "
        "(judul yang terpotong beberapa baris atau dicetak tegak tidak terbaca dengan pasti) dan "
        "tuliskan lajurnya sesuai urutan"
    ),
    en=(
        "the lane headings were read from columns of text as: {read}. Check them against the "
        "document (a heading split over lines or printed vertically is not read reliably) and "
        "write the lanes in their order"
    ),
)

# --- the steps ---------------------------------------------------------------------------------
STEPS_NO_HEADER = Message(
    code="steps.no_header",
    id=(
        "tidak ada baris yang memuat Kelengkapan, Waktu dan Output bersama-sama (kepala tabel "
        "bagan alir), jadi tidak ada langkah yang terbaca. Bila dokumen memuat tabel itu, impor "
        "berkas PDF/DOCX aslinya; bila langkahnya ditulis sebagai uraian, tuliskan di lembar "
        "Langkah templat (sop template) atau sebagai jawaban steps"
    ),
    en=(
        "no line names Kelengkapan, Waktu and Output together (the flowchart table's header), "
        "so no step was read. If the document has that table, import the original PDF/DOCX; if "
        "its steps are written as prose, write them in the template's Langkah sheet (sop "
        "template) or as a steps answer"
    ),
)
STEPS_LOOSE_TEXT = Message(
    code="steps.loose_text",
    id=(
        "teks di antara dua baris tabel tidak dapat ditempatkan ({text!r}; baris terpotong "
        "pergantian halaman?): lengkapi sel langkah di atasnya"
    ),
    en=(
        "text between two table rows cannot be placed ({text!r}; a row broken by a page "
        "break?): complete the cells of the step above it"
    ),
)
STEPS_NUMBER_JUMP = Message(
    code="steps.number_jump",
    id=(
        "nomor langkah melompat dari {before} ke {after}: sebuah baris mungkin hilang (terpotong "
        "pergantian halaman, atau di luar tabel): tambahkan langkahnya bila ada"
    ),
    en=(
        "the step numbers jump from {before} to {after}: a row may be lost (cut by a page "
        "break, or outside the table): add the step if there is one"
    ),
)
STEPS_SHIFTED = Message(
    code="steps.shifted",
    id=(
        "sel baris ini bergeser {columns} kolom dalam sumber (sel kosong tambahan di kolom "
        "pelaksana); dibaca dengan menggesernya kembali: periksa kelengkapan, waktu, output dan "
        "keterangan"
    ),
    en=(
        "this row's cells are shifted by {columns} column(s) in the source (extra empty cells in "
        "the actor columns); read by shifting them back: check kelengkapan, waktu, output and "
        "keterangan"
    ),
)
STEPS_SYMBOL_ASTRAY = Message(
    code="steps.symbol_astray",
    id=(
        "simbol langkah {number} tertambat di sel {cells} tetapi digambar di luar sel itu "
        "(digeser): lajur mana yang melaksanakannya?"
    ),
    en=(
        "the symbol of step {number} is anchored in the cell {cells} but drawn outside it "
        "(shifted): which lane carries the step out?"
    ),
)
STEPS_ACTORS_LOST = Message(
    code="steps.actors_lost",
    id=(
        "kolom pelaksana langkah {number} hilang dalam sumber: lajur mana yang melaksanakannya "
        "(dan mengapa)?"
    ),
    en=(
        "the actor columns of step {number} were lost in the source: which lane carries it out "
        "(and why)?"
    ),
)
STEPS_ACTORS_LOST_MARKS = Message(
    code="steps.actors_lost",
    variant="marks",
    id=(
        "kolom pelaksana langkah {number} hilang dalam sumber: lajur mana yang melaksanakannya "
        "(dan mengapa)? Tanda tersisa di kolom: {marks}."
    ),
    en=(
        "the actor columns of step {number} were lost in the source: which lane carries it out "
        "(and why)? Marks left in the columns: {marks}."
    ),
)
STEPS_CONVENTION_KIND = Message(
    code="steps.convention_kind",
    id=(
        "{question} Simbolnya pun hilang: sebagai langkah pertama langkah {number} diambil "
        "sebagai kapsul (terminator) menurut kebiasaan formulir SOP AP; tuliskan kind-nya bila "
        "digambar lain."
    ),
    en=(
        "{question} Its symbol is lost too: as the first step, step {number} is taken as a "
        "capsule (terminator) by the SOP AP form's convention; answer its kind if it is drawn "
        "otherwise."
    ),
)
STEPS_CONVENTION_KIND_LAST = Message(
    code="steps.convention_kind",
    variant="last",
    id=(
        "{question} Simbolnya pun hilang: sebagai langkah terakhir langkah {number} diambil "
        "sebagai kapsul (terminator) menurut kebiasaan formulir SOP AP; tuliskan kind-nya bila "
        "digambar lain."
    ),
    en=(
        "{question} Its symbol is lost too: as the last step, step {number} is taken as a "
        "capsule (terminator) by the SOP AP form's convention; answer its kind if it is drawn "
        "otherwise."
    ),
)
STEPS_BREAK_WORD = Message(
    code="steps.break_word",
    id="{path} ({where}): '{before}' + '{after}' dibaca satu kata",
    en="{path} ({where}): '{before}' + '{after}' read as one word",
)
STEPS_BREAK_ITEM = Message(
    code="steps.break_item",
    id="{path} ({where}): '{before}' / '{after}' dibaca satu butir",
    en="{path} ({where}): '{before}' / '{after}' read as one item",
)
STEPS_BREAKS = Message(
    code="steps.breaks",
    id=(
        "jeda baris di sel PDF ini tidak pasti dari halamannya (kata terpotong kolom sempit, "
        "atau butir baru?): {breaks}. Perbaiki bila dokumen berkata lain"
    ),
    en=(
        "these line breaks in PDF cells are not settled by the page (a word broken by a narrow "
        "column, or a new item?): {breaks}. Correct them if the document says otherwise"
    ),
)
STEPS_WAKTU_EMPTY = Message(
    code="steps.waktu_empty",
    id=(
        "kolom Waktu kosong pada langkah {numbers}: biarkan kosong bila dokumen memang tidak "
        "menyebutnya, atau tuliskan waktunya seperti tertulis"
    ),
    en=(
        "the Waktu cell is empty for step(s) {numbers}: leave it empty if the document states "
        "none, or write the time as written"
    ),
)
STEPS_WAKTU_UNREADABLE = Message(
    code="steps.waktu_unreadable",
    id=(
        "waktu ini tidak dapat dibaca oleh pengurai waktu: {shown}; biarkan seperti tertulis dan "
        "tambahkan koreksi bila maksudnya jelas"
    ),
    en=(
        "these waktu cannot be read by the waktu parser: {shown}; keep them as written and add a "
        "correction if the meaning is clear"
    ),
)

# --- where a step leads -------------------------------------------------------------------------
FLOW_CHOICE = Message(
    code="flow.choice",
    id=(
        "langkah {number} memuat pilihan ({why}): apakah ini keputusan? Bila ya, ke langkah "
        "mana cabang YA dan cabang TIDAK (kosong = prosedur selesai)? Pilihan tiga jalan dan "
        "baris 'Apabila ...': lihat docs/plugins.md"
    ),
    en=(
        "step {number} holds a choice ({why}): is it a decision? If so, where do its YES and NO "
        "branches go (empty = the procedure ends)? Three-way choices and 'Apabila ...' rows: see "
        "docs/plugins.md"
    ),
)
#: What the choice is seen from, beside its words and branch labels: the diamond's remnant.
FLOW_CHOICE_DIAMOND = Message(
    code="flow.choice",
    variant="diamond",
    id="belah ketupat / diamond",
    en="belah ketupat / diamond",
)
FLOW_TABLE_ORDER = Message(
    code="flow.table_order",
    id=(
        "{question} Langkah {numbers} dibaca mengikuti urutan tabel: periksa juga ke mana "
        "masing-masing mengarah bila sebuah cabang melompati baris."
    ),
    en=(
        "{question} Steps {numbers} were read in table order: check also where each leads if a "
        "branch skips rows."
    ),
)

# --- the trigger --------------------------------------------------------------------------------
TRIGGER_ASK = Message(
    code="trigger.ask",
    id=(
        "pemicu SOP: 'request' (dimulai oleh permohonan, UU 14/2008 Pasal 22) atau 'periodic' "
        "(klasifikasi berkala sebelum ada permohonan, PERKI 1/2021 Pasal 49 ayat (1) huruf a)? "
        "({hint})"
    ),
    en=(
        "the SOP's trigger: 'request' (started by a request, UU 14/2008 Pasal 22) or 'periodic' "
        "(classification ahead of requests, PERKI 1/2021 Pasal 49 ayat (1) huruf a)? ({hint})"
    ),
)
TRIGGER_ASK_NO_STEPS = Message(
    code="trigger.ask",
    variant="no_steps",
    id="belum ada langkah yang terbaca",
    en="no step was read yet",
)
TRIGGER_ASK_REQUEST = Message(
    code="trigger.ask",
    variant="request",
    id="langkah-langkahnya menyebut pemohon/permohonan",
    en="its steps mention a requester/request",
)
TRIGGER_ASK_NO_REQUEST = Message(
    code="trigger.ask",
    variant="no_request",
    id="langkah-langkahnya tidak menyebut permohonan",
    en="its steps do not mention a request",
)

# --- why an inference was made (the record's reason) ------------------------------------------
INFERENCE_ACTORS_MARK = Message(
    code="inference.actors_mark",
    id="Sisa simbol bagan alir di kolom pelaksana ini: {marks}",
    en="A remnant of the flowchart symbol in this actor column: {marks}",
)
INFERENCE_KIND_DIAMOND = Message(
    code="inference.kind_diamond",
    id="Sisa simbol belah ketupat (keputusan) di kolom pelaksana.",
    en="A remnant of the diamond (decision) symbol in an actor column.",
)
INFERENCE_KIND_CAPSULE = Message(
    code="inference.kind_capsule",
    id="Simbol yang digambar di kolom pelaksana berbentuk kapsul (terminator).",
    en="The symbol drawn in the actor column is a capsule (terminator).",
)
INFERENCE_KIND_RECTANGLE = Message(
    code="inference.kind_rectangle",
    id="Simbol yang digambar di kolom pelaksana berbentuk persegi panjang (kegiatan).",
    en="The symbol drawn in the actor column is a rectangle (process).",
)
INFERENCE_KIND_CONVENTION = Message(
    code="inference.kind_convention",
    id=(
        "Simbol tidak terbaca dari sumber. Langkah pertama dan terakhir digambar dengan kapsul "
        "(terminator): PermenPAN-RB 35/2012 memakai kapsul untuk awal dan akhir."
    ),
    en=(
        "The symbol is not in the source. The first and last steps are drawn as capsules "
        "(terminator): PermenPAN-RB 35/2012 uses the capsule for start and end."
    ),
)
INFERENCE_NEXT_TABLE_ORDER = Message(
    code="inference.next_table_order",
    id=("Panah bagan alir tidak terbaca; langkah diikuti baris berikutnya (urutan tabel)."),
    en=(
        "The flowchart arrows are not in the source; the step is followed by the next row "
        "(table order)."
    ),
)

# --- the spreadsheet template (template.py) ---------------------------------------------------
TEMPLATE_TRIGGER_UNKNOWN = Message(
    code="template.trigger_unknown",
    id="pemicu {value!r}: tulis 'permohonan' atau 'berkala'",
    en="trigger {value!r}: write 'permohonan' or 'berkala'",
)
TEMPLATE_NOT_FILLED = Message(
    code="template.not_filled", id="{label} belum diisi", en="{label} is not filled in"
)
TEMPLATE_LABEL_UNKNOWN = Message(
    code="template.label_unknown",
    id="label {label!r} tidak dikenal: gunakan label templat",
    en="unknown label {label!r}: use the template's labels",
)
TEMPLATE_ROLE_MISSING = Message(
    code="template.role_missing",
    id="peran dan dasar peran lajur {name!r} belum diisi",
    en="the role and its basis of lane {name!r} are not filled in",
)
TEMPLATE_STEP_CHECK = Message(
    code="template.step_check",
    id="periksa: {problems} (lajur harus ada di lembar Pelaksana)",
    en="check: {problems} (lanes must be in sheet Pelaksana)",
)
#: A cell of sheet Langkah that cannot be read: its column's heading (as the sheet writes it)
#: and what it holds. One text for both languages: it is the sheet's own words.
TEMPLATE_CELL_UNREAD = Message(
    code="template.cell_unread", id="{column} {value!r}", en="{column} {value!r}"
)
#: An empty Kegiatan or Pelaksana: written in both languages at once, as the list of a step's
#: problems is one text for both.
TEMPLATE_CELL_EMPTY = Message(
    code="template.cell_empty", id="{column} kosong / empty", en="{column} kosong / empty"
)

# --- the review report (review.py) ------------------------------------------------------------
REPORT_TITLE = Message(
    code="report.title", id="# Tinjauan hasil impor: {source}", en="# Import review: {source}"
)
REPORT_SUMMARY = Message(
    code="report.summary",
    id=(
        "{items} hal perlu diputuskan, {findings} temuan SOP.validate(). Jawab setiap hal dalam "
        "berkas jawaban (docs/plugins.md) atau sunting sop.json, lalu jalankan `uji-konsekuensi "
        "sop validate sop.json`."
    ),
    en=(
        "{items} item(s) to decide, {findings} finding(s) of SOP.validate(). Answer each item "
        "in an answers file (docs/plugins.md) or edit sop.json, then run `uji-konsekuensi sop "
        "validate sop.json`."
    ),
)
REPORT_LANES = Message(
    code="report.lanes", id="Lajur (id untuk jawaban):", en="Lanes (ids to use in answers):"
)
REPORT_TO_DECIDE = Message(code="report.to_decide", id="## Perlu diputuskan", en="## To decide")
REPORT_SOURCE = Message(code="report.source", id="sumber", en="source")
REPORT_READ = Message(code="report.read", id="terbaca", en="read")
REPORT_FINDINGS = Message(
    code="report.findings", id="## Temuan SOP.validate()", en="## Findings of SOP.validate()"
)
REPORT_NOT_LOADED = Message(
    code="report.not_loaded",
    id="Draf belum dapat dimuat: {error}",
    en="The draft cannot be loaded yet: {error}",
)

# --- the --questions answers file (cli/sop.py) ------------------------------------------------
QUESTIONS_HOW = Message(
    code="questions.how",
    id=(
        'Isi setiap entri dengan "value" (dan "reason": alasannya, dicatat sebagai inferensi) '
        'atau "confirm": true; entri tanpa jawaban tetap menjadi pertanyaan. Lalu: sop import '
        "BERKAS ... --answers BERKAS_INI --force (docs/office-guide.md)."
    ),
    en=(
        'Fill in each entry with "value" (and "reason": why, recorded as an inference) or '
        '"confirm": true; an entry without an answer stays a question. Then: sop import FILE '
        "... --answers THIS_FILE --force (docs/office-guide.md)."
    ),
)
QUESTIONS_DECISION = Message(
    code="questions.decision",
    id=(
        ' / Jawab: keputusan: ganti entri ini dengan "{base}.yes" dan "{base}.no", '
        'masing-masing {{"to": NOMOR_LANGKAH, "label": "Ya"}} (to null: selesai); bukan '
        'keputusan: "confirm": true'
    ),
    en=(
        ' / Answer: a decision: replace this entry by "{base}.yes" and "{base}.no", each '
        '{{"to": STEP_NUMBER, "label": "Ya"}} (to null: the end); not a decision: '
        '"confirm": true'
    ),
)
QUESTIONS_COVERED_FLOW = Message(
    code="questions.covered",
    variant="flow",
    id=(
        'ditanyakan bersama {main}: ke mana langkah ini berlanjut? "confirm": true bila ke baris '
        'berikutnya, atau "next" dengan value'
    ),
    en=(
        'asked with {main}: where does this step go on? "confirm": true if to the next row, or '
        'its "next" with a value'
    ),
)
QUESTIONS_COVERED = Message(
    code="questions.covered",
    id=(
        'ditanyakan bersama {main}: isi "value" seperti tertulis di dokumen, atau "confirm": true '
        "bila yang terbaca sudah benar"
    ),
    en=(
        'asked with {main}: fill in "value" as the document writes it, or "confirm": true if '
        "what was read is right"
    ),
)

# --- refusals of a file: what the importer cannot read at all (grid.py, archive.py) -------------
FILE_FLATTENED = Message(
    code="file.flattened",
    id=(
        "tabel bagan alir ada dalam teks ini, tetapi selnya tidak dapat dipisahkan: "
        "teksnya diratakan menjadi satu baris atau sel-sel barisnya berselang-seling "
        "(ekstraksi tanpa tata letak). Impor berkas PDF atau DOCX aslinya "
        "(sop import SOP.pdf), atau ekstrak ulang dengan `pdftotext -layout SOP.pdf`, "
        "atau isi templat lembar kerja (sop template)"
    ),
    en=(
        "the flowchart table is in this text, but its cells cannot be told apart: "
        "the text was flattened onto one line or the cells of its rows are "
        "interleaved (extraction without layout). Import the original PDF or DOCX "
        "(sop import SOP.pdf), or extract again with `pdftotext -layout SOP.pdf`, or "
        "fill in the spreadsheet template (sop template)"
    ),
)
FILE_FLATTENED_EXPECTED = Message(
    code="file.flattened",
    variant="expected",
    id="teks dengan sel dipisah tab, atau teks `pdftotext -layout`",
    en="text with tab-separated cells, or `pdftotext -layout` text",
)
FILE_CENTRED = Message(
    code="file.centred",
    id=(
        "sel tabel bagan alir dalam teks ini berada di tengah secara vertikal: "
        "teks langkah dimulai di atas baris nomornya (baris {line}), sehingga "
        "batas antarlangkah tidak tampak dalam teks. Impor berkas PDF atau DOCX "
        "aslinya (sop import SOP.pdf), yang menyimpan batas sel, atau isi templat "
        "lembar kerja (sop template)"
    ),
    en=(
        "the flowchart table's cells in this text are centred vertically: a "
        "step's text starts above the line of its number (line {line}), so where "
        "one step ends and the next begins is not in the text. Import the original "
        "PDF or DOCX (sop import SOP.pdf), which keeps the cell borders, or fill in "
        "the spreadsheet template (sop template)"
    ),
)
FILE_CENTRED_EXPECTED = Message(
    code="file.centred",
    variant="expected",
    id="teks `pdftotext -layout` dengan sel rata atas",
    en="`pdftotext -layout` text with top-aligned cells",
)
FILE_UNREADABLE = Message(
    code="file.unreadable",
    id="berkas tidak dapat dibaca: {exc}",
    en="the file cannot be read: {exc}",
)
FILE_UNREADABLE_EXPECTED = Message(
    code="file.unreadable",
    variant="expected",
    id="berkas SOP (.txt, .docx, .pdf, .xlsx, .csv)",
    en="an SOP file (.txt, .docx, .pdf, .xlsx, .csv)",
)
FILE_MISSING_EXTRA = Message(
    code="file.missing_extra",
    id="membaca berkas ini memerlukan paket {package}: pip install 'uji-konsekuensi[import]'",
    en="reading this file needs the package {package}: pip install 'uji-konsekuensi[import]'",
)
# An archive (DOCX, XLSX) is opened only within limits.py's limits: a zip bomb is refused unread.
FILE_ARCHIVE_ENTRIES = Message(
    code="file.archive_entries",
    id="arsip memuat {count} entri; batasnya {limit}",
    en="the archive holds {count} entries; the limit is {limit}",
)
FILE_ARCHIVE_UNPACKED = Message(
    code="file.archive_unpacked",
    id="isi arsip {size} bita bila dibuka; batasnya {limit} bita",
    en="the archive unpacks to {size} bytes; the limit is {limit} bytes",
)
FILE_ARCHIVE_RATIO = Message(
    code="file.archive_ratio",
    id="arsip dimampatkan {ratio} kali (bom zip?); batasnya {limit} kali",
    en="the archive is compressed {ratio} times (a zip bomb?); the limit is {limit}",
)
FILE_ARCHIVE_EXPECTED = Message(
    code="file.archive",
    variant="expected",
    id=(
        "dokumen DOCX/XLSX biasa: paling banyak {entries} entri, {unpacked} bita bila "
        "dibuka, dimampatkan paling banyak {ratio} kali"
    ),
    en=(
        "an ordinary DOCX/XLSX: at most {entries} entries, {unpacked} bytes unpacked, "
        "compressed at most {ratio} times"
    ),
)
FILE_NOT_FOUND = Message(code="file.not_found", id="berkas tidak ditemukan", en="file not found")
FILE_NOT_FOUND_EXPECTED = Message(
    code="file.not_found",
    variant="expected",
    id="berkas SOP yang ada",
    en="an existing SOP file",
)
FILE_KIND_UNKNOWN = Message(
    code="file.kind_unknown",
    id="jenis berkas {suffix!r} tidak dikenal",
    en="unknown file type {suffix!r}",
)
FILE_KIND_UNKNOWN_EXPECTED = Message(
    code="file.kind_unknown",
    variant="expected",
    id="salah satu dari {listed}",
    en="one of {listed}",
)

# --- refusals of an answers file (answers.py): each names the entry, answers[i].<field> -------
ANSWERS_FILE_SHAPE = Message(
    code="answers.file_shape",
    id="berkas jawaban harus berupa objek dengan daftar 'answers'",
    en="an answers file must be an object with an 'answers' list",
)
#: JSON, read the same in both languages (the braces are the file's, not placeholders).
ANSWERS_FILE_SHAPE_EXPECTED = Message(
    code="answers.file_shape",
    variant="expected",
    id='{{"answers": [{{"path": ..., "value": ...}}]}}',
    en='{{"answers": [{{"path": ..., "value": ...}}]}}',
)
ANSWERS_NOT_OBJECT = Message(
    code="answers.not_object", id="harus berupa objek", en="must be an object"
)
ANSWERS_PATH_INVALID = Message(
    code="answers.path_invalid",
    id="jalur kolom tidak sah (contoh: steps[0].actors)",
    en="invalid field path (example: steps[0].actors)",
)
ANSWERS_ONE_OF = Message(
    code="answers.one_of",
    id="isi tepat satu dari 'value', 'correct' atau 'confirm': true",
    en="give exactly one of 'value', 'correct' or 'confirm': true",
)
ANSWERS_REASON_TEXT = Message(
    code="answers.reason_text", id="alasan harus teks", en="the reason must be a text"
)
ANSWERS_PATH_UNKNOWN = Message(
    code="answers.path_unknown",
    id="kolom {path!r} tidak ada dalam draf",
    en="the draft has no field {path!r}",
)
ANSWERS_CORRECT_TEXT = Message(
    code="answers.correct_text",
    id="koreksi hanya untuk teks dan memerlukan alasan",
    en="a correction is for a text and needs a reason",
)
ANSWERS_STRUCTURAL_ONE = Message(
    code="answers.structural_one",
    id="isi hanya satu dari 'insert', 'remove' atau 'order'",
    en="give only one of 'insert', 'remove' or 'order'",
)
ANSWERS_ORDER = Message(
    code="answers.order",
    id="'order' berlaku untuk 'steps' dan memuat setiap nomor langkah sekali {numbers}",
    en="'order' is for 'steps' and lists every step number once {numbers}",
)
ANSWERS_ELEMENT_PATH = Message(
    code="answers.element_path",
    id="'{op}' memerlukan jalur elemen seperti steps[3] atau lanes[1]",
    en="'{op}' needs an element path such as steps[3] or lanes[1]",
)
ANSWERS_REMOVE_MISSING = Message(
    code="answers.remove_missing",
    id="tidak ada {path} untuk dihapus (ada {count})",
    en="there is no {path} to remove ({count} in the draft)",
)
ANSWERS_INSERT = Message(
    code="answers.insert",
    id="'insert' memerlukan objek dan indeks paling besar {count}",
    en="'insert' needs an object and an index of at most {count}",
)

MESSAGES = message_catalog(globals())
