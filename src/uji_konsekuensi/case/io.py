"""Reading and writing case files (JSON; the format is documented in docs/case.md).

`load_case(path_or_dict)` goes through the project's one converter and raises one `InputError`
naming the file and listing every problem with its JSON path: a malformed value, an unknown key, a
timestamp without a UTC offset, and what only the agency can tell: an agency no plugin provides,
an SOP number the agency does not have, a step number its SOP does not have, a document id no
document carries. Each such problem names the path, the value and the known values.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from .. import converter, jsonio, limits
from ..agency import Agency, agencies, get_agency
from ..errors import InputError, Problem, UjiKonsekuensiError
from ..i18n import Text
from ..plugins import PluginError
from . import messages as M
from .model import (
    CASE_FORMAT,
    Case,
    CaseEvent,
    RequestTrigger,
    Trigger,
)

__all__ = ["case_from_dict", "case_to_dict", "dumps_case", "load_case", "loads_case"]

#: The case's tagged unions (the ``kind`` key): what started it, and each event of its log.
#: The converter recognises them by their members' ``KIND`` (`converter.tagged_members`).
UNIONS: tuple[Any, ...] = (Trigger, CaseEvent)


def case_from_dict(data: Any, source: str = "<case>", *, checked: bool = False) -> Case:
    """Build a `Case` from JSON-shaped data, or raise `InputError` listing every problem.

    ``checked``: the data came from `jsonio.parse_json`, which already held it to the limits and
    text rules; data a program built is checked here first.
    """
    if not checked:
        jsonio.check_data(data, source)
    if not isinstance(data, Mapping):
        raise InputError.one(
            source,
            "",
            "berkas kasus harus berupa objek JSON",
            "a case file must be a JSON object",
            value="null" if data is None else type(data).__name__,
            expected='objek JSON {"format": 1, "id": ..., "agency": ..., ...}',
            expected_en='a JSON object {"format": 1, "id": ..., "agency": ..., ...}',
        )
    try:
        case = converter.structure(data, Case, source, checked=True)
    except InputError as exc:
        # A model's own check (a blank name, an unknown format) fails the whole object, which
        # the converter reports at the object's path with the whole object as its value: where
        # `_values` has already named the field inside it, that report is dropped; otherwise it
        # is kept without the bulky value.
        problems = _values(data) + _references(data)
        ours = [p.path for p in problems]
        theirs = [
            p if p.path and not isinstance(p.value, Mapping) else attrs.evolve(p, value=None)
            for p in exc.problems
            if not any(path.startswith(p.path + ".") or not p.path for path in ours)
        ]
        raise InputError(source, [*theirs, *problems]) from None
    # Each value `_values` names is one the model's own checks refuse: a case that was built
    # has none, and only the references remain to be checked: first on the built case, where
    # every value has its type already, and on the data (which names each problem) only when
    # that finds one might be wrong.
    if _references_hold(case, data):
        return case
    problems = _references(data)
    if problems:
        raise InputError(source, problems)
    return case


def load_case(
    source: str | os.PathLike[str] | Mapping[str, Any], *, name: str | None = None
) -> Case:
    """Read a case from a JSON file (a path) or from a dict already parsed.

    Raises `InputError` naming the file (or ``name``, or ``<case>`` for a dict) with every problem
    and its JSON path; never a traceback from a dependency. Anything else than a path or a dict
    (None, a list) is an `InputError` too.
    """
    if isinstance(source, Mapping):
        return case_from_dict(dict(source), name or "<case>")
    if not isinstance(source, str | os.PathLike):
        label = name or "<case>"
        raise InputError.one(
            label,
            "",
            "load_case membutuhkan path berkas atau dict kasus",
            "load_case takes a file path or a case dict",
            value="None" if source is None else type(source).__name__,
            expected="path berkas (str, Path) atau dict",
            expected_en="a file path (str, Path) or a dict",
        )
    label = name or os.fspath(source)
    return loads_case(jsonio.read_text(Path(source), label), label)


def loads_case(text: str, source: str = "<case>") -> Case:
    """Read a case from JSON text (a request body, standard input); ``source`` names it.

    One pass: the reader's depth and length walk is owed to the model's shape and paid only when
    the case does not load (`converter.settle`), so that its problems still come first. Text
    larger than the input cap (16 MiB, ``UJI_KONSEKUENSI_MAX_INPUT_BYTES``) is refused before
    it is parsed, as a file of that size would be (`jsonio.check_size`).
    """
    jsonio.check_size(text, source)
    data, owed = jsonio.parse_owing(text, source)
    return converter.settle(owed, Case, lambda: case_from_dict(data, source, checked=True))


def case_to_dict(case: Case) -> Any:
    """The case as JSON-shaped data (what `load_case` reads)."""
    return converter.unstructure(case)


def dumps_case(case: Case, indent: int | None = 2) -> str:
    """The case as JSON text."""
    return json.dumps(case_to_dict(case), ensure_ascii=False, indent=indent)


# --- what only the agency can tell ------------------------------------------------------------


def _listed(values: list[str], limit: int = 12) -> str:
    shown = ", ".join(values[:limit])
    return shown + (f", ... ({len(values)})" if len(values) > limit else "")


def _sop_key(number: str) -> str:
    return "".join(number.split()).casefold()


def _blank(value: Any) -> bool:
    return isinstance(value, str) and not value.strip()


#: What the checks below take for a JSON object: a dict first, so that isinstance matches the data
#: of a JSON file by its exact type at once (a check against Mapping alone, an abstract base
#: class, costs ten times as much); any other Mapping a program passes is still one.
_OBJECT = (dict, Mapping)


def _values(data: Any) -> list[Problem]:
    """What the models refuse as a whole object, named at its field: an unknown format
    version, a blank text where a name or id is required, an extension of less than a day."""
    if not isinstance(data, _OBJECT):
        return []
    out: list[Problem] = []

    def blank(path: str, value: Any) -> None:
        if _blank(value):
            out.append(
                Problem(
                    path=path,
                    message="teks kosong",
                    message_en="empty text",
                    value=value,
                    expected="teks yang tidak kosong",
                    expected_en="a non-empty text",
                )
            )

    if "format" in data and data["format"] != CASE_FORMAT:
        out.append(
            Problem(
                path="format",
                message="versi format berkas kasus tidak dikenal",
                message_en="unknown case file format version",
                value=data["format"],
                expected=str(CASE_FORMAT),
            )
        )
    for key in ("id", "agency", "sop"):
        blank(key, data.get(key))
    trigger = data.get("trigger")
    if isinstance(trigger, _OBJECT):
        for key in ("registration_number", "information", "period"):
            blank(f"trigger.{key}", trigger.get(key))
        requester = trigger.get("requester")
        if isinstance(requester, _OBJECT):
            blank("trigger.requester.name", requester.get("name"))
    documents = data.get("documents")
    for j, doc in enumerate(documents if isinstance(documents, list) else []):
        if isinstance(doc, _OBJECT):
            for key in ("id", "kind", "title"):
                blank(f"documents[{j}].{key}", doc.get(key))
    events = data.get("events")
    for i, event in enumerate(events if isinstance(events, list) else []):
        if not isinstance(event, _OBJECT):
            continue
        actor = event.get("actor")
        if isinstance(actor, _OBJECT):
            blank(f"events[{i}].actor.name", actor.get("name"))
        blank(f"events[{i}].item", event.get("item"))
        days = event.get("days")
        if event.get("kind") == "extension" and isinstance(days, int) and days < 1:
            out.append(
                Problem(
                    path=f"events[{i}].days",
                    message="perpanjangan harus sedikitnya 1 hari kerja",
                    message_en="an extension is at least 1 working day",
                    value=days,
                    expected="1 sampai 7 (UU 14/2008 Pasal 22 ayat (8))",
                    expected_en="1 to 7 (UU 14/2008 Pasal 22 ayat (8))",
                )
            )
    return out


_ITEM = re.compile(r"(?:tests\[(\d+)\]|penetapan\.sheets\[(\d+)\])\.rows\[(\d+)\]")


def _item_exists(data: Mapping[str, Any], path: str) -> bool:
    m = _ITEM.fullmatch(path)
    if m is None:
        return False
    try:
        if m.group(1) is not None:
            sheet = data["tests"][int(m.group(1))]
        else:
            sheet = data["penetapan"]["sheets"][int(m.group(2))]
        sheet["rows"][int(m.group(3))]
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _refusal(code: str) -> PluginError | None:
    """Why an agency that is not available is withheld (`get_agency`'s `PluginError`), or None
    when no plugin gives it at all."""
    try:
        get_agency(code)
    except PluginError as exc:
        return exc
    except UjiKonsekuensiError:
        return None
    return None


def _references(data: Any) -> list[Problem]:
    """Problems with the agency, SOP, step numbers and document ids of raw case data.

    Two parts: what the case's references resolve to (`_resolve`: the agency, its SOP's steps,
    the documents' ids, each with its own problems), then what each event names, checked by the
    table `_EVENT_REFERENCES`, one row per kind of reference. Problems come per event, in the
    table's order.

    Defensive: anything malformed is left to the converter, which reports it with its path.
    """
    if not isinstance(data, _OBJECT):
        return []
    known, problems = _resolve(data)
    if known.agency is not None:
        problems.extend(_local_years(data, known.agency))
    events = data.get("events")
    if not isinstance(events, list):
        return problems
    for i, event in enumerate(events):
        if isinstance(event, _OBJECT):
            _event_references(known, i, event, problems)
    return problems


@attrs.frozen(kw_only=True)
class _Known:
    """What a case's references may name: its data, its agency and the step numbers of its SOP
    (None when either is unknown: nothing is checked against them), its documents' ids (in
    order, and as a set: a case with 200,000 documents must load in linear time)."""

    data: Mapping[str, Any]
    agency: Agency | None
    steps: frozenset[int] | None
    ids: list[str]
    id_set: set[str]


def _resolve(data: Mapping[str, Any]) -> tuple[_Known, list[Problem]]:
    """The case's agency, its SOP's steps and its documents' ids, with the problems found."""
    problems: list[Problem] = []
    agency = _agency(data, problems)
    steps = _sop_steps(data, agency, problems)
    ids, id_set = _document_ids(data, problems)
    return _Known(data=data, agency=agency, steps=steps, ids=ids, id_set=id_set), problems


def _agency(data: Mapping[str, Any], problems: list[Problem]) -> Agency | None:
    code = data.get("agency")
    if not isinstance(code, str):
        return None
    installed = agencies()
    agency = installed.get(code)
    if agency is None:
        known = ", ".join(sorted(installed)) or "-"
        refusal = _refusal(code)
        if refusal is not None:
            # Withheld, not unknown: its plugin failed, or the audit mode refuses code.
            problems.append(
                Problem(
                    path="agency",
                    message=refusal.render("id"),
                    message_en=refusal.render("en"),
                    value=code,
                    expected="salah satu dari: " + known,
                    expected_en="one of: " + known,
                )
            )
        else:
            problems.append(M.AGENCY_UNKNOWN.problem("agency", code, known=known))
    return agency


def _sop_steps(
    data: Mapping[str, Any], agency: Agency | None, problems: list[Problem]
) -> frozenset[int] | None:
    number = data.get("sop")
    if agency is None or not isinstance(number, str):
        return None
    found = [s for s in agency.sops if _sop_key(s.number) == _sop_key(number)]
    if not found:
        known = " | ".join(s.number for s in agency.sops) or "-"
        problems.append(M.SOP_UNKNOWN.problem("sop", number, agency=agency.code, known=known))
        return None
    return frozenset(s.number for s in found[0].steps)


def _document_ids(data: Mapping[str, Any], problems: list[Problem]) -> tuple[list[str], set[str]]:
    documents = data.get("documents")
    ids: list[str] = []
    seen: set[str] = set()
    if isinstance(documents, list):
        for j, doc in enumerate(documents):
            if isinstance(doc, _OBJECT) and isinstance(doc.get("id"), str):
                if doc["id"] in seen:
                    problems.append(M.DOCUMENT_ID_TAKEN.problem(f"documents[{j}].id", doc["id"]))
                ids.append(doc["id"])
                seen.add(doc["id"])
    return ids, seen


# --- what an event names: one row of the table per kind of reference --------------------------


@attrs.frozen
class _Reference:
    """One kind of reference an event holds: its field (``key``), what it names (``target``: a
    step of the case's SOP, a document of the case, a tested item of its records), whether the
    field is a list of them (``many``), and the kinds of event that hold it (None: any). Both
    checks read this table: `_references` on the data (naming each problem) and
    `_references_hold` on the built case (the fast path), so a new kind of reference is
    declared once."""

    key: str
    target: Literal["step", "document", "item"]
    many: bool = False
    kinds: frozenset[str] | None = None


#: The references an event may hold, one row per field. An event's problems come in the order
#: of the rows.
_EVENT_REFERENCES: tuple[_Reference, ...] = (
    # A step (started, completed, looped from or to) is a step of the case's SOP.
    _Reference("step", "step"),
    _Reference("from_step", "step"),
    _Reference("to_step", "step"),
    # Every document an event uses, produces or sends is one of the case's ``documents``.
    _Reference("inputs", "document", many=True),
    _Reference("outputs", "document", many=True),
    _Reference("document", "document"),
    # An expiry names a tested item of the case (a row of a Lembar or of the Penetapan).
    _Reference("item", "item", kinds=frozenset({"expiry_declared"})),
)


def _event_references(known: _Known, i: int, event: Mapping[str, Any], out: list[Problem]) -> None:
    """The problems of the references one event of the data holds (`_EVENT_REFERENCES`)."""
    for row in _EVENT_REFERENCES:
        if row.kinds is not None:
            kind = event.get("kind")
            if not isinstance(kind, str) or kind not in row.kinds:
                continue
        value = event.get(row.key)
        if row.many:
            if isinstance(value, list):
                for k, ref in enumerate(value):
                    _one_reference(known, row, f"events[{i}].{row.key}[{k}]", ref, out)
        elif value is not None:
            _one_reference(known, row, f"events[{i}].{row.key}", value, out)


def _one_reference(known: _Known, row: _Reference, path: str, ref: Any, out: list[Problem]) -> None:
    # A value of the wrong type is the converter's to name, with its path.
    if row.target == "step":
        steps = known.steps
        if steps is None or not isinstance(ref, int) or isinstance(ref, bool) or ref in steps:
            return
        listed = ", ".join(str(n) for n in sorted(steps))
        out.append(M.STEP_UNKNOWN.problem(path, ref, known=listed))
    elif row.target == "document":
        if isinstance(ref, str) and ref not in known.id_set:
            out.append(_no_document(known, path, ref))
    elif isinstance(ref, str) and not _item_exists(known.data, ref):
        out.append(M.ITEM_UNKNOWN.problem(path, ref))


def _no_document(known: _Known, path: str, ref: str) -> Problem:
    listed = _listed(known.ids)
    return M.DOCUMENT_UNKNOWN.problem(
        path, ref, known=Text(listed or "- (tidak ada dokumen)", listed or "- (no documents)")
    )


def _references_of(kind: type[CaseEvent]) -> tuple[tuple[str, str, bool], ...]:
    """(field, target, many) of each row of `_EVENT_REFERENCES` an event class holds (its
    fields, its kind), worked out once per class: plain tuples, read in the fast path."""
    rows = _ROWS_OF.get(kind)
    if rows is None:
        fields = {a.name for a in attrs.fields(kind)}
        rows = _ROWS_OF[kind] = tuple(
            (row.key, row.target, row.many)
            for row in _EVENT_REFERENCES
            if row.key in fields and (row.kinds is None or kind.KIND in row.kinds)
        )
    return rows


_ROWS_OF: dict[type[CaseEvent], tuple[tuple[str, str, bool], ...]] = {}


def _references_hold(case: Case, data: Any) -> bool:
    """Whether `_references` finds nothing in the data ``case`` was built from: True only when
    it is sure, False when a reference may be wrong (`_references` then names it). Reading the
    built case instead of the data is a third of the cost: no type to test, no key to look up.
    """
    agency = agencies().get(case.agency)
    if agency is None:
        return False
    key = _sop_key(case.sop)
    sop = next((s for s in agency.sops if _sop_key(s.number) == key), None)
    if sop is None:
        return False
    steps = {s.number for s in sop.steps}
    ids = {doc.id for doc in case.documents}
    if len(ids) != len(case.documents):
        return False
    trigger = case.trigger
    if isinstance(trigger, RequestTrigger) and not _inner_year(trigger.received_at):
        return False
    rows_of = _ROWS_OF
    for event in case.events:
        if not _inner_year(event.at):
            return False
        rows = rows_of.get(type(event))
        if rows is None:
            rows = _references_of(type(event))
        for key, target, many in rows:
            value = getattr(event, key)
            if value is None:
                continue
            if target == "step":
                if value not in steps:
                    return False
            elif target == "document":
                if not (ids.issuperset(value) if many else value in ids):
                    return False
            elif not _item_exists(data, value):
                return False
    return True


def _inner_year(moment: dt.datetime) -> bool:
    """Not in the first or last year of the calendar: no offset moves it outside
    (`_local_years` looks closer at the others)."""
    return limits.FIRST_YEAR < moment.year < limits.LAST_YEAR


def _local_years(data: Mapping[str, Any], agency: Agency) -> Iterator[Problem]:
    """Timestamps whose date in the agency's zone falls outside the calendar's years.

    The reader accepts a timestamp by the year it is written in; the checker counts it in the
    agency's zone, where ``2100-12-31T23:59:59-12:00`` is 1 January 2101 (WIB) and
    ``1946-01-01T00:00+14:00`` is 31 December 1945. Such a moment is refused here, naming the
    event, rather than failing deep inside a rule. Malformed values are left to the converter.
    """
    zone = agency.calendar.zone
    for i, value in _moments(data):
        if not isinstance(value, str):
            continue
        year = value[:4]
        if year.isascii() and year.isdigit() and limits.FIRST_YEAR < int(year) < limits.LAST_YEAR:
            continue  # an offset moves a date by a day at most: never out of these years
        local = _outside_years(value, zone)
        if local is not None:
            yield M.MOMENT_OUTSIDE_CALENDAR.problem(
                "trigger.received_at" if i is None else f"events[{i}].at",
                value,
                local=local.isoformat(),
                zone=zone,
                first=limits.FIRST_YEAR,
                last=limits.LAST_YEAR,
            )


def _moments(data: Mapping[str, Any]) -> list[tuple[int | None, Any]]:
    """(index of the event or None for the trigger, the value) of every moment of the case:
    the path is spelt only for a moment that falls outside."""
    moments: list[tuple[int | None, Any]] = []
    trigger = data.get("trigger")
    if isinstance(trigger, _OBJECT):
        moments.append((None, trigger.get("received_at")))
    events = data.get("events")
    if isinstance(events, list):
        moments.extend((i, e.get("at")) for i, e in enumerate(events) if isinstance(e, _OBJECT))
    return moments


def _outside_years(value: str, zone: dt.tzinfo) -> dt.date | None:
    """The date ``value`` (written in the first or the last of the calendar's years) falls on
    in ``zone`` when that is outside the calendar's years; None when it is inside, or when the
    value is left to the converter (malformed, no offset, or a year outside as written)."""
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None or not limits.FIRST_YEAR <= moment.year <= limits.LAST_YEAR:
            return None  # refused as written already (no offset, or a year outside)
        local = moment.astimezone(zone).date()
    except (ValueError, OverflowError):
        return None
    return None if limits.FIRST_YEAR <= local.year <= limits.LAST_YEAR else local
