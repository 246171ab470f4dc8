"""The official documents of the consequence test, and the SOP flowchart, rendered from the data.

- `render_document(kind, source, format)`: the printables (`PRINTABLES`: the Lembar Pengujian
  Konsekuensi, the Penetapan, the refusal letter, the Daftar Informasi yang Dikecualikan and the
  Daftar Informasi Publik; `available_printables(agency)` adds an agency's), as HTML for A4,
  Markdown, DOCX (extra ``uji-konsekuensi[docx]``) or PDF/A (extra ``uji-konsekuensi[pdf]``),
  under the agency's kop surat (`Letterhead`), with a deployment's own templates and
  letterhead (`DocumentSettings`). A printable is not an agency's
  `document_kinds.DocumentKind` (what an SOP step produces); a `Rendering` says which printable
  such a document prints as.
- `render_sop_html(sop, agency)`: an agency SOP in the SOP AP layout of PermenPAN-RB 35/2012,
  with the flowchart drawn as inline SVG.
- `write_output(path, data, force)` (module ``atomic_write``): write a file whole or not at
  all, never over an existing one without ``force``.

Templates are files in ``documents/templates/``. Every template reaches the renderer through the
hook ``uji_document_templates``: agency plugins override or add templates, and the built-in ones
are given by the built-in plugin `builtin_templates`, asked last (see docs/documents.md).

The names below are declared once, in the ``if TYPE_CHECKING:`` block, and imported on first use
(`uji_konsekuensi.lazy_exports.attach`): every plugin manager imports `builtin_templates`, which
runs this file, and that must not load Jinja2, python-docx or the holiday data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import attach

if TYPE_CHECKING:
    from .agency_documents import Rendering as Rendering
    from .agency_documents import agency_renderings as agency_renderings
    from .atomic_write import OutputExistsError as OutputExistsError
    from .atomic_write import OutputWriteError as OutputWriteError
    from .atomic_write import write_output as write_output
    from .builtin_templates import BUILTIN_DIR as BUILTIN_DIR
    from .document_settings import DocumentSettings as DocumentSettings
    from .docx import MissingExtraError as MissingExtraError
    from .docx import html_to_docx as html_to_docx
    from .environment import TEMPLATE_HOOK as TEMPLATE_HOOK
    from .environment import make_environment as make_environment
    from .letterhead import Correction as Correction
    from .letterhead import Letterhead as Letterhead
    from .letterhead import letterhead_from_dict as letterhead_from_dict
    from .letterhead import load_letterhead as load_letterhead
    from .render import FORMATS as FORMATS
    from .render import PRINTABLES as PRINTABLES
    from .render import NotRenderedError as NotRenderedError
    from .render import Printable as Printable
    from .render import TemplateFileError as TemplateFileError
    from .render import UnknownDocumentError as UnknownDocumentError
    from .render import available_printables as available_printables
    from .render import render_document as render_document
    from .sop_page import chart_from_sop as chart_from_sop
    from .sop_page import render_sop_html as render_sop_html
    from .sources import Bundle as Bundle
    from .sources import DocumentError as DocumentError
    from .sources import bundle_of as bundle_of
    from .sources import load_source as load_source
    from .statutory import CLAUSES as CLAUSES
    from .statutory import StatutoryContentError as StatutoryContentError

__getattr__, __dir__, __all__ = attach(__name__, __file__)
