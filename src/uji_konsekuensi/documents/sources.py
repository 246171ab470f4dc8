"""What a document is rendered from: a case, a Penetapan, a Lembar, or tested items.

Every template gets the same context, built here as a `Bundle`, whatever the caller passed:

- a running case (`uji_konsekuensi.case.Case`): its consequence tests, its Penetapan, the request
  that started it and a refusal letter recorded among its documents;
- a `Penetapan` (its Lembar(s) come with it), a single Lembar (`ConsequenceTestSheet`), or
  tested items (`ConsequenceTest`, one or a list).

Documents are written from records, never from guesses: a value the record does not hold is
printed as a blank to fill in (see `legal_text.blank`), and a document that cannot exist without
some part (a Penetapan without a Penetapan record, a refusal without a request) is a
`DocumentError` naming what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from .. import jsonio
from ..errors import InputError, Problem, UjiKonsekuensiError
from ..i18n import Text
from . import messages as M


class DocumentError(UjiKonsekuensiError, ValueError):
    """A document cannot be rendered from this source; says what is missing, in both languages.

    ``missing``: what is missing (a `Text`), or its Indonesian words with ``missing_en`` the
    English ones.
    """

    def __init__(
        self, kind: str, source: str, missing: Text | str, missing_en: str | None = None
    ) -> None:
        self.kind = kind
        self.source = source
        if not isinstance(missing, Text):
            missing = Text(id=missing, en=missing if missing_en is None else missing_en)
        super().__init__(
            f"{source}: {M.both(M.DOCUMENT_CANNOT_BE_MADE(kind=kind, missing=missing))}"
        )


@attrs.frozen(kw_only=True)
class Entry:
    """One tested item in a document: its running number, the record, and its Lembar."""

    number: int
    row: Any  # harm.ConsequenceTest
    sheet: Any = None  # harm.ConsequenceTestSheet, when the item came with one

    @property
    def holder(self) -> str | None:
        """Who holds the information: the item's unit, else the unit of its Lembar."""
        return self.row.holder or (self.sheet.unit if self.sheet is not None else None)


@attrs.frozen(kw_only=True)
class Bundle:
    """Everything a template may use (documented in docs/documents.md).

    ``sheets``: the Lembar(s) Pengujian Konsekuensi; ``penetapan``: the Penetapan or None;
    ``case``: the running case or None; ``request``: the request that started it (a
    `RequestTrigger`) or None; ``refusal``: the case's refusal letter document (with its
    `RefusalContent`) or None; ``rows``: tested items that came without a Lembar.
    """

    source: str
    sheets: tuple[Any, ...] = ()
    penetapan: Any = None
    case: Any = None
    request: Any = None
    refusal: Any = None
    rows: tuple[Any, ...] = ()

    @property
    def agency_code(self) -> str | None:
        return getattr(self.case, "agency", None)

    @property
    def badan_publik(self) -> str | None:
        for holder in (self.penetapan, *self.sheets):
            name = getattr(holder, "badan_publik", None)
            if name:
                return str(name)
        return None

    @property
    def unit(self) -> str | None:
        for holder in (self.penetapan, *self.sheets):
            name = getattr(holder, "unit", None)
            if name:
                return str(name)
        return None

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every tested item, numbered from 1 in order (Lembar by Lembar, then loose items)."""
        pairs = [(row, sheet) for sheet in self.sheets for row in sheet.rows]
        pairs += [(row, None) for row in self.rows]
        return tuple(Entry(number=i, row=r, sheet=s) for i, (r, s) in enumerate(pairs, 1))

    @property
    def exempt(self) -> tuple[Entry, ...]:
        """Items closed in whole or in part (the Penetapan's attachment, the DIK), renumbered."""
        rows = [e for e in self.entries if e.row.outcome.exempts]
        return tuple(attrs.evolve(e, number=i) for i, e in enumerate(rows, 1))

    @property
    def opened(self) -> tuple[Entry, ...]:
        """Items the test opened (they go to the Daftar Informasi Publik), renumbered."""
        rows = [e for e in self.entries if not e.row.outcome.exempts]
        return tuple(attrs.evolve(e, number=i) for i, e in enumerate(rows, 1))


def _is_case(obj: object) -> bool:
    return hasattr(obj, "events") and hasattr(obj, "trigger")


def _is_penetapan(obj: object) -> bool:
    return hasattr(obj, "sheets") and hasattr(obj, "badan_publik")


def _is_sheet(obj: object) -> bool:
    return hasattr(obj, "rows") and hasattr(obj, "participants")


def _is_row(obj: object) -> bool:
    return hasattr(obj, "information") and hasattr(obj, "outcome")


def bundle_of(source: Any, name: str = "<sumber>") -> Bundle:
    """The `Bundle` for a case, a Penetapan, a Lembar, one tested item or a list of them."""
    if isinstance(source, Bundle):
        return source
    if _is_case(source):
        penetapan = source.penetapan
        sheets = tuple(source.tests)
        if penetapan is not None:
            # The Penetapan's own Lembar(s) may repeat the case's: keep each once, in order.
            sheets += tuple(s for s in penetapan.sheets if s not in sheets)
        trigger = source.trigger
        request = trigger if hasattr(trigger, "registration_number") else None
        refusals = [d for d in source.documents if getattr(d, "refusal", None) is not None]
        return Bundle(
            source=name,
            sheets=sheets,
            penetapan=penetapan,
            case=source,
            request=request,
            refusal=refusals[-1] if refusals else None,
        )
    if _is_penetapan(source):
        return Bundle(source=name, sheets=tuple(source.sheets), penetapan=source)
    if _is_sheet(source):
        return Bundle(source=name, sheets=(source,))
    if _is_row(source):
        return Bundle(source=name, rows=(source,))
    if isinstance(source, Sequence) and not isinstance(source, str | bytes):
        items = list(source)
        if all(_is_row(item) for item in items):
            return Bundle(source=name, rows=tuple(items))
        if all(_is_sheet(item) for item in items):
            return Bundle(source=name, sheets=tuple(items))
    raise TypeError(
        f"render_document: expected a Case, a Penetapan, a ConsequenceTestSheet or "
        f"ConsequenceTest(s), got {type(source).__name__}"
    )


def load_source(path: str | Path) -> Bundle:
    """Read a JSON file holding a case, a Penetapan or a Lembar; the kind is told by its keys.

    A case file has ``trigger`` and ``events`` (docs/cases.md); a Penetapan has ``sheets``; a
    Lembar has ``rows``. Unreadable input is an `InputError` naming the file and every problem.
    """
    p = Path(path)
    # The one JSON reader (uji_konsekuensi.jsonio): limits, duplicate keys, text rules, BOM.
    data = jsonio.read_json(p)
    return bundle_of(structure_source(data, str(p)), str(p))


def structure_source(data: Any, name: str) -> Any:
    """Turn JSON data into the model its keys announce (see `load_source`)."""
    from ..converter import structure

    if isinstance(data, dict) and ("trigger" in data or "events" in data):
        # The case module reads its own files: it also checks the agency, SOP and step numbers.
        from ..case import case_from_dict

        return case_from_dict(data, name)
    if isinstance(data, dict) and "sheets" in data:
        from ..harm import Penetapan

        return structure(data, Penetapan, name)
    if isinstance(data, dict) and "rows" in data:
        from ..harm import ConsequenceTestSheet

        return structure(data, ConsequenceTestSheet, name)
    said = M.DOCUMENT_SOURCE_UNKNOWN()
    # What was expected reads the same in both languages: no expected_en.
    expected = M.DOCUMENT_SOURCE_UNKNOWN_EXPECTED()
    raise InputError(
        name, [Problem(path="", message=said.id, message_en=said.en, expected=expected.id)]
    )
