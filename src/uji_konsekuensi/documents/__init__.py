"""The official documents of the consequence test, and the SOP flowchart, rendered from the data.

- `render_document(kind, source, format)`: the printables (`PRINTABLES`: the Lembar Pengujian
  Konsekuensi, the Penetapan, the refusal letter, the Daftar Informasi yang Dikecualikan and the
  Daftar Informasi Publik; `available_printables(agency)` adds an agency's), as HTML for A4,
  Markdown, DOCX (extra ``uji-konsekuensi[docx]``) or PDF/A (extra ``uji-konsekuensi[pdf]``),
  under the agency's kop surat (`Letterhead`), with a deployment's own templates and
  letterhead (`DocumentSettings`). A printable is not an agency's `document_kinds.DocumentKind` (what
  an SOP step produces); a `Rendering` says which printable such a document prints as.
- `render_sop_html(sop, agency)`: an agency SOP in the SOP AP layout of PermenPAN-RB 35/2012,
  with the flowchart drawn as inline SVG.
- `write_output(path, data, force)` (module ``atomic_write``): write a file whole or not at all, never
  over an existing one without ``force``.

Templates are files in ``documents/templates/``. Every template reaches the renderer through the
hook ``uji_document_templates``: agency plugins override or add templates, and the built-in ones
are given by the built-in plugin `builtin_templates`, asked last (see docs/documents.md).

The names below resolve on first use (PEP 562), as in the package's ``__init__``: every plugin
manager imports `builtin_templates`, and that must not load Jinja2, python-docx or the holiday data.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agency_documents import Rendering, agency_renderings
    from .builtin_templates import BUILTIN_DIR
    from .docx import MissingExtraError, html_to_docx
    from .environment import TEMPLATE_HOOK, make_environment
    from .atomic_write import OutputExistsError, OutputWriteError, write_output
    from .letterhead import Correction, Letterhead, letterhead_from_dict, load_letterhead
    from .render import (
        FORMATS,
        PRINTABLES,
        NotRenderedError,
        Printable,
        TemplateFileError,
        UnknownDocumentError,
        available_printables,
        render_document,
    )
    from .document_settings import DocumentSettings
    from .sop_page import chart_from_sop, render_sop_html
    from .sources import Bundle, DocumentError, bundle_of, load_source
    from .statutory import CLAUSES, StatutoryContentError

# name -> the submodule that defines it (resolved by __getattr__ below).
_LAZY: dict[str, str] = {
    "Rendering": "agency_documents",
    "agency_renderings": "agency_documents",
    "BUILTIN_DIR": "builtin_templates",
    "MissingExtraError": "docx",
    "html_to_docx": "docx",
    "TEMPLATE_HOOK": "environment",
    "make_environment": "environment",
    "OutputExistsError": "atomic_write",
    "OutputWriteError": "atomic_write",
    "write_output": "atomic_write",
    "Correction": "letterhead",
    "Letterhead": "letterhead",
    "letterhead_from_dict": "letterhead",
    "load_letterhead": "letterhead",
    "FORMATS": "render",
    "PRINTABLES": "render",
    "NotRenderedError": "render",
    "Printable": "render",
    "TemplateFileError": "render",
    "UnknownDocumentError": "render",
    "available_printables": "render",
    "render_document": "render",
    "DocumentSettings": "document_settings",
    "chart_from_sop": "sop_page",
    "render_sop_html": "sop_page",
    "Bundle": "sources",
    "DocumentError": "sources",
    "bundle_of": "sources",
    "load_source": "sources",
    "CLAUSES": "statutory",
    "StatutoryContentError": "statutory",
}

__all__ = [
    "BUILTIN_DIR",
    "CLAUSES",
    "FORMATS",
    "PRINTABLES",
    "TEMPLATE_HOOK",
    "Bundle",
    "Correction",
    "DocumentError",
    "DocumentSettings",
    "Letterhead",
    "MissingExtraError",
    "NotRenderedError",
    "OutputExistsError",
    "OutputWriteError",
    "Printable",
    "Rendering",
    "StatutoryContentError",
    "TemplateFileError",
    "UnknownDocumentError",
    "agency_renderings",
    "available_printables",
    "bundle_of",
    "chart_from_sop",
    "html_to_docx",
    "letterhead_from_dict",
    "load_letterhead",
    "load_source",
    "make_environment",
    "render_document",
    "render_sop_html",
    "write_output",
]


def __getattr__(name: str) -> Any:
    submodule = _LAZY.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{submodule}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
