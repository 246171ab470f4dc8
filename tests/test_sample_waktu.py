"""`sample` honours every Waktu unit of the SOP (a limit in minutes or hours included), and a
late step under a day is said in minutes or hours, not "0 working days"."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import uji_konsekuensi_kalteng

from uji_konsekuensi.calendar import WorkingCalendar
from uji_konsekuensi.case.sop_checks import _lateness
from uji_konsekuensi.cli import main

SOURCE = Path(uji_konsekuensi_kalteng.__file__).parent


def _agency(tmp_path: Path, waktu: str) -> Path:
    """Kalteng's agency folder as another agency whose steps 2 and 3 take ``waktu``."""
    folder = tmp_path / "agencies" / "waktu-uji"
    folder.mkdir(parents=True)
    for name in ("agency.json", "sop.json"):
        shutil.copy(SOURCE / name, folder / name)
    agency = json.loads((folder / "agency.json").read_text("utf-8"))
    agency["agency"]["code"] = "waktu-uji"
    agency["agency"]["name"] = "Badan Uji Waktu"
    (folder / "agency.json").write_text(json.dumps(agency), "utf-8")
    sop = json.loads((folder / "sop.json").read_text("utf-8"))
    for step in sop["steps"][1:]:
        step["waktu_text"] = waktu
        step["corrections"] = [c for c in step["corrections"] if c["field"] != "waktu_text"]
        step["inferences"] = [i for i in step["inferences"] if i["field"] != "waktu_text"]
    (folder / "sop.json").write_text(json.dumps(sop, ensure_ascii=False), "utf-8")
    return folder.parent


def _run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(args)
    return code, out.getvalue()


@pytest.mark.parametrize(
    "waktu",
    [
        "5 menit",
        "15 menit",
        "30 menit",
        "1 jam",
        "2 jam",
        "1 x 24 jam",
        "1 hari kerja",
        "3 hari",
        "1 bulan",
        "Setiap saat",
        "Tentatif",
        "Pada hari dan jam kerja",
    ],
)
@pytest.mark.parametrize("start", ["2025-03-03", "2025-03-07"])
def test_a_sample_complies_with_every_waktu_unit(tmp_path: Path, waktu: str, start: str) -> None:
    agencies = _agency(tmp_path, waktu)
    case = tmp_path / "case.json"
    code, _ = _run(
        ["--agencies", str(agencies), "sample", "waktu-uji", "--start", start, "-o", str(case)]
    )
    assert code == 0
    code, out = _run(["--agencies", str(agencies), "check", str(case)])
    assert code == 0, out


def test_lateness_under_a_day_is_said_in_minutes_or_hours() -> None:
    calendar = WorkingCalendar()
    zone = ZoneInfo("Asia/Jakarta")
    due = dt.datetime(2025, 3, 3, 10, 0, tzinfo=zone)
    assert _lateness(due, due + dt.timedelta(minutes=55), calendar) == ("55 menit", "55 minute(s)")
    assert _lateness(due, due + dt.timedelta(hours=2), calendar) == ("2 jam", "2 hour(s)")
    late = _lateness(due, due + dt.timedelta(hours=1, minutes=5), calendar)
    assert late == ("1 jam 5 menit", "1 hour(s) 5 minute(s)")
    assert _lateness(due, due + dt.timedelta(days=1), calendar)[0] == "1 hari kerja"
