"""Message catalogs: a finding's words live with its code, other messages in the area's catalog;
both languages of a template name the same values, checked once, at import."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from uji_konsekuensi.agency_messages import MESSAGES as AGENCY_MESSAGES
from uji_konsekuensi.findings import FindingCode, Severity
from uji_konsekuensi.i18n import Text, catalog, placeholders
from uji_konsekuensi.sop import codes as sop_codes

SRC = Path(__file__).resolve().parents[1] / "src" / "uji_konsekuensi"


def _code(**messages: Text) -> FindingCode:
    return FindingCode(
        code="x.y", severity=Severity.ERROR, basis="B", title=Text("t", "t"), messages=messages
    )


def test_a_template_that_drops_a_value_in_one_language_is_refused() -> None:
    with pytest.raises(ValueError, match="names \\['n'\\] in Indonesian and \\[\\] in English"):
        catalog({"k": Text(id="langkah {n}", en="a step")})
    with pytest.raises(ValueError, match=r"x\.y:a"):
        _code(a=Text(id="langkah {n}", en="step {m}"))


def test_a_placeholder_named_like_an_argument_of_say_is_refused() -> None:
    """``say(field=...)`` is where the finding points, never a value of the message."""
    with pytest.raises(ValueError, match="reserved placeholder: \\['step'\\]"):
        _code(a=Text(id="langkah {step}", en="step {step}"))


def test_an_unnamed_placeholder_is_refused() -> None:
    with pytest.raises(ValueError, match="unnamed placeholder"):
        catalog({"k": Text(id="langkah {}", en="step {}")})


def test_say_fills_both_languages_and_keeps_the_code_table() -> None:
    code = _code(**{"": Text(id="langkah {number!r} ({why.id})", en="step {number!r} ({why.en})")})
    found = code.say(number="3", why=Text("alasan", "reason"), field="steps[2]", step=3)
    assert (found.message, found.message_en) == ("langkah '3' (alasan)", "step '3' (reason)")
    assert (found.code, found.severity, found.basis, found.field, found.step) == (
        "x.y",
        Severity.ERROR,
        "B",
        "steps[2]",
        3,
    )
    with pytest.raises(KeyError):
        code.say("nope")


def test_a_value_with_braces_is_shown_as_written() -> None:
    code = _code(**{"": Text(id="waktu {text!r}", en="waktu {text!r}")})
    assert code.say(text="{x} hari").message == "waktu '{x} hari'"


def test_every_sop_code_says_its_findings_from_its_table() -> None:
    """sop/validate.py and _identity_checks.py build no Text of their own for a finding."""
    assert all(code.messages for code in sop_codes.CODES.values())
    for name in ("validate.py", "_identity_checks.py"):
        source = (SRC / "sop" / name).read_text(encoding="utf-8")
        assert not re.search(r"codes\.[A-Z_]+\(\s*Text\(", source), name


def test_the_agency_catalog_has_every_key_agency_py_uses_and_no_other() -> None:
    source = (SRC / "agency.py").read_text(encoding="utf-8")
    used = set(re.findall(r'MESSAGES\["([a-z_.]+)"\]', source))
    # Keys chosen by a conditional expression (key = "a" if ... else "b").
    used |= set(re.findall(r'"((?:agency|plugin)\.[a-z_.]+)"', source))
    assert used == set(AGENCY_MESSAGES)
    assert "Text(\n" not in source and "Text(id=" not in source


def test_placeholders_names_the_values_of_a_template() -> None:
    assert placeholders("{a!r} {b.id} {c[0]} {{literal}}") == {"a", "b", "c"}
