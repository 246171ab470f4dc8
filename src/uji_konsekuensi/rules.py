"""Extra compliance rules an agency adds through the hook `uji_compliance_rules`.

The core checks a case against the law and against the agency's SOP (issue 5). An agency may
hold itself to more: a Pergub that shortens a time limit, an internal rule that the Tim
Pertimbangan meets before the PPID decides. A plugin expresses such a rule as a `ComplianceRule`
whose ``check`` returns findings.

Like hooks, a check receives keyword arguments only and may accept any subset of them (``case``,
``sop``, ``agency``, and whatever the checker adds later), so a rule written today keeps working
when the checker passes more context tomorrow. `ComplianceRule.run` does that filtering and makes
sure the check returned findings: a check that raises or returns something else is a
`RuleError` naming the rule, never a silent pass.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .errors import UjiKonsekuensiError
from .findings import Finding
from .i18n import Text

#: A rule code: dotted lowercase parts ("kalteng.tim-pertimbangan", "contoh.batas-waktu").
_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*")


class RuleError(UjiKonsekuensiError):
    """A compliance rule's check raised, or returned something other than findings."""

    def __init__(self, rule_code: str, message: str) -> None:
        self.rule_code = rule_code
        super().__init__(f"aturan {rule_code!r} / rule {rule_code!r}: {message}")


def _check_code(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected a dotted lowercase code "
            f"(e.g. 'contoh.batas-waktu'), got {value!r}"
        )


def _check_text(instance: Any, attribute: attrs.Attribute[Text], value: Any) -> None:
    if not isinstance(value, Text):
        raise TypeError(
            f"{type(instance).__name__}.{attribute.name}: expected a Text(id=..., en=...), "
            f"got {value!r}"
        )


def _check_callable(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not callable(value):
        raise TypeError(
            f"{type(instance).__name__}.{attribute.name}: expected a callable taking keyword "
            f"arguments (case=..., sop=..., agency=...), got {value!r}"
        )


def accepted_kwargs(func: Callable[..., Any], offered: dict[str, Any]) -> dict[str, Any]:
    """The subset of ``offered`` that ``func`` accepts (all of it if it takes ``**kwargs``)."""
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):  # a builtin without a signature: offer everything
        return dict(offered)
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return dict(offered)
    names = {
        p.name
        for p in params
        if p.kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    }
    return {k: v for k, v in offered.items() if k in names}


@attrs.frozen(kw_only=True)
class ComplianceRule:
    """A check an agency runs on its cases in addition to the core's.

    ``code``: stable dotted code, unique within the agency; the findings the check returns should
    use it (or a code under it) as their ``code``. ``description``: what the rule requires, in
    both languages. ``basis``: the rule's source ("Pergub Kalteng 37/2022 Pasal 5"), or None.
    ``check``: called with keyword arguments (``case``, ``sop``, ``agency``, ...; it may accept
    any subset) and returns an iterable of `Finding`.
    """

    code: str = attrs.field(validator=_check_code)
    description: Text = attrs.field(validator=_check_text)
    check: Callable[..., Iterable[Finding]] = attrs.field(validator=_check_callable)
    basis: str | None = None

    def run(self, **context: Any) -> tuple[Finding, ...]:
        """Call ``check`` with the context arguments it accepts; return its findings as a tuple.

        Raises `RuleError` (naming the rule) when the check raises or returns non-findings.
        """
        try:
            result = self.check(**accepted_kwargs(self.check, context))
            findings = tuple(result)
        except Exception as exc:  # a plugin's bug must name the rule, not crash the checker
            raise RuleError(self.code, f"{type(exc).__name__}: {exc}") from exc
        bad = [f for f in findings if not isinstance(f, Finding)]
        if bad:
            raise RuleError(
                self.code,
                f"check returned {type(bad[0]).__name__} {bad[0]!r}, expected Finding objects",
            )
        return findings
