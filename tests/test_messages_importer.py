"""The SOP importer's catalog (sop/importer/messages.py): keyed by a stable code, both languages
naming the same values, and the one place the importer takes the words of a question, a doubt,
an inference's reason, a locator, the review report and the answers file from."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from uji_konsekuensi.cli import sop as cli_sop
from uji_konsekuensi.i18n import Message, Text
from uji_konsekuensi.sop.importer import import_sop
from uji_konsekuensi.sop.importer import messages as M
from uji_konsekuensi.sop.importer.grid import Row
from uji_konsekuensi.sop.importer.layout import read_layout
from uji_konsekuensi.sop.importer.review import ReviewItem, render_report

IMPORTER = Path(M.__file__).parent
CLI_SOP = Path(cli_sop.__file__)
SEEDS = Path(__file__).resolve().parent.parent / "docs/sources/seeds"
ALL = [m for variants in M.MESSAGES.values() for m in variants.values()]
#: The modules whose review words come from the catalog.
CATALOGUED = (
    IMPORTER / "grid.py",
    IMPORTER / "layout.py",
    IMPORTER / "lists.py",
    IMPORTER / "review.py",
    IMPORTER / "template.py",
)
#: What builds what a reviewer reads: a text, a review item, a row's locator or doubt, a
#: question asked, an inference's reason, a question rewritten, a step's problem in the template.
BUILDERS = {"Text", "ReviewItem", "Row", "ask", "_inference", "evolve", "append", "Split"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=path.name)


def _words(node: ast.expr) -> bool:
    """A literal with words in it (letters and a space), or an f-string with some: not a path
    such as f"steps[{n}].actors", nor a joiner such as "; "."""
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and " " in node.value
        and re.search(r"[^\W\d_]{2}", node.value) is not None
    )


def _inline(tree: ast.Module, builders: set[str]) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if called not in builders:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if any(_words(n) for n in ast.walk(arg) if isinstance(n, ast.expr)):
                lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", CATALOGUED, ids=lambda p: p.name)
def test_the_catalogued_modules_write_no_review_words_inline(path: Path) -> None:
    """No question, doubt, reason or locator built from words: only from the catalog. A
    refusal of a file (`Problem`) is no review word and is not checked here."""
    assert _inline(_tree(path), BUILDERS) == [], path.name


#: The modules whose refusals of a file (an SOP file, an archive, an answers file) come from the
#: catalog (``file.*``, ``answers.*``), and what builds such a refusal.
REFUSING = (
    IMPORTER / "grid.py",
    IMPORTER / "archive.py",
    IMPORTER / "answers.py",
    IMPORTER / "__init__.py",
)
REFUSALS = {"Problem", "InputError", "one", "_problem", "_refused"}


@pytest.mark.parametrize("path", REFUSING, ids=lambda p: p.name)
def test_the_importers_refusals_of_a_file_write_no_words_inline(path: Path) -> None:
    """A refusal is built from the catalog's messages only; `FORMATS` (__init__.py: the file
    kinds it reads, the help of ``sop import``) is a declaration, not a refusal's words."""
    assert _inline(_tree(path), REFUSALS) == [], path.name


def test_the_questions_file_takes_its_words_from_the_catalog() -> None:
    tree = _tree(CLI_SOP)
    functions = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name in ("questions_file", "_covered_ask")
    ]
    assert len(functions) == 2
    for function in functions:
        body = function.body[1:] if ast.get_docstring(function) else function.body
        words = [
            n.lineno
            for statement in body
            for n in ast.walk(statement)
            if isinstance(n, ast.expr) and _words(n)
        ]
        assert words == [], function.name


def test_every_message_of_the_catalog_is_used() -> None:
    # cli/sop.py has its own catalog as M and imports this one as IM.
    named = [(path, "M") for path in {*CATALOGUED, *REFUSING}] + [(CLI_SOP, "IM")]
    used = {
        n.attr
        for path, alias in named
        for n in ast.walk(_tree(path))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == alias
    }
    declared = {n for n, v in vars(M).items() if isinstance(v, Message)}
    assert declared <= used, sorted(declared - used)


def _pattern(template: str) -> str:
    return ".*?".join(re.escape(part) for part in re.split(r"\{[^}]*\}", template))


def _said_by(text: Text, message: Message) -> bool:
    return bool(
        re.fullmatch(_pattern(message.id), text.id, re.S)
        and re.fullmatch(_pattern(message.en), text.en, re.S)
    )


def _row(n: int, *cells: str) -> Row:
    return Row(cells=cells, where=M.WHERE_LINE(line=n), text=" | ".join(cells))


def test_a_seeds_questions_are_the_catalogs_messages_in_each_language() -> None:
    """Every question of an imported seed is one of the catalog's messages (or messages of it
    joined), filled in each language."""
    result = import_sop(SEEDS / "kalteng.txt")
    messages = [m for m in ALL if m.code.split(".")[0] not in ("where", "report", "questions")]
    assert result.review
    for item in result.review:
        assert any(_said_by(item.question, m) for m in messages), item.question


def test_a_placed_value_with_braces_is_quoted_as_written() -> None:
    """A value read from the document is filled in, never read as a template."""
    rows = [
        _row(1, "PEMERINTAH {0} KABUPATEN {x}"),
        _row(2, "DINAS {lajur}"),
        _row(3, "Nomor SOP", "SOP-{1}"),
    ]
    _, review = read_layout(rows)
    [kop] = [item for item in review if item.path == "identity.agency"]
    assert kop.question.id.startswith("kop terdiri dari beberapa baris (PEMERINTAH {0} KABUPATEN")
    assert "(PEMERINTAH {0} KABUPATEN {x} / DINAS {lajur})" in kop.question.en
    assert kop.read == "PEMERINTAH {0} KABUPATEN {x} DINAS {lajur}"


def test_a_row_of_a_text_file_is_located_by_its_line_in_each_language() -> None:
    assert M.WHERE_LINE(line=7) == Text(id="baris 7", en="line 7")
    assert M.WHERE_TABLE_ROW_PAGE(page=2, table=1, row=4) == Text(
        id="halaman 2, tabel 1 baris 4", en="page 2, table 1 row 4"
    )


def test_the_report_says_its_headings_in_the_language_asked() -> None:
    item = ReviewItem(
        path="trigger",
        where=None,
        source="x",
        question=M.TRIGGER_ASK(hint=M.TRIGGER_ASK_NO_STEPS()),
    )
    for lang, heading, source in (
        ("id", "## Perlu diputuskan", "sumber"),
        ("en", "## To decide", "source"),
    ):
        report = render_report(source="sop.txt", items=[item], findings=(), lang=lang)  # type: ignore[arg-type]
        assert report.startswith(M.REPORT_TITLE(source="sop.txt").get(lang) + "\n")  # type: ignore[arg-type]
        assert f"\n{heading}\n" in report
        assert f"   - {source}: `x`" in report
        assert M.TRIGGER_ASK_NO_STEPS().get(lang) in report  # type: ignore[arg-type]


def test_a_decisions_answer_hint_in_the_questions_file_keeps_its_braces() -> None:
    """The hint shows the JSON of a branch: its braces are written, not a template's."""
    said = M.QUESTIONS_DECISION(base="steps[3]")
    assert '"steps[3].yes"' in said.id
    assert '{"to": NOMOR_LANGKAH, "label": "Ya"}' in said.id
    assert '{"to": STEP_NUMBER, "label": "Ya"}' in said.en


def test_the_questions_file_of_a_seed_asks_in_the_language_chosen() -> None:
    result = import_sop(SEEDS / "kalteng.txt")
    for lang in ("id", "en"):
        document = json.loads(cli_sop.questions_file(result, None, lang))  # type: ignore[arg-type]
        assert document["how"] == M.QUESTIONS_HOW().get(lang)  # type: ignore[arg-type]
        asked = [e["ask"] for e in document["answers"]]
        assert asked[0].startswith(result.review[0].question.get(lang))  # type: ignore[arg-type]


def test_the_check_finds_words_written_inline() -> None:
    """The check itself: a question, a locator and a reason written inline are each found, a
    path and a joiner are not."""
    source = (
        'reader.ask(f"steps[{n}]", row, _q(f"langkah {n} hilang", "step lost"))\n'
        'Row(cells=(), where=Text(id=f"baris {n}", en=f"line {n}"), text="")\n'
        '_inference("kind", "process", "Simbol persegi panjang.")\n'
        'reader.ask(f"steps[{n}].flow", row, M.FLOW_CHOICE(number=n, why="; ".join(why)))\n'
    )
    assert sorted(set(_inline(ast.parse(source), BUILDERS))) == [1, 2, 3]
