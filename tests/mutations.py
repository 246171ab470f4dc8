"""Semantic mutation operators for case files: how good is the checker's verdict?

A compliance tool that says "patuh" wrongly is worse than none. This module measures it by
mutating the *substance* of a compliant case (the four examples, examples/cases/*.case.json)
one thing at a time, so that the case becomes wrong in law or against its SOP, and lets the
checker judge each mutant (tests/test_semantic_mutations.py, tools/mutation_score.py). A mutant
is *caught* when the checker does not say "compliant" (or refuses the file with a clear
`InputError`); a *survivor* is a wrong case the checker passes.

Every operator is a pure function: it takes a case as JSON-shaped data (a dict, never changed)
and yields ``(description, mutated dict)`` pairs. The description names the path and the change
("events[3] step_completed step 2: actor.role ppid -> pemohon"); it is stable across runs, so the
allow-list of legitimate survivors (tests/data/mutation_survivors.json) can name a mutant by it.
Each operator's docstring says why its mutants are wrong, with the Pasal or SOP rule. Where a
change would *not* be wrong (an identity card dated years before the request, a role the SOP's
lane allows), the operator does not make it: a mutant must be wrong in substance.

Operators read the agency's SOP (its lanes, waktu, documents) through the library, but never its
checker: what is wrong is decided here, from the law and the SOP, not from what the rules find.

A developer tool: not shipped in the package.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import attrs

from uji_konsekuensi.agency import get_agency
from uji_konsekuensi.case import check_case, load_case
from uji_konsekuensi.case.compiled_sop import CompiledSop, compile_sop
from uji_konsekuensi.errors import InputError
from uji_konsekuensi.findings import Severity
from uji_konsekuensi.sop import Role

__all__ = [
    "ALLOW_LIST",
    "BENIGN",
    "EXAMPLES",
    "OPERATORS",
    "CaseData",
    "Mutant",
    "Operator",
    "Result",
    "allowed_survivors",
    "example_cases",
    "false_alarms",
    "judge",
    "render_table",
    "run",
    "summary",
    "unsound",
]

ROOT = Path(__file__).resolve().parent.parent
#: The compliant example cases every operator runs on.
EXAMPLES = ROOT / "examples" / "cases"

CaseData = dict[str, Any]
Mutant = tuple[str, CaseData]
Operator = Callable[[CaseData], Iterator[Mutant]]

#: Every operator by name, in the order the score table shows them.
OPERATORS: dict[str, Operator] = {}


def operator(name: str) -> Callable[[Operator], Operator]:
    def register(fn: Operator) -> Operator:
        OPERATORS[name] = fn
        return fn

    return register


def example_cases(directory: Path = EXAMPLES) -> dict[str, CaseData]:
    """The compliant example cases, by name ("kalbar"), as parsed JSON."""
    return {
        path.name.removesuffix(".case.json"): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.case.json"))
    }


# --- helpers ----------------------------------------------------------------------------------


def _clone(case: CaseData) -> CaseData:
    # JSON round trip: the data is JSON-shaped, and this is faster than copy.deepcopy.
    result: CaseData = json.loads(json.dumps(case))
    return result


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _at(moment: dt.datetime) -> str:
    return moment.isoformat()


def _on_year(moment: dt.datetime, year: int, month: int, day: int) -> dt.datetime:
    # The same wall-clock time and UTC offset, on another day: the file stays loadable.
    return moment.replace(year=year, month=month, day=day)


def _event_label(case: CaseData, index: int) -> str:
    event = case["events"][index]
    step = f" step {event['step']}" if "step" in event else ""
    return f"events[{index}] {event['kind']}{step}"


def _is_request(case: CaseData) -> bool:
    return bool(case["trigger"]["kind"] == "request")


def _first_at(case: CaseData) -> dt.datetime:
    """When the case began: the receipt of a request, or the first event of a periodic round."""
    if _is_request(case):
        return _moment(case["trigger"]["received_at"])
    return min(_moment(e["at"]) for e in case["events"])


def _last_at(case: CaseData) -> dt.datetime:
    return max(_moment(e["at"]) for e in case["events"])


@functools.lru_cache(maxsize=16)
def _plan_of(agency: str, sop: str) -> CompiledSop:
    found = get_agency(agency)

    def key(number: str) -> str:  # as the checker matches an SOP number
        return "".join(number.split()).casefold()

    return compile_sop(found, next(s for s in found.sops if key(s.number) == key(sop)))


def _plan(case: CaseData) -> CompiledSop:
    """The SOP of the case read for running it (lanes' roles, waktu, documents, approvers)."""
    return _plan_of(case["agency"], case["sop"])


def _documents(case: CaseData) -> dict[str, CaseData]:
    return {d["id"]: d for d in case["documents"]}


def _sheet_paths(case: CaseData) -> list[tuple[str, CaseData]]:
    """Every Lembar of the case with its path: ``tests[k]`` and ``penetapan.sheets[k]``."""
    sheets = [(f"tests[{k}]", s) for k, s in enumerate(case.get("tests") or [])]
    penetapan = case.get("penetapan")
    if penetapan:
        sheets += [(f"penetapan.sheets[{k}]", s) for k, s in enumerate(penetapan["sheets"])]
    return sheets


def _parts(path: str) -> list[str | int]:
    """A path as the descriptions write it ("penetapan.sheets[0].rows[1]"), as keys and indexes."""
    return [
        int(part[1:-1]) if part.startswith("[") else part
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", path)
    ]


def _get(case: CaseData, path: str) -> Any:
    """The value at a path."""
    node: Any = case
    for part in _parts(path):
        node = node[part]
    return node


def _rows(case: CaseData) -> list[tuple[str, CaseData]]:
    return [
        (f"{path}.rows[{r}]", row)
        for path, sheet in _sheet_paths(case)
        for r, row in enumerate(sheet["rows"])
    ]


def _sheet_date(case: CaseData, row_path: str) -> dt.date:
    sheet_path = row_path.rsplit(".rows[", 1)[0]
    return dt.date.fromisoformat(_get(case, sheet_path)["date"])


def _mutant(case: CaseData, description: str, change: Callable[[CaseData], None]) -> Mutant:
    mutated = _clone(case)
    change(mutated)
    return description, mutated


def _set(path: str, value: Any) -> Callable[[CaseData], None]:
    """A change that sets the value at ``path``."""
    *parents, last = _parts(path)

    def change(case: CaseData) -> None:
        node: Any = case
        for part in parents:
            node = node[part]
        node[last] = value

    return change


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


# --- role -------------------------------------------------------------------------------------

#: Roles that may never do an act of the Badan Publik that is not a step of the SOP. The law
#: names who acts: the written notice and its extension are the PPID's (UU 14/2008 Pasal 22 ayat
#: (7)-(8); PERKI 1/2021 Pasal 34 and 36), the pause of an incomplete request is the PPID's check
#: of completeness (PERKI 1/2021 Pasal 31 ayat (2), Pasal 33), the exemption is declared by the
#: PPID's Penetapan (PERKI 1/2021 Pasal 49 ayat (4)-(5)) and its expiry by the PPID's penetapan
#: (PP 61/2010 Pasal 11 ayat (1)). A requester, the advisory team (Tim Pertimbangan, which advises
#: and decides nothing) or the unit that holds the information never does these acts. A
#: petugas may deliver a notice or record a pause, but never declares an exemption.
_OUTSIDERS = ("pemohon", "tim-pertimbangan", "unit-pengelola-informasi")
NOT_BY: dict[str, tuple[str, ...]] = {
    "notice_sent": _OUTSIDERS,
    "extension": _OUTSIDERS,
    "paused": _OUTSIDERS,
    "exemption_declared": (*_OUTSIDERS, "petugas"),
    "expiry_declared": (*_OUTSIDERS, "petugas"),
    # A return for correction is made by whoever reviews the work, never by the requester.
    "loop_back": ("pemohon",),
}

#: Who may not sign: the refusal letter is the PPID's decree (PERKI 1/2021 Lampiran, "Surat
#: Keputusan PPID tentang Penolakan"; UU 14/2008 Pasal 22 ayat (7) huruf c); the Penetapan is
#: signed by the PPID (Lampiran III) or issued by the pimpinan as his decree, and names the PPID
#: who sets it (PERKI 1/2021 Pasal 49 ayat (5) huruf a).
NOT_SIGNED_BY = ("pemohon", "petugas", "tim-pertimbangan", "unit-pengelola-informasi")


@operator("role")
def role(case: CaseData) -> Iterator[Mutant]:
    """Each actor's and each signatory's role changed to a role that may not do it.

    - a step's actor: every role that is not among the roles of the step's lanes in the agency's
      SOP (the SOP AP assigns each activity to its pelaksana, PermenPAN-RB 35/2012; the case is
      then run by someone the SOP does not let run it);
    - an act outside the steps (notice, extension, pause, declarations, return for correction):
      the roles of `NOT_BY`, which the law does not let do it;
    - the refusal letter's signatory and the Penetapan's signature and PPID: the roles of
      `NOT_SIGNED_BY`;
    - a Lembar's "Menyetujui": every role that may not approve the test (PP 61/2010 Pasal 3
      ayat (2), PERKI 1/2021 Lampiran II: the pimpinan; Pasal 10 ayat (2) huruf e: the Atasan
      PPID; never the PPID who made it, nor anyone else; the SOP may name its approvers);
    - the PPID among a Lembar's participants: made the requester, so that the test was not made
      by the PPID (PERKI 1/2021 Pasal 22 ayat (3), Pasal 49: the PPID tests) and the requester
      sat in judgement of his own request.
    The ``resumed`` event is not mutated: its actor only records who handed in the completed
    request, which may be the requester or an officer.
    """
    plan = _plan(case)
    all_roles = [r.value for r in Role]
    for i, event in enumerate(case["events"]):
        actor = event.get("actor")
        if actor is None:
            continue
        now = actor["role"]
        if event["kind"] in ("step_started", "step_completed"):
            allowed = {r.value for r in plan.steps[event["step"]].roles}
            wrong = [r for r in all_roles if r not in allowed]
        else:
            wrong = [r for r in NOT_BY.get(event["kind"], ()) if r != now]
        for new in wrong:
            yield _mutant(
                case,
                f"{_event_label(case, i)}: actor.role {now} -> {new}",
                _set(f"events[{i}].actor.role", new),
            )
    for d, doc in enumerate(case["documents"]):
        signed = (doc.get("refusal") or {}).get("signed_by")
        if signed:
            for new in NOT_SIGNED_BY:
                if new != signed["role"]:
                    yield _mutant(
                        case,
                        f"documents[{d}] ({doc['id']}) refusal.signed_by.role "
                        f"{signed['role']} -> {new}",
                        _set(f"documents[{d}].refusal.signed_by.role", new),
                    )
    penetapan = case.get("penetapan")
    if penetapan:
        for key in ("signature", "ppid"):
            block = penetapan.get(key)
            if block and block.get("role"):
                for new in NOT_SIGNED_BY:
                    if new != block["role"]:
                        yield _mutant(
                            case,
                            f"penetapan.{key}.role {block['role']} -> {new}",
                            _set(f"penetapan.{key}.role", new),
                        )
    approvers = {r.value for r in plan.approvers}
    for path, sheet in _sheet_paths(case):
        approval = sheet.get("approval")
        if approval:
            for new in all_roles:
                if new not in approvers and new != approval["role"]:
                    yield _mutant(
                        case,
                        f"{path}.approval.role {approval['role']} -> {new}",
                        _set(f"{path}.approval.role", new),
                    )
        for p, person in enumerate(sheet.get("participants") or []):
            if person.get("role") == "ppid":
                yield _mutant(
                    case,
                    f"{path}.participants[{p}] ({person['name']}) role ppid -> pemohon",
                    _set(f"{path}.participants[{p}].role", "pemohon"),
                )


# --- date -------------------------------------------------------------------------------------


def _bounded(plan: CompiledSop, step: int) -> bool:
    """Whether the step's waktu bounds how long it may take ("3 HK", "1 bulan"), unlike "setiap
    saat", "tentatif" or "pada hari dan jam kerja", which bound nothing."""
    waktu = plan.steps[step].waktu
    return waktu is not None and waktu.amount is not None


def _late_is_wrong(case: CaseData, plan: CompiledSop, index: int) -> bool:
    """Whether moving the LAST event far later (30 days, to 2099) is wrong by itself.

    Every other event moved after the last one breaks the order of the log (the SOP's flow).
    The last event is wrong later only when something bounds it: the waktu of its step (the
    step then lasts longer than its mutu baku), the notice period of a request (UU 14/2008
    Pasal 22 ayat (7)-(8): 10 + 7 hari kerja from receipt), the expiry declaration's 30 hari kerja
    before the period ends (PP 61/2010 Pasal 11 ayat (2)). A step whose waktu bounds nothing
    ("setiap saat", "pada hari dan jam kerja"), or an act without a bound, may happen later.
    """
    event = case["events"][index]
    if "step" in event:
        return _bounded(plan, event["step"])
    return event["kind"] in ("notice_sent", "expiry_declared", "extension")


def _early_moves(case: CaseData, plan: CompiledSop, index: int) -> tuple[str, ...]:
    """Which early moves of this event are wrong by themselves: "before" (a day before the case
    began) and "1990".

    Nothing the body does on a request happens before its receipt (the clock and the register
    start there: UU 14/2008 Pasal 22 ayat (4), (7)); any event but the first moved before the
    first one breaks the order of the log. The first event of a periodic round, and the
    requester's own first step (writing the request, before it is received), may begin earlier:
    only 1990 is wrong, and only when the step's waktu bounds it (the step then lasts 35 years).
    """
    event = case["events"][index]
    first = index == _first_index(case)
    own_request = first and event.get("actor", {}).get("role") == "pemohon"
    if not first or (_is_request(case) and not own_request):
        return ("before", "1990")
    if event["kind"] == "step_started" and _bounded(plan, event["step"]):
        return ("1990",)
    return ()


def _first_index(case: CaseData) -> int:
    moments = [_moment(e["at"]) for e in case["events"]]
    return moments.index(min(moments))


#: The acts whose ``document`` is a paper the body makes (not the requester's).
_ACTS_WITH_PAPER = ("notice_sent", "exemption_declared", "expiry_declared", "extension", "paused")


def _produced(case: CaseData) -> set[str]:
    """Ids of the documents the case's own acts produce (step outputs, notices, declarations)."""
    made: set[str] = set()
    for event in case["events"]:
        made.update(event.get("outputs") or ())
        if event["kind"] in _ACTS_WITH_PAPER and event.get("document"):
            made.add(event["document"])
    return made


def _the_request(case: CaseData) -> set[str]:
    """The papers of the request itself: what the requester's steps produced on or before the
    day of receipt (the request form); the requester may date them before he hands them in."""
    if not _is_request(case):
        return set()
    received = _moment(case["trigger"]["received_at"]).date()
    return {
        doc
        for e in case["events"]
        if e.get("actor", {}).get("role") == "pemohon" and _moment(e["at"]).date() <= received
        for doc in e.get("outputs") or ()
    }


@operator("date")
def date(case: CaseData) -> Iterator[Mutant]:
    """Each event's moment and each document's date moved before the case began, after it
    closed, and years away (1990, 2099), keeping the UTC offset (the file stays loadable).

    Why each is wrong:
    - an event before the receipt of the request: nothing is done on a request before it is
      received and registered (UU 14/2008 Pasal 22 ayat (4)); in any case an event moved before
      or after the others breaks the SOP's order (PermenPAN-RB 35/2012: the flowchart's order),
      and the last event moved later breaks its waktu or statutory bound (`_late_is_wrong`);
    - the receipt itself moved: to 1990, the notice comes 35 years late (Pasal 22 ayat (7));
      after the case closed or to 2099, every act precedes the request;
    - a document the case produced (a step's output, a notice, a Penetapan) dated before the case
      began or in 1990: dated before the act that made it; dated after the case closed or in
      2099: dated after it was used or delivered (the record contradicts the log). A document
      supplied from outside (an identity card, a deed, the PPID's memo that opens a round) or
      the request form the requester wrote may be older than the case: only its later dates
      are made (dated after the step that used it);
    - a Lembar's, Penetapan's, approval's or signature's date before the request: the test on a
      request cannot precede it (PERKI 1/2021 Pasal 49 ayat (1) huruf b); before a periodic
      round or after the case closed: the test's record contradicts the log that made it (the
      Lembar is the output of its step); 1990 / 2099 likewise;
    - a source document (the document that holds the tested information) dated after the case
      closed or in 2099: the test examined a document that did not yet exist (Pasal 49 ayat (2)
      huruf a). Its earlier dates are lawful and not made.
    """
    plan = _plan(case)
    start = _first_at(case)
    last = _last_at(case)
    before = start - dt.timedelta(days=1)
    after = last + dt.timedelta(days=30)
    for i, event in enumerate(case["events"]):
        at = _moment(event["at"])
        label = _event_label(case, i)
        early = _early_moves(case, plan, i)
        moves = []
        if "before" in early:
            moves.append(("before the case began", before))
        if "1990" in early:
            moves.append(("to 1990", _on_year(at, 1990, 1, 2)))
        is_last = _moment(event["at"]) == last
        if not is_last or _late_is_wrong(case, plan, i):
            moves += [("after the case closed", after), ("to 2099", _on_year(at, 2099, 12, 30))]
        for what, moment in moves:
            yield _mutant(case, f"{label}: at moved {what}", _set(f"events[{i}].at", _at(moment)))
    if _is_request(case):
        received = _moment(case["trigger"]["received_at"])
        for what, moment in (
            ("to 1990", _on_year(received, 1990, 1, 2)),
            ("after the case closed", after),
            ("to 2099", _on_year(received, 2099, 12, 30)),
        ):
            yield _mutant(
                case,
                f"trigger.received_at moved {what}",
                _set("trigger.received_at", _at(moment)),
            )
    early_day, late_day = before.date(), after.date()
    made = _produced(case) - _the_request(case)
    for d, doc in enumerate(case["documents"]):
        day = dt.date.fromisoformat(doc["date"])
        dates = []
        if doc["id"] in made:
            dates += [("before the case began", early_day), ("to 1990", day.replace(year=1990))]
        dates += [("after the case closed", late_day), ("to 2099", day.replace(year=2099))]
        for what, new in dates:
            yield _mutant(
                case,
                f"documents[{d}] ({doc['id']}) date moved {what}",
                _set(f"documents[{d}].date", new.isoformat()),
            )
    dated: list[str] = []
    for path, sheet in _sheet_paths(case):
        dated.append(path)
        if sheet.get("approval"):
            dated.append(f"{path}.approval")
    penetapan = case.get("penetapan")
    if penetapan:
        dated.append("penetapan")
        if penetapan.get("signature"):
            dated.append("penetapan.signature")
    for path in dated:
        value = _get(case, path).get("date")
        if not value:
            continue
        day = dt.date.fromisoformat(value)
        for what, new in (
            ("before the case began", early_day),
            ("after the case closed", late_day),
            ("to 1990", day.replace(year=1990)),
            ("to 2099", day.replace(year=2099)),
        ):
            yield _mutant(case, f"{path}.date moved {what}", _set(f"{path}.date", new.isoformat()))
    for row_path, row in _rows(case):
        for s, source in enumerate(row.get("documents") or []):
            if source.get("date"):
                day = dt.date.fromisoformat(source["date"])
                for what, new in (
                    ("after the case closed", late_day),
                    ("to 2099", day.replace(year=2099)),
                ):
                    yield _mutant(
                        case,
                        f"{row_path}.documents[{s}].date moved {what}",
                        _set(f"{row_path}.documents[{s}].date", new.isoformat()),
                    )


# --- duplicate, remove, contradict ------------------------------------------------------------


#: Declarations the log may repeat without changing anything: the Penetapan declares the
#: information exempt (PERKI 1/2021 Pasal 49 ayat (4)) and the PPID's penetapan opens it (PP
#: 61/2010 Pasal 11) whether the act is recorded once or twice; no Pasal limits how often one
#: act is recorded, and the record of the Penetapan itself (its number, date, signature) is
#: what an auditor reads. Removing the exemption_declared event likewise leaves the Penetapan
#: (or the approved Lembar) in the record, dated: it *is* the declaration.
_DECLARATIONS = ("exemption_declared", "expiry_declared")


@operator("duplicate")
def duplicate(case: CaseData) -> Iterator[Mutant]:
    """Each event recorded twice (the copy right after it, the same moment).

    Why wrong: the log is append-only and records each act once (docs/case.md); a step started
    or completed twice without a return for correction breaks the SOP's flow (PermenPAN-RB
    35/2012: each activity once, in the flowchart's order); a second notice or extension is a
    second act the law allows once (UU 14/2008 Pasal 22 ayat (7), ayat (8); PERKI 1/2021 Pasal
    36); a second pause stops a clock already stopped, a second resumption completes a request
    already complete (PERKI 1/2021 Pasal 31-33).
    Not duplicated: the declarations (`_DECLARATIONS`), whose double record changes nothing.
    """
    for i, event in enumerate(case["events"]):
        if event["kind"] in _DECLARATIONS:
            continue

        def change(mutated: CaseData, i: int = i) -> None:
            mutated["events"].insert(i + 1, _clone(mutated["events"][i]))

        yield _mutant(case, f"{_event_label(case, i)}: duplicated", change)


@operator("remove")
def remove(case: CaseData) -> Iterator[Mutant]:
    """Each event removed from the log.

    Why wrong: a step's start or completion missing breaks the SOP's flow (a step completed
    without being started, a step skipped, the last step never completed: the case is then not
    closed); a missing notice leaves a request unanswered (UU 14/2008 Pasal 22 ayat (7)); a
    missing pause or resumption leaves the clock and the completeness of the request unexplained
    (PERKI 1/2021 Pasal 31-33).
    Not removed: the exemption declaration, whose Penetapan stays in the record (see
    `_DECLARATIONS`), and the expiry declaration (PP 61/2010 Pasal 11), which comes after the
    SOP's run: the same case recorded before it was due is compliant, and a log checked without
    a moment (``CheckSettings.at``) cannot know it became due.
    """
    for i, event in enumerate(case["events"]):
        if event["kind"] in _DECLARATIONS:
            continue

        def change(mutated: CaseData, i: int = i) -> None:
            del mutated["events"][i]

        yield _mutant(case, f"{_event_label(case, i)}: removed", change)


_OUTCOMES = ("granted", "partly_granted", "refused", "not_held")


@operator("contradict")
def contradict(case: CaseData) -> Iterator[Mutant]:
    """Each event contradicted by a later one.

    - a notice: a second notice with another outcome, a day after the case closed (the requester
      is told two things; UU 14/2008 Pasal 22 ayat (7) gives one written notice, and a refusal is
      a decree the PPID cannot silently reverse: a changed answer is a new decision with its own
      consequence test, PERKI 1/2021 Pasal 53);
    - a decision: its branch flipped while the log goes on as the other branch (the SOP's
      flowchart sends a "yes" and a "no" to different steps, PermenPAN-RB 35/2012);
    - a declared exemption: the information handed over after all, a "granted" notice a day after
      the case closed, against the Penetapan that still declares it exempt (PERKI 1/2021 Pasal
      49 ayat (4), Pasal 50 ayat (1)); for a periodic round there is no requester to tell, so it
      is the request-less notice itself that is wrong (the notice of Pasal 22 ayat (7) answers a
      request).
    """
    after = _last_at(case) + dt.timedelta(days=1)
    for i, event in enumerate(case["events"]):
        if event["kind"] == "notice_sent":
            for other in _OUTCOMES:
                if other == event["outcome"]:
                    continue
                extra = _clone(event) | {"at": _at(after), "outcome": other}

                def change(mutated: CaseData, extra: CaseData = extra) -> None:
                    mutated["events"].append(extra)

                yield _mutant(
                    case,
                    f"{_event_label(case, i)}: a second notice {other} after close",
                    change,
                )
        elif event["kind"] == "step_completed" and event.get("branch"):
            flipped = "no" if event["branch"] == "yes" else "yes"
            yield _mutant(
                case,
                f"{_event_label(case, i)}: branch {event['branch']} -> {flipped}",
                _set(f"events[{i}].branch", flipped),
            )
        elif event["kind"] == "exemption_declared":
            notice = {
                "kind": "notice_sent",
                "at": _at(after),
                "actor": event["actor"],
                "outcome": "granted",
                "document": event["document"],
            }

            def add(mutated: CaseData, notice: CaseData = notice) -> None:
                mutated["events"].append(notice)

            yield _mutant(case, f"{_event_label(case, i)}: a notice granted after close", add)


# --- outcome ----------------------------------------------------------------------------------

_ROW_OUTCOMES = ("closed", "partial", "open")


@operator("outcome")
def outcome(case: CaseData) -> Iterator[Mutant]:
    """Each notice's outcome flipped to each other value, and each tested item's outcome too.

    Why wrong: a refused request whose notice says granted, partly granted or not held
    contradicts the refusal letter, the consequence test and the declared exemption (UU 14/2008
    Pasal 22 ayat (7) huruf a-e: the notice states the one answer the body gave). A tested item's
    outcome flipped: closed to open leaves the refusal and the Penetapan without a test that
    closes the information (Pasal 19; PERKI 1/2021 Pasal 49 ayat (4)); to partial, a partial
    exemption without the parts withheld and what is given (Pasal 22 ayat (7) huruf e, PERKI
    1/2021 Pasal 50 ayat (2)); partial to closed withholds the whole document although the test
    found only parts exempt (Pasal 50 ayat (3)); open to closed or partial declares exempt what
    the test opened, with no ground, consequence or period (Pasal 49 ayat (5)-(6)).
    """
    for i, event in enumerate(case["events"]):
        if event["kind"] == "notice_sent":
            for other in _OUTCOMES:
                if other != event["outcome"]:
                    yield _mutant(
                        case,
                        f"{_event_label(case, i)}: outcome {event['outcome']} -> {other}",
                        _set(f"events[{i}].outcome", other),
                    )
    for path, row in _rows(case):
        for other in _ROW_OUTCOMES:
            if other != row["outcome"]:
                yield _mutant(
                    case,
                    f"{path}.outcome {row['outcome']} -> {other}",
                    _set(f"{path}.outcome", other),
                )


# --- reference --------------------------------------------------------------------------------

#: Another request in the same register: what a letter copied from another file would say.
OTHER_REQUESTER = {
    "requester_name": "Siti Nurhaliza Pratiwi",
    "requester_address": "Jl. Merdeka No. 17, Samarinda",
    "requester_contact": "siti.pratiwi@example.org",
}
OTHER_INFORMATION = (
    "Salinan daftar hadir dan rekapitulasi tunjangan kinerja seluruh pegawai Tahun 2024"
)


def _other_number(number: str) -> str:
    """The registration number of the next request in the register ("045/..." -> "046/...")."""
    match = re.search(r"\d+", number)
    if match is None:
        return number + "-B"
    digits = match.group(0)
    bumped = str(int(digits) + 1).zfill(len(digits))
    return number[: match.start()] + bumped + number[match.end() :]


def _identity_card(case: CaseData, exclude: str) -> str | None:
    """The requester's identity document (or another paper supplied from outside the body)."""
    docs = case["documents"]
    for doc in docs:
        if re.search(r"identitas|ktp|kelengkapan-pemohon", doc["kind"]) and doc["id"] != exclude:
            return str(doc["id"])
    made = _produced(case)
    for doc in docs:
        if doc["id"] not in made and doc["id"] != exclude:
            return str(doc["id"])
    return None


def _other_kind(case: CaseData, doc_id: str, before: dt.date, avoid: set[str]) -> str | None:
    """An existing document of another kind than ``doc_id``'s, dated on or before ``before``
    when there is one (so that only the kind is wrong, not the date)."""
    docs = _documents(case)
    kind = docs[doc_id]["kind"]
    candidates = [d for d in case["documents"] if d["kind"] != kind and d["id"] not in avoid]
    dated = [d for d in candidates if dt.date.fromisoformat(d["date"]) <= before]
    pool = dated or candidates
    if not pool:
        return None
    # the latest one before: the document a clerk would most plausibly pick by mistake
    return str(max(pool, key=lambda d: d["date"])["id"])


def _record_numbers(case: CaseData) -> dict[str, str]:
    """The numbers the structured records carry, with what they number: the request's
    registration number, each Lembar's number, the Penetapan's number."""
    numbers: dict[str, str] = {}
    if _is_request(case):
        numbers[case["trigger"]["registration_number"]] = "request"
    for _, sheet in _sheet_paths(case):
        if sheet.get("number"):
            numbers.setdefault(sheet["number"], "Lembar")
    penetapan = case.get("penetapan")
    if penetapan and penetapan.get("number"):
        numbers.setdefault(penetapan["number"], "Penetapan")
    return numbers


@operator("reference")
def reference(case: CaseData) -> Iterator[Mutant]:
    """References pointed at another request or another document.

    - the refusal letter's registration number, requester (name, address, contact) and
      information changed to another request's: the letter answers another request, not this
      one (PERKI 1/2021 Lampiran, the refusal letter's elements; UU 14/2008 Pasal 22 ayat (4):
      the registration number identifies the request); the Penetapan it names changed to
      another: the refusal rests on a decision that is not this case's (PERKI 1/2021 Pasal 34
      ayat (2), Pasal 49 ayat (4));
    - a document of the log that carries the number of a record (the request form, a Lembar,
      the Penetapan) numbered as another: the paper the steps handled is not the record the
      case holds (the same Pasal);
    - a Lembar made on a request (stage on_request) naming another request's number: the test
      was not made on this request (PERKI 1/2021 Pasal 49 ayat (1) huruf b);
    - a step's input or output pointed at another existing document of another kind, where the
      SOP requires (kelengkapan) or produces (output) a document of the original kind and no
      other document of the event supplies it: the step ran without its kelengkapan or produced
      the wrong paper (the SOP's mutu baku, PermenPAN-RB 35/2012);
    - a notice, declaration or extension letter pointed at another document of another kind:
      the act rests on a paper that is not what the law requires (the notice of Pasal 22 ayat
      (7); the Penetapan of PERKI 1/2021 Pasal 49 ayat (4)); the exemption declared by the
      requester's identity card most plainly so;
    - an expiry declaration pointed at another tested item, whose period ends on another date:
      it opens information whose period has not ended (PP 61/2010 Pasal 11; UU 14/2008 Pasal 20).
    """
    plan = _plan(case)
    docs = _documents(case)
    for d, doc in enumerate(case["documents"]):
        refusal = doc.get("refusal")
        if not refusal:
            continue
        base = f"documents[{d}] ({doc['id']}) refusal"
        if refusal.get("registration_number"):
            other = _other_number(refusal["registration_number"])
            yield _mutant(
                case,
                f"{base}.registration_number -> another request's ({other})",
                _set(f"documents[{d}].refusal.registration_number", other),
            )
        for key, value in OTHER_REQUESTER.items():
            if refusal.get(key):
                yield _mutant(
                    case,
                    f"{base}.{key} -> another requester's",
                    _set(f"documents[{d}].refusal.{key}", value),
                )
        if refusal.get("information"):
            yield _mutant(
                case,
                f"{base}.information -> another request's",
                _set(f"documents[{d}].refusal.information", OTHER_INFORMATION),
            )
        if refusal.get("penetapan"):
            other = _other_number(refusal["penetapan"])
            yield _mutant(
                case,
                f"{base}.penetapan -> another Penetapan's ({other})",
                _set(f"documents[{d}].refusal.penetapan", other),
            )
    records = _record_numbers(case)
    for d, doc in enumerate(case["documents"]):
        if doc.get("number") in records:
            other = _other_number(doc["number"])
            yield _mutant(
                case,
                f"documents[{d}] ({doc['id']}) number -> another "
                f"{records[doc['number']]}'s ({other})",
                _set(f"documents[{d}].number", other),
            )
    for path, sheet in _sheet_paths(case):
        if sheet.get("request_number"):
            other = _other_number(sheet["request_number"])
            yield _mutant(
                case,
                f"{path}.request_number -> another request's ({other})",
                _set(f"{path}.request_number", other),
            )
    for i, event in enumerate(case["events"]):
        label = _event_label(case, i)
        day = _moment(event["at"]).date()
        for key in ("inputs", "outputs"):
            ids = event.get(key) or []
            if not ids:
                continue
            sp = plan.steps[event["step"]]
            needs = sp.inputs if key == "inputs" else sp.outputs
            for k, doc_id in enumerate(ids):
                kind = docs[doc_id]["kind"]
                others = {docs[o]["kind"] for o in ids if o != doc_id}
                if not any(kind in req.kinds and not (others & req.kinds) for req in needs):
                    continue  # the SOP asks no document of this kind here: not wrong to swap
                if key == "outputs" and event.get("branch") == "no":
                    continue
                target = _other_kind(case, doc_id, day, set(ids))
                if target is not None:
                    yield _mutant(
                        case,
                        f"{label}: {key}[{k}] {doc_id} -> {target} (another kind)",
                        _set(f"events[{i}].{key}[{k}]", target),
                    )
        if event.get("document") and event["kind"] != "resumed":
            doc_id = event["document"]
            if event["kind"] == "exemption_declared":
                target = _identity_card(case, doc_id)
                what = "the requester's identity card" if _is_request(case) else "another paper"
                if target is not None:
                    yield _mutant(
                        case,
                        f"{label}: document {doc_id} -> {target} ({what})",
                        _set(f"events[{i}].document", target),
                    )
            target = _other_kind(case, doc_id, day, {doc_id})
            if target is not None and not (
                event["kind"] == "exemption_declared" and target == _identity_card(case, doc_id)
            ):
                yield _mutant(
                    case,
                    f"{label}: document {doc_id} -> {target} (another kind)",
                    _set(f"events[{i}].document", target),
                )
        if event["kind"] == "expiry_declared":
            for row_path, row in _rows(case):
                if row_path == event["item"] or row["outcome"] not in ("closed", "partial"):
                    continue
                yield _mutant(
                    case,
                    f"{label}: item {event['item']} -> {row_path}",
                    _set(f"events[{i}].item", row_path),
                )


# --- loop -------------------------------------------------------------------------------------


_PPIDS = ("ppid", "ppid-pelaksana", "atasan-ppid")


@operator("loop")
def loop(case: CaseData) -> Iterator[Mutant]:
    """A return for correction inserted *forward*: after a step's completion, a loop_back from
    that step to a later step beyond the next (and to the last step), the log then going on.

    Why wrong: a loop_back returns the work to an earlier step for correction (docs/case.md);
    one that jumps ahead skips the steps between, which the SOP's flowchart does not allow
    (PermenPAN-RB 35/2012: the flow is the order of the activities; a decision's branches are the
    only forks). It is also a return to a step the SOP has no loop to.
    """
    plan = _plan(case)
    last = max(plan.steps)
    # The return is made by the PPID side (never the requester, whose role would be a second
    # thing wrong): the first PPID of the log, else the step's own actor.
    reviewers = [e["actor"] for e in case["events"] if e.get("actor", {}).get("role") in _PPIDS]
    for i, event in enumerate(case["events"]):
        if event["kind"] != "step_completed":
            continue
        step = event["step"]
        targets = sorted({t for t in (step + 2, last) if t in plan.steps and t > step + 1})
        for to in targets:
            back = {
                "kind": "loop_back",
                "from_step": step,
                "to_step": to,
                "at": event["at"],
                "actor": reviewers[0] if reviewers else event["actor"],
                "reason": "Dikembalikan untuk perbaikan",
            }

            def add(mutated: CaseData, i: int = i, back: CaseData = back) -> None:
                mutated["events"].insert(i + 1, back)

            yield _mutant(case, f"{_event_label(case, i)}: loop_back forward {step} -> {to}", add)


# --- period -----------------------------------------------------------------------------------

_NUMBERS = {5: "lima", 10: "sepuluh", 31: "tiga puluh satu", 35: "tiga puluh lima"}
_MONTHS = (
    *("Januari", "Februari", "Maret", "April", "Mei", "Juni"),
    *("Juli", "Agustus", "September", "Oktober", "November", "Desember"),
)


def _tanggal(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@operator("period")
def period(case: CaseData) -> Iterator[Mutant]:
    """Exemption periods made unlawful or self-contradictory.

    - ``as_written`` (what the Penetapan and the letters print, what the official signs) made to
      state another period than the structured one the checker computes with: 35 years instead
      of N, another end date, "untuk selamanya" (for ever) instead of "as long as needed". The
      Penetapan states one period (PERKI 1/2021 Pasal 49 ayat (5) huruf e); an exemption is
      strict and limited (UU 14/2008 Pasal 2 ayat (2)) and lasts only as long as the protection
      needs (PP 61/2010 Pasal 7-8), never for ever;
    - the structured period changed while ``as_written`` stays: the same contradiction from the
      other side (years doubled, end date five years later);
    - the period made void: zero years, an end date on or before the test (PP 61/2010 Pasal 11:
      the information is already open); or left out of an exempt item of the Penetapan, which
      must state it whatever the ground (PERKI 1/2021 Pasal 49 ayat (5) huruf e);
    - the item made a law-enforcement exemption (Pasal 17 huruf a) for 31 years: beyond the cap
      of PP 61/2010 Pasal 5 ayat (1) and PERKI 1/2021 Pasal 51 ayat (1) (at most 30 years). The
      cap binds huruf a only (the other grounds' periods are as long as needed or set by other
      legislation), and no example item rests on huruf a, so the mutant changes the ground and
      the period together: one claim, "exempt under huruf a for 31 years";
    - an expiry declaration that states another end than the item's period: it declares open
      information whose period has not ended, or ends it by a date the Penetapan never set (PP
      61/2010 Pasal 11).
    """
    for path, row in _rows(case):
        per = row.get("period")
        if not per:
            continue
        tested = _sheet_date(case, path)
        p = f"{path}.period"
        kind = per["kind"]
        if row["outcome"] in ("closed", "partial") and path.startswith("penetapan."):
            yield _mutant(case, f"{p} -> none", _set(p, None))
        if per.get("as_written"):
            if kind == "years":
                text = f"35 ({_NUMBERS[35]}) tahun sejak ditetapkan"
            elif kind == "until_date":
                text = "Sampai dengan " + _tanggal(add_years(tested, 35))
            else:
                text = "Dikecualikan untuk selamanya (permanen)"
            yield _mutant(case, f"{p}.as_written -> {_short(text)}", _set(f"{p}.as_written", text))
        if kind == "years":
            yield _mutant(
                case,
                f"{p}.years {per['years']} -> {per['years'] * 2} (as_written unchanged)",
                _set(f"{p}.years", per["years"] * 2),
            )
            yield _mutant(case, f"{p}.years {per['years']} -> 0", _set(f"{p}.years", 0))
        elif kind == "until_date":
            until = dt.date.fromisoformat(per["until"])
            later = add_years(until, 5)
            yield _mutant(
                case,
                f"{p}.until {until} -> {later} (as_written unchanged)",
                _set(f"{p}.until", later.isoformat()),
            )
            ended = tested - dt.timedelta(days=1)
            yield _mutant(
                case,
                f"{p}.until {until} -> {ended} (before the test)",
                _set(f"{p}.until", ended.isoformat()),
            )
        elif kind == "until_event" and per.get("at_most_years"):
            yield _mutant(
                case,
                f"{p}.at_most_years {per['at_most_years']} -> 0",
                _set(f"{p}.at_most_years", 0),
            )
        cap = {
            "kind": "years",
            "years": 31,
            "as_written": f"31 ({_NUMBERS[31]}) tahun sejak ditetapkan",
        }

        def over_cap(mutated: CaseData, path: str = path, cap: CaseData = cap) -> None:
            target = _get(mutated, path)
            target["period"] = cap
            target["grounds"] = [
                {"ground": "a", "as_written": "Pasal 17 huruf a UU Nomor 14 Tahun 2008"}
            ]

        yield _mutant(case, f"{path}: huruf a for 31 years (over the 30-year cap)", over_cap)
    for i, event in enumerate(case["events"]):
        if event["kind"] == "expiry_declared":
            ends = dt.date.fromisoformat(event["expires_on"])
            for other in (add_years(ends, 1), ends - dt.timedelta(days=90)):
                yield _mutant(
                    case,
                    f"{_event_label(case, i)}: expires_on {ends} -> {other}",
                    _set(f"events[{i}].expires_on", other.isoformat()),
                )


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# --- anything else of substance ---------------------------------------------------------------


@operator("refusal")
def refusal(case: CaseData) -> Iterator[Mutant]:
    """The refusal letter made to say what the law forbids or omit what it requires.

    - the objection period shortened to 14 days, and to 29 (the boundary): the requester has
      30 hari kerja to object
      (UU 14/2008 Pasal 36 ayat (1)), and the letter must say so (PERKI 1/2021, the refusal
      letter's form);
    - the objection addressed to the Komisi Informasi instead of the Atasan PPID: the keberatan
      goes first to the Atasan PPID (Pasal 35 ayat (1), 36); the Komisi Informasi comes only
      after (Pasal 37);
    - a ground the consequence test never established (Pasal 17 huruf c, defence): a refusal may
      rest only on the grounds the test found (Pasal 19, 22 ayat (7) huruf c; PERKI 1/2021
      Pasal 34 ayat (2));
    - a ground the test never established added to the tested ones (the subtle side of the
      same rule);
    - the grounds, the consequence, the body to object to or the signature left out: required
      elements of the letter (Pasal 22 ayat (7) huruf c; the form's "membuka informasi tersebut
      dapat menimbulkan konsekuensi", the notice of the right to object, the PPID's signature).
    """
    for d, doc in enumerate(case["documents"]):
        r = doc.get("refusal")
        if not r:
            continue
        base = f"documents[{d}].refusal"
        label = f"documents[{d}] ({doc['id']}) refusal"
        if r.get("objection_days"):
            for days in (14, 29):  # well short, and one day short of the 30 of Pasal 36 (1)
                yield _mutant(
                    case,
                    f"{label}.objection_days {r['objection_days']} -> {days}",
                    _set(f"{base}.objection_days", days),
                )
        if r.get("objection_to"):
            yield _mutant(
                case,
                f"{label}.objection_to -> Komisi Informasi",
                _set(f"{base}.objection_to", "Komisi Informasi Provinsi"),
            )
        yield _mutant(
            case,
            f"{label}.grounds -> Pasal 17 huruf c (not tested)",
            _set(f"{base}.grounds", ["Pasal 17 huruf c Undang-Undang Nomor 14 Tahun 2008"]),
        )
        yield _mutant(case, f"{label}.grounds -> none", _set(f"{base}.grounds", []))
        if r.get("grounds"):
            extra = [*r["grounds"], "Pasal 17 huruf c Undang-Undang Nomor 14 Tahun 2008"]
            yield _mutant(
                case,
                f"{label}.grounds + Pasal 17 huruf c (not tested)",
                _set(f"{base}.grounds", extra),
            )
        for key in ("objection_to", "signed_by"):
            if r.get(key):
                yield _mutant(case, f"{label}.{key} -> none", _set(f"{base}.{key}", None))
        if r.get("consequence"):
            yield _mutant(case, f"{label}.consequence -> none", _set(f"{base}.consequence", None))


@operator("test")
def test_record(case: CaseData) -> Iterator[Mutant]:
    """The written consequence test made to lack what PERKI 1/2021 Pasal 49 requires of it.

    - an exempt item's consequence of opening or consideration of closing left out: the test
      must analyse and weigh the consequences (Pasal 49 ayat (2) huruf d, ayat (6) huruf b; UU
      14/2008 Pasal 2 ayat (4));
    - its grounds left out, or the structured ground changed to a letter its "Dasar Hukum" text
      does not name: the test must cite the statute relied on (ayat (2) huruf c, ayat (6) huruf
      a), and the record must say one thing;
    - the Lembar's stage contradicting the trigger: a request case's test marked "before any
      request", a periodic round's test marked "on request" (ayat (1) huruf a-b);
    - the Penetapan without the PPID who sets it, his unit, its place or its date (ayat (5)
      huruf a, b, f); the Lembar without the day and place of the test (Lampiran II: "Pada
      hari ini, tanggal ... bertempat di ...");
    - the Penetapan left out of the record while the log declares the exemption: the result of
      the test is set by a Penetapan (ayat (4)), whose content the auditor must be able to read;
      every written test left out (``tests`` empty and no Penetapan): the exemption and any
      refusal rest on no test at all (UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3)).
    """
    for path, row in _rows(case):
        if row["outcome"] not in ("closed", "partial"):
            continue
        for key in ("consequence_of_opening", "consideration_of_closing"):
            if row.get(key):
                yield _mutant(case, f"{path}.{key} -> none", _set(f"{path}.{key}", None))
        if row.get("grounds"):
            yield _mutant(case, f"{path}.grounds -> none", _set(f"{path}.grounds", []))
            first = row["grounds"][0]
            letter = "c" if not str(first["ground"]).startswith("c") else "d"
            yield _mutant(
                case,
                f"{path}.grounds[0].ground {first['ground']} -> {letter} (as_written unchanged)",
                _set(f"{path}.grounds[0].ground", letter),
            )
    for path, sheet in _sheet_paths(case):
        stage = sheet.get("stage")
        wrong = "before_request" if _is_request(case) else "on_request"
        if stage and stage != wrong:
            yield _mutant(case, f"{path}.stage {stage} -> {wrong}", _set(f"{path}.stage", wrong))
    for path, sheet in _sheet_paths(case):
        for key in ("date", "place"):
            if sheet.get(key):
                yield _mutant(case, f"{path}.{key} -> none", _set(f"{path}.{key}", None))
    penetapan = case.get("penetapan")
    if penetapan:
        for key in ("unit", "place", "date"):
            if penetapan.get(key):
                yield _mutant(case, f"penetapan.{key} -> none", _set(f"penetapan.{key}", None))
    if penetapan and penetapan.get("ppid"):
        yield _mutant(case, "penetapan.ppid -> none", _set("penetapan.ppid", None))
    declared = any(e["kind"] == "exemption_declared" for e in case["events"])
    if penetapan and declared:
        yield _mutant(case, "penetapan -> none", _set("penetapan", None))
    if case.get("tests") or penetapan:

        def no_test(mutated: CaseData) -> None:
            mutated["tests"] = []
            mutated["penetapan"] = None

        yield _mutant(case, "tests and penetapan -> none", no_test)


@operator("extension")
def extension(case: CaseData) -> Iterator[Mutant]:
    """An extension of the notice period that the law does not allow, inserted before the
    notice: 8 hari kerja (UU 14/2008 Pasal 22 ayat (8): at most 7), one without a written reason
    (PERKI 1/2021 Pasal 36), and two extensions (the law gives one). Request cases only.
    """
    if not _is_request(case):
        return
    notices = [i for i, e in enumerate(case["events"]) if e["kind"] == "notice_sent"]
    if not notices:
        return
    i = notices[0]
    notice = case["events"][i]
    at = _at(_first_at(case) + dt.timedelta(days=1))
    ok = {
        "kind": "extension",
        "at": at,
        "actor": notice["actor"],
        "days": 7,
        "reason": "Informasi yang diminta perlu dikumpulkan dari beberapa unit kerja",
    }
    variants = {
        "an extension of 8 days": [ok | {"days": 8}],
        "an extension without a reason": [ok | {"reason": ""}],
        "an extension whose reason is '-'": [ok | {"reason": "-"}],
        "two extensions of 3 days": [ok | {"days": 3}, ok | {"days": 3}],
    }
    for what, extra in variants.items():

        def add(mutated: CaseData, extra: list[CaseData] = extra) -> None:
            events = mutated["events"]
            # after the events before ``at`` (the log stays chronological)
            pos = next((k for k, e in enumerate(events) if _moment(e["at"]) > _moment(at)), 0)
            events[pos:pos] = extra

        yield _mutant(case, f"{what} before the notice", add)


@operator("pasal18")
def pasal18(case: CaseData) -> Iterator[Mutant]:
    """An exempt item given a fact that, by law, makes it open (or a test that came too late).

    - a closed item marked as a kind of UU 14/2008 Pasal 18 ayat (1) (a court decision):
      information of those kinds is never exempt, whatever the test says (a partial item of
      such a kind is not made: the document is given, and parts blacked out in it may rest on
      their own Pasal 17 ground, as `harm.validate` reads it);
    - an item on ground g or h (private deeds, personal secrets) recorded with the written
      consent of the person whose secret it is, or as concerning a public office: Pasal 18
      ayat (2) huruf a-b takes it out of the exemption;
    - the item recorded as already withheld (``exempt_since``) a month before its test: the test
      must come before the exemption (UU 14/2008 Pasal 19; PERKI 1/2021 Pasal 22 ayat (3));
    - a partial item without the parts withheld and what is given: the notice must say what is
      blacked out and why (Pasal 22 ayat (7) huruf e; PERKI 1/2021 Pasal 50 ayat (2)).
    """
    for path, row in _rows(case):
        if row["outcome"] not in ("closed", "partial"):
            continue
        if row["outcome"] == "closed":
            yield _mutant(
                case,
                f"{path}: never_exempt_kind court_decision (Pasal 18 ayat (1) huruf a)",
                _set(f"{path}.never_exempt_kind", "court_decision"),
            )
        letters = {str(g["ground"])[:1] for g in row.get("grounds") or ()}
        tested = _sheet_date(case, path)
        if letters & {"g", "h"}:
            consent = {
                "given_by": "Pihak yang rahasianya diungkap",
                "date": (tested - dt.timedelta(days=7)).isoformat(),
            }
            yield _mutant(
                case, f"{path}: written consent recorded", _set(f"{path}.consent", consent)
            )
            yield _mutant(
                case,
                f"{path}: public office recorded",
                _set(f"{path}.public_office", "Kepala Dinas (jabatan publik)"),
            )
        since = tested - dt.timedelta(days=30)
        yield _mutant(
            case,
            f"{path}: exempt_since a month before the test",
            _set(f"{path}.exempt_since", since.isoformat()),
        )
        if row["outcome"] == "partial" and row.get("withheld_parts"):

            def no_parts(mutated: CaseData, path: str = path) -> None:
                target = _get(mutated, path)
                target["withheld_parts"] = []
                target["released"] = None

            yield _mutant(case, f"{path}: partial without withheld parts", no_parts)


_OTHER_BODY = "Dinas Kesehatan Provinsi Jawa Barat"
#: The agencies whose plugins ship with the repository (an installed template plugin such as
#: "contoh" is left out, so that the mutants do not depend on what else is installed).
AGENCIES = ("kalbar", "kalteng", "kasn", "kutai-timur")


@operator("body")
def body(case: CaseData) -> Iterator[Mutant]:
    """The case, its test or its Penetapan made another body's.

    - the case's agency changed to each other installed agency: its SOP is not that agency's,
      so the file is refused (a clear `InputError` is a catch): the case cannot be judged
      against an SOP it did not run (PermenPAN-RB 35/2012);
    - a Lembar's or the Penetapan's ``badan_publik`` changed to another public body: a test
      made by, or a Penetapan of, another body does not exempt this body's information (PERKI
      1/2021 Pasal 49 ayat (5) huruf b: the Penetapan names the body and unit of the PPID who
      sets it; UU 14/2008 Pasal 19: each body tests its own information).
    """
    for other in AGENCIES:
        if other != case["agency"]:
            yield _mutant(case, f"agency {case['agency']} -> {other}", _set("agency", other))
    for path, sheet in _sheet_paths(case):
        if sheet.get("badan_publik"):
            yield _mutant(
                case,
                f"{path}.badan_publik -> another body",
                _set(f"{path}.badan_publik", _OTHER_BODY),
            )
    penetapan = case.get("penetapan")
    if penetapan and penetapan.get("badan_publik"):
        yield _mutant(
            case,
            "penetapan.badan_publik -> another body",
            _set("penetapan.badan_publik", _OTHER_BODY),
        )


@operator("sequence")
def sequence(case: CaseData) -> Iterator[Mutant]:
    """Two records the law puts in order, set one day the wrong way round (the subtle side of
    the `date` operator's big moves):

    - the approval ("Menyetujui") dated the day before the test it approves (PERKI 1/2021
      Lampiran II: the Lembar is approved once made);
    - the Lembar dated the day after the Penetapan that sets its result (Pasal 49 ayat (4));
    - the Penetapan dated, or signed, the day after the refusal that relies on it (Pasal 34
      ayat (2)); its signature dated the day after its own date (Pasal 49 ayat (5) huruf f:
      the Penetapan bears the date it is set);
    - the refusal letter dated the day after the notice that delivered it (UU 14/2008 Pasal 22
      ayat (7): the notice is the letter);
    - the exemption declared the day before the Penetapan that declares it (Pasal 49 ayat (4));
    - a tested source document dated the day after the test (Pasal 49 ayat (2) huruf a).
    """

    def day(value: str) -> dt.date:
        return dt.date.fromisoformat(value)

    def shifted(value: dt.date, days: int) -> str:
        return (value + dt.timedelta(days=days)).isoformat()

    penetapan = case.get("penetapan")
    for path, sheet in _sheet_paths(case):
        if not sheet.get("date"):
            continue
        tested = day(sheet["date"])
        if sheet.get("approval", {}) and sheet["approval"].get("date"):
            yield _mutant(
                case,
                f"{path}.approval.date the day before the test",
                _set(f"{path}.approval.date", shifted(tested, -1)),
            )
        if penetapan and penetapan.get("date"):
            yield _mutant(
                case,
                f"{path}.date the day after the Penetapan",
                _set(f"{path}.date", shifted(day(penetapan["date"]), 1)),
            )
        for r, row in enumerate(sheet["rows"]):
            for k, source in enumerate(row.get("documents") or ()):
                if source.get("date"):
                    yield _mutant(
                        case,
                        f"{path}.rows[{r}].documents[{k}].date the day after the test",
                        _set(f"{path}.rows[{r}].documents[{k}].date", shifted(tested, 1)),
                    )
    refusals = [(d, doc) for d, doc in enumerate(case["documents"]) if doc.get("refusal")]
    notices = [e for e in case["events"] if e["kind"] == "notice_sent"]
    for d, doc in refusals:
        letter = day(doc["date"])
        if penetapan and penetapan.get("date"):
            yield _mutant(
                case,
                f"penetapan.date the day after the refusal letter ({doc['id']})",
                _set("penetapan.date", shifted(letter, 1)),
            )
            if (penetapan.get("signature") or {}).get("date"):
                yield _mutant(
                    case,
                    f"penetapan.signature.date the day after the refusal letter ({doc['id']})",
                    _set("penetapan.signature.date", shifted(letter, 1)),
                )
        for notice in notices:
            if notice["document"] == doc["id"]:
                sent = _moment(notice["at"]).date()
                yield _mutant(
                    case,
                    f"documents[{d}] ({doc['id']}) date the day after its notice",
                    _set(f"documents[{d}].date", shifted(sent, 1)),
                )
    if penetapan and penetapan.get("date"):
        set_on = day(penetapan["date"])
        signature = penetapan.get("signature") or {}
        if signature.get("date"):
            yield _mutant(
                case,
                "penetapan.signature.date the day after the Penetapan's date",
                _set("penetapan.signature.date", shifted(set_on, 1)),
            )
        for i, event in enumerate(case["events"]):
            if event["kind"] == "exemption_declared":
                at = _moment(event["at"])
                before = at.replace(
                    year=set_on.year, month=set_on.month, day=set_on.day
                ) - dt.timedelta(days=1)
                yield _mutant(
                    case,
                    f"{_event_label(case, i)}: the day before the Penetapan",
                    _set(f"events[{i}].at", _at(before)),
                )


@operator("identity")
def identity(case: CaseData) -> Iterator[Mutant]:
    """The right role in the wrong hands: names changed so that one person holds two parts the
    law keeps apart (the role fields are left as they are).

    - in a request case, the requester named as the official who sends the notice, pauses the
      request or declares the exemption, as the refusal letter's signatory, or as the PPID of
      the Penetapan: an official may not decide where he has an interest of his own (UU 30/2014
      Pasal 42 ayat (1)-(2): he must withdraw), least of all on his own request; these acts are
      the PPID's (UU 14/2008 Pasal 22 ayat (7); PERKI 1/2021 Pasal 34, Pasal 49 ayat (5) huruf
      a);
    - the Lembar approved ("Menyetujui") in the name of the PPID who made the test: the
      approval is the Atasan PPID's or the pimpinan's (PP 61/2010 Pasal 3 ayat (2); PERKI
      1/2021 Lampiran II, Pasal 10 ayat (2) huruf e); the PPID cannot be his own superior.
    """
    if _is_request(case):
        requester = case["trigger"]["requester"]["name"]
        for i, event in enumerate(case["events"]):
            actor = event.get("actor") or {}
            if "step" in event:
                continue  # the decisive acts are enough: notice, pause, extension, declaration
            if actor.get("role") in (*_PPIDS, "petugas") and actor.get("name") != requester:
                yield _mutant(
                    case,
                    f"{_event_label(case, i)}: actor.name -> the requester's",
                    _set(f"events[{i}].actor.name", requester),
                )
        for d, doc in enumerate(case["documents"]):
            if (doc.get("refusal") or {}).get("signed_by"):
                yield _mutant(
                    case,
                    f"documents[{d}] ({doc['id']}) refusal.signed_by.name -> the requester's",
                    _set(f"documents[{d}].refusal.signed_by.name", requester),
                )
        penetapan = case.get("penetapan") or {}
        if penetapan.get("ppid"):
            yield _mutant(
                case,
                "penetapan.ppid.name -> the requester's",
                _set("penetapan.ppid.name", requester),
            )
    for path, sheet in _sheet_paths(case):
        ppids = [p for p in sheet.get("participants") or () if p.get("role") == "ppid"]
        approval = sheet.get("approval")
        if ppids and approval and approval.get("name") != ppids[0]["name"]:
            yield _mutant(
                case,
                f"{path}.approval.name -> the PPID who made the test",
                _set(f"{path}.approval.name", ppids[0]["name"]),
            )


# --- same day: two acts of one day the wrong way round -------------------------------------

#: The acts of the body whose ``document`` is the paper they deliver or rest on.
_PAPER_ACTS = ("notice_sent", "exemption_declared", "expiry_declared", "extension", "paused")


def _moved_before(case: CaseData, i: int, k: int) -> CaseData | None:
    """The case with event ``i`` moved to a minute before event ``k`` (k < i), in the log's
    order; None when that minute is not after the event logged before ``k`` (the log would
    stop being chronological: a second thing wrong)."""
    events = case["events"]
    at = _moment(events[k]["at"]) - dt.timedelta(minutes=1)
    if k > 0 and _moment(events[k - 1]["at"]) > at:
        return None
    mutated = _clone(case)
    moved = mutated["events"].pop(i)
    moved["at"] = _at(at)
    mutated["events"].insert(k, moved)
    return mutated


@operator("same_day")
def same_day(case: CaseData) -> Iterator[Mutant]:
    """Two acts logged the wrong way round where no date of a record differs (the subtle side
    of the `sequence` operator, which moves a date by a day):
    - an act of the body (a notice, a declaration, an extension, a pause) moved to a minute
      before the completion of the step that made its paper: the notice IS the written letter
      (UU 14/2008 Pasal 22 ayat (7)), and a declaration rests on its Penetapan (PERKI 1/2021
      Pasal 49 ayat (4)); a paper made after the act is not what the act delivered;
    - the exemption's declaration moved to a minute before the step the Lembar's approver
      completes in the log (his approval): the classification is made with his approval (PP
      61/2010 Pasal 3 ayat (2); PERKI 1/2021 Pasal 10 ayat (2) huruf e), and the Lembar's date of
      approval, the same day, does not show it;
    - a refusal notice moved to a minute before the first declaration of the exemption it rests
      on: the request is refused on information not yet declared exempt (UU 14/2008 Pasal 19;
      PERKI 1/2021 Pasal 34 ayat (2), Pasal 49 ayat (4)). The refusal letter, if dated later,
      is dated the new day (else the mutant is wrong twice).
    """
    events = case["events"]
    made: dict[str, int] = {}
    for j, event in enumerate(events):
        if event["kind"] == "step_completed":
            for doc in event.get("outputs") or ():
                made.setdefault(doc, j)
    for i, event in enumerate(events):
        j = made.get(event.get("document") or "")
        if event["kind"] in _PAPER_ACTS and j is not None and j < i:
            mutated = _moved_before(case, i, j)
            if mutated is not None:
                yield (
                    f"{_event_label(case, i)}: moved before {_event_label(case, j)}, "
                    f"which made its paper {event['document']!r}",
                    mutated,
                )
    declared = [k for k, e in enumerate(events) if e["kind"] == "exemption_declared"]
    if not declared:
        return
    k = declared[0]
    for path, sheet in _sheet_paths(case):
        approval = sheet.get("approval") or {}
        acts = [
            j
            for j, e in enumerate(events)
            if e["kind"] == "step_completed"
            and (e.get("actor") or {}).get("name") == approval.get("name")
            and e["actor"]["role"] == approval.get("role")
        ]
        if acts and acts[0] < k and all(j < k for j in acts):
            mutated = _moved_before(case, k, acts[0])
            if mutated is not None:
                yield (
                    f"{_event_label(case, k)}: moved before the approver's "
                    f"{_event_label(case, acts[0])} ({path}.approval)",
                    mutated,
                )
            break
    for i, event in enumerate(events):
        if event["kind"] != "notice_sent" or event["outcome"] not in ("refused", "partly_granted"):
            continue
        if i < k:
            continue
        mutated = _moved_before(case, i, k)
        if mutated is None:
            continue
        day = _moment(mutated["events"][k]["at"]).date().isoformat()
        for doc in mutated["documents"]:
            if doc["id"] == event["document"] and doc["date"] > day:
                doc["date"] = day
        yield (
            f"{_event_label(case, i)}: moved before the exemption's declaration "
            f"({_event_label(case, k)})",
            mutated,
        )


# --- placeholder: a required text that says nothing -------------------------------------------

#: What a clerk types to get past a required field: no letter at all, or a stock non-answer.
_PLACEHOLDERS = ("-", "Tidak ada.")


@operator("placeholder")
def placeholder(case: CaseData) -> Iterator[Mutant]:
    """A text the law requires to say something filled with a placeholder ("-", "Tidak ada."):
    - the refusal letter's consequence of opening: the letter states the consequence (UU 14/2008
      Pasal 22 ayat (7) huruf c; PERKI 1/2021 Lampiran, "membuka informasi tersebut dapat
      menimbulkan konsekuensi sebagai berikut");
    - a pause's written reason: the surat keterangan tidak lengkap says what is missing (PERKI
      1/2021 Pasal 31 ayat (2), Pasal 33); a pause without it stops the clock on nothing;
    - an exempt item's consequence of opening and consideration of closing, in every Lembar: the
      test analyses and weighs the consequences (UU 14/2008 Pasal 2 ayat (4); PERKI 1/2021 Pasal
      49 ayat (2) huruf d, ayat (6) huruf b).
    (An extension's reason is the `extension` operator's.)
    """
    for d, doc in enumerate(case["documents"]):
        if (doc.get("refusal") or {}).get("consequence"):
            for text in _PLACEHOLDERS:
                yield _mutant(
                    case,
                    f"documents[{d}] ({doc['id']}) refusal.consequence -> {text!r}",
                    _set(f"documents[{d}].refusal.consequence", text),
                )
    for i, event in enumerate(case["events"]):
        if event["kind"] == "paused" and event.get("reason"):
            for text in _PLACEHOLDERS:
                yield _mutant(
                    case,
                    f"{_event_label(case, i)}: reason -> {text!r}",
                    _set(f"events[{i}].reason", text),
                )
    for path, row in _rows(case):
        if row["outcome"] not in ("closed", "partial"):
            continue
        for key in ("consequence_of_opening", "consideration_of_closing"):
            if row.get(key):
                for text in _PLACEHOLDERS:
                    yield _mutant(case, f"{path}.{key} -> {text!r}", _set(f"{path}.{key}", text))


# --- superior: the Atasan PPID acting as the PPID ---------------------------------------------


def _atasan(case: CaseData) -> CaseData | None:
    """The first person the case names as Atasan PPID: a Lembar's approver, else an actor."""
    for _, sheet in _sheet_paths(case):
        approval = sheet.get("approval") or {}
        if approval.get("role") == "atasan-ppid":
            return approval
    for event in case["events"]:
        if (event.get("actor") or {}).get("role") == "atasan-ppid":
            return dict(event["actor"])
    return None


@operator("superior")
def superior(case: CaseData) -> Iterator[Mutant]:
    """The Atasan PPID made to act as the PPID: the refusal letter signed by him as PPID, the
    Penetapan signed by him as PPID, or him named as the Penetapan's PPID (name and NIP
    copied, the role left PPID). The Atasan PPID is the PPID's superior (PERKI 1/2021 Pasal 1
    angka 10), approves his decision (Pasal 10 ayat (2) huruf e-f) and hears the requester's
    objection against the PPID's refusal (UU 14/2008 Pasal 35 ayat (1), Pasal 36 ayat (2)): one
    person in both offices approves himself and would judge the objection against himself.
    """
    boss = _atasan(case)
    if boss is None:
        return

    def as_boss(path: str) -> Callable[[CaseData], None]:
        def change(mutated: CaseData) -> None:
            target = _get(mutated, path)
            target["name"] = boss["name"]
            if boss.get("nip"):
                target["nip"] = boss["nip"]
            else:
                target.pop("nip", None)

        return change

    for d, doc in enumerate(case["documents"]):
        signed = (doc.get("refusal") or {}).get("signed_by")
        if signed and signed.get("role") in _PPIDS[:2] and signed["name"] != boss["name"]:
            yield _mutant(
                case,
                f"documents[{d}] ({doc['id']}) refusal.signed_by -> the Atasan PPID",
                as_boss(f"documents[{d}].refusal.signed_by"),
            )
    penetapan = case.get("penetapan") or {}
    for key in ("signature", "ppid"):
        block = penetapan.get(key) or {}
        if block.get("role") in _PPIDS[:2] and block.get("name") != boss["name"]:
            yield _mutant(case, f"penetapan.{key} -> the Atasan PPID", as_boss(f"penetapan.{key}"))


# --- benign mutants: changes that are NOT wrong ------------------------------------------------

#: The other side of the measure: changes that leave a case right, which the checker must still
#: find compliant. A benign mutant judged not compliant is a false alarm (an official told his
#: lawful case is wrong), reported as such by the suite and the tool.
BENIGN: dict[str, Operator] = {}


def benign(name: str) -> Callable[[Operator], Operator]:
    def register(fn: Operator) -> Operator:
        BENIGN[name] = fn
        return fn

    return register


def _timestamps(case: CaseData) -> list[list[str | int]]:
    """The paths of every timestamp of the case (the receipt and each event's moment)."""
    paths: list[list[str | int]] = [["events", i, "at"] for i in range(len(case["events"]))]
    if _is_request(case):
        paths.append(["trigger", "received_at"])
    return paths


@benign("offset")
def offset(case: CaseData) -> Iterator[Mutant]:
    """Every timestamp written in another UTC offset, naming the same instant (UTC, and WIT
    +09:00): the model says any offset names the same instant; office hours and working days
    are the agency's own zone's (docs/case.md)."""
    for name, zone in (("UTC", dt.UTC), ("+09:00", dt.timezone(dt.timedelta(hours=9)))):

        def change(mutated: CaseData, zone: dt.tzinfo = zone) -> None:
            for path in _timestamps(mutated):
                *parents, last = path
                node: Any = mutated
                for part in parents:
                    node = node[part]
                node[last] = _at(_moment(node[last]).astimezone(zone))

        yield _mutant(case, f"every timestamp written in {name} (the same instants)", change)


@benign("order")
def order(case: CaseData) -> Iterator[Mutant]:
    """Lists whose order means nothing put in reverse: the documents (events name them by id)
    and each Lembar's participants (the form lists them in any order)."""

    def documents(mutated: CaseData) -> None:
        mutated["documents"].reverse()

    yield _mutant(case, "documents listed in reverse order", documents)
    for path, sheet in _sheet_paths(case):
        if len(sheet.get("participants") or ()) > 1:

            def participants(mutated: CaseData, path: str = path) -> None:
                _get(mutated, path)["participants"].reverse()

            yield _mutant(case, f"{path}.participants in reverse order", participants)


@benign("supplied")
def supplied(case: CaseData) -> Iterator[Mutant]:
    """A paper supplied from outside the body (the requester's identity card or deed) dated a
    year before the case: such papers are older than the request that brings them; only a paper
    the case itself produces must not predate it."""
    made = _produced(case)
    for d, doc in enumerate(case["documents"]):
        if doc["id"] in made or not re.search(r"identitas|ktp|kelengkapan-pemohon", doc["kind"]):
            continue
        day = dt.date.fromisoformat(doc["date"])
        yield _mutant(
            case,
            f"documents[{d}] ({doc['id']}) dated a year earlier",
            _set(f"documents[{d}].date", add_years(day, -1).isoformat()),
        )


def _weekday(moment: dt.datetime, step: int) -> dt.datetime:
    """``moment`` moved by whole days in the direction of ``step`` (+1 / -1) to a weekday."""
    moment += dt.timedelta(days=step)
    while moment.weekday() >= 5:
        moment += dt.timedelta(days=step)
    return moment


@benign("unbounded")
def unbounded(case: CaseData) -> Iterator[Mutant]:
    """The moves the `date` operator leaves out because they are lawful: the last event a
    working day later when its step's waktu bounds nothing; the first event of a periodic round,
    or the requester's own first step, a working day earlier when its step's waktu bounds
    nothing (see `_late_is_wrong` and `_early_moves`)."""
    plan = _plan(case)
    last = _last_at(case)
    for i, event in enumerate(case["events"]):
        label = _event_label(case, i)
        at = _moment(event["at"])
        if at == last and not _late_is_wrong(case, plan, i):
            later = _at(_weekday(at, +1))
            yield _mutant(case, f"{label}: a working day later", _set(f"events[{i}].at", later))
        first = i == _first_index(case)
        if (
            first
            and "before" not in _early_moves(case, plan, i)
            and "step" in event
            and not _bounded(plan, event["step"])
        ):
            earlier = _at(_weekday(at, -1))
            yield _mutant(case, f"{label}: a working day earlier", _set(f"events[{i}].at", earlier))


@benign("cap")
def cap(case: CaseData) -> Iterator[Mutant]:
    """The other side of the `period` operator's 31 years: an item of a periodic round made a
    law-enforcement exemption (Pasal 17 huruf a) for exactly 30 years, the most PP 61/2010
    Pasal 5 ayat (1) allows. Periodic rounds only: in a request case the refusal letter cites
    the item's ground, which would then disagree (a second change)."""
    if _is_request(case):
        return
    declared = {e["item"] for e in case["events"] if e["kind"] == "expiry_declared"}
    for path, row in _rows(case):
        if row["outcome"] != "closed" or path in declared:
            continue  # an item whose expiry the log declares has its end fixed there

        def thirty(mutated: CaseData, path: str = path) -> None:
            target = _get(mutated, path)
            target["period"] = {
                "kind": "years",
                "years": 30,
                "as_written": "30 (tiga puluh) tahun sejak ditetapkan",
            }
            target["grounds"] = [
                {"ground": "a", "as_written": "Pasal 17 huruf a UU Nomor 14 Tahun 2008"}
            ]

        yield _mutant(case, f"{path}: huruf a for exactly 30 years (the cap)", thirty)


def false_alarms(
    cases: dict[str, CaseData] | None = None, operators: dict[str, Operator] | None = None
) -> list[Result]:
    """Every benign mutant judged; those not found compliant are false alarms."""
    cases = example_cases() if cases is None else cases
    cases = {name: data for name, data in cases.items() if name not in unsound(cases)}
    operators = BENIGN if operators is None else operators
    return [
        judge(case_name, op_name, description, mutated)
        for op_name, op in operators.items()
        for case_name, data in cases.items()
        for description, mutated in op(data)
    ]


# --- judging the mutants ----------------------------------------------------------------------

#: What the checker made of a mutant: ``caught`` (not compliant, or in progress), ``refused`` (a
#: clear `InputError`: caught too, reported apart), ``survived`` (compliant: a wrong case
#: passed), ``crashed`` (another exception: a bug of the checker).
Verdict = Literal["caught", "refused", "survived", "crashed"]


@attrs.frozen(kw_only=True)
class Result:
    """One mutant judged. ``codes``: the error codes found (caught), the problems' paths
    (refused) or the exception (crashed)."""

    case: str
    operator: str
    mutant: str
    verdict: Verdict
    outcome: str | None = None
    codes: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.case, self.operator, self.mutant)


def judge(case_name: str, operator_name: str, description: str, data: CaseData) -> Result:
    """Load and check one mutant the way `uji-konsekuensi check` does."""
    result = functools.partial(Result, case=case_name, operator=operator_name, mutant=description)
    try:
        report = check_case(load_case(data))
    except InputError as exc:
        return result(verdict="refused", codes=tuple(p.path for p in exc.problems))
    except Exception as exc:  # anything else is a bug of the checker: reported, not raised
        return result(verdict="crashed", codes=(f"{type(exc).__name__}: {exc}",))
    errors = tuple(sorted({f.code for f in report.findings if f.severity is Severity.ERROR}))
    if report.outcome == "compliant":
        return result(verdict="survived", outcome=report.outcome)
    return result(verdict="caught", outcome=report.outcome, codes=errors)


def run(
    cases: dict[str, CaseData] | None = None, operators: dict[str, Operator] | None = None
) -> list[Result]:
    """Every operator on every case, each mutant judged (the examples and all operators by
    default). A case the checker does not find compliant unmutated is left out (`unsound`):
    its mutants would be "caught" for what was wrong before the mutation."""
    cases = example_cases() if cases is None else cases
    cases = {name: data for name, data in cases.items() if name not in unsound(cases)}
    operators = OPERATORS if operators is None else operators
    return [
        judge(case_name, op_name, description, mutated)
        for op_name, op in operators.items()
        for case_name, data in cases.items()
        for description, mutated in op(data)
    ]


def unsound(cases: dict[str, CaseData]) -> dict[str, Result]:
    """The cases that are not compliant before any mutation, with their verdict."""
    judged = {name: judge(name, "none", "unmutated", data) for name, data in cases.items()}
    return {name: r for name, r in judged.items() if r.verdict != "survived"}


#: The documented survivors: mutants that are legitimately compliant, each with its reason.
ALLOW_LIST = ROOT / "tests" / "data" / "mutation_survivors.json"


def allowed_survivors(path: Path = ALLOW_LIST) -> dict[tuple[str, str, str], str]:
    """The allow-list as {(case, operator, mutant): why it is legitimate}."""
    entries = json.loads(path.read_text(encoding="utf-8"))["survivors"]
    return {(e["case"], e["operator"], e["mutant"]): e["why"] for e in entries}


def summary(
    results: list[Result], allowed: dict[tuple[str, str, str], str] | None = None
) -> dict[str, Any]:
    """The score per operator and overall, and every survivor, as JSON-shaped data.

    ``score``: caught / (tried - allow-listed survivors): a mutant documented as legitimately
    compliant is not a wrong case, so it counts neither way. ``raw_score``: caught / tried.
    """
    allowed = allowed_survivors() if allowed is None else allowed
    table: dict[str, dict[str, Any]] = {}
    for r in results:
        row = table.setdefault(
            r.operator,
            {"tried": 0, "caught": 0, "refused": 0, "survived": 0, "allowed": 0, "crashed": 0},
        )
        row["tried"] += 1
        row[r.verdict] += 1
        if r.verdict == "refused":
            row["caught"] += 1  # a clear refusal to load is a catch, counted apart too
        if r.verdict == "survived" and r.key in allowed:
            row["allowed"] += 1
    tried = sum(row["tried"] for row in table.values())
    caught = sum(row["caught"] for row in table.values())
    legit = sum(row["allowed"] for row in table.values())
    for row in table.values():
        row["score_pct"] = round(100 * row["caught"] / max(1, row["tried"] - row["allowed"]), 1)
    return {
        "score": caught / (tried - legit) if tried > legit else 1.0,
        "raw_score": caught / tried if tried else 1.0,
        "tried": tried,
        "caught": caught,
        "allowed": legit,
        "operators": table,
        "survivors": [
            attrs.asdict(r) | {"allowed": r.key in allowed}
            for r in results
            if r.verdict == "survived"
        ],
        "crashes": [attrs.asdict(r) for r in results if r.verdict == "crashed"],
    }


def render_table(
    results: list[Result], allowed: dict[tuple[str, str, str], str] | None = None
) -> str:
    """The score table for people: operator, tried, caught (refused among them), survivors
    (allow-listed among them), crashes, score (allow-listed survivors left out)."""
    data = summary(results, allowed)
    head = ("operator", "tried", "caught", "refused", "survived", "allowed", "crashed", "score")
    lines = [f"{head[0]:<12}" + "".join(f"{h:>9}" for h in head[1:])]

    def line(name: str, row: dict[str, Any]) -> str:
        cells = [row[k] for k in ("tried", "caught", "refused", "survived", "allowed", "crashed")]
        return f"{name:<12}" + "".join(f"{c:>9}" for c in cells) + f"{row['score_pct']:>8.1f}%"

    for name, row in data["operators"].items():
        lines.append(line(name, row))
    total = {
        k: sum(row[k] for row in data["operators"].values())
        for k in ("tried", "caught", "refused", "survived", "allowed", "crashed")
    }
    lines.append(line("total", total | {"score_pct": round(100 * data["score"], 1)}))
    return "\n".join(lines)
