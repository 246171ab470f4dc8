"""Synthetic case files for an agency's SOP: what a compliant case looks like, generated.

`sample_case_data(agency, sop, start, seed=..., rows=...)` writes the JSON of a case that runs the
SOP from ``start`` as an agency that follows it would: every step by an official in the role of
its lane, on working days in office hours of the agency's zone, within its waktu; each step
started with the documents its kelengkapan names and completed with its outputs; a consequence
test (Lembar, and for a periodic round its Penetapan) dated before the exemption it justifies;
for a request, the written notice within 10 hari kerja with a refusal letter carrying the
ground, the consequence and the 30-day objection notice.

Uses: a PHP or JavaScript developer sees the shape of a valid case for their agency; the test
suite checks, for any agency and start date, that such a case is found compliant (the checker
and the generator agree on what the SOP and the law ask); the benchmark checks 10,000 of them.
The result is deterministic for a given ``seed``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import Any

from ..agency import Agency
from ..calendar import WorkingCalendar, get_deadline
from ..limits import LAST_YEAR
from ..sop import SOP, ActorRole, Role
from .compiled_sop import CompiledSop, compile_sop
from .model import Case
from .references import disclosing_branch

__all__ = ["sample_case", "sample_case_data"]

_NAMES = (
    "Siti Aminah, S.Sos.",
    "Budi Santoso, S.H.",
    "Dewi Puspitasari, S.Kom.",
    "Agus Salim, S.E., M.M.",
    "Rina Wulandari, S.I.Kom.",
    "Yohanes Lawing, S.H., M.H.",
    "Nurhayati, S.AP.",
    "Hendra Gunawan, S.T.",
    "Maria Ulfah, M.AP.",
    "Fransiskus Xaverius Tamba, S.Psi.",
)
_REQUESTERS = ("Ahmad Fauzi", "Lembaga Kajian Kebijakan Publik", "Theresia Nainggolan")

#: Items agencies classify, with a real ground of Pasal 17 and texts that weigh the harm.
_ITEMS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Resume medis dan surat keterangan dokter pada usul cuti sakit pegawai",
        "h.2",
        "Pasal 17 huruf h angka 2 UU 14/2008",
        "Diagnosis, riwayat rawat inap dan pengobatan pegawai akan diketahui umum; pegawai "
        "dapat distigma, didiskriminasi dalam penempatan, dan enggan melaporkan kondisinya.",
        "Keputusan cuti dan jumlah harinya tetap terbuka, sehingga pengawasan terpenuhi tanpa "
        "membuka data kesehatan perorangan; perlindungan privasi lebih besar.",
    ),
    (
        "Laporan hasil asesmen kompetensi perorangan pejabat",
        "h.4",
        "Pasal 17 huruf h angka 4 UU 14/2008",
        "Skor dan catatan asesor tentang kelemahan tiap pejabat dapat mempermalukan mereka, "
        "dipakai menjatuhkan reputasi, dan membuat asesmen berikutnya tidak jujur.",
        "Metode asesmen dan jumlah pejabat yang memenuhi standar diumumkan; yang ditutup hanya "
        "penilaian perorangan, sehingga kepentingan pribadi pejabat lebih besar.",
    ),
    (
        "Daftar rekening bank dan potongan pinjaman setiap pegawai",
        "h.3",
        "Pasal 17 huruf h angka 3 UU 14/2008",
        "Nomor rekening dan utang pegawai dapat disalahgunakan untuk penipuan, pembobolan "
        "rekening, dan penagihan oleh pihak ketiga.",
        "Jumlah belanja pegawai per golongan tetap diumumkan; data keuangan perorangan ditutup "
        "karena kerugian bagi pegawai lebih besar daripada manfaatnya.",
    ),
    (
        "Telaahan staf tentang usulan pejabat yang akan dilantik sebelum keputusan ditetapkan",
        "i",
        "Pasal 17 huruf i UU 14/2008",
        "Calon yang namanya diusulkan dapat dilobi atau ditekan, pegawai lain mengajukan "
        "keberatan prematur, dan staf enggan menulis telaahan secara jujur.",
        "Ditutup hanya sampai keputusan ditetapkan; setelah itu keputusan pengangkatan terbuka, "
        "sehingga kebebasan merumuskan kebijakan terjaga tanpa menutup hasilnya.",
    ),
)


#: The last day a case file may name (`limits.LAST_YEAR`): a review or end date two years after
#: a start in 2099 is set to it, so that what ``sample`` writes, ``check`` reads.
_LAST_DAY = dt.date(LAST_YEAR, 12, 31)


#: The one Atasan PPID of a sample (also its Lembar's approver). No PPID of the sample bears his
#: name: the Atasan is the PPID's superior and hears the objection against him, so one person is
#: never both (case.power.own_superior).
_SUPERIOR = _NAMES[8]
_PPIDS = frozenset({Role.PPID, Role.PPID_PELAKSANA})


def _person(rng: random.Random, role: ActorRole) -> dict[str, Any]:
    # One draw whatever the role, so a seed gives the same other names as before.
    name = rng.choice(_NAMES)
    if role == Role.ATASAN_PPID:
        name = _SUPERIOR
    elif role in _PPIDS and name == _SUPERIOR:
        name = _NAMES[0]
    return {"name": name, "role": role.value, "position": role.label.id}


def _at(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _opening(calendar: WorkingCalendar, day: dt.date, minutes: int) -> dt.datetime:
    hours = calendar.office_hours_on(day)
    assert hours is not None
    return hours.opens + dt.timedelta(minutes=minutes)


def sample_case_data(
    agency: Agency,
    sop: SOP,
    start: dt.date,
    *,
    seed: int = 0,
    rows: int = 2,
    refuse: bool = True,
    branches: Mapping[int, str] | None = None,
) -> dict[str, Any]:
    """The JSON of a compliant case of ``sop`` starting on ``start`` (see the module notes).

    ``rows``: tested items (1 to 4). ``refuse``: a request is refused on the first item's ground
    (otherwise granted in part). ``branches``: the branch ("yes" or "no") taken the first time
    each decision step is reached (``sample --branch 2=no``); otherwise, and when a loop brings
    the case back, the branch that goes forward is taken.
    """
    rng = random.Random(seed)
    calendar = agency.calendar
    plan = compile_sop(agency, sop)
    is_request = (sop.trigger or agency.trigger) == "request"
    day = calendar.next_working_day(start, inclusive=True)
    ident = f"{agency.code.upper()}/{start.isoformat()}/{seed}"
    documents: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    made: dict[str, str] = {}  # kind -> id of the last document of that kind

    def document(kind: str, title: str, on: dt.date) -> str:
        doc_id = f"d{len(documents) + 1}"
        documents.append({"id": doc_id, "kind": kind, "title": title, "date": on.isoformat()})
        made[kind] = doc_id
        return doc_id

    clock = _opening(calendar, day, 30)
    received = clock
    test_day = day
    items = [_ITEMS[(seed + i) % len(_ITEMS)] for i in range(max(1, min(rows, len(_ITEMS))))]
    taken = _walk(
        plan, calendar, rng, clock, document, made, events, dict(branches or {}), is_request
    )
    # A request whose last decision took the branch that gives the information (Kalbar step 4
    # "tidak bersifat rahasia: diserahkan", chosen with --branch 4=no) is granted: a refusal
    # after it would contradict the SOP's own decision (case.reference.branch_outcome).
    gives = is_request and any(
        disclosing_branch(plan.sop.step(step)) == branch for step, branch in taken[-1:]
    )

    registration = f"{seed:04d}/PPID/{start.year}"
    sheet = _sheet(agency, items, test_day, registration if is_request else None, plan)
    last = dt.datetime.fromisoformat(events[-1]["at"]) if events else clock
    ppid = {"name": _NAMES[0], "role": Role.PPID.value, "position": "PPID"}
    tail = last + dt.timedelta(minutes=10)
    tail_day = calendar.local_date(tail)
    data: dict[str, Any] = {
        "format": 1,
        "id": ident,
        "agency": agency.code,
        "sop": sop.number,
        "tests": [],
        "penetapan": None,
    }

    def penetapan_record(on: dt.date) -> str:
        """The Penetapan of the test's result (Lampiran III), dated ``on``; its number."""
        number = f"{seed}/PPID/{start.year}"
        data["penetapan"] = {
            "number": number,
            "badan_publik": agency.name,
            "unit": "Sekretariat",
            "ppid": ppid,
            "place": "Kantor",
            "date": on.isoformat(),
            "menimbang": ["bahwa Informasi Publik yang dikecualikan bersifat ketat dan terbatas"],
            "mengingat": [
                "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang "
                "Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan "
                "Informasi Publik",
            ],
            "signature": {
                "role": "ppid",
                "name": _NAMES[0],
                "date": on.isoformat(),
                "place": "Kantor",
            },
            "sheets": [sheet],
        }
        return number

    if gives:
        data["trigger"] = {
            "kind": "request",
            "received_at": _at(received),
            "registration_number": registration,
            "requester": {"name": rng.choice(_REQUESTERS), "address": "Jl. Merdeka No. 1"},
            "information": items[0][0],
        }
        notice_due = get_deadline("notice").due(received, calendar)
        notice_at = tail if tail_day <= notice_due else _opening(calendar, notice_due, 60)
        given = document("informasi-dimohon", items[0][0], calendar.local_date(notice_at))
        notice = {
            "kind": "notice_sent",
            "at": _at(notice_at),
            "actor": ppid,
            "outcome": "granted",
            "document": given,
        }
        _insert(events, notice)
    elif is_request:
        data["trigger"] = {
            "kind": "request",
            "received_at": _at(received),
            "registration_number": registration,
            "requester": {"name": rng.choice(_REQUESTERS), "address": "Jl. Merdeka No. 1"},
            "information": items[0][0],
        }
        data["tests"] = [sheet]
        notice_due = get_deadline("notice").due(received, calendar)
        notice_at = tail if tail_day <= notice_due else _opening(calendar, notice_due, 60)
        letter = {
            "registration_number": registration,
            "requester_name": data["trigger"]["requester"]["name"],
            "requester_address": "Jl. Merdeka No. 1",
            "information": items[0][0],
            "grounds": [items[0][2]],
            "consequence": items[0][3],
            "objection_days": 30,
            "objection_to": "Atasan PPID",
            "signed_by": ppid,
        }
        # The refusal rests on the Penetapan that set the test's result, made before it and
        # named in the letter (PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (4)-(5)).
        declared_at = notice_at - dt.timedelta(minutes=5)
        number = penetapan_record(calendar.local_date(declared_at))
        letter["penetapan"] = number
        pen_id = document(
            "penetapan-klasifikasi", "Penetapan Klasifikasi DIK", calendar.local_date(declared_at)
        )
        documents[-1]["number"] = number
        letter_id = f"d{len(documents) + 1}"
        documents.append(
            {
                "id": letter_id,
                "kind": "surat-keputusan-penolakan",
                "title": "Surat Keputusan PPID tentang Penolakan Permintaan Informasi",
                "date": calendar.local_date(notice_at).isoformat(),
                "refusal": letter,
            }
        )
        notice = {
            "kind": "notice_sent",
            "at": _at(notice_at),
            "actor": ppid,
            "outcome": "refused" if refuse else "partly_granted",
            "document": letter_id,
        }
        declared = {
            "kind": "exemption_declared",
            "at": _at(declared_at),
            "actor": ppid,
            "document": pen_id,
        }
        _insert(events, declared)
        _insert(events, notice)
    else:
        data["trigger"] = {"kind": "periodic", "period": f"Pemutakhiran DIK {start.year}"}
        number = penetapan_record(tail_day)
        pen_id = document("penetapan-klasifikasi", "Penetapan Klasifikasi DIK", tail_day)
        documents[-1]["number"] = number
        _insert(
            events,
            {"kind": "exemption_declared", "at": _at(tail), "actor": ppid, "document": pen_id},
        )
    data["documents"] = documents
    data["events"] = events
    return data


def _insert(events: list[dict[str, Any]], event: dict[str, Any]) -> None:
    moment = dt.datetime.fromisoformat(event["at"])
    index = len(events)
    while index > 0 and dt.datetime.fromisoformat(events[index - 1]["at"]) > moment:
        index -= 1
    events.insert(index, event)


def _walk(
    plan: CompiledSop,
    calendar: WorkingCalendar,
    rng: random.Random,
    clock: dt.datetime,
    document: Any,
    made: dict[str, str],
    events: list[dict[str, Any]],
    chosen: dict[int, str],
    withhold: bool = False,
) -> list[tuple[int, str]]:
    """Run the SOP's path: each step within its waktu, in office hours, with its documents.
    A chosen branch is taken once; a step is run at most twice (one pass round a loop).
    ``withhold`` (a request the sample refuses): at a decision whose branch that gives the
    information is known (`references.disclosing_branch`), the other branch is taken when it
    goes forward. Returns the decisions taken, (step, branch), in order."""
    taken: list[tuple[int, str]] = []
    step = plan.first
    visits: dict[int, int] = {}
    while step is not None and visits.get(step, 0) < 2:
        visits[step] = visits.get(step, 0) + 1
        sp = plan.steps[step]
        role = sorted(sp.roles, key=lambda r: r.value)[0] if sp.roles else Role.PPID
        actor = _person(rng, role)
        day = calendar.local_date(clock)
        begin = max(clock + dt.timedelta(minutes=15), _opening(calendar, day, 30))
        hours = calendar.office_hours_on(day)
        if hours is None or begin >= hours.closes - dt.timedelta(minutes=90):
            day = calendar.next_working_day(day)
            begin = _opening(calendar, day, 30)
        # A limit in minutes or hours, counted like the checker from when the step became
        # ready (the previous step's end), may be shorter than the sample's usual pace: the
        # step then starts a quarter and ends half of the way to its due moment, the same day.
        w = sp.waktu
        due = w.due(clock, calendar) if w is not None and w.after is None else None
        short: tuple[dt.datetime, dt.datetime] | None = None
        if (
            due is not None
            and due > clock
            and calendar.local_date(due) == calendar.local_date(clock)
            and begin + dt.timedelta(minutes=45) > due
        ):
            room = due - clock
            short = (clock + room / 4, clock + room / 2)
            begin, day = short[0], calendar.local_date(short[0])
        inputs = []
        for req in sp.inputs:
            kind = sorted(req.kinds)[0]
            have = [made[k] for k in sorted(req.kinds) if k in made]
            inputs.append(have[0] if have else document(kind, f"Dokumen {kind}", day))
        events.append(
            {
                "kind": "step_started",
                "step": step,
                "at": _at(begin),
                "actor": actor,
                "inputs": inputs,
            }
        )
        # Take part of the time the waktu allows (never more), ending in office hours.
        span = 0
        if w is not None and w.kind == "working_days" and w.amount:
            span = rng.randint(0, max(0, w.amount - 1))
        end_day = calendar.add_working_days(day, span) if span else day
        end = max(begin + dt.timedelta(minutes=45), _opening(calendar, end_day, 75))
        if short is not None:
            end, end_day = short[1], calendar.local_date(short[1])
        branch: str | None = None
        following: int | None
        if sp.is_decision:
            yes = sp.branches.get("yes")
            branch = "yes" if yes is None or yes > step else "no"
            other = "no" if branch == "yes" else "yes"
            target = sp.branches.get(other, step)
            if (
                withhold
                and disclosing_branch(plan.sop.step(step)) == branch
                and other in sp.branches
                and (target is None or target > step)
            ):
                branch = other
            if step in chosen and chosen[step] in sp.branches:
                branch = chosen.pop(step)  # the first time only: a loop then goes forward
            following = sp.branches.get(branch)
        else:
            following = sp.successors[0] if sp.successors else None
        outputs = []
        if not sp.is_decision or branch == "yes":
            for req in sp.outputs:
                kind = sorted(req.kinds)[0]
                outputs.append(document(kind, f"Dokumen {kind}", end_day))
        completed: dict[str, Any] = {
            "kind": "step_completed",
            "step": step,
            "at": _at(end),
            "actor": actor,
            "outputs": outputs,
        }
        if branch is not None:
            completed["branch"] = branch
            taken.append((step, branch))
        events.append(completed)
        clock = end
        step = following
    return taken


def _sheet(
    agency: Agency,
    items: list[tuple[str, str, str, str, str]],
    day: dt.date,
    registration: str | None,
    plan: CompiledSop,
) -> dict[str, Any]:
    is_request = registration is not None
    approver = Role.ATASAN_PPID if Role.ATASAN_PPID in plan.approvers else Role.PIMPINAN
    rows = []
    for n, (information, ground, written, opening, closing) in enumerate(items):
        period: dict[str, Any]
        if ground == "i":
            period = {
                "kind": "until_date",
                "until": min(day + dt.timedelta(days=365), _LAST_DAY).isoformat(),
                # PP 61/2010 Pasal 9 leaves the period of huruf i to other legislation.
                "basis": "UU No. 43 Tahun 2009 tentang Kearsipan",
            }
        elif n % 2:
            period = {"kind": "years", "years": 5}
        else:
            review = day.replace(year=day.year + 2) if day.month != 2 or day.day != 29 else day
            review = min(review, _LAST_DAY)
            period = {"kind": "as_long_as_needed", "review_on": review.isoformat()}
        rows.append(
            {
                "information": f"{information} ({agency.name})",
                "outcome": "closed",
                "documents": [{"title": f"Berkas {information.lower()}"}],
                "holder": "Sekretariat",
                "grounds": [{"ground": ground, "as_written": written}],
                "consequence_of_opening": opening,
                "consideration_of_closing": closing,
                "period": period,
            }
        )
    sheet: dict[str, Any] = {
        "number": f"LPK/{day.isoformat()}",
        "badan_publik": agency.name,
        "unit": "Sekretariat",
        "place": "Ruang rapat",
        "date": day.isoformat(),
        "stage": "on_request" if is_request else "before_request",
        "rows": rows,
        "participants": [
            {"name": _NAMES[0], "position": "PPID", "unit": "Sekretariat", "role": "ppid"},
            {
                "name": _NAMES[3],
                "position": "Kepala Bagian",
                "unit": "Sekretariat",
                "role": Role.UNIT_PENGELOLA_INFORMASI.value,
            },
        ],
        "approval": {
            "role": approver.value,
            "name": _SUPERIOR,
            "position": approver.label.id,
            "date": day.isoformat(),
        },
    }
    if registration is not None:
        sheet["request_number"] = registration
    return sheet


def sample_case(agency: Agency, sop: SOP, start: dt.date, *, seed: int = 0, rows: int = 2) -> Case:
    """`sample_case_data` read into a `Case`."""
    from .io import case_from_dict

    return case_from_dict(sample_case_data(agency, sop, start, seed=seed, rows=rows))
