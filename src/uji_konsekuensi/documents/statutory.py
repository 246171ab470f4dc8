"""What no template can leave out: the content the law requires, checked in the rendered output.

A template comes from the built-in plugin, from any installed plugin (hook
``uji_document_templates``), from a deployment's folder (``--templates DIR``,
``UJI_KONSEKUENSI_TEMPLATES``, `DocumentSettings`) or from a caller's ``template_sources``. Any of
them can replace the refusal letter or the Penetapan, and a replacement that drops the
requester's right to object would be printed, signed and sent without it. So the law's content is
checked where it ends up: in the OUTPUT, after rendering, in every format, whoever wrote the
template. A document that lacks a clause is not returned: `render_document` raises
`StatutoryContentError`, naming each missing clause (Bahasa Indonesia and English, with its
Pasal) and where the template came from.

The clauses are data, declared once in `CLAUSES`. Each says which printable it belongs to
(by template: an agency's ``surat-penolakan`` printed as ``penolakan`` is checked as one), its
title, its legal basis, and how it is recognised:

- ``parts``: the statutory wording, each part a set of regular expressions of which one must
  match the output's text (``window``: all parts within so many characters of each other, so that
  "keberatan", "Atasan PPID" and "30 hari kerja" are one notice, not three words scattered over
  the page);
- ``values``: what the record holds and the document must print (the ground's Pasal, the
  consequence, the signatory's name, the Penetapan's number, ...). A value the record lacks is
  printed as a dotted gap to fill in by hand and is not asked for; ``needs_values`` clauses (the
  reference to the Penetapan) are checked only when the record has their value;
- ``check``: a rule that is not a list of words (the Penetapan's heading names its signatory).

How text is compared (robust to markup, whitespace, line breaks, case, escaping): the output is
turned into its visible text (HTML: the body without comments, ``<head>``, ``<style>``,
``<script>``, ``<template>`` and elements marked ``hidden`` or styled ``display: none`` /
``visibility: hidden``; Markdown: without comments, escapes and ``<br>``; DOCX: the body's
paragraphs and tables read back with python-docx, hidden runs skipped; PDF: the text extracted
from the PDF), NFKC-normalised, stripped of invisible format characters (the bidi isolates
safe_text.py adds), case-folded and with its whitespace collapsed. Wording is matched on that
text; a record's value is matched with everything but letters and digits removed from both
(so "Pasal 17 huruf h" matches "PASAL 17\\nhuruf h", and a value split over two PDF lines, or
escaped in Markdown, is still found).

What this cannot see: text present but made unreadable by a stylesheet (white on white, a font
size of 0). The PDF check catches text a stylesheet hides (``display: none`` in ``print.css``),
since hidden text is not laid out; colour is beyond a text check.

The PDF: the HTML it is laid out from is checked first (always), then the PDF's own text when a
text extractor is at hand (pypdf, else Poppler's ``pdftotext``; about a fifth of WeasyPrint's
time for a two-page letter): the HTML check is exact about the words, the PDF check proves that
they were laid out. A deployment with neither extractor gets the HTML check only.
"""

from __future__ import annotations

import html.parser
import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import attrs

from ..errors import Problem
from ..i18n import Message, Text
from . import messages as M
from .builtin_templates import BUILTIN_DIR
from .environment import BUILTIN_PREFIX, TEMPLATE_HOOK, TemplateSource
from .indonesian import format_tanggal
from .legal_text import dasar_hukum, jangka_waktu, outcome_label
from .sources import Bundle, DocumentError

OutputFormat = Literal["html", "md", "docx", "pdf"]

# --- what a clause is -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Part:
    """Statutory wording: one of ``patterns`` (regular expressions over the normalised text:
    case-folded, whitespace collapsed to one space) must match."""

    label: Text
    patterns: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Value:
    """A value of the record the document must print: one of ``alternatives`` (compared with
    only letters and digits kept) must occur."""

    label: Text
    alternatives: tuple[str, ...]


ValuesOf = Callable[[Bundle, Mapping[str, Any]], tuple[Value, ...]]
CheckOf = Callable[[str, Bundle, Mapping[str, Any]], tuple[Text, ...]]


def _no_values(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    return ()


@attrs.frozen(kw_only=True)
class Clause:
    """A clause the law requires in a document, and how it is recognised in the output.

    ``code``: stable identifier (``penolakan.keberatan``); ``documents``: the built-in templates
    (printables) it belongs to; ``title`` and ``basis``: what it is and where the law says so;
    ``recognised``: how it is recognised, for the documentation; ``parts``, ``window``,
    ``values``, ``needs_values``, ``check``: see the module notes.
    """

    code: str
    documents: tuple[str, ...]
    title: Text
    basis: str
    recognised: Text
    parts: tuple[Part, ...] = ()
    window: int | None = None
    values: ValuesOf = attrs.field(default=_no_values, eq=False, repr=False)
    needs_values: bool = False
    check: CheckOf | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class Missing:
    """A clause not found in an output: which, what of it (``what``), in which format."""

    clause: Clause
    what: Text
    format: str


# --- values read from the record --------------------------------------------------------------

_PASAL_HURUF = re.compile(r"pasal\s*(\d+)\s*(?:ayat\s*\(\s*\d+\s*\)\s*)?huruf\s*([a-z])\b", re.I)


def _ground_value(text: str, label: Text) -> Value:
    """A ground as the record writes it; its "Pasal N huruf x" alone is enough (a template may
    shorten the statute's name), the whole text otherwise."""
    alternatives = [text]
    found = _PASAL_HURUF.search(text)
    if found:
        alternatives.append(f"Pasal {found.group(1)} huruf {found.group(2)}")
    return Value(label=label, alternatives=tuple(alternatives))


def _text_value(text: str | None, what: Message) -> Value | None:
    if text is None or not _squash(text):
        return None
    shown = text if len(text) <= 60 else text[:57] + "..."
    return Value(label=M.CLAUSE_VALUE(what=what(), shown=shown), alternatives=(text,))


def _date_value(date: Any, what: Message) -> Value | None:
    if date is None:
        return None
    written = format_tanggal(date, with_day=False)
    return Value(
        label=M.CLAUSE_VALUE_DATE(what=what(), written=written),
        alternatives=(
            written,
            date.strftime("%d-%m-%Y"),
            date.strftime("%d/%m/%Y"),
            date.isoformat(),
        ),
    )


def _present(values: Iterable[Value | None]) -> tuple[Value, ...]:
    """The values given, each once (the same ground on ten rows is looked for once)."""
    seen: dict[tuple[str, ...], Value] = {}
    for value in values:
        if value is not None:
            seen.setdefault(tuple(_squash(a) for a in value.alternatives), value)
    return tuple(seen.values())


def _refusal_grounds(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    view = context.get("refusal")
    return _present(
        _ground_value(g, M.CLAUSE_VALUE_GROUND(ground=g)) for g in getattr(view, "grounds", ())
    )


def _refusal_consequences(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    view = context.get("refusal")
    return _present(
        _text_value(c, M.CLAUSE_VALUE_CONSEQUENCE) for c in getattr(view, "consequences", ())
    )


def _refusal_signer(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    view = context.get("refusal")
    return _present([_text_value(getattr(view, "signer_name", None), M.CLAUSE_VALUE_NAME)])


def _refusal_penetapan(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    view = context.get("refusal")
    return _present(
        [_text_value(getattr(view, "penetapan_number", None), M.CLAUSE_VALUE_PENETAPAN)]
    )


def _signer(bundle: Bundle) -> Any:
    penetapan = bundle.penetapan
    return getattr(penetapan, "signature", None) or getattr(penetapan, "ppid", None)


def _signed_by_other(bundle: Bundle) -> bool:
    """The Penetapan is signed by someone who is not the PPID (KASN: the Ketua, as his decree)."""
    signature = getattr(bundle.penetapan, "signature", None)
    role = getattr(getattr(signature, "role", None), "value", None)
    return signature is not None and role != "ppid"


def _penetapan_ppid(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    penetapan = bundle.penetapan
    ppid = getattr(penetapan, "ppid", None)
    name = getattr(ppid, "name", None)
    if name is None and not _signed_by_other(bundle):
        name = getattr(getattr(penetapan, "signature", None), "name", None)
    return _present([_text_value(name, M.CLAUSE_VALUE_PPID_NAME)])


def _penetapan_signer(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    return _present([_text_value(getattr(_signer(bundle), "name", None), M.CLAUSE_VALUE_NAME)])


def _penetapan_body(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    penetapan = bundle.penetapan
    return _present(
        [
            _text_value(getattr(penetapan, "badan_publik", None), M.CLAUSE_VALUE_BADAN_PUBLIK),
            _text_value(getattr(penetapan, "unit", None), M.CLAUSE_VALUE_UNIT),
        ]
    )


def _rows(bundle: Bundle, exempt_only: bool) -> list[Any]:
    entries = bundle.exempt if exempt_only else bundle.entries
    return [entry.row for entry in entries]


def _information(exempt_only: bool) -> ValuesOf:
    def values(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
        return _present(
            _text_value(row.information, M.CLAUSE_VALUE_INFORMATION)
            for row in _rows(bundle, exempt_only)
        )

    return values


def _grounds(exempt_only: bool) -> ValuesOf:
    def values(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
        found: list[Value | None] = []
        for row in _rows(bundle, exempt_only):
            for ground in row.grounds:
                text = dasar_hukum(ground)
                value = _ground_value(text, M.CLAUSE_VALUE_GROUND(ground=text))
                code = _PASAL_HURUF.search(f"Pasal 17 huruf {getattr(ground, 'ground', '')}")
                if code and not _PASAL_HURUF.search(text):
                    value = attrs.evolve(
                        value, alternatives=(*value.alternatives, f"Pasal 17 huruf {code.group(2)}")
                    )
                found.append(value)
        return _present(found)

    return values


def _consequences(exempt_only: bool) -> ValuesOf:
    def values(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
        return _present(
            _text_value(row.consequence_of_opening, M.CLAUSE_VALUE_CONSEQUENCE)
            for row in _rows(bundle, exempt_only)
        )

    return values


def _considerations(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    return _present(
        _text_value(row.consideration_of_closing, M.CLAUSE_VALUE_CONSIDERATION)
        for row in _rows(bundle, exempt_only=False)
    )


def _outcomes(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    found = []
    for row in _rows(bundle, exempt_only=False):
        value = getattr(row.outcome, "value", row.outcome)
        label = outcome_label(row.outcome)
        # The result in the form's words, or after "Hasil": the column headers already say
        # "dikecualikan" and "Dibuka"/"Ditutup", so a bare word would be found in any Lembar.
        short = {
            "closed": ("hasil dikecualikan", "hasil ditutup", "hasil tertutup"),
            "partial": ("dikecualikan sebagian", "hasil dikecualikan sebagian"),
        }
        alternatives = (label, *short.get(str(value), ("hasil dibuka", "hasil terbuka")))
        found.append(
            Value(
                label=M.CLAUSE_VALUE_RESULT(label=label),
                alternatives=alternatives,
            )
        )
    return _present(found)


def _periods(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    start = getattr(bundle.penetapan, "date", None)
    return _present(
        _text_value(jangka_waktu(row.period, start), M.CLAUSE_VALUE_PERIOD)
        for row in _rows(bundle, exempt_only=True)
        if row.period is not None
    )


def _place_and_date(bundle: Bundle, context: Mapping[str, Any]) -> tuple[Value, ...]:
    penetapan = bundle.penetapan
    letterhead = context.get("letterhead")
    place = getattr(penetapan, "place", None) or getattr(letterhead, "city", None)
    return _present(
        [
            _text_value(place, M.CLAUSE_VALUE_PLACE),
            _date_value(getattr(penetapan, "date", None), M.CLAUSE_VALUE_DAY),
        ]
    )


# --- the Penetapan's heading and its signatory ------------------------------------------------

_HEADING = re.compile(r"\b(?:surat\s+)?(penetapan|keputusan)\b(.{0,400}?)\b(?:nomor|tentang)\b")
_PPID = re.compile(r"^\W*(?:ppid\b|pejabat pengelola informasi dan dokumentasi\b)")


def heading_issuer(text: str) -> str | None:
    """Who the heading says issues the document: the words between "Penetapan"/"Keputusan" and
    "Nomor"/"Tentang" in the normalised text (None: no such heading)."""
    found = _HEADING.search(text)
    return found.group(2).strip() if found else None


def _heading_names_signatory(
    text: str, bundle: Bundle, context: Mapping[str, Any]
) -> tuple[Text, ...]:
    """The rule: the issuer the heading names is the one who signs.

    Lampiran III is a Penetapan *of the PPID*, signed by the PPID. An agency whose pimpinan signs
    the classification as his own decree (KASN: the Ketua) issues a Keputusan of that office. A
    heading that names one official while another signs misstates who took the decision: a
    "Penetapan PPID" signed by the Ketua, or a "Keputusan Ketua" signed by the PPID, is refused.
    So: signed by the PPID (no `signature`, or one whose role is ``ppid``), the heading's issuer
    starts with "PPID" or "Pejabat Pengelola Informasi dan Dokumentasi"; signed by anyone else,
    it does not, and it holds the signatory's position when the record gives one ("Ketua Komisi
    Aparatur Sipil Negara"). The instrument's word (Penetapan or Keputusan) is left to the
    agency: it does not say who signs.
    """
    issuer = heading_issuer(text)
    if issuer is None:
        return (M.CLAUSE_HEADING_MISSING(),)
    signature = getattr(bundle.penetapan, "signature", None)
    if not _signed_by_other(bundle):
        if _PPID.search(issuer):
            return ()
        return (M.CLAUSE_HEADING_NOT_PPID(issuer=issuer),)
    position = getattr(signature, "position", None)
    if _PPID.search(issuer):
        who = (
            position
            or getattr(signature, "name", None)
            or M.CLAUSE_HEADING_PPID_NOT_SIGNER_UNNAMED()
        )
        return (M.CLAUSE_HEADING_PPID_NOT_SIGNER(who=who),)
    if position and _squash(position) not in _squash(issuer):
        return (M.CLAUSE_HEADING_NOT_SIGNER(issuer=issuer, position=position),)
    return ()


# --- the clauses --------------------------------------------------------------------------------

_KEBERATAN = Part(
    label=Text(id="hak mengajukan keberatan", en="the right to object"),
    patterns=(r"keberatan",),
)
_ATASAN = Part(
    label=Text(id="kepada Atasan PPID", en="to the Atasan PPID"),
    patterns=(r"atasan\s*(?:ppid|pejabat pengelola informasi)",),
)
_TIGA_PULUH = Part(
    label=Text(id="dalam 30 (tiga puluh) hari kerja", en="within 30 (tiga puluh) working days"),
    patterns=(
        r"\b30\s*\(?\s*tiga\s*puluh\s*\)?\s*hari\s*kerja",
        r"\b30\s*hari\s*kerja",
        r"tiga\s*puluh\s*hari\s*kerja",
    ),
)

#: Every clause no template can leave out, by document.
CLAUSES: tuple[Clause, ...] = (
    # The refusal letter: UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35-36; PERKI 1/2021 Pasal 34
    # and the format of the Surat Keputusan PPID tentang Penolakan in its Lampiran.
    Clause(
        code="penolakan.alasan",
        documents=("penolakan",),
        title=Text(
            id="alasan penolakan: dasar pengecualian dengan Pasalnya (Pasal 17 huruf ...)",
            en="the ground of the refusal with its Pasal (Pasal 17 huruf ...)",
        ),
        basis="UU 14/2008 Pasal 22 ayat (7) huruf c jo. Pasal 17; PERKI 1/2021 Pasal 34, "
        "format SK Penolakan dalam Lampiran",
        recognised=Text(
            id='"Pasal" dengan nomornya, dan setiap dasar yang dicatat (cukup "Pasal 17 huruf h")',
            en='"Pasal" with its number, and every ground recorded ("Pasal 17 huruf h" is enough)',
        ),
        parts=(
            Part(
                label=Text(id="Pasal dasar pengecualian", en="the Pasal of the ground"),
                patterns=(r"pasal\s*\d+",),
            ),
        ),
        values=_refusal_grounds,
    ),
    Clause(
        code="penolakan.konsekuensi",
        documents=("penolakan",),
        title=Text(
            id="konsekuensi apabila informasi dibuka",
            en="the consequence of opening the information",
        ),
        basis="UU 14/2008 Pasal 2 ayat (4), Pasal 19; PERKI 1/2021 Pasal 49 ayat (2) huruf d, "
        "format SK Penolakan dalam Lampiran",
        recognised=Text(
            id='kata "konsekuensi" dan setiap konsekuensi yang dicatat',
            en='the word "konsekuensi" and every consequence recorded',
        ),
        parts=(
            Part(label=Text(id='"konsekuensi"', en='"konsekuensi"'), patterns=(r"konsekuensi",)),
        ),
        values=_refusal_consequences,
    ),
    Clause(
        code="penolakan.keputusan",
        documents=("penolakan",),
        title=Text(
            id="keputusan bahwa permintaan ditolak", en="the decision that the request is refused"
        ),
        basis="UU 14/2008 Pasal 22 ayat (7) huruf c; format SK Penolakan dalam Lampiran "
        "PERKI 1/2021",
        recognised=Text(id='"ditolak" atau "menolak"', en='"ditolak" or "menolak"'),
        parts=(
            Part(
                label=Text(id='"DITOLAK"', en='"DITOLAK"'),
                patterns=(r"\bditolak\b", r"\bmenolak\b"),
            ),
        ),
    ),
    Clause(
        code="penolakan.keberatan",
        documents=("penolakan",),
        title=Text(
            id="hak Pemohon mengajukan keberatan kepada Atasan PPID dalam 30 (tiga puluh) hari "
            "kerja",
            en="the requester's right to object to the Atasan PPID within 30 working days",
        ),
        basis="UU 14/2008 Pasal 35 ayat (1) huruf a, Pasal 36 ayat (1); format SK Penolakan "
        "dalam Lampiran PERKI 1/2021",
        recognised=Text(
            id='"keberatan", "Atasan PPID" dan "30 (tiga puluh) hari kerja" (atau "30 hari '
            'kerja", "tiga puluh hari kerja") dalam 500 karakter',
            en='"keberatan", "Atasan PPID" and "30 (tiga puluh) hari kerja" (or "30 hari '
            'kerja", "tiga puluh hari kerja") within 500 characters',
        ),
        parts=(_KEBERATAN, _ATASAN, _TIGA_PULUH),
        window=500,
    ),
    Clause(
        code="penolakan.tanda_tangan",
        documents=("penolakan",),
        title=Text(id="tanda tangan PPID (namanya)", en="the PPID's signature (the name)"),
        basis="UU 14/2008 Pasal 22 ayat (7); format SK Penolakan dalam Lampiran PERKI 1/2021",
        recognised=Text(
            id="nama penanda tangan yang dicatat (surat penolakan, atau PPID pada Penetapan)",
            en="the signatory's name as recorded (the letter's, or the Penetapan's PPID)",
        ),
        values=_refusal_signer,
    ),
    Clause(
        code="penolakan.penetapan",
        documents=("penolakan",),
        title=Text(
            id="Penetapan yang menjadi dasar pengecualian (nomornya)",
            en="the Penetapan the exemption rests on (its number)",
        ),
        basis="PERKI 1/2021 Pasal 34 ayat (2)",
        recognised=Text(
            id='"Penetapan" dan nomor Penetapan, bila dicatat',
            en='"Penetapan" and the Penetapan\'s number, when recorded',
        ),
        parts=(Part(label=Text(id='"Penetapan"', en='"Penetapan"'), patterns=(r"penetapan",)),),
        values=_refusal_penetapan,
        needs_values=True,
    ),
    # The Penetapan: PERKI 1/2021 Pasal 49 ayat (5) huruf a-f and ayat (6), Lampiran III.
    Clause(
        code="penetapan.kepala",
        documents=("penetapan",),
        title=Text(
            id="judul yang menyebut penanda tangan sebagai penerbit",
            en="a heading naming the signatory as the issuer",
        ),
        basis="PERKI 1/2021 Pasal 49 ayat (4), ayat (7) dan Lampiran III",
        recognised=Text(
            id='penerbit dalam judul (antara "Penetapan"/"Keputusan" dan "Nomor"/"Tentang") '
            "adalah PPID bila PPID menandatangani, dan jabatan penanda tangan bila orang lain",
            en='the issuer in the heading (between "Penetapan"/"Keputusan" and '
            '"Nomor"/"Tentang") is the PPID when the PPID signs, the signatory\'s position '
            "when someone else does",
        ),
        check=_heading_names_signatory,
    ),
    Clause(
        code="penetapan.identitas_ppid",
        documents=("penetapan",),
        title=Text(id="identitas PPID yang menetapkan", en="the identity of the PPID who decides"),
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf a; PP 61/2010 Pasal 4 ayat (2) huruf b",
        recognised=Text(id="nama PPID yang dicatat", en="the PPID's name as recorded"),
        values=_penetapan_ppid,
    ),
    Clause(
        code="penetapan.tanda_tangan",
        documents=("penetapan",),
        title=Text(
            id="tanda tangan penanda tangan (namanya)", en="the signatory's signature (the name)"
        ),
        basis="PERKI 1/2021 Pasal 49 ayat (7), Lampiran III",
        recognised=Text(
            id="nama penanda tangan yang dicatat", en="the signatory's name as recorded"
        ),
        values=_penetapan_signer,
    ),
    Clause(
        code="penetapan.badan_publik",
        documents=("penetapan",),
        title=Text(id="Badan Publik dan unit kerjanya", en="the public body and its unit"),
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf b",
        recognised=Text(
            id="nama Badan Publik dan unit yang dicatat",
            en="the body's and unit's names as recorded",
        ),
        values=_penetapan_body,
    ),
    Clause(
        code="penetapan.uraian",
        documents=("penetapan",),
        title=Text(
            id="uraian informasi yang dikecualikan", en="the description of the exempt information"
        ),
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf c",
        recognised=Text(
            id="setiap informasi yang dikecualikan", en="every exempt item's information"
        ),
        values=_information(exempt_only=True),
    ),
    Clause(
        code="penetapan.alasan",
        documents=("penetapan",),
        title=Text(
            id="alasan pengecualian: dasar hukum dengan Pasalnya",
            en="the reasons for the exemption: the statute with its Pasal",
        ),
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf d, ayat (6) huruf a",
        recognised=Text(
            id='setiap dasar hukum (cukup "Pasal 17 huruf h")',
            en='every ground ("Pasal 17 huruf h" is enough)',
        ),
        values=_grounds(exempt_only=True),
    ),
    Clause(
        code="penetapan.analisis",
        documents=("penetapan",),
        title=Text(id="analisis konsekuensi", en="the analysis of the consequences"),
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf d, ayat (6) huruf b",
        recognised=Text(
            id="setiap konsekuensi apabila dibuka yang dicatat",
            en="every consequence of opening recorded",
        ),
        values=_consequences(exempt_only=True),
    ),
    Clause(
        code="penetapan.jangka_waktu",
        documents=("penetapan",),
        title=Text(id="jangka waktu pengecualian", en="the exemption period"),
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf e",
        recognised=Text(
            id='"jangka waktu" dan setiap jangka waktu yang dicatat',
            en='"jangka waktu" and every period recorded',
        ),
        parts=(
            Part(
                label=Text(id='"jangka waktu"', en='"jangka waktu"'), patterns=(r"jangka\s*waktu",)
            ),
        ),
        values=_periods,
    ),
    Clause(
        code="penetapan.tempat_tanggal",
        documents=("penetapan",),
        title=Text(id="tempat dan tanggal penetapan", en="the place and date of the decision"),
        basis="PERKI 1/2021 Pasal 49 ayat (5) huruf f",
        recognised=Text(
            id='"ditetapkan" (atau "dikeluarkan") dengan tempat dan tanggal yang dicatat dalam '
            "160 karakter sesudahnya (17 Maret 2025, 17-03-2025, 17/03/2025 atau 2025-03-17)",
            en='"ditetapkan" (or "dikeluarkan") with the place and date recorded within 160 '
            "characters (17 Maret 2025, 17-03-2025, 17/03/2025 or 2025-03-17)",
        ),
        parts=(
            Part(
                label=Text(id='"Ditetapkan di"', en='"Ditetapkan di"'),
                patterns=(r"ditetapkan", r"dikeluarkan"),
            ),
        ),
        window=160,
        values=_place_and_date,
    ),
    # The Lembar Pengujian Konsekuensi: PERKI 1/2021 Pasal 49 ayat (2)-(3), Lampiran II.
    Clause(
        code="lembar.informasi",
        documents=("lembar",),
        title=Text(id="informasi yang diuji", en="the information tested"),
        basis="PERKI 1/2021 Pasal 49 ayat (2) huruf b, ayat (3), Lampiran II (kolom Informasi)",
        recognised=Text(id="setiap informasi yang diuji", en="every tested item's information"),
        values=_information(exempt_only=False),
    ),
    Clause(
        code="lembar.dasar_hukum",
        documents=("lembar",),
        title=Text(id="dasar hukum pengecualian dengan Pasalnya", en="the ground with its Pasal"),
        basis="PERKI 1/2021 Pasal 49 ayat (2) huruf c, Lampiran II (kolom Dasar Hukum)",
        recognised=Text(
            id='setiap dasar hukum (cukup "Pasal 17 huruf h")',
            en='every ground ("Pasal 17 huruf h" is enough)',
        ),
        values=_grounds(exempt_only=False),
    ),
    Clause(
        code="lembar.konsekuensi",
        documents=("lembar",),
        title=Text(id="konsekuensi apabila dibuka", en="the consequence of opening"),
        basis="PERKI 1/2021 Pasal 49 ayat (2) huruf d, Lampiran II (kolom Dibuka)",
        recognised=Text(id="setiap konsekuensi yang dicatat", en="every consequence recorded"),
        values=_consequences(exempt_only=False),
    ),
    Clause(
        code="lembar.pertimbangan",
        documents=("lembar",),
        title=Text(
            id="pertimbangan kepentingan publik apabila ditutup",
            en="the balance of public interest (if closed)",
        ),
        basis="UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Pasal 49 ayat (2) huruf d, Lampiran II "
        "(kolom Ditutup)",
        recognised=Text(id="setiap pertimbangan yang dicatat", en="every consideration recorded"),
        values=_considerations,
    ),
    Clause(
        code="lembar.hasil",
        documents=("lembar",),
        title=Text(id="hasil pengujian", en="the result of the test"),
        basis="PERKI 1/2021 Pasal 49 ayat (3)-(4), Lampiran II",
        recognised=Text(
            id='hasil setiap butir ("Dikecualikan", "Dikecualikan sebagian", "Dibuka")',
            en='each item\'s result ("Dikecualikan", "Dikecualikan sebagian", "Dibuka")',
        ),
        values=_outcomes,
    ),
)

#: The clauses by code.
CLAUSES_BY_CODE: Mapping[str, Clause] = MappingProxyType({c.code: c for c in CLAUSES})


def clauses_for(template: str) -> tuple[Clause, ...]:
    """The clauses of the printable printed with this template (``penolakan``)."""
    return tuple(c for c in CLAUSES if template in c.documents)


# --- text of an output ----------------------------------------------------------------------------

_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
_SKIPPED = frozenset({"head", "title", "style", "script", "template", "noscript"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


class _VisibleText(html.parser.HTMLParser):
    """The text a reader sees: no comments, head, style, script, hidden elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)

    @property
    def hidden(self) -> bool:
        return any(hides for _, hides in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.chunks.append(" ")
        if tag in _VOID:
            return
        values = dict(attrs)
        hides = (
            tag in _SKIPPED
            or "hidden" in values
            or bool(_HIDDEN_STYLE.search(values.get("style") or ""))
        )
        self.stack.append((tag, hides))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.chunks.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.chunks.append(" ")
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.chunks.append(data)


def text_of_html(markup: str) -> str:
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.chunks)


_MD_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_MD_BREAK = re.compile(r"<br\s*/?>", re.I)
_MD_ESCAPE = re.compile(r"\\(.)")


def text_of_markdown(markdown: str) -> str:
    text = _MD_COMMENT.sub(" ", markdown)
    text = _MD_BREAK.sub(" ", text)
    return _MD_ESCAPE.sub(r"\1", text)


def text_of_docx(data: bytes) -> str:
    """The body's text read back with python-docx: paragraphs and table cells, in order; runs
    marked hidden (``w:vanish``) skipped."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                parts.append(part._element)
    # A paragraph ends with a space: words of two paragraphs never run together.
    text: list[str] = []
    for paragraph in (p for root in parts for p in root.iter(qn("w:p"))):
        words = []
        for run in paragraph.iter(qn("w:r")):
            props = run.find(qn("w:rPr"))
            if props is not None and props.find(qn("w:vanish")) is not None:
                continue
            for node in run:
                if node.tag == qn("w:t"):
                    words.append(node.text or "")
                elif node.tag in (qn("w:br"), qn("w:tab"), qn("w:cr")):
                    words.append(" ")
        text.append("".join(words))
    return " ".join(text)


def text_of_pdf(data: bytes) -> str | None:
    """The PDF's text (pypdf, else Poppler's pdftotext), or None without an extractor."""
    try:
        import pypdf
    except ImportError:
        pypdf = None  # type: ignore[assignment]
    if pypdf is not None:
        reader = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        done = subprocess.run(
            [tool, "-enc", "UTF-8", os.fspath(path), "-"],
            capture_output=True,
            check=False,
            timeout=120,
        )
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


#: The invisible format characters (Unicode category Cf: soft hyphen, zero-width spaces and
#: joiners, bidi marks, embeddings and isolates, word joiner, BOM, tags, as of Unicode 15); a
#: test checks that it covers the category as this Python knows it.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """NFKC, no invisible format characters, case-folded, whitespace collapsed."""
    text = _FORMAT.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split())


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: how a record's value is looked for."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


# --- checking -------------------------------------------------------------------------------


def _part_found(text: str, part: Part) -> list[int]:
    return [m.start() for pattern in part.patterns for m in re.finditer(pattern, text)]


def _anchors(text: str, clause: Clause) -> tuple[tuple[Text, ...], list[int]]:
    """What of the wording is absent, and the places where all of it stands together (every
    part within ``window`` characters of one place where the first part occurs)."""
    found = [(part, _part_found(text, part)) for part in clause.parts]
    absent = tuple(part.label for part, places in found if not places)
    if absent or not found:
        return absent, []
    if clause.window is None:
        return (), found[0][1]
    window = clause.window
    anchors = [
        anchor
        for anchor in found[0][1]
        if all(any(abs(p - anchor) <= window for p in places) for _, places in found[1:])
    ]
    if anchors:
        return (), anchors
    together = Text(
        id=", ".join(part.label.id for part, _ in found),
        en=", ".join(part.label.en for part, _ in found),
    )
    return (M.CLAUSE_APART(parts=together, window=window),), []


def _loose(value: str) -> re.Pattern[str]:
    """A value's letters and digits in order, anything else between them (to find its place)."""
    return re.compile(r"[\W_]*".join(re.escape(ch) for ch in _squash(value)))


class _Finder:
    """Finds values in a document's squashed text, in about linear time for a long Lembar.

    A template prints the rows in the record's order, so each value is first looked for after
    the previous one found (``cursor``), then, only if not there, from the start: 2,000 rows'
    values are found in one pass instead of 2,000 scans of the whole text.
    """

    def __init__(self, spaced: str) -> None:
        self.spaced = spaced
        self.squashed = _squash(spaced)
        self.cursor = 0

    def _at(self, needle: str) -> int:
        found = self.squashed.find(needle, self.cursor)
        return found if found >= 0 else self.squashed.find(needle, 0, self.cursor + len(needle))

    def found(self, value: Value, near: Sequence[int] | None, window: int) -> bool:
        """The value occurs (``near`` None), or occurs within ``window`` of one of ``near``."""
        present = []
        for alternative in value.alternatives:
            needle = _squash(alternative)
            if not needle:
                continue
            at = self._at(needle)
            if at >= 0:
                if near is None:
                    self.cursor = at
                    return True
                present.append(alternative)
        return any(
            abs(m.start() - anchor) <= window
            for a in present
            for m in _loose(a).finditer(self.spaced)
            for anchor in near or ()
        )


def missing_clauses(
    template: str, text: str, fmt: str, bundle: Bundle, context: Mapping[str, Any]
) -> tuple[Missing, ...]:
    """The clauses of ``template``'s printable that ``text`` (the output's visible text, not yet
    normalised) lacks, each with what of it is missing.

    A clause with both wording and a ``window`` wants its values there too: the place and date
    of a Penetapan next to "Ditetapkan", not anywhere on the page.
    """
    clauses = clauses_for(template)
    if not clauses:
        return ()
    spaced = normalise(text)
    finder = _Finder(spaced)
    missing: list[Missing] = []
    for clause in clauses:
        values = clause.values(bundle, context)
        if clause.needs_values and not values:
            continue
        absent, anchors = _anchors(spaced, clause)
        lacks = list(absent)
        near = anchors if clause.window is not None and clause.parts else None
        if not (absent and near is not None):  # without the wording, nothing stands next to it
            finder.cursor = 0
            lacks.extend(
                value.label for value in values if not finder.found(value, near, clause.window or 0)
            )
        if clause.check is not None:
            lacks.extend(clause.check(spaced, bundle, context))
        missing.extend(Missing(clause=clause, what=what, format=fmt) for what in lacks)
    return tuple(missing)


class StatutoryContentError(DocumentError):
    """A rendered document lacks content the law requires: names each clause (with its Pasal)
    and where the template came from. ``missing``: the `Missing` clauses; ``origin``: the
    template's origin (`Text`); ``format``: the output checked (``html``, ``md``, ``docx``,
    ``pdf``: the PDF's text)."""

    def __init__(
        self, kind: str, source: str, missing: Sequence[Missing], origin: Text, fmt: str
    ) -> None:
        self.missing = tuple(missing)
        self.origin = origin
        self.format = fmt
        by_clause: dict[str, list[Missing]] = {}
        for m in self.missing:
            by_clause.setdefault(m.clause.code, []).append(m)
        items = [
            M.CLAUSE_LACKING_ITEM(
                title=ms[0].clause.title,
                basis=ms[0].clause.basis,
                code=code,
                what=Text(id=", ".join(m.what.id for m in ms), en=", ".join(m.what.en for m in ms)),
            )
            for code, ms in by_clause.items()
        ]
        listed = Text(id="; ".join(i.id for i in items), en="; ".join(i.en for i in items))
        super().__init__(kind, source, M.CLAUSE_LACKING(format=fmt, items=listed, origin=origin))

    @property
    def problems(self) -> tuple[Problem, ...]:
        """One `Problem` per missing clause (path ``clauses/<code>``), for the service."""
        said = [
            M.CLAUSE_LACKING_PROBLEM(
                title=m.clause.title, basis=m.clause.basis, what=m.what, origin=self.origin
            )
            for m in self.missing
        ]
        return tuple(
            Problem(path=f"clauses/{m.clause.code}", message=s.id, message_en=s.en, value=m.format)
            for m, s in zip(self.missing, said, strict=True)
        )


# --- where a template came from -----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Origins:
    """What render_document knows of its search path, to say where a template came from.

    ``folders``: the deployment's folders; ``folders_from``: ``"settings"`` (``--templates``,
    `DocumentSettings`) or ``"env"`` (``UJI_KONSEKUENSI_TEMPLATES``); ``given``: a caller's
    ``template_sources`` (None: the agency plugins'); ``agency``: the agency code the plugins
    were asked about.
    """

    folders: tuple[Path, ...] = ()
    folders_from: Literal["settings", "env"] = "settings"
    given: tuple[TemplateSource, ...] | None = None
    agency: str | None = None


def _within(file: Path, source: TemplateSource) -> bool:
    try:
        if isinstance(source, tuple):
            return file == Path(source[1]).resolve()
        return file.is_relative_to(Path(source).resolve())
    except (OSError, ValueError):
        return False


def _plugin_sources(agency: str | None) -> list[tuple[str, TemplateSource]]:
    """Each template source the plugins give, with the plugin's name (asked again, only when a
    document is refused: the search path itself does not keep the names)."""
    from .. import plugins

    pm = plugins.default_plugin_manager()
    if getattr(pm.hook, TEMPLATE_HOOK, None) is None:
        return []
    skip: frozenset[str] = frozenset()
    if agency is None:
        skip = frozenset(n for n, _ in pm.list_name_plugin() if n not in plugins.BUILTIN_PLUGINS)
    outcome = plugins.call_hook(
        pm,
        TEMPLATE_HOOK,
        {"agency_code": agency},
        lambda value: None,
        agency_code=agency,
        skip=skip,
    )
    found: list[tuple[str, TemplateSource]] = []
    for name, items in outcome.results:
        if isinstance(items, list | tuple):
            found.extend((name, item) for item in items)
    return found


def _describe(file: Path, origins: Origins) -> Text:
    path = os.fspath(file)
    for folder in origins.folders:
        if _within(file, folder):
            if origins.folders_from == "env":
                return M.ORIGIN_FOLDER_ENV(folder=os.fspath(folder), path=path)
            return M.ORIGIN_FOLDER_SETTINGS(folder=os.fspath(folder), path=path)
    if origins.given is not None:
        for source in origins.given:
            if _within(file, source):
                return M.ORIGIN_CALLER(path=path)
    for name, source in _plugin_sources(origins.agency):
        if _within(file, source) and not _within(file, BUILTIN_DIR):
            return M.ORIGIN_PLUGIN(name=name, hook=TEMPLATE_HOOK, path=path)
    return Text(id=path, en=path)


def _files_used(env: Any, name: str) -> list[tuple[str, Path]]:
    """The template files a render of ``name`` reads (its extends, includes and imports, named
    literally), each once: (template name, file)."""
    from jinja2 import meta

    seen: dict[str, Path] = {}
    pending = [name]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        try:
            source, filename, _ = env.loader.get_source(env, current)
        except Exception:
            continue
        seen[current] = Path(filename).resolve() if filename else Path(current)
        try:
            pending.extend(n for n in meta.find_referenced_templates(env.parse(source)) if n)
        except Exception:
            continue
    return list(seen.items())


def template_origin(env: Any, name: str, origins: Origins) -> Text:
    """Where the templates of a render came from: "built-in", or each file that is not."""
    foreign = [
        (used, file)
        for used, file in _files_used(env, name)
        if not used.startswith(BUILTIN_PREFIX + "/") and not _within(file, BUILTIN_DIR)
    ]
    if not foreign:
        return M.ORIGIN_BUILTIN(name=name, plugin=_builtin_name())
    described = [
        M.ORIGIN_FILE(used=used, origin=_describe(file, origins)) for used, file in foreign
    ]
    return Text(id="; ".join(d.id for d in described), en="; ".join(d.en for d in described))


def _builtin_name() -> str:
    from . import builtin_templates

    return builtin_templates.__name__


def verify_output(
    kind: str,
    template: str,
    fmt: OutputFormat,
    text: str,
    data: bytes | None,
    bundle: Bundle,
    context: Mapping[str, Any],
    origin: Callable[[], Text],
) -> None:
    """Raise `StatutoryContentError` when the output lacks a clause of ``template``'s printable.

    ``text``: the HTML (for html, docx and pdf: what the DOCX and the PDF are made from) or the
    Markdown; ``data``: the DOCX or PDF bytes, read back and checked too. ``origin``: called only
    when a clause is missing, to name where the templates came from.
    """
    if not clauses_for(template):
        return
    source_fmt = "md" if fmt == "md" else "html"
    visible = text_of_markdown(text) if fmt == "md" else text_of_html(text)
    checks: list[tuple[str, str | None]] = [(source_fmt, visible)]
    if fmt == "docx" and data is not None:
        checks.append(("docx", text_of_docx(data)))
    elif fmt == "pdf" and data is not None:
        checks.append(("pdf", text_of_pdf(data)))
    for where, content in checks:
        if content is None:
            continue  # no PDF text extractor installed: the HTML was checked
        missing = missing_clauses(template, content, where, bundle, context)
        if missing:
            raise StatutoryContentError(kind, bundle.source, missing, origin(), where)


def clauses_markdown() -> str:
    """The table of `CLAUSES` that docs/documents.md prints (a test keeps the two equal)."""
    lines = [
        "| Document | Clause (`code`) | Basis | Recognised in the output by |",
        "| --- | --- | --- | --- |",
    ]
    for clause in CLAUSES:
        documents = ", ".join(f"`{d}`" for d in clause.documents)
        title = f"{clause.title.id} / {clause.title.en} (`{clause.code}`)"
        recognised = f"{clause.recognised.id} / {clause.recognised.en}"
        cells = (documents, title, clause.basis, recognised)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"
