"""What the checker needs from an SOP, computed once per SOP (not once per case).

`CompiledSop` is an agency's SOP read for running cases: for each step its roles (from its lanes),
its parsed waktu, where the flow goes, the documents it needs and produces (as the agency's
document codes), and for the whole SOP who may approve the test. Checking 10,000 cases of one
agency builds it once (`compile_sop`).

Matching kelengkapan and output to documents. An SOP writes its kelengkapan (required inputs) and
outputs as free text ("Draft Lembar Uji Konsekuensi", "Informasi/ dokumen yang dimohon/ surat
penolakan"); the agency's plugin declares its kinds of document (`DocumentKind`: code, title,
the steps that produce it). A text item is matched to the kinds whose title it names:

- both are reduced to their words (lower case, letters and digits; "pengujian" read as "uji",
  "draf" as "draft", small connecting words such as "dan", "yang", "atau" dropped);
- a kind matches an item when all the words of its title are in the item, or all the words of the
  item are in its title (two words at least, so that one common word matches nothing); but an
  item that adds a word naming another kind of paper names another document ("Draft
  *Penetapan* Klasifikasi Informasi yang Dikecualikan" is not the "Draft Informasi yang
  Dikecualikan");
- of several matching kinds, a kind whose words are all in another matching kind's title is
  dropped (the more specific title wins: "Draf DIK dari Komponen" over "Draf DIK");
- an item listing alternatives ("... atau surat penolakan") is split at "atau"; it is checked
  only when every alternative matches a kind (an alternative we cannot recognise could be what
  was supplied, and a finding must never be a guess).

Which kinds a step needs and produces is declared by the plugin (`DocumentKind.required_by_steps`
and ``produced_by_steps``), never inferred from titles: the matching above only groups a step's
declared kinds under the kelengkapan or output item that names them (so that "A atau B" is met by
either), and a declared kind no item names is still required. An output item with no matching
kind among those the step produces falls back to any kind the step produces.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from ..agency import Agency
from ..calendar import Waktu, WaktuError
from ..document_kinds import DocumentKind
from ..i18n import Language
from ..sop import SOP, ActorRole, Role, Step

__all__ = ["CompiledSop", "CompiledStep", "Requirement", "compile_sop"]

#: Roles that may approve a consequence test when the SOP names no approving step:
#: PP 61/2010 Pasal 3 ayat (2) and PERKI 1/2021 Lampiran II (pimpinan), PERKI 1/2021 Pasal 10
#: ayat (2) huruf e (Atasan PPID). The PPID, who does the test, cannot approve it himself.
LAW_APPROVERS: frozenset[Role] = frozenset({Role.ATASAN_PPID, Role.PIMPINAN})

_APPROVES = re.compile(r"menyetujui|persetujuan|mengesahkan|menandatangani", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
#: Words that connect a title rather than name the document.
_STOP = frozenset({"dan", "yang", "atau", "dari", "beserta", "tentang", "serta", "untuk", "di"})
#: Spellings of one word (SOPs write both).
_SYNONYMS = {"pengujian": "uji", "draf": "draft", "public": "publik", "hasil": "hasil"}
#: Words naming a kind of paper: a title that adds one of them names another document.
_PAPER = frozenset(
    {"penetapan", "keputusan", "berita", "lembar", "rekapitulasi", "arsip", "nota", "undangan"}
    | {"matriks", "sk"}
)
_ALTERNATIVES = re.compile(r"\s+atau\s+|\s*/\s*(?=surat\b)", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:dan\s+)?|\s+dan\s+(?=[A-Z])")


def words(text: str) -> frozenset[str]:
    """The words of a title for matching (see the module notes)."""
    out = set()
    for w in _WORD.findall(text.casefold()):
        if w in _STOP:
            continue
        out.add(_SYNONYMS.get(w, w))
    return frozenset(out)


@attrs.frozen(kw_only=True)
class Requirement:
    """One kelengkapan or output item of a step: ``text`` as the SOP writes it and ``kinds``,
    the agency's document codes any one of which satisfies it."""

    text: str
    kinds: frozenset[str]


@attrs.frozen(kw_only=True)
class CompiledStep:
    """One step, read for running cases.

    ``label``: "SOP <nomor> langkah <n>", the basis of findings about the step. ``roles``: the
    roles of its lanes. ``waktu``: its parsed time (None when blank or unreadable;
    ``waktu_error`` then says why). ``successors``: where the flow may go (None = the end);
    ``branches``: a decision's "yes"/"no" targets. ``inputs`` / ``outputs``: checkable
    kelengkapan and output items. ``after_step``: the step a "setelah <langkah>" waktu counts
    from, when the SOP names one; ``after_test``: it counts from the consequence test itself.
    ``approves``: the step approves or signs the test's result. ``is_decision``: a decision
    (kept as a field: the checker asks it for every event).
    """

    step: Step
    number: int
    label: str
    roles: frozenset[ActorRole]
    waktu: Waktu | None
    waktu_error: str | None
    successors: tuple[int | None, ...]
    branches: Mapping[str, int | None]
    inputs: tuple[Requirement, ...]
    outputs: tuple[Requirement, ...]
    produced: frozenset[str]
    after_step: int | None
    after_test: bool
    approves: bool
    is_decision: bool


@attrs.frozen(kw_only=True)
class CompiledSop:
    """An SOP read for running cases (see the module notes). Built by `compile_sop`."""

    sop: SOP
    agency_code: str
    steps: Mapping[int, CompiledStep]
    first: int | None
    approvers: frozenset[Role]
    approving_steps: tuple[int, ...]
    kinds: Mapping[str, DocumentKind]
    back_edges: frozenset[tuple[int, int]]

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(sorted(self.steps))

    def label(self, step: int | None = None) -> str:
        """ "SOP <nomor>" or "SOP <nomor> langkah <n>"."""
        if step is None:
            return f"SOP {self.sop.number}"
        return f"SOP {self.sop.number} langkah {step}"

    def path(self, starts: Iterable[int], target: int) -> tuple[int, ...] | None:
        """The shortest way from one of ``starts`` to ``target`` along the flow, without loops
        back: the steps passed (``starts`` member first, ``target`` excluded); None if none."""
        return _path(self, frozenset(starts), target)


_path_cache: dict[tuple[int, frozenset[int], int], tuple[int, ...] | None] = {}


def _path(plan: CompiledSop, starts: frozenset[int], target: int) -> tuple[int, ...] | None:
    key = (id(plan), starts, target)
    if key in _path_cache:
        return _path_cache[key]
    seen: dict[int, tuple[int, ...]] = {}
    queue: deque[tuple[int, tuple[int, ...]]] = deque()
    for s in sorted(starts):
        if s in plan.steps:
            queue.append((s, ()))
    result: tuple[int, ...] | None = None
    while queue:
        node, trail = queue.popleft()
        if node in seen:
            continue
        seen[node] = trail
        if node == target:
            result = trail
            break
        for nxt in plan.steps[node].successors:
            if nxt is None or (node, nxt) in plan.back_edges or nxt in seen:
                continue
            queue.append((nxt, (*trail, node)))
    if len(_path_cache) < 100_000:
        _path_cache[key] = result
    return result


# --- building the plan ------------------------------------------------------------------------

_plans: dict[tuple[int, int], tuple[Agency, SOP, CompiledSop]] = {}
_lock = threading.Lock()


def compile_sop(agency: Agency, sop: SOP) -> CompiledSop:
    """The plan of ``sop`` for ``agency``, built on first use and kept (keyed by the objects,
    which agencies keep alive for the process)."""
    key = (id(agency), id(sop))
    hit = _plans.get(key)
    if hit is not None and hit[0] is agency and hit[1] is sop:
        return hit[2]
    with _lock:
        plan = _build(agency, sop)
        _plans[key] = (agency, sop, plan)
        return plan


def _roles(sop: SOP, step: Step) -> frozenset[ActorRole]:
    return frozenset(sop.roles_of(step))


def _back_edges(sop: SOP) -> frozenset[tuple[int, int]]:
    """Edges that go back to a step at or before their source (the flowchart's loops)."""
    edges = set()
    for s in sop.steps:
        for t in s.successors:
            if t is not None and t <= s.number:
                edges.add((s.number, t))
    return frozenset(edges)


def _match(text: str, candidates: Iterable[DocumentKind]) -> frozenset[str]:
    """The kinds a text item names (see the module notes)."""
    item = words(text)
    found: dict[str, frozenset[str]] = {}
    for kind in candidates:
        title = words(kind.title)
        if len(title) < 2 or len(item) < 2:
            continue
        if (title <= item and not (item - title) & _PAPER) or item <= title:
            found[kind.code] = title
    specific = {
        code
        for code, title in found.items()
        if not any(other != code and title < found[other] for other in found)
    }
    return frozenset(specific)


def _items(texts: Iterable[str]) -> list[str]:
    """Split list cells further where one item names several documents ("A, B, dan C")."""
    out: list[str] = []
    for text in texts:
        out.extend(part for part in _LIST_SPLIT.split(text) if part.strip())
    return out


def _requirements(
    texts: Iterable[str], candidates: list[DocumentKind], fallback: frozenset[str]
) -> tuple[Requirement, ...]:
    reqs: list[Requirement] = []
    seen: set[frozenset[str]] = set()
    for text in _items(texts):
        alternatives = [a for a in _ALTERNATIVES.split(text) if a.strip()]
        kinds: set[str] = set()
        checkable = True
        for alt in alternatives:
            matched = _match(alt, candidates)
            if not matched:
                checkable = False
                break
            kinds |= matched
        if not checkable:
            if not fallback:
                continue
            kinds = set(fallback)
        frozen = frozenset(kinds)
        if frozen and frozen not in seen:
            seen.add(frozen)
            reqs.append(Requirement(text=text, kinds=frozen))
    return tuple(reqs)


def _declared_inputs(texts: Iterable[str], declared: list[DocumentKind]) -> tuple[Requirement, ...]:
    """The step's required inputs: each declared kind, grouped with the kelengkapan item that
    names it (an item naming alternatives, "A atau B", is satisfied by either); a declared kind
    that no item names is required on its own, under its title."""
    reqs = list(_requirements(texts, declared, frozenset()))
    covered = {code for r in reqs for code in r.kinds}
    for k in declared:
        if k.code not in covered:
            reqs.append(Requirement(text=k.title, kinds=frozenset({k.code})))
    return tuple(reqs)


def _after(sop: SOP, step: Step, waktu: Waktu | None) -> tuple[int | None, bool]:
    """What a "setelah <langkah>" waktu counts from: a named step, or the consequence test."""
    if waktu is None or not waktu.after:
        return None, False
    target = words(waktu.after)
    for other in sop.steps:
        if other.number != step.number and target and target <= words(other.activity):
            return other.number, False
    # "setelah Pengujian Konsekuensi" names the test, which the case dates in its Lembar.
    return None, "konsekuensi" in target


def _build(agency: Agency, sop: SOP) -> CompiledSop:
    back = _back_edges(sop)
    kinds = {k.code: k for k in agency.documents}
    produced_by: dict[int, list[DocumentKind]] = {}
    for k in agency.documents:
        for n in k.produced_by_steps:
            produced_by.setdefault(n, []).append(k)
    steps: dict[int, CompiledStep] = {}
    approving: list[int] = []
    for s in sop.steps:
        try:
            waktu, error = s.waktu, None
        except WaktuError as exc:
            waktu, error = None, str(exc)
        # Inputs are what the plugin declares (DocumentKind.required_by_steps), never guessed
        # from titles; the titles only tell which kelengkapan item a declared kind answers.
        declared = [k for k in agency.documents if s.number in k.required_by_steps]
        own = produced_by.get(s.number, [])
        after_step, after_test = _after(sop, s, waktu)
        approves = bool(_APPROVES.search(s.activity))
        if approves:
            approving.append(s.number)
        branches: dict[str, int | None] = {}
        if s.is_decision:
            if s.yes is not None:
                branches["yes"] = s.yes.to
            if s.no is not None:
                branches["no"] = s.no.to
        steps[s.number] = CompiledStep(
            step=s,
            number=s.number,
            label=f"SOP {sop.number} langkah {s.number}",
            roles=_roles(sop, s),
            waktu=waktu,
            waktu_error=error,
            successors=s.successors,
            branches=MappingProxyType(branches),
            inputs=_declared_inputs(s.requirements, declared),
            outputs=_requirements(s.outputs, own, frozenset(k.code for k in own)),
            produced=frozenset(k.code for k in own),
            after_step=after_step,
            after_test=after_test,
            approves=approves,
            is_decision=s.is_decision,
        )
    # The pimpinan may always approve: PP 61/2010 Pasal 3 ayat (2) gives the approval to the head
    # of the public body, and an SOP that delegates it to the Atasan PPID does not take it away.
    approvers: set[Role] = {Role.PIMPINAN}
    for n in approving:
        approvers |= {r for r in steps[n].roles if isinstance(r, Role) and r in LAW_APPROVERS}
    first = sop.first_step
    return CompiledSop(
        sop=sop,
        agency_code=agency.code,
        # Read-only views: every rule reads the same plan (the plan is shared across cases).
        steps=MappingProxyType(steps),
        first=None if first is None else first.number,
        approvers=frozenset(approvers) if len(approvers) > 1 else LAW_APPROVERS,
        approving_steps=tuple(approving),
        kinds=MappingProxyType(kinds),
        back_edges=back,
    )


def role_names(roles: Iterable[ActorRole], lang: Language) -> str:
    """The roles' labels, sorted, for a message."""
    return ", ".join(sorted(r.label.get(lang) for r in roles)) or "-"
