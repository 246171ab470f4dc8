"""Answers finish an import: the corpus PDF with its answers is the transcription, and steps
and lanes can be added, removed and reordered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.sop.importer import apply_answers, import_sop
from uji_konsekuensi.sop.importer.compare import compare

CORPUS = Path(__file__).resolve().parent / "data/sop_import/corpus"


def test_the_answers_to_the_five_questions_give_the_transcription() -> None:
    """uji.pdf leaves five questions; with their answers every value is exact, nothing is left
    to review and the SOP validates without an error."""
    result = import_sop(CORPUS / "uji.pdf", answers=CORPUS / "answers/uji.json")
    reference = json.loads((CORPUS / "uji.reference.json").read_text("utf-8"))
    wrong = [r for r in compare(result.data, reference, result.review) if r.status != "exact"]
    assert [(r.field, r.got, r.want) for r in wrong] == []
    assert result.review == ()
    assert not result.has_errors, [f.code for f in result.findings]


def _draft() -> dict:
    return dict(import_sop(CORPUS / "uji.pdf").data)


def test_a_step_is_inserted_removed_and_the_steps_reordered() -> None:
    data = _draft()
    out, answered = apply_answers(
        data,
        [
            {
                "path": "steps[8]",
                "insert": {"number": 9, "activity": "Melaporkan", "actors": ["ppid"]},
            },
            {"path": "steps[6]", "remove": True},
            {"path": "steps", "order": [1, 2, 3, 4, 5, 6, 9, 8]},
        ],
    )
    assert [s["number"] for s in out["steps"]] == [1, 2, 3, 4, 5, 6, 9, 8]
    added = out["steps"][6]
    assert added["activity"] == "Melaporkan" and added["requirements"] == []
    assert added["kind"] == "process" and added["yes"] is None
    assert {"steps[8]", "steps[6]", "steps"} <= answered


def test_a_lane_is_added_with_its_role() -> None:
    out, _ = apply_answers(
        _draft(),
        [
            {
                "path": "lanes[4]",
                "insert": {"id": "komite", "name": "Komite Sekolah", "role": "pimpinan"},
            }
        ],
    )
    assert out["lanes"][4] == {
        "id": "komite",
        "name": "Komite Sekolah",
        "role": "pimpinan",
        "role_basis": None,
    }


def test_a_whole_steps_answer_with_a_reason_is_no_provenance_mismatch() -> None:
    """Retyping all steps with a reason is the person's transcription, not an inference whose
    recorded value could disagree with the loaded field."""
    data = _draft()
    steps = data["steps"]
    result = import_sop(
        CORPUS / "uji.pdf",
        answers=[{"path": "steps", "value": steps, "reason": "diketik ulang dari PDF"}],
    )
    assert "sop.provenance.mismatch" not in [f.code for f in result.findings]


@pytest.mark.parametrize(
    "entry",
    [
        {"path": "steps[20]", "remove": True},
        {"path": "steps[99]", "insert": {"number": 99}},
        {"path": "steps", "order": [1, 2]},
        {"path": "identity", "remove": True},
        {"path": "steps[1]", "remove": True, "insert": {}},
    ],
)
def test_an_impossible_edit_is_an_input_error_naming_the_answer(entry: dict) -> None:
    with pytest.raises(InputError) as err:
        apply_answers(_draft(), [entry])
    assert err.value.problems[0].path.startswith("answers[0].")


def test_the_edit_example_of_the_docs_applies_to_the_corpus_pdf() -> None:
    """docs/plugins.md's insert/remove/order example, applied to uji.pdf's draft as written."""
    import re

    docs = (Path(__file__).resolve().parents[1] / "docs/plugins.md").read_text("utf-8")
    block = next(b for b in re.findall(r"```json\n(.*?)```", docs, re.S) if '"insert"' in b)
    out, _ = apply_answers(_draft(), json.loads(block)["answers"])
    assert [s["number"] for s in out["steps"]] == [1, 2, 3, 4, 5, 6, 9, 8]
    assert out["lanes"][4]["name"] == "Komite Sekolah"
