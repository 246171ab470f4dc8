"""``sop import``: from an agency's SOP document to a draft ``sop.json``, with a review report.

`import_sop(path)` reads an SOP AP document (PermenPAN-RB 35/2012) and returns an
`ImportResult`: the draft in the wire format of sop.json (``data``), the `SOP` when the draft can
be loaded (``sop``), the `ReviewItem`s a person must decide, and the findings of
`SOP.validate()`. What it reads:

- ``.txt``: the text of a PDF as extracted by common tools: cells separated by tabs (the form
  of the four seeds in docs/sources/seeds/), or columns kept by spaces (``pdftotext -layout``),
  read by word positions; text whose table was flattened or interleaved is refused at once,
  naming the routes that work (the PDF or DOCX itself, ``pdftotext -layout``, the template);
- ``.docx``: a Word document whose tables hold the identity and the flowchart (python-docx); the
  actor of a step is the lane whose cell holds the drawn symbol (DrawingML or VML), whose
  geometry gives the step's kind;
- ``.pdf``: a PDF read through pdfplumber's table extractor, the drawn symbols from its vector
  objects (rectangles and curves);
- ``.xlsx`` / ``.csv``: the spreadsheet template of this library (`write_template`), for an
  agency with no document to import or whose SOP is written as prose.

The first three are read by the same layout rules (layout.py); the template has explicit
columns for what a document leaves out (the lane of each step, its symbol, the branches).
Optional libraries (the ``import`` extra) are imported only when their format is read.

Nothing is corrected and nothing is guessed: values are kept as written (typos included), and
what is not read with confidence is left empty and listed for review with the line it concerns.
`apply_answers` then fills in a person's decisions from an answers file (docs/plugins.md).
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ...errors import InputError
from . import messages as M
from .answers import apply_answers, load_answers
from .review import ReviewItem, render_report

if TYPE_CHECKING:
    from ...findings import Finding
    from ..model import SOP

__all__ = [
    "FORMATS",
    "ImportResult",
    "ReviewItem",
    "apply_answers",
    "import_sop",
    "load_answers",
    "render_report",
]

#: File suffixes `import_sop` reads, and what they are.
FORMATS: dict[str, str] = {
    ".txt": "text extracted from a PDF (tab-separated cells, or pdftotext -layout columns)",
    ".docx": "Word document with the identity and flowchart tables",
    ".pdf": "PDF, tables read by pdfplumber",
    ".xlsx": "the spreadsheet template (sheets Identitas, Pelaksana, Langkah)",
    ".csv": "the spreadsheet template as one CSV file with [sections]",
}


@attrs.frozen(kw_only=True)
class ImportResult:
    """A draft SOP and what is left to decide.

    ``data``: the draft as sop.json holds it. ``sop``: the loaded SOP, or None when the draft
    cannot be loaded yet (``load_error`` says why, e.g. no Nomor SOP was found). ``review``: the
    decisions left to a person. ``findings``: `SOP.validate()` of the draft. ``seconds``: how
    long the import took."""

    source: str
    data: dict[str, Any]
    sop: SOP | None
    review: tuple[ReviewItem, ...]
    findings: tuple[Finding, ...]
    load_error: str | None = None
    seconds: float = 0.0

    def report(self, lang: str | None = None) -> str:
        """The review report as Markdown (`render_report`)."""
        return render_report(
            source=self.source,
            items=self.review,
            findings=self.findings,
            load_error=self.load_error,
            lang=lang,  # type: ignore[arg-type]
            lanes=[(lane["id"], lane["name"]) for lane in self.data.get("lanes", [])],
        )

    @property
    def has_errors(self) -> bool:
        from ...findings import Severity

        return self.sop is None or any(f.severity is Severity.ERROR for f in self.findings)


def read_draft(path: Path) -> tuple[dict[str, Any], list[ReviewItem]]:
    """The draft and review items of a file, by its suffix (see `FORMATS`)."""
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".csv"):
        from .template import read_template

        draft, items = read_template(path)
        return draft, items
    from .grid import read_docx_rows, read_pdf_rows, read_text_rows
    from .layout import read_layout

    if suffix == ".docx":
        rows = read_docx_rows(path)
    elif suffix == ".pdf":
        rows = read_pdf_rows(path)
    elif suffix in (".txt", ".text", ".tsv", ""):
        rows = read_text_rows(path)
    else:
        raise InputError.one(
            str(path),
            "",
            M.FILE_KIND_UNKNOWN(suffix=suffix).id,
            M.FILE_KIND_UNKNOWN(suffix=suffix).en,
            value=path.name,
            expected=M.FILE_KIND_UNKNOWN_EXPECTED(listed=", ".join(FORMATS)).id,
            expected_en=M.FILE_KIND_UNKNOWN_EXPECTED(listed=", ".join(FORMATS)).en,
        )
    return read_layout(rows, lines_kept=suffix in (".docx", ".pdf"))


def import_sop(
    path: str | Path,
    *,
    answers: str | Path | Sequence[dict[str, Any]] | None = None,
    source: str | None = None,
) -> ImportResult:
    """Import the SOP document at ``path`` (see the module notes).

    ``answers``: an answers file (or its loaded entries) applied to the draft; a review item
    whose field an answer sets is no longer listed. ``source``: the text recorded as the SOP's
    ``source`` (default: the file name).
    """
    started = time.perf_counter()
    path = Path(path)
    if not path.is_file():
        raise InputError.one(
            str(path),
            "",
            M.FILE_NOT_FOUND().id,
            M.FILE_NOT_FOUND().en,
            value=str(path),
            expected=M.FILE_NOT_FOUND_EXPECTED().id,
            expected_en=M.FILE_NOT_FOUND_EXPECTED().en,
        )
    data, review = read_draft(path)
    data["source"] = source or data.get("source") or path.name
    if answers is not None:
        entries = load_answers(answers) if isinstance(answers, str | Path) else list(answers)
        data, answered = apply_answers(data, entries, source=str(answers))
        review = [
            item
            for item in review
            if not _answered(item.path, answered)
            or any(not _answered(p, answered) for p in item.covers)
        ]
    sop, error, findings = load_draft(data, str(path))
    if sop is not None and _settle_inferences(data, sop):
        # An answer's value as given ({"to": 5}) is recorded as the model holds it
        # ({"to": 5, "label": null, ...}), so that the record matches its field.
        sop, error, findings = load_draft(data, str(path))
    return ImportResult(
        source=str(path),
        data=data,
        sop=sop,
        review=tuple(review),
        findings=findings,
        load_error=error,
        seconds=time.perf_counter() - started,
    )


def _answered(path: str, answered: set[str]) -> bool:
    if path in answered:
        return True
    if any(path.startswith((a + ".", a + "[")) for a in answered):
        return True  # an answer writing a whole lane, step or list decides its parts
    if path.endswith(".flow"):  # a decision is answered by its kind and branches
        base = path[: -len(".flow")]
        return any(a.startswith(base + ".") for a in answered)
    return any(a.startswith((path + ".", path + "[")) for a in answered)


def _settle_inferences(data: dict[str, Any], sop: SOP) -> bool:
    """Rewrite each inference value as the loaded field renders it; True if one changed."""
    from ..provenance import render_value, resolve_path

    holders: list[tuple[dict[str, Any], Any]] = [(data, sop), (data["identity"], sop.identity)]
    holders += list(zip(data.get("steps", []), sop.steps, strict=False))
    changed = False
    for raw, obj in holders:
        for record in raw.get("inferences") or []:
            try:
                value = render_value(resolve_path(obj, record["field"]))
            except (LookupError, KeyError, TypeError):
                continue  # validate() reports a record naming no field
            if isinstance(record.get("value"), str) and record["value"] != value:
                try:
                    same = json.loads(record["value"]) == {
                        k: v
                        for k, v in json.loads(value).items()
                        if k in json.loads(record["value"])
                    }
                except (ValueError, AttributeError, TypeError):
                    same = False
                if same:  # the answer's keys, completed with the model's defaults
                    record["value"] = value
                    changed = True
    return changed


def load_draft(
    data: dict[str, Any], source: str
) -> tuple[SOP | None, str | None, tuple[Finding, ...]]:
    """The SOP of a draft and its findings; (None, why, ()) when it cannot be loaded yet."""
    from ...converter import structure
    from ..model import SOP

    try:
        sop = structure(copy.deepcopy(data), SOP, source)
    except InputError as exc:
        return None, exc.render(), ()
    return sop, None, sop.validate()
