"""The statutory deadlines of a request for information, as cited data (docs/sources/law.md §6).

Each `Deadline` has a stable ``code``, its name in Indonesian and English, the amount and unit,
what it counts from (``anchor``), and the Pasal it rests on (``basis``). `request_timeline`
lays them out for one request, from the day it was received.

Two readings of the notice deadline, and which governs:

- UU 14/2008 Pasal 22 ayat (7) (and PERKI 1/2021 Pasal 34 for a refusal): 10 hari kerja "sejak
  diterimanya permintaan", counted from receipt;
- PERKI 1/2021 Pasal 31 ayat (3): 10 hari from the day the request is declared complete (after
  a check of up to 3 hari, Pasal 31 ayat (2)).

The statute governs: a regulation of the Komisi Informasi ranks below an Undang-Undang (UU
12/2011 Pasal 7-8, lex superior derogat legi inferiori) and cannot give the Badan Publik more
time than the statute does. `request_timeline` shows both when they differ and marks the
statute's date as the one that governs. "Hari" in PERKI 1/2021 is a working day (Pasal 1 angka
22); kasasi (UU 14/2008 Pasal 50) is the only limit in calendar days ("hari", not "hari kerja").
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from ..i18n import Language, Text, current_language
from . import messages as M
from .errors import BeyondCalendarError, CalendarError
from .working import WorkingCalendar

Unit = Literal["working_days", "calendar_days"]


@attrs.frozen(kw_only=True)
class Deadline:
    """One time limit of the law.

    ``amount`` is counted in ``unit`` from ``anchor`` (a short code; ``anchor_text`` says it in
    words); ``before`` is True for a limit counted back from its anchor ("at least 30 hari kerja
    before the exemption expires"). ``basis`` cites the Pasal; ``note`` says how we read it where
    the text leaves a choice.
    """

    code: str
    name: Text
    amount: int
    unit: Unit
    anchor: str
    anchor_text: Text
    basis: str
    before: bool = False
    note: Text | None = None

    def due(self, anchor: dt.date | dt.datetime, calendar: WorkingCalendar) -> dt.date:
        """The due date (or, for ``before``, the latest day to act) from the anchor's moment."""
        day = calendar.local_date(anchor, "anchor")
        sign = -1 if self.before else 1
        if self.unit == "working_days":
            return calendar.add_working_days(day, sign * self.amount)
        return day + dt.timedelta(days=sign * self.amount)

    def describe(self, lang: Language | None = None) -> str:
        """ "10 hari kerja sejak diterimanya permintaan" (English with "en")."""
        lang = lang or current_language()
        unit = {
            ("working_days", "id"): "hari kerja",
            ("working_days", "en"): "working days",
            ("calendar_days", "id"): "hari kalender",
            ("calendar_days", "en"): "calendar days",
        }[(self.unit, "en" if lang == "en" else "id")]
        if lang == "en":
            where = "before" if self.before else "from"
            return f"{self.amount} {unit} {where} {self.anchor_text.en}"
        where = "sebelum" if self.before else "sejak"
        return f"{self.amount} {unit} {where} {self.anchor_text.id}"


def _d(
    code: str,
    name_id: str,
    name_en: str,
    amount: int,
    anchor: str,
    anchor_id: str,
    anchor_en: str,
    basis: str,
    *,
    unit: Unit = "working_days",
    before: bool = False,
    note: Text | None = None,
) -> Deadline:
    return Deadline(
        code=code,
        name=Text(name_id, name_en),
        amount=amount,
        unit=unit,
        anchor=anchor,
        anchor_text=Text(anchor_id, anchor_en),
        basis=basis,
        before=before,
        note=note,
    )


#: Every statutory deadline, in the order a request meets them.
STATUTORY_DEADLINES: tuple[Deadline, ...] = (
    _d(
        "completeness_check",
        "Pemeriksaan kelengkapan permintaan",
        "Check that the request is complete",
        3,
        "request_registered",
        "permintaan dicatat dalam buku register",
        "the request is entered in the register",
        "PERKI 1/2021 Pasal 31 ayat (2)",
        note=Text(
            "Permintaan dicatat dan diberi nomor pendaftaran saat diterima (UU 14/2008 Pasal 22 "
            "ayat (4)); register = hari diterimanya.",
            "A request is registered and numbered when received (UU 14/2008 Pasal 22(4)); "
            "registration = day of receipt.",
        ),
    ),
    _d(
        "completeness_repair",
        "Perbaikan permintaan yang tidak lengkap oleh pemohon",
        "Requester completes an incomplete request",
        3,
        "incomplete_notice_received",
        "pemohon menerima surat keterangan permintaan tidak lengkap",
        "the requester receives the notice that the request is incomplete",
        "PERKI 1/2021 Pasal 33 ayat (3)-(4)",
    ),
    _d(
        "notice",
        "Pemberitahuan tertulis atas permintaan",
        "Written notice on the request",
        10,
        "request_received",
        "diterimanya permintaan",
        "receipt of the request",
        "UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 34",
    ),
    _d(
        "notice_from_complete",
        "Pemberitahuan tertulis (dihitung sejak permintaan dinyatakan lengkap)",
        "Written notice (counted from the day the request is declared complete)",
        10,
        "request_complete",
        "permintaan dinyatakan lengkap",
        "the request is declared complete",
        "PERKI 1/2021 Pasal 31 ayat (3)",
        note=Text(
            "Tidak menentukan: UU 14/2008 Pasal 22 ayat (7) menghitung sejak diterimanya "
            "permintaan, dan undang-undang lebih tinggi dari Peraturan Komisi Informasi "
            "(UU 12/2011 Pasal 7-8).",
            "Not governing: UU 14/2008 Pasal 22(7) counts from receipt, and a statute outranks "
            "a Komisi Informasi regulation (UU 12/2011 Pasal 7-8).",
        ),
    ),
    _d(
        "extension",
        "Perpanjangan pemberitahuan tertulis (satu kali, dengan alasan tertulis)",
        "Extension of the written notice (once, with written reasons)",
        7,
        "notice_due",
        "berakhirnya batas waktu pemberitahuan tertulis",
        "the end of the written-notice period",
        "UU 14/2008 Pasal 22 ayat (8); PERKI 1/2021 Pasal 36",
    ),
    _d(
        "objection",
        "Pengajuan keberatan kepada atasan PPID",
        "Filing an objection with the PPID's superior",
        30,
        "objection_ground",
        "ditemukannya alasan keberatan",
        "the ground for objection arising",
        "UU 14/2008 Pasal 36 ayat (1)",
    ),
    _d(
        "objection_response",
        "Tanggapan tertulis atasan PPID atas keberatan",
        "Written response of the PPID's superior to the objection",
        30,
        "objection_received",
        "diterimanya keberatan secara tertulis (dicatat dalam register keberatan)",
        "written receipt of the objection (entered in the objection register)",
        "UU 14/2008 Pasal 36 ayat (2); PERKI 1/2021 Pasal 44 ayat (1)",
    ),
    _d(
        "dispute",
        "Pengajuan sengketa informasi ke Komisi Informasi",
        "Filing an information dispute with the Komisi Informasi",
        14,
        "objection_response_received",
        "diterimanya tanggapan tertulis atasan PPID (atau berakhirnya waktu tanggapan)",
        "receipt of the superior's written response (or the end of its response period)",
        "UU 14/2008 Pasal 37 ayat (2); PERKI 1/2013 Pasal 13",
    ),
    _d(
        "ki_start",
        "Komisi Informasi mulai mediasi dan/atau ajudikasi nonlitigasi",
        "Komisi Informasi starts mediation and/or non-litigation adjudication",
        14,
        "dispute_received",
        "diterimanya permohonan penyelesaian sengketa",
        "receipt of the dispute application",
        "UU 14/2008 Pasal 38 ayat (1)",
    ),
    _d(
        "ki_finish",
        "Penyelesaian sengketa oleh Komisi Informasi",
        "Komisi Informasi settles the dispute",
        100,
        "dispute_received",
        "diterimanya permohonan penyelesaian sengketa",
        "receipt of the dispute application",
        "UU 14/2008 Pasal 38 ayat (2)",
        note=Text(
            "Pasal 38 ayat (2) tidak menyebut titik awal; dihitung sejak permohonan diterima, "
            "bacaan yang paling awal.",
            "Pasal 38(2) names no starting point; counted from receipt of the application, the "
            "earliest reading.",
        ),
    ),
    _d(
        "mediation",
        "Mediasi sengketa informasi (dapat diperpanjang satu kali 7 hari kerja)",
        "Mediation of the dispute (extendable once by 7 working days)",
        14,
        "mediation_start",
        "dimulainya mediasi",
        "the start of mediation",
        "PERKI 1/2013 Pasal 41 ayat (1)",
    ),
    _d(
        "court",
        "Pengajuan gugatan ke pengadilan atas putusan ajudikasi Komisi Informasi",
        "Taking the Komisi Informasi adjudication to court",
        14,
        "ki_decision_received",
        "diterimanya putusan Komisi Informasi",
        "receipt of the Komisi Informasi decision",
        "UU 14/2008 Pasal 48 ayat (1)",
    ),
    _d(
        "kasasi",
        "Permohonan kasasi ke Mahkamah Agung",
        "Appeal in cassation to the Supreme Court",
        14,
        "court_decision_received",
        "diterimanya putusan PTUN atau Pengadilan Negeri",
        "receipt of the administrative or district court decision",
        "UU 14/2008 Pasal 50",
        unit="calendar_days",
        note=Text(
            'Pasal 50 menulis "14 (empat belas) hari", bukan hari kerja.',
            'Pasal 50 says "14 (empat belas) hari", not working days.',
        ),
    ),
    _d(
        "expiry_declaration",
        "Penetapan informasi yang dikecualikan yang habis jangka waktunya menjadi terbuka",
        "Declaring exempt information whose period ends to be public",
        30,
        "exemption_expiry",
        "berakhirnya jangka waktu pengecualian",
        "the end of the exemption period",
        "PP 61/2010 Pasal 11 ayat (2); PERKI 1/2021 Pasal 52 ayat (1)",
        before=True,
        note=Text(
            "Tanggal terakhir: hari kerja yang masih menyisakan 30 hari kerja sampai dengan hari "
            "berakhirnya jangka waktu.",
            "Latest date: the working day that still leaves 30 working days up to and including "
            "the day the period ends.",
        ),
    ),
)

_BY_CODE: dict[str, Deadline] = {d.code: d for d in STATUTORY_DEADLINES}


def get_deadline(code: str) -> Deadline:
    """The statutory deadline with this code; `CalendarError` listing the codes otherwise."""
    found = _BY_CODE.get(code)
    if found is None:
        said = M.DEADLINE_UNKNOWN()
        expected = M.DEADLINE_UNKNOWN_EXPECTED(known=", ".join(_BY_CODE))
        raise CalendarError.one(
            "tenggat undang-undang",
            "code",
            said.id,
            said.en,
            value=code,
            expected=expected.id,
            expected_en=expected.en,
        )
    return found


# --- the timeline of one request -----------------------------------------------------------


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One step of a request's timeline: the deadline, the day it counts from, and its due date.

    ``governs`` is False for a reading shown for comparison only; ``assumption`` says what we
    assumed about a day not known yet (e.g. "declared complete at the end of the check").
    """

    deadline: Deadline
    anchor_date: dt.date
    due: dt.date
    governs: bool = True
    assumption: Text | None = None

    @property
    def code(self) -> str:
        return self.deadline.code


@attrs.frozen(kw_only=True)
class RequestTimeline:
    """Every statutory deadline of one request, if each party uses all the time it has.

    From ``received``: the completeness check, the notice (both readings), its extension, and
    when the request is not answered: objection, the superior's response, the dispute at the
    Komisi Informasi, the KI's start and finish, and the court. Kasasi is left out: it counts
    from the court's decision, whose date no statute fixes.
    """

    received: dt.date
    completed: dt.date | None
    timezone: str
    entries: tuple[TimelineEntry, ...]
    provisional: bool
    notes: tuple[Text, ...] = ()

    def entry(self, code: str) -> TimelineEntry:
        for item in self.entries:
            if item.code == code:
                return item
        raise KeyError(code)


def request_timeline(
    received: dt.date | dt.datetime,
    calendar: WorkingCalendar,
    completed: dt.date | dt.datetime | None = None,
) -> RequestTimeline:
    """The whole timeline of a request from its receipt (and from its completeness date).

    ``received``: when the request was received (a date, or an aware timestamp counted on its
    date in the calendar's zone). ``completed``: when it was declared complete, if known; when
    not, PERKI 1/2021 Pasal 31(3) is shown assuming completeness at the end of the 3-day check.
    """
    start = calendar.local_date(received, "received")
    done = None if completed is None else calendar.local_date(completed, "completed")
    if done is not None and done < start:
        said = M.DEADLINE_COMPLETED_BEFORE_RECEIVED()
        expected = M.DEADLINE_COMPLETED_BEFORE_RECEIVED_EXPECTED(received=start.isoformat())
        raise CalendarError.one(
            "linimasa permohonan",
            "completed",
            said.id,
            said.en,
            value=done.isoformat(),
            expected=expected.id,
            expected_en=expected.en,
        )
    entries: list[TimelineEntry] = []

    def add(
        code: str,
        anchor: dt.date,
        *,
        governs: bool = True,
        assumption: Text | None = None,
    ) -> dt.date:
        deadline = _BY_CODE[code]
        try:
            due = deadline.due(anchor, calendar)
        except BeyondCalendarError as exc:
            # Received in late December 2100: say which statutory deadline left the calendar.
            raise exc.about(M.DEADLINE_BEYOND(name=deadline.name, basis=deadline.basis)) from None
        entries.append(
            TimelineEntry(
                deadline=deadline,
                anchor_date=anchor,
                due=due,
                governs=governs,
                assumption=assumption,
            )
        )
        return due

    check_due = add("completeness_check", start)
    if done is None:
        add(
            "completeness_repair",
            check_due,
            assumption=Text(
                "jika permintaan dinyatakan tidak lengkap pada hari terakhir pemeriksaan",
                "if the request is declared incomplete on the last day of the check",
            ),
        )
    notice_due = add("notice", start)
    if done is None:
        add(
            "notice_from_complete",
            check_due,
            governs=False,
            assumption=Text(
                "tanggal lengkap belum diketahui: dianggap dinyatakan lengkap pada hari "
                "terakhir pemeriksaan (PERKI 1/2021 Pasal 31 ayat (2))",
                "completeness date unknown: assumed declared complete on the last day of the "
                "check (PERKI 1/2021 Pasal 31(2))",
            ),
        )
    else:
        add("notice_from_complete", done, governs=False)
    extended = add("extension", notice_due)
    unanswered = Text(
        "jika permintaan tidak ditanggapi sampai batas perpanjangan (UU 14/2008 Pasal 35 ayat "
        "(1) huruf c); setiap pihak memakai seluruh waktunya",
        "if the request is not answered by the end of the extension (UU 14/2008 Pasal 35(1)(c)); "
        "each party uses all of its time",
    )
    objection_due = add("objection", extended, assumption=unanswered)
    response_due = add("objection_response", objection_due, assumption=unanswered)
    dispute_due = add("dispute", response_due, assumption=unanswered)
    add("ki_start", dispute_due, assumption=unanswered)
    ki_due = add("ki_finish", dispute_due, assumption=unanswered)
    add("court", ki_due, assumption=unanswered)

    last = max(e.due for e in entries)
    explanation = calendar.explain(start, calendar.working_days_between(start, last))
    notes = [
        Text(
            "Yang menentukan adalah pemberitahuan tertulis 10 hari kerja sejak diterimanya "
            "permintaan (UU 14/2008 Pasal 22 ayat (7)); bacaan PERKI 1/2021 Pasal 31 ayat (3) "
            "ditampilkan sebagai pembanding.",
            "The governing limit is the written notice 10 working days from receipt (UU 14/2008 "
            "Pasal 22(7)); the PERKI 1/2021 Pasal 31(3) reading is shown for comparison.",
        ),
        *explanation.notes,
    ]
    return RequestTimeline(
        received=start,
        completed=done,
        timezone=calendar.timezone,
        entries=tuple(entries),
        provisional=explanation.provisional,
        notes=tuple(notes),
    )
