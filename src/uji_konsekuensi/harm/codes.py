"""Every finding code harm validation reports (``harm.*``, and the ``law.*`` codes of the grounds
an item cites): severity, basis and meaning of each, declared once.

The rules build their findings by calling these objects with their words from the catalog
beside this table, harm/messages.py (``PERIOD_MISSING(M.PERIOD_MISSING(letters="a"), field=...)``);
docs/harm.md lists them in tables generated from `CODES` (tools/code_tables.py), one per
``group``: ``ground`` (the grounds cited), ``row`` (one tested item), ``sheet`` (the Lembar),
``penetapan`` (the Penetapan). Codes are stable and never reused.

``basis`` is the provision a finding of the code names. Where it depends on the finding (the
Pasal 18 ayat (1) kind, the revoked instrument, the Lembar or the Penetapan), the table gives
the general provision and the rule passes the narrower one (``basis=``).
"""

from __future__ import annotations

from ..findings import FindingCode, Severity, code_table
from ..i18n import Text

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_GROUND_AS_CITED = "PERKI 1/2021 Pasal 49 ayat (6) huruf a"
_HURUF_J = f"UU 14/2008 Pasal 17 huruf j; {_GROUND_AS_CITED}"
_PASAL_18_1 = "UU 14/2008 Pasal 18 ayat (1) huruf a-g"
_PERIOD = "PERKI 1/2021 Pasal 49 ayat (5) huruf e"
_PERIOD_A = "PP 61/2010 Pasal 5 ayat (1); PERKI 1/2021 Pasal 51 ayat (1)"
_LAMPIRAN_II = "PERKI 1/2021 Pasal 49 ayat (3), Lampiran II"
_APPROVAL = "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e, Lampiran II"
_PASAL_49_5 = "PERKI 1/2021 Pasal 49 ayat (5)"
_PENETAPAN_FORM = "PERKI 1/2021 Pasal 49 ayat (7), Lampiran III"
_MENGINGAT = "PERKI 1/2021 Lampiran III (Mengingat)"
_TEST_FIRST = "UU 14/2008 Pasal 19; PP 61/2010 Pasal 3 ayat (1)"


def _code(
    code: str,
    severity: Severity,
    basis: str,
    title_id: str,
    title_en: str,
    also: tuple[Severity, ...] = (),
) -> FindingCode:
    """A code of the table; its group (the docs table) follows from its topic."""
    area, topic = code.split(".")[:2]
    return FindingCode(
        code=code,
        severity=severity,
        basis=basis,
        title=Text(id=title_id, en=title_en),
        group="ground" if area == "law" else _GROUPS[topic],
        also=also,
    )


#: The docs table of each ``harm.<topic>`` code (the ``law.*`` codes are the ``ground`` table).
_GROUPS = {
    **dict.fromkeys(
        [
            "information",
            "documents",
            "holder",
            "grounds",
            "pasal18",
            "consent",
            "consequence",
            "balance",
            "partial",
            "period",
            "test",
        ],
        "row",
    ),
    **dict.fromkeys(["sheet", "participants", "approval"], "sheet"),
    "penetapan": "penetapan",
}

# --- the grounds cited for an item (UU 14/2008 Pasal 17) ---------------------------------------

GROUND_UNKNOWN = _code(
    "law.ground.unknown",
    E,
    "UU 14/2008 Pasal 17",
    'dasar pengecualian tidak menunjuk dasar mana pun dalam Pasal 17 ("huruf k", "c.9"); '
    "pesannya menyebut dasar yang terdekat",
    'the ground names no Pasal 17 ground ("huruf k", "c.9"); the message names the nearest grounds',
)
GROUND_LETTER_ONLY = _code(
    "law.ground.letter_only",
    W,
    "UU 14/2008 Pasal 2 ayat (2) dan Pasal 17; PERKI 1/2021 Pasal 49 ayat (2) huruf c",
    'huruf yang memiliki angka dikutip tanpa angkanya ("Pasal 17 huruf h")',
    'a letter with points cited without its angka ("Pasal 17 huruf h")',
)
GROUND_MISMATCH = _code(
    "law.ground.mismatch",
    W,
    _GROUND_AS_CITED,
    "`as_written` menunjuk dasar pengecualian lain daripada `ground`: galat bila huruf atau "
    "angkanya lain (yang dicetak bukan yang diperiksa), peringatan bila dasar yang sama ditulis "
    "lebih atau kurang rinci (huruf h untuk huruf h angka 2)",
    "`as_written` reads as other grounds than `ground`: an error when it names other letters or "
    "points (what is printed is not what is checked), a warning when it writes the same ground "
    "more or less precisely (huruf h for huruf h angka 2)",
    also=(E,),
)
GROUND_DUPLICATE = _code(
    "law.ground.duplicate",
    INFO,
    _GROUND_AS_CITED,
    "dasar pengecualian yang sama disebut dua kali untuk satu informasi",
    "the same ground cited twice for one item",
)
OTHER_STATUTE_MISSING = _code(
    "law.ground.other_statute_missing",
    E,
    _HURUF_J,
    "huruf j tanpa undang-undang lain yang menjadi dasarnya",
    "huruf j without the other statute",
)
OTHER_STATUTE_UNREADABLE = _code(
    "law.ground.other_statute_unreadable",
    W,
    _HURUF_J,
    "undang-undang lain tidak dapat dibaca sebagai peraturan",
    "the other statute names no instrument that can be read",
)
OTHER_STATUTE_NOT_UU = _code(
    "law.ground.other_statute_not_uu",
    E,
    "UU 14/2008 Pasal 17 huruf j ('berdasarkan Undang-Undang')",
    "undang-undang lain ternyata peraturan di bawah undang-undang (Permen, Perda) atau "
    "UU 14/2008 sendiri",
    "the other statute is below statute level (a Permen, a Perda) or is UU 14/2008 itself",
)
OTHER_STATUTE_NO_ARTICLE = _code(
    "law.ground.other_statute_no_article",
    W,
    _HURUF_J,
    "undang-undang lain disebut tanpa Pasalnya",
    "the other statute is named without its Pasal",
)

# --- one tested item (a row of PERKI 1/2021 Lampiran II) ---------------------------------------

INFORMATION_MISSING = _code(
    "harm.information.missing",
    E,
    "PERKI 1/2021 Pasal 49 ayat (2) huruf b dan ayat (5) huruf c",
    "informasi yang diuji tidak diuraikan",
    "the information is not described",
)
INFORMATION_DUPLICATE = _code(
    "harm.information.duplicate",
    W,
    "PERKI 1/2021 Pasal 49 ayat (2) huruf b",
    "informasi yang sama diuji dua kali (dalam satu Lembar, atau di antara Lembar sebuah "
    "Penetapan)",
    "the same information tested twice (in a sheet, or across a Penetapan's sheets)",
)
DOCUMENTS_MISSING = _code(
    "harm.documents.missing",
    W,
    "PERKI 1/2021 Pasal 49 ayat (2) huruf a",
    "dokumen yang memuat informasi tidak disebutkan",
    "no document named",
)
HOLDER_MISSING = _code(
    "harm.holder.missing",
    W,
    "PERKI 1/2021 Pasal 49 ayat (2) huruf a; Pasal 21 ayat (2), Lampiran I",
    "unit kerja yang menguasai informasi tidak disebutkan",
    "the unit holding the information is not named",
)
GROUNDS_MISSING = _code(
    "harm.grounds.missing",
    E,
    "UU 14/2008 Pasal 17 dan Pasal 22 ayat (7) huruf c; PERKI 1/2021 Pasal 49 ayat (6) huruf a",
    "dikecualikan (seluruhnya atau sebagian) tanpa dasar pengecualian",
    "withheld (closed or partial) without any ground",
)
NEVER_EXEMPT = _code(
    "harm.pasal18.never_exempt",
    E,
    _PASAL_18_1,
    "informasi ditandai sebagai jenis Pasal 18 ayat (1) tetapi dikecualikan (galat bila "
    "dikecualikan seluruhnya, peringatan bila sebagian)",
    "the item is marked as a Pasal 18 ayat (1) kind and withheld (error when closed, warning "
    "when partial)",
    also=(W,),
)
NEVER_EXEMPT_POSSIBLE = _code(
    "harm.pasal18.possible",
    W,
    _PASAL_18_1,
    "uraian informasi atau judul dokumen tampak sebagai jenis Pasal 18 ayat (1) (penyaringan "
    "kata kunci)",
    "the item or a document title looks like a Pasal 18 ayat (1) kind (keyword screen)",
)
CONSENT_LIFTS = _code(
    "harm.consent.lifts",
    E,
    "UU 14/2008 Pasal 18 ayat (2); PP 61/2010 Pasal 8 ayat (3); PERKI 1/2021 Pasal 51 ayat (8)",
    "dasar huruf g atau h padahal tercatat persetujuan tertulis atau kaitan dengan jabatan publik",
    "a g or h ground although written consent or a public-office role is recorded",
)
CONSEQUENCE_MISSING = _code(
    "harm.consequence.missing",
    E,
    "UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Pasal 49 ayat (2) huruf d dan ayat (6) huruf b",
    "konsekuensi apabila informasi dibuka (kolom Dibuka) tidak diuraikan (galat bila "
    "dikecualikan, peringatan bila dibuka)",
    "no consequence of opening (Dibuka) (error when withheld, warning when opened)",
    also=(W,),
)
CONSEQUENCE_RESTATES_GROUND = _code(
    "harm.consequence.restates_ground",
    E,
    "PERKI 1/2021 Pasal 49 ayat (6) huruf b; UU 14/2008 Pasal 2 ayat (4)",
    "kolom Dibuka hanya mengulang bunyi dasar pengecualian (heuristik pengulangan)",
    "the Dibuka text only restates the ground (heuristic below)",
)
CLOSING_MISSING = _code(
    "harm.balance.closing_missing",
    E,
    "UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Lampiran II (kolom Ditutup)",
    "pertimbangan apabila informasi ditutup (kolom Ditutup) tidak diuraikan: penimbangan hanya "
    "satu sisi (galat bila dikecualikan, peringatan bila dibuka)",
    "no consideration of closing (Ditutup): the balancing has one side (error when withheld, "
    "warning when opened)",
    also=(W,),
)
BALANCE_IDENTICAL = _code(
    "harm.balance.identical",
    W,
    "UU 14/2008 Pasal 2 ayat (4)",
    "kolom Dibuka dan Ditutup berisi teks yang sama",
    "Dibuka and Ditutup hold the same text",
)
PARTIAL_NO_PARTS = _code(
    "harm.partial.no_parts",
    E,
    "UU 14/2008 Pasal 22 ayat (7) huruf e; PERKI 1/2021 Pasal 50 ayat (2)",
    "dikecualikan sebagian, tetapi tidak ada bagian yang disebut dihitamkan",
    "partial, but nothing named as blacked out",
)
PARTIAL_REASON_MISSING = _code(
    "harm.partial.reason_missing",
    E,
    "UU 14/2008 Pasal 22 ayat (7) huruf e",
    "bagian yang dihitamkan tanpa alasannya",
    "a blacked-out part without its reason",
)
PARTIAL_WHOLE_DOCUMENT = _code(
    "harm.partial.whole_document",
    E,
    "PERKI 1/2021 Pasal 50 ayat (3)",
    '"bagian" yang ternyata seluruh dokumen ("seluruh dokumen", "semua halaman", judul dokumen '
    "itu sendiri, informasi itu sendiri), atau `released` menyatakan tidak ada yang diberikan",
    'a "part" that is the whole document ("seluruh dokumen", "semua halaman", a document\'s own '
    "title, the item itself), or `released` says nothing is given",
)
PARTIAL_RELEASED_MISSING = _code(
    "harm.partial.released_missing",
    W,
    "UU 14/2008 Pasal 22 ayat (7) huruf d",
    "dikecualikan sebagian tanpa menyebut bagian yang tetap diberikan",
    "partial, without saying what is still given",
)
PARTS_NOT_PARTIAL = _code(
    "harm.partial.parts_not_partial",
    W,
    "PERKI 1/2021 Pasal 50 ayat (2)",
    "bagian yang dihitamkan dicatat pada informasi yang dikecualikan seluruhnya atau dibuka",
    "blacked-out parts recorded on a closed or opened item",
)
PERIOD_MISSING = _code(
    "harm.period.missing",
    E,
    f"UU 14/2008 Pasal 20; PP 61/2010 Pasal 5-7; {_PERIOD}",
    "huruf a, b, c, d, e atau f dikecualikan tanpa jangka waktu; dan dalam Penetapan, dasar apa "
    "pun dikecualikan tanpa jangka waktu (Penetapan sekurang-kurangnya memuat jangka waktu "
    'pengecualian, apa pun dasarnya; "selama dibutuhkan" ditulis sebagai jangka waktu)',
    "a, b, c, d, e or f withheld without a period; and in a Penetapan, any ground withheld "
    "without a period (the Penetapan must at least state the jangka waktu, whatever the ground; "
    '"as long as needed" is written as a period)',
)
PERIOD_UNSTATED = _code(
    "harm.period.unstated",
    W,
    f"{_PERIOD}; Lampiran II (kolom Jangka Waktu)",
    "huruf g, h, i atau j dikecualikan tanpa jangka waktu dalam Lembar yang berdiri sendiri "
    "(Lampiran II memuat kolomnya; dalam Penetapan ini `harm.period.missing`)",
    "g, h, i or j withheld without a period in a Lembar alone (Lampiran II has the column; in a "
    "Penetapan this is `harm.period.missing`)",
)
PERIOD_ON_OPEN = _code(
    "harm.period.on_open",
    W,
    _PERIOD,
    "informasi dibuka, tetapi jangka waktu pengecualian diisi",
    "an opened item with a period",
)
PERIOD_INVALID = _code(
    "harm.period.invalid",
    E,
    _PERIOD,
    "jumlah tahun nol atau negatif, peristiwa kosong",
    "zero or negative years, an empty event",
)
PERIOD_ALREADY_ENDED = _code(
    "harm.period.already_ended",
    E,
    "PP 61/2010 Pasal 11",
    "tanggal berakhir pada atau sebelum tanggal pengujian",
    "an end date on or before the test date",
)
PERIOD_OVER_30_YEARS = _code(
    "harm.period.over_30_years",
    E,
    _PERIOD_A,
    "huruf a lebih dari 30 tahun (jumlah tahun, batas paling lama, atau tanggal berakhir)",
    "huruf a for more than 30 years (years, cap, or end date)",
)
PERIOD_UNCAPPED = _code(
    "harm.period.uncapped",
    W,
    f"{_PERIOD_A}; PP 61/2010 Pasal 5 ayat (2)",
    'huruf a "selama dibutuhkan" atau sampai suatu peristiwa tanpa batas paling lama',
    'huruf a "as long as needed" or until an event without a cap',
)
PERIOD_REVIEW_MISSING = _code(
    "harm.period.review_missing",
    W,
    "UU 14/2008 Pasal 2 ayat (2); PP 61/2010 Pasal 7 dan Pasal 8 ayat (2)",
    '"selama dibutuhkan" tanpa tanggal peninjauan kembali (pengaturan `require_review_date`)',
    '"as long as needed" without a review date (setting `require_review_date`)',
)
PERIOD_REVIEW_PAST = _code(
    "harm.period.review_past",
    W,
    "UU 14/2008 Pasal 2 ayat (2)",
    "tanggal peninjauan pada atau sebelum tanggal pengujian",
    "a review date on or before the test date",
)
PERIOD_BASIS_MISSING = _code(
    "harm.period.basis_missing",
    W,
    "PP 61/2010 Pasal 6, Pasal 8 ayat (1), Pasal 9; PERKI 1/2021 Pasal 51",
    "huruf b, g atau i: jangka waktu mengikuti peraturan perundang-undangan lain, yang tidak "
    "disebutkan (`period.basis`)",
    "b, g or i: the period follows other legislation, which is not named (`period.basis`)",
)
PERIOD_SET_BY_PIMPINAN = _code(
    "harm.period.set_by_pimpinan",
    W,
    "PP 61/2010 Pasal 7 ayat (5); PERKI 1/2021 Pasal 51 ayat (5)",
    "huruf c, d, e atau f disetujui oleh selain pimpinan, padahal pimpinan yang menetapkan "
    "jangka waktunya",
    "c, d, e or f approved by someone other than the pimpinan, who sets their period",
)
PERIOD_AS_WRITTEN_MISMATCH = _code(
    "harm.period.as_written_mismatch",
    E,
    f"{_PERIOD}; PERKI 1/2021 Lampiran II (kolom Jangka Waktu), Lampiran III",
    "jangka waktu sebagaimana tertulis (`as_written`, yang dicetak pada Lembar, Penetapan dan "
    "DIK) menyebut jumlah tahun, batas paling lama atau tanggal lain daripada jangka waktu "
    "terstruktur, atau angka dan hurufnya berbeda",
    "the period as written (`as_written`, printed on the Lembar, the Penetapan and the DIK) "
    "states other years, another cap or another date than the structured period, or its digits "
    "and words differ",
)
TEST_AFTER_EXEMPTION = _code(
    "harm.test.after_exemption",
    E,
    _TEST_FIRST,
    "pengujian bertanggal setelah `exempt_since`",
    "the test is dated after `exempt_since`",
)

# --- the Lembar Pengujian Konsekuensi (PERKI 1/2021 Lampiran II) -------------------------------

SHEET_BADAN_PUBLIK_MISSING = _code(
    "harm.sheet.badan_publik_missing",
    E,
    f"{_PASAL_49_5} huruf b",
    "Badan Publik tidak disebutkan",
    "no Badan Publik",
)
SHEET_DATE_MISSING = _code(
    "harm.sheet.date_missing",
    E,
    f"UU 14/2008 Pasal 19; {_LAMPIRAN_II}",
    "tanpa tanggal: Pasal 19 tidak dapat dibuktikan",
    "no date: Pasal 19 cannot be shown",
)
# An error: the format of Lampiran II states the place and date of the test, and a Lembar that
# does not say where the test was held does not show that (or where) it was held.
SHEET_PLACE_MISSING = _code(
    "harm.sheet.place_missing",
    E,
    _LAMPIRAN_II,
    'tanpa tempat ("bertempat di")',
    'no place ("bertempat di")',
)
SHEET_NUMBER_MISSING = _code(
    "harm.sheet.number_missing",
    W,
    f"{_LAMPIRAN_II}; Lampiran III (Memperhatikan)",
    "tanpa nomor (Penetapan mengutipnya)",
    "no number (the Penetapan cites it)",
)
SHEET_NO_ROWS = _code(
    "harm.sheet.no_rows",
    E,
    f"PERKI 1/2021 Pasal 49 ayat (2) huruf b; {_LAMPIRAN_II}",
    "tidak ada informasi yang diuji",
    "no item tested",
)
SHEET_REQUEST_NUMBER_MISSING = _code(
    "harm.sheet.request_number_missing",
    W,
    "PERKI 1/2021 Pasal 49 ayat (1) huruf b; UU 14/2008 Pasal 22 ayat (4)",
    "`on_request` tanpa nomor pendaftaran permintaan",
    "`on_request` without the request's registration number",
)
SHEET_DISPUTE_ORDER_MISSING = _code(
    "harm.sheet.dispute_order_missing",
    W,
    "PERKI 1/2021 Pasal 49 ayat (1) huruf c",
    "`dispute` tanpa nomor register sengketa",
    "`dispute` without the dispute register",
)
PARTICIPANTS_MISSING = _code(
    "harm.participants.missing",
    E,
    "PERKI 1/2021 Lampiran II (tabel peserta)",
    "peserta pengujian tidak dicatat",
    "no participants",
)
PARTICIPANTS_INCOMPLETE = _code(
    "harm.participants.incomplete",
    W,
    "PERKI 1/2021 Lampiran II (Nama, Jabatan, Unit Kerja)",
    "peserta tanpa nama, jabatan atau unit kerja",
    "a participant without nama, jabatan or unit kerja",
)
PARTICIPANTS_NO_PPID = _code(
    "harm.participants.no_ppid",
    W,
    "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 10 ayat (1) huruf g",
    "peran peserta dicatat, tetapi PPID tidak termasuk peserta",
    "roles recorded, but no PPID among the participants",
)
APPROVAL_MISSING = _code(
    "harm.approval.missing",
    E,
    _APPROVAL,
    'tanpa blok "Menyetujui"',
    'no "Menyetujui"',
)
APPROVAL_ROLE = _code(
    "harm.approval.role",
    E,
    _APPROVAL,
    "disetujui oleh peran di luar `approver_roles` (secara bawaan: PPID sendiri, atau siapa pun "
    "selain pimpinan atau Atasan PPID)",
    "approved by a role not in `approver_roles` (by default: the PPID himself, or anyone but "
    "the pimpinan or Atasan PPID)",
)
APPROVAL_UNNAMED = _code(
    "harm.approval.unnamed",
    E,
    _APPROVAL,
    "nama pejabat yang menyetujui kosong",
    "the approver's name is blank",
)
APPROVAL_BEFORE_TEST = _code(
    "harm.approval.before_test",
    E,
    "PP 61/2010 Pasal 3",
    "disetujui sebelum tanggal pengujian",
    "approved before the test date",
)

# --- the Penetapan (PERKI 1/2021 Pasal 49 ayat (4)-(7), Lampiran III) --------------------------

PENETAPAN_PPID_MISSING = _code(
    "harm.penetapan.ppid_missing",
    E,
    f"{_PASAL_49_5} huruf a; PP 61/2010 Pasal 4 huruf b",
    "identitas PPID tidak ada (dan tidak ditandatangani oleh PPID)",
    "no PPID identity (and not signed by the PPID)",
)
PENETAPAN_BADAN_PUBLIK_MISSING = _code(
    "harm.penetapan.badan_publik_missing",
    E,
    f"{_PASAL_49_5} huruf b",
    "Badan Publik tidak disebutkan",
    "no Badan Publik",
)
PENETAPAN_UNIT_MISSING = _code(
    "harm.penetapan.unit_missing",
    W,
    f"{_PASAL_49_5} huruf b",
    "unit kerja/satuan kerja tidak disebutkan",
    "no unit kerja/satuan kerja",
)
PENETAPAN_PLACE_MISSING = _code(
    "harm.penetapan.place_missing",
    E,
    f"{_PASAL_49_5} huruf f; PP 61/2010 Pasal 4 huruf f",
    "tempat penetapan tidak disebutkan",
    "no place",
)
PENETAPAN_DATE_MISSING = _code(
    "harm.penetapan.date_missing",
    E,
    f"{_PASAL_49_5} huruf f; PP 61/2010 Pasal 4 huruf f",
    "tanggal penetapan tidak disebutkan",
    "no date",
)
PENETAPAN_NUMBER_MISSING = _code(
    "harm.penetapan.number_missing",
    W,
    _PENETAPAN_FORM,
    "nomor Penetapan tidak ada",
    "no number",
)
PENETAPAN_UNSIGNED = _code(
    "harm.penetapan.unsigned",
    W,
    _PENETAPAN_FORM,
    "belum ditandatangani: belum berlaku",
    "not signed: not yet in force",
)
PENETAPAN_NO_SHEETS = _code(
    "harm.penetapan.no_sheets",
    E,
    "PERKI 1/2021 Pasal 49 ayat (4), Lampiran III (Memperhatikan; KEDUA); "
    "PP 61/2010 Pasal 3 ayat (1)",
    "tidak didasarkan pada Lembar Pengujian Konsekuensi",
    "no Lembar Pengujian Konsekuensi behind it",
)
PENETAPAN_NOTHING_EXEMPT = _code(
    "harm.penetapan.nothing_exempt",
    W,
    "PERKI 1/2021 Pasal 49 ayat (4)",
    "semua informasi dibuka",
    "every item was opened",
)
PENETAPAN_BEFORE_TEST = _code(
    "harm.penetapan.before_test",
    E,
    _TEST_FIRST,
    "Penetapan atau tanda tangannya bertanggal sebelum sebuah Lembar",
    "the Penetapan or its signature is dated before a Lembar",
)
PENETAPAN_BADAN_PUBLIK_MISMATCH = _code(
    "harm.penetapan.badan_publik_mismatch",
    W,
    f"{_PASAL_49_5} huruf b",
    "Lembar dibuat untuk Badan Publik lain",
    "a Lembar made for another Badan Publik",
)
PENETAPAN_REVOKED_INSTRUMENT = _code(
    "harm.penetapan.revoked_instrument",
    W,
    "PERKI 1/2021 Pasal 63",
    "Mengingat mengutip PERKI 1/2010 atau 1/2017 yang sudah dicabut",
    "Mengingat cites PERKI 1/2010 or 1/2017",
)
PENETAPAN_MENGINGAT_UNREADABLE = _code(
    "harm.penetapan.mengingat_unreadable",
    INFO,
    _MENGINGAT,
    "baris Mengingat tidak menyebut peraturan yang dapat dibaca",
    "a Mengingat line names no instrument",
)
PENETAPAN_MENGINGAT_INCOMPLETE = _code(
    "harm.penetapan.mengingat_incomplete",
    W,
    _MENGINGAT,
    "Mengingat tidak menyebut UU 14/2008 dan PP 61/2010",
    "Mengingat does not cite UU 14/2008 and PP 61/2010",
)

#: Every code, in the order docs/harm.md lists them.
CODES = code_table(
    GROUND_UNKNOWN,
    GROUND_LETTER_ONLY,
    GROUND_MISMATCH,
    GROUND_DUPLICATE,
    OTHER_STATUTE_MISSING,
    OTHER_STATUTE_UNREADABLE,
    OTHER_STATUTE_NOT_UU,
    OTHER_STATUTE_NO_ARTICLE,
    INFORMATION_MISSING,
    INFORMATION_DUPLICATE,
    DOCUMENTS_MISSING,
    HOLDER_MISSING,
    GROUNDS_MISSING,
    NEVER_EXEMPT,
    NEVER_EXEMPT_POSSIBLE,
    CONSENT_LIFTS,
    CONSEQUENCE_MISSING,
    CONSEQUENCE_RESTATES_GROUND,
    CLOSING_MISSING,
    BALANCE_IDENTICAL,
    PARTIAL_NO_PARTS,
    PARTIAL_REASON_MISSING,
    PARTIAL_WHOLE_DOCUMENT,
    PARTIAL_RELEASED_MISSING,
    PARTS_NOT_PARTIAL,
    PERIOD_MISSING,
    PERIOD_UNSTATED,
    PERIOD_ON_OPEN,
    PERIOD_INVALID,
    PERIOD_ALREADY_ENDED,
    PERIOD_OVER_30_YEARS,
    PERIOD_UNCAPPED,
    PERIOD_REVIEW_MISSING,
    PERIOD_REVIEW_PAST,
    PERIOD_BASIS_MISSING,
    PERIOD_SET_BY_PIMPINAN,
    PERIOD_AS_WRITTEN_MISMATCH,
    TEST_AFTER_EXEMPTION,
    SHEET_BADAN_PUBLIK_MISSING,
    SHEET_DATE_MISSING,
    SHEET_PLACE_MISSING,
    SHEET_NUMBER_MISSING,
    SHEET_NO_ROWS,
    SHEET_REQUEST_NUMBER_MISSING,
    SHEET_DISPUTE_ORDER_MISSING,
    PARTICIPANTS_MISSING,
    PARTICIPANTS_INCOMPLETE,
    PARTICIPANTS_NO_PPID,
    APPROVAL_MISSING,
    APPROVAL_ROLE,
    APPROVAL_UNNAMED,
    APPROVAL_BEFORE_TEST,
    PENETAPAN_PPID_MISSING,
    PENETAPAN_BADAN_PUBLIK_MISSING,
    PENETAPAN_UNIT_MISSING,
    PENETAPAN_PLACE_MISSING,
    PENETAPAN_DATE_MISSING,
    PENETAPAN_NUMBER_MISSING,
    PENETAPAN_UNSIGNED,
    PENETAPAN_NO_SHEETS,
    PENETAPAN_NOTHING_EXEMPT,
    PENETAPAN_BEFORE_TEST,
    PENETAPAN_BADAN_PUBLIK_MISMATCH,
    PENETAPAN_REVOKED_INSTRUMENT,
    PENETAPAN_MENGINGAT_UNREADABLE,
    PENETAPAN_MENGINGAT_INCOMPLETE,
)
