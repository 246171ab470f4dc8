"""The derived state of a case: next step, who, by when, overdue, and the calendar data used."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi import agency as agency_module
from uji_konsekuensi.calendar import DayKind, DayOff
from uji_konsekuensi.case import CheckSettings, case_from_dict, case_state
from uji_konsekuensi.case import check as check_module
from uji_konsekuensi.case.samples import sample_case
from uji_konsekuensi.sop import Role

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "cases"
WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))


def data(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.case.json").read_text(encoding="utf-8"))


def test_state_mid_case_names_next_step_roles_and_due() -> None:
    """KASN on 26 July 2023: step 2 (7 HK) runs, by the unit official, due 3 August end of day."""
    state = case_state(case_from_dict(data("kasn")), dt.datetime(2023, 7, 26, 9, tzinfo=WIB))
    (step,) = state.next
    assert (step.step, step.status) == (2, "in_progress")
    assert step.roles == (Role.UNIT_PENGELOLA_INFORMASI,)
    assert step.lanes == ("Pejabat Penyedia Informasi dan Dokumen",)
    assert step.due is not None and step.due.date() == dt.date(2023, 8, 3)
    assert step.due_basis == "SOP 04 / PPID / KASN / OTK / 2020 langkah 2: 7 HK"
    assert not step.overdue
    assert state.who == (Role.UNIT_PENGELOLA_INFORMASI,)
    assert [s.step for s in state.done] == [1]


def test_events_after_the_moment_are_not_known_yet() -> None:
    """The state at a moment ignores what the log records after it."""
    case = case_from_dict(data("kasn"))
    early = case_state(case, dt.datetime(2023, 7, 24, 7, tzinfo=WIB))
    assert early.done == ()
    assert [s.step for s in early.next] == [1]
    assert early.next[0].status == "next"
    late = case_state(case, dt.datetime(2024, 1, 10, tzinfo=WIB))
    assert late.finished and late.next == ()


def test_a_step_past_its_due_is_overdue() -> None:
    """KASN step 2 is overdue on 4 August 2023 at the moment the log had not completed it."""
    d = data("kasn")
    d["events"] = d["events"][:3]
    state = case_state(case_from_dict(d), dt.datetime(2023, 8, 4, 8, tzinfo=WIB))
    assert state.next[0].overdue
    assert state.overdue == (state.next[0],)


def test_request_state_has_the_notice_deadline_binding_unlimited_steps() -> None:
    """Kalbar step 4 has no SOP limit; the notice due 16 April 2025 binds it."""
    case = case_from_dict(data("kalbar"))
    state = case_state(case, dt.datetime(2025, 4, 2, 10, tzinfo=WIB))
    (step,) = state.next
    assert step.step == 4
    assert step.due is not None and step.due.date() == dt.date(2025, 4, 16)
    assert step.due_basis is not None and "Pasal 22 ayat (7)" in step.due_basis
    notice = next(d for d in state.deadlines if d.code == "notice")
    assert notice.due == dt.date(2025, 4, 16)
    assert not notice.overdue
    after = case_state(case, dt.datetime(2025, 4, 17, 10, tzinfo=WIB))
    # The notice was sent on 11 April: met, not overdue.
    notice = next(d for d in after.deadlines if d.code == "notice")
    assert notice.met_at is not None and not notice.overdue


def test_notice_overdue_when_not_sent() -> None:
    """Without a notice, the request is overdue the day after day 10."""
    d = data("kalbar")
    d["events"] = d["events"][:8]
    case = case_from_dict(d)
    state = case_state(case, dt.datetime(2025, 4, 17, 8, tzinfo=WIB))
    notice = next(x for x in state.deadlines if x.code == "notice")
    assert notice.overdue
    assert state.next[0].overdue


def test_waiting_for_the_requester() -> None:
    """While paused, the requester must act and the repair deadline is shown."""
    d = data("kutai-timur")
    state = case_state(case_from_dict(d), dt.datetime(2025, 5, 6, 15, tzinfo=WITA))
    assert state.waiting_for_requester
    assert state.who == (Role.PEMOHON,)
    repair = next(x for x in state.deadlines if x.code == "completeness_repair")
    assert repair.due == dt.date(2025, 5, 9)
    notice = next(x for x in state.deadlines if x.code == "notice")
    assert notice.due is None  # the clock is stopped


def test_pause_moves_the_notice_deadline() -> None:
    """After the pause (6-7 May) the notice is due 22 May; with the statute alone, 21 May."""
    case = case_from_dict(data("kutai-timur"))
    at = dt.datetime(2025, 5, 8, 9, tzinfo=WITA)
    assert next(x for x in case_state(case, at).deadlines if x.code == "notice").due == dt.date(
        2025, 5, 22
    )
    plain = case_state(case, at, CheckSettings(pause="ignore"))
    assert next(x for x in plain.deadlines if x.code == "notice").due == dt.date(2025, 5, 21)


def test_extension_is_shown_with_its_due_and_reason() -> None:
    """A timely extension adds a deadline with the new due date and the reason."""
    d = data("kalbar")
    d["events"] = d["events"][:8]
    actor = d["events"][7]["actor"]
    d["events"].append(
        {
            "kind": "extension",
            "at": "2025-04-15T09:00:00+07:00",
            "actor": actor,
            "days": 7,
            "reason": "Menunggu pertimbangan Tim",
        }
    )
    state = case_state(case_from_dict(d), dt.datetime(2025, 4, 22, 9, tzinfo=WIB))
    ext = next(x for x in state.deadlines if x.code == "extension")
    assert ext.due == dt.date(2025, 4, 28)
    assert ext.note is not None and "Menunggu pertimbangan Tim" in ext.note.id
    assert not ext.overdue


def test_calendar_data_is_reported() -> None:
    """The state names the holidays version and the zone; 2025 is decreed."""
    state = case_state(case_from_dict(data("kutai-timur")), dt.datetime(2025, 6, 1, tzinfo=WITA))
    assert state.calendar.holidays_version == importlib.metadata.version("holidays")
    assert state.calendar.timezone == "Asia/Makassar"
    assert not state.calendar.provisional


def test_dates_in_an_undecreed_year_are_provisional() -> None:
    """A case running in 2028, past the decreed cuti bersama, is marked provisional."""
    kasn = agency_module.get_agency("kasn")
    case = sample_case(kasn, kasn.sops[0], dt.date(2028, 3, 6))
    state = case_state(case, dt.datetime(2028, 3, 7, 9, tzinfo=WIB))
    assert state.calendar.provisional
    assert 2028 in state.calendar.provisional_years


def test_a_holiday_decreed_later_moves_the_due_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Due dates are computed from today's calendar: a new day off moves step 2's due date."""
    case = case_from_dict(data("kasn"))
    at = dt.datetime(2023, 7, 26, 9, tzinfo=WIB)
    before = case_state(case, at).next[0].due
    real = agency_module.get_agency("kasn")
    extra = DayOff(
        date=dt.date(2023, 8, 1),
        name="Libur daerah (keputusan instansi)",
        kind=DayKind.AGENCY_DECREE,
        source="Keputusan Ketua KASN (contoh)",
    )
    settings = attrs.evolve(real.calendar_settings, extra_days_off=(extra,))
    patched = attrs.evolve(real, calendar_settings=settings)
    monkeypatch.setattr(check_module, "get_agency", lambda code: patched)
    after = case_state(case, at).next[0].due
    assert before is not None and after is not None
    assert (before.date(), after.date()) == (dt.date(2023, 8, 3), dt.date(2023, 8, 4))


def test_naive_moment_is_refused() -> None:
    """A moment without a UTC offset cannot be placed on the agency's calendar."""
    case = case_from_dict(data("kalteng"))
    with pytest.raises(ValueError):
        case_state(case, dt.datetime(2025, 2, 11, 9))


def test_render_in_both_languages() -> None:
    """The state reads in Indonesian and in English, naming the next step, who and by when."""
    state = case_state(case_from_dict(data("kalteng")), dt.datetime(2025, 2, 11, 9, tzinfo=WIB))
    text = state.render("id")
    assert "Sedang berjalan: langkah 3" in text and "Batas: Rabu, 12 Februari 2025" in text
    assert "In progress: step 3" in state.render("en")
