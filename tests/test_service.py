"""The HTTP service (`uji_konsekuensi.service`, issue 11), called over HTTP: a real
``uji-konsekuensi serve`` in a subprocess on a free loopback port.

Each answer is compared with what the command line prints for the same question, and validated
against its schema (docs/schemas/).
"""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from jsonschema import Draft202012Validator

from uji_konsekuensi.cli import main
from uji_konsekuensi.schemas import schema
from uji_konsekuensi.service.openapi import render as openapi_text
from uji_konsekuensi.service.testing import call, call_json, running_service

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "examples" / "cases"
TOKEN = "s3cret-token-for-tests-0123456789"


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_service() as base:
        yield base


def cli_json(*argv: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(list(argv))
    return json.loads(out.getvalue())


def valid(name: str, data: Any) -> None:
    errors = list(Draft202012Validator(schema(name)).iter_errors(data))
    assert not errors, [f"{e.json_path}: {e.message[:200]}" for e in errors[:5]]


def case(name: str) -> Any:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


def test_health_and_openapi(url: str) -> None:
    """/v1/health answers ok; /v1/openapi.json is the committed docs/openapi.json."""
    assert call_json("GET", url + "/v1/health") == (200, {"status": "ok", "version": "0.1.0"})
    status, headers, body = call("GET", url + "/v1/openapi.json")
    assert status == 200 and headers["content-type"] == "application/json"
    assert json.loads(body) == json.loads((ROOT / "docs" / "openapi.json").read_text())


def test_committed_openapi_is_generated() -> None:
    """docs/openapi.json equals what `python -m uji_konsekuensi.service.openapi` prints."""
    assert (ROOT / "docs" / "openapi.json").read_text(encoding="utf-8") == openapi_text(), (
        "docs/openapi.json is out of date: run "
        "`python -m uji_konsekuensi.service.openapi > docs/openapi.json`"
    )


def test_agencies_and_contract_equal_the_cli(url: str) -> None:
    """GET /v1/agencies and /v1/agencies/{code} answer what `agencies --json` prints."""
    status, data = call_json("GET", url + "/v1/agencies")
    assert status == 200 and data == cli_json("agencies", "--json")
    valid("agencies", data)
    status, data = call_json("GET", url + "/v1/agencies/kalbar")
    assert status == 200 and data == cli_json("agencies", "kalbar", "--format", "json")
    valid("agency", data)


@pytest.mark.parametrize(
    ("query", "argv"),
    [
        ("start=2025-03-25&days=10", ["2025-03-25", "10"]),
        (
            "start=" + quote("2025-03-24T06:30+08:00") + "&deadline=notice&agency=kutai-timur",
            ["2025-03-24T06:30+08:00", "--deadline", "notice", "--agency", "kutai-timur"],
        ),
        ("start=2025-03-25&deadline=kasasi", ["2025-03-25", "--deadline", "kasasi"]),
        (
            "start=2025-03-25&days=10&timezone=WITA&no_cuti_bersama=true",
            ["2025-03-25", "10", "--timezone", "WITA", "--no-cuti-bersama"],
        ),
        (
            "start=" + quote("2025-03-25T09:00+07:00") + "&waktu=" + quote("3 (tiga) hari kerja"),
            ["2025-03-25T09:00+07:00", "--waktu", "3 (tiga) hari kerja"],
        ),
    ],
)
def test_due_equals_the_cli(url: str, query: str, argv: list[str]) -> None:
    """GET /v1/due answers exactly what `due ... --json` prints."""
    status, data = call_json("GET", f"{url}/v1/due?{query}")
    assert status == 200
    assert data == cli_json("due", *argv, "--json")
    valid("due-waktu" if "waktu=" in query else "due", data)


def test_the_notice_deadline_skips_nyepi_and_lebaran(url: str) -> None:
    """The notice of a request received on 25 March 2025 is due on 17 April 2025 (UU 14/2008
    Pasal 22 ayat (7): 10 hari kerja; Nyepi, Idul Fitri and cuti bersama skipped)."""
    status, data = call_json("GET", url + "/v1/due?start=2025-03-25&deadline=notice")
    assert status == 200 and data["due"] == "2025-04-17"
    assert data["deadline"]["basis"].startswith("UU 14/2008 Pasal 22 ayat (7)")
    assert {d["kind"] for d in data["skipped"]} == {"weekend", "libur_nasional", "cuti_bersama"}


def test_timeline_and_deadlines_equal_the_cli(url: str) -> None:
    """GET /v1/timeline and /v1/deadlines answer `due --timeline` and `--list-deadlines`."""
    status, data = call_json("GET", url + "/v1/timeline?start=2025-03-25&completed=2025-03-27")
    assert status == 200
    assert data == cli_json(
        "due", "2025-03-25", "--timeline", "--completed", "2025-03-27", "--json"
    )
    valid("timeline", data)
    status, data = call_json("GET", url + "/v1/deadlines")
    assert status == 200 and data == cli_json("due", "--list-deadlines", "--json")


def _without_file(document: dict[str, Any]) -> dict[str, Any]:
    for item in document["cases"]:
        item["file"] = "-"
    return document


@pytest.mark.parametrize("name", ["kalbar.case.json", "violations/kasn-late-step.json"])
def test_check_one_case_equals_the_cli(url: str, name: str) -> None:
    """POST /v1/check with one case answers the findings `check --format json` gives."""
    status, data = call_json("POST", url + "/v1/check", case(name))
    assert status == 200
    valid("check", data)
    expected = cli_json("check", str(CASES / name), "--format", "json")
    assert _without_file(data) == _without_file(expected)


def test_check_a_batch(url: str) -> None:
    """An array is a batch: each case checked, an unreadable one listed with its problems
    (its index as the file), the others still checked; summary and exit code as the CLI's."""
    bad = case("kalbar.case.json") | {"agency": "kalbarr"}
    batch = [case("kalbar.case.json"), bad, case("violations/kasn-wrong-actor.json")]
    status, data = call_json("POST", url + "/v1/check?strict=false", batch)
    assert status == 200
    valid("check", data)
    assert [c["file"] for c in data["cases"]] == ["[0]", "[2]"]
    assert data["cases"][0]["ok"] is True and data["cases"][1]["ok"] is False
    [unreadable] = data["unreadable"]
    assert unreadable["file"] == "[1]"
    assert any(p["path"] == "agency" and p["value"] == "kalbarr" for p in unreadable["problems"])
    assert data["summary"]["exit_code"] == 2 and data["summary"]["total"] == 3


def test_check_at_a_moment_reports_overdue(url: str) -> None:
    """?at= also reports what is overdue then, read in the agency's zone."""
    status, data = call_json("POST", url + "/v1/check?at=2030-01-01", case("kalbar.case.json"))
    assert status == 200
    expected = cli_json("check", str(CASES / "kalbar.case.json"), "--at", "2030-01-01", "--json")
    assert _without_file(data) == _without_file(expected)


def test_state_equals_the_cli(url: str) -> None:
    """POST /v1/state?at= answers what `status --at --format json` prints."""
    status, data = call_json(
        "POST", url + "/v1/state?at=" + quote("2025-03-27T10:00+07:00"), case("kalbar.case.json")
    )
    assert status == 200
    valid("status", data)
    expected = cli_json(
        "status", str(CASES / "kalbar.case.json"), "--at", "2025-03-27T10:00+07:00", "--json"
    )
    assert data == expected


def test_plan_equals_the_cli(url: str) -> None:
    """GET /v1/agencies/{code}/plan answers what `plan --format json` prints."""
    status, data = call_json(
        "GET", url + "/v1/agencies/kalteng/plan?start=2025-02-03&branch=2%3Dno"
    )
    assert status == 200
    valid("plan", data)
    assert data == cli_json(
        "plan", "kalteng", "--start", "2025-02-03", "--branch", "2=no", "--format", "json"
    )


@pytest.mark.parametrize(
    ("fmt", "media"),
    [
        ("html", "text/html; charset=utf-8"),
        ("md", "text/markdown; charset=utf-8"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("pdf", "application/pdf"),
    ],
)
def test_render_a_refusal_letter(url: str, fmt: str, media: str) -> None:
    """POST /v1/render/penolakan gives the letter's bytes with its content type and a file name
    made from the case id; the file reads back with the refusal's ground in it."""
    from uji_konsekuensi.documents.render import FORMATS

    if fmt not in FORMATS:
        pytest.skip(f"documents.render offers no {fmt}")
    body = json.dumps(case("kutai-timur.case.json"))
    status, headers, payload = call("POST", f"{url}/v1/render/penolakan?format={fmt}", body)
    assert status == 200, payload[:500]
    assert headers["content-type"] == media
    assert headers["content-disposition"] == (
        f'attachment; filename="penolakan-BKPSDM-KUTIM-PPID-2025-031.{fmt}"'
    )
    if fmt in ("html", "md"):
        text = payload.decode("utf-8")
    elif fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            text = archive.read("word/document.xml").decode("utf-8")
    else:
        from pypdf import PdfReader

        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(payload)).pages)
    assert "17" in text and "PENOLAKAN" in text.upper()


def test_render_from_a_penetapan_alone(url: str) -> None:
    """A Penetapan (not a case) renders too: the body's keys tell what it is."""
    penetapan = case("kasn.case.json")["penetapan"]
    status, headers, payload = call(
        "POST", url + "/v1/render/penetapan?format=md", json.dumps(penetapan)
    )
    assert status == 200 and headers["content-type"].startswith("text/markdown")
    assert penetapan["number"] in payload.decode("utf-8")


def test_flowchart_page(url: str) -> None:
    """GET /v1/agencies/{code}/flowchart is the SOP AP page as HTML, with inline SVG."""
    status, headers, payload = call("GET", url + "/v1/agencies/kalbar/flowchart")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    page = payload.decode("utf-8")
    assert "41 /SOP/ DISKOMINFO.IP /2024" in page and "<svg" in page
    assert headers["content-disposition"] == 'inline; filename="sop-kalbar.html"'


def test_flowchart_as_pdf(url: str) -> None:
    """?format=pdf lays the same page out as PDF; its text holds the SOP number."""
    pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    status, headers, payload = call("GET", url + "/v1/agencies/kasn/flowchart?format=pdf")
    assert status == 200 and headers["content-type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(payload)).pages)
    assert "04 / PPID / KASN / OTK / 2020" in text
    problem(422, "GET", url + "/v1/agencies/kasn/flowchart?format=docx")


# --- errors -----------------------------------------------------------------------------------


def problem(status_expected: int, method: str, path: str, data: Any = None, **headers: str) -> Any:
    from uji_konsekuensi.service.testing import call as raw

    body = None if data is None else (data if isinstance(data, str) else json.dumps(data))
    status, got, payload = raw(method, path, body, headers or None)
    assert status == status_expected, payload[:400]
    assert got["content-type"] == "application/problem+json"
    document = json.loads(payload)
    valid("problem", document)
    assert document["status"] == status_expected
    return document


def test_unknown_agency_is_404_with_the_installed_ones(url: str) -> None:
    """An unknown agency in the path is 404, naming the code and the installed agencies."""
    doc = problem(404, "GET", url + "/v1/agencies/kalbarr")
    [p] = doc["problems"]
    assert p["path"] == "code" and p["value"] == "kalbarr" and "kalbar" in p["expected"]
    assert doc["title"] == "Tidak ditemukan"


def test_invalid_case_lists_every_problem_in_both_languages(url: str) -> None:
    """A case that cannot be read is 422 with the problems InputError carries: JSON path,
    message in Indonesian and English, the value, what was expected."""
    bad = case("kalbar.case.json")
    bad["events"][0]["at"] = "2025-03-24T09:00:00"  # no UTC offset
    bad["agency"] = "kalbarr"
    doc = problem(422, "POST", url + "/v1/check", bad)
    paths = {p["path"]: p for p in doc["problems"]}
    assert "events[0].at" in paths and "agency" in paths
    at = paths["events[0].at"]
    assert at["value"] == "2025-03-24T09:00:00" and at["message"] and at["message_en"]
    assert doc["kind"] == "input" and doc["source"] == "request body"


def test_accept_language_chooses_english(url: str) -> None:
    """Accept-Language: en gives the title and detail in English (problems carry both)."""
    doc = problem(
        422, "GET", url + "/v1/due?start=2025-02-30&days=3", **{"Accept-Language": "en-US,en;q=0.9"}
    )
    assert doc["title"] == "Invalid input"
    doc_id = problem(
        422, "GET", url + "/v1/due?start=2025-02-30&days=3", **{"Accept-Language": "id, en;q=0.5"}
    )
    assert doc_id["title"] == "Masukan tidak sah"
    assert doc["problems"] == doc_id["problems"]
    assert doc["problems"][0]["path"] == "start"


def test_unknown_parameter_is_refused(url: str) -> None:
    """A misspelt query parameter is 422 naming it, never silently ignored."""
    doc = problem(422, "GET", url + "/v1/due?start=2025-03-25&deadine=notice")
    assert [p["path"] for p in doc["problems"]] == ["deadine"]


def test_body_must_be_json(url: str) -> None:
    """A body that is not JSON is 400; a JSON body of the wrong content type is 415."""
    doc = problem(400, "POST", url + "/v1/check", "{not json")
    assert doc["problems"]
    problem(415, "POST", url + "/v1/check", "{}", **{"Content-Type": "text/plain"})


def test_render_needs_what_the_document_needs(url: str) -> None:
    """A refusal letter from a periodic case without a request is 422 saying what is missing;
    an unknown document kind is 404."""
    problem(422, "POST", url + "/v1/render/penolakan", case("kalteng.case.json"))
    problem(404, "POST", url + "/v1/render/surat-cinta", case("kalbar.case.json"))
    problem(422, "POST", url + "/v1/render/lembar?format=exe", case("kalbar.case.json"))


def test_unknown_route_is_a_problem(url: str) -> None:
    """An unknown address is a 404 problem pointing to the OpenAPI document."""
    doc = problem(404, "GET", url + "/v2/nothing")
    assert "/v1/openapi.json" in doc["detail"]


def test_token_when_set() -> None:
    """With UJI_KONSEKUENSI_TOKEN set every request must send it (401 with WWW-Authenticate
    otherwise); /v1/health and /v1/openapi.json stay public."""
    with running_service(env={"UJI_KONSEKUENSI_TOKEN": TOKEN}) as base:
        status, headers, _ = call("GET", base + "/v1/agencies")
        assert status == 401 and headers["www-authenticate"].startswith("Bearer")
        status, _, _ = call("GET", base + "/v1/agencies", headers={"Authorization": "Bearer x"})
        assert status == 401
        status, _, _ = call(
            "GET", base + "/v1/agencies", headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert status == 200
        assert call("GET", base + "/v1/health")[0] == 200
        assert call("GET", base + "/v1/openapi.json")[0] == 200


def test_several_worker_processes_answer_the_same() -> None:
    """`serve --workers 2` (uvicorn's supervisor over a socket made with IPPROTO_TCP, so that
    TCP_NODELAY is set) answers as one process does, on one keep-alive connection."""
    import http.client
    from urllib.parse import urlsplit

    with running_service(args=("--workers", "2")) as base:
        parts = urlsplit(base)
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
        answers = []
        for _ in range(4):
            conn.request("GET", "/v1/due?start=2025-03-25&deadline=notice")
            response = conn.getresponse()
            answers.append((response.status, json.loads(response.read())["due"]))
        conn.close()
        assert answers == [(200, "2025-04-17")] * 4


def test_plan_whose_dates_leave_the_calendar_is_422_naming_start_and_the_step(url: str) -> None:
    """A start in late December 2100 whose step falls in 2101: 422 naming ``start`` and the
    step, not the calendar's unnamed error."""
    doc = problem(422, "GET", url + "/v1/agencies/kasn/plan?start=2100-12-28")
    (item,) = doc["problems"]
    assert doc["source"] == "GET /v1/agencies/{code}/plan"
    assert item["path"] == "start" and item["value"] == "2100-12-28"
    assert item["message_en"].startswith("the due date of step 2 (")
    assert "2101" in item["message_en"]
