"""The written consequence test, modelled on PERKI 1/2021 Pasal 49 and its Lampiran II and III.

Three levels, each a frozen value object:

- `ConsequenceTest`: one tested item, a row of the *Lembar Pengujian Konsekuensi* (Lampiran II):
  the information and the documents that hold it (Pasal 49 ayat (2) huruf a-b), the unit that
  holds it, the ground(s) (huruf c; column "Dasar Hukum"), the consequence of opening and the
  consideration of closing (huruf d; columns "Dibuka" and "Ditutup"), the outcome (closed, closed
  in part with what is blacked out and why - Pasal 50 ayat (2)-(3), or opened) and the period
  (column "Jangka Waktu").
- `ConsequenceTestSheet`: the Lembar itself: number, day and place of the test, the public body
  and unit, the moment of the test (Pasal 49 ayat (1)), the rows, the participants (Nama, Jabatan,
  Unit Kerja, TTD) and the approval block ("Menyetujui").
- `Penetapan`: the *Penetapan tentang Klasifikasi Informasi yang Dikecualikan* (Pasal 49 ayat (4)
  and (5), Lampiran III): the PPID who sets it, the public body and unit, place and date,
  Menimbang and Mengingat, and the Lembar(s) it rests on ("Memperhatikan", "KEDUA").

Everything a user wrote is kept as written (``as_written``), including ground citations that do
not resolve: validation (harm.validate) reports on them, it never rewrites them. Fields the law
requires but a draft may lack are optional here and reported as findings, so that one run shows
every gap at once. The wire format is documented in docs/harm.md.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ..law import Citation, CitationError, NeverExemptKind, parse_citation

# One enum of roles for the whole package, so that a role is spelled the same in a Lembar, a
# Penetapan, an SOP lane and a case event ("atasan-ppid"). `sop.model` imports neither `harm` nor
# `calendar` (no cycle, no `holidays`). The roles the test uses: PPID, PPID_PELAKSANA,
# ATASAN_PPID, PIMPINAN, TIM_PERTIMBANGAN (PERKI 1/2021 Pasal 1 angka 9-10, Pasal 6-12, Lampiran
# II) and UNIT_PENGELOLA_INFORMASI, an official of the unit that holds the information (KASN's
# "Pejabat Penyedia Informasi dan Dokumen"; Pasal 49 ayat (2) huruf a).
from ..sop.model import ActorRole as ActorRole  # re-exported: harm.ActorRole is sop.ActorRole
from ..sop.model import Role as Role  # re-exported: harm.Role is sop.Role
from ..text_memo import per_text
from .period import ExemptionPeriod


class Outcome(enum.Enum):
    """What the test concluded for the item."""

    #: Closed as a whole (dikecualikan seluruhnya; PERKI 1/2021 Pasal 50 ayat (1)).
    CLOSED = "closed"
    #: Closed in part: the rest is given with the exempt parts blacked out (Pasal 50 ayat (2)).
    PARTIAL = "partial"
    #: Opened: the information is public and goes to the Daftar Informasi Publik.
    OPEN = "open"

    @property
    def exempts(self) -> bool:
        """True when something is withheld (closed or partial)."""
        return self is not Outcome.OPEN


class TestStage(enum.Enum):
    """When the test is done (PERKI 1/2021 Pasal 49 ayat (1))."""

    __test__ = False  # not a pytest test class, despite its name (a dunder, so not a member)

    #: huruf a: before any request (periodic classification, e.g. KASN, Kalteng).
    BEFORE_REQUEST = "before_request"
    #: huruf b: when a request is made (e.g. Kalbar, Kutai Timur).
    ON_REQUEST = "on_request"
    #: huruf c: during a dispute, on the order of the Majelis Komisioner.
    DISPUTE = "dispute"


@attrs.frozen(kw_only=True)
class Official:
    """Someone named on a form: Nama, Jabatan, Unit Kerja (and NIP where the form asks).

    A participant of the test, or the PPID who sets a Penetapan. Not `case.Person`, who acted in
    a case and always has a role (here ``role`` is optional). Was ``harm.Person``.
    """

    name: str
    position: str | None = None
    unit: str | None = None
    nip: str | None = None
    role: ActorRole | None = None


@attrs.frozen(kw_only=True)
class Signature:
    """A signature block: "Menyetujui" on the Lembar, the signatory of the Penetapan."""

    role: ActorRole
    name: str
    position: str | None = None
    nip: str | None = None
    date: dt.date | None = None
    place: str | None = None


@attrs.frozen(kw_only=True)
class GroundRef:
    """One ground cited for an item, as written.

    ``ground`` is a ground code ("h.2"; a bare letter "h" cites the whole letter) or a citation
    the parser reads ("Pasal 17 huruf h angka 2"). ``other_statute`` is the other Undang-Undang and
    its Pasal that huruf j rests on ("Pasal 40 UU No. 36 Tahun 1999"). ``as_written`` is the
    "Dasar Hukum" text exactly as the agency wrote it, kept for the documents.
    """

    ground: str
    other_statute: str | None = None
    as_written: str | None = None

    @classmethod
    def from_citation(cls, text: str) -> GroundRef:
        """A reference from a citation text: the code it reads, the other statute, the text.

        A text naming several grounds gives the first; use `parse_citation` for all of them.
        Raises `CitationError` when the text names no ground.
        """
        citations = parse_citation(text)
        first = citations[0]
        letter = first.ground.letter if first.whole_letter else first.code
        return cls(ground=letter, other_statute=first.other_statute, as_written=text)

    def citations(self) -> tuple[Citation, ...]:
        """The ground(s) this reference names (several for a bare letter with points).

        Raises `CitationError` when ``ground`` names no ground.
        """
        result = resolve_citation(self.ground)
        if isinstance(result, CitationError):
            raise result
        return result

    def try_citations(self) -> tuple[Citation, ...] | CitationError:
        """`citations`, or the error instead of raising it (for validators)."""
        return resolve_citation(self.ground)


@per_text(maxsize=4096)
def resolve_citation(text: str) -> tuple[Citation, ...] | CitationError:
    """`parse_citation`, or its error, cached: the same texts recur in an agency's records."""
    try:
        return parse_citation(text)
    except CitationError as exc:
        return exc


@attrs.frozen(kw_only=True)
class SourceDocument:
    """A document that holds the information (PERKI 1/2021 Pasal 49 ayat (2) huruf a).

    The optional fields are those the Daftar Informasi Publik needs when the item is opened
    (PERKI 1/2021 Pasal 21 ayat (2), Lampiran I): who is responsible for making it, when and
    where it was made, its form, and its retention period.

    Not `case.Document`, a document of the case record (a letter, a notice). Was
    ``harm.Document``.
    """

    title: str
    number: str | None = None
    date: dt.date | None = None
    place: str | None = None
    responsible: str | None = None
    form: str | None = None
    retention: str | None = None


@attrs.frozen(kw_only=True)
class WithheldPart:
    """A part blacked out of a partly exempt document, with its reason (UU 14/2008 Pasal 22
    ayat (7) huruf e: "dihitamkan disertai alasan dan materinya"; PERKI 1/2021 Pasal 50 ayat (2)).
    """

    part: str
    reason: str | None = None
    ground: GroundRef | None = None


@attrs.frozen(kw_only=True)
class Consent:
    """Written consent of the person whose secret it is (UU 14/2008 Pasal 18 ayat (2) huruf a)."""

    given_by: str
    date: dt.date | None = None
    document: str | None = None


@attrs.frozen(kw_only=True)
class ConsequenceTest:
    """One tested item: a row of the Lembar Pengujian Konsekuensi (PERKI 1/2021 Lampiran II).

    ``consequence_of_opening`` is the "Dibuka" column (what harm opening does to the protected
    interest), ``consideration_of_closing`` the "Ditutup" column (why closing protects the greater
    interest, or not); together they are the balancing of UU 14/2008 Pasal 2 ayat (4).
    ``released`` states what is given when the outcome is partial (Pasal 22 ayat (7) huruf d).
    ``consent`` and ``public_office`` record facts that lift huruf g and h (Pasal 18 ayat (2)).
    ``exempt_since`` is the date from which the item was already treated as exempt (an earlier
    DIK, a refusal), which the test must not post-date (Pasal 19). ``never_exempt_kind`` marks an
    item of a Pasal 18 ayat (1) kind. ``note`` is the Keterangan.
    """

    information: str
    outcome: Outcome
    documents: tuple[SourceDocument, ...] = ()
    holder: str | None = None
    grounds: tuple[GroundRef, ...] = ()
    consequence_of_opening: str | None = None
    consideration_of_closing: str | None = None
    withheld_parts: tuple[WithheldPart, ...] = ()
    released: str | None = None
    period: ExemptionPeriod | None = None
    consent: Consent | None = None
    public_office: str | None = None
    exempt_since: dt.date | None = None
    never_exempt_kind: NeverExemptKind | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class ConsequenceTestSheet:
    """The Lembar Pengujian Konsekuensi (PERKI 1/2021 Pasal 49 ayat (3), Lampiran II).

    "Pada hari ini, <date> bertempat di <place> telah dilakukan Pengujian Konsekuensi ...";
    ``stage`` is the moment of Pasal 49 ayat (1); ``request_number`` the registration number of
    the request (huruf b) and ``dispute_register`` the dispute register or the Majelis order
    (huruf c). ``approval`` is the "Menyetujui" block.
    """

    badan_publik: str
    rows: tuple[ConsequenceTest, ...]
    number: str | None = None
    unit: str | None = None
    place: str | None = None
    date: dt.date | None = None
    stage: TestStage | None = None
    request_number: str | None = None
    dispute_register: str | None = None
    participants: tuple[Official, ...] = ()
    approval: Signature | None = None


@attrs.frozen(kw_only=True)
class Penetapan:
    """Penetapan tentang Klasifikasi Informasi yang Dikecualikan (PERKI 1/2021 Pasal 49 ayat (4)
    to (7), Lampiran III).

    ``ppid`` is the identity of the PPID who sets it (ayat (5) huruf a); ``badan_publik`` and
    ``unit`` the body and its unit (huruf b); the rows of the ``sheets`` give the description,
    reasons and periods (huruf c-e); ``place`` and ``date`` are huruf f. ``signature`` is the
    signature block: the PPID in Lampiran III, or the pimpinan where the agency issues it as his
    decree (KASN's "SK Ketua KASN").
    """

    badan_publik: str
    sheets: tuple[ConsequenceTestSheet, ...]
    number: str | None = None
    unit: str | None = None
    ppid: Official | None = None
    place: str | None = None
    date: dt.date | None = None
    menimbang: tuple[str, ...] = ()
    mengingat: tuple[str, ...] = ()
    signature: Signature | None = None

    def rows(self) -> tuple[ConsequenceTest, ...]:
        """Every tested item of every sheet, in order."""
        return tuple(row for sheet in self.sheets for row in sheet.rows)

    def exempt_rows(self) -> tuple[ConsequenceTest, ...]:
        """The items the Penetapan declares exempt (closed or partial): its attachment."""
        return tuple(row for row in self.rows() if row.outcome.exempts)
