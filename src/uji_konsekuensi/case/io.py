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
from typing import Any

import attrs

from .. import converter, jsonio, limits
from ..agency import Agency, agencies
from ..errors import InputError, Problem
from .model import CASE_FORMAT, Case, CaseEvent, Trigger

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
    # has none, and only the references remain to be checked.
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


def _references(data: Any) -> list[Problem]:
    """Problems with the agency, SOP, step numbers and document ids of raw case data.

    Defensive: anything malformed is left to the converter, which reports it with its path.
    """
    if not isinstance(data, _OBJECT):
        return []
    problems: list[Problem] = []
    code = data.get("agency")
    agency: Agency | None = None
    if isinstance(code, str):
        installed = agencies()
        agency = installed.get(code)
        if agency is None:
            problems.append(
                Problem(
                    path="agency",
                    message="instansi tidak dikenal (tidak ada plugin yang menyediakannya)",
                    message_en="unknown agency (no installed plugin provides it)",
                    value=code,
                    expected="salah satu dari: " + (", ".join(sorted(installed)) or "-"),
                    expected_en="one of: " + (", ".join(sorted(installed)) or "-"),
                )
            )
    steps: set[int] | None = None
    number = data.get("sop")
    if agency is not None and isinstance(number, str):
        found = [s for s in agency.sops if _sop_key(s.number) == _sop_key(number)]
        if not found:
            problems.append(
                Problem(
                    path="sop",
                    message=f"instansi {agency.code!r} tidak memiliki SOP dengan nomor ini",
                    message_en=f"agency {agency.code!r} has no SOP with this number",
                    value=number,
                    expected="salah satu dari: "
                    + (" | ".join(s.number for s in agency.sops) or "-"),
                    expected_en="one of: " + (" | ".join(s.number for s in agency.sops) or "-"),
                )
            )
        else:
            steps = {s.number for s in found[0].steps}

    documents = data.get("documents")
    ids: list[str] = []
    seen: set[str] = set()  # a set: a case with 200,000 documents must load in linear time
    if isinstance(documents, list):
        for j, doc in enumerate(documents):
            if isinstance(doc, _OBJECT) and isinstance(doc.get("id"), str):
                if doc["id"] in seen:
                    problems.append(
                        Problem(
                            path=f"documents[{j}].id",
                            message="id dokumen sudah dipakai dokumen lain",
                            message_en="document id already used by another document",
                            value=doc["id"],
                            expected="id yang unik dalam kasus",
                            expected_en="an id unique in the case",
                        )
                    )
                ids.append(doc["id"])
                seen.add(doc["id"])
    known_ids = seen

    events = data.get("events")
    if agency is not None:
        problems.extend(_local_years(data, agency))
    if not isinstance(events, list):
        return problems
    for i, event in enumerate(events):
        if not isinstance(event, _OBJECT):
            continue
        if steps is not None:
            for key in ("step", "from_step", "to_step"):
                value = event.get(key)
                if isinstance(value, int) and not isinstance(value, bool) and value not in steps:
                    problems.append(
                        Problem(
                            path=f"events[{i}].{key}",
                            message="SOP tidak memiliki langkah dengan nomor ini",
                            message_en="the SOP has no step with this number",
                            value=value,
                            expected="salah satu dari: " + ", ".join(str(n) for n in sorted(steps)),
                            expected_en="one of: " + ", ".join(str(n) for n in sorted(steps)),
                        )
                    )
        # (key, index or None, id): the path is spelt only for an id that names no document.
        refs: list[tuple[str, int | None, Any]] = []
        for key in ("inputs", "outputs"):
            value = event.get(key)
            if isinstance(value, list):
                refs.extend((key, k, v) for k, v in enumerate(value))
        if "document" in event:
            refs.append(("document", None, event["document"]))
        for key, k, ref in refs:
            if isinstance(ref, str) and ref not in known_ids:
                problems.append(
                    Problem(
                        path=f"events[{i}].{key}" + ("" if k is None else f"[{k}]"),
                        message="tidak ada dokumen dengan id ini di 'documents'",
                        message_en="no document with this id in 'documents'",
                        value=ref,
                        expected="salah satu dari: " + (_listed(ids) or "- (tidak ada dokumen)"),
                        expected_en="one of: " + (_listed(ids) or "- (no documents)"),
                    )
                )
        item = event.get("item")
        if (
            event.get("kind") == "expiry_declared"
            and isinstance(item, str)
            and not _item_exists(data, item)
        ):
            problems.append(
                Problem(
                    path=f"events[{i}].item",
                    message="tidak menunjuk baris pengujian yang ada",
                    message_en="does not point to an existing tested item",
                    value=item,
                    expected='"tests[<i>].rows[<j>]" atau "penetapan.sheets[<i>].rows[<j>]"',
                    expected_en='"tests[<i>].rows[<j>]" or "penetapan.sheets[<i>].rows[<j>]"',
                )
            )
    return problems


def _local_years(data: Mapping[str, Any], agency: Agency) -> Iterator[Problem]:
    """Timestamps whose date in the agency's zone falls outside the calendar's years.

    The reader accepts a timestamp by the year it is written in; the checker counts it in the
    agency's zone, where ``2100-12-31T23:59:59-12:00`` is 1 January 2101 (WIB) and
    ``1946-01-01T00:00+14:00`` is 31 December 1945. Such a moment is refused here, naming the
    event, rather than failing deep inside a rule. Malformed values are left to the converter.
    """
    zone = agency.calendar.zone
    # (index of the event or None for the trigger, the value): the path is spelt only for a
    # moment that falls outside.
    moments: list[tuple[int | None, Any]] = []
    trigger = data.get("trigger")
    if isinstance(trigger, _OBJECT):
        moments.append((None, trigger.get("received_at")))
    events = data.get("events")
    if isinstance(events, list):
        moments.extend((i, e.get("at")) for i, e in enumerate(events) if isinstance(e, _OBJECT))
    for i, value in moments:
        if not isinstance(value, str):
            continue
        year = value[:4]
        if year.isascii() and year.isdigit() and limits.FIRST_YEAR < int(year) < limits.LAST_YEAR:
            continue  # an offset moves a date by a day at most: never out of these years
        path = "trigger.received_at" if i is None else f"events[{i}].at"
        try:
            moment = dt.datetime.fromisoformat(value)
            if moment.tzinfo is None or not limits.FIRST_YEAR <= moment.year <= limits.LAST_YEAR:
                continue  # refused as written already (no offset, or a year outside)
            local = moment.astimezone(zone).date()
        except (ValueError, OverflowError):
            continue
        if not limits.FIRST_YEAR <= local.year <= limits.LAST_YEAR:
            yield Problem(
                path=path,
                message=(
                    f"jatuh pada {local.isoformat()} di zona waktu instansi ({zone}), di luar "
                    f"tahun kalender kerja {limits.FIRST_YEAR}-{limits.LAST_YEAR}"
                ),
                message_en=(
                    f"falls on {local.isoformat()} in the agency's time zone ({zone}), "
                    f"outside the calendar's years {limits.FIRST_YEAR}-{limits.LAST_YEAR}"
                ),
                value=value,
                expected=(
                    f"waktu yang di zona instansi jatuh dalam tahun {limits.FIRST_YEAR}-"
                    f"{limits.LAST_YEAR}"
                ),
                expected_en=(
                    f"a moment that falls in {limits.FIRST_YEAR}-{limits.LAST_YEAR} in the "
                    "agency's zone"
                ),
            )
