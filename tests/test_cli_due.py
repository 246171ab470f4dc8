"""``uji-konsekuensi due``: text and JSON output, languages, agencies, and errors (exit 2)."""

from __future__ import annotations

import json
import types
from typing import Any

import pytest

from uji_konsekuensi.calendar import CalendarSettings, WorkingCalendar
from uji_konsekuensi.cli import COMMANDS, main
from uji_konsekuensi.i18n import ENV_LANG


@pytest.fixture(autouse=True)
def _indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    # main() writes --lang into the environment; monkeypatch restores it after each test.
    monkeypatch.setenv(ENV_LANG, "id")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_due_is_registered() -> None:
    """The command is listed in cli.COMMANDS."""
    assert "due" in COMMANDS


def test_working_days_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    """10 HK from 2025-03-25: Kamis, 17 April 2025, with the cuti bersama explained."""
    code, out, _ = run(capsys, "due", "2025-03-25", "10")
    assert code == 0
    assert "Kamis, 17 April 2025" in out
    assert "cuti bersama: Cuti Bersama Hari Raya Idul Fitri" in out
    assert "Selasa, 25 Maret 2025" in out
    assert "Asia/Jakarta (WIB)" in out


def test_english_output(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en writes dates and holiday names in English."""
    code, out, _ = run(capsys, "--lang", "en", "due", "2025-03-25", "10")
    assert code == 0
    assert "Thursday, 17 April 2025" in out
    assert "Eid al-Fitr Joint Holiday" in out


def test_no_cuti_bersama(capsys: pytest.CaptureFixture[str]) -> None:
    """--no-cuti-bersama counts cuti bersama as working days: 10 April."""
    _, out, _ = run(capsys, "due", "2025-03-25", "10", "--no-cuti-bersama", "--json")
    assert json.loads(out)["due"] == "2025-04-10"


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives the due date, skipped days with kinds and sources, and the flags."""
    code, out, _ = run(capsys, "due", "2025-03-25", "10", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["due"] == "2025-04-17"
    assert data["due_text"] == {"id": "Kamis, 17 April 2025", "en": "Thursday, 17 April 2025"}
    assert data["provisional"] is False
    assert data["timezone"] == "Asia/Jakarta"
    assert data["deadline"] is None
    first = data["skipped"][0]
    assert first["date"] == "2025-03-28"
    assert first["kind"] == "cuti_bersama"
    assert "SKB" in first["source"]


def test_timestamp_in_wita(capsys: pytest.CaptureFixture[str]) -> None:
    """A UTC timestamp late on Sunday counts from Monday in WITA (--timezone WITA)."""
    _, out, _ = run(capsys, "due", "2025-03-23T22:30:00Z", "1", "--timezone", "WITA", "--json")
    data = json.loads(out)
    assert data["start"] == "2025-03-24"
    assert data["due"] == "2025-03-25"
    assert data["timezone"] == "Asia/Makassar"


def test_negative_count(capsys: pytest.CaptureFixture[str]) -> None:
    """A negative N counts back."""
    _, out, _ = run(capsys, "due", "2025-04-08", "-1", "--json")
    assert json.loads(out)["due"] == "2025-03-27"


def test_statutory_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    """--deadline notice prints the deadline with its Pasal and the due date."""
    code, out, _ = run(capsys, "due", "2025-03-25", "--deadline", "notice")
    assert code == 0
    assert "UU 14/2008 Pasal 22 ayat (7)" in out
    assert "Kamis, 17 April 2025" in out


def test_statutory_deadline_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--deadline with --json includes the deadline's data."""
    _, out, _ = run(capsys, "due", "2025-12-31", "--deadline", "expiry_declaration", "--json")
    data = json.loads(out)
    assert data["due"] == "2025-11-17"
    assert data["n"] == -30
    assert data["deadline"]["code"] == "expiry_declaration"


def test_calendar_day_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    """Kasasi counts calendar days."""
    _, out, _ = run(capsys, "due", "2025-03-25", "--deadline", "kasasi", "--json")
    assert json.loads(out)["due"] == "2025-04-08"


def test_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    """--timeline shows both notice readings and marks the PERKI one for comparison."""
    code, out, _ = run(capsys, "due", "2025-03-25", "--timeline", "--completed", "2025-03-27")
    assert code == 0
    assert "[pembanding]" in out
    assert "Selasa, 22 April 2025" in out
    assert "Kamis, 17 April 2025" in out


def test_timeline_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--timeline --json lists every entry with its due date."""
    _, out, _ = run(capsys, "due", "2025-03-25", "--timeline", "--json")
    data = json.loads(out)
    codes = [e["deadline"]["code"] for e in data["entries"]]
    assert codes[0] == "completeness_check"
    assert "court" in codes


def test_waktu(capsys: pytest.CaptureFixture[str]) -> None:
    """--waktu reads an SOP time and gives the due moment, here in Ramadan office hours."""
    code, out, _ = run(
        capsys, "due", "2025-03-25T09:00+07:00", "--waktu", "2 (dua) hari Pada hari jam kerja"
    )
    assert code == 0
    assert "Kamis, 27 Maret 2025 pukul 15.00 WIB" in out
    assert "jam kerja Ramadan" in out
    assert "Pasal 1 angka 22" in out


def test_waktu_json_without_limit(capsys: pytest.CaptureFixture[str]) -> None:
    """ "Setiap saat" has no due moment: null in JSON."""
    _, out, _ = run(capsys, "due", "2025-03-25", "--waktu", "Setiap saat", "--json")
    data = json.loads(out)
    assert data["due"] is None
    assert data["waktu"]["kind"] == "any_time"


def test_list_deadlines(capsys: pytest.CaptureFixture[str]) -> None:
    """--list-deadlines needs no start and lists every code."""
    code, out, _ = run(capsys, "due", "--list-deadlines")
    assert code == 0
    assert "kasasi" in out and "UU 14/2008 Pasal 50" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["due", "2025-03-25T09:00", "3"], "2025-03-25T09:00"),  # naive timestamp
        (["due", "25/03/2025", "3"], "25/03/2025"),
        (["due", "2025-02-30", "3"], "2025-02-30"),
        (["due", "2025-03-25", "3", "--timezone", "Asia/Bandung"], "Asia/Bandung"),
        (["due", "2025-03-25", "--deadline", "banding"], "banding"),
        (["due", "2025-03-25", "--waktu", "2 (tiga) hari"], "tidak sama"),
        (["due", "2025-03-25"], "pilih tepat satu"),
        (["due"], "wajib"),
        (["due", "2025-03-25", "3", "--completed", "2025-03-26"], "--completed"),
    ],
)
def test_errors_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    """Bad input prints a message naming the value on stderr and exits 2 (no traceback)."""
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err
    assert out == ""


def test_agency_calendar_is_used(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--agency uses the agency's calendar (its zone and settings) from get_agency."""
    import uji_konsekuensi.agency as agency_module

    calendar = WorkingCalendar(CalendarSettings(timezone="Asia/Makassar"))
    fake = types.SimpleNamespace(calendar=calendar, calendar_settings=calendar.settings)

    def get_agency(code: str, plugin_manager: Any = None) -> Any:
        assert code == "kutai-timur"
        return fake

    monkeypatch.setattr(agency_module, "get_agency", get_agency)
    _, out, _ = run(capsys, "due", "2025-03-23T22:30:00Z", "1", "--agency", "kutai-timur", "--json")
    data = json.loads(out)
    assert data["timezone"] == "Asia/Makassar"
    assert data["start"] == "2025-03-24"
    code, _, err = run(
        capsys, "due", "2025-03-25", "1", "--agency", "kutai-timur", "--timezone", "WIB"
    )
    assert code == 2
    assert "--timezone" in err


def test_unknown_agency_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An agency code no plugin provides is a message and exit code 2."""
    import uji_konsekuensi.agency as agency_module
    from uji_konsekuensi.agency import UnknownAgencyError

    def get_agency(code: str, plugin_manager: Any = None) -> Any:
        raise UnknownAgencyError(code, ("kalbar",))

    monkeypatch.setattr(agency_module, "get_agency", get_agency)
    code, _, err = run(capsys, "due", "2025-03-25", "1", "--agency", "atlantis")
    assert code == 2
    assert "atlantis" in err
