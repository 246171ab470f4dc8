"""The references a case's records make: the numbers, bodies, items and papers they name.

A record that names another request, another Lembar, another body or another item is not the
record of this case, however complete it is. The consequence test and its Penetapan are about
the body's own information (UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 49 ayat (5) huruf b), the
request is known by the registration number given to it (UU 14/2008 Pasal 22 ayat (4)), the
pause rests on the surat keterangan tidak lengkap (PERKI 1/2021 Pasal 31 ayat (2), Pasal 33), and
the expiry of an exemption is declared by the PPID's penetapan, for an item whose period ends on
the day declared (PP 61/2010 Pasal 11). What this module requires (docs/case.md, "The references
a case's records make"):

- ``case.reference.request_number``: a document of a request-form kind bears the trigger's
  ``registration_number`` (when it bears a number at all);
- ``case.reference.lembar_number``: a document of a Lembar kind bears the number of a Lembar of
  the case (``tests[i].number`` or ``penetapan.sheets[j].number``), when any Lembar is numbered;
- ``case.reference.body``: every Lembar's and the Penetapan's ``badan_publik`` is the agency
  (`AgencyInfo.name` or one of its declared `AgencyInfo.aliases`);
- ``case.reference.pause_document``: a pause's document is not a record of another kind, and is
  of the agency's kind for the surat keterangan tidak lengkap where it declares one;
- ``case.reference.expiry_document``: an expiry declaration's document is not a record of another
  kind (the Penetapan that exempts, a Lembar, the request form, the letter of a pause), and is
  of the agency's kind for the penetapan that opens information where it declares one;
- ``case.reference.expiry_not_exempt``, ``case.reference.expiry_date``,
  ``case.reference.expiry_unverifiable``: the declared item was exempt, and its period ends on
  the day declared;
- ``case.reference.closed_with_parts``: an item closed as a whole records no part blacked out
  and no part given;
- ``case.reference.branch_outcome``: a notice that withholds does not follow the SOP decision's
  branch that gives the information (`disclosing_branch`).

**Which branch gives.** A decision's branches carry their condition as the SOP writes it
(`sop.Branch.condition`: Kalbar step 4 "tidak bersifat rahasia: informasi/dokumen diserahkan",
Kutai Timur step 4 "bersifat terbuka: termasuk dalam Daftar Informasi Publik"). The checker reads
them with the law's own words only (`_OPEN_WORDS`: terbuka, diserahkan, diberikan, Daftar
Informasi Publik; `_SECRET_WORDS`: rahasia, dikecualikan, ditolak, tertutup; each turned round by
"tidak" or "bukan" before it), and names a branch as the one that gives only when its condition
reads open and the other branch's reads secret. Anything else (Kalteng's "disetujui" / "tidak
disetujui: perbaikan", a condition not written) is not read: no finding rests on a guess.

**Which kind is which record.** The checker never guesses from a slug or a title. A kind is a
request form, a Lembar, a surat keterangan tidak lengkap or a penetapan that opens information
when the agency's plugin declares it (`document_kinds.DocumentKind`) with a ``basis`` citing that
record's provision (`RECORD_MARKS`), as `instruments.penetapan_kinds` reads a Penetapan. The
printables mapping (`documents.Rendering`: ``template="lembar"``) says the same for the kinds
it renders, but it lives in the documents layer above the checker, and a kind rendered as a
Lembar is declared with the Lembar's basis in every plugin that ships. A kind no declaration
marks is none of these records: a document of an undeclared kind is not compared (the finding
would rest on a guess), and the agency declares the kind to have it checked.

**Names of the body.** Two names are the same body when they are equal once case, spacing and
punctuation are ignored ("Komisi Aparatur Sipil Negara" = "KOMISI APARATUR SIPIL NEGARA."). No
abbreviation is expanded by the checker: "Diskominfo" may stand for many a Dinas, and reading it
as this one would pass another body's Penetapan. An agency whose records write it otherwise
declares each such name in `AgencyInfo.aliases`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from ..agency import Agency
from ..findings import Finding
from ..harm import ConsequenceTest, Outcome
from ..harm.period import AsLongAsNeeded, UntilEvent
from ..i18n import Message, Text
from ..rules import ComplianceRule, core_rule
from ..sop import Step
from ..text_memo import per_text
from . import messages as M
from .codes import (
    REFERENCE_BODY,
    REFERENCE_BRANCH_OUTCOME,
    REFERENCE_CLOSED_WITH_PARTS,
    REFERENCE_EXPIRY_DATE,
    REFERENCE_EXPIRY_DOCUMENT,
    REFERENCE_EXPIRY_NOT_EXEMPT,
    REFERENCE_EXPIRY_UNVERIFIABLE,
    REFERENCE_LEMBAR_NUMBER,
    REFERENCE_PAUSE_DOCUMENT,
    REFERENCE_REQUEST_NUMBER,
)
from .compiled_sop import CompiledSop
from .instruments import penetapan_kinds
from .memo import per_object
from .model import (
    Case,
    Document,
    EventIndex,
    ExpiryDeclared,
    NoticeOutcome,
    NoticeSent,
    Paused,
    RequestTrigger,
    StepCompleted,
)
from .paths import resolve, sheets_of

__all__ = [
    "RECORD_MARKS",
    "REFERENCE_RULES",
    "body_names",
    "check_bodies",
    "check_branch_outcomes",
    "check_closed_rows",
    "check_expiry_references",
    "check_numbers",
    "check_pause_documents",
    "disclosing_branch",
    "record_kinds",
    "same_body",
]

#: What marks an agency's document kind as one of the records this module compares: its
#: ``basis`` cites the record's provision. A Lembar cites PERKI 1/2021 Pasal 49 ayat (3) or its
#: form, Lampiran II (never Lampiran III, the Penetapan's form); the request form the request of
#: UU 14/2008 Pasal 22 ayat (1); the surat keterangan tidak lengkap PERKI 1/2021 Pasal 31 ayat
#: (2); the penetapan that opens information PP 61/2010 Pasal 11.
RECORD_MARKS: Mapping[str, re.Pattern[str]] = {
    "request": re.compile(r"UU 14/2008 Pasal 22 ayat \(1\)"),
    "lembar": re.compile(r"Pasal 49 ayat \(3\)|Lampiran II(?!I)"),
    "incomplete": re.compile(r"Pasal 31 ayat \(2\)"),
    "opening": re.compile(r"PP 61/2010 Pasal 11"),
}

#: A declared end within this many days of the period's end is the same end: "5 tahun sejak
#: ditetapkan" is read as ending on the anniversary or on the day before it, and both are in use.
#: A larger difference declares another end (`case.expiry.date_mismatch` warns of any).
_SAME_END = dt.timedelta(days=1)

_PERKI_31 = "PERKI 1/2021 Pasal 31 ayat (2), Pasal 33"


def record_kinds(agency: Agency | None) -> dict[str, frozenset[str]]:
    """The agency's document kinds for each record of `RECORD_MARKS`, and ``penetapan`` (the
    Penetapan that exempts, `instruments.penetapan_kinds`). A kind marked as a Penetapan is no
    Lembar, whatever else its basis cites."""
    # Read once per agency (three rules of every check ask); a copy, so no caller changes it.
    return dict(_record_kinds(agency))


@per_object
def _record_kinds(agency: Agency | None) -> Mapping[str, frozenset[str]]:
    penetapan = penetapan_kinds(agency)
    found: dict[str, set[str]] = {name: set() for name in RECORD_MARKS}
    if agency is not None:
        for kind in agency.documents:
            for name, mark in RECORD_MARKS.items():
                if kind.basis and mark.search(kind.basis):
                    found[name].add(kind.code)
    found["lembar"] -= penetapan
    kinds = {"penetapan": penetapan, **{name: frozenset(kinds) for name, kinds in found.items()}}
    return MappingProxyType(kinds)


def _key(text: str) -> str:
    """A number or a name compared with case, spacing and punctuation ignored ('/', '-' and
    '.' inside a number are kept: they are part of it)."""
    return " ".join(text.split()).casefold()


@per_text()  # an agency's records name it the same way case after case
def _name_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()).casefold()


@per_object
def body_names(agency: Agency) -> frozenset[str]:
    """The agency's names as compared: its registered name and its declared aliases."""
    return frozenset(_name_key(n) for n in (agency.info.name, *agency.info.aliases))


def same_body(name: str, agency: Agency) -> bool:
    """Whether ``name`` names the agency (its name or an alias, case, spacing and punctuation
    ignored; no abbreviation expanded)."""
    return _name_key(name) in body_names(agency)


# --- numbers ----------------------------------------------------------------------------------


def check_numbers(*, case: Case, agency: Agency | None = None) -> Iterable[Finding]:
    """A request form bears the request's registration number; a Lembar document the number of
    a Lembar of the case."""
    kinds = record_kinds(agency)
    trigger = case.trigger
    sheet_numbers = {_key(s.number): s.number for _, s in sheets_of(case) if s.number}
    for d, doc in enumerate(case.documents):
        if not (doc.number or "").strip():
            continue
        number = doc.number or ""
        if doc.kind in kinds["request"] and isinstance(trigger, RequestTrigger):
            if _key(number) != _key(trigger.registration_number):
                yield REFERENCE_REQUEST_NUMBER(
                    M.REFERENCE_REQUEST_NUMBER(
                        document=doc.id, number=number, registered=trigger.registration_number
                    ),
                    field=f"documents[{d}].number",
                )
        elif doc.kind in kinds["lembar"] and sheet_numbers and _key(number) not in sheet_numbers:
            yield REFERENCE_LEMBAR_NUMBER(
                M.REFERENCE_LEMBAR_NUMBER(
                    document=doc.id,
                    number=number,
                    numbers=", ".join(sorted(sheet_numbers.values())),
                ),
                field=f"documents[{d}].number",
            )


# --- the body ---------------------------------------------------------------------------------


def check_bodies(*, case: Case, agency: Agency | None = None) -> Iterable[Finding]:
    """Every Lembar and the Penetapan name the agency as their Badan Publik."""
    if agency is None:
        return
    # What each record is called is written only for a finding (the body is usually right).
    named: list[tuple[str, str, Callable[[], Text]]] = [
        (path, sheet.badan_publik, functools.partial(M.BODY_OF_LEMBAR.format, path=path))
        for path, sheet in sheets_of(case)
    ]
    penetapan = case.penetapan
    if penetapan is not None:
        named.append(
            (
                "penetapan",
                penetapan.badan_publik,
                lambda: _rstrip(M.BODY_OF_PENETAPAN.format(number=penetapan.number or "")),
            )
        )
    for path, name, described in named:
        if same_body(name, agency):
            continue
        what = described()
        aliases = f" ({', '.join(agency.info.aliases)})" if agency.info.aliases else ""
        yield REFERENCE_BODY(
            M.REFERENCE_BODY(what=what, name=name, agency=agency.info.name, aliases=aliases),
            field=f"{path}.badan_publik",
        )


# --- the papers of a pause and of an expiry ---------------------------------------------------


def _record_of(doc: Document, kinds: Mapping[str, frozenset[str]], *names: str) -> str | None:
    for name in names:
        if doc.kind in kinds[name]:
            return name
    return None


def _rstrip(text: Text) -> Text:
    return Text(text.id.rstrip(), text.en.rstrip())


def _wrong_paper(
    doc: Document,
    kinds: Mapping[str, frozenset[str]],
    wanted: str,
    others: tuple[str, ...],
    why: tuple[Message, Message],
) -> Text | None:
    """Why ``doc`` is not the record ``wanted``: it is a record of another kind, or the agency
    declares the wanted kind and the document is not of it (``why``: the finding's messages for
    each). None when it may be."""
    other_record, undeclared_kind = why
    other = _record_of(doc, kinds, *others)
    if other is not None:
        return other_record(document=doc.id, kind=doc.kind, record=M.RECORD_NAMES[other])
    if kinds[wanted] and doc.kind not in kinds[wanted]:
        return undeclared_kind(
            document=doc.id,
            kind=doc.kind,
            record=M.RECORD_NAMES[wanted],
            declared=", ".join(sorted(kinds[wanted])),
        )
    return None


def check_pause_documents(
    *, case: Case, events: EventIndex, agency: Agency | None = None
) -> Iterable[Finding]:
    """A pause rests on the surat keterangan tidak lengkap, not on another record."""
    kinds = record_kinds(agency)
    for index, event in events.get(Paused, ()):
        if not isinstance(event, Paused) or event.document is None:
            continue
        try:
            doc = case.document(event.document)
        except KeyError:
            continue  # the loader refuses an unknown id
        why = _wrong_paper(
            doc,
            kinds,
            "incomplete",
            ("request", "lembar", "penetapan", "opening"),
            (M.PAUSE_OTHER_RECORD, M.PAUSE_UNDECLARED_KIND),
        )
        if why is not None:
            yield REFERENCE_PAUSE_DOCUMENT(
                M.REFERENCE_PAUSE_DOCUMENT(why=why),
                field=f"events[{index}].document",
                basis=_PERKI_31,
            )


def _start_of(case: Case, path: str) -> dt.date | None:
    """The day an item's period counts from: its Penetapan's date, else its Lembar's (as
    `law_checks.check_expiry` counts it)."""
    if path.startswith("penetapan.") and case.penetapan is not None and case.penetapan.date:
        return case.penetapan.date
    for prefix, sheet in sheets_of(case):
        if path.startswith(prefix + "."):
            return sheet.date
    return None


def _item_end(
    case: Case, event: ExpiryDeclared, row: ConsequenceTest, index: int
) -> Iterable[Finding]:
    period = row.period
    if period is None:
        return  # harm.period.* reports the missing period
    field = f"events[{index}].expires_on"
    declared = event.expires_on
    if isinstance(period, AsLongAsNeeded):
        yield REFERENCE_EXPIRY_DATE(
            M.REFERENCE_EXPIRY_AS_LONG_AS_NEEDED(
                item=event.item, as_written=period.as_written or "", declared=declared.isoformat()
            ),
            field=field,
        )
        return
    start = _start_of(case, event.item)
    end = period.ends_on(start) if start is not None else None
    if isinstance(period, UntilEvent):
        if end is None:
            yield REFERENCE_EXPIRY_UNVERIFIABLE(
                M.REFERENCE_EXPIRY_UNVERIFIABLE(
                    item=event.item, event=period.event, declared=declared.isoformat()
                ),
                field=field,
            )
        elif declared > end + _SAME_END:
            # The event may end the period before its cap, never after it.
            yield _other_end(event, end, field, M.AT_THE_LATEST)
        return
    if end is not None and abs(declared - end) > _SAME_END:
        yield _other_end(event, end, field, Text("", ""))


def _other_end(event: ExpiryDeclared, end: dt.date, field: str, qualifier: Text) -> Finding:
    return REFERENCE_EXPIRY_DATE(
        M.REFERENCE_EXPIRY_OTHER_END(
            item=event.item,
            declared=event.expires_on.isoformat(),
            qualifier=qualifier,
            end=end.isoformat(),
        ),
        field=field,
    )


def check_expiry_references(
    *, case: Case, events: EventIndex, agency: Agency | None = None
) -> Iterable[Finding]:
    """An expiry is declared by the PPID's penetapan that opens, for an item that was exempt,
    on the day its period ends."""
    kinds = record_kinds(agency)
    for index, event in events.get(ExpiryDeclared, ()):
        if not isinstance(event, ExpiryDeclared):
            continue
        try:
            doc = case.document(event.document)
        except KeyError:
            doc = None  # the loader refuses an unknown id
        if doc is not None:
            why = _wrong_paper(
                doc,
                kinds,
                "opening",
                ("penetapan", "lembar", "request", "incomplete"),
                (M.EXPIRY_OTHER_RECORD, M.EXPIRY_UNDECLARED_KIND),
            )
            if why is not None:
                yield REFERENCE_EXPIRY_DOCUMENT(
                    M.REFERENCE_EXPIRY_DOCUMENT(why=why),
                    field=f"events[{index}].document",
                )
        row = resolve(case, event.item)
        if row is None:
            continue  # the loader refuses an item that is not there
        if row.outcome is Outcome.OPEN:
            yield REFERENCE_EXPIRY_NOT_EXEMPT(
                M.REFERENCE_EXPIRY_NOT_EXEMPT(item=event.item),
                field=f"events[{index}].item",
            )
            continue
        yield from _item_end(case, event, row, index)


# --- a closed item ----------------------------------------------------------------------------


def check_closed_rows(*, case: Case) -> Iterable[Finding]:
    """An item closed as a whole gives nothing and blacks nothing out of what it gives."""
    for path, sheet in sheets_of(case):
        for r, row in enumerate(sheet.rows):
            if row.outcome is not Outcome.CLOSED:
                continue
            parts = [p.part for p in row.withheld_parts]
            released = (row.released or "").strip()
            if not parts and not released:
                continue
            said = [
                *(M.PART_BLACKED_OUT.format(part=p) for p in parts[:2]),
                *([M.PART_GIVEN.format(released=released)] * bool(released)),
            ]
            yield REFERENCE_CLOSED_WITH_PARTS(
                M.REFERENCE_CLOSED_WITH_PARTS(
                    item=f"{path}.rows[{r}]",
                    said=Text(
                        "; ".join(t.id for t in said)[:200], "; ".join(t.en for t in said)[:200]
                    ),
                ),
                field=f"{path}.rows[{r}].outcome",
            )


# --- the decision's branch and the notice -----------------------------------------------------

#: The law's words for information that is given, and for information that is withheld; a
#: word preceded by "tidak" or "bukan" (and an optional "bersifat", "dapat", "akan", "termasuk",
#: "informasi yang") means the other (UU 14/2008 Pasal 17 "dikecualikan", Pasal 22 ayat (7)
#: "ditolak"; PERKI 1/2021 "Daftar Informasi Publik").
_OPEN_WORDS = ("terbuka", "diserahkan", "diberikan", "daftar informasi publik")
_SECRET_WORDS = ("rahasia", "dikecualikan", "ditolak", "tertutup")
_WORD = re.compile(
    r"(?P<neg>\b(?:tidak|bukan)\s+(?:(?:bersifat|dapat|akan|termasuk|informasi yang)\s+)?)?"
    r"\b(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _OPEN_WORDS + _SECRET_WORDS)
    + r")\b",
    re.IGNORECASE,
)


def _reads(condition: str | None) -> str | None:
    """ "open", "secret" or None (both, or neither) for a branch's condition."""
    if not condition:
        return None
    found = set()
    for match in _WORD.finditer(condition):
        word = " ".join(match["word"].split()).casefold()
        is_open = word in _OPEN_WORDS
        if match["neg"]:
            is_open = not is_open
        found.add("open" if is_open else "secret")
    return found.pop() if len(found) == 1 else None


def disclosing_branch(step: Step) -> str | None:
    """The branch ("yes" or "no") of a decision whose condition gives the information, when
    one branch reads open and the other secret (see the module notes); None otherwise."""
    if not step.is_decision or step.yes is None or step.no is None:
        return None
    yes, no = _reads(step.yes.condition), _reads(step.no.condition)
    if (yes, no) == ("open", "secret"):
        return "yes"
    if (yes, no) == ("secret", "open"):
        return "no"
    return None


#: The notices that withhold, with their words in both languages.
_WITHHOLDING = {
    NoticeOutcome.REFUSED: M.WITHHOLDING_SAID["refused"],
    NoticeOutcome.PARTLY_GRANTED: M.WITHHOLDING_SAID["partly_granted"],
}


@per_object
def _giving(plan: CompiledSop) -> tuple[Mapping[int, Step], Mapping[int, str]]:
    """The SOP's steps by number, and its decisions' disclosing branches (`disclosing_branch`),
    read once per SOP."""
    steps = {s.number: s for s in plan.sop.steps}
    giving = {n: b for n, s in steps.items() if (b := disclosing_branch(s)) is not None}
    return MappingProxyType(steps), MappingProxyType(giving)


def check_branch_outcomes(*, case: Case, plan: CompiledSop) -> Iterable[Finding]:
    """A notice that withholds does not follow a decision that took the branch giving the
    information: the last decision the log took before the notice is what the body decided."""
    steps, giving = _giving(plan)
    if not giving:
        return
    last: tuple[int, StepCompleted] | None = None
    for index, event in enumerate(case.events):
        if isinstance(event, StepCompleted) and event.step in giving and event.branch:
            last = (index, event)
        elif isinstance(event, NoticeSent) and event.outcome in _WITHHOLDING and last:
            at, decision = last
            if decision.branch != giving[decision.step]:
                continue
            branch = (
                steps[decision.step].yes if decision.branch == "yes" else steps[decision.step].no
            )
            condition = branch.condition if branch is not None else None
            said = _WITHHOLDING[event.outcome]
            yield REFERENCE_BRANCH_OUTCOME(
                M.REFERENCE_BRANCH_OUTCOME(
                    said=said,
                    step=decision.step,
                    event=at,
                    branch=decision.branch,
                    condition=condition,
                ),
                field=f"events[{index}].outcome",
                step=decision.step,
                basis=f"{plan.label(decision.step)}; UU 14/2008 Pasal 22 ayat (7)",
            )


#: The rules of this module, registered at the end of `core_rules.CORE_RULES`.
REFERENCE_RULES: tuple[ComplianceRule, ...] = (
    core_rule(
        "core.references.numbers",
        check_numbers,
        "UU 14/2008 Pasal 22 ayat (4); PERKI 1/2021 Pasal 49 ayat (3), Lampiran II",
        (
            "formulir permohonan dan Lembar yang ditangani langkah-langkah bernomor sesuai "
            "permohonan dan Lembar kasus ini",
            "the request form and the Lembar the steps handled bear the numbers of this "
            "case's request and Lembar",
        ),
        "case.reference.request_number case.reference.lembar_number",
        origin="statute",
    ),
    core_rule(
        "core.references.body",
        check_bodies,
        "PERKI 1/2021 Pasal 49 ayat (5) huruf b, Lampiran II-III",
        (
            "Lembar dan Penetapan menyebut instansi pemilik kasus sebagai Badan Publik",
            "the Lembar and the Penetapan name the agency whose case it is as the body",
        ),
        "case.reference.body",
        origin="regulation",
    ),
    core_rule(
        "core.references.pause",
        check_pause_documents,
        _PERKI_31,
        (
            "penundaan didasarkan pada surat keterangan tidak lengkap",
            "a pause rests on the surat keterangan tidak lengkap",
        ),
        "case.reference.pause_document",
        origin="regulation",
    ),
    core_rule(
        "core.references.expiry",
        check_expiry_references,
        "PP 61/2010 Pasal 11; PERKI 1/2021 Pasal 52",
        (
            "berakhirnya pengecualian dinyatakan dengan penetapan PPID atas informasi yang "
            "dikecualikan, pada tanggal jangka waktunya berakhir",
            "an expiry is declared by the PPID's penetapan, for an exempt item, on the day "
            "its period ends",
        ),
        "case.reference.expiry_document case.reference.expiry_not_exempt "
        "case.reference.expiry_date case.reference.expiry_unverifiable",
        origin="regulation",
    ),
    core_rule(
        "core.references.closed-rows",
        check_closed_rows,
        "UU 14/2008 Pasal 22 ayat (7) huruf e; PERKI 1/2021 Pasal 50 ayat (1)-(2)",
        (
            "informasi yang dikecualikan seluruhnya tidak memuat bagian yang diberikan atau "
            "dihitamkan",
            "an item closed as a whole records no part given or blacked out",
        ),
        "case.reference.closed_with_parts",
        origin="statute",
    ),
    core_rule(
        "core.references.branch",
        check_branch_outcomes,
        "UU 14/2008 Pasal 22 ayat (7); SOP instansi (cabang keputusan)",
        (
            "pemberitahuan tidak menolak setelah keputusan SOP memberikan informasi",
            "a notice does not withhold after the SOP's decision gave the information",
        ),
        "case.reference.branch_outcome",
        origin="statute",
    ),
)
