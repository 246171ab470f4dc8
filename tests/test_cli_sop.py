"""``uji-konsekuensi sop AGENCY``: the SOP as the familiar table, or as JSON."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from uji_konsekuensi import agency as agency_module
from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.cli import main
from uji_konsekuensi.cli.sop import format_table, render_sop
from uji_konsekuensi.hookspecs import hookimpl
from uji_konsekuensi.i18n import ENV_LANG, Text
from uji_konsekuensi.plugins import get_plugin_manager
from uji_konsekuensi.sop import SOP, Correction, Inference, load_sop, loads_sop

EXAMPLE_SOP = (
    Path(__file__).resolve().parent.parent
    / "examples/agency-plugin/src/uji_konsekuensi_contoh/sop.json"
)


class OneAgency:
    """Agency "contoh" with the SOPs given."""

    def __init__(self, sops: list[SOP]) -> None:
        self.sops = sops

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
        return self.sops if agency_code == "contoh" else None


@pytest.fixture
def example() -> SOP:
    return load_sop(EXAMPLE_SOP)


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Serve the given SOPs as agency "contoh" to the CLI; Indonesian, 160 columns."""
    monkeypatch.delenv(ENV_LANG, raising=False)
    monkeypatch.setenv("COLUMNS", "160")

    def install(*sops: SOP) -> None:
        pm = get_plugin_manager(load_entrypoints=False)
        pm.register(OneAgency(list(sops)), name="contoh")
        monkeypatch.setattr(agency_module, "default_plugin_manager", lambda: pm)

    yield install


def test_identity_then_steps(serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]) -> None:
    """The table shows the identity block, the actors, then every step's columns in order."""
    serve(example)
    assert main(["sop", "contoh"]) == 0
    out = capsys.readouterr().out
    order = [
        "SOP 800/17/SOP-PPID/DISKOMINFO/2025",
        "Nomor SOP",
        "Tanggal Pembuatan",
        "2 Januari 2025",
        "Tanggal Efektif",
        "Disahkan oleh",
        "NIP 197001012000031001",
        "Nama SOP",
        "Dasar Hukum",
        "1. Undang-Undang Nomor 14 Tahun 2008",
        "Kualifikasi Pelaksana",
        "Keterkaitan",
        "Peralatan/Perlengkapan",
        "Peringatan",
        "Pencatatan dan Pendataan",
        "Pelaksana",
        "Tim Pertimbangan",
        "Prosedur",
        "Kegiatan",
        "Kelengkapan",
        "Waktu",
        "Output",
        "Keterangan",
        "1 ( )",
        "2 [ ]",
        "5 < >",
        "7 ( )",
    ]
    at = 0
    for text in order:  # each one after the one before
        found = out.find(text, at)
        assert found != -1, f"{text!r} missing or out of order"
        at = found + len(text)


def test_steps_show_actor_waktu_output_and_flow(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each step row carries its lane name, waktu as written, output and where the flow goes."""
    serve(example)
    main(["sop", "contoh"])
    rows = capsys.readouterr().out.split("Prosedur", 1)[1]
    step5 = rows[rows.index("5 < >") :].split("-+-", 1)[0]
    assert "Atasan PPID" in step5
    assert "1 (satu) hari" in step5
    assert "Ya → 6 / Tidak → 3" in " ".join(step5.split())
    step7 = rows[rows.index("7 ( )") :]
    assert "selesai" in step7


def test_english_headings_keep_the_sop_text(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """--lang en translates headings only; the SOP's own words stay as written."""
    serve(example)
    assert main(["--lang", "en", "sop", "contoh"]) == 0
    out = capsys.readouterr().out
    for heading in ("SOP number", "Approved by", "Activity", "Requirements", "Procedure"):
        assert heading in out
    assert "Mengajukan permohonan informasi" in out and "Nomor SOP" not in out
    assert "end" in out and "Yes" not in out  # the written branch labels "Ya"/"Tidak" stay


def test_json_is_the_sop_wire_format(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """--json prints JSON that loads back into the same SOP."""
    serve(example)
    assert main(["sop", "contoh", "--json"]) == 0
    assert loads_sop(capsys.readouterr().out) == example


def test_unknown_agency_exits_2_with_a_suggestion(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown code is exit 2 with the installed codes and the nearest one."""
    serve(example)
    assert main(["sop", "kontoh"]) == 2
    err = capsys.readouterr().err
    assert "instansi 'kontoh' tidak dikenal; maksud Anda 'contoh'?" in err
    assert "Traceback" not in err


def test_several_sops_need_a_number(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """With two SOPs the number chooses; without it the command lists the numbers (exit 2)."""
    other = attrs.evolve(example, identity=attrs.evolve(example.identity, number="2/SOP/2025"))
    serve(example, other)
    assert main(["sop", "contoh"]) == 2
    assert "pilih satu: 800/17/SOP-PPID/DISKOMINFO/2025, 2/SOP/2025" in capsys.readouterr().err
    assert main(["sop", "contoh", "2/SOP/2025"]) == 0
    assert capsys.readouterr().out.startswith("SOP 2/SOP/2025:")


def test_inferred_and_corrected_values_are_marked(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """An inferred actor gets *, a corrected waktu gets †, and --notes gives the reasons."""
    step2 = example.step(2)
    marked = attrs.evolve(
        step2,
        waktu_text="1 hari kerj",
        corrections=(
            Correction(
                field="waktu_text",
                as_written="1 hari kerj",
                corrected="1 hari kerja",
                reason=Text(id="salah ketik", en="typo"),
            ),
        ),
        inferences=(
            Inference(
                field="actors",
                value='["petugas"]',
                reason=Text(id="petugas mencatat permohonan", en="the officer registers requests"),
            ),
        ),
    )
    sop = attrs.evolve(example, steps=tuple(marked if s.number == 2 else s for s in example.steps))
    serve(sop)
    main(["sop", "contoh", "--notes"])
    out = capsys.readouterr().out
    row = out[out.index("2 [ ]") :].split("-+-", 1)[0]
    assert "Petugas Meja" in row and "Informasi*" in row
    assert "1 hari kerj†" in row
    notes = out.split("Koreksi dan inferensi", 1)[1]
    assert "† langkah 2, waktu_text: '1 hari kerj' → '1 hari kerja' (salah ketik)" in notes
    assert '* langkah 2, actors = ["petugas"] (petugas mencatat permohonan)' in notes


def test_lines_fit_the_terminal(example: SOP) -> None:
    """At 160 columns no line of the table is wider than the terminal."""
    text = render_sop(example, lang="id", width=160)
    assert max(len(line) for line in text.splitlines()) <= 160


def test_format_table_wraps_numbered_items_with_hanging_indent() -> None:
    """A wrapped numbered item continues under its text, not under its number."""
    table = format_table(["A", "B"], [["x", "1. satu dua tiga empat"]], wrap={1: 12})
    lines = table.splitlines()
    assert lines[0].startswith("A | B")
    assert lines[2] == "x | 1. satu dua"
    assert lines[3] == "  |    tiga"
    assert lines[4] == "  |    empat"


def test_format_table_never_splits_words() -> None:
    """A word longer than the wrap width widens the column instead of being cut."""
    table = format_table(None, [["800/17/SOP-PPID/DISKOMINFO/2025"]], wrap={0: 10})
    assert table == "800/17/SOP-PPID/DISKOMINFO/2025"


def test_html_flowchart_is_written_to_a_file_once(
    serve: Any, example: SOP, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format html -o writes the SOP AP page; a second run without --force refuses (exit 2)."""
    serve(example)
    target = tmp_path / "sop.html"
    assert main(["sop", "contoh", "--format", "html", "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "<svg" in page
    for step in example.steps:
        assert f'data-step="{step.number}"' in page
    target.write_text("edited by hand", encoding="utf-8")
    assert main(["sop", "contoh", "--format", "html", "-o", str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "edited by hand"
    assert str(target) in capsys.readouterr().err
    assert main(["sop", "contoh", "--format", "html", "-o", str(target), "--force"]) == 0
    assert "<svg" in target.read_text(encoding="utf-8")


def test_json_format_matches_the_json_flag(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json prints what --json prints: the SOP in the wire format."""
    serve(example)
    main(["sop", "contoh", "--json"])
    by_flag = capsys.readouterr().out
    main(["sop", "contoh", "--format", "json"])
    assert capsys.readouterr().out == by_flag
    assert loads_sop(by_flag) == example


# --- sop import / validate / template, and broken SOPs ------------------------------------------

SEEDS = Path(__file__).resolve().parent.parent / "docs" / "sources" / "seeds"
ANSWERS = Path(__file__).resolve().parent / "data" / "sop_import" / "answers"


def _broken(example: SOP) -> SOP:
    """The example SOP with step 2 pointing to a missing step 99 and an actor that is no lane."""
    step = attrs.evolve(example.step(2), next=99, actors=("tidak-ada",))
    steps = tuple(step if s.number == 2 else s for s in example.steps)
    return attrs.evolve(example, steps=steps)


def test_showing_a_broken_sop_shows_its_findings_and_exits_1(
    serve: Any, example: SOP, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sop CODE` of an SOP with a dangling step and an unknown actor lists the errors after
    the table and exits 1, instead of showing it as if it were fine."""
    serve(_broken(example))
    assert main(["sop", "contoh"]) == 1
    out = capsys.readouterr().out
    assert "Temuan SOP.validate()" in out
    assert "sop.flow.target.missing" in out or "99" in out.split("Temuan SOP.validate()")[1]
    assert "sop.step.actor.unknown" in out


def test_sop_shows_the_documents_each_step_requires_and_produces(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The table ends with the documents the plugin declares per step (required_by_steps,
    produced_by_steps), the ones the case checker will ask for."""
    assert main(["sop", "kalteng"]) == 0
    out = capsys.readouterr().out
    section = out.split("Dokumen per langkah")[1]
    row2 = next(line for line in section.splitlines() if line.startswith("2 "))
    assert "rekap-dik" in row2 and "dik-disetujui" in row2


def test_validate_exits_1_on_an_error_and_0_on_a_good_sop(
    serve: Any, example: SOP, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sop validate FILE|CODE` prints the findings; exit 1 with an error, 0 without."""
    good = tmp_path / "good.json"
    good.write_text(EXAMPLE_SOP.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["sop", "validate", str(good)]) == 0
    bad = tmp_path / "bad.json"
    from uji_konsekuensi.sop import dumps_sop

    bad.write_text(dumps_sop(_broken(example)), encoding="utf-8")
    capsys.readouterr()
    assert main(["sop", "validate", str(bad)]) == 1
    assert "sop.step.actor.unknown" in capsys.readouterr().out
    serve(_broken(example))
    assert main(["sop", "validate", "contoh", "--format", "json"]) == 1
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False and any(
        f["code"] == "sop.step.actor.unknown" for f in data["findings"]
    )


def test_validate_unreadable_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not an SOP is exit 2 with a message naming the file."""
    junk = tmp_path / "junk.json"
    junk.write_text('{"identity": 1}', encoding="utf-8")
    assert main(["sop", "validate", str(junk)]) == 2
    assert "junk.json" in capsys.readouterr().err


def test_import_writes_draft_and_review_and_exits_1_while_undecided(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sop import seed.txt -o sop.json --report review.md` writes both; the review is on the
    terminal too; exit 1 while decisions are left. With the answers, exit 0."""
    out, review = tmp_path / "sop.json", tmp_path / "review.md"
    code = main(
        ["sop", "import", str(SEEDS / "kalteng.txt"), "-o", str(out), "--report", str(review)]
    )
    assert code == 1
    terminal = capsys.readouterr().out
    assert "steps[0].actors" in terminal and "steps[0].actors" in review.read_text()
    assert load_sop(out).number == "870/27/Sekr.7/BKD"
    final = tmp_path / "final.json"
    answers = str(ANSWERS / "kalteng.json")
    assert (
        main(["sop", "import", str(SEEDS / "kalteng.txt"), "--answers", answers, "-o", str(final)])
        == 0
    )
    assert main(["sop", "validate", str(final)]) == 0


def test_import_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An existing output is kept unless --force (exit 2, file unchanged)."""
    out = tmp_path / "sop.json"
    out.write_text("keep", encoding="utf-8")
    assert main(["sop", "import", str(SEEDS / "kasn.txt"), "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "keep"


def test_import_json_lists_review_items(capsys: pytest.CaptureFixture[str]) -> None:
    """`--format json` gives the draft, review items (path, where, question) and findings."""
    import json

    assert main(["sop", "import", str(SEEDS / "kasn.txt"), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["sop"]["identity"]["number"] == "04 / PPID / KASN / OTK / 2020"
    item = next(i for i in data["review"] if i["path"] == "steps[0].actors")
    assert item["where"] == "baris 26"


def test_template_blank_and_from_an_agency_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sop template F.xlsx --from kasn` writes the SOP into the template; importing it back
    gives the same steps; the blank template imports to a draft that asks for Nomor SOP."""
    filled = tmp_path / "kasn.xlsx"
    assert main(["sop", "template", str(filled), "--from", "kasn"]) == 0
    back = tmp_path / "kasn.json"
    assert main(["sop", "import", str(filled), "-o", str(back)]) == 0
    from uji_konsekuensi.agency import get_agency

    original = get_agency("kasn").get_sop()
    assert [s.activity for s in load_sop(back).steps] == [s.activity for s in original.steps]
    blank = tmp_path / "blank.csv"
    assert main(["sop", "template", str(blank)]) == 0
    assert main(["sop", "template", str(blank)]) == 2  # exists: not overwritten
    capsys.readouterr()
    assert main(["sop", "import", str(blank), "--format", "json"]) == 1
    import json

    data = json.loads(capsys.readouterr().out)
    assert any(i["path"] == "identity.number" for i in data["review"])


def test_sop_import_without_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """`sop import` with no FILE exits 2 and says what is expected."""
    assert main(["sop", "import"]) == 2
    assert "sop import" in capsys.readouterr().err


def test_the_flowchart_as_pdf_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """sop CODE --format pdf -o FILE writes the SOP AP flowchart as an A4 landscape PDF whose text
    holds the SOP number and every step's activity; without -o it is refused (exit 2)."""
    pypdf = pytest.importorskip("pypdf")
    target = tmp_path / "kalteng.pdf"
    assert main(["sop", "kalteng", "--format", "pdf", "-o", str(target)]) == 0
    reader = pypdf.PdfReader(str(target))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape, as the SOP AP table is drawn
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    from uji_konsekuensi.agency import get_agency

    sop = get_agency("kalteng").sops[0]
    assert " ".join(sop.number.split()) in text
    for step in sop.steps:
        assert " ".join(step.activity.split())[:25] in text
    capsys.readouterr()
    assert main(["sop", "kalteng", "--format", "pdf"]) == 2
