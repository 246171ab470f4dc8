"""The formalities of a case's records: who signed, when, and in whose hands.

A record whose form is wrong in substance is not the record the law requires, however
complete its content. What this module requires (docs/case.md, "The formalities of the
records"), each an error:

- ``case.refusal.unsigned``, ``case.refusal.no_objection_addressee``: a refusal letter is the
  PPID's signed decision (UU 14/2008 Pasal 22 ayat (7) huruf c; PERKI 1/2021 Pasal 34 and its
  format) and says to whom the objection goes (UU 14/2008 Pasal 35 ayat (1), Pasal 36 ayat
  (1)); the other missing elements of the letter stay `case.refusal.incomplete`, a warning;
- ``case.lembar.document_after_test``: a tested item's source document is not dated after its
  Lembar: the test examines the documents (PERKI 1/2021 Pasal 49 ayat (2) huruf a), and one
  made later was not examined;
- ``case.penetapan.signed_after_date``, ``case.penetapan.signed_after_refusal``: the
  Penetapan's signature bears its one date (Pasal 49 ayat (5) huruf f) and comes before the
  refusal that rests on it (Pasal 34 ayat (2));
- ``case.requester.decides``: in a request case the requester is not the official who decides
  on it (UU 30/2014 Pasal 42 ayat (1)-(2): an official with a conflict of interest may not
  decide; UU 14/2008 Pasal 22 ayat (7));
- ``case.approval.by_maker``: a Lembar is not approved in the name of the PPID who made it
  (PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e: another, higher
  official approves).

**Who is the same person.** Two names are the same person when they are equal once case,
spacing and punctuation are ignored, the academic titles after the first comma are dropped
("Rina Marlina, S.I.Kom.") and the honorifics and titles before the name (`HONORIFICS`: "Drs.
H.", "Prof. Dr.", "Bapak") are dropped; or when both carry a NIP and the NIPs are equal. The
checker never reads two different names as one person: a nickname or a misspelling is not
matched, so no finding rests on a guess. A NIP that differs does not clear a name that is the
same: a record that names the PPID as his own approver is wrong whatever NIP it copies beside
the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..findings import Finding
from ..harm import ConsequenceTestSheet, Official, Role, Signature
from ..i18n import Text
from ..rules import ComplianceRule, core_rule
from ..text_memo import per_text
from . import messages as M
from .codes import (
    APPROVAL_BY_MAKER,
    LEMBAR_DOCUMENT_AFTER_TEST,
    PENETAPAN_SIGNED_AFTER_DATE,
    PENETAPAN_SIGNED_AFTER_REFUSAL,
    REFUSAL_NO_OBJECTION_ADDRESSEE,
    REFUSAL_UNSIGNED,
    REQUESTER_DECIDES,
)
from .model import (
    Case,
    ExemptionDeclared,
    ExpiryDeclared,
    Extension,
    NoticeSent,
    Paused,
    Person,
    RequestTrigger,
)
from .paths import sheets_of

__all__ = [
    "FORMALITY_RULES",
    "HONORIFICS",
    "check_approvals",
    "check_lembar_formalities",
    "check_penetapan_signature",
    "check_refusal_formalities",
    "check_requester_decides",
    "person_key",
    "same_person",
]

#: The words before a name that are titles or forms of address, not the name: academic
#: (Prof., Dr., Drs., Dra., Ir.), religious (H., Hj., K.H.) and courtesy (Bapak, Ibu, Sdr.).
#: Titles after the name follow a comma in Indonesian usage and are dropped with it.
HONORIFICS: frozenset[str] = frozenset(
    {
        "prof",
        "dr",
        "drs",
        "dra",
        "ir",
        "h",
        "hj",
        "kh",
        "k",
        "bapak",
        "bpk",
        "ibu",
        "sdr",
        "sdri",
        "saudara",
        "saudari",
        "tuan",
        "nyonya",
        "ny",
    }
)

#: The acts by which an official decides on a request (the PPID's or his officer's), whose
#: actor the requester may not be. `Resumed` is not among them: the requester resumes his own
#: request by completing it (PERKI 1/2021 Pasal 33).
_DECISIVE = (ExemptionDeclared, NoticeSent, Paused, Extension, ExpiryDeclared)

#: The roles that make a consequence test: the PPID and the PPID pelaksana (PERKI 1/2021
#: Pasal 49 ayat (3)).
_MAKERS = frozenset({Role.PPID, Role.PPID_PELAKSANA})


@per_text()
def person_key(name: str) -> str:
    """A person's name as compared: without the titles after the first comma, without the
    honorifics before the name, case, spacing and punctuation ignored.

    Remembered per name: the requester's name is compared with every official who decides, and
    an agency's officials sign case after case."""
    head = name.split(",", 1)[0]
    words = re.sub(r"[^\w\s]", " ", head).casefold().split()
    while words and words[0] in HONORIFICS and len(words) > 1:
        words.pop(0)
    return " ".join(words)


def same_person(a: str, b: str, nip_a: str | None = None, nip_b: str | None = None) -> bool:
    """Whether two records name one person: the same name (`person_key`), or the same NIP
    where both carry one."""
    if nip_a and nip_b and "".join(nip_a.split()) == "".join(nip_b.split()):
        return True
    key = person_key(a)
    return bool(key) and key == person_key(b)


# --- the refusal letter -----------------------------------------------------------------------


def check_refusal_formalities(*, case: Case) -> Iterable[Finding]:
    """A refusal letter is signed and names to whom the objection goes."""
    for d, doc in enumerate(case.documents):
        letter = doc.refusal
        if letter is None:
            continue
        where = f"documents[{d}].refusal"
        if letter.signed_by is None:
            yield REFUSAL_UNSIGNED(
                M.REFUSAL_UNSIGNED(document=doc.id),
                field=f"{where}.signed_by",
            )
        if not (letter.objection_to or "").strip():
            yield REFUSAL_NO_OBJECTION_ADDRESSEE(
                M.REFUSAL_NO_OBJECTION_ADDRESSEE(document=doc.id),
                field=f"{where}.objection_to",
            )


# --- the Lembar -------------------------------------------------------------------------------


def check_lembar_formalities(*, case: Case) -> Iterable[Finding]:
    """No tested item's source document is dated after its Lembar. (A Lembar without its
    place is `harm.sheet.place_missing`, an error of the sheet's own elements.)"""
    for path, sheet in sheets_of(case):
        if sheet.date is None:
            continue
        for r, row in enumerate(sheet.rows):
            for k, source in enumerate(row.documents):
                if source.date is not None and source.date > sheet.date:
                    yield LEMBAR_DOCUMENT_AFTER_TEST(
                        M.LEMBAR_DOCUMENT_AFTER_TEST(
                            title=source.title,
                            date=source.date.isoformat(),
                            tested=sheet.date.isoformat(),
                        ),
                        field=f"{path}.rows[{r}].documents[{k}].date",
                    )


# --- the Penetapan's signature ----------------------------------------------------------------


def _number_key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def check_penetapan_signature(*, case: Case) -> Iterable[Finding]:
    """The Penetapan is signed on its own date, and not after a refusal letter that names it.

    A Penetapan whose own date is after the refusal is `case.penetapan.after_refusal`
    (case/instruments.py); this rule adds the signature that comes later than a date that
    does not, so one wrong date is reported once."""
    penetapan = case.penetapan
    if penetapan is None or penetapan.signature is None or penetapan.signature.date is None:
        return
    signed = penetapan.signature.date
    if penetapan.date is not None and signed > penetapan.date:
        yield PENETAPAN_SIGNED_AFTER_DATE(
            M.PENETAPAN_SIGNED_AFTER_DATE(
                date=penetapan.date.isoformat(), signed=signed.isoformat()
            ),
            field="penetapan.signature.date",
        )
    number = _number_key(penetapan.number)
    if not number:
        return
    for doc in case.documents:
        letter = doc.refusal
        if letter is None or _number_key(letter.penetapan) != number or signed <= doc.date:
            continue
        if penetapan.date is not None and penetapan.date > doc.date:
            continue  # its own date is after the refusal: case.penetapan.after_refusal
        yield PENETAPAN_SIGNED_AFTER_REFUSAL(
            M.PENETAPAN_SIGNED_AFTER_REFUSAL(
                number=penetapan.number,
                signed=signed.isoformat(),
                document=doc.id,
                date=doc.date.isoformat(),
            ),
            field="penetapan.signature.date",
        )


# --- the hands: the requester and the approver ------------------------------------------------


def _deciders(case: Case) -> Iterator[tuple[str, str, Text, dict[str, str] | None]]:
    """Every official named as deciding on the case, with the field that names him, and what he
    is named as (a template and its values, filled only for a finding: the requester is rarely
    among them)."""
    for i, event in enumerate(case.events):
        if isinstance(event, _DECISIVE):
            yield (
                f"events[{i}].actor.name",
                event.actor.name,
                M.DECIDER_ACTOR,
                {"kind": event.KIND},
            )
    for d, doc in enumerate(case.documents):
        if doc.refusal is not None and doc.refusal.signed_by is not None:
            yield (
                f"documents[{d}].refusal.signed_by.name",
                doc.refusal.signed_by.name,
                M.DECIDER_REFUSAL_SIGNATORY,
                None,
            )
    penetapan = case.penetapan
    if penetapan is not None:
        if penetapan.ppid is not None:
            yield ("penetapan.ppid.name", penetapan.ppid.name, M.DECIDER_PPID, None)
        if penetapan.signature is not None:
            yield (
                "penetapan.signature.name",
                penetapan.signature.name,
                M.DECIDER_PENETAPAN_SIGNATORY,
                None,
            )
    for path, sheet in sheets_of(case):
        if sheet.approval is not None:
            yield (
                f"{path}.approval.name",
                sheet.approval.name,
                M.DECIDER_APPROVER,
                {"path": path},
            )
        for p, official in enumerate(sheet.participants):
            yield (
                f"{path}.participants[{p}].name",
                official.name,
                M.DECIDER_PARTICIPANT,
                {"path": path},
            )


def check_requester_decides(*, case: Case) -> Iterable[Finding]:
    """In a request case, the requester is none of the officials who decide on it."""
    trigger = case.trigger
    if not isinstance(trigger, RequestTrigger):
        return
    requester = trigger.requester.name
    for field, name, template, values in _deciders(case):
        if not same_person(name, requester):
            continue
        what = template if values is None else template.format(**values)
        yield REQUESTER_DECIDES(
            M.REQUESTER_DECIDES(requester=requester, what=what),
            field=field,
        )


def _makers(case: Case, path: str, sheet: ConsequenceTestSheet) -> list[Official | Person]:
    makers: list[Official | Person] = [p for p in sheet.participants if p.role in _MAKERS]
    if path.startswith("penetapan.") and case.penetapan and case.penetapan.ppid is not None:
        makers.append(case.penetapan.ppid)
    return makers


def _same(approval: Signature, maker: Official | Person) -> bool:
    return same_person(approval.name, maker.name, approval.nip, maker.nip)


def check_approvals(*, case: Case) -> Iterable[Finding]:
    """No Lembar is approved in the name of a PPID who made it."""
    for path, sheet in sheets_of(case):
        approval = sheet.approval
        if approval is None:
            continue
        maker = next((m for m in _makers(case, path, sheet) if _same(approval, m)), None)
        if maker is None:
            continue
        yield APPROVAL_BY_MAKER(
            M.APPROVAL_BY_MAKER(path=path, approver=approval.name, maker=maker.name),
            field=f"{path}.approval.name",
        )


#: The rules of this module, registered at the end of `core_rules.CORE_RULES`.
FORMALITY_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.formalities.refusal",
        check_refusal_formalities,
        "UU 14/2008 Pasal 22 ayat (7) huruf c, Pasal 35 ayat (1), Pasal 36 ayat (1); "
        "PERKI 1/2021 Pasal 34",
        (
            "surat penolakan ditandatangani PPID dan menyebut kepada siapa keberatan diajukan",
            "a refusal letter is signed by the PPID and says to whom the objection goes",
        ),
        "case.refusal.unsigned case.refusal.no_objection_addressee",
        origin="statute",
    ),
    core_rule(
        "core.formalities.lembar",
        check_lembar_formalities,
        "PERKI 1/2021 Pasal 49 ayat (2) huruf a",
        (
            "Lembar tidak memuat dokumen sumber yang dibuat setelah pengujian",
            "a Lembar examines no source document made after the test",
        ),
        "case.lembar.document_after_test",
        origin="regulation",
    ),
    core_rule(
        "core.formalities.penetapan-signature",
        check_penetapan_signature,
        "PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (5) huruf f",
        (
            "Penetapan ditandatangani pada tanggalnya, sebelum penolakan yang didasarkan padanya",
            "the Penetapan is signed on its date, before the refusal that rests on it",
        ),
        "case.penetapan.signed_after_date case.penetapan.signed_after_refusal",
        origin="regulation",
    ),
    core_rule(
        "core.formalities.requester",
        check_requester_decides,
        "UU 30/2014 Pasal 42 ayat (1)-(2); UU 14/2008 Pasal 22 ayat (7)",
        (
            "pemohon tidak memutus permohonannya sendiri",
            "the requester does not decide on his own request",
        ),
        "case.requester.decides",
        origin="statute",
    ),
    core_rule(
        "core.formalities.approval",
        check_approvals,
        "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e",
        (
            "Lembar tidak disetujui oleh PPID yang membuatnya",
            "a Lembar is not approved by the PPID who made it",
        ),
        "case.approval.by_maker",
        origin="regulation",
    ),
)
