"""ComplianceRule: an agency's extra check, called with the keyword arguments it accepts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from uji_konsekuensi.findings import Finding, Severity
from uji_konsekuensi.i18n import Text
from uji_konsekuensi.rules import ComplianceRule, RuleError, accepted_kwargs

DESCRIPTION = Text(id="Tim Pertimbangan rapat dulu", en="The Tim Pertimbangan meets first")


def finding(step: int | None = None) -> Finding:
    return Finding.of(
        "contoh.tim",
        Severity.WARNING,
        Text(id="belum rapat", en="no meeting yet"),
        "SOP langkah 3",
        step=step,
    )


def test_check_gets_only_the_arguments_it_names() -> None:
    """A check taking only `case` is called without `sop` and `agency`."""
    seen: list[object] = []

    def check(case: object) -> list[Finding]:
        seen.append(case)
        return [finding()]

    rule = ComplianceRule(code="contoh.tim", description=DESCRIPTION, check=check)
    assert rule.run(case="C", sop="S", agency="A") == (finding(),)
    assert seen == ["C"]


def test_check_with_var_keywords_gets_everything() -> None:
    """A check taking **context receives every argument (room for arguments added later)."""
    seen: dict[str, Any] = {}

    def check(**context: Any) -> Iterable[Finding]:
        seen.update(context)
        return iter(())

    ComplianceRule(code="contoh.semua", description=DESCRIPTION, check=check).run(case=1, sop=2)
    assert seen == {"case": 1, "sop": 2}


def test_keyword_only_parameters_are_honoured() -> None:
    """accepted_kwargs keeps keyword-only parameters and drops unknown ones."""

    def check(*, sop: object, agency: object = None) -> list[Finding]:
        return []

    assert accepted_kwargs(check, {"case": 1, "sop": 2, "agency": 3}) == {"sop": 2, "agency": 3}


def test_raising_check_names_the_rule() -> None:
    """A check that raises becomes a RuleError naming the rule and the exception."""

    def check(case: object) -> list[Finding]:
        raise KeyError("tanggal")

    rule = ComplianceRule(code="contoh.rusak", description=DESCRIPTION, check=check)
    with pytest.raises(RuleError, match=r"'contoh\.rusak'.*KeyError") as info:
        rule.run(case=None)
    assert info.value.rule_code == "contoh.rusak"


@pytest.mark.parametrize("result", [None, 5, ["not a finding"]])
def test_non_finding_results_are_refused(result: Any) -> None:
    """A check returning something other than findings is a RuleError, never a silent pass."""
    rule = ComplianceRule(code="contoh.aneh", description=DESCRIPTION, check=lambda: result)
    with pytest.raises(RuleError, match=r"contoh\.aneh"):
        rule.run(case=None)


@pytest.mark.parametrize("code", ["Contoh", "contoh..x", "contoh.", "contoh x", ""])
def test_code_must_be_dotted_lowercase(code: str) -> None:
    """A rule code must be dotted lowercase slugs."""
    with pytest.raises(ValueError, match=r"ComplianceRule\.code"):
        ComplianceRule(code=code, description=DESCRIPTION, check=list)


def test_description_must_be_bilingual_text() -> None:
    """A plain string description is refused: officials read it in Indonesian, others in English."""
    with pytest.raises(TypeError, match=r"ComplianceRule\.description"):
        ComplianceRule(code="contoh.x", description="teks", check=list)  # type: ignore[arg-type]


def test_check_must_be_callable() -> None:
    """A non-callable check is refused at construction."""
    with pytest.raises(TypeError, match=r"ComplianceRule\.check"):
        ComplianceRule(code="contoh.x", description=DESCRIPTION, check=[])  # type: ignore[arg-type]
