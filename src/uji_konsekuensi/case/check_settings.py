"""`CheckSettings`: what an agency may tune in the compliance check (docs/case.md, "Readings we
chose"). Its own module: a public name, imported by the checker, the state and the service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

import attrs

from ..document_kinds import DocumentKind
from ..harm import ValidationSettings
from ..sop import Role, TriggerKind
from .clock import PauseRule
from .powers import POWERS

__all__ = [
    "COMMON_DOCUMENT_KINDS",
    "STANDING_DOCUMENT_KINDS",
    "CheckSettings",
    "common_document_kinds",
]

#: Document kinds that exist before any request by nature, so a step may rely on them whatever
#: their date: the Daftar Informasi yang Dikecualikan and Daftar Informasi Publik (PERKI 1/2021
#: Pasal 45 ayat (7): updated every six months, before and apart from any request) and an
#: earlier Penetapan or SK of classification (PERKI 1/2021 Pasal 49 ayat (1) huruf a, ayat (4)).
#: The slugs the agencies' plugins use for them; an agency adds its own in `CheckSettings`.
STANDING_DOCUMENT_KINDS: tuple[str, ...] = (
    "dik",
    "dip",
    "penetapan-klasifikasi",
    "sk-klasifikasi",
    "keputusan-klasifikasi",
)


#: Document kinds a case may carry whatever its agency declares, so that the contract lists
#: them and a portal can offer them (`uji_konsekuensi.portal_contract`): in a request case, the
#: requester's identity, the PPID's refusal and the extension notice under the names ``sample``
#: writes them (an agency may declare its own, e.g. Kalbar's ``surat-penolakan``); in any case,
#: the Penetapan
#: in the form of PERKI 1/2021 Lampiran III (`instruments.GENERIC_PENETAPAN_KIND`), which a case
#: gives its Penetapan when the agency declares none of its own. An agency that declares a kind
#: of the same code keeps its own. No step makes them, so the checker requires none of them.
COMMON_DOCUMENT_KINDS: tuple[tuple[DocumentKind, TriggerKind | None], ...] = (
    (
        DocumentKind(
            code="identitas-pemohon",
            title="Identitas pemohon (salinan kartu identitas, akta badan hukum)",
            title_en="The requester's identity (a copy of the identity card, the legal "
            "entity's deed)",
            # The register records who asks (ayat (2)); a document the requester brings may
            # predate the request (case/powers.py, "brought by the requester").
            basis="UU 14/2008 Pasal 1 angka 12, Pasal 22 ayat (2)-(3)",
        ),
        "request",
    ),
    (
        DocumentKind(
            code="surat-keputusan-penolakan",
            title="Surat keputusan PPID tentang penolakan permintaan informasi",
            title_en="The PPID's decision refusing the request for information",
            basis="UU 14/2008 Pasal 22 ayat (7) huruf c; PERKI 1/2021 Pasal 34",
        ),
        "request",
    ),
    (
        DocumentKind(
            code="surat-perpanjangan",
            title="Surat pemberitahuan perpanjangan jangka waktu",
            title_en="Notice extending the time to answer",
            basis="UU 14/2008 Pasal 22 ayat (8); PERKI 1/2021 Pasal 36",
        ),
        "request",
    ),
    (
        DocumentKind(
            code="penetapan-klasifikasi",
            title="Penetapan tentang Klasifikasi Informasi yang Dikecualikan",
            title_en="Penetapan on the classification of exempt information",
            basis="PERKI 1/2021 Pasal 49 ayat (4)-(5), Lampiran III",
        ),
        None,
    ),
)


def common_document_kinds(trigger: TriggerKind) -> tuple[DocumentKind, ...]:
    """The `COMMON_DOCUMENT_KINDS` a case of this trigger may carry."""
    return tuple(kind for kind, only in COMMON_DOCUMENT_KINDS if only in (None, trigger))


def _roles(roles: Iterable[Role | str]) -> tuple[Role, ...]:
    # "atasan-ppid" as well as Role.ATASAN_PPID; an unknown role is a ValueError naming it.
    return tuple(Role(role) for role in roles)


def _power_pairs(pairs: Iterable[tuple[str, Role | str]]) -> tuple[tuple[str, Role], ...]:
    # ("notice_sent", "petugas") as well as ("notice_sent", Role.PETUGAS); an act the table of
    # powers does not have is refused (a misspelt act would delegate nothing, silently).
    acts = {p.key for p in POWERS if p.roles is not None}
    out = tuple((str(act), Role(role)) for act, role in pairs)
    unknown = sorted({act for act, _ in out} - acts)
    if unknown:
        raise ValueError(
            f"CheckSettings.delegated_powers: unknown act(s) {unknown}; expected one of "
            f"{sorted(acts)}"
        )
    return out


@attrs.frozen(kw_only=True)
class CheckSettings:
    """What an agency may tune in the check (each default is explained in docs/case.md).

    ``step_clock``: a step's waktu counts from when the step became ready ("ready", default) or
    from its own start ("started"). ``pause``: how a wait for the requester counts (see
    `uji_konsekuensi.case.clock`). ``at``: also report what is overdue at this moment (an open
    case checked "as of now"); None checks only what the log records. ``harm``: settings of the
    consequence-test validation. ``validate_records``: validate the consequence-test records
    with `uji_konsekuensi.harm.validate` (a portal that validates each record when it is saved
    may skip it in a bulk check; the case rules about the records still run). ``agency_rules``:
    run the agency plugins' extra rules.

    Who may act and sign (the table of powers, `uji_konsekuensi.case.powers`; docs/case.md, "Who
    may do what, and when"): ``penetapan_signers``: the roles besides the PPID (and a PPID
    Pelaksana) that may sign the Penetapan and declare the exemption; by default the Pimpinan,
    for an agency that issues it as the head's decree (KASN's SK Ketua); add
    ``Role.ATASAN_PPID`` where the Atasan PPID signs it. ``delegated_powers``: more (act, role)
    pairs an agency's own regulation grants, e.g. ``("notice_sent", Role.PETUGAS)`` where the
    petugas sends the PPID's notice; an act is a key of `powers.POWERS`.
    ``requester_document_kinds``: document kinds the requester brings, which may be dated before
    the request (besides what the log shows the requester brought: the inputs of the
    requester's own steps and the documents of ``resumed``). ``standing_document_kinds``:
    document kinds that exist before a request by nature (an earlier DIK or Penetapan), which a
    step may rely on whatever their date.
    """

    step_clock: Literal["ready", "started"] = "ready"
    pause: PauseRule = "stop_clock"
    at: dt.datetime | None = None
    harm: ValidationSettings | None = None
    validate_records: bool = True
    agency_rules: bool = True
    penetapan_signers: tuple[Role, ...] = attrs.field(default=(Role.PIMPINAN,), converter=_roles)
    delegated_powers: tuple[tuple[str, Role], ...] = attrs.field(default=(), converter=_power_pairs)
    requester_document_kinds: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    standing_document_kinds: tuple[str, ...] = attrs.field(
        default=STANDING_DOCUMENT_KINDS, converter=tuple
    )
