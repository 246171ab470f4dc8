"""Two offices the law keeps apart, held by one person: the PPID and his Atasan.

The Atasan PPID is the PPID's superior (PERKI 1/2021 Pasal 1 angka 10). He approves the PPID's
decision on the consequence test and on a refusal (Pasal 10 ayat (2) huruf e-f), and he hears
the requester's objection against the PPID's refusal and answers it (UU 14/2008 Pasal 35 ayat
(1), Pasal 36 ayat (2)). One person in both offices approves his own decision and would judge
the objection against himself: the requester's first remedy is emptied. What this module
requires (docs/case.md, "The formalities of the records"), an error:

- ``case.power.own_superior``: the person who acts in the case as Atasan PPID (a Lembar's
  approval, or an event's actor, in the role ``atasan-ppid``) also acts as the PPID: he signs the
  refusal letter or the Penetapan in a PPID role, is the Penetapan's PPID, or is the actor of
  an event in a PPID role (``ppid``, ``ppid-pelaksana``). The same person is read as
  `formalities.same_person` reads him (the name without titles, or the NIP where both records
  carry one). A Lembar approved in the name of the PPID among its own makers is already
  ``case.approval.by_maker`` and is not reported twice. The pimpinan who signs the Penetapan as
  his decree (KASN's Ketua, also its Atasan PPID) acts as pimpinan, not as PPID, and is not a
  finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial

from ..findings import Finding
from ..harm import Role
from ..i18n import Text
from ..rules import ComplianceRule, core_rule
from ..sop import ActorRole
from . import messages as M
from .codes import POWER_OWN_SUPERIOR
from .formalities import check_approvals, same_person
from .model import Case
from .paths import sheets_of

__all__ = ["OFFICE_RULES", "check_own_superior"]

_PPID_ROLES = frozenset({Role.PPID, Role.PPID_PELAKSANA})

#: One appearance of a person in the case: the field that names him, his name, NIP, and what
#: the record makes him (words made only for a finding: most cases have none).
Appearance = tuple[str, str, str | None, Callable[[], Text]]


def _as_atasan(case: Case) -> Iterator[Appearance]:
    """Where the case names someone as the Atasan PPID, leaving out an approval that
    ``case.approval.by_maker`` already reports."""
    approvals = [
        (path, sheet.approval)
        for path, sheet in sheets_of(case)
        if sheet.approval is not None and sheet.approval.role == Role.ATASAN_PPID
    ]
    if approvals:
        flagged = {finding.field for finding in check_approvals(case=case)}
        for path, approval in approvals:
            field = f"{path}.approval.name"
            if field not in flagged:
                yield (
                    field,
                    approval.name,
                    approval.nip,
                    partial(M.OFFICE_APPROVER.format, path=path),
                )
    for i, event in enumerate(case.events):
        actor = getattr(event, "actor", None)
        if actor is not None and actor.role == Role.ATASAN_PPID:
            yield (
                f"events[{i}].actor.name",
                actor.name,
                actor.nip,
                partial(M.OFFICE_ACTOR.format, kind=event.KIND, index=i),
            )


def _ppid(role: ActorRole | None) -> bool:
    return role in _PPID_ROLES


def _as_ppid(case: Case) -> Iterator[Appearance]:
    """Where the case names someone as the PPID: the refusal's signatory, the Penetapan's PPID
    and signatory, an event's actor, each in a PPID role."""
    for d, doc in enumerate(case.documents):
        signed = doc.refusal.signed_by if doc.refusal is not None else None
        if signed is not None and _ppid(signed.role):
            yield (
                f"documents[{d}].refusal.signed_by.name",
                signed.name,
                signed.nip,
                partial(M.OFFICE_REFUSAL_SIGNATORY.format, document=doc.id),
            )
    penetapan = case.penetapan
    if penetapan is not None:
        if penetapan.ppid is not None and penetapan.ppid.role in (None, *_PPID_ROLES):
            yield (
                "penetapan.ppid.name",
                penetapan.ppid.name,
                penetapan.ppid.nip,
                lambda: M.OFFICE_PPID,
            )
        if penetapan.signature is not None and _ppid(penetapan.signature.role):
            yield (
                "penetapan.signature.name",
                penetapan.signature.name,
                penetapan.signature.nip,
                lambda: M.OFFICE_PENETAPAN_SIGNATORY,
            )
    for i, event in enumerate(case.events):
        actor = getattr(event, "actor", None)
        if actor is not None and _ppid(actor.role):
            yield (
                f"events[{i}].actor.name",
                actor.name,
                actor.nip,
                partial(M.OFFICE_ACTOR.format, kind=event.KIND, index=i),
            )


def check_own_superior(*, case: Case) -> Iterable[Finding]:
    """``case.power.own_superior``: one finding per person who is both, at his first record as
    the PPID, naming his first record as the Atasan."""
    atasan = list(_as_atasan(case))
    if not atasan:
        return
    # One person appears in many records: each distinct name and NIP is compared once.
    superior_of: dict[tuple[str, str | None], Appearance | None] = {}
    reported: list[Appearance] = []
    for field, name, nip, what in _as_ppid(case):
        key = (name, nip)
        if key not in superior_of:
            superior_of[key] = next(
                (a for a in atasan if same_person(name, a[1], nip, a[2])),
                None,
            )
        superior = superior_of[key]
        if superior is None or any(same_person(name, r[1], nip, r[2]) for r in reported):
            continue
        reported.append((field, name, nip, what))
        yield POWER_OWN_SUPERIOR(
            M.POWER_OWN_SUPERIOR(name=name, ppid=what(), atasan=superior[3]()),
            field=field,
        )


#: The rule of this module, registered at the end of `core_rules.CORE_RULES`.
OFFICE_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.offices",
        check_own_superior,
        "UU 14/2008 Pasal 35 ayat (1), Pasal 36 ayat (2); PERKI 1/2021 Pasal 1 angka 10, "
        "Pasal 10 ayat (2) huruf e-f",
        (
            "PPID dan Atasan PPID bukan orang yang sama",
            "the PPID and the Atasan PPID are not the same person",
        ),
        "case.power.own_superior",
        origin="statute",
    ),
)
