"""The case area's catalog of messages (case/messages.py): keyed by code, both languages alike,
and the one place the case area's rule modules take their words from."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.case import codes, messages
from uji_konsekuensi.case.messages import MESSAGES, Message
from uji_konsekuensi.findings import FindingCode
from uji_konsekuensi.i18n import Text, message_catalog, placeholders

CASE = Path(messages.__file__).parent
#: The rule modules whose findings' messages live in the catalog.
CATALOGUED = (
    "flow.py",
    "clock.py",
    "law_checks.py",
    "sop_checks.py",
    "instruments.py",
    "formalities.py",
    "consistency.py",
    "references.py",
    "integrity.py",
    "act_order.py",
    "offices.py",
)
#: ... and the modules that write no words of their own at all (state's report, io's problems,
#: what ``sample --broken`` writes into the sample).
NO_INLINE_TEXT = (*CATALOGUED, "state.py", "io.py", "broken.py")
#: The keys of messages that are no finding: what ``sample --broken`` says (broken.py).
NO_FINDING = ("sample.broken.",)

ALL = [m for variants in MESSAGES.values() for m in variants.values()]


def test_every_message_belongs_to_a_declared_code() -> None:
    undeclared = sorted(
        {m.code for m in ALL if not m.code.startswith(NO_FINDING)} - set(codes.CODES)
    )
    assert undeclared == []


def test_what_sample_broken_says_comes_from_the_catalog_and_each_message_is_used() -> None:
    """broken.py takes every word it says from the catalog (a kind's description, what was
    changed, how much later), and every ``sample.broken.*`` message is one it uses."""
    used = {
        n.attr
        for n in ast.walk(_tree("broken.py"))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "M"
    }
    declared = {
        n
        for n, v in vars(messages).items()
        if isinstance(v, Message) and v.code.startswith(NO_FINDING)
    }
    assert used == declared
    from uji_konsekuensi.case.broken import BROKEN_KINDS

    assert BROKEN_KINDS["late"] == MESSAGES["sample.broken.kind"]["late"]()


def test_the_catalog_is_keyed_by_code_and_variant() -> None:
    for code, variants in MESSAGES.items():
        for variant, message in variants.items():
            assert (message.code, message.variant) == (code, variant)
    assert MESSAGES["case.order.not_started"][""] is messages.ORDER_NOT_STARTED
    assert set(MESSAGES["case.pause.unmatched"]) == {"paused_again", "not_paused"}


@pytest.mark.parametrize("message", ALL, ids=lambda m: f"{m.code}:{m.variant}")
def test_both_languages_name_the_same_values(message: Message) -> None:
    in_id, in_en = message.fields
    assert in_id == in_en


@pytest.mark.parametrize("problem", list(messages.PROBLEMS.values()), ids=lambda p: p.key)
def test_a_problem_says_and_expects_the_same_values_in_both_languages(
    problem: messages.ProblemMessage,
) -> None:
    assert problem.message.fields[0] == problem.message.fields[1]
    assert problem.expected.fields[0] == problem.expected.fields[1]


def test_a_problem_of_a_case_file_names_its_path_value_and_what_was_expected() -> None:
    problem = messages.SOP_UNKNOWN.problem("sop", "9/2099", agency="kasn", known="1 | 2")
    assert problem.path == "sop"
    assert problem.value == "9/2099"
    assert problem.message == "instansi 'kasn' tidak memiliki SOP dengan nomor ini"
    assert problem.message_en == "agency 'kasn' has no SOP with this number"
    assert (problem.expected, problem.expected_en) == ("salah satu dari: 1 | 2", "one of: 1 | 2")


STATUS = {
    n: v for n, v in vars(messages).items() if n.startswith("STATUS_") and isinstance(v, Text)
}


@pytest.mark.parametrize("name", sorted(STATUS))
def test_the_status_report_names_the_same_values_in_both_languages(name: str) -> None:
    text = STATUS[name]
    assert placeholders(text.id) == placeholders(text.en)


def test_a_text_value_gives_each_language_its_own_words() -> None:
    text = messages.ORDER_AFTER_END(step=4, what=messages.STARTED)
    assert text == Text(
        "Langkah 4 dimulai setelah prosedur SOP selesai",
        "Step 4 was started after the SOP's procedure had ended",
    )


def test_a_repr_field_quotes_as_an_f_string_does() -> None:
    ground = "Pasal 17 huruf z"
    text = messages.REFUSAL_GROUND_UNREADABLE(ground=ground)
    assert text.id == f"Dasar pengecualian {ground!r} tidak menyebut alasan Pasal 17 yang ada"
    assert text.en == f"The ground {ground!r} does not name an existing ground of Pasal 17"


def test_a_value_left_out_is_an_error_not_a_placeholder_in_the_message() -> None:
    with pytest.raises(KeyError, match="step"):
        messages.ORDER_NOT_STARTED()


def test_a_variant_declared_twice_is_refused() -> None:
    one = Message(code="case.loop.no_reason", id="a", en="a")
    other = Message(code="case.loop.no_reason", id="b", en="b")
    with pytest.raises(ValueError, match="declared twice"):
        message_catalog({"ONE": one, "OTHER": other})


def _tree(name: str) -> ast.Module:
    return ast.parse((CASE / name).read_text(encoding="utf-8"), filename=name)


@pytest.mark.parametrize("name", NO_INLINE_TEXT)
def test_the_catalogued_modules_write_no_message_inline(name: str) -> None:
    """A `Text(...)` call with words in it belongs in the catalog; what remains is a Text
    built from values (``Text(role_names(..., "id"), role_names(..., "en"))``) or the empty one."""
    inline = []
    for node in ast.walk(_tree(name)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Text":
            words = [
                a
                for a in [*node.args, *(k.value for k in node.keywords)]
                if isinstance(a, ast.JoinedStr)
                or (isinstance(a, ast.Constant) and isinstance(a.value, str) and a.value)
            ]
            if words:
                inline.append(node.lineno)
    assert inline == [], f"{name}: inline messages at lines {inline}"


@pytest.mark.parametrize("name", CATALOGUED)
def test_every_code_a_catalogued_rule_reports_has_its_message(name: str) -> None:
    imported = [
        alias.name
        for node in ast.walk(_tree(name))
        if isinstance(node, ast.ImportFrom) and node.module == "codes"
        for alias in node.names
    ]
    looked_up = [
        node.slice.value
        for node in ast.walk(_tree(name))
        if isinstance(node, ast.Subscript)
        and getattr(node.value, "id", None) == "CODES"
        and isinstance(node.slice, ast.Constant)
        and isinstance(node.slice.value, str)
    ]
    reported = [
        *(getattr(codes, n).code for n in imported if isinstance(getattr(codes, n), FindingCode)),
        *(codes.CODES[code].code for code in looked_up),
    ]
    assert reported, name
    assert sorted(c for c in reported if c not in MESSAGES) == []


def test_the_example_of_adding_a_message_runs_and_its_comments_hold() -> None:
    """docs/architecture.md, "Adding a message": the values its comments show."""
    page = (CASE.parents[2] / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = page[page.index("## Adding a message") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    namespace: dict[str, Any] = {}
    exec(compile(match.group(1), "docs/architecture.md", "exec"), namespace)
    assert namespace["said"] == "Langkah 4 dicatat selesai tanpa dicatat dimulai"
    assert namespace["said_en"] == (
        "Step 4 is recorded as completed without being recorded as started"
    )
    assert namespace["in_en"] == "Step 5 was started after the SOP's procedure had ended"
    assert namespace["variants"] == ["not_paused", "paused_again"]
    comments = re.findall(r"# (['\"\[].*)$", match.group(1), re.M)
    shown = [repr(namespace[n]) for n in ("said", "said_en", "in_en", "variants")]
    assert comments == shown
