"""Compliant cases built from an agency's SOP and declarations alone (the checker's property test).

The checker reads an SOP compiled (uji_konsekuensi.case.compiled_sop: roles of each step,
documents required and produced, the approvers). A property test whose cases were generated
from that same compiled SOP would agree with the checker even where it is wrong. This generator
reads the SOP as a person does: the steps in their flow (``next``, ``yes``, ``no``), the lanes'
roles, the waktu, the documents the plugin declares for each step (``required_by_steps``,
``produced_by_steps``), the Pimpinan as approver (PP 61/2010 Pasal 3 ayat (2)), and the
statutory 10 hari kerja for the notice (UU 14/2008 Pasal 22 ayat (7)). It imports nothing from
the checker.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from uji_konsekuensi.agency import Agency
from uji_konsekuensi.sop import SOP

NAMES = ("Siti Aminah", "Budi Santoso", "Dewi Puspitasari", "Agus Salim", "Rina Wulandari")
ITEMS = (
    ("Resume medis pegawai", "h.2", "Pasal 17 huruf h angka 2 UU 14/2008"),
    ("Laporan asesmen kompetensi perorangan pejabat", "h.4", "Pasal 17 huruf h angka 4 UU 14/2008"),
    ("Daftar rekening bank setiap pegawai", "h.3", "Pasal 17 huruf h angka 3 UU 14/2008"),
)
OPENING = (
    "Bila dibuka, data pribadi pegawai diketahui umum sehingga pegawai dapat distigma, "
    "didiskriminasi dan dirugikan secara nyata dalam pekerjaannya."
)
CLOSING = (
    "Rekapitulasi tanpa nama tetap diumumkan sehingga pengawasan publik terpenuhi; "
    "perlindungan pribadi pegawai adalah kepentingan yang lebih besar."
)


def _at(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _opening(agency: Agency, day: dt.date, minutes: int) -> dt.datetime:
    hours = agency.calendar.office_hours_on(day)
    assert hours is not None
    return hours.opens + dt.timedelta(minutes=minutes)


def case_data(agency: Agency, sop: SOP, start: dt.date, seed: int) -> dict[str, Any]:
    """The JSON of a case that follows ``sop`` from ``start`` and complies with it and the law."""
    rng = random.Random(seed)
    calendar = agency.calendar
    roles = {lane.id: lane.role for lane in sop.lanes}
    steps = {s.number: s for s in sop.steps}
    is_request = (sop.trigger or agency.trigger) == "request"
    day = calendar.next_working_day(start, inclusive=True)
    documents: list[dict[str, Any]] = []
    made: dict[str, str] = {}

    def document(kind: str, on: dt.date) -> str:
        doc_id = f"d{len(documents) + 1}"
        documents.append({"id": doc_id, "kind": kind, "title": f"Dokumen {kind}", "date": str(on)})
        made[kind] = doc_id
        return doc_id

    received = _opening(agency, day, 30)
    clock = received
    events: list[dict[str, Any]] = []
    step: int | None = min(steps)
    visits: dict[int, int] = {}
    while step is not None and visits.get(step, 0) < 2:
        visits[step] = visits.get(step, 0) + 1
        s = steps[step]
        role = roles[s.actors[0]] if s.actors else None
        actor = {"name": rng.choice(NAMES), "role": (role.value if role else "ppid")}
        # One Atasan PPID, who is never one of the PPIDs (his superior hears the objection
        # against him: UU 14/2008 Pasal 35-36); the draw above keeps the seed's other names.
        if actor["role"] == "atasan-ppid":
            actor["name"] = NAMES[3]
        elif actor["role"] in ("ppid", "ppid-pelaksana") and actor["name"] == NAMES[3]:
            actor["name"] = NAMES[4]
        today = calendar.local_date(clock)
        begin = max(clock + dt.timedelta(minutes=15), _opening(agency, today, 30))
        hours = calendar.office_hours_on(today)
        if hours is None or begin >= hours.closes - dt.timedelta(minutes=90):
            today = calendar.next_working_day(today)
            begin = _opening(agency, today, 30)
        inputs = [
            made.get(k.code) or document(k.code, today)
            for k in agency.documents
            if step in k.required_by_steps
        ]
        events.append(
            {
                "kind": "step_started",
                "step": step,
                "at": _at(begin),
                "actor": actor,
                "inputs": inputs,
            }
        )
        waktu = s.waktu
        span = 0
        if waktu is not None and waktu.kind == "working_days" and waktu.amount:
            span = rng.randint(0, waktu.amount - 1)
        end_day = calendar.add_working_days(today, span) if span else today
        end = max(begin + dt.timedelta(minutes=45), _opening(agency, end_day, 75))
        branch = None
        if s.is_decision:
            forward = s.yes is not None and (s.yes.to is None or s.yes.to > step)
            branch = "yes" if forward or s.no is None else "no"
            chosen = s.yes if branch == "yes" else s.no
            following = chosen.to if chosen is not None else None
        else:
            following = s.next
        outputs = []
        if branch in (None, "yes"):
            outputs = [
                document(k.code, end_day) for k in agency.documents if step in k.produced_by_steps
            ]
        completed: dict[str, Any] = {
            "kind": "step_completed",
            "step": step,
            "at": _at(end),
            "actor": actor,
            "outputs": outputs,
        }
        if branch is not None:
            completed["branch"] = branch
        events.append(completed)
        clock = end
        step = following

    item, ground, written = ITEMS[seed % len(ITEMS)]
    sheet = {
        "number": f"LPK/{day}",
        "badan_publik": agency.name,
        "place": "Ruang rapat",
        "date": str(day),
        "stage": "on_request" if is_request else "before_request",
        "rows": [
            {
                "information": item,
                "outcome": "closed",
                "documents": [{"title": f"Berkas {item.lower()}"}],
                "holder": "Sekretariat",
                "grounds": [{"ground": ground, "as_written": written}],
                "consequence_of_opening": OPENING,
                "consideration_of_closing": CLOSING,
                "period": {"kind": "years", "years": 5},
            }
        ],
        "participants": [
            {"name": NAMES[0], "position": "PPID", "unit": "Sekretariat", "role": "ppid"}
        ],
        "approval": {"role": "pimpinan", "name": NAMES[3], "date": str(day)},
    }
    ppid = {"name": NAMES[0], "role": "ppid"}
    last = clock + dt.timedelta(minutes=10)
    data: dict[str, Any] = {
        "format": 1,
        "id": f"{agency.code}-{start}-{seed}",
        "agency": agency.code,
        "sop": sop.number,
        "tests": [],
        "penetapan": None,
    }
    number = f"{seed}/PPID/{start.year}"

    def penetapan(on: dt.date) -> dict[str, Any]:
        """The Penetapan of the test's result (PERKI 1/2021 Lampiran III), dated ``on``."""
        return {
            "number": number,
            "badan_publik": agency.name,
            "unit": "Sekretariat",
            "ppid": ppid,
            "place": "Kantor",
            "date": str(on),
            "menimbang": ["bahwa Informasi Publik yang dikecualikan bersifat ketat dan terbatas"],
            "mengingat": [
                "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang "
                "Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            ],
            "signature": {"role": "ppid", "name": NAMES[0], "date": str(on), "place": "Kantor"},
            "sheets": [sheet],
        }

    if is_request:
        registration = f"{seed}/PPID/{start.year}"
        sheet["request_number"] = registration
        data["trigger"] = {
            "kind": "request",
            "received_at": _at(received),
            "registration_number": registration,
            "requester": {"name": "Ahmad Fauzi", "address": "Jl. Merdeka No. 1"},
            "information": item,
        }
        data["tests"] = [sheet]
        # UU 14/2008 Pasal 22 ayat (7): the written notice within 10 hari kerja of receipt.
        due = calendar.add_working_days(calendar.local_date(received), 10)
        notice_at = last if calendar.local_date(last) <= due else _opening(agency, due, 60)
        letter_id = f"d{len(documents) + 1}"
        documents.append(
            {
                "id": letter_id,
                "kind": "surat-keputusan-penolakan",
                "title": "Surat Keputusan PPID tentang Penolakan Permintaan Informasi",
                "date": str(calendar.local_date(notice_at)),
                "refusal": {
                    "registration_number": registration,
                    "requester_name": "Ahmad Fauzi",
                    "requester_address": "Jl. Merdeka No. 1",
                    "information": item,
                    "grounds": [written],
                    "consequence": OPENING,
                    "objection_days": 30,
                    "objection_to": "Atasan PPID",
                    "signed_by": ppid,
                    "penetapan": number,
                },
            }
        )
        declared = notice_at - dt.timedelta(minutes=5)
        # PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (4)-(5): the refusal rests on the
        # Penetapan of the test's result, made before it, declared with it, named in the letter.
        data["penetapan"] = penetapan(calendar.local_date(declared))
        pen_id = document("penetapan-klasifikasi", calendar.local_date(declared))
        documents[-1]["number"] = number
        tail = [
            {
                "kind": "exemption_declared",
                "at": _at(declared),
                "actor": ppid,
                "document": pen_id,
            },
            {
                "kind": "notice_sent",
                "at": _at(notice_at),
                "actor": ppid,
                "outcome": "refused",
                "document": letter_id,
            },
        ]
    else:
        data["trigger"] = {"kind": "periodic", "period": f"Pemutakhiran DIK {start.year}"}
        on = calendar.local_date(last)
        data["penetapan"] = penetapan(on)
        pen_id = document("penetapan-klasifikasi", on)
        documents[-1]["number"] = number
        tail = [{"kind": "exemption_declared", "at": _at(last), "actor": ppid, "document": pen_id}]
    for event in tail:
        moment = dt.datetime.fromisoformat(event["at"])
        index = len(events)
        while index and dt.datetime.fromisoformat(events[index - 1]["at"]) > moment:
            index -= 1
        events.insert(index, event)
    data["documents"] = documents
    data["events"] = events
    return data
