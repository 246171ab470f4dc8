"""`render_document(kind, source, format)`: the official documents, from the records.

The built-in kinds (`DOCUMENT_KINDS`), each from its template files ``<kind>.html.j2`` and
``<kind>.md.j2`` in documents/templates/:

- ``lembar``: Lembar Pengujian Konsekuensi (PERKI 1/2021 Pasal 49 ayat (3), Lampiran II);
- ``penetapan``: Penetapan PPID tentang Klasifikasi Informasi yang Dikecualikan (Pasal 49 ayat
  (4)-(7), Lampiran III);
- ``penolakan``: Surat Keputusan PPID tentang Penolakan Permintaan Informasi Publik (UU 14/2008
  Pasal 22 ayat (7) huruf c and Pasal 36 ayat (1); PERKI 1/2021 Pasal 34 and its format);
- ``dik``: Daftar Informasi yang Dikecualikan (a register; PERKI 1/2021 prescribes no form);
- ``dip``: Daftar Informasi Publik for what the test opened (Pasal 21 ayat (2), Lampiran I).

Formats: ``html`` (A4, print CSS inlined, autoescaped), ``md`` (escaped Markdown) and ``docx``
(the HTML rebuilt with python-docx, an optional extra). An agency plugin adds a document by
shipping ``<its-kind>.html.j2`` (and ``.md.j2``) in its template directory; it gets the same
context as the built-in ones (docs/documents.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal

import attrs
import jinja2

from .environment import TemplateSource, make_environment
from .legal_text import OBJECTION_BASIS, OBJECTION_WORKING_DAYS, dasar_hukum
from .sources import Bundle, DocumentError, bundle_of

Format = Literal["html", "md", "docx"]
FORMATS: tuple[Format, ...] = ("html", "md", "docx")

_KIND = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@attrs.frozen(kw_only=True)
class DocumentSpec:
    """A kind of document: code (``lembar``), titles, the rule it follows, what it needs."""

    code: str
    title: str
    title_en: str
    basis: str
    requires: Callable[[Bundle], tuple[str, str] | None] = attrs.field(
        default=lambda bundle: None, eq=False, repr=False
    )
    builtin: bool = True


def _needs_sheets(bundle: Bundle) -> tuple[str, str] | None:
    if not bundle.sheets:
        return (
            "tidak ada Lembar Pengujian Konsekuensi dalam sumber",
            "the source holds no Lembar Pengujian Konsekuensi",
        )
    return None


def _needs_penetapan(bundle: Bundle) -> tuple[str, str] | None:
    if bundle.penetapan is None:
        return (
            "sumber tidak memuat Penetapan (PERKI 1/2021 Pasal 49 ayat (4)); buat Penetapan dahulu",
            "the source holds no Penetapan (PERKI 1/2021 Pasal 49 ayat (4)); record it first",
        )
    return None


def _needs_request(bundle: Bundle) -> tuple[str, str] | None:
    if bundle.request is None and bundle.refusal is None:
        return (
            "surat penolakan menjawab permohonan informasi, tetapi sumber tidak memuat "
            "permohonan maupun surat penolakan",
            "a refusal answers a request, but the source holds neither a request nor a "
            "refusal letter",
        )
    refusal = getattr(bundle.refusal, "refusal", None)
    if not bundle.exempt and not (refusal is not None and refusal.grounds):
        return (
            "tidak ada informasi yang dikecualikan (hasil uji konsekuensi) untuk dasar penolakan "
            "(UU 14/2008 Pasal 19)",
            "no exempt information (result of a consequence test) to ground the refusal on "
            "(UU 14/2008 Pasal 19)",
        )
    return None


def _needs_exempt(bundle: Bundle) -> tuple[str, str] | None:
    if not bundle.exempt:
        return (
            "tidak ada informasi yang dikecualikan dalam sumber",
            "the source holds no exempt information",
        )
    return None


def _needs_opened(bundle: Bundle) -> tuple[str, str] | None:
    if not bundle.opened:
        return (
            "tidak ada informasi yang dibuka oleh uji konsekuensi dalam sumber",
            "no information in the source was opened by the consequence test",
        )
    return None


#: The built-in document kinds, by code.
DOCUMENT_KINDS: Mapping[str, DocumentSpec] = MappingProxyType(
    {
        "lembar": DocumentSpec(
            code="lembar",
            title="Lembar Pengujian Konsekuensi",
            title_en="Consequence test sheet",
            basis="PERKI 1/2021 Pasal 49 ayat (3), Lampiran II",
            requires=_needs_sheets,
        ),
        "penetapan": DocumentSpec(
            code="penetapan",
            title="Penetapan PPID tentang Klasifikasi Informasi yang Dikecualikan",
            title_en="PPID decision classifying exempt information",
            basis="PERKI 1/2021 Pasal 49 ayat (4)-(7), Lampiran III",
            requires=_needs_penetapan,
        ),
        "penolakan": DocumentSpec(
            code="penolakan",
            title="Surat Keputusan PPID tentang Penolakan Permintaan Informasi Publik",
            title_en="PPID decision refusing a request for public information",
            basis=(
                "UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 36 ayat (1); "
                "PERKI 1/2021 Pasal 34 dan format SK Penolakan dalam Lampiran"
            ),
            requires=_needs_request,
        ),
        "dik": DocumentSpec(
            code="dik",
            title="Daftar Informasi yang Dikecualikan",
            title_en="Register of exempt information",
            basis="UU 14/2008 Pasal 17-20; PERKI 1/2021 Pasal 22, Pasal 49 (tanpa format baku)",
            requires=_needs_exempt,
        ),
        "dip": DocumentSpec(
            code="dip",
            title="Daftar Informasi Publik",
            title_en="Register of public information",
            basis="PERKI 1/2021 Pasal 1 angka 20, Pasal 21 ayat (2), Lampiran I",
            requires=_needs_opened,
        ),
    }
)


class UnknownDocumentError(DocumentError, LookupError):
    """No built-in document and no agency template has this name."""


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


def refusal_view(bundle: Bundle) -> RefusalView:
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
    place = pick(
        getattr(penetapan, "place", None), *(getattr(s, "place", None) for s in bundle.sheets)
    )
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
        objection_to=pick(getattr(content, "objection_to", None)) or "Atasan PPID",
        signer_name=getattr(signer, "name", None),
        signer_position=getattr(signer, "position", None),
        signer_nip=getattr(signer, "nip", None),
        penetapan_number=getattr(penetapan, "number", None),
        penetapan_date=getattr(penetapan, "date", None),
    )


# --- rendering ------------------------------------------------------------------------------------


def _agency_code(agency: Any, bundle: Bundle) -> str | None:
    if agency is None:
        return bundle.agency_code
    return str(getattr(agency, "code", agency))


def _lookup_sources(code: str | None) -> tuple[TemplateSource, ...]:
    from .plugin_templates import template_sources

    return template_sources(code)


def available_kinds(
    agency: Any = None, *, template_sources: Sequence[TemplateSource] | None = None
) -> dict[str, DocumentSpec]:
    """The built-in kinds plus the documents an agency's templates add (``<kind>.html.j2``)."""
    code = None if agency is None else str(getattr(agency, "code", agency))
    sources = tuple(template_sources) if template_sources is not None else _lookup_sources(code)
    kinds = dict(DOCUMENT_KINDS)
    env = make_environment("html", sources)
    loader = env.loader
    assert loader is not None
    for name in loader.list_templates():
        if "/" in name or not name.endswith(".html.j2"):
            continue
        stem = name.removesuffix(".html.j2")
        if stem in kinds or stem.startswith("_") or stem == "sop" or not _KIND.fullmatch(stem):
            continue
        kinds[stem] = DocumentSpec(
            code=stem,
            title=stem.replace("-", " ").title(),
            title_en=stem.replace("-", " "),
            basis=f"templat instansi {code}" if code else "templat instansi",
            builtin=False,
        )
    return kinds


def context_of(bundle: Bundle, spec: DocumentSpec) -> dict[str, Any]:
    """The variables every document template receives (docs/documents.md lists them)."""
    return {
        "doc": spec,
        "bundle": bundle,
        "badan_publik": bundle.badan_publik,
        "unit": bundle.unit,
        "sheets": bundle.sheets,
        "penetapan": bundle.penetapan,
        "case": bundle.case,
        "request": bundle.request,
        "refusal": (
            refusal_view(bundle)
            if bundle.request is not None or bundle.refusal is not None
            else None
        ),
        "entries": bundle.entries,
        "exempt": bundle.exempt,
        "opened": bundle.opened,
        "objection_days": OBJECTION_WORKING_DAYS,
    }


def render_document(
    kind: str,
    source: Any,
    format: Format = "html",
    *,
    agency: Any = None,
    template_sources: Sequence[TemplateSource] | None = None,
    source_name: str | None = None,
) -> str | bytes:
    """Render one document: ``str`` for html and md, ``bytes`` for docx.

    ``source``: a case, a Penetapan, a Lembar (`ConsequenceTestSheet`), tested items, or a
    `Bundle`. ``agency``: an `Agency` or agency code whose plugin templates apply (default: the
    case's agency). ``template_sources``: template directories or (name, file) pairs that replace
    the plugin lookup. Raises `DocumentError` when the source lacks what the document needs,
    `UnknownDocumentError` for an unknown kind, `MissingExtraError` for docx without python-docx.
    """
    if format not in FORMATS:
        raise ValueError(f"render_document: format must be one of {FORMATS}, got {format!r}")
    bundle = bundle_of(source, source_name or "<sumber>")
    code = _agency_code(agency, bundle)
    sources = tuple(template_sources) if template_sources is not None else _lookup_sources(code)
    kinds = available_kinds(code, template_sources=sources)
    spec = kinds.get(kind)
    if spec is None:
        raise UnknownDocumentError(
            kind,
            bundle.source,
            f"jenis dokumen tidak dikenal; yang tersedia: {', '.join(sorted(kinds))}",
            f"unknown document kind; available: {', '.join(sorted(kinds))}",
        )
    missing = spec.requires(bundle)
    if missing is not None:
        raise DocumentError(kind, bundle.source, *missing)
    flavour: Literal["html", "md"] = "md" if format == "md" else "html"
    env = make_environment(flavour, sources)
    name = f"{kind}.{flavour}.j2"
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        raise DocumentError(
            kind,
            bundle.source,
            f"templat {name!r} tidak ada (instansi hanya menyediakan format lain)",
            f"template {name!r} does not exist (the agency provides other formats only)",
        ) from None
    text = template.render(**context_of(bundle, spec))
    if format == "docx":
        from .docx import html_to_docx

        return html_to_docx(text)
    return text
