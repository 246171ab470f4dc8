"""A person's answers to the review, applied to a draft (``sop import --answers FILE``).

The answers file is JSON::

    {"answers": [
      {"path": "trigger", "value": "periodic",
       "reason": "Langkah 1 ... 'setiap saat', tanpa permohonan", "reason_en": "..."},
      {"path": "lanes[0].role", "value": "petugas", "reason": "...", "reason_en": "..."},
      {"path": "steps[0].actors", "value": ["subbid-pelayanan-informasi"], "reason": "..."},
      {"path": "steps[1].kind", "value": "decision"},
      {"path": "steps[1].yes", "value": {"to": 3, "label": "ya"}, "reason": "..."},
      {"path": "identity.qualifications", "value": ["...", "..."]},
      {"path": "steps[6].activity", "correct": "Menetapkan ...", "reason": "salah ketik"},
      {"path": "steps[2].requirements", "confirm": true}
    ]}

``path`` is the JSON path of the field in sop.json, as the review report names it. ``value``
sets the field. With a ``reason`` the value is recorded as an *inference* (a value the document
does not state, and why it was chosen); without one it is taken as what the document writes
(e.g. a list retyped from a garbled PDF). For a lane's ``role`` the reason becomes its
``role_basis``. ``correct`` records a *correction* of a typo, keeping the value as written
(reason required). ``"confirm": true`` says the value read is right as it is (e.g. a list the
importer could not be sure it split well). Making a step a decision clears its ``next`` (a
decision has branches instead), unless the answers set ``next`` too.

Steps and lanes the import missed or read wrongly are added, removed and reordered::

      {"path": "steps[9]", "insert": {"number": 10, "activity": "...", "actors": ["ppid"],
                                      "waktu_text": "1 hari kerja", "next": null}},
      {"path": "steps[2]", "remove": true},
      {"path": "steps", "order": [1, 2, 4, 3, 5]},
      {"path": "lanes[4]", "insert": {"id": "sekretaris", "name": "Sekretaris",
                                      "role": "pimpinan", "role_basis": {"id": "...", "en": "..."}}}

``insert`` puts the object at that index (the end when the index is the list's length); a
step's fields left out are empty (no requirements, no output, no note, no branches). ``remove``
takes the element out; ``order`` lists the step numbers in their new order (each once). The
entries apply in the file's order, so a path after an insert or a remove counts the new list.
A value that replaces a whole step, lane or list (``steps``, ``steps[3]``, ``lanes``) is the
person's own transcription: its reason is not recorded as an inference of one field.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ...errors import InputError, Problem
from ...i18n import Text
from . import messages as M

__all__ = ["apply_answers", "load_answers"]

_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")
_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*")


def load_answers(path: str | Path) -> list[dict[str, Any]]:
    """The entries of an answers file; an unreadable file is an `InputError` naming it."""
    from ... import jsonio

    data = jsonio.read_json(Path(path), str(path))
    entries = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError.one(
            str(path),
            "answers",
            M.ANSWERS_FILE_SHAPE().id,
            M.ANSWERS_FILE_SHAPE().en,
            value=type(entries).__name__ if entries is not None else None,
            # JSON, the same in both languages: no expected_en (as before the catalog).
            expected=M.ANSWERS_FILE_SHAPE_EXPECTED().id,
        )
    return entries


def _problem(i: int, field: str, said: Text, value: object) -> Problem:
    return Problem(path=f"answers[{i}].{field}", message=said.id, message_en=said.en, value=value)


def _holder(path: str) -> tuple[str, str]:
    """(holder prefix, field relative to it): "steps[2].yes.to" -> ("steps[2]", "yes.to")."""
    m = re.match(r"^(identity|steps\[\d+\]|lanes\[\d+\])\.(.+)$", path)
    if m:
        return m.group(1), m.group(2)
    return "", path


def _walk(data: Any, parts: list[tuple[str, str]], create: bool) -> tuple[Any, str | int]:
    node = data
    for name, index in parts[:-1]:
        key: str | int = name if name else int(index)
        if isinstance(node, dict) and isinstance(key, str):
            if node.get(key) is None and create:
                node[key] = {}
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int):
            node = node[key]
        else:
            raise LookupError(key)
    name, index = parts[-1]
    last: str | int = name if name else int(index)
    if isinstance(node, dict) and isinstance(last, str):
        if last not in node and not create:
            raise LookupError(last)
        return node, last
    if isinstance(node, list) and isinstance(last, int) and last < len(node):
        return node, last
    raise LookupError(last)


def apply_answers(
    data: dict[str, Any], entries: Sequence[dict[str, Any]], *, source: str = "answers"
) -> tuple[dict[str, Any], set[str]]:
    """The draft with the answers applied, and the paths they answered. Every bad entry is
    reported at once in an `InputError`; the draft given is not changed."""
    out = copy.deepcopy(data)
    problems: list[Problem] = []
    answered: set[str] = set()
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.append(_problem(i, "", M.ANSWERS_NOT_OBJECT(), entry))
            continue
        path = entry.get("path")
        if not isinstance(path, str) or not _PATH.fullmatch(path):
            problems.append(
                _problem(
                    i,
                    "path",
                    M.ANSWERS_PATH_INVALID(),
                    path,
                )
            )
            continue
        structural = _structural(out, i, path, entry)
        if structural is not None:
            if isinstance(structural, Problem):
                problems.append(structural)
            else:
                answered.add(path)
            continue
        has_value = "value" in entry
        has_correct = "correct" in entry
        confirm = entry.get("confirm") is True
        reason = entry.get("reason")
        reason_en = entry.get("reason_en") or reason
        if has_value + has_correct + confirm != 1:
            problems.append(
                _problem(
                    i,
                    "value",
                    M.ANSWERS_ONE_OF(),
                    None,
                )
            )
            continue
        if confirm:  # the value read is right as it is
            answered.add(path)
            continue
        if reason is not None and not (isinstance(reason, str) and reason.strip()):
            problems.append(_problem(i, "reason", M.ANSWERS_REASON_TEXT(), reason))
            continue
        parts = [(n, x) for n, x in _PART.findall(path)]
        try:
            node, key = _walk(out, parts, create=has_value)
        except (LookupError, IndexError, ValueError):
            problems.append(
                _problem(
                    i,
                    "path",
                    M.ANSWERS_PATH_UNKNOWN(path=path),
                    path,
                )
            )
            continue
        prefix, field = _holder(path)
        holder = _walk(out, [(n, x) for n, x in _PART.findall(prefix)], False) if prefix else None
        holder_obj: dict[str, Any] = holder[0][holder[1]] if holder is not None else out
        if has_correct:
            written = node[key]
            if not isinstance(written, str) or not reason:
                problems.append(
                    _problem(
                        i,
                        "correct",
                        M.ANSWERS_CORRECT_TEXT(),
                        written,
                    )
                )
                continue
            holder_obj.setdefault("corrections", []).append(
                {
                    "field": field,
                    "as_written": written,
                    "corrected": entry["correct"],
                    "reason": {"id": reason, "en": reason_en},
                }
            )
            answered.add(path)
            continue
        value = entry["value"]
        node[key] = value
        answered.add(path)
        if not field or re.fullmatch(r"(steps|lanes)(\[\d+\])?", path):
            continue  # a whole step, lane or list: the person's transcription, no inference
        if prefix.startswith("lanes"):
            if field == "role" and reason:
                holder_obj["role_basis"] = {"id": reason, "en": reason_en}
            continue
        records = holder_obj.setdefault("inferences", [])
        records[:] = [r for r in records if r.get("field") != field]
        if reason:
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            records.append(
                {"field": field, "value": text, "reason": {"id": reason, "en": reason_en}}
            )
        if (
            field == "kind"
            and value == "decision"
            and not any(isinstance(e, dict) and e.get("path") == f"{prefix}.next" for e in entries)
        ):
            holder_obj["next"] = None
            records[:] = [r for r in records if r.get("field") != "next"]
    if problems:
        raise InputError(source, problems)
    return out, answered


_STEP_DEFAULTS: dict[str, Any] = {
    "kind": "process",
    "actors": [],
    "requirements": [],
    "waktu_text": None,
    "outputs": [],
    "note": None,
    "next": None,
    "yes": None,
    "no": None,
    "lane_marks": [],
    "corrections": [],
    "inferences": [],
}
_ELEMENT = re.compile(r"^(steps|lanes)\[(\d+)\]$")


def _structural(
    data: dict[str, Any], i: int, path: str, entry: dict[str, Any]
) -> Problem | bool | None:
    """Apply an ``insert``, ``remove`` or ``order`` entry: True when applied, a `Problem` when
    it cannot be, None when the entry is none of these."""
    ops = [k for k in ("insert", "remove", "order") if k in entry]
    if not ops:
        return None
    if len(ops) > 1 or "value" in entry or "correct" in entry:
        return _problem(
            i,
            ops[0],
            M.ANSWERS_STRUCTURAL_ONE(),
            ops,
        )
    op = ops[0]
    if op == "order":
        steps = data.get("steps") or []
        order = entry["order"]
        numbers = [s.get("number") for s in steps]
        if path != "steps" or not isinstance(order, list) or sorted(order) != sorted(numbers):
            return _problem(
                i,
                "order",
                M.ANSWERS_ORDER(numbers=numbers),
                order,
            )
        by_number = {s.get("number"): s for s in steps}
        data["steps"] = [by_number[n] for n in order]
        return True
    m = _ELEMENT.match(path)
    if m is None:
        return _problem(
            i,
            "path",
            M.ANSWERS_ELEMENT_PATH(op=op),
            path,
        )
    items = data.setdefault(m.group(1), [])
    index = int(m.group(2))
    if op == "remove":
        if entry["remove"] is not True or index >= len(items):
            return _problem(
                i,
                "remove",
                M.ANSWERS_REMOVE_MISSING(path=path, count=len(items)),
                entry["remove"],
            )
        del items[index]
        return True
    value = entry["insert"]
    if not isinstance(value, dict) or index > len(items):
        return _problem(
            i,
            "insert",
            M.ANSWERS_INSERT(count=len(items)),
            value,
        )
    element = copy.deepcopy(value)
    if m.group(1) == "steps":
        element = {**copy.deepcopy(_STEP_DEFAULTS), **element}
    else:
        element.setdefault("role_basis", None)
    items.insert(index, element)
    return True
