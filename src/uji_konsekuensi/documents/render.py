"""`render_document(kind, source, format)`: the official documents, from the records.

The documents this package prints are its *printables* (`Printable`, listed in `PRINTABLES`), not
to be confused with the documents an agency's SOP steps produce
(`document_kinds.DocumentKind`, which a plugin maps onto a printable with a `Rendering`). The
built-in printables, each printed from its template files ``<name>.html.j2`` and
``<name>.md.j2`` (given by the built-in plugin,
builtin_templates.py, through the hook ``uji_document_templates``):

- ``lembar``: Lembar Pengujian Konsekuensi (PERKI 1/2021 Pasal 49 ayat (3), Lampiran II);
- ``penetapan``: Penetapan PPID tentang Klasifikasi Informasi yang Dikecualikan (Pasal 49 ayat
  (4)-(7), Lampiran III);
- ``penolakan``: Surat Keputusan PPID tentang Penolakan Permintaan Informasi Publik (UU 14/2008
  Pasal 22 ayat (7) huruf c and Pasal 36 ayat (1); PERKI 1/2021 Pasal 34 and its format);
- ``dik``: Daftar Informasi yang Dikecualikan (a register; PERKI 1/2021 prescribes no form);
- ``dip``: Daftar Informasi Publik for what the test opened (Pasal 21 ayat (2), Lampiran I).

Formats: ``html`` (A4, print CSS inlined, autoescaped), ``md`` (escaped Markdown), ``docx``
(the HTML rebuilt with python-docx, an optional extra) and ``pdf`` (the HTML laid out by
WeasyPrint as PDF/A-2a, an optional extra; pdf.py). An agency plugin adds a printable by
shipping ``<its-name>.html.j2`` (and ``.md.j2``) in its template directory; it gets the same
context as the built-in ones (docs/documents.md).

Why the built-in printables are a table here and not answers of the hook
``uji_document_renderings``: a `Rendering` maps an agency's declared document onto a printable,
per agency; a `Printable` is what it maps onto (titles, legal basis, what the source must hold,
checked in Python), the same for every agency and without one. The files come through the
template hook, built-in or not; the table says what the core knows how to print.
"""

from __future__ import annotations

import datetime as dt
import re
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import attrs
import jinja2

from ..i18n import Text
from . import messages as M
from .agency_documents import Rendering, agency_renderings
from .builtin_templates import BUILTIN_DIR
from .document_settings import DocumentSettings, effective_settings
from .environment import TemplateSource, make_environment
from .legal_text import OBJECTION_BASIS, OBJECTION_WORKING_DAYS, dasar_hukum
from .letterhead import Letterhead, agency_letterhead
from .plugin_templates import missing_template, search_path
from .safe_text import encode_utf8
from .sources import Bundle, DocumentError, bundle_of
from .statutory import Origins, template_origin, verify_output

Format = Literal["html", "md", "docx", "pdf"]
FORMATS: tuple[Format, ...] = ("html", "md", "docx", "pdf")

#: A printable's name: a lowercase slug (``lembar``, ``sk-ketua-kasn``).
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@attrs.frozen(kw_only=True)
class Printable:
    """A document this package prints: code (``lembar``), titles, the rule it follows, what the
    source must hold (``requires``: None, or why not, a `Text`), and its template.

    ``builtin``: one of `PRINTABLES`, printed under its own code (False for an agency's template
    and for an agency's declared document printed as a built-in one).
    """

    code: str
    title: str
    title_en: str
    basis: str
    requires: Callable[[Bundle], Text | None] = attrs.field(
        default=lambda bundle: None, eq=False, repr=False
    )
    builtin: bool = True
    #: The template stem it prints with (``<template>.html.j2``); None: its own code.
    template: str | None = None

    @property
    def template_stem(self) -> str:
        return self.template or self.code


def _needs_sheets(bundle: Bundle) -> Text | None:
    if not bundle.sheets:
        return M.DOCUMENT_NEEDS_SHEETS()
    return None


def _needs_penetapan(bundle: Bundle) -> Text | None:
    if bundle.penetapan is None:
        return M.DOCUMENT_NEEDS_PENETAPAN()
    return None


def _needs_request(bundle: Bundle) -> Text | None:
    if bundle.request is None and bundle.refusal is None:
        return M.DOCUMENT_NEEDS_REQUEST()
    refusal = getattr(bundle.refusal, "refusal", None)
    if not bundle.exempt and not (refusal is not None and refusal.grounds):
        return M.DOCUMENT_NEEDS_GROUND()
    return None


def _needs_exempt(bundle: Bundle) -> Text | None:
    if not bundle.exempt:
        return M.DOCUMENT_NEEDS_EXEMPT()
    return None


def _needs_opened(bundle: Bundle) -> Text | None:
    if not bundle.opened:
        return M.DOCUMENT_NEEDS_OPENED()
    return None


#: The built-in printables, by code.
PRINTABLES: Mapping[str, Printable] = MappingProxyType(
    {
        "lembar": Printable(
            code="lembar",
            title=M.PRINTABLE_LEMBAR().id,
            title_en=M.PRINTABLE_LEMBAR().en,
            basis="PERKI 1/2021 Pasal 49 ayat (3), Lampiran II",
            requires=_needs_sheets,
        ),
        "penetapan": Printable(
            code="penetapan",
            title=M.PRINTABLE_PENETAPAN().id,
            title_en=M.PRINTABLE_PENETAPAN().en,
            basis="PERKI 1/2021 Pasal 49 ayat (4)-(7), Lampiran III",
            requires=_needs_penetapan,
        ),
        "penolakan": Printable(
            code="penolakan",
            title=M.PRINTABLE_PENOLAKAN().id,
            title_en=M.PRINTABLE_PENOLAKAN().en,
            basis=(
                "UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 36 ayat (1); "
                "PERKI 1/2021 Pasal 34 dan format SK Penolakan dalam Lampiran"
            ),
            requires=_needs_request,
        ),
        "dik": Printable(
            code="dik",
            title=M.PRINTABLE_DIK().id,
            title_en=M.PRINTABLE_DIK().en,
            basis="UU 14/2008 Pasal 17-20; PERKI 1/2021 Pasal 22, Pasal 49 (tanpa format baku)",
            requires=_needs_exempt,
        ),
        "dip": Printable(
            code="dip",
            title=M.PRINTABLE_DIP().id,
            title_en=M.PRINTABLE_DIP().en,
            basis="PERKI 1/2021 Pasal 1 angka 20, Pasal 21 ayat (2), Lampiran I",
            requires=_needs_opened,
        ),
    }
)


class UnknownDocumentError(DocumentError, LookupError):
    """No built-in printable, no declared document and no agency template has this name."""


class NotRenderedError(DocumentError):
    """The agency declares this document but says it is not made by this package, and why."""


class TemplateFileError(DocumentError):
    """A template file does not compile or fails while rendering: names the file and the line.

    ``file``: the template file (a path, or the template name when it has no file); ``line``:
    the line in that file (None when unknown); ``detail``: Jinja2's message.
    """

    def __init__(self, kind: str, source: str, file: str, line: int | None, detail: str) -> None:
        self.file = file
        self.line = line
        self.detail = detail
        where = M.TEMPLATE_FILE_ERROR_AT_LINE(file=file, line=line) if line is not None else file
        super().__init__(kind, source, M.TEMPLATE_FILE_ERROR(where=where, detail=detail))


# --- the refusal letter -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Withheld:
    """A part blacked out of a partly exempt item, with its reason."""

    information: str
    part: str
    reason: str


@attrs.frozen(kw_only=True)
class RefusalView:
    """What the refusal letter says, merged from the refusal record, the request and the test.

    Taken first from the refusal letter recorded in the case (`RefusalContent`), then from the
    request (registration number, requester, information asked) and from the exempt items of the
    consequence test (grounds, consequences of opening, blacked-out parts).
    """

    number: str | None
    date: dt.date | None
    place: str | None
    registration_number: str | None
    requester_name: str | None
    requester_address: str | None
    requester_contact: str | None
    information: str | None
    grounds: tuple[str, ...]
    consequences: tuple[str, ...]
    withheld: tuple[Withheld, ...]
    refused_in_full: bool
    objection_days: int
    objection_basis: str
    objection_to: str
    signer_name: str | None
    signer_position: str | None
    signer_nip: str | None
    penetapan_number: str | None
    penetapan_date: dt.date | None


def refusal_view(bundle: Bundle, letterhead: Letterhead | None = None) -> RefusalView:
    """The refusal letter's content; its place is the office's city (``letterhead.city``).

    A letter is dated where the office that signs it sits ("Pontianak, 16 Mei 2025"), not where
    the consequence test was held (the Lembar's "bertempat di" is a meeting room): the place
    comes from the agency's kop surat, and is a gap to fill in when it gives none.
    """
    doc = bundle.refusal
    content = getattr(doc, "refusal", None)
    request = bundle.request
    requester = getattr(request, "requester", None)
    exempt = bundle.exempt
    penetapan = bundle.penetapan

    def pick(*values: Any) -> Any:
        return next((v for v in values if v not in (None, "", ())), None)

    grounds: tuple[str, ...] = tuple(content.grounds) if content and content.grounds else ()
    if not grounds:
        grounds = tuple(dict.fromkeys(dasar_hukum(g) for e in exempt for g in e.row.grounds))
    consequences: tuple[str, ...] = ()
    if content is not None and content.consequence:
        consequences = (content.consequence,)
    else:
        consequences = tuple(
            dict.fromkeys(
                e.row.consequence_of_opening for e in exempt if e.row.consequence_of_opening
            )
        )
    withheld = tuple(
        Withheld(information=e.row.information, part=w.part, reason=w.reason or "")
        for e in exempt
        for w in e.row.withheld_parts
    )
    signer = getattr(content, "signed_by", None) or getattr(penetapan, "ppid", None)
    # The Penetapan the letter cites (RefusalContent.penetapan, its number), else the one in the
    # source: PERKI 1/2021 Pasal 34 ayat (2).
    penetapan_number = pick(getattr(content, "penetapan", None), getattr(penetapan, "number", None))
    place = letterhead.city if letterhead is not None else None
    return RefusalView(
        number=getattr(doc, "number", None),
        date=getattr(doc, "date", None),
        place=place,
        registration_number=pick(
            getattr(content, "registration_number", None),
            getattr(request, "registration_number", None),
        ),
        requester_name=pick(
            getattr(content, "requester_name", None), getattr(requester, "name", None)
        ),
        requester_address=pick(
            getattr(content, "requester_address", None), getattr(requester, "address", None)
        ),
        requester_contact=pick(
            getattr(content, "requester_contact", None), getattr(requester, "contact", None)
        ),
        information=pick(
            getattr(content, "information", None), getattr(request, "information", None)
        ),
        grounds=grounds,
        consequences=consequences,
        withheld=withheld,
        # Refused in full when an item is closed as a whole, or when only the letter is known.
        refused_in_full=any(e.row.outcome.value == "closed" for e in exempt) or not exempt,
        # The period is the statute's, whatever an earlier letter said (the checker reports a
        # letter that stated another one): UU 14/2008 Pasal 36 ayat (1).
        objection_days=OBJECTION_WORKING_DAYS,
        objection_basis=OBJECTION_BASIS,
        objection_to=pick(getattr(content, "objection_to", None)) or M.DOCUMENT_OBJECTION_TO().id,
        signer_name=getattr(signer, "name", None),
        signer_position=getattr(signer, "position", None),
        signer_nip=getattr(signer, "nip", None),
        penetapan_number=penetapan_number,
        # The date is the Penetapan's in the source only when the letter cites that one.
        penetapan_date=(
            getattr(penetapan, "date", None)
            if penetapan_number == getattr(penetapan, "number", None)
            else None
        ),
    )


# --- rendering ------------------------------------------------------------------------------------


def _agency_code(agency: Any, bundle: Bundle) -> str | None:
    if agency is None:
        return bundle.agency_code
    return str(getattr(agency, "code", agency))


def _declared_titles(code: str | None) -> dict[str, Any]:
    """The `DocumentKind` the agency declares, by code (empty when unknown or not installed)."""
    if code is None:
        return {}
    from ..agency import get_agency

    try:
        agency = get_agency(code)
    except LookupError:
        return {}
    return {kind.code: kind for kind in getattr(agency, "documents", ())}


def _not_rendered(code: str | None) -> dict[str, Rendering]:
    return {r.code: r for r in agency_renderings(code) if r.not_rendered is not None}


def available_printables(
    agency: Any = None, *, template_sources: Sequence[TemplateSource] | None = None
) -> dict[str, Printable]:
    """The documents that can be rendered for an agency, by the name ``render`` takes.

    The built-in printables; the agency's declared documents that print as one of them or as
    one of its templates (hook ``uji_document_renderings``: KASN's ``sk-klasifikasi`` prints as
    ``penetapan``) with their aliases; and every other ``<name>.html.j2`` its templates add.
    ``template_sources`` replaces the agency plugins' templates (the built-in ones still come
    after them).
    """
    code = None if agency is None else str(getattr(agency, "code", agency))
    return _printables(code, search_path(code, template_sources))


def _printables(code: str | None, sources: Sequence[TemplateSource]) -> dict[str, Printable]:
    """`available_printables` for a search path already resolved (render_document has one)."""
    printables = dict(PRINTABLES)
    env = make_environment("html", sources)
    loader = env.loader
    assert loader is not None
    for name in loader.list_templates():
        if "/" in name or not name.endswith(".html.j2"):
            continue
        stem = name.removesuffix(".html.j2")
        if stem in printables or stem.startswith("_") or stem == "sop" or not _NAME.fullmatch(stem):
            continue
        printables[stem] = Printable(
            code=stem,
            title=stem.replace("-", " ").title(),
            title_en=stem.replace("-", " "),
            basis=(
                M.PRINTABLE_AGENCY_BASIS(agency=code)
                if code
                else M.PRINTABLE_AGENCY_BASIS_NO_AGENCY()
            ).id,
            builtin=False,
        )
    declared = _declared_titles(code)
    seen: set[str] = set()
    for rendering in agency_renderings(code):
        target = printables.get(rendering.template or "")
        if target is None or rendering.code in seen:
            continue  # not rendered, or already given by a plugin asked earlier
        seen.add(rendering.code)
        kind = declared.get(rendering.code)  # the agency's DocumentKind, for its titles
        printable = attrs.evolve(
            target,
            code=rendering.code,
            title=getattr(kind, "title", None) or target.title,
            title_en=getattr(kind, "title_en", None) or target.title_en,
            basis=getattr(kind, "basis", None) or target.basis,
            builtin=False,
            template=target.template_stem,
        )
        for name in (rendering.code, *rendering.aliases):
            printables[name] = printable
    return printables


def context_of(
    bundle: Bundle, printable: Printable, letterhead: Letterhead | None = None
) -> dict[str, Any]:
    """The variables every document template receives (docs/documents.md lists them)."""
    return {
        "doc": printable,
        "bundle": bundle,
        "badan_publik": bundle.badan_publik,
        "unit": bundle.unit,
        "sheets": bundle.sheets,
        "penetapan": bundle.penetapan,
        "case": bundle.case,
        "request": bundle.request,
        "refusal": (
            refusal_view(bundle, letterhead)
            if bundle.request is not None or bundle.refusal is not None
            else None
        ),
        "entries": bundle.entries,
        "exempt": bundle.exempt,
        "opened": bundle.opened,
        "objection_days": OBJECTION_WORKING_DAYS,
        "letterhead": letterhead,
        "logo": letterhead.logo_data_uri() if letterhead is not None else None,
    }


def _template_frame(exc: BaseException) -> tuple[str, int] | None:
    """The innermost template file and line in the traceback (Jinja2 rewrites its frames)."""
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".j2", ".css")) and frame.lineno is not None:
            found = (frame.filename, frame.lineno)
    return found


def _is_builtin(file: str) -> bool:
    try:
        return Path(file).resolve().is_relative_to(BUILTIN_DIR)
    except (OSError, ValueError):
        return False


def _template_error(kind: str, source: str, exc: Exception) -> TemplateFileError | None:
    """A `TemplateFileError` for a fault in a template, or None for a bug of ours (re-raised)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        file = exc.filename or exc.name or "<templat>"
        return TemplateFileError(kind, source, file, exc.lineno, exc.message or str(exc))
    frame = _template_frame(exc)
    if isinstance(exc, jinja2.TemplateNotFound):
        file, line = frame if frame else ("<templat>", None)
        return TemplateFileError(
            kind, source, file, line, M.TEMPLATE_INCLUDED_NOT_FOUND(name=exc.name).id
        )
    if isinstance(exc, jinja2.TemplateError):
        file, line = frame if frame else ("<templat>", None)
        return TemplateFileError(kind, source, file, line, str(exc))
    if frame is not None and not _is_builtin(frame[0]):
        # A deployment's or a plugin's template called a filter with the wrong kind of value.
        return TemplateFileError(kind, source, frame[0], frame[1], f"{type(exc).__name__}: {exc}")
    return None


def render_document(
    kind: str,
    source: Any,
    format: Format = "html",
    *,
    agency: Any = None,
    template_sources: Sequence[TemplateSource] | None = None,
    source_name: str | None = None,
    settings: DocumentSettings | None = None,
) -> str | bytes:
    """Render one document: ``str`` for html and md, ``bytes`` for docx and pdf.

    ``kind``: the name of the printable (``lembar``, an agency's ``sk-klasifikasi``; see
    `available_printables`). ``source``: a case, a Penetapan, a Lembar (`ConsequenceTestSheet`),
    tested items, or a `Bundle`. ``agency``: an `Agency` or agency code whose plugin templates,
    document names and letterhead apply (default: the case's agency). ``template_sources``:
    template directories or (name, file) pairs that replace the agency plugins' templates (the
    built-in ones are still searched after them). ``settings``: the deployment's template
    folders and letterhead (`DocumentSettings`; the environment variables fill what it leaves
    unset). Raises `DocumentError` when the source lacks what the document needs, or when no
    template source holds its template, `UnknownDocumentError` for an unknown name,
    `NotRenderedError` for a document the agency says is not made here, `TemplateFileError`
    naming the file and line of a broken template, `StatutoryContentError` when the output lacks
    a clause the law requires (statutory.py: the template, wherever it came from, left it out),
    `MissingExtraError` for docx or pdf without their extra.
    """
    if format not in FORMATS:
        raise ValueError(f"render_document: format must be one of {FORMATS}, got {format!r}")
    bundle = bundle_of(source, source_name or "<sumber>")
    code = _agency_code(agency, bundle)
    config = effective_settings(settings)
    # The deployment's folders, then the agency plugins' templates, then the built-in ones.
    sources = (*config.template_dirs(), *search_path(code, template_sources))
    try:
        printables = _printables(code, sources)
    except (jinja2.TemplateError, OSError) as exc:  # pragma: no cover - listing only
        raise DocumentError(kind, bundle.source, str(exc), str(exc)) from None
    printable = printables.get(kind)
    if printable is None:
        not_rendered = _not_rendered(code).get(kind)
        if not_rendered is not None and not_rendered.not_rendered is not None:
            reason = not_rendered.not_rendered
            raise NotRenderedError(
                kind, bundle.source, M.DOCUMENT_NOT_RENDERED(agency=code, reason=reason)
            )
        raise UnknownDocumentError(
            kind, bundle.source, M.DOCUMENT_UNKNOWN(available=", ".join(sorted(printables)))
        )
    missing = printable.requires(bundle)
    if missing is not None:
        raise DocumentError(kind, bundle.source, missing)
    config.check_rows(kind, bundle)  # the row limit, before any work (settings.py)
    letterhead = config.resolve_letterhead(agency_letterhead(code))
    flavour: Literal["html", "md"] = "md" if format == "md" else "html"
    env = make_environment(flavour, sources, limits=config.template_limits)
    name = f"{printable.template_stem}.{flavour}.j2"
    context = context_of(bundle, printable, letterhead)
    try:
        template = env.get_template(name)
        text = template.render(**context)
    except jinja2.TemplateNotFound as exc:
        if exc.name != name:
            raise _template_error(kind, bundle.source, exc) or exc from None
        if printable.template_stem in PRINTABLES:
            # Every built-in printable has both templates: the built-in ones are not searched.
            raise DocumentError(kind, bundle.source, missing_template(name)) from None
        raise DocumentError(kind, bundle.source, M.TEMPLATE_FORMAT_MISSING(name=name)) from None
    except Exception as exc:
        error = _template_error(kind, bundle.source, exc)
        if error is None:
            raise
        raise error from None
    # Belt and braces: a lone surrogate that reached the text some other way (safe_text.py).
    text = encode_utf8(text).decode("utf-8")
    data: bytes | None = None
    if format == "docx":
        from .docx import html_to_docx

        data = html_to_docx(text)
    elif format == "pdf":
        from .pdf import html_to_pdf

        data = html_to_pdf(text)

    # The law's content is checked in what was produced, whoever wrote the template
    # (statutory.py): a document missing a clause is refused, not returned.
    def origin() -> Text:
        origins = Origins(
            folders=config.template_dirs(),
            folders_from="settings" if settings is not None and settings.templates else "env",
            given=None if template_sources is None else tuple(template_sources),
            agency=code,
        )
        return template_origin(env, name, origins)

    verify_output(kind, printable.template_stem, format, text, data, bundle, context, origin)
    return text if data is None else data
