"""Findings: what every validator and checker in the library reports.

A finding is a fact about a record, an SOP or a case that a PPID or an auditor must act on. It is
never an exception: validation returns findings, so one run shows every problem at once. Each
finding has a stable ``code`` (documented in docs/findings.md; codes are never reused), a
severity, a message in Bahasa Indonesia and in English, the field it is about (a JSON path into
the wire format), the rule it enforces (a Pasal, or an SOP step), and for case checks the SOP step.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from .i18n import Language, Text, current_language


class Severity(enum.StrEnum):
    """How bad a finding is.

    ``error``: the record breaks the law or the SOP (the test or the case is not valid as it is).
    ``warning``: probably wrong, or missing something a careful PPID records; review it.
    ``info``: worth knowing, nothing to fix.

    A `StrEnum`: ``finding.severity == "error"`` is True for an error, as a plugin author's test
    would write it (with a plain Enum that comparison was always False, and the test could never
    fail). The wire value stays the English word; `label` is what a person reads.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def label(self, lang: Language | None = None) -> str:
        """The word for people: galat / peringatan / catatan (error / warning / note)."""
        if (lang or current_language()) == "en":
            return {"error": "error", "warning": "warning", "info": "note"}[self.value]
        return {"error": "galat", "warning": "peringatan", "info": "catatan"}[self.value]


@attrs.frozen(kw_only=True)
class Finding:
    """One problem found, with the rule it enforces.

    ``message`` is the Indonesian text, ``message_en`` the English one; ``text(lang)`` picks.
    ``basis`` names what is enforced: "UU 14/2008 Pasal 19", "PERKI 1/2021 Pasal 50 ayat (3)",
    or "SOP langkah 4". ``field`` is the JSON path of the offending value ("rows[2].grounds[0]"),
    or None when the finding is about the whole object. ``step`` is the SOP step number a case
    finding is about, or None.
    """

    code: str
    severity: Severity
    message: str
    message_en: str
    basis: str
    field: str | None = None
    step: int | None = None

    @classmethod
    def of(
        cls,
        code: str,
        severity: Severity,
        text: Text,
        basis: str,
        field: str | None = None,
        step: int | None = None,
    ) -> Finding:
        return cls(
            code=code,
            severity=severity,
            message=text.id,
            message_en=text.en,
            basis=basis,
            field=field,
            step=step,
        )

    def text(self, lang: Language | None = None) -> str:
        return self.message_en if (lang or current_language()) == "en" else self.message

    def render(self, lang: Language | None = None) -> str:
        """One line for people: ``galat harm.ground.unknown [rows[0].grounds[0]]: ... — UU ...``
        (``error ...`` in English)."""
        where = f" [{self.field}]" if self.field else ""
        step = f" (langkah {self.step})" if self.step is not None else ""
        if (lang or current_language()) == "en":
            step = f" (step {self.step})" if self.step is not None else ""
        label = self.severity.label(lang)
        return f"{label} {self.code}{step}{where}: {self.text(lang)} — {self.basis}"


@attrs.frozen(kw_only=True)
class FindingCode:
    """One finding code of an area's table (``case/codes.py``, ``harm/codes.py``,
    ``sop/codes.py``): the public contract a finding carries.

    ``code``: the stable dotted code (never reused). ``severity``: how bad it is.
    ``basis``: the provision it enforces, as the docs' tables print it (a finding may name a
    narrower one, "SOP 12/2024 langkah 4", see ``__call__``). ``title``: what the code means,
    in both languages (the docs' "When" column). ``group``: the docs table it is listed in.
    ``also``: other severities the code is reported with, where its table says when (a
    citation a reader cannot resolve is an error in a Lembar and a warning in an SOP note).

    Rules build their findings by calling the code, so a code, its severity and its basis are
    written once, here, and the docs' tables are generated from the same objects
    (``tools/code_tables.py``; tests/test_code_tables.py keeps them equal).
    """

    code: str
    severity: Severity
    basis: str
    title: Text
    group: str = ""
    also: tuple[Severity, ...] = ()

    def __call__(
        self,
        text: Text,
        *,
        field: str | None = None,
        step: int | None = None,
        basis: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of this code: ``text`` says what is wrong in this case; ``basis``
        replaces the table's where the finding names a narrower provision; ``severity``
        must be the table's or one of ``also``."""
        if severity is None:
            severity = self.severity
        elif severity is not self.severity and severity not in self.also:
            raise ValueError(f"{self.code}: severity {severity} is not declared in its table")
        return Finding(
            code=self.code,
            severity=severity,
            message=text.id,
            message_en=text.en,
            basis=basis or self.basis,
            field=field,
            step=step,
        )


def code_table(*codes: FindingCode) -> dict[str, FindingCode]:
    """An area's table, code → `FindingCode`, refusing a code given twice."""
    table: dict[str, FindingCode] = {}
    for entry in codes:
        if entry.code in table:
            raise ValueError(f"finding code {entry.code!r} declared twice")
        table[entry.code] = entry
    return table


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Stable order for output: by step, then field, then code (severity does not reorder)."""
    return tuple(
        sorted(
            findings,
            key=lambda f: (f.step if f.step is not None else -1, f.field or "", f.code),
        )
    )
