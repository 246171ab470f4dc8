"""`sop import` on a corpus of SOP AP files made from public SOP texts (tests/data/sop_import/
corpus/README.md): Word files with drawn flowchart symbols and merged headers repeated after a
page break, PDFs with vector symbols, and the text PDF tools extract from them. Each file is
scored against its transcription: step cells exact / left for review / wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.sop.importer import import_sop
from uji_konsekuensi.sop.importer.compare import compare, summarise

CORPUS = Path(__file__).resolve().parent / "data/sop_import/corpus"
NAMES = ("dip", "uji", "layanan")


def _reference(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CORPUS / f"{name}.reference.json").read_text("utf-8"))
    return data


def _score(path: Path) -> tuple[dict[str, dict[str, int]], int, list[str]]:
    result = import_sop(path)
    results = compare(result.data, _reference(path.name.split(".")[0]), result.review)
    wrong = [f"{r.field}: {r.got!r} != {r.want!r}" for r in results if r.status == "wrong"]
    return summarise(results), len(result.review), wrong


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".middle.pdf"])
def test_word_and_pdf_files_are_read_from_their_drawn_symbols(name: str, suffix: str) -> None:
    """Nothing is wrong, at least 95% of the step cells are exact, every actor is read from the
    drawn symbol in its lane, and few questions are left (letterhead, lane roles, the decision's
    branches, the trigger): at most five."""
    counts, questions, wrong = _score(CORPUS / f"{name}{suffix}")
    assert wrong == []
    cells = counts["cell"]
    assert cells["exact"] / sum(cells.values()) >= 0.95
    ref = _reference(name)
    assert counts["step"]["exact"] >= 3 * len(ref["steps"]) - 2  # actors, kinds, flow
    assert questions <= 5


@pytest.mark.parametrize("name", NAMES)
def test_pdftotext_layout_is_read_by_its_columns(name: str) -> None:
    """`pdftotext -layout` text: at least 90% of the step cells exact and none wrong; what the
    text cannot show (the actors, run-together lane headings) is asked."""
    counts, _, wrong = _score(CORPUS / f"{name}.layout.txt")
    assert wrong == []
    cells = counts["cell"]
    assert cells["exact"] / sum(cells.values()) >= 0.9


@pytest.mark.parametrize("form", ["raw", "flat"])
@pytest.mark.parametrize("name", NAMES)
def test_flattened_or_interleaved_text_is_refused_at_once_with_the_route(
    name: str, form: str
) -> None:
    """Text whose cells cannot be told apart is not read as 0 steps: the import stops and says
    which files to import instead."""
    with pytest.raises(InputError) as err:
        import_sop(CORPUS / f"{name}.{form}.txt")
    text = err.value.render()
    assert "pdftotext -layout" in text and "PDF" in text and "sop template" in text


def test_a_symbol_word_writes_twice_counts_once() -> None:
    """Word writes a shape as DrawingML with a VML fallback: one symbol, one actor."""
    import docx

    from uji_konsekuensi.sop.importer.grid import docx_cell_symbols

    document = docx.Document(str(CORPUS / "uji.docx"))
    flow = document.tables[1]
    row = flow.rows[2 + 3]  # step 4, the decision of the Tim Uji Konsekuensi
    kinds = [docx_cell_symbols(cell._tc) for cell in row.cells]
    assert [k for k in kinds if k] == [["decision"]]


def test_a_label_written_with_its_value_after_a_colon_is_read(tmp_path: Path) -> None:
    """'NOMOR SOP : SOP AP-SEKRE-01' on one line gives the number; no question says it is
    missing."""
    text = (CORPUS / "layanan.layout.txt").read_text("utf-8")
    line = next(x for x in text.splitlines() if x.startswith("NOMOR SOP"))
    path = tmp_path / "sop.txt"
    path.write_text(text.replace(line, "NOMOR SOP : SOP AP-SEKRE-01"), "utf-8")
    result = import_sop(path)
    assert result.data["identity"]["number"] == "SOP AP-SEKRE-01"
    assert not [i for i in result.review if i.path == "identity.number"]


def test_the_decision_question_covers_the_steps_read_in_table_order_after_it() -> None:
    """After a decision, where a step leads is not told by table order (a branch may skip a
    row): the decision's one question names those steps instead of a question for each."""
    result = import_sop(CORPUS / "uji.pdf")
    flow = [i for i in result.review if i.path.endswith(".flow")]
    assert [i.path for i in flow] == ["steps[3].flow"]
    assert flow[0].covers == ("steps[4].flow", "steps[5].flow", "steps[6].flow")
    assert "5, 6, 7" in flow[0].question.id


@pytest.mark.parametrize("name", NAMES)
def test_text_of_vertically_centred_cells_is_refused_at_once_naming_the_pdf(name: str) -> None:
    """`pdftotext -layout` of a table whose cells are centred: the step's text starts above its
    number, so the rows cannot be told apart; the import says so and names the PDF, which is
    read exactly (the test above)."""
    with pytest.raises(InputError) as err:
        import_sop(CORPUS / f"{name}.middle.txt")
    text = err.value.render("en")
    assert "centred vertically" in text and "PDF" in text and "sop template" in text


def test_a_symbol_drawn_outside_its_anchor_cell_is_asked_not_taken(tmp_path: Path) -> None:
    """Word anchors a floating shape to a paragraph and draws it at an offset: a shape shifted
    out of its lane cell, or anchored in the Kegiatan cell, marks a lane the file does not name
    in cell terms. Those steps' actors are asked; nothing is wrong and the activity keeps no
    glyph."""
    import docx

    document = docx.Document(str(CORPUS / "uji.docx"))
    rows = document.tables[1].rows
    anchors = [el for el in rows[2]._tr.iter() if el.tag.endswith("}posOffset")]
    anchors[0].text = "5000000"  # step 1's capsule pushed about 14 cm right
    lane_p = next(el for el in rows[3]._tr.iter() if el.tag.endswith("}AlternateContent"))
    run = lane_p.getparent()
    rows[3].cells[1].paragraphs[0]._p.append(run)  # step 2's rectangle anchored in Kegiatan
    path = tmp_path / "uji.docx"
    document.save(str(path))
    counts, _, wrong = _score(path)
    assert wrong == []
    result = import_sop(path)
    asked = {i.path for i in result.review}
    assert {"steps[0].actors", "steps[1].actors"} <= asked
    assert result.data["steps"][1]["activity"].startswith("Menerima daftar")
    assert counts["cell"]["wrong"] == 0


def test_a_pdf_question_names_the_page_table_and_row() -> None:
    result = import_sop(CORPUS / "uji.pdf")
    flow = next(i for i in result.review if i.path == "steps[3].flow")
    assert flow.where is not None and flow.where.en == "page 2, table 2 row 6"
