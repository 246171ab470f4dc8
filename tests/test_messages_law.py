"""The law area's catalog (law/messages.py): keyed by a stable name, both languages naming the
same values, and the one place citation.py takes the words of a refusal from."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from uji_konsekuensi.i18n import Message
from uji_konsekuensi.law import messages as M
from uji_konsekuensi.law.citation import CitationError, parse_citation

LAW = Path(M.__file__).parent
#: The modules whose refusals come from the catalog.
CATALOGUED = ("citation.py",)
#: Declarations that stay beside what they declare: the example citation a refusal quotes
#: (`_EXAMPLE`, a citation, read the same in both languages).
DECLARED = {"_EXAMPLE"}


def _tree(name: str) -> ast.Module:
    return ast.parse((LAW / name).read_text(encoding="utf-8"), filename=name)


def _words(node: ast.AST) -> bool:
    """A literal with words in it (a letter beside a space): not a separator such as ", "."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(r"[^\W\d_]\s|\s[^\W\d_]", node.value) is not None
    )


@pytest.mark.parametrize("name", CATALOGUED)
def test_the_catalogued_modules_write_no_words_inline(name: str) -> None:
    """No literal with words outside a docstring or a declaration: a refusal's words and what
    it expects come from the catalog."""
    tree = _tree(name)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr):
                skip.add(id(first.value))
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in DECLARED for t in node.targets
        ):
            skip |= {id(sub) for sub in ast.walk(node)}
    inline = [(n.lineno, n.value) for n in ast.walk(tree) if _words(n) and id(n) not in skip]
    assert inline == [], f"{name}: words written inline"


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


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("", M.CITATION_EMPTY, M.CITATION_EXAMPLE),
        ("Pasal 18 UU 14/2008", M.CITATION_PASAL_18, M.CITATION_PASAL_EXPECTED),
        ("Pasal 71", M.CITATION_PASAL_OTHER, M.CITATION_PASAL_EXPECTED),
        ("Pasal 17 ayat (1)", M.CITATION_AYAT, M.CITATION_EXAMPLE),
        ("Pasal 17 huruf", M.CITATION_UNREADABLE, M.CITATION_UNREADABLE_EXPECTED),
        (
            "Pasal 17 huruf a UU No. 30 Tahun 2014",
            M.CITATION_OTHER_STATUTE,
            M.CITATION_OTHER_STATUTE_EXPECTED,
        ),
        ("Pasal 17 huruf k", M.CITATION_LETTER_UNKNOWN, M.CITATION_ONE_OF),
        ("Pasal 17 huruf b angka 1", M.CITATION_LETTER_NO_POINTS, None),
        ("Pasal 17 huruf c angka 9", M.CITATION_POINT_UNKNOWN, M.CITATION_ONE_OF),
    ],
)
def test_a_refused_citation_says_its_message_and_what_was_expected_in_each_language(
    text: str, said: Message, expected: Message | None
) -> None:
    with pytest.raises(CitationError) as caught:
        parse_citation(text, strict=True)
    [problem] = caught.value.problems
    assert problem.value == text
    for template, got in ((said.id, problem.message), (said.en, problem.message_en)):
        assert re.fullmatch(f"{re.escape(repr(text))}: {_pattern(template)}", got), (template, got)
    expected = expected or M.CITATION_LETTER_NO_POINTS_EXPECTED
    for template, got in ((expected.id, problem.expected), (expected.en, problem.expected_en)):
        assert got is not None and re.fullmatch(_pattern(template), got), (template, got)


def test_a_letter_with_points_cited_whole_is_refused_when_strict() -> None:
    with pytest.raises(CitationError) as caught:
        parse_citation("Pasal 17 huruf c", strict=True)
    [problem] = caught.value.problems
    assert problem.message == "'Pasal 17 huruf c': huruf c memiliki 7 angka; sebutkan angkanya"
    assert problem.message_en == "'Pasal 17 huruf c': huruf c has 7 points; name the angka"
