"""How the documents word the legal parts of a record: grounds, periods, outcomes, roles.

These are the template filters that turn model values into the phrases Indonesian forms use.
Where the agency wrote the text itself (a "Dasar Hukum" cell, a "Jangka Waktu" cell), its own
words are printed (``as_written``); the library only words what it has to compose.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..bahasa import angka_terbilang
from . import messages as M
from .indonesian import format_tanggal

#: The statutory time to object to the Atasan PPID after a refusal: UU 14/2008 Pasal 36 ayat (1)
#: ("paling lambat 30 (tiga puluh) hari kerja setelah ditemukannya alasan"), repeated by the
#: request form of PERKI 1/2021. Not configurable: the Undang-Undang fixes it for every agency.
OBJECTION_WORKING_DAYS = 30
OBJECTION_BASIS = "UU 14/2008 Pasal 35 ayat (1) dan Pasal 36 ayat (1)"


def dasar_hukum(ref: Any) -> str:
    """A ground reference (`harm.GroundRef`) as the Dasar Hukum column writes it.

    The agency's own text when it has one; otherwise the formal citation of each ground read
    from the code ("Pasal 17 huruf h angka 2 Undang-Undang Nomor 14 Tahun 2008 tentang
    Keterbukaan Informasi Publik"), with the other statute huruf j rests on ("jo. ...").
    A code that names no ground is printed as given (validation reports it, harm.validate).
    """
    written = getattr(ref, "as_written", None)
    if written and str(written).strip():
        return str(written).strip()
    from ..law import CitationError, parse_citation

    code = str(getattr(ref, "ground", ref))
    other = getattr(ref, "other_statute", None)
    try:
        citations = parse_citation(code)
    except CitationError:
        text = code
    else:
        if citations and citations[0].whole_letter:
            # A bare letter ("h") cites the whole letter, not each of its points.
            letter = citations[0].ground.letter
            text = M.LEGAL_GROUND_LETTER(letter=letter, statute=_uu_kip()).id
        else:
            text = "; ".join(dict.fromkeys(c.ground.formal_citation for c in citations))
    return M.LEGAL_GROUND_WITH_STATUTE(ground=text, statute=other).id if other else text


def _uu_kip() -> str:
    from ..law.grounds import UU_KIP_FORMAL

    return UU_KIP_FORMAL


def jangka_waktu(period: Any, start: dt.date | None = None) -> str:
    """An exemption period (`harm.period.ExemptionPeriod`) as the Jangka Waktu column writes it.

    The agency's own wording when recorded; otherwise composed: "sampai dengan 31 Desember
    2030", "5 (lima) tahun sejak ditetapkan (sampai dengan 17 Maret 2030)" when the date of the
    Penetapan (``start``) is known, "sampai <event>, paling lama 30 (tiga puluh) tahun", "selama
    dibutuhkan; ditinjau kembali pada 17 Maret 2026". None: an empty cell (harm.validate reports
    a missing period where the law requires one).
    """
    if period is None:
        return ""
    written = getattr(period, "as_written", None)
    if written and str(written).strip():
        return str(written).strip()
    kind = getattr(type(period), "KIND", "")
    if kind == "until_date":
        return M.LEGAL_PERIOD_UNTIL(date=format_tanggal(period.until, with_day=False)).id
    if kind == "years":
        text = M.LEGAL_PERIOD_YEARS(years=angka_terbilang(period.years)).id
        if start is not None:
            end = format_tanggal(period.ends_on(start), with_day=False)
            text += M.LEGAL_PERIOD_YEARS_ENDS(date=end).id
        return text
    if kind == "until_event":
        text = M.LEGAL_PERIOD_EVENT(event=period.event).id
        if period.at_most_years is not None:
            years = angka_terbilang(period.at_most_years)
            text += M.LEGAL_PERIOD_EVENT_AT_MOST(years=years).id
        return text
    if kind == "as_long_as_needed":
        text = M.LEGAL_PERIOD_NEEDED().id
        if period.review_on is not None:
            review = format_tanggal(period.review_on, with_day=False)
            text += M.LEGAL_PERIOD_NEEDED_REVIEW(date=review).id
        return text
    return str(period)


# The forms are Indonesian: each label's Bahasa Indonesia, by the value it names.
_OUTCOME = {m.variant: m().id for m in M.MESSAGES["legal.outcome"].values()}
_ROLE = {m.variant.replace("_", "-"): m().id for m in M.MESSAGES["legal.role"].values()}


def outcome_label(outcome: Any) -> str:
    """ "Dikecualikan seluruhnya" / "Dikecualikan sebagian ..." / "Dibuka (Informasi Publik)"."""
    value = getattr(outcome, "value", outcome)
    return _OUTCOME.get(str(value), str(value))


def role_label(role: Any) -> str:
    """The role as forms name it under a signature ("Pimpinan Badan Publik")."""
    if role is None:
        return ""
    value = getattr(role, "value", role)
    return _ROLE.get(str(value), str(value))


def dokumen(documents: Any) -> str:
    """The documents holding the information, one per line: "Judul Nomor ... tanggal ..."."""
    lines = []
    for doc in documents or ():
        parts = [str(doc.title)]
        if getattr(doc, "number", None):
            parts.append(M.LEGAL_DOCUMENT_NUMBER(number=doc.number).id)
        if getattr(doc, "date", None):
            parts.append(M.LEGAL_DOCUMENT_DATE(date=format_tanggal(doc.date, with_day=False)).id)
        lines.append(" ".join(parts))
    return "\n".join(lines)


def withheld_lines(row: Any) -> list[str]:
    """The blacked-out parts of a partly exempt item: "part — reason" (Pasal 50 ayat (2))."""
    return [
        M.LEGAL_WITHHELD(part=w.part, reason=w.reason).id
        if getattr(w, "reason", None)
        else str(w.part)
        for w in getattr(row, "withheld_parts", ()) or ()
    ]


def prefix(value: Any, text: str) -> str:
    """``"x"|prefix("Dokumen: ")`` -> "Dokumen: x" (for ``map`` in templates)."""
    return f"{text}{value}"


def blank(value: Any, width: int = 20) -> str:
    """The value, or a dotted blank to fill in by hand when the record has none.

    Forms print "……" where a detail is still to be written; a document rendered from a
    draft record shows the gap instead of inventing a value.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return "." * width
    return str(value)


FILTERS = {
    "dasar_hukum": dasar_hukum,
    "jangka_waktu": jangka_waktu,
    "outcome_label": outcome_label,
    "role_label": role_label,
    "dokumen": dokumen,
    "withheld_lines": withheld_lines,
    "prefix": prefix,
    "blank": blank,
}
