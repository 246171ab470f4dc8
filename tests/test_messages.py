"""Message catalogs beside the code tables: the SOP area's (sop/messages.py, ``sop.*`` and
``sop.agency.*``) keyed by code, and the registry's (agency_messages.py); both languages of a
message name the same values, checked when the catalog is imported."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from uji_konsekuensi import agency_messages
from uji_konsekuensi.i18n import Message, Text, message_catalog, placeholders
from uji_konsekuensi.sop import agency_codes
from uji_konsekuensi.sop import codes as sop_codes
from uji_konsekuensi.sop import messages as sop_messages

SRC = Path(__file__).resolve().parents[1] / "src" / "uji_konsekuensi"
SOP_MESSAGES = [m for variants in sop_messages.MESSAGES.values() for m in variants.values()]


def test_a_message_that_drops_a_value_in_one_language_is_refused() -> None:
    with pytest.raises(ValueError, match=r"names \['n'\], the English one \[\]"):
        Message(code="x.y", id="langkah {n}", en="a step")


def test_an_unnamed_placeholder_is_refused() -> None:
    with pytest.raises(ValueError, match="both must name the same values"):
        Message(code="x.y", id="langkah {}", en="step {}")


def test_a_message_fills_both_languages_and_a_text_value_gives_each_its_own_words() -> None:
    said = Message(code="x.y", id="langkah {number!r} ({why})", en="step {number!r} ({why})")
    assert said(number="3", why=Text("alasan", "reason")) == Text(
        "langkah '3' (alasan)", "step '3' (reason)"
    )


def test_a_value_with_braces_is_shown_as_written() -> None:
    said = Message(code="x.y", id="waktu {text!r}", en="waktu {text!r}")
    assert said(text="{x} hari").id == "waktu '{x} hari'"


def test_a_variant_declared_twice_for_a_code_is_refused() -> None:
    one = Message(code="x.y", id="a", en="a")
    two = Message(code="x.y", id="b", en="b")
    with pytest.raises(ValueError, match="declared twice"):
        message_catalog({"ONE": one, "TWO": two})


#: The keys of sop/messages.py that are no finding code: tanggal.py's refusals and notes, the
#: names of the identity block's dates, what is wrong with a NIP.
SOP_NO_FINDING = ("tanggal.", "date_label", "nip.")


def test_every_sop_message_belongs_to_a_declared_code_and_every_code_has_one() -> None:
    findings = {c for c in sop_messages.MESSAGES if not c.startswith(SOP_NO_FINDING)}
    assert findings == set(sop_codes.CODES) | set(agency_codes.CODES)
    for code, variants in sop_messages.MESSAGES.items():
        for variant, message in variants.items():
            assert (message.code, message.variant) == (code, variant)


def test_each_sop_message_is_named_as_its_code_in_the_code_table() -> None:
    """sop/messages.py's STEPS_NONE is the message of codes.STEPS_NONE (with its variant), its
    AGENCY_TRIGGER that of agency_codes.AGENCY_TRIGGER."""
    for name, value in vars(sop_messages).items():
        if isinstance(value, Message):
            suffix = f"_{value.variant.upper()}" if value.variant else ""
            assert name.endswith(suffix), name
            if value.code.startswith(SOP_NO_FINDING):  # TANGGAL_EMPTY is "tanggal.empty"
                assert name == value.code.replace(".", "_").upper() + suffix, name
                continue
            table = agency_codes if value.code.startswith("sop.agency.") else sop_codes
            assert getattr(table, name.removesuffix(suffix)).code == value.code, name


def test_the_sop_rules_write_no_words_of_their_own_for_a_finding() -> None:
    for name in ("validate.py", "_identity_checks.py"):
        source = (SRC / "sop" / name).read_text(encoding="utf-8")
        assert not re.search(r"codes\.[A-Z_]+\(\s*Text\(", source), name


#: The SOP modules whose words of a refusal, a note or a label come from sop/messages.py.
SOP_CATALOGUED = ("tanggal.py", "_identity_checks.py", "model.py")


@pytest.mark.parametrize("name", SOP_CATALOGUED)
def test_the_sop_modules_write_no_words_of_their_own_outside_declarations(name: str) -> None:
    """No literal with words outside a docstring, except declarations, which stay beside what
    they declare: model.py's `_ROLE_LABEL` (the names of the eight statutory roles, beside
    citations in `ROLE_BASIS`) and the developer's English of model.py's attrs validators and
    `KeyError`s (a validator's words are the converter's "expected", as every model's are);
    _identity_checks.py's `_IN_FORCE` (an instrument's name is a citation)."""
    tree = ast.parse((SRC / "sop" / name).read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    allowed: set[int] = set()
    for node in ast.walk(tree):
        target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
        if isinstance(target, ast.Name) and target.id in ("_ROLE_LABEL", "ROLE_BASIS", "_IN_FORCE"):
            allowed |= {id(sub) for sub in ast.walk(node)}
        if (
            name == "model.py"
            and isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and getattr(node.exc.func, "id", None) in ("ValueError", "KeyError")
        ):
            allowed |= {id(sub) for sub in ast.walk(node)}
    words = [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if _words(n) and id(n) not in docs and id(n) not in allowed
    ]
    assert words == []


def test_every_no_finding_sop_message_is_used() -> None:
    used = {
        n.attr
        for name in SOP_CATALOGUED
        for n in ast.walk(ast.parse((SRC / "sop" / name).read_text(encoding="utf-8")))
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "M"
    }
    declared = {
        n
        for n, v in vars(sop_messages).items()
        if isinstance(v, Message) and v.code.startswith(SOP_NO_FINDING)
    }
    assert declared <= used


def _agency_data_findings() -> list[ast.Call]:
    """Every finding agency_data.py builds: a call of a code of agency_codes (``C.AGENCY_...``)."""
    tree = ast.parse((SRC / "agency_data.py").read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "C"
    ]


def _words(node: ast.AST) -> bool:
    """A literal with words in it (a letter beside a space): not a separator such as ", "."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(r"[^\W\d_]\s|\s[^\W\d_]", node.value) is not None
    )


def test_agency_data_writes_no_words_of_its_own_for_a_sop_agency_finding() -> None:
    """Each ``sop.agency.*`` finding of agency_data.py takes its words from sop/messages.py: its
    first argument is the message of its own code, filled (``C.X(M.X(...), ...)``), and no
    literal with words, f-string with words or `Text` is passed to it."""
    calls = _agency_data_findings()
    assert len(calls) == len(agency_codes.CODES)
    for call in calls:
        assert isinstance(call.func, ast.Attribute)
        said = call.args[0]
        assert isinstance(said, ast.Call) and isinstance(said.func, ast.Attribute), call.lineno
        assert isinstance(said.func.value, ast.Name) and said.func.value.id == "M", call.lineno
        assert said.func.attr == call.func.attr, call.lineno
        for node in ast.walk(call):
            assert not (isinstance(node, ast.Name) and node.id == "Text"), call.lineno
            assert not _words(node), (call.lineno, ast.unparse(node))


def test_every_sop_agency_code_is_reported_by_agency_data_with_its_message() -> None:
    reported = {
        call.func.attr for call in _agency_data_findings() if isinstance(call.func, ast.Attribute)
    }
    declared = {
        n for n, v in vars(agency_codes).items() if getattr(v, "code", None) in agency_codes.CODES
    }
    messages = {
        n
        for n, v in vars(sop_messages).items()
        if isinstance(v, Message) and v.code.startswith("sop.agency.")
    }
    assert reported == declared == messages


#: The modules whose words come from agency_messages.py, and the name each imports it as.
AGENCY_CATALOGUED = {"agency.py": "M", "plugins.py": "M", "agency_data.py": "AM"}


def test_agency_py_takes_every_message_from_its_catalog_and_uses_each() -> None:
    """agency.py, plugins.py and agency_data.py (its refusals of agency.json: agency.json is
    the registry's file) take their words from agency_messages.py, and every message there is
    used by one of them."""
    used: set[str] = set()
    for name, alias in AGENCY_CATALOGUED.items():
        source = (SRC / name).read_text(encoding="utf-8")
        used |= set(re.findall(rf"\b{alias}\.([A-Z_]+)\b", source))
    # agency.py builds no Text at all; plugins.py one of an error's own words (ast check below).
    source = (SRC / "agency.py").read_text(encoding="utf-8")
    assert "Text(\n" not in source and "Text(id=" not in source
    declared = {n for n, v in vars(agency_messages).items() if isinstance(v, Message)}
    assert used == declared


def test_the_registry_catalog_is_keyed_by_code_and_variant_and_named_as_its_key() -> None:
    """PLUGIN_HOOK_UNKNOWN is "plugin.hook.unknown"; its _SUGGEST the "suggest" variant."""
    for name, value in vars(agency_messages).items():
        if isinstance(value, Message):
            assert agency_messages.MESSAGES[value.code][value.variant] is value
            suffix = f"_{value.variant.upper()}" if value.variant else ""
            assert name == value.code.replace(".", "_").upper() + suffix, name


def _docstrings(tree: ast.Module) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }


#: What builds a refusal in plugins.py and agency_data.py: none of its arguments may hold words.
AGENCY_REFUSALS = {"PluginError", "plugin_error", "describe_exception", "one", "_problem"}
AGENCY_REFUSALS |= {"_refused", "Text", "InputError", "Problem"}


def _inline_words(name: str) -> list[tuple[int, str]]:
    """The literals with words that a refusal of ``name`` is built from. "entry point x:" (the
    context of a plugin's exception) is the packaging term, the same in both languages."""
    tree = ast.parse((SRC / name).read_text(encoding="utf-8"))
    term = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "describe_exception"
        for sub in ast.walk(node)
        if isinstance(sub, ast.Constant) and sub.value == "entry point "
    }
    inline = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = node.func.id if isinstance(node.func, ast.Name) else None
        called = called or getattr(node.func, "attr", None)
        if called not in AGENCY_REFUSALS:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for sub in ast.walk(arg):
                if _words(sub) and id(sub) not in term:
                    inline.append((sub.lineno, ast.unparse(sub)))
    return inline


@pytest.mark.parametrize("name", ["plugins.py", "agency_data.py"])
def test_the_registry_modules_build_no_refusal_of_words_of_their_own(name: str) -> None:
    assert _inline_words(name) == []


def test_plugins_py_writes_no_words_outside_its_docstrings() -> None:
    """Beyond the refusals: no message of plugins.py (a hint, a \"how\") is put together inline."""
    tree = ast.parse((SRC / "plugins.py").read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    words = [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if _words(n) and id(n) not in docs and isinstance(n, ast.Constant)
    ]
    assert words == [(n, "entry point ") for n, _ in words]


def test_placeholders_names_the_values_of_a_template() -> None:
    assert placeholders("{a!r} {b.id} {c[0]} {{literal}}") == {"a", "b", "c"}
