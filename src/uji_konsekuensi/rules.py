"""Compliance rules: how a check of a case is declared, by the core and by agencies.

Every check the case checker runs is a `ComplianceRule`. Who gives it decides what it may do:

- the core's rules that read the agency's own SOP (`REPLACEABLE_RULES`: its flow, trigger, lanes,
  kelengkapan and waktu) and the core's rules of the statute and the regulations are declared in
  `uji_konsekuensi.case.core_rules` and run by the checker itself, in a fixed order. They are not
  collected through a hook: no plugin can remove, reorder or replace a rule of the law;
- an agency's plugin adds its own rules through the hook `uji_compliance_rules` (a Pergub that
  shortens a time limit, an internal rule that the Tim Pertimbangan meets before the PPID
  decides), and may give its own reading of one of the `REPLACEABLE_RULES` (``replaces=
  "core.times"``), which then runs in the built-in's place; every report names it.

Like hooks, a check receives keyword arguments only and may accept any subset of them (``case``,
``sop``, ``agency``, ``calendar``, ``settings``, ``plan``, ``trace``, ``clock``, ``events``, and
whatever the checker adds later), so a rule written today keeps working when the checker passes
more context tomorrow. Every value it is given is read-only (frozen objects, tuples, read-only
mappings): a rule can only return findings. `ComplianceRule.run` does that filtering and makes
sure the check returned findings: a check that raises or returns something else is a `RuleError`
naming the rule, never a silent pass.

A plugin's rule reports codes of its own namespace only (the first part of its rule code:
``kalteng.tim-pertimbangan`` reports ``kalteng.*``); the core's namespaces (`RESERVED_NAMESPACES`)
are the core's. The checker refuses a plugin rule that reports another's code, and a plugin rule
that raises is that plugin's failure (`RuleFailure`, named with its distribution and version):
the case is then "not fully checked", never compliant (docs/plugins.md, "What a plugin cannot do").
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, get_args

import attrs

from .errors import UjiKonsekuensiError
from .findings import Finding
from .i18n import Language, Text, current_language

#: Where a rule comes from, for the report: the statute (UU 14/2008), a regulation (PP 61/2010,
#: PERKI 1/2021), the agency's SOP as the core reads it, or an agency's plugin.
RuleOrigin = Literal["statute", "regulation", "sop", "agency"]
ORIGINS: tuple[str, ...] = get_args(RuleOrigin)

#: The core's rules that read the agency's own SOP, the only ones a plugin may replace. Declared
#: here, where plugins' rules are collected, and defined in `uji_konsekuensi.case.core_rules`
#: (tests/test_core_rules.py keeps the two equal).
REPLACEABLE_RULES: tuple[str, ...] = (
    "core.order",
    "core.trigger",
    "core.actors",
    "core.documents",
    "core.times",
)

#: The namespaces of the core's rule and finding codes: no plugin's rule may take a code in
#: them, nor report a finding under them (a plugin could otherwise speak in the statute's name).
RESERVED_NAMESPACES: frozenset[str] = frozenset({"core", "case", "harm", "law", "sop"})


def namespace(code: str) -> str:
    """The first dotted part of a code: ``kalteng`` of ``kalteng.tim-pertimbangan``."""
    return code.split(".", 1)[0]


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


def _accepted_names(func: Callable[..., Any]) -> frozenset[str] | None:
    """The keyword names ``func`` accepts; None when it takes ``**kwargs`` (or has no
    signature to read, a builtin: then everything is offered)."""
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return None
    return frozenset(
        p.name
        for p in params
        if p.kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    )


def accepted_kwargs(func: Callable[..., Any], offered: dict[str, Any]) -> dict[str, Any]:
    """The subset of ``offered`` that ``func`` accepts (all of it if it takes ``**kwargs``)."""
    names = _accepted_names(func)
    if names is None:
        return dict(offered)
    return {k: v for k, v in offered.items() if k in names}


def _to_codes(value: Iterable[str]) -> tuple[str, ...]:
    # A single string would become a tuple of its letters: refuse it.
    if isinstance(value, str):
        raise TypeError(f"ComplianceRule.codes: expected a tuple of codes, got {value!r}")
    return tuple(value)


def _check_replaces(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _check_code(instance, attribute, value)


@attrs.frozen(kw_only=True)
class ComplianceRule:
    """A check the case checker runs: one of the core's, or one an agency adds.

    ``code``: stable dotted code, unique within the agency; an agency's findings should use it
    (or a code under it) as their ``code``. ``description``: what the rule requires, in both
    languages. ``check``: called with keyword arguments (``case``, ``sop``, ``agency``, ...; it
    may accept any subset) and returns an iterable of `Finding`. ``basis``: the rule's source
    ("Pergub Kalteng 37/2022 Pasal 5"), or None. ``codes``: the finding codes it reports (the
    core's rules list theirs; documentation, and what a replacement is expected to cover).
    ``replaceable``: for the core's rules, True when the rule reads the agency's own SOP (its
    flow, lanes, kelengkapan, waktu), so an agency may give its own reading; a rule that
    enforces the statute or a regulation is never replaceable. ``replaces``: for an agency's
    rule, the code of the built-in rule it runs in place of. ``origin``: ``statute``,
    ``regulation`` or ``sop`` for the core's rules; ``agency`` (the default) for a plugin's.
    """

    code: str = attrs.field(validator=_check_code)
    description: Text = attrs.field(validator=_check_text)
    check: Callable[..., Iterable[Finding]] = attrs.field(validator=_check_callable)
    basis: str | None = None
    codes: tuple[str, ...] = attrs.field(default=(), converter=_to_codes)
    replaceable: bool = False
    replaces: str | None = attrs.field(default=None, validator=_check_replaces)
    origin: RuleOrigin = attrs.field(default="agency", validator=attrs.validators.in_(ORIGINS))
    # The names ``check`` accepts (None: any), read once: inspecting a signature per case would
    # cost more than most rules (10,000 cases times a dozen rules).
    _accepts: frozenset[str] | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_accepts", _accepted_names(self.check))

    def run(self, **context: Any) -> tuple[Finding, ...]:
        """Call ``check`` with the context arguments it accepts; return its findings as a tuple.

        Raises `RuleError` (naming the rule) when the check raises or returns non-findings.
        """
        return self.run_in(context)

    def run_in(self, context: Mapping[str, Any]) -> tuple[Finding, ...]:
        """`run` with the context as a mapping (the checker's loop: no copy per rule)."""
        accepts = self._accepts
        try:
            if accepts is None:
                findings = tuple(self.check(**context))
            else:
                findings = tuple(self.check(**{k: context[k] for k in accepts if k in context}))
        except Exception as exc:  # a rule's bug must name the rule, not pass as "no findings"
            raise RuleError(self.code, f"{type(exc).__name__}: {exc}") from exc
        for f in findings:
            if not isinstance(f, Finding):
                raise RuleError(
                    self.code,
                    f"check returned {type(f).__name__} {f!r}, expected Finding objects",
                )
        return findings


def core_rule(
    code: str,
    check: Callable[..., Iterable[Finding]],
    basis: str,
    text: tuple[str, str],
    reports: str,
    *,
    origin: RuleOrigin,
) -> ComplianceRule:
    """A rule of the core, declared in one line per field: ``text`` is (Indonesian, English),
    ``reports`` the finding codes it reports, space-separated. Only a rule of the SOP
    (``origin="sop"``) is replaceable; a rule of the statute or a regulation never is."""
    return ComplianceRule(
        code=code,
        description=Text(id=text[0], en=text[1]),
        check=check,
        basis=basis,
        codes=tuple(reports.split()),
        replaceable=origin == "sop",
        origin=origin,
    )


@attrs.frozen(kw_only=True)
class RuleReplacement:
    """A built-in rule an agency's plugin replaced: ``rule`` (the built-in's code), ``by`` (the
    code of the rule that runs in its place) and ``plugin`` (the plugin that gave it)."""

    rule: str
    by: str
    plugin: str

    def render(self, lang: Language | None = None) -> str:
        if (lang or current_language()) == "en":
            return f"built-in rule {self.rule} replaced by {self.by} (plugin {self.plugin})"
        return f"aturan bawaan {self.rule} diganti oleh {self.by} (plugin {self.plugin})"


@attrs.frozen(kw_only=True)
class RuleRun:
    """A rule the checker ran on a case, for the report: ``code``, ``origin`` (statute,
    regulation, sop, agency), and who gave it: ``plugin`` (None for the core's own),
    ``distribution`` and ``version`` (the installed distribution that shipped it, when known);
    ``replaces``: the built-in rule it ran in place of."""

    code: str
    origin: RuleOrigin
    plugin: str | None = None
    distribution: str | None = None
    version: str | None = None
    replaces: str | None = None

    def render(self, lang: Language | None = None) -> str:
        en = (lang or current_language()) == "en"
        who = self.distribution or self.plugin or "uji-konsekuensi"
        if self.version:
            who += f" {self.version}"
        text = f"{self.code} ({self.origin}; {who})"
        if self.replaces:
            text += f", {'replaces' if en else 'mengganti'} {self.replaces}"
        return text


@attrs.frozen(kw_only=True)
class RuleFailure:
    """A plugin's rule that could not be run to its end on a case: it raised, returned
    something other than findings, or reported a code it does not own. ``rule``: its code;
    ``plugin``, ``distribution``, ``version``: who shipped it; ``problem``: what happened, in
    both languages. A case with a failure is "not fully checked": never compliant."""

    rule: str
    plugin: str | None
    distribution: str | None
    version: str | None
    problem: Text

    def render(self, lang: Language | None = None) -> str:
        en = (lang or current_language()) == "en"
        who = f"plugin {self.plugin!r}" if self.plugin else "plugin"
        if self.distribution:
            dist = self.distribution + (f" {self.version}" if self.version else "")
            who += f" ({'distribution' if en else 'distribusi'} {dist})"
        if en:
            return f"rule {self.rule} of {who} did not run to its end: {self.problem.en}"
        return f"aturan {self.rule} dari {who} tidak berjalan sampai selesai: {self.problem.id}"
