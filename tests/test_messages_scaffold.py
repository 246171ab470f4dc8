"""The scaffolds' catalog (scaffold/messages.py): keyed by a stable code, both languages naming
the same values, and the one place agency_draft.py and the ``plugin new`` scaffold take what
they tell the user from (the review notes, the refusals); the files they generate are data."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.i18n import Message
from uji_konsekuensi.scaffold import messages as M
from uji_konsekuensi.scaffold import write_plugin
from uji_konsekuensi.scaffold.agency_draft import draft_agency

SCAFFOLD = Path(M.__file__).parent
#: The modules whose words for the user come from the catalog.
CATALOGUED = ("agency_draft.py", "__init__.py")
#: What carries words to the user: a review note (`AgencyItem`), a refused answer (`_problem`,
#: `Problem`) or a refusal (`InputError`, `InputError.one`).
SAYS = {"AgencyItem", "_problem", "Problem", "InputError", "one"}


def _tree(name: str) -> ast.Module:
    return ast.parse((SCAFFOLD / name).read_text(encoding="utf-8"), filename=name)


def _words(node: ast.AST) -> bool:
    """A literal with words in it (a letter beside a space), or an f-string with some: not a
    path such as f"answers[{i}].{field}" nor a separator such as ", "."""
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(r"[^\W\d_]\s|\s[^\W\d_]", node.value) is not None
    )


@pytest.mark.parametrize("name", CATALOGUED)
def test_the_catalogued_modules_write_no_words_for_the_user_inline(name: str) -> None:
    """No `Text` built in the module, and no note or refusal given words of a literal or an
    f-string: only the catalog's messages."""
    inline = []
    for node in ast.walk(_tree(name)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if called == "Text":
            inline.append(node.lineno)
        if called not in SAYS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if any(_words(n) for n in ast.walk(arg)):
                inline.append(node.lineno)
    assert inline == [], f"{name}: words written inline at lines {inline}"


def test_every_message_of_the_catalog_is_used() -> None:
    used = {
        n.attr
        for name in CATALOGUED
        for n in ast.walk(_tree(name))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "M"
    }
    declared = {n for n, v in vars(M).items() if isinstance(v, Message)}
    assert used == declared


def _pattern(template: str) -> str:
    return ".*?".join(re.escape(part) for part in re.split(r"\{[^}]*\}", template))


def _sop_data(**identity: Any) -> dict[str, Any]:
    return {"identity": identity, "trigger": "request", "lanes": [], "source": "sop.docx"}


def test_the_review_of_a_drafted_agency_says_the_catalogs_words_in_each_language() -> None:
    """A folder name that is no code, a kop with a unit, no city: each note is its message."""
    draft = draft_agency(
        _sop_data(agency="PEMERINTAH KOTA X", unit="DINAS Y", letterhead=["Jl. Z 1"]),
        None,
        folder_name="Folder Saya",
    )
    said = {q.path: q.text for q in draft.questions} | {i.path: i.text for i in draft.inferred}
    assert said["agency.code"] == M.DRAFT_CODE_NOT_SLUG(folder="Folder Saya")
    assert said["agency.name"] == M.DRAFT_NAME_JOINED(name="DINAS Y PEMERINTAH KOTA X")
    assert said["calendar"] == M.DRAFT_CALENDAR()
    letterhead = said["letterhead"]
    for template, got in (
        (M.DRAFT_LETTERHEAD.id, letterhead.id),
        (M.DRAFT_LETTERHEAD.en, letterhead.en),
    ):
        assert re.fullmatch(_pattern(template), got), (template, got)
    assert letterhead.en.startswith("name lines from the SOP's kop (PEMERINTAH KOTA X / DINAS Y)")
    assert "; its other lines as the address, as written ('Jl. Z 1')" in letterhead.en
    assert "kota penandatanganan" in letterhead.id and "city of signing" in letterhead.en
    # Asked: the code (the folder's name is none) and the time zone.
    report_id, report_en = draft.report("d", "id"), draft.report("d", "en")
    assert "## Instansi: d/agency.json (2 hal perlu diputuskan)" in report_id
    assert "## Agency: d/agency.json (2 items to decide)" in report_en
    assert M.DRAFT_REVIEW_INFERRED.id in report_id and M.DRAFT_REVIEW_INFERRED.en in report_en
    assert letterhead.en in report_en and letterhead.en not in report_id
    # agency.json keeps each inferred value's reason in Indonesian, whatever the language.
    assert f"calendar: {M.DRAFT_CALENDAR.id}" in draft.data["notes"]


@pytest.mark.parametrize(
    ("entry", "field", "message"),
    [
        ({"path": "agency..x", "value": 1}, "path", M.ANSWER_PATH_INVALID),
        ({"path": "agency.code", "value": "a", "confirm": True}, "value", M.ANSWER_KIND),
        ({"path": "agency.code", "value": "a", "reason": " "}, "reason", M.ANSWER_REASON),
        ({"path": "documents[5].title", "value": "x"}, "path", M.ANSWER_PATH_MISSING),
    ],
)
def test_a_refused_answer_names_its_entry_and_says_the_catalogs_words(
    entry: dict[str, Any], field: str, message: Message
) -> None:
    with pytest.raises(InputError) as caught:
        draft_agency(
            _sop_data(agency="DINAS X"),
            None,
            folder_name="x",
            answers=[(3, entry)],
            answers_source="answers.json",
        )
    [problem] = caught.value.problems
    assert caught.value.source == "answers.json"
    assert problem.path == f"answers[3].{field}"
    assert re.fullmatch(_pattern(message.id), problem.message), problem.message
    assert re.fullmatch(_pattern(message.en), problem.message_en), problem.message_en


def test_a_target_that_is_not_empty_is_refused_in_each_language(tmp_path: Path) -> None:
    (tmp_path / "kept.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        write_plugin(tmp_path, {"agency.json": json.dumps({})})
    [problem] = caught.value.problems
    assert (problem.message, problem.message_en) == (M.TARGET_NOT_EMPTY.id, M.TARGET_NOT_EMPTY.en)
    assert (problem.expected, problem.expected_en) == (
        M.TARGET_NOT_EMPTY_EXPECTED.id,
        M.TARGET_NOT_EMPTY_EXPECTED.en,
    )
    assert (tmp_path / "kept.txt").read_text(encoding="utf-8") == "mine"
