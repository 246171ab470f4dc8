"""Provenance of transcribed values: what the source wrote, what was corrected, what was inferred.

An SOP in this library is a transcription of a signed document. Every value is kept *as written*
(typos included) unless a record says otherwise, and there are exactly two kinds of record:

- `Correction(field, as_written, corrected, reason)`: an obvious typo or OCR garble. The field
  keeps ``as_written``; ``corrected`` is the reading; ``reason`` says why it is obvious.
- `Inference(field, value, reason)`: a value the source does not state but which was inferred
  (the actor of a step whose actor column was lost, the symbol of a step, where a decision's
  branch goes). The field holds ``value``; ``reason`` cites the text and the law it rests on.

``field`` is a path relative to the object that holds the record, in the wire format's JSON-path
syntax: ``"activity"``, ``"outputs[0]"``, ``"approved_by.nip"``, ``"yes.to"``.
``Inference.value`` is the inferred value as text: a string as it is, anything else as JSON
(``'["ppid"]'``, ``"4"``, ``"null"``), so a reviewer can compare it with the field at a glance and
`uji_konsekuensi.sop.validate` can check that the two have not drifted apart.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs

from ..i18n import Text

__all__ = ["Correction", "Inference", "Provenanced", "render_value", "resolve_path"]


@attrs.frozen(kw_only=True)
class Correction:
    """An obvious typo: the field keeps ``as_written``; ``corrected`` is how to read it."""

    field: str
    as_written: str
    corrected: str
    reason: Text


@attrs.frozen(kw_only=True)
class Inference:
    """A value the source does not state: ``field`` holds ``value``, inferred for ``reason``."""

    field: str
    value: str
    reason: Text


_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*")
_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")


def resolve_path(obj: object, path: str) -> Any:
    """The value at ``path`` under ``obj`` ("outputs[0]", "approved_by.nip").

    Raises `LookupError` when the path is malformed or names nothing.
    """
    if not _PATH.fullmatch(path):
        raise LookupError(f"malformed field path {path!r}")
    node: Any = obj
    for name, index in _PART.findall(path):
        if name:
            if not attrs.has(type(node)) or name not in attrs.fields_dict(type(node)):
                raise LookupError(f"{path!r}: no field {name!r}")
            node = getattr(node, name)
        else:
            if not isinstance(node, tuple) or int(index) >= len(node):
                raise LookupError(f"{path!r}: no item [{index}]")
            node = node[int(index)]
    return node


def render_value(value: object) -> str:
    """A field value as text, the way `Inference.value` writes it."""
    from ..converter import unstructure  # the wire format decides how values look

    data = unstructure(value)
    return data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)


class Provenanced:
    """Mixin for attrs classes with ``corrections`` and ``inferences`` fields."""

    __slots__ = ()

    corrections: tuple[Correction, ...]
    inferences: tuple[Inference, ...]

    def correction(self, field: str) -> Correction | None:
        """The correction of ``field`` (exact path), if any."""
        return next((c for c in self.corrections if c.field == field), None)

    def inference(self, field: str) -> Inference | None:
        """The inference behind ``field`` (exact path), if any."""
        return next((i for i in self.inferences if i.field == field), None)

    def is_inferred(self, field: str) -> bool:
        return self.inference(field) is not None

    def is_corrected(self, field: str) -> bool:
        """Whether ``field`` or, for a list, one of its items has a correction."""
        return any(c.field == field or c.field.startswith(field + "[") for c in self.corrections)

    def corrected(self, field: str) -> Any:
        """The value of ``field`` with its corrections applied.

        A text field gives its corrected text (or the text as written when nothing was
        corrected); a list of texts gives a tuple with each corrected item. Raises `LookupError`
        for a path that names nothing.
        """
        found = self.correction(field)
        if found is not None:
            return found.corrected
        value = resolve_path(self, field)
        if isinstance(value, tuple):
            return tuple(
                self.corrected(f"{field}[{i}]") if isinstance(item, str) else item
                for i, item in enumerate(value)
            )
        return value
