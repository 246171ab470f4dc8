"""The official documents of the consequence test, and the SOP flowchart, rendered from the data.

- `render_document(kind, source, format)`: the Lembar Pengujian Konsekuensi, the Penetapan, the
  refusal letter, the Daftar Informasi yang Dikecualikan and the Daftar Informasi Publik
  (`DOCUMENT_KINDS`), as HTML for A4, Markdown, DOCX (extra ``uji-konsekuensi[docx]``) or
  PDF/A (extra ``uji-konsekuensi[pdf]``), under the agency's kop surat (`Letterhead`), with a
  deployment's own templates and letterhead (`DocumentSettings`).
- `render_sop_html(sop, agency)`: an agency SOP in the SOP AP layout of PermenPAN-RB 35/2012,
  with the flowchart drawn as inline SVG.
- `write_output(path, data, force)`: write a file whole or not at all, never over an existing one
  without ``force``.

Templates are files in ``documents/templates/``; agency plugins override or add them through the
hook ``uji_document_templates`` (see docs/documents.md). Importing this package loads Jinja2 but
neither python-docx nor the holiday data.
"""

from __future__ import annotations

from .agency_documents import Rendering, agency_renderings
from .docx import MissingExtraError, html_to_docx
from .environment import BUILTIN_DIR, TEMPLATE_HOOK, make_environment
from .letterhead import Correction, Letterhead, letterhead_from_dict, load_letterhead
from .output import OutputExistsError, OutputWriteError, write_output
from .render import (
    DOCUMENT_KINDS,
    FORMATS,
    DocumentSpec,
    NotRenderedError,
    TemplateFileError,
    UnknownDocumentError,
    available_kinds,
    render_document,
)
from .settings import DocumentSettings
from .sop_page import chart_from_sop, render_sop_html
from .sources import Bundle, DocumentError, bundle_of, load_source

__all__ = [
    "BUILTIN_DIR",
    "DOCUMENT_KINDS",
    "FORMATS",
    "TEMPLATE_HOOK",
    "Bundle",
    "Correction",
    "DocumentError",
    "DocumentSettings",
    "DocumentSpec",
    "Letterhead",
    "MissingExtraError",
    "NotRenderedError",
    "OutputExistsError",
    "OutputWriteError",
    "Rendering",
    "TemplateFileError",
    "UnknownDocumentError",
    "agency_renderings",
    "available_kinds",
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
