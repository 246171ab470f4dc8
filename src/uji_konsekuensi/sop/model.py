"""The SOP AP document of PermenPAN-RB 35/2012, as data.

An *SOP Administrasi Pemerintahan* has two parts (PermenPAN-RB 35/2012, Lampiran, "Unsur
Prosedur"; see the legal reference §4):

- the **Bagian Identitas** (`Identity`): nomor, tanggal pembuatan / revisi / efektif, pengesahan
  ("disahkan oleh": jabatan, nama, NIP), nama SOP, and the fields dasar hukum, kualifikasi
  pelaksana, keterkaitan, peralatan/perlengkapan, peringatan, pencatatan dan pendataan;
- the **Bagian Flowchart**: a table with one row per activity ("No | Kegiatan | Pelaksana, one
  column per actor | Mutu Baku: Kelengkapan, Waktu, Output | Keterangan"). The actor columns
  are the swimlanes (`Lane`), each row a `Step` drawn with one of the symbols the regulation
  allows (terminator for start and end, process, decision; arrows and off-page connectors
  are drawing only).

Values are kept **as written** by the agency (typos included); obvious typos carry a
`Correction`, and values the document does not state (which actor column held a step's symbol,
the symbol itself, where a decision's branches go) carry an `Inference` with its reason (see
provenance.py). Lists that the document writes in one table cell are split into items at their
written markers ("1.", "2."); the markers themselves are not kept (an item's position is its
number) unless they were wrong, in which case an inference quotes the cell.

The case checker runs cases through an SOP (it needs each step's actors and their roles, the
kelengkapan as required inputs, the outputs, the waktu and the branches) and the documents draw the
flowchart with swimlanes; both read only what is here, so the model holds all of it.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import attrs

from ..field_checks import SLUG, nonblank, slug
from ..i18n import Text
from .provenance import Correction, Inference, Provenanced
from .symbols import SymbolKind as SymbolKind
from .tanggal import Tanggal, parse_tanggal

if TYPE_CHECKING:
    from ..calendar import Waktu
    from ..findings import Finding
    from ..law import Citation, StatuteRef

__all__ = [
    "ROLE_BASIS",
    "SOP",
    "STATUTORY_ROLES",
    "ActorRole",
    "AgencyRole",
    "Branch",
    "Identity",
    "Lane",
    "LaneMark",
    "LegalBasis",
    "Role",
    "Signatory",
    "Step",
    "SymbolKind",
    "TriggerKind",
]

#: How an SOP starts: from a request for information (UU 14/2008 Pasal 22) or periodically,
#: when the PPID classifies information before any request (PERKI 1/2021 Pasal 49 ayat (1) huruf a).
#: What starts a run of the SOP: a request for information (UU 14/2008 Pasal 22) or a periodic
#: classification before any request (PERKI 1/2021 Pasal 49 ayat (1) huruf a). The one name for
#: it; `uji_konsekuensi.case.Trigger` is the record of what started a case.
TriggerKind = Literal["request", "periodic"]


class Role(enum.Enum):
    """The canonical actors of the consequence test, whatever an agency calls its lanes.

    The case checker compares who did what by role, not by an agency's lane name, because lane
    names differ for the same office: "Tim Kerja" in Kalbar and "PPID" in KASN both act as the
    PPID. The basis of each role is in `ROLE_BASIS`.
    """

    PEMOHON = "pemohon"
    PETUGAS = "petugas"
    PPID = "ppid"
    PPID_PELAKSANA = "ppid-pelaksana"
    ATASAN_PPID = "atasan-ppid"
    TIM_PERTIMBANGAN = "tim-pertimbangan"
    PIMPINAN = "pimpinan"
    UNIT_PENGELOLA_INFORMASI = "unit-pengelola-informasi"

    @property
    def label(self) -> Text:
        return _ROLE_LABEL[self]

    @property
    def basis(self) -> str:
        return ROLE_BASIS[self]


_ROLE_LABEL: dict[Role, Text] = {
    Role.PEMOHON: Text(id="Pemohon Informasi Publik", en="requester of public information"),
    Role.PETUGAS: Text(id="Petugas informasi", en="information officer"),
    Role.PPID: Text(id="PPID", en="information and documentation officer (PPID)"),
    Role.PPID_PELAKSANA: Text(id="PPID Pelaksana", en="implementing PPID (unit level)"),
    Role.ATASAN_PPID: Text(id="Atasan PPID", en="the PPID's superior"),
    Role.TIM_PERTIMBANGAN: Text(id="Tim Pertimbangan", en="advisory team"),
    Role.PIMPINAN: Text(id="Pimpinan Badan Publik", en="head of the public body"),
    Role.UNIT_PENGELOLA_INFORMASI: Text(
        id="Unit kerja yang menguasai informasi", en="work unit that holds the information"
    ),
}

#: Where each role is defined or given its part in the consequence test.
ROLE_BASIS: dict[Role, str] = {
    # Pemohon Informasi Publik: Pasal 1 angka 12 of the UU.
    Role.PEMOHON: "UU 14/2008 Pasal 1 angka 12",
    # Information officers assigned to prepare documents for the test.
    Role.PETUGAS: "PERKI 1/2021 Pasal 12 ayat (2) huruf c",
    # The PPID performs the test and decides with the Atasan PPID's approval.
    Role.PPID: "UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 10 ayat (1) huruf g, ayat (2) huruf e",
    Role.PPID_PELAKSANA: "PERKI 1/2021 Pasal 12",
    Role.ATASAN_PPID: "PERKI 1/2021 Pasal 1 angka 10, Pasal 6 ayat (2), Pasal 10 ayat (2) huruf e",
    # Optional body that helps formulate written considerations and the DIK.
    Role.TIM_PERTIMBANGAN: "PERKI 1/2021 Pasal 6 ayat (1) huruf d, Pasal 7 ayat (4)",
    # Approves the classification / signs "Menyetujui" on the Lembar Pengujian Konsekuensi.
    Role.PIMPINAN: "PP 61/2010 Pasal 3 ayat (2); PERKI 1/2021 Lampiran II, Pasal 53 ayat (2)",
    # "Pejabat atau unit/satuan kerja yang menguasai informasi" (a DIP column).
    Role.UNIT_PENGELOLA_INFORMASI: "PERKI 1/2021 Pasal 21 ayat (2), Pasal 45",
}


#: The roles to which the law gives the consequence test and its acts: `Role`'s eight.
STATUTORY_ROLES: frozenset[str] = frozenset(role.value for role in Role)


def _check_extra_role(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not SLUG.fullmatch(value):
        raise ValueError(
            "expected one of the statutory roles "
            f"({', '.join(sorted(STATUTORY_ROLES))}) or an agency's own role code (a lowercase "
            f"slug such as 'kasubbag-umum', declared in agency.json \"roles\"), got {value!r}"
        )
    if value in STATUTORY_ROLES:
        raise ValueError(f"{value!r} is a statutory role (Role), not an agency's own role")


@attrs.frozen(kw_only=True)
class AgencyRole:
    """A role an agency declares beyond the eight statutory ones (agency.json ``"roles"``):
    "Kepala Sub Bagian Umum", "Petugas Loket", named by the SOPs of its other procedures.

    It plays a lane of an SOP and acts in a case like a `Role`, and is compared by its code
    (``value``) alone: a case names it by code, the agency gives its ``label`` and ``basis``.
    The law gives it no power: every act that UU 14/2008, PP 61/2010 and PERKI 1/2021 reserve
    to the PPID, the Atasan PPID or the pimpinan (`uji_konsekuensi.case.powers`) lists statutory
    roles only, so an agency's own role that signs a Penetapan or a refusal, or decides an
    objection, is a finding whatever its name says.
    """

    #: The enum it extends: the converter reads a value of `Role` first, then this class.
    EXTENDS: ClassVar[type[enum.Enum]] = Role

    value: str = attrs.field(validator=_check_extra_role)
    label: Text = attrs.field(eq=False, repr=False)
    basis: str = attrs.field(default="", eq=False, repr=False)

    @label.default
    def _label(self) -> Text:
        # A case names the role by code; where the agency is not at hand, the code is its label.
        return Text(id=self.value, en=self.value)


#: Who can play a lane or act in a case: a statutory `Role` or an agency's own `AgencyRole`.
ActorRole = Role | AgencyRole


def _check_step_number(instance: Any, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name}: expected a step number (an integer "
            f">= 0; numbering is checked by validate()), got {value!r}"
        )


# --- identity ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Signatory:
    """ "Disahkan oleh": who signed the SOP into force (PermenPAN-RB 35/2012: jabatan, tanda
    tangan, nama dengan NIP, stempel). Each part as written; None when the document has none."""

    position: str | None = None  # jabatan
    name: str | None = None  # nama (with academic titles as written)
    nip: str | None = None  # Nomor Induk Pegawai, without the "NIP." label
    rank: str | None = None  # pangkat (e.g. "Pembina Utama Madya")


@attrs.frozen(kw_only=True)
class LegalBasis:
    """One entry of "Dasar Hukum", as written (without its list number).

    ``statute`` and ``citations`` are what `uji_konsekuensi.law` reads in it, computed on use so
    that the file keeps only what the agency wrote.
    """

    text: str = attrs.field(validator=nonblank)

    @property
    def statute(self) -> StatuteRef | None:
        """The instrument cited ("UU No. 14 Tahun 2008"), or None when the law module cannot
        read it."""
        from ..law import parse_statute

        return parse_statute(self.text)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Pasal 17 grounds cited in the entry, if any (empty when there are none to read)."""
        from ..law import CitationError, parse_citation

        try:
            return parse_citation(self.text)
        except CitationError:
            return ()


@attrs.frozen(kw_only=True)
class Identity(Provenanced):
    """The Bagian Identitas of an SOP AP (PermenPAN-RB 35/2012), each field as written.

    ``agency`` and ``unit``: the name of the public body and of its unit kerja (the letterhead,
    "Logo dan Nama SKPD/Unit Kerja"); ``letterhead``: its other lines (address, telephone, web,
    e-mail). ``number``: Nomor SOP. ``created_text`` / ``revised_text`` / ``effective_text``:
    Tanggal Pembuatan / Revisi / Efektif as written (None when blank); `created`, `revised`,
    `effective` read them. ``approved_by``: Disahkan oleh. ``title``: Nama SOP.
    ``flowchart_title``: the heading above the flowchart table, if any. ``legal_basis``: Dasar
    Hukum. ``qualifications``: Kualifikasi Pelaksana. ``related``: Keterkaitan (other SOPs).
    ``equipment``: Peralatan/Perlengkapan. ``warnings``: Peringatan. ``records``: Pencatatan dan
    Pendataan.
    """

    agency: str = attrs.field(validator=nonblank)
    unit: str | None = None
    letterhead: tuple[str, ...] = ()
    number: str = attrs.field(validator=nonblank)
    created_text: str | None = None
    revised_text: str | None = None
    effective_text: str | None = None
    approved_by: Signatory | None = None
    title: str = attrs.field(validator=nonblank)
    flowchart_title: str | None = None
    legal_basis: tuple[LegalBasis, ...] = ()
    qualifications: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()
    inferences: tuple[Inference, ...] = ()

    def read_date(self, field: str) -> Tanggal | None:
        """The date text of ``field`` ("created_text", ...) read after its corrections."""
        text = self.corrected(field)
        if text is None or not str(text).strip():
            return None
        return parse_tanggal(str(text), field=f"identity.{field}", source=self.number)

    @property
    def created(self) -> Tanggal | None:
        """Tanggal Pembuatan, read (None when blank; `TanggalError` when unreadable)."""
        return self.read_date("created_text")

    @property
    def revised(self) -> Tanggal | None:
        """Tanggal Revisi, read (None when blank; `TanggalError` when unreadable)."""
        return self.read_date("revised_text")

    @property
    def effective(self) -> Tanggal | None:
        """Tanggal Efektif, read (None when blank; `TanggalError` when unreadable)."""
        return self.read_date("effective_text")

    def legal_basis_texts(self) -> tuple[str, ...]:
        """The Dasar Hukum entries with their corrections applied."""
        return tuple(
            str(self.corrected(f"legal_basis[{i}].text")) for i in range(len(self.legal_basis))
        )


# --- flowchart --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Lane:
    """One actor column (swimlane) of the flowchart.

    ``id``: a slug steps refer to. ``name``: the column heading as written. ``role``: the
    canonical role it plays. ``role_basis``: why this lane has this role (the heading, what its
    steps do, the Pasal that gives the role that work).

    ``role`` and ``role_basis`` are None only in a draft (``sop import``) whose lane heading names
    no role the importer can read with confidence; validate() reports such a lane
    (``sop.lane.role.missing``, an error) until a person decides its role.
    """

    id: str = attrs.field(validator=slug("atasan-ppid"))
    name: str = attrs.field(validator=nonblank)
    role: ActorRole | None = None
    role_basis: Text | None = None


@attrs.frozen(kw_only=True)
class LaneMark:
    """Something the source shows in an actor column of a step's row, as written: remnants of
    the drawn symbol or of a branch label after text extraction ("TIDAK", "\\diamondsuit", "-").
    Kept because nothing in the source is dropped, and because they are evidence for actors."""

    lane: str
    text: str


@attrs.frozen(kw_only=True)
class Branch:
    """One way out of a decision.

    ``to``: the step it goes to (an earlier step for a loop), or None when the procedure ends on
    this branch. ``label``: the branch label as the flowchart writes it ("YA", "Tidak"), or None.
    ``condition``: what the branch means, quoted or summarised from the step's text.
    """

    to: int | None = None
    label: str | None = None
    condition: str | None = None


@attrs.frozen(kw_only=True)
class Step(Provenanced):
    """One activity of the flowchart (one row of the SOP table).

    ``number``: No. ``kind``: its symbol. ``activity``: Kegiatan / Uraian, as written.
    ``actors``: the ids of the lanes whose column holds the symbol (the first is the one that
    carries it out). ``requirements``: Kelengkapan / Syarat (the required inputs).
    ``waktu_text``: Waktu as written; `waktu` reads it. ``outputs``: Output. ``note``:
    Keterangan. Flow: ``next`` is the following step of a process or terminator (None: the
    procedure ends); a decision has ``yes`` and ``no`` branches instead. ``lane_marks``: what the
    source shows in the actor columns of this row.
    """

    number: int = attrs.field(validator=_check_step_number)
    kind: SymbolKind = SymbolKind.PROCESS
    activity: str = attrs.field(validator=nonblank)
    actors: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    waktu_text: str | None = None
    outputs: tuple[str, ...] = ()
    note: str | None = None
    next: int | None = None
    yes: Branch | None = None
    no: Branch | None = None
    lane_marks: tuple[LaneMark, ...] = ()
    corrections: tuple[Correction, ...] = ()
    inferences: tuple[Inference, ...] = ()

    @property
    def is_decision(self) -> bool:
        return self.kind is SymbolKind.DECISION

    @property
    def waktu(self) -> Waktu | None:
        """The Waktu read by `uji_konsekuensi.calendar.parse_waktu` (after corrections).

        None when no waktu is written; `WaktuError` when it is written but cannot be read
        (validate() reports that as ``sop.step.waktu.unreadable``).
        """
        text = self.corrected("waktu_text")
        if text is None or not str(text).strip():
            return None
        from ..calendar import parse_waktu  # the calendar loads `holidays`: import on use

        return parse_waktu(str(text))

    @property
    def successors(self) -> tuple[int | None, ...]:
        """Where the flow may go from here: (next,) or (yes.to, no.to); None means the end.

        A decision's missing branch gives nothing (validate() reports it)."""
        if self.is_decision:
            return tuple(b.to for b in (self.yes, self.no) if b is not None)
        return (self.next,)

    @property
    def ends(self) -> bool:
        """Whether the procedure can end at this step (a None among the successors)."""
        return None in self.successors


@attrs.frozen(kw_only=True)
class SOP(Provenanced):
    """An SOP AP for the consequence test: identity, lanes, steps.

    ``trigger``: "request" when the procedure starts from a request for information,
    "periodic" when the PPID classifies information ahead of requests (PERKI 1/2021 Pasal 49
    ayat (1)). ``source``: where the transcription comes from. ``corrections``/``inferences``:
    records about the SOP-level fields (the trigger).
    """

    identity: Identity
    lanes: tuple[Lane, ...] = ()
    steps: tuple[Step, ...] = ()
    trigger: TriggerKind | None = None
    source: str | None = None
    corrections: tuple[Correction, ...] = ()
    inferences: tuple[Inference, ...] = ()

    @property
    def number(self) -> str:
        """Nomor SOP, as written."""
        return self.identity.number

    @property
    def title(self) -> str:
        """Nama SOP, as written."""
        return self.identity.title

    def step(self, number: int) -> Step:
        """The step with this number; `KeyError` when there is none."""
        for s in self.steps:
            if s.number == number:
                return s
        raise KeyError(f"SOP {self.number!r} has no step {number}")

    def lane(self, lane_id: str) -> Lane:
        """The lane with this id; `KeyError` when there is none."""
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(f"SOP {self.number!r} has no lane {lane_id!r}")

    def roles_of(self, step: Step | int) -> tuple[ActorRole, ...]:
        """The roles of a step's actors, in order (actors not among the lanes are skipped;
        validate() reports them)."""
        s = self.step(step) if isinstance(step, int) else step
        by_id = {lane.id: lane.role for lane in self.lanes}
        return tuple(r for a in s.actors if (r := by_id.get(a)) is not None)

    def steps_of(self, role: ActorRole) -> tuple[Step, ...]:
        """The steps in which an actor with this role takes part."""
        return tuple(s for s in self.steps if role in self.roles_of(s))

    @property
    def first_step(self) -> Step | None:
        """Where the procedure starts: the step with the lowest number (None if no steps)."""
        return min(self.steps, key=lambda s: s.number) if self.steps else None

    def validate(self) -> tuple[Finding, ...]:
        """Structural and identity problems of this SOP (codes ``sop.*``, see docs/sop.md)."""
        from .validate import validate_sop

        return validate_sop(self)
