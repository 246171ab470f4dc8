"""The JSON Schema (draft 2020-12) of a case file, generated from the models.

The schema is derived from the same attrs classes the converter reads (`schemas.derive`, as an
input: a field with a default may be left out; a text the model refuses when blank has
``minLength: 1``), so the two cannot drift apart: docs/case.schema.json is this function's output
(``python -m uji_konsekuensi.schemas.case > docs/case.schema.json``), and a test fails when the
file differs from what the models give.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from ..case.model import Case
from .derive import SchemaBuilder

__all__ = ["SCHEMA_ID", "case_schema"]

SCHEMA_ID = "https://uji-konsekuensi.example/schema/case-1.json"


def case_schema() -> dict[str, Any]:
    """The JSON Schema of a case file (see the module notes)."""
    builder = SchemaBuilder(output=False)
    root = builder.object(Case)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "uji-konsekuensi case",
        "description": (
            "One run of an agency's SOP for the consequence test (uji konsekuensi, UU 14/2008 "
            "Pasal 2 ayat (4), 17-19): what started it, the written tests, the documents and the "
            "append-only event log. Generated from the models; see docs/case.md."
        ),
        **{k: v for k, v in root.items() if k != "description"},
        "$defs": dict(sorted(builder.defs.items())),
    }


def main() -> int:
    """Print the schema (``python -m uji_konsekuensi.schemas.case``)."""
    sys.stdout.write(json.dumps(case_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
