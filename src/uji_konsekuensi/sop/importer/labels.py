"""The identity labels of the SOP AP form (Nomor SOP, Tanggal Pembuatan, Dasar Hukum, ...) and how
a cell is recognised as one. Shared by the table reader (`grid`, for text laid out by a PDF tool)
and the layout reader (`layout`), so that neither imports the other.
"""

from __future__ import annotations

import re

from .cells import clean_cell

__all__ = ["LIST_FIELDS", "SCALAR_LABELS", "is_label", "label_of"]

SCALAR_LABELS: dict[str, re.Pattern[str]] = {
    "number": re.compile(r"(nomor|no\.?)\s*sop", re.I),
    "created_text": re.compile(r"(tanggal|tgl\.?)\s*pembuatan", re.I),
    "revised_text": re.compile(r"(tanggal|tgl\.?)\s*revisi", re.I),
    "effective_text": re.compile(r"(tanggal|tgl\.?)\s*efektif", re.I),
    "approved_by": re.compile(r"disahkan\s*oleh", re.I),
    "title": re.compile(r"nama\s*sop", re.I),
}
#: The list fields of the identity, in the order of the SOP AP form.
LIST_FIELDS: dict[str, re.Pattern[str]] = {
    "legal_basis": re.compile(r"dasar\s*hukum", re.I),
    "qualifications": re.compile(r"kualifikasi\s*pelaksana", re.I),
    # "KETERIKATAN" is how one seed spells it; the label is recognised, the text is not changed.
    "related": re.compile(r"keter(kaitan|ikatan)", re.I),
    "equipment": re.compile(r"peralatan\s*/?\s*perlengkapan", re.I),
    "warnings": re.compile(r"peringatan", re.I),
    "records": re.compile(r"pencatatan\s*(dan|&)\s*pendataan", re.I),
}


def is_label(cell: str) -> bool:
    """Whether a cell is an identity label of the SOP AP form (exactly, or followed by text)."""
    return label_of(cell) is not None


def label_of(cell: str) -> tuple[str, bool] | None:
    """(field, exact) when the cell is an identity label; exact is False when text follows it."""
    text = clean_cell(cell).rstrip(":").strip()
    if not text:
        return None
    for field, pattern in (*SCALAR_LABELS.items(), *LIST_FIELDS.items()):
        if pattern.fullmatch(text):
            return field, True
    for field, pattern in LIST_FIELDS.items():
        m = pattern.match(text)
        if m and m.end() < len(text):
            return field, False
    return None
