"""An agency's calendar cannot bend a statutory deadline unseen.

Three tricks of a plugin author or of an agency.json, each tried on a real data folder (a copy of
Kalimantan Barat's) and on the library's values:

- a time zone outside Indonesia (Keppres 41/1987): refused when the agency is loaded and by
  ``agency validate``; an IANA alias of an Indonesian zone is refused naming the id to write;
- a working week without Monday-Friday (Perpres 21/2023 Pasal 3) and without the decree of
  Pasal 7 (``working_week_basis``): refused; a six-day week (Pasal 13) needs none;
- the agency's own days off (``extra_days_off``, a decreed shorter week) that make a late notice
  look on time: ``case.deadline.agency_calendar``, a warning naming the national due date.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.agency_data import AGENCY_FILE, load_agency_folder
from uji_konsekuensi.calendar import CalendarError, CalendarSettings, WorkingCalendar
from uji_konsekuensi.calendar.calendar_settings import INDONESIAN_ZONES, ZONE_LINKS
from uji_konsekuensi.case import check_case, load_case
from uji_konsekuensi.case.national_calendar import national_calendar
from uji_konsekuensi.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
KALBAR = ROOT / "plugins/kalbar/src/uji_konsekuensi_kalbar"
LATE = ROOT / "examples/cases/violations/kalbar-late-notice.json"
ON_TIME = ROOT / "examples/cases/kalbar.case.json"
CONTOH = ROOT / "examples/cases/violations/contoh-completeness-check-on-hari-jadi.json"
CODE = "case.deadline.agency_calendar"


# --- the time zone ------------------------------------------------------------------------------


@pytest.mark.parametrize("zone", sorted(INDONESIAN_ZONES))
def test_each_indonesian_zone_is_an_agencys_zone(zone: str) -> None:
    """Asia/Jakarta, Asia/Pontianak, Asia/Makassar and Asia/Jayapura are accepted."""
    assert AgencyInfo(code="uji", name="Uji", timezone=zone, trigger="request").timezone == zone


@pytest.mark.parametrize("zone", ["Europe/London", "UTC", "Asia/Singapore", "Asia/Dili"])
def test_a_foreign_zone_is_refused_naming_indonesias_zones_in_both_languages(zone: str) -> None:
    """A real IANA zone outside Indonesia (Timor-Leste's included) is no agency's zone."""
    with pytest.raises(ValueError) as info:
        AgencyInfo(code="uji", name="Uji", timezone=zone, trigger="request")
    en, _, id_ = str(info.value).partition("\x1e")
    assert f"{zone!r} is not an Indonesian zone" in en and "Keppres 41/1987" in en
    assert f"{zone!r} bukan zona Indonesia" in id_
    assert all(z in en and z in id_ for z in INDONESIAN_ZONES)


def test_every_alias_the_time_zone_data_knows_is_refused_naming_the_id_to_write() -> None:
    """Asia/Ujung_Pandang (tzdata's link to Asia/Makassar) is refused with "write Asia/Makassar";
    the link table lists exactly the zones whose data is Indonesian and not their own id."""
    import zoneinfo

    probes = [dt.datetime(y, 1, 1, tzinfo=dt.UTC) for y in range(1900, 2040, 7)]
    for alias, zone in ZONE_LINKS.items():
        a, z = zoneinfo.ZoneInfo(alias), zoneinfo.ZoneInfo(zone)
        assert [p.astimezone(a).utcoffset() for p in probes] == [
            p.astimezone(z).utcoffset() for p in probes
        ]
        with pytest.raises(ValueError) as info:
            AgencyInfo(code="uji", name="Uji", timezone=alias, trigger="request")
        en, _, id_ = str(info.value).partition("\x1e")
        assert f"write {zone!r}" in en and f"tulis {zone!r}" in id_


# --- the working week ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("week", "missing_en", "missing_id"),
    [
        ((1,), "Tuesday, Wednesday, Thursday, Friday", "Selasa, Rabu, Kamis, Jumat"),
        ((1, 2, 3, 4, 6), "Friday", "Jumat"),
        ((6, 7), "Monday, Tuesday, Wednesday, Thursday, Friday", "Senin, Selasa, Rabu"),
    ],
)
def test_a_week_without_a_national_working_day_needs_its_decree(
    week: tuple[int, ...], missing_en: str, missing_id: str
) -> None:
    """Any of Monday-Friday left out, without working_week_basis: refused at the week, naming
    the days left out and the field that gives the basis, in both languages."""
    for basis in (None, "", "   "):
        with pytest.raises(CalendarError) as info:
            CalendarSettings(working_week=week, working_week_basis=basis)
        (problem,) = info.value.problems
        assert problem.path == "working_week" and problem.value == list(week)
        assert missing_en in problem.message_en and missing_id in problem.message
        assert "working_week_basis" in (problem.expected_en or "")
        assert "Perpres 21/2023 Pasal 7" in (problem.expected or "")
    decreed = CalendarSettings(working_week=week, working_week_basis="Keputusan Bupati No. 1")
    assert decreed.deviates_from_national_days


def test_a_week_that_only_adds_days_needs_no_decree_and_is_no_deviation() -> None:
    """A six-day week (Perpres 21/2023 Pasal 13) shortens every deadline: accepted as it is."""
    six = CalendarSettings(working_week=(1, 2, 3, 4, 5, 6))
    assert six.working_week_basis is None and not six.deviates_from_national_days
    assert not CalendarSettings().deviates_from_national_days


def test_the_national_calendar_keeps_the_agencys_zone_and_categories_only() -> None:
    """The comparison's calendar: the defaults, in the agency's zone, with its reading of cuti
    bersama; its days off and its week are dropped."""
    agency = CalendarSettings(
        timezone="Asia/Makassar",
        holiday_categories=("public",),
        working_week=(1, 2, 3),
        working_week_basis="SK",
    )
    settings = national_calendar(agency).settings
    assert settings == CalendarSettings(timezone="Asia/Makassar", holiday_categories=("public",))


# --- a data folder: each trick ------------------------------------------------------------------


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A copy of Kalimantan Barat's folder, the only agency the default manager loads."""
    from uji_konsekuensi import plugins

    directory = tmp_path / "agencies"
    target = directory / "kalbar"
    target.mkdir(parents=True)
    for name in (AGENCY_FILE, "sop.json"):
        shutil.copy(KALBAR / name, target / name)
    monkeypatch.setenv("UJI_KONSEKUENSI_PLUGINS", "")
    monkeypatch.setenv("UJI_KONSEKUENSI_AGENCIES", str(directory))
    plugins.reset()
    yield target
    monkeypatch.undo()
    plugins.reset()


def edit(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    from uji_konsekuensi import plugins

    path = folder / AGENCY_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    plugins.reset()


def calendar(**values: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["calendar"] = {"timezone": data["agency"]["timezone"], **values}

    return change


def invented(*dates: str) -> list[dict[str, str]]:
    return [{"date": d, "name": "Libur karangan", "source": "tidak ada"} for d in dates]


def cli(*argv: str) -> tuple[int, str]:
    import contextlib
    import io

    from uji_konsekuensi.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


@pytest.mark.parametrize(
    ("change", "path", "value", "said_en"),
    [
        (
            lambda d: d["agency"].update(timezone="Europe/London"),
            "agency.timezone",
            "Europe/London",
            "is not an Indonesian zone",
        ),
        (
            lambda d: d["agency"].update(timezone="Asia/Ujung_Pandang"),
            "agency.timezone",
            "Asia/Ujung_Pandang",
            "write 'Asia/Makassar'",
        ),
        (calendar(working_week=[1]), "calendar.working_week", [1], "working_week_basis"),
        (
            calendar(working_week=[1, 2, 3, 4], working_week_basis=" "),
            "calendar.working_week",
            [1, 2, 3, 4],
            "without Friday",
        ),
    ],
)
def test_each_refused_trick_names_file_path_value_and_expectation(
    folder: Path, change: Callable[[dict[str, Any]], None], path: str, value: Any, said_en: str
) -> None:
    """`agency validate` exits 2 and loading the folder raises, naming agency.json, the JSON
    path, the value and what was expected; the English report is English."""
    edit(folder, change)
    with pytest.raises(InputError) as info:
        load_agency_folder(folder)
    (problem,) = info.value.problems
    assert info.value.source == str(folder / AGENCY_FILE)
    assert problem.path == path and problem.value == value
    assert said_en in (problem.expected_en or "")
    assert "Jumat" in (problem.expected or "") or "zona" in (problem.expected or "")
    status, out = cli("--lang", "en", "agency", "validate", str(folder), "--json")
    error = json.loads(out)["error"]
    assert status == 2 and error["file"] == str(folder / AGENCY_FILE)
    assert [p["path"] for p in error["problems"]] == [path]
    status, _ = cli("check", str(LATE))
    assert status == 2  # the agency was refused: its cases are not checked


def test_invented_days_off_do_not_hide_a_late_notice(folder: Path) -> None:
    """Two invented days off after receipt move the notice's due date past the late notice:
    the case is compliant by the agency's calendar, with a warning naming the days, the date
    the notice was sent and the national due date, in both languages."""
    plain = check_case(load_case(LATE))
    (late,) = [f for f in plain.findings if f.code == "case.notice.late"]
    assert not [f for f in plain.findings if f.code == CODE]
    edit(folder, calendar(extra_days_off=invented("2025-03-25", "2025-03-26")))
    report = check_case(load_case(LATE))
    assert report.ok and not [f for f in report.findings if f.code == "case.notice.late"]
    (found,) = [f for f in report.findings if f.code == CODE]
    assert found.severity.value == "warning" and found.field == late.field
    assert found.basis.startswith("Perpres 21/2023 Pasal 3, 6-7; UU 14/2008 Pasal 22 ayat (7)")
    assert found.message == (
        "Pemberitahuan tertulis (10 hari kerja sejak permintaan diterima, 17 dengan "
        "perpanjangan) terpenuhi pada 2025-04-21 hanya karena kalender instansi: 2 hari yang "
        "menurut kalender nasional adalah hari kerja dihitung libur (2025-03-25, 2025-03-26); "
        "menurut kalender nasional batasnya 2025-04-16, menurut kalender instansi 2025-04-21"
    )
    assert found.message_en == (
        "The written notice (10 working days from receipt, 17 with an extension) was met on "
        "2025-04-21 only through the agency's calendar: 2 day(s) that are working days in the "
        "national calendar count as days off (2025-03-25, 2025-03-26); under the national "
        "calendar the deadline was 2025-04-16, under the agency's 2025-04-21"
    )


def test_a_decreed_three_day_week_shows_the_national_due_date(folder: Path) -> None:
    """Monday-Wednesday with its decree: accepted, the late notice is on time by it, and the
    warning gives the due date of the national calendar (10 hari kerja from receipt there)."""
    basis = "Keputusan Gubernur ... tentang hari kerja unit layanan (contoh)"
    edit(folder, calendar(working_week=[1, 2, 3], working_week_basis=basis))
    case = load_case(LATE)
    report = check_case(case)
    (found,) = [f for f in report.findings if f.code == CODE]
    national = WorkingCalendar(CalendarSettings(timezone="Asia/Pontianak"))
    due = national.add_working_days(national.local_date(case.trigger.received_at), 10)
    assert f"batasnya {due.isoformat()}" in found.message
    assert f"the deadline was {due.isoformat()}" in found.message_en
    assert "2025-03-27" in found.message  # a Thursday the week dropped (Friday 28 is cuti
    assert "2025-03-28" not in found.message  # bersama: off in the national calendar too)
    assert report.calendar_sources is not None
    assert report.calendar_sources.working_week_basis == basis
    status, out = cli("check", str(LATE), "--json")
    sources = json.loads(out)["cases"][0]["calendar_sources"]
    assert status == 0 and sources["working_week"] == [1, 2, 3]
    assert sources["working_week_basis"] == basis


def test_a_notice_late_by_both_calendars_stays_an_error_without_the_warning(folder: Path) -> None:
    """A day off after the due date moves nothing: the late notice is an error, no warning."""
    edit(folder, calendar(extra_days_off=invented("2025-04-28")))
    report = check_case(load_case(LATE))
    assert [f.code for f in report.findings] == ["case.notice.late"]


def test_a_six_day_week_and_extra_working_days_give_no_warning(folder: Path) -> None:
    """Days that only add work shorten deadlines: no warning of this rule on the on-time case
    (its office hours are spread over six days, so some steps now warn of those), the late one
    stays late, and the report shows the week."""
    extra = [{"date": "2025-03-28", "source": "SK Kepala Dinas (contoh)"}]
    edit(folder, calendar(working_week=[1, 2, 3, 4, 5, 6], extra_working_days=extra))
    on_time = check_case(load_case(ON_TIME))
    assert on_time.ok and CODE not in [f.code for f in on_time.findings]
    report = check_case(load_case(LATE))
    codes = [f.code for f in report.findings]
    assert "case.notice.late" in codes and CODE not in codes
    assert report.calendar_sources is not None
    assert report.calendar_sources.working_week == (1, 2, 3, 4, 5, 6)


def test_the_example_agencys_own_day_off_is_named_in_its_violation_example() -> None:
    """examples/.../contoh-completeness-check-on-hari-jadi.json: the "tidak lengkap" letter on
    the 4th national working day, the 3rd by Kabupaten Contoh's calendar (Hari Jadi, 14
    October 2025): compliant, with the warning alone."""
    report = check_case(load_case(CONTOH))
    assert report.ok and [f.code for f in report.findings] == [CODE]
    (found,) = report.findings
    assert "(2025-10-14)" in found.message and "batasnya 2025-10-15" in found.message
    assert found.basis.endswith("PERKI 1/2021 Pasal 31 ayat (2)")


def test_the_calendar_pages_example_of_a_shorter_week_runs_as_its_comments_say() -> None:
    """docs/calendar.md's block on working_week_basis: the first statement raises the error its
    comment quotes, the other two build settings."""
    import re

    text = (ROOT / "docs" / "calendar.md").read_text(encoding="utf-8")
    (block,) = [
        b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "working_week_basis=" in b
    ]
    statements = [line for line in block.splitlines() if line.startswith("CalendarSettings(")]
    assert len(statements) == 3
    quoted = re.search(r"# CalendarError: (.*?); \.\.\.", block.replace("\n#  ", ""), re.S)
    assert quoted is not None
    with pytest.raises(CalendarError) as info:
        eval(statements[0].split("#")[0], {"CalendarSettings": CalendarSettings})
    assert quoted.group(1) in info.value.problems[0].render("en")
    for statement in statements[1:]:
        built = eval(statement.split("#")[0], {"CalendarSettings": CalendarSettings})
        assert isinstance(built, CalendarSettings)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_plugin_new_refuses_a_foreign_zone_naming_the_option_and_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """`plugin new --timezone Europe/Paris`: exit 2, the option, the value and Indonesia's zones,
    each language on its own (never both glued together)."""
    import contextlib
    import io

    from uji_konsekuensi.cli import main

    monkeypatch.chdir(tmp_path)
    sop = ROOT / "examples/agency-plugin/src/uji_konsekuensi_contoh/sop.json"
    err = io.StringIO()
    argv = ["--lang", lang, "plugin", "new", "dinas-x", "--name", "Dinas X"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = main([*argv, "--timezone", "Europe/Paris", "--sop", str(sop)])
    text = err.getvalue()
    assert status == 2 and "--timezone" in text and "'Europe/Paris'" in text
    assert "\x1e" not in text and "Asia/Jayapura (WIT)" in text
    assert ("bukan zona Indonesia" in text) == (lang == "id")
    assert ("is not an Indonesian zone" in text) == (lang == "en")
    assert not (tmp_path / "dinas-x").exists()
