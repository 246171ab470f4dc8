"""A running case: one run of an agency's SOP, recorded as an append-only event log.

A case is the *instance* of an SOP *specification* (the split SpiffWorkflow makes between a
process and its run, docs/sources/peer-systems.md). It holds only what happened, as the agency
recorded it:

- what started it (`trigger`): a request for information (UU 14/2008 Pasal 22; the receipt moment,
  the registration number of Pasal 22 ayat (4), the requester and what was asked), or a periodic
  classification round (PERKI 1/2021 Pasal 49 ayat (1) huruf a: the test before any request);
- the written consequence tests (`tests`, PERKI 1/2021 Pasal 49 and Lampiran II) and the
  Penetapan that sets their result (`penetapan`, Pasal 49 ayat (4)-(5), Lampiran III), as the
  `uji_konsekuensi.harm` models them;
- the documents supplied to and produced by the steps (`documents`), each with an id that the
  events refer to; a refusal letter carries the content the law requires of it (`RefusalContent`);
- the event log (`events`): steps started and completed (by whom, in what role, when), the branch
  taken at a decision, a loop back for correction, an extension of the notice period, a pause
  while the requester completes an incomplete request, the written notice, the declaration of the
  exemption and of its expiry.

Nothing derived is stored. What is next, who must act and by when (`uji_konsekuensi.case.state`)
and whether the case complied (`uji_konsekuensi.case.check`) are computed from these facts, the
agency's SOP and its working calendar *at the time they are asked*: a holiday decreed after the
case was recorded moves its due dates (Alaveteli stored its due dates and could not:
docs/sources/peer-systems.md).

Every timestamp is an aware datetime (the wire format refuses one without a UTC offset); the
agency's own zone is the natural choice, but any offset names the same instant.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Literal, TypeAlias

import attrs

from ..harm import ConsequenceTestSheet, Penetapan
from ..sop import ActorRole

__all__ = [
    "CASE_FORMAT",
    "Case",
    "CaseEvent",
    "Document",
    "EventIndex",
    "ExemptionDeclared",
    "ExpiryDeclared",
    "Extension",
    "LoopBack",
    "NoticeOutcome",
    "NoticeSent",
    "Paused",
    "PeriodicTrigger",
    "Person",
    "RefusalContent",
    "RequestTrigger",
    "Requester",
    "Resumed",
    "StepCompleted",
    "StepStarted",
    "Trigger",
]

#: The version of the case file format (the ``format`` key); bumped on an incompatible change.
CASE_FORMAT = 1

Branch = Literal["yes", "no"]


def _nonblank(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{type(instance).__name__}.{attribute.name}: expected a non-empty text")


def _step_number(instance: Any, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected an SOP step number "
            f"(an integer >= 0), got {value!r}"
        )


def _format(instance: Any, attribute: attrs.Attribute[int], value: object) -> None:
    if value != CASE_FORMAT:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: this version reads case format "
            f"{CASE_FORMAT}, got {value!r}"
        )


# --- people -----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Person:
    """Who acted: a named official in a canonical role (`uji_konsekuensi.sop.Role`), or in a
    role of the agency's own (`uji_konsekuensi.sop.AgencyRole`, declared in agency.json
    "roles"; it holds no statutory power).

    The role is what the checker compares with the lanes of the SOP step (an agency's lane may be
    called "Tim Kerja" and play the PPID). ``position``: jabatan; ``unit``: unit kerja; ``nip``:
    Nomor Induk Pegawai, all as the agency writes them.
    """

    name: str = attrs.field(validator=_nonblank)
    role: ActorRole
    position: str | None = None
    unit: str | None = None
    nip: str | None = None


@attrs.frozen(kw_only=True)
class Requester:
    """The Pemohon Informasi Publik as the register records them (UU 14/2008 Pasal 22 ayat (2)).

    ``contact``: telephone or e-mail (the refusal letter repeats it).
    """

    name: str = attrs.field(validator=_nonblank)
    address: str | None = None
    contact: str | None = None


# --- what started the case --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RequestTrigger:
    """A request for information (UU 14/2008 Pasal 22).

    ``received_at``: when the request was received (the statutory clock runs from here, Pasal 22
    ayat (7)). ``registration_number``: the nomor pendaftaran given as proof of receipt (Pasal 22
    ayat (4)). ``information``: what was asked (rincian informasi), as written.
    """

    KIND: ClassVar[str] = "request"
    received_at: dt.datetime
    registration_number: str = attrs.field(validator=_nonblank)
    requester: Requester
    information: str = attrs.field(validator=_nonblank)
    purpose: str | None = None


@attrs.frozen(kw_only=True)
class PeriodicTrigger:
    """A classification round before any request (PERKI 1/2021 Pasal 49 ayat (1) huruf a).

    ``period``: how the agency names the round ("Semester I 2025"); ``reason``: why it ran (the
    DIP update of PERKI 1/2021 Pasal 45 ayat (7), a new kind of document, ...).
    """

    KIND: ClassVar[str] = "periodic"
    period: str = attrs.field(validator=_nonblank)
    reason: str | None = None


Trigger: TypeAlias = RequestTrigger | PeriodicTrigger


# --- documents --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RefusalContent:
    """What a refusal letter says: the elements the law requires of it.

    The Surat Keputusan PPID tentang Penolakan (PERKI 1/2021 Pasal 34 and its format in the
    Lampiran; UU 14/2008 Pasal 22 ayat (7) huruf c): the registration number, the requester
    (name, address, contact), the information asked, the ground(s) of Pasal 17 relied on
    (``grounds``, each as written: "Pasal 17 huruf h angka 2 UU 14/2008"), the consequence of
    opening (``consequence``: "membuka informasi tersebut dapat menimbulkan konsekuensi ..."),
    and the notice of the right to object to the Atasan PPID within 30 hari kerja (UU 14/2008
    Pasal 35-36 ayat (1): ``objection_days`` and ``objection_to`` as the letter states them).
    ``penetapan``: the number of the Penetapan the refusal rests on (PERKI 1/2021 Pasal 34 ayat
    (2): a refusal on an exemption ground goes with the decision that set the test's result,
    Pasal 49 ayat (4)); the checker requires it to be the case's ``penetapan.number``.

    Every field may be empty so that a defective letter loads and the checker reports what is
    missing (``case.refusal.*``), instead of the file being refused.
    """

    registration_number: str | None = None
    requester_name: str | None = None
    requester_address: str | None = None
    requester_contact: str | None = None
    information: str | None = None
    grounds: tuple[str, ...] = ()
    consequence: str | None = None
    objection_days: int | None = None
    objection_to: str | None = None
    signed_by: Person | None = None
    penetapan: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """A document supplied to or produced by a step.

    ``id``: unique in the case; events refer to it. ``kind``: the agency's document code (one of
    the `DocumentKind` codes its plugin declares, e.g. "lembar-uji") or, for a document the
    agency does not declare (an identity card, a letter from another body), any slug.
    ``title``: as written; ``number``: the nomor surat, if any; ``date``: the date it bears.
    ``refusal``: present on a refusal letter, with what it says.
    """

    id: str = attrs.field(validator=_nonblank)
    kind: str = attrs.field(validator=_nonblank)
    title: str = attrs.field(validator=_nonblank)
    date: dt.date
    number: str | None = None
    refusal: RefusalContent | None = None


# --- the event log ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class StepStarted:
    """A step of the SOP began. ``inputs``: ids of the documents it started with (kelengkapan)."""

    KIND: ClassVar[str] = "step_started"
    step: int = attrs.field(validator=_step_number)
    at: dt.datetime
    actor: Person
    inputs: tuple[str, ...] = ()
    note: str | None = None


@attrs.frozen(kw_only=True)
class StepCompleted:
    """A step of the SOP ended. ``outputs``: ids of the documents it produced.

    ``branch``: at a decision step, the branch taken ("yes" / "no", the flowchart's YA / TIDAK);
    it decides which step follows. ``None`` at a process step.
    """

    KIND: ClassVar[str] = "step_completed"
    step: int = attrs.field(validator=_step_number)
    at: dt.datetime
    actor: Person
    outputs: tuple[str, ...] = ()
    branch: Branch | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class LoopBack:
    """The work went back from ``from_step`` to ``to_step`` for correction, with the reason.

    A decision's branch that points back (Kalteng step 2: "tidak disetujui ... perbaikan dan
    koreksi") already says where the flow goes; this event records a return the reviewer makes
    with its written reason, and restarts the flow at ``to_step``.
    """

    KIND: ClassVar[str] = "loop_back"
    from_step: int = attrs.field(validator=_step_number)
    to_step: int = attrs.field(validator=_step_number)
    at: dt.datetime
    actor: Person
    reason: str = ""


@attrs.frozen(kw_only=True)
class Extension:
    """The notice period was extended (UU 14/2008 Pasal 22 ayat (8); PERKI 1/2021 Pasal 36).

    ``days``: the number of hari kerja added (at most 7, once); ``reason``: the written reason
    the law requires; ``document``: the id of the letter telling the requester, if recorded.
    """

    KIND: ClassVar[str] = "extension"
    at: dt.datetime
    actor: Person
    days: int = attrs.field(validator=attrs.validators.ge(1))
    reason: str = ""
    document: str | None = None


@attrs.frozen(kw_only=True)
class Paused:
    """The request was found incomplete and the requester asked to complete it.

    PERKI 1/2021 Pasal 31 ayat (2) and Pasal 33: the PPID checks completeness within 3 hari
    kerja and sends a surat keterangan tidak lengkap (``document``); the clock of Pasal 31 ayat (3)
    waits until the request is complete (`Resumed`).
    """

    KIND: ClassVar[str] = "paused"
    at: dt.datetime
    actor: Person
    reason: str = ""
    document: str | None = None


@attrs.frozen(kw_only=True)
class Resumed:
    """The requester completed the request (PERKI 1/2021 Pasal 33 ayat (3)): it is complete now.

    ``document``: the id of what the requester supplied, if recorded.
    """

    KIND: ClassVar[str] = "resumed"
    at: dt.datetime
    actor: Person | None = None
    document: str | None = None
    note: str | None = None


class NoticeOutcome(enum.Enum):
    """What the written notice of UU 14/2008 Pasal 22 ayat (7) tells the requester."""

    GRANTED = "granted"  # diterima: the information is given
    PARTLY_GRANTED = "partly_granted"  # diterima sebagian: exempt parts blacked out, ayat (7) e
    REFUSED = "refused"  # ditolak on a ground of Pasal 17, ayat (7) c
    NOT_HELD = "not_held"  # not under the body's control, ayat (7) a-b


@attrs.frozen(kw_only=True)
class NoticeSent:
    """The written notice (pemberitahuan tertulis) went to the requester.

    UU 14/2008 Pasal 22 ayat (7): within 10 hari kerja of receipt. ``document``: the id of the
    notice (for a refusal, the refusal letter).
    """

    KIND: ClassVar[str] = "notice_sent"
    at: dt.datetime
    actor: Person
    outcome: NoticeOutcome
    document: str


@attrs.frozen(kw_only=True)
class ExemptionDeclared:
    """The information was declared exempt (UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3)).

    ``document``: the id of the Penetapan / SK that declares it.
    """

    KIND: ClassVar[str] = "exemption_declared"
    at: dt.datetime
    actor: Person
    document: str


@attrs.frozen(kw_only=True)
class ExpiryDeclared:
    """Exempt information whose period ends was declared open (PP 61/2010 Pasal 11).

    ``item``: the tested item it is about, as a path into the case ("penetapan.sheets[0].rows[1]"
    or "tests[0].rows[0]"); ``expires_on``: the last day of the exemption as the declaration
    states it; ``document``: the id of the PPID's penetapan. Pasal 11 ayat (2): at least 30 hari
    kerja before the period ends.
    """

    KIND: ClassVar[str] = "expiry_declared"
    at: dt.datetime
    actor: Person
    item: str = attrs.field(validator=_nonblank)
    expires_on: dt.date
    document: str


CaseEvent: TypeAlias = (
    StepStarted
    | StepCompleted
    | LoopBack
    | Extension
    | Paused
    | Resumed
    | NoticeSent
    | ExemptionDeclared
    | ExpiryDeclared
)

#: The events that are not steps, by class, each with its position in the log: what the checker
#: gives its rules as ``events``. Read-only, with tuples inside: every rule reads the same index.
EventIndex: TypeAlias = Mapping[type, tuple[tuple[int, object], ...]]

#: The members of `CaseEvent`, in the order documented.
EVENT_CLASSES: tuple[type, ...] = (
    StepStarted,
    StepCompleted,
    LoopBack,
    Extension,
    Paused,
    Resumed,
    NoticeSent,
    ExemptionDeclared,
    ExpiryDeclared,
)


# --- the case ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Case:
    """One run of an agency's SOP for the consequence test.

    ``id``: the agency's own case reference. ``agency``: the agency code of its plugin
    ("kalbar"). ``sop``: the Nomor SOP followed, as the plugin writes it. ``trigger``: a request or
    a periodic round. ``tests``: the written consequence tests (Lembar Pengujian Konsekuensi).
    ``penetapan``: the Penetapan that sets their result, if made. ``documents``: every document
    the events refer to. ``events``: the append-only log, in the order it happened.
    ``format``: the case file format version (`CASE_FORMAT`).
    """

    format: int = attrs.field(default=CASE_FORMAT, validator=_format)
    id: str = attrs.field(validator=_nonblank)
    agency: str = attrs.field(validator=_nonblank)
    sop: str = attrs.field(validator=_nonblank)
    trigger: Trigger
    tests: tuple[ConsequenceTestSheet, ...] = ()
    penetapan: Penetapan | None = None
    documents: tuple[Document, ...] = ()
    events: tuple[CaseEvent, ...] = ()

    @property
    def is_request(self) -> bool:
        return isinstance(self.trigger, RequestTrigger)

    @functools.cached_property
    def _documents_by_id(self) -> Mapping[str, Document]:
        # Built once per case: rules look documents up by id for every event, and a linear
        # search made a case with 200,000 documents take minutes (the first id wins, as before).
        index: dict[str, Document] = {}
        for doc in self.documents:
            index.setdefault(doc.id, doc)
        # Read-only: the rules share the case, and none may change what the next one reads.
        return MappingProxyType(index)

    def document(self, document_id: str) -> Document:
        """The document with this id; `KeyError` when there is none."""
        try:
            return self._documents_by_id[document_id]
        except KeyError:
            raise KeyError(f"case {self.id!r} has no document {document_id!r}") from None
