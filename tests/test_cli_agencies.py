"""``uji-konsekuensi agencies``: the installed agencies, and broken plugins as warnings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uji_konsekuensi import agency as agency_module
from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.cli import main
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.i18n import ENV_LANG
from uji_konsekuensi.plugins import ENV_PLUGINS, UjiPluginManager, get_plugin_manager
from uji_konsekuensi.sop import SOP, load_sop

EXAMPLE_SOP = (
    Path(__file__).resolve().parent.parent
    / "examples/agency-plugin/src/uji_konsekuensi_contoh/sop.json"
)


class Contoh:
    """The example agency, registered in-process (no package installed)."""

    @hookimpl
    def uji_register_agencies(self) -> list[AgencyInfo]:
        return [
            AgencyInfo(
                code="contoh",
                name="Dinas Komunikasi dan Informatika Kabupaten Contoh",
                timezone="Asia/Jayapura",
                trigger="request",
            )
        ]

    @hookimpl
    def uji_agency_sops(self, agency_code: str) -> list[SOP] | None:
        return [load_sop(EXAMPLE_SOP)] if agency_code == "contoh" else None


class Broken:
    """A plugin whose registration raises."""

    @hookimpl
    def uji_register_agencies(self) -> list[AgencyInfo]:
        raise RuntimeError("sop.json missing from the wheel")


@pytest.fixture
def use_manager(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Make the CLI use a plugin manager holding the plugins the test registers."""
    monkeypatch.delenv(ENV_LANG, raising=False)
    holder: dict[str, UjiPluginManager] = {}

    def install(*plugins: tuple[str, object]) -> UjiPluginManager:
        pm = get_plugin_manager(load_entrypoints=False)
        for name, plugin in plugins:
            pm.register(plugin, name=name)
            pm.set_distribution(name, f"uji-konsekuensi-{name}")
        holder["pm"] = pm
        return pm

    monkeypatch.setattr(agency_module, "default_plugin_manager", lambda: holder["pm"])
    yield install


def test_lists_each_agency_in_indonesian(
    use_manager: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """One row per agency: code, name, zone with WIT, trigger, SOP number, plugin; exit 0."""
    use_manager(("contoh", Contoh()))
    assert main(["agencies"]) == 0
    out = capsys.readouterr()
    header, rule, row, *rest = out.out.splitlines()
    assert header.split(" | ")[0].strip() == "KODE" and "ZONA WAKTU" in header
    assert set(rule) <= {"-", "+"}
    for text in (
        "contoh",
        "Asia/Jayapura (WIT)",
        "permohonan",
        "800/17/SOP-PPID/DISKOMINFO/2025",
        "contoh (uji-konsekuensi-contoh)",
    ):
        assert text in row
    assert "Kabupaten Contoh" in "\n".join(rest)  # the wrapped name
    assert out.err == ""


def test_english_headers_with_lang_en(use_manager: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en switches headings and the trigger to English."""
    use_manager(("contoh", Contoh()))
    assert main(["--lang", "en", "agencies"]) == 0
    out = capsys.readouterr().out
    assert "TIME ZONE" in out and "TRIGGER" in out and "request" in out
    assert "permohonan" not in out


def test_json_output(use_manager: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints agencies and problems for machines."""
    use_manager(("contoh", Contoh()))
    assert main(["agencies", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "agencies": [
            {
                "code": "contoh",
                "name": "Dinas Komunikasi dan Informatika Kabupaten Contoh",
                "timezone": "Asia/Jayapura",
                "trigger": "request",
                "sops": ["800/17/SOP-PPID/DISKOMINFO/2025"],
                "plugin": "contoh",
                "distribution": "uji-konsekuensi-contoh",
                "example": False,
            }
        ],
        "problems": [],
    }


class ExampleContoh(Contoh):
    """The same agency declared as the template plugin declares it: fictional."""

    @hookimpl
    def uji_register_agencies(self) -> list[AgencyInfo]:
        (info,) = super().uji_register_agencies()
        return [attrs.evolve(info, example=True)]


def test_an_example_agency_is_listed_only_with_all(
    use_manager: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fictional agency (AgencyInfo.example) is not listed beside the real ones: one line
    says it was left out; --all lists it, marked; the JSON always has it, with "example"."""
    use_manager(("contoh", ExampleContoh()))
    assert main(["agencies"]) == 0
    out = capsys.readouterr().out
    assert "Asia/Jayapura" not in out
    assert "instansi contoh, fiktif, tidak ditampilkan: contoh" in out
    assert main(["agencies", "--all"]) == 0
    out = capsys.readouterr().out
    assert "Asia/Jayapura (WIT)" in out and "[contoh]" in out
    assert "tidak ditampilkan" not in out
    assert main(["agencies", "--json"]) == 0
    (agency,) = json.loads(capsys.readouterr().out)["agencies"]
    assert agency["code"] == "contoh" and agency["example"] is True


def test_the_template_plugin_declares_its_agency_an_example() -> None:
    """The template's agency.json says it is an example (its folder is the package's)."""
    from uji_konsekuensi_contoh import plugin

    from uji_konsekuensi.agency_data import load_agency_folder

    assert load_agency_folder(Path(plugin.__file__).parent).info.example is True


def test_broken_plugin_is_a_warning_and_exit_1(
    use_manager: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken plugin is listed on stderr naming plugin and hook; the others are still listed."""
    use_manager(("contoh", Contoh()), ("rusak", Broken()))
    assert main(["agencies"]) == 1
    out = capsys.readouterr()
    assert "contoh" in out.out
    [warning] = out.err.splitlines()
    assert warning.startswith("peringatan: plugin 'rusak' (distribusi uji-konsekuensi-rusak)")
    assert "hook uji_register_agencies" in warning and "sop.json missing" in warning


def test_broken_plugin_in_json(use_manager: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """With --json the problems are data: plugin, distribution, hook and both messages."""
    use_manager(("contoh", Contoh()), ("rusak", Broken()))
    assert main(["agencies", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    [problem] = data["problems"]
    assert problem["plugin"] == "rusak" and problem["hook"] == "uji_register_agencies"
    assert problem["distribution"] == "uji-konsekuensi-rusak" and problem["agency"] is None
    assert "RuntimeError" in problem["message"] and "raised" in problem["message_en"]
    assert [a["code"] for a in data["agencies"]] == ["contoh"]


def test_nothing_installed_says_how_to_install(
    use_manager: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no agency the command says so, names the variable if it restricts, and exits 0."""
    use_manager()
    monkeypatch.delenv(ENV_PLUGINS, raising=False)
    assert main(["agencies"]) == 0
    out = capsys.readouterr().out
    assert "Tidak ada instansi yang terpasang" in out and ENV_PLUGINS not in out
    monkeypatch.setenv(ENV_PLUGINS, "")
    assert main(["agencies"]) == 0
    assert f"{ENV_PLUGINS}=''" in capsys.readouterr().out


def test_commands_are_registered() -> None:
    """agencies and sop are sub-commands of the CLI."""
    from uji_konsekuensi.cli import COMMANDS

    assert {"agencies", "sop"} <= set(COMMANDS)


# --- one agency's contract (issue 11) ----------------------------------------------------------


def _validate(name: str, data: Any) -> None:
    from jsonschema import Draft202012Validator

    from uji_konsekuensi.schemas import schema

    errors = sorted(Draft202012Validator(schema(name)).iter_errors(data), key=str)
    assert not errors, [f"{e.json_path}: {e.message}" for e in errors[:5]]


def test_contract_json_of_one_agency(capsys: pytest.CaptureFixture[str]) -> None:
    """`agencies kalbar --format json` prints the whole contract, valid against agency.json."""
    assert main(["agencies", "kalbar", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    _validate("agency", data)
    assert data["agency"]["code"] == "kalbar"
    assert data["agency"]["zone_label"] == "WIB"
    assert data["calendar"]["settings"]["timezone"] == "Asia/Pontianak"
    assert [d["code"] for d in data["documents"]][:2] == [
        "permohonan-informasi",
        "draf-dik-komponen",
    ]
    assert {e["kind"] for e in data["events"]} >= {"step_started", "notice_sent", "extension"}


def test_contract_of_a_periodic_agency_has_no_request_events(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A periodic agency's contract lists no notice, extension or pause events (they are the
    request's: UU 14/2008 Pasal 22), and its trigger keys are the periodic round's."""
    assert main(["agencies", "kasn", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    _validate("agency", data)
    kinds = {e["kind"] for e in data["events"]}
    assert not kinds & {"notice_sent", "extension", "paused", "resumed"}
    assert [k["name"] for k in data["trigger"]["keys"]] == ["kind", "period", "reason"]


def test_contract_text_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    """The text output names the SOP, every document code and the events, in Indonesian."""
    assert main(["agencies", "kalbar"]) == 0
    out = capsys.readouterr().out
    assert "SOP 41 /SOP/ DISKOMINFO.IP /2024" in out
    assert "surat-penolakan" in out and "Surat penolakan" in out
    assert "notice_sent          wajib" in out
    assert "UU 14/2008 Pasal 22 ayat (7)" in out


def test_contract_text_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en gives English headings and titles."""
    assert main(["--lang", "en", "agencies", "kalbar"]) == 0
    out = capsys.readouterr().out
    assert "Document kinds" in out and "Refusal letter" in out
    assert "notice_sent          always" in out


def test_unknown_agency_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown code is exit 2 with a problem naming the code, the nearest one and the
    installed agencies in both languages; as JSON with --format json."""
    assert main(["agencies", "kalbarr"]) == 2
    err = capsys.readouterr().err
    assert "kalbarr" in err and "'kalbar'?" in err and "Traceback" not in err
    assert main(["agencies", "kalbarr", "--format", "json"]) == 2
    data = json.loads(capsys.readouterr().out)
    _validate("error", data)
    [problem] = data["error"]["problems"]
    assert problem["path"] == "KODE" and problem["value"] == "kalbarr"
    assert "kalbar" in problem["expected_en"] and "unknown agency" in problem["message_en"]


def test_agencies_list_json_validates(capsys: pytest.CaptureFixture[str]) -> None:
    """The list of installed agencies validates against docs/schemas/agencies.json."""
    main(["agencies", "--json"])
    _validate("agencies", json.loads(capsys.readouterr().out))


@settings(max_examples=25, deadline=None)
@given(code=st.text(min_size=1, max_size=40).filter(lambda t: not t.startswith("-")))
def test_any_code_is_a_contract_or_a_clear_error(code: str) -> None:
    """Whatever code is given, `agencies CODE --format json` prints the contract (exit 0) or an
    error naming the code (exit 2), never a traceback."""
    import contextlib
    import io

    from uji_konsekuensi.agency import agencies

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["agencies", code, "--format", "json"])
    data = json.loads(out.getvalue())
    if code in agencies():
        assert status == 0
        _validate("agency", data)
    else:
        assert status == 2
        _validate("error", data)
        assert data["error"]["problems"][0]["path"] == "KODE"
    assert "Traceback" not in err.getvalue()
