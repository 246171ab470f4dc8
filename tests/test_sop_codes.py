"""The ``sop.*`` finding codes are declared once, in sop/codes.py, and only used elsewhere.

That the docs' tables equal `CODES` is tests/test_code_tables.py's job; that each code fires on a
bad SOP (with its table's severity and basis) and not on a good one, tests/test_sop_validate.py's.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from uji_konsekuensi import sop
from uji_konsekuensi.findings import FindingCode
from uji_konsekuensi.sop import codes

SOP_DIR = Path(sop.__file__).resolve().parent
CODE = re.compile(r"sop\.[a-z_]+\.[a-z_.]*[a-z_]")


def test_the_table_holds_every_declared_code() -> None:
    """Each `FindingCode` of codes.py is in `CODES` under its own name, and nothing else is."""
    declared = [v for k, v in vars(codes).items() if k.isupper() and isinstance(v, FindingCode)]
    assert sorted(c.code for c in declared) == sorted(codes.CODES)
    assert all(codes.CODES[c.code] is c for c in declared)


def test_the_public_table_is_the_declared_one() -> None:
    """``sop.CODES`` (and ``sop.validate.CODES``) is codes.py's table, code -> `FindingCode`."""
    from uji_konsekuensi.sop import validate

    assert sop.CODES is codes.CODES
    assert validate.CODES is codes.CODES


def test_titles_are_written_in_both_languages() -> None:
    """A code's meaning reads in Bahasa Indonesia and in English, not one copied into the other."""
    same = [c.code for c in codes.CODES.values() if c.title.id == c.title.en]
    assert same == []


def hand_written_codes(source: str) -> list[str]:
    """The codes of `CODES` a module's source holds as strings, its docstrings excepted."""
    tree = ast.parse(source)
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    return [
        code
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
        for code in CODE.findall(node.value)
        if code in codes.CODES
    ]


def test_no_rule_writes_a_code_by_hand() -> None:
    """No module of sop/ but codes.py holds a ``sop.*`` code as a string (docstrings may name
    one): rules call the code objects, so a code, its severity and its basis cannot drift from
    the table."""
    found = [
        f"{path.relative_to(SOP_DIR)}: {code}"
        for path in sorted(SOP_DIR.rglob("*.py"))
        if path != SOP_DIR / "codes.py"
        for code in hand_written_codes(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_guard_sees_a_code_written_by_hand() -> None:
    """The test above can fail: a code in a call is found, one in a docstring is not."""
    source = 'def f():\n    """Reports sop.flow.no_end."""\n    return _f("sop.flow.no_end", x)\n'
    assert hand_written_codes(source) == ["sop.flow.no_end"]
