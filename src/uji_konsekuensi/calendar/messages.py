"""What the calendar says when it refuses an input, keyed by what went wrong: the area's catalog.

A refused input is a `Problem` (errors.py): what is wrong, the value, and what was expected, in
Bahasa Indonesia first and in English. Each is a `Message` (`uji_konsekuensi.i18n`) keyed by a
stable code (``waktu.*`` for a "Waktu" text of an SOP that cannot be read); what the input
should have been is the same code's ``expected`` variant (named with ``_EXPECTED``), or, where
any Waktu would do, `WAKTU_EXAMPLES`. Both languages name the same values (checked when this
module is imported); tests/test_messages_calendar.py holds waktu.py to taking every word of a
refusal from here.
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

#: Every message above: code -> variant -> `Message` ("" for what is wrong, "expected" for
#: what was expected).
MESSAGES = message_catalog(globals())
