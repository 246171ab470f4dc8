"""What the calendar says when it refuses an input, keyed by what went wrong: the area's catalog.

A refused input is a `Problem` (errors.py): what is wrong, the value, and what was expected, in
Bahasa Indonesia first and in English. Each is a `Message` (`uji_konsekuensi.i18n`) keyed by a
stable code: ``waktu.*`` for a "Waktu" text of an SOP that cannot be read, ``calendar.*`` for a
date or count the working calendar cannot use, ``deadline.*`` for the statutory deadlines,
``settings.*`` for the settings of a calendar (calendar_settings.py). What
the input should have been is the same code's ``expected`` variant (named with ``_EXPECTED``),
or, where any Waktu would do, `WAKTU_EXAMPLES`. Both languages name the same values (checked
when this module is imported); tests/test_messages_calendar.py holds waktu.py, working.py,
_years.py, deadlines.py, errors.py and calendar_settings.py to taking every word of a refusal
from here.

Beside the refusals, why a day is not a working day (``day_kind.*``: a `DayKind` in words;
``source.*``: the decree or data a skipped day comes from, `NonWorkingDay.source` and
``source_en``), which days.py, _holidays.py and _years.py take from here. A decree is cited by
its Indonesian name in both languages ("Keppres tentang Hari-hari Libur", "SKB 3 Menteri",
"Perpres 21/2023 Pasal 3"): that is how the instrument is found and cited, and an English
rendering would be a title no register holds; only the words around it are translated. The
holiday names themselves come from the `holidays` data in each language (`_holidays`).
"""

from __future__ import annotations

from ..i18n import Message, message_catalog

#: What a Waktu may say, for a refusal of a text that is no Waktu at all.
WAKTU_EXAMPLES = Message(code="waktu.examples", id="mis. {examples}", en="e.g. {examples}")

WAKTU_NOT_TEXT = Message(
    code="waktu.not_text", id="waktu harus berupa teks", en="a waktu must be text"
)
WAKTU_EMPTY = Message(code="waktu.empty", id="waktu kosong", en="empty time")
WAKTU_UNKNOWN = Message(code="waktu.unknown", id="waktu tidak dikenal", en="unknown time")
WAKTU_UNIT_UNKNOWN = Message(
    code="waktu.unit_unknown",
    id="satuan waktu tidak dikenal (HK, hari kerja, hari kalender, bulan, jam, menit)",
    en="unknown unit of time (HK, hari kerja, hari kalender, bulan, jam, menit)",
)
WAKTU_TAIL_UNKNOWN = Message(
    code="waktu.tail_unknown",
    id="kata setelah lama waktu tidak dikenal: {words!r}",
    en="unknown words after the duration: {words!r}",
)
WAKTU_TAIL_UNKNOWN_EXPECTED = Message(
    code="waktu.tail_unknown",
    variant="expected",
    id='tidak ada, "pada jam kerja", atau "setelah <nama langkah>"',
    en='nothing, "pada jam kerja", or "setelah <nama langkah>"',
)
WAKTU_AMOUNT_RANGE = Message(
    code="waktu.amount_range",
    id="lama waktu harus 1 sampai {most}",
    en="the duration must be 1 to {most}",
)
WAKTU_AMOUNT_RANGE_EXPECTED = Message(
    code="waktu.amount_range",
    variant="expected",
    id="jumlah satuan yang positif",
    en="a positive number of units",
)

# --- the number of a Waktu: digits, words, or both ("10 (sepuluh)") -------------------------
WAKTU_NUMBER_TOO_LONG = Message(
    code="waktu.number_too_long",
    id="bilangan terlalu panjang ({digits} angka)",
    en="number too long ({digits} digits)",
)
WAKTU_NUMBER_TOO_LONG_EXPECTED = Message(
    code="waktu.number_too_long",
    variant="expected",
    id="paling banyak {most} angka, mis. 10 (sepuluh) hari kerja",
    en="at most {most} digits, e.g. 10 (sepuluh) hari kerja",
)
WAKTU_BRACKETS_NOT_NUMBER = Message(
    code="waktu.brackets_not_number",
    id="teks dalam kurung bukan bilangan: {words!r}",
    en="the text in brackets is not a number: {words!r}",
)
WAKTU_BRACKETS_NOT_NUMBER_EXPECTED = Message(
    code="waktu.brackets_not_number",
    variant="expected",
    id="angka diikuti bilangan yang sama dalam kata, mis. 10 (sepuluh)",
    en="digits followed by the same number in words, e.g. 10 (sepuluh)",
)
WAKTU_DIGITS_DISAGREE = Message(
    code="waktu.digits_disagree",
    id="angka {digits} tidak sama dengan kata {words!r} ({said})",
    en="the digits {digits} disagree with the words {words!r} ({said})",
)
WAKTU_DIGITS_DISAGREE_EXPECTED = Message(
    code="waktu.digits_disagree",
    variant="expected",
    id="bilangan yang sama dalam angka dan kata",
    en="the same number in digits and in words",
)
WAKTU_WORDS_UNREADABLE = Message(
    code="waktu.words_unreadable",
    id="bilangan tidak dapat dibaca: {words!r}",
    en="cannot read the number {words!r}",
)
WAKTU_WORDS_UNREADABLE_EXPECTED = Message(
    code="waktu.words_unreadable",
    variant="expected",
    id="satu sampai seratus, atau angka",
    en="satu to seratus, or digits",
)
# Words first, digits after ("sepuluh (10)"): the same check, said the other way round.
WAKTU_WORDS_DISAGREE = Message(
    code="waktu.words_disagree",
    id="kata {words!r} ({said}) tidak sama dengan angka {digits}",
    en="the words {words!r} ({said}) disagree with the digits {digits}",
)
WAKTU_WORDS_DISAGREE_EXPECTED = Message(
    code="waktu.words_disagree",
    variant="expected",
    id="bilangan yang sama dalam kata dan angka",
    en="the same number in words and in digits",
)

# --- counting a Waktu (Waktu.due) ------------------------------------------------------------
WAKTU_CLOCK_NEEDS_MOMENT = Message(
    code="waktu.clock_needs_moment",
    id="waktu {waktu!r} dihitung dalam jam/menit: perlu waktu mulai lengkap, bukan tanggal saja",
    en="time {waktu!r} counts hours/minutes: it needs a start timestamp, not a date",
)
WAKTU_CLOCK_NEEDS_MOMENT_EXPECTED = Message(
    code="waktu.clock_needs_moment",
    variant="expected",
    id="waktu dengan zona, mis. 2025-03-17T09:15:00+07:00",
    en="an aware datetime, e.g. 2025-03-17T09:15:00+07:00",
)

# --- the working calendar (working.py, _years.py, errors.py) ---------------------------------
CALENDAR_COUNT_NOT_INTEGER = Message(
    code="calendar.count_not_integer",
    id="jumlah hari kerja harus bilangan bulat",
    en="the number of working days must be an integer",
)
CALENDAR_COUNT_NOT_INTEGER_EXPECTED = Message(
    code="calendar.count_not_integer",
    variant="expected",
    id="bilangan bulat (negatif menghitung mundur)",
    en="an integer (negative counts back)",
)
CALENDAR_NAIVE_MOMENT = Message(
    code="calendar.naive_moment",
    id="waktu tanpa zona waktu (UTC offset) tidak dapat dihitung",
    en="a timestamp without a time zone (UTC offset) cannot be counted",
)
CALENDAR_NAIVE_MOMENT_EXPECTED = Message(
    code="calendar.naive_moment",
    variant="expected",
    id="waktu dengan zona, mis. 2025-03-17T06:30:00+08:00, atau tanggal",
    en="an aware datetime, e.g. 2025-03-17T06:30:00+08:00, or a date",
)
CALENDAR_NOT_A_DATE = Message(
    code="calendar.not_a_date", id="bukan tanggal atau waktu", en="not a date or a timestamp"
)
CALENDAR_NOT_A_DATE_EXPECTED = Message(
    code="calendar.not_a_date",
    variant="expected",
    id="datetime.date atau datetime.datetime dengan zona",
    en="a datetime.date or an aware datetime.datetime",
)
CALENDAR_OFFICE_HOURS_NEED_MOMENT = Message(
    code="calendar.office_hours_need_moment",
    id="jam kerja hanya dapat diperiksa untuk waktu lengkap",
    en="office hours can only be checked for a timestamp",
)
CALENDAR_OFFICE_HOURS_NEED_MOMENT_EXPECTED = Message(
    code="calendar.office_hours_need_moment",
    variant="expected",
    id="waktu dengan zona, mis. 2025-03-17T08:00:00+07:00",
    en="an aware datetime, e.g. 2025-03-17T08:00:00+07:00",
)
CALENDAR_TIMEZONE_CONTRADICTS = Message(
    code="calendar.timezone_contradicts",
    id="--timezone bertentangan dengan zona waktu instansi ({zone})",
    en="--timezone contradicts the agency's time zone ({zone})",
)
CALENDAR_BEYOND = Message(
    code="calendar.beyond",
    id="tahun di luar jangkauan data hari libur",
    en="year outside the holiday data",
)
CALENDAR_BEYOND_EXPECTED = Message(
    code="calendar.beyond",
    variant="expected",
    id="tanggal dalam tahun {first}-{last}",
    en="a date in {first}-{last}",
)
# The same refusal told about the input it came from (`BeyondCalendarError.naming`): a date
# computed from it, or the one `about` named ("tenggat ..."), in each language its own words.
# ``first``-``last``: the years the calendar covers, given by the caller from their one
# definition (`limits.FIRST_YEAR`, `limits.LAST_YEAR`, as `_holidays` reads them), never written
# here: a change of range changes every message that names it.
CALENDAR_BEYOND_COMPUTED = Message(
    code="calendar.beyond",
    variant="computed",
    id="tanggal yang dihitung darinya jatuh pada tahun {year}, di luar tahun kalender kerja "
    "({first}-{last})",
    en="a date computed from it falls in {year}, beyond the calendar's years ({first}-{last})",
)
CALENDAR_BEYOND_COMPUTED_EVENT = Message(
    code="calendar.beyond",
    variant="computed_event",
    id="{event}, yang dihitung darinya, jatuh pada tahun {year}, di luar tahun kalender kerja "
    "({first}-{last})",
    en="{event}, computed from it, falls in {year}, beyond the calendar's years ({first}-{last})",
)
CALENDAR_BEYOND_COMPUTED_EXPECTED = Message(
    code="calendar.beyond",
    variant="computed_expected",
    id="tanggal yang hasil hitungnya tetap dalam tahun {first}-{last}",
    en="a date whose computed dates stay within {first}-{last}",
)

# --- why a day is not worked (days.py, _holidays.py, _years.py) -------------------------------
DAY_KIND_WEEKEND = Message(code="day_kind.weekend", id="akhir pekan", en="weekend")
DAY_KIND_LIBUR_NASIONAL = Message(
    code="day_kind.libur_nasional", id="libur nasional", en="national holiday"
)
DAY_KIND_CUTI_BERSAMA = Message(
    code="day_kind.cuti_bersama", id="cuti bersama", en="collective leave (cuti bersama)"
)
DAY_KIND_AGENCY_DECREE = Message(
    code="day_kind.agency_decree", id="keputusan instansi", en="agency decree"
)
# The national days off: which `holidays` data gave them (``data``: SOURCE_DATA) and the decrees
# it transcribes. Past the last year with a decreed SKB the dates are the package's reckoning,
# and the source says so instead of naming a decree not issued yet.
SOURCE_DATA = Message(
    code="source.data",
    id="data: holidays {version}, kategori {category}",
    en="data: holidays {version}, category {category}",
)
SOURCE_ESTIMATED = Message(
    code="source.estimated",
    id=(
        "perkiraan: SKB 3 Menteri tahun {year} belum terbit; tanggal dihitung menurut kaidah "
        "penanggalan ({data})"
    ),
    en=(
        "estimate: the SKB 3 Menteri for {year} is not issued yet; the dates are reckoned by the "
        "calendar's rules ({data})"
    ),
)
SOURCE_PUBLIC = Message(
    code="source.public",
    id="Keppres tentang Hari-hari Libur dan SKB 3 Menteri tahun {year} ({data})",
    en="Keppres tentang Hari-hari Libur and SKB 3 Menteri of {year} ({data})",
)
SOURCE_GOVERNMENT = Message(
    code="source.government",
    id="SKB 3 Menteri dan Keppres cuti bersama ASN tahun {year}, PP 11/2017 Pasal 333 ({data})",
    en=(
        "SKB 3 Menteri and Keppres on cuti bersama for ASN of {year}, PP 11/2017 Pasal 333 ({data})"
    ),
)
# A day outside the working week: the national week (Perpres 21/2023 Pasal 3 ayat (1)-(2):
# five days, Monday to Friday) or a unit's own (Pasal 7: units serving the public directly).
SOURCE_WEEKEND = Message(
    code="source.weekend",
    id="Perpres 21/2023 Pasal 3 (hari kerja Senin-Jumat)",
    en="Perpres 21/2023 Pasal 3 (working days Monday to Friday)",
)
SOURCE_WEEKEND_AGENCY = Message(
    code="source.weekend",
    variant="agency",
    id="pekan kerja instansi (Perpres 21/2023 Pasal 7)",
    en="the agency's working week (Perpres 21/2023 Pasal 7)",
)

# --- what an explanation of a due date says (explain.py) -------------------------------------
# "10 hari kerja sejak Selasa, 25 Maret 2025: Kamis, 17 April 2025", with the direction and the
# mark of a provisional result as values (their own messages below).
EXPLAIN_SUMMARY = Message(
    code="explain.summary",
    id="{count} hari kerja {direction} {start}: {due}{provisional}",
    en="{count} working day(s) {direction} {start}: {due}{provisional}",
)
EXPLAIN_SUMMARY_AFTER = Message(code="explain.summary", variant="after", id="sejak", en="after")
EXPLAIN_SUMMARY_BEFORE = Message(
    code="explain.summary", variant="before", id="sebelum", en="before"
)
EXPLAIN_SUMMARY_PROVISIONAL = Message(
    code="explain.summary", variant="provisional", id=" (sementara)", en=" (provisional)"
)
# The day of receipt is day 0 even when it is no working day (UU 14/2008 Pasal 22 ayat (7)
# counts the hari kerja after it; docs/calendar.md).
EXPLAIN_START_NOT_WORKING = Message(
    code="explain.start_not_working",
    id=(
        "{start} bukan hari kerja: tetap dihitung sebagai hari ke-0 (hari diterimanya), hari "
        "kerja ke-1 adalah hari kerja berikutnya."
    ),
    en=(
        "{start} is not a working day: it is still day 0 (the day of receipt); working day 1 is "
        "the next working day."
    ),
)
EXPLAIN_CUTI_BERSAMA_UNDECREED = Message(
    code="explain.cuti_bersama_undecreed",
    id=(
        "Cuti bersama tahun {years} belum ditetapkan (data SKB 3 Menteri tersedia sampai "
        "{decreed_through}); tanggal ini dihitung tanpa cuti bersama tahun itu dan dapat "
        "bergeser lebih lambat setelah SKB terbit."
    ),
    en=(
        "Cuti bersama for {years} are not decreed yet (SKB 3 Menteri data up to "
        "{decreed_through}); this date counts no cuti bersama in that year and may move later "
        "once the SKB is issued."
    ),
)
EXPLAIN_ESTIMATED = Message(
    code="explain.estimated",
    id="Tanggal hari libur berikut masih perkiraan dan dapat bergeser: {listed}.",
    en="These holiday dates are still estimates and may move: {listed}.",
)

# --- statutory deadlines (deadlines.py) -------------------------------------------------------
DEADLINE_UNKNOWN = Message(
    code="deadline.unknown", id="tenggat tidak dikenal", en="unknown deadline"
)
DEADLINE_UNKNOWN_EXPECTED = Message(
    code="deadline.unknown",
    variant="expected",
    id="salah satu dari: {known}",
    en="one of: {known}",
)
# Which date left the calendar, for `BeyondCalendarError.about`: a deadline of the timeline.
DEADLINE_BEYOND = Message(
    code="deadline.beyond",
    id="tenggat “{name}” ({basis})",
    en="the deadline “{name}” ({basis})",
)
DEADLINE_COMPLETED_BEFORE_RECEIVED = Message(
    code="deadline.completed_before_received",
    id="tanggal lengkap sebelum tanggal diterima",
    en="completeness date before the date of receipt",
)
DEADLINE_COMPLETED_BEFORE_RECEIVED_EXPECTED = Message(
    code="deadline.completed_before_received",
    variant="expected",
    id="tanggal pada atau setelah {received}",
    en="a date on or after {received}",
)

# --- the settings of a calendar (calendar_settings.py) ----------------------------------------
SETTINGS_TIMEZONE_UNKNOWN = Message(
    code="settings.timezone_unknown", id="zona waktu tidak dikenal", en="unknown time zone"
)
SETTINGS_TIMEZONE_UNKNOWN_EXPECTED = Message(
    code="settings.timezone_unknown",
    variant="expected",
    id="zona IANA: Asia/Jakarta atau Asia/Pontianak (WIB), Asia/Makassar (WITA), "
    "Asia/Jayapura (WIT)",
    en="an IANA zone: Asia/Jakarta or Asia/Pontianak (WIB), Asia/Makassar (WITA), "
    "Asia/Jayapura (WIT)",
)
SETTINGS_TIME_INVALID = Message(code="settings.time_invalid", id="jam tidak sah", en="invalid time")
SETTINGS_TIME_INVALID_EXPECTED = Message(
    code="settings.time_invalid",
    variant="expected",
    id="HH:MM, mis. 07:30",
    en="HH:MM, e.g. 07:30",
)
SETTINGS_MINUTES_INVALID = Message(
    code="settings.minutes_invalid",
    id="jumlah menit tidak sah",
    en="invalid number of minutes",
)
SETTINGS_MINUTES_INVALID_EXPECTED = Message(
    code="settings.minutes_invalid",
    variant="expected",
    id="bilangan bulat menit, 0 sampai {most}",
    en="an integer number of minutes, 0 to {most}",
)
SETTINGS_TEXT_REQUIRED = Message(
    code="settings.text_required", id="teks wajib diisi", en="text required"
)
SETTINGS_TEXT_REQUIRED_EXPECTED = Message(
    code="settings.text_required",
    variant="expected",
    id="teks yang tidak kosong (nama atau keputusan asalnya)",
    en="a non-empty text (a name or the decree it comes from)",
)
SETTINGS_DATE_INVALID = Message(
    code="settings.date_invalid", id="tanggal tidak sah", en="invalid date"
)
SETTINGS_DATE_INVALID_EXPECTED = Message(
    code="settings.date_invalid", variant="expected", id="tanggal", en="a date"
)
SETTINGS_RAMADAN_END = Message(
    code="settings.ramadan_end",
    id="akhir Ramadan tidak sesuai dengan awalnya",
    en="Ramadan end does not fit its start",
)
SETTINGS_RAMADAN_END_EXPECTED = Message(
    code="settings.ramadan_end",
    variant="expected",
    id="tanggal 0 sampai 30 hari setelah awal {start}",
    en="a date 0 to 30 days after start {start}",
)
SETTINGS_DAY_KIND_INVALID = Message(
    code="settings.day_kind_invalid",
    id="jenis hari libur tidak sah",
    en="invalid kind of day off",
)
SETTINGS_DAY_KIND_INVALID_EXPECTED = Message(
    code="settings.day_kind_invalid",
    variant="expected",
    id="agency_decree, cuti_bersama atau libur_nasional (akhir pekan dari working_week)",
    en="agency_decree, cuti_bersama or libur_nasional (weekends come from working_week)",
)
SETTINGS_WEEK_INVALID = Message(
    code="settings.week_invalid", id="pekan kerja tidak sah", en="invalid working week"
)
SETTINGS_WEEK_INVALID_EXPECTED = Message(
    code="settings.week_invalid",
    variant="expected",
    id="hari ISO yang berbeda, 1 (Senin) sampai 7 (Minggu), mis. [1, 2, 3, 4, 5]",
    en="distinct ISO weekdays 1 (Monday) to 7 (Sunday), e.g. [1, 2, 3, 4, 5]",
)
SETTINGS_WEEK_NO_BASIS = Message(
    code="settings.week_no_basis",
    id="pekan kerja tanpa hari {missing} menyimpang dari Perpres 21/2023 Pasal 3 (Senin-Jumat) "
    "tanpa dasar (working_week_basis)",
    en="a working week without {missing} departs from Perpres 21/2023 Pasal 3 "
    "(Monday-Friday) without a basis (working_week_basis)",
)
SETTINGS_WEEK_NO_BASIS_EXPECTED = Message(
    code="settings.week_no_basis",
    variant="expected",
    id="working_week_basis: keputusan yang menetapkan hari kerja lain bagi unit pelayanan "
    '(Perpres 21/2023 Pasal 7), mis. "Keputusan Bupati ... No. ..."',
    en="working_week_basis: the decree that sets the service unit's other working days "
    '(Perpres 21/2023 Pasal 7), e.g. "Keputusan Bupati ... No. ..."',
)
SETTINGS_CATEGORIES_INVALID = Message(
    code="settings.categories_invalid",
    id="kategori hari libur tidak sah",
    en="invalid holiday categories",
)
SETTINGS_CATEGORIES_INVALID_EXPECTED = Message(
    code="settings.categories_invalid",
    variant="expected",
    id='nilai berbeda dari "public" (libur nasional) dan "government" (cuti bersama)',
    en='distinct values among "public" (libur nasional) and "government" (cuti bersama)',
)
SETTINGS_YEAR_INVALID = Message(
    code="settings.year_invalid", id="tahun tidak sah", en="invalid year"
)
SETTINGS_YEAR_INVALID_EXPECTED = Message(
    code="settings.year_invalid", variant="expected", id="tahun atau null", en="a year or null"
)
SETTINGS_DATE_BOTH = Message(
    code="settings.date_both",
    id="tanggal ini juga ada di extra_days_off",
    en="this date is also in extra_days_off",
)
SETTINGS_DATE_BOTH_EXPECTED = Message(
    code="settings.date_both",
    variant="expected",
    id="tanggal yang ditetapkan hari libur atau hari kerja, bukan keduanya",
    en="a date decreed either a day off or a working day, not both",
)

#: Every message above: code -> variant -> `Message` ("" for what is wrong, "expected" for
#: what was expected).
MESSAGES = message_catalog(globals())
