"""The documents' catalog (documents/messages.py): keyed by a stable code, both languages naming
the same values, and the one place the modules of documents/ take the words of a refusal, and
the words a document prints that Python supplies, from."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import attrs
import pytest

from uji_konsekuensi.documents import DocumentError, render_document
from uji_konsekuensi.documents import messages as M
from uji_konsekuensi.documents.atomic_write import OutputWriteError, write_output
from uji_konsekuensi.documents.legal_text import outcome_label, role_label
from uji_konsekuensi.documents.letterhead import LogoError, letterhead_from_dict, read_logo
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.harm import Outcome, Penetapan
from uji_konsekuensi.harm import load as load_harm
from uji_konsekuensi.i18n import Message
from uji_konsekuensi.sop import Role

DOCUMENTS = Path(M.__file__).parent
#: Every module of documents/ but the catalog: each takes its words from it.
CATALOGUED = sorted(
    str(p.relative_to(DOCUMENTS)) for p in DOCUMENTS.rglob("*.py") if p.name != "messages.py"
)
PENETAPAN_FILE = Path(__file__).parent / "data" / "documents" / "penetapan.json"

# What may stay written in a module, and why: none of it is a message an official reads.
#: Calls whose words are a programmer's error (a misuse of the Python API, in English as
#: Python's own are; the command line and the service never let a user's input reach them).
DEVELOPER_ERRORS = {"ValueError", "TypeError"}
#: Names whose values are declared with their words: the statutory clauses (statutory.CLAUSES
#: and the parts they share), each declared once with its code and Pasal as a finding code's
#: title is in its code table (docs/documents.md prints the table from them); ``__all__``.
DECLARED = {"CLAUSES", "_KEBERATAN", "_ATASAN", "_TIGA_PULUH", "__all__"}
#: Keywords whose values are no message: a citation of the law (``basis``), what the output is
#: searched for (``patterns``, ``alternatives``).
NOT_SAID = {"basis", "patterns", "alternatives"}
#: Functions that write no official's words: the English table of docs/documents.md.
DOCS_WRITERS = {"clauses_markdown"}
#: Literals with words that are no message, by module.
LITERALS = {
    # python-docx's style and font names.
    "docx.py": {"Table Grid", "Normal", "Arial"},
    # A PDF dictionary key.
    "pdf.py": {"Kids"},
    # The CSS font list the flowchart is measured and drawn with.
    "flowchart/text.py": {"'Liberation Sans', Arial, Helvetica, 'Nimbus Sans', sans-serif"},
    # What the output is searched for (statutory.py), not said: a Lembar's result, a ground's
    # citation ("Pasal 17 huruf h"); and the HTML elements without content.
    "statutory.py": {
        "Pasal {} huruf {}",
        "Pasal 17 huruf {}",
        "area base br col embed hr img input link meta param source track wbr",
        "hasil dikecualikan",
        "hasil ditutup",
        "hasil tertutup",
        "dikecualikan sebagian",
        "hasil dikecualikan sebagian",
        "hasil dibuka",
        "hasil terbuka",
    },
}
#: Words: a capitalised word ("Pelaksana"), or a word and another or a value ("tidak ada",
#: "dasar {}": an f-string's values are written "{}").
_WORDS = re.compile(r"^[A-Z][a-z]{2,}|[^\W\d_]{2,} (?:[^\W\d_]|\{\})")


def _tree(name: str) -> ast.Module:
    return ast.parse((DOCUMENTS / name).read_text(encoding="utf-8"), filename=name)


def _exempt(tree: ast.Module) -> set[int]:
    """The ids of the nodes whose literals may hold words (see the sets above)."""
    exempt: set[int] = set()

    def under(node: ast.AST) -> None:
        exempt.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            under(body[0])  # a docstring
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            if isinstance(func, ast.Name) and func.id in DEVELOPER_ERRORS:
                under(node)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "compile":
                under(node)  # re.compile: a pattern
            for keyword in node.keywords:
                if keyword.arg in NOT_SAID:
                    under(keyword)
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names & DECLARED or any(n.endswith("_BASIS") for n in names):
                under(node)
        if isinstance(node, ast.FunctionDef) and node.name in DOCS_WRITERS:
            under(node)
    return exempt


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _inline_words(name: str) -> list[tuple[int, str]]:
    tree = _tree(name)
    exempt = _exempt(tree)
    allowed = LITERALS.get(name, set())
    # The parts of an f-string are judged with the whole.
    parts = {id(p) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for p in n.values}
    found = []
    for node in ast.walk(tree):
        text = _literal(node)
        if text is None or id(node) in exempt or id(node) in parts or text in allowed:
            continue
        if _WORDS.search(text):
            found.append((getattr(node, "lineno", 0), text))
    return found


@pytest.mark.parametrize("name", CATALOGUED)
def test_the_modules_of_documents_write_no_words_inline(name: str) -> None:
    """No literal or f-string with words (a refusal, a label, a title a document prints) outside
    the catalog, but what the sets above allow, each for its reason."""
    assert _inline_words(name) == [], f"{name}: words written inline"


def test_the_check_of_inline_words_finds_words_where_they_are() -> None:
    """The check itself: a refusal, a Text and a label written inline are each found."""
    source = (
        'raise InputError.one("f", "", "berkas tidak ada", "file missing")\n'
        'label = Text(id=f"dasar {g!r}", en=f"ground {g!r}")\n'
        'title = "Pelaksana"\n'
        'raise ValueError("a programmer error")\n'
        'pattern = re.compile(r"hak mengajukan keberatan")\n'
    )
    tree = ast.parse(source)
    exempt = _exempt(tree)
    said = {t for n in ast.walk(tree) if (t := _literal(n)) and id(n) not in exempt}
    assert {t for t in said if _WORDS.search(t)} == {
        "berkas tidak ada",
        "file missing",
        "dasar {}",
        "ground {}",
        "Pelaksana",
    }


def test_every_message_of_the_catalog_is_used() -> None:
    """Each message is used by a module: by name (``M.NAME``), or through its code's variants
    (``M.MESSAGES["legal.outcome"]``: legal_text.py's labels by the value they name)."""
    used_names: set[str] = set()
    used_codes: set[str] = set()
    for name in CATALOGUED:
        for node in ast.walk(_tree(name)):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "M"
            ):
                used_names.add(node.attr)
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "MESSAGES"
                and isinstance(node.slice, ast.Constant)
            ):
                used_codes.add(node.slice.value)
    unused = {
        name
        for name, value in vars(M).items()
        if isinstance(value, Message) and name not in used_names and value.code not in used_codes
    }
    assert unused == set()


def test_every_outcome_and_role_has_its_label_from_the_catalog() -> None:
    """The labels are keyed by the values they name: a value without one would print as its
    code ("atasan-ppid") under a signature."""
    for outcome in Outcome:
        assert outcome_label(outcome) == M.MESSAGES["legal.outcome"][outcome.value]().id
    for role in Role:
        variant = role.value.replace("-", "_")
        assert role_label(role) == M.MESSAGES["legal.role"][variant]().id


def _pattern(template: str) -> str:
    return ".*?".join(re.escape(part) for part in re.split(r"\{[^}]*\}", template))


def test_a_refused_letterhead_says_the_catalogs_words_and_what_was_expected() -> None:
    with pytest.raises(InputError) as caught:
        letterhead_from_dict({"lines": [], "email": 5, "kop": "x"}, "kop.json")
    by_path = {p.path: p for p in caught.value.problems}
    for path, said, expected in (
        ("lines", M.LETTERHEAD_LINES_INVALID, M.LETTERHEAD_LINES_INVALID_EXPECTED),
        ("email", M.LETTERHEAD_NOT_TEXT, M.LETTERHEAD_NOT_TEXT_EXPECTED),
    ):
        problem = by_path[path]
        assert (problem.message, problem.message_en) == (said.id, said.en)
        assert (problem.expected, problem.expected_en) == (expected.id, expected.en)
    unknown = by_path["kop"]
    assert re.fullmatch(_pattern(M.LETTERHEAD_FIELD_UNKNOWN.id), unknown.message)
    assert re.fullmatch(_pattern(M.LETTERHEAD_FIELD_UNKNOWN.en), unknown.message_en)


def test_a_logo_named_for_one_type_and_holding_another_is_refused_in_both_languages(
    tmp_path: Path,
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    with pytest.raises(LogoError) as caught:
        read_logo(logo)
    said = M.LOGO_SUFFIX_MISMATCH(suffix=".png", mime="image/svg+xml")
    assert (caught.value.message, caught.value.message_en) == (said.id, said.en)
    bare = tmp_path / "logo"
    bare.write_bytes(logo.read_bytes())
    with pytest.raises(LogoError) as caught:
        read_logo(bare)
    assert caught.value.message.startswith("berkas logo bernama (tanpa akhiran)")
    assert caught.value.message_en.startswith("the logo file is named (no suffix)")


def test_a_document_its_source_cannot_make_names_what_is_missing_in_both_languages() -> None:
    record = load_harm(PENETAPAN_FILE)
    assert isinstance(record, Penetapan)
    with pytest.raises(DocumentError) as caught:
        render_document("penetapan", record.sheets[0], "html", template_sources=())
    missing = M.DOCUMENT_NEEDS_PENETAPAN()
    said = M.DOCUMENT_CANNOT_BE_MADE(kind="penetapan", missing=missing)
    assert str(caught.value) == f"<sumber>: {said.id} / {said.en}"
    only_open = attrs.evolve(record.sheets[0], rows=())
    with pytest.raises(DocumentError, match=re.escape(M.DOCUMENT_NEEDS_EXEMPT.en)):
        render_document("dik", only_open, "md", template_sources=())


def test_a_directory_in_the_way_of_the_output_is_refused_in_both_languages(
    tmp_path: Path,
) -> None:
    with pytest.raises(OutputWriteError) as caught:
        write_output(tmp_path, "x", force=True)
    reason = M.both(M.OUTPUT_NOT_WRITTEN_DIRECTORY())
    assert str(caught.value) == f"{tmp_path}: {M.both(M.OUTPUT_NOT_WRITTEN(reason=reason))}"
    assert str(caught.value).endswith(
        "berkas tidak dapat ditulis (adalah direktori / is a directory) / "
        "file cannot be written (adalah direktori / is a directory)"
    )
