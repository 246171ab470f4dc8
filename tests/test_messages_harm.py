"""The harm area's catalog of messages (harm/messages.py): keyed by the codes of harm/codes.py,
both languages naming the same values, and the one place the rules of harm/validate take the
words of a finding from."""

from __future__ import annotations

import ast
import copy
import functools
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from uji_konsekuensi.errors import InputError
from uji_konsekuensi.findings import Finding, FindingCode
from uji_konsekuensi.harm import Penetapan, load, validate
from uji_konsekuensi.harm import codes as harm_codes
from uji_konsekuensi.harm import messages as M
from uji_konsekuensi.i18n import Message

ROOT = Path(__file__).resolve().parents[1]
VALIDATE = Path(M.__file__).parent / "validate"
RULE_MODULES = sorted(p.name for p in VALIDATE.glob("*.py"))
ALL = [m for variants in M.MESSAGES.values() for m in variants.values()]


def test_every_message_belongs_to_a_declared_code_and_every_code_has_one() -> None:
    assert set(M.MESSAGES) == set(harm_codes.CODES)
    for code, variants in M.MESSAGES.items():
        for variant, message in variants.items():
            assert (message.code, message.variant) == (code, variant)


def test_each_message_is_named_as_its_code_in_the_code_table() -> None:
    """messages.PERIOD_MISSING_PENETAPAN is the "penetapan" message of codes.PERIOD_MISSING."""
    for name, value in vars(M).items():
        if isinstance(value, Message):
            suffix = f"_{value.variant.upper()}" if value.variant else ""
            assert name.endswith(suffix), name
            assert getattr(harm_codes, name.removesuffix(suffix)).code == value.code, name


@pytest.mark.parametrize("message", ALL, ids=lambda m: f"{m.code}:{m.variant}")
def test_both_languages_name_the_same_values(message: Message) -> None:
    in_id, in_en = message.fields
    assert in_id == in_en
    assert message.id != message.en or not re.search(r"[a-z]{4}", message.id), message.code


def _tree(name: str) -> ast.Module:
    return ast.parse((VALIDATE / name).read_text(encoding="utf-8"), filename=name)


def _code_names() -> frozenset[str]:
    return frozenset(n for n, v in vars(harm_codes).items() if isinstance(v, FindingCode))


def _words(node: ast.expr) -> bool:
    """A literal with words in it: a string constant or an f-string."""
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)
    )


@pytest.mark.parametrize("name", RULE_MODULES)
def test_the_rules_write_no_words_of_their_own_for_a_finding(name: str) -> None:
    """No `Text(...)` of words, and no code called with a literal or a `Text` as its message:
    the words come from the catalog (``CODE(M.CODE(...), field=...)``)."""
    codes_here = {
        alias.asname or alias.name
        for node in ast.walk(_tree(name))
        if isinstance(node, ast.ImportFrom) and node.module == "codes"
        for alias in node.names
        if alias.name in _code_names()
    }
    inline = []
    for node in ast.walk(_tree(name)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        args = [*node.args, *(k.value for k in node.keywords)]
        if node.func.id == "Text" and any(_words(a) for a in args):
            inline.append(node.lineno)
        if node.func.id in codes_here and node.args:
            said = node.args[0]
            if _words(said) or (
                isinstance(said, ast.Call) and getattr(said.func, "id", None) == "Text"
            ):
                inline.append(node.lineno)
    assert inline == [], f"{name}: words written inline at lines {inline}"


def _catalog_names(node: ast.AST) -> set[str]:
    return {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "M"
    }


def test_every_message_of_the_catalog_is_used_by_a_rule() -> None:
    used = set().union(*(_catalog_names(_tree(name)) for name in RULE_MODULES))
    declared = {n for n, v in vars(M).items() if isinstance(v, Message)}
    assert sorted(declared - used) == []
    assert sorted(used - declared - {"PARTICIPANT_COLUMNS"}) == []


@pytest.mark.parametrize("name", RULE_MODULES)
def test_a_rule_takes_only_messages_of_the_codes_it_reports(name: str) -> None:
    """In each function, every message taken from the catalog belongs to a code the function
    calls (a message of another code would give a finding the wrong words)."""
    names = _code_names()
    imported = {
        alias.asname or alias.name: alias.name
        for node in ast.walk(_tree(name))
        if isinstance(node, ast.ImportFrom) and node.module == "codes"
        for alias in node.names
        if alias.name in names
    }
    for func in ast.walk(_tree(name)):
        if not isinstance(func, ast.FunctionDef):
            continue
        called = {
            getattr(harm_codes, imported[n.func.id]).code
            for n in ast.walk(func)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in imported
        }
        for message in _catalog_names(func) - {"PARTICIPANT_COLUMNS"}:
            assert getattr(M, message).code in called, f"{name}:{func.name} takes M.{message}"


# --- what a finding says is one of its code's messages, filled -------------------------------


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    """A template as a pattern: its words literally, each value as any text."""
    parts = [
        re.escape(literal) + ("(.*?)" if field is not None else "")
        for literal, field, _, _ in string.Formatter().parse(template)
    ]
    return re.compile("".join(parts), re.S)


def _records(node: Any) -> Iterator[dict[str, Any]]:
    """Every Lembar or Penetapan inside a JSON document (a case file embeds its Lembar)."""
    if isinstance(node, dict):
        if isinstance(node.get("rows"), list) or isinstance(node.get("sheets"), list):
            yield node
        for value in node.values():
            yield from _records(value)
    elif isinstance(node, list):
        for value in node:
            yield from _records(value)


def _one_field_blanked(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The record with one field of its heading, or of a row, left out or emptied."""
    sheets = record.get("sheets", [record])
    for key in list(record):
        for blank in (None, ""):
            changed = copy.deepcopy(record)
            changed[key] = blank
            yield changed
    for i, sheet in enumerate(sheets):
        for j, row in enumerate(sheet.get("rows", [])):
            for key in list(row):
                changed = copy.deepcopy(record)
                target = changed["sheets"][i] if "sheets" in changed else changed
                del target["rows"][j][key]
                yield changed


def _row(sheet: dict[str, Any], **values: Any) -> None:
    sheet["rows"][0].update(values)


#: Defects the examples do not have, each made in the first row or the heading of every Lembar
#: (an edit that a record cannot take, a missing approval block, is skipped).
_SHEET_EDITS: list[Any] = [
    lambda s: _row(s, information=""),
    lambda s: _row(s, consideration_of_closing=s["rows"][0].get("consequence_of_opening")),
    lambda s: s["approval"].update(name=""),
    lambda s: s["participants"][0].update(name="", unit=" "),
    lambda s: s["rows"].append(copy.deepcopy(s["rows"][0])),
    lambda s: s.update(rows=[]),
    lambda s: s.update(stage="dispute", dispute_register=None),
    lambda s: _row(s, grounds=s["rows"][0]["grounds"] * 2),
    lambda s: _row(s, grounds=[{"ground": "c", "as_written": "Pasal 17 huruf a angka 1"}]),
    lambda s: _row(s, grounds=[{"ground": "j", "other_statute": "Peraturan Menteri 5/2020"}]),
    lambda s: _row(s, grounds=[{"ground": "j", "other_statute": "UU No. 36 Tahun 1999"}]),
    lambda s: _row(s, grounds=[{"ground": "j", "other_statute": "rahasia {0} {x}"}]),
    lambda s: _row(s, never_exempt_kind="court_decision", outcome="closed"),
    lambda s: _row(s, never_exempt_kind="court_decision", outcome="partial"),
    lambda s: _row(s, grounds=[{"ground": "a.1"}], period={"kind": "years", "years": 0}),
    lambda s: _row(s, grounds=[{"ground": "a.1"}], period={"kind": "until_event", "event": ""}),
    lambda s: _row(s, grounds=[{"ground": "a.1"}], period={"kind": "as_long_as_needed"}),
    lambda s: _row(s, grounds=[{"ground": "b"}], period={"kind": "years", "years": 40}),
    lambda s: _row(s, grounds=[{"ground": "h.2"}], outcome="closed", public_office="Bupati"),
    lambda s: _row(
        s,
        grounds=[{"ground": "h.2"}],
        outcome="closed",
        consent={"given_by": "Yang bersangkutan"},
        public_office="Bupati",
    ),
    lambda s: _row(s, outcome="partial", released="-"),
    lambda s: _row(
        s,
        period={"kind": "until_event", "event": "pensiun", "as_written": "lima tahun"},
    ),
    lambda s: _row(s, grounds=[{"ground": "c"}], period={"kind": "years", "years": 4}),
    lambda s: _row(s, period={"kind": "until_date", "until": "2001-01-01"}),
    lambda s: _row(s, period={"kind": "as_long_as_needed", "review_on": "2001-01-01"}),
    lambda s: _row(
        s,
        grounds=[{"ground": "a.1"}],
        period={"kind": "years", "years": 5, "as_written": "50 (lima) tahun, untuk selamanya"},
    ),
    lambda s: _row(
        s,
        period={"kind": "until_date", "until": "2040-01-01", "as_written": "31 Desember 2030"},
    ),
]
_PENETAPAN_EDITS: list[Any] = [
    lambda p: p.update(sheets=[]),
    lambda p: p.update(mengingat=["Peraturan yang itu"]),
    lambda p: p.update(mengingat=["Peraturan Komisi Informasi Nomor 1 Tahun 2017"]),
    lambda p: p.update(badan_publik="Badan Lain", ppid=None, signature=None),
    lambda p: [r.update(outcome="open", period=None) for s in p["sheets"] for r in s["rows"]],
]


def _seeded(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    edits = [*_SHEET_EDITS, *(_PENETAPAN_EDITS if "sheets" in record else [])]
    for edit in edits:
        changed = copy.deepcopy(record)
        try:
            if edit in _PENETAPAN_EDITS:
                edit(changed)
            else:
                for sheet in changed.get("sheets", [changed]):
                    edit(sheet)
        except (KeyError, IndexError, TypeError, AttributeError):
            continue
        yield changed


def _corpus() -> list[Finding]:
    data: dict[str, dict[str, Any]] = {}
    for path in sorted((ROOT / "examples").rglob("*.json")):
        for record in _records(json.loads(path.read_text(encoding="utf-8"))):
            # The example cases share their Lembar with their violations: each once.
            data.setdefault(json.dumps(record, sort_keys=True), record)
    found: list[Finding] = []
    for record in data.values():
        for variant in (record, *_one_field_blanked(record), *_seeded(record)):
            try:
                loaded = load(variant)
            except InputError:
                continue
            found += validate(loaded)
            sheets = loaded.sheets if isinstance(loaded, Penetapan) else (loaded,)
            found += [f for s in sheets for row in s.rows for f in validate(row)]
    return found


CORPUS = _corpus()


def _says(message: Message, finding: Finding) -> bool:
    return bool(
        _pattern(message.id).fullmatch(finding.message)
        and _pattern(message.en).fullmatch(finding.message_en)
    )


def test_every_finding_says_what_one_message_of_its_code_says_in_both_languages() -> None:
    unmatched = [
        (f.code, f.message)
        for f in CORPUS
        if not any(_says(m, f) for m in M.MESSAGES[f.code].values())
    ]
    assert unmatched == []


def test_every_message_of_the_catalog_is_said_by_some_finding() -> None:
    """The check above is only as good as the findings it sees: the examples, each with one
    field left out, and the seeded defects reach every message of the catalog."""
    said = {(m.code, m.variant) for f in CORPUS for m in M.MESSAGES[f.code].values() if _says(m, f)}
    assert sorted({(m.code, m.variant) for m in ALL} - said) == []


def test_a_value_with_braces_is_shown_as_the_record_wrote_it() -> None:
    text = M.PARTIAL_REASON_MISSING(part="{0} halaman {x}")
    assert text.id == "Alasan menghitamkan '{0} halaman {x}' tidak disebutkan"
    assert text.en == "No reason is given for blacking out '{0} halaman {x}'"


def test_a_value_each_language_reads_from_its_own_attribute() -> None:
    """The Pasal 18 ayat (1) kind gives its Indonesian label to the one, its English to the
    other."""
    from uji_konsekuensi.law import NEVER_EXEMPT

    kind = next(iter(NEVER_EXEMPT.values()))
    text = M.NEVER_EXEMPT(kind=kind)
    assert kind.label_id in text.id and kind.label_en in text.en
    assert kind.label_en not in text.id or kind.label_en == kind.label_id
