"""The kinds of document an agency's SOP steps produce (hook `uji_agency_documents`).

Each SOP for the uji konsekuensi ends in paper: a *Lembar Pengujian Konsekuensi*, a *Penetapan
Daftar Informasi yang Dikecualikan* (PERKI 1/2021 Pasal 49-50), a *Surat Keputusan PPID* on a
request (UU 14/2008 Pasal 22 ayat (7)), a *Surat Pemberitahuan Tertulis*. Agencies call them by
their own names, so a plugin declares each kind once, with the agency's title, an English title,
the rule that requires it (when there is one) and the SOP steps that produce it. The documents
package renders them, and the case checker checks that a step's document was recorded: both by
the code declared here, never by the agency's wording.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from .field_checks import nonblank, slug


def _to_steps(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


def _check_steps(instance: Any, attribute: attrs.Attribute[tuple[int, ...]], value: Any) -> None:
    bad = [n for n in value if isinstance(n, bool) or not isinstance(n, int) or n < 1]
    if bad:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected SOP step numbers "
            f"(integers >= 1), got {bad[0]!r}"
        )
    if len(set(value)) != len(value):
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: a step is listed twice in {value!r}"
        )


@attrs.frozen(kw_only=True)
class DocumentKind:
    """One kind of document an agency's SOP produces.

    ``code``: stable slug, unique within the agency ("lembar-uji").
    ``title``: the title in Bahasa Indonesia as the agency writes it ("Lembar Pengujian
    Konsekuensi"). ``title_en``: an English title. ``basis``: the Pasal or rule that requires
    the document ("PERKI 1/2021 Pasal 49"), or None when only the agency's SOP asks for it.
    ``produced_by_steps``: the numbers of the SOP steps whose output is this document: the case
    checker requires it among the documents each of those steps records (case/compiled_sop.py).
    ``required_by_steps``: the numbers of the SOP steps that need this document as kelengkapan:
    the checker requires it to exist (made by an earlier step) before such a step starts.
    Both are declared, never guessed from titles; ``uji-konsekuensi sop CODE`` and ``plan`` show
    them per step.
    """

    code: str = attrs.field(validator=slug("lembar-uji"))
    title: str = attrs.field(validator=nonblank)
    title_en: str = attrs.field(validator=nonblank)
    basis: str | None = None
    produced_by_steps: tuple[int, ...] = attrs.field(
        default=(), converter=_to_steps, validator=_check_steps
    )
    required_by_steps: tuple[int, ...] = attrs.field(
        default=(), converter=_to_steps, validator=_check_steps
    )


def step_documents(
    documents: Iterable[DocumentKind], step: int
) -> tuple[tuple[DocumentKind, ...], tuple[DocumentKind, ...]]:
    """The kinds a step requires and produces, as the plugin declares them
    (``required_by_steps``, ``produced_by_steps``): what ``sop`` and ``plan`` show per step."""
    kinds = tuple(documents)
    return (
        tuple(k for k in kinds if step in k.required_by_steps),
        tuple(k for k in kinds if step in k.produced_by_steps),
    )
