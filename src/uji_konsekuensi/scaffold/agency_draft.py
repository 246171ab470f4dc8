"""``sop import FILE --agency-folder DIR``: the agency.json that goes beside an imported SOP.

`draft_agency` writes agency.json (docs/agency-data.md) from what the SOP document says, and
lists every value it did not read there: a *question* when nothing sensible can stand in for it
(the office's time zone: no SOP AP writes it), an *inferred* value otherwise (the code taken
from the folder's name, the national calendar, the documents drafted from the SOP's outputs),
each with the reason, in the review report and in agency.json's ``notes``. Nothing is filled
silently.

What is read, and from where:

- ``agency.name``: the kop of the SOP (``identity.agency``, with ``identity.unit`` before it when
  the kop names a unit under its government: "DINAS ... / PEMERINTAH KOTA ...");
- ``agency.trigger``: the SOP's trigger (asked by the importer when the steps do not say it);
- ``letterhead``: its name lines (agency, unit) and the SOP's other kop lines as the address, as
  written; what the kop does not give is listed in ``missing``;
- ``documents``: one kind per distinct Output text, produced by the steps that write it; a step
  whose Kelengkapan writes exactly the same text *requires* it only when every path of the
  flowchart to that step passes a step that produces it (otherwise a case that took the other
  branch would be reported for a paper it could never have). Which paper it really is, and its
  English title, are the office's to confirm.

A person's answers to these (paths ``agency.*``, ``letterhead...``, ``documents...``,
``calendar``, ``renderings...``) go in the same answers file as the SOP's; `split_answers`
separates them. One small function builds the data (`draft_agency`), so that agency.json's
schema can grow without touching the command.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import InputError, Problem
from ..i18n import Language, Text
from . import messages as M

if TYPE_CHECKING:
    from ..responses import DraftedAgency
    from ..sop import SOP

__all__ = ["AGENCY_KEYS", "AgencyDraft", "AgencyItem", "draft_agency", "split_answers"]

#: The top-level keys of agency.json an answer may set; every other path is the SOP's.
AGENCY_KEYS = ("agency", "calendar", "documents", "letterhead", "renderings", "roles")

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PART = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")
_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*")

#: The zones of Indonesia (Keppres 41/1987: WIB, WITA, WIT), as the question offers them.
ZONES = (
    ("Asia/Jakarta", "WIB: Sumatera, Jawa"),
    ("Asia/Pontianak", "WIB: Kalimantan Barat, Kalimantan Tengah"),
    ("Asia/Makassar", "WITA: Bali, Nusa Tenggara, Kalimantan Selatan, Timur, Utara, Sulawesi"),
    ("Asia/Jayapura", "WIT: Maluku, Papua"),
)


@attrs.frozen(kw_only=True)
class AgencyItem:
    """One value of agency.json not read from the SOP: asked (``asked``) or inferred."""

    path: str
    text: Text
    asked: bool


@attrs.frozen(kw_only=True)
class AgencyDraft:
    """agency.json as written (``data``), what is still asked and what was inferred."""

    data: dict[str, Any]
    questions: tuple[AgencyItem, ...]
    inferred: tuple[AgencyItem, ...]

    def document(self, folder: str, lang: Language) -> DraftedAgency:
        """What ``sop import --agency-folder --json`` says of the agency.json written to
        ``folder``, in ``lang``."""
        from ..responses import AgencyDraftInference, AgencyDraftQuestion, DraftedAgency

        return DraftedAgency(
            folder=folder,
            data=self.data,
            review=tuple(
                AgencyDraftQuestion(path=q.path, question=q.text.get(lang)) for q in self.questions
            ),
            inferred=tuple(
                AgencyDraftInference(path=i.path, note=i.text.get(lang)) for i in self.inferred
            ),
        )

    def report(self, folder: str, lang: Language) -> str:
        """The agency part of the review report (Markdown), after the SOP's."""
        head = M.DRAFT_REVIEW_HEAD(folder=folder, count=len(self.questions)).get(lang)
        out = ["", head, ""]
        for n, item in enumerate(self.questions, 1):
            out.append(f"{n}. `{item.path}`: {item.text.get(lang)}")
        if not self.questions:
            out.append("-")
        out += [
            "",
            M.DRAFT_REVIEW_INFERRED().get(lang),
            "",
        ]
        out += [f"- `{item.path}`: {item.text.get(lang)}" for item in self.inferred] or ["-"]
        return "\n".join(out) + "\n"


def _is_agency_path(path: object) -> bool:
    if not isinstance(path, str):
        return False
    first = _PART.match(path)
    return first is not None and first.group(1) in AGENCY_KEYS


def split_answers(
    entries: Sequence[Any],
) -> tuple[list[tuple[int, Any]], list[tuple[int, Any]]]:
    """(the SOP's entries, agency.json's entries), each with its index in the file."""
    sop: list[tuple[int, Any]] = []
    agency: list[tuple[int, Any]] = []
    for i, entry in enumerate(entries):
        path = entry.get("path") if isinstance(entry, dict) else None
        (agency if _is_agency_path(path) else sop).append((i, entry))
    return sop, agency


def _flow_dominated(sop: SOP, producers: set[int], target: int) -> bool:
    """Whether every path of the flowchart from the first step to ``target`` passes one of
    ``producers`` (``target`` cannot be reached with them taken out)."""
    first = sop.first_step
    if first is None or first.number in producers:
        return True
    by_number = {s.number: s for s in sop.steps}
    seen = {first.number}
    todo = [first.number]
    while todo:
        step = by_number.get(todo.pop())
        if step is None:
            continue
        for nxt in step.successors:
            if nxt is None or nxt in producers or nxt in seen:
                continue
            if nxt == target:
                return False
            seen.add(nxt)
            todo.append(nxt)
    return True


def _code(title: str, taken: set[str]) -> str:
    code = "-".join(re.findall(r"[a-z0-9]+", title.casefold())[:4]) or "dokumen"
    base, n = code, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    taken.add(code)
    return code


def _documents(sop: SOP) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[AgencyItem]]:
    """Documents and renderings from the SOP's outputs, and the notes on what was left out."""
    produced: dict[str, list[int]] = {}
    for step in sorted(sop.steps, key=lambda s: s.number):
        for text in step.outputs:
            produced.setdefault(text, []).append(step.number)
    documents: list[dict[str, Any]] = []
    renderings: list[dict[str, Any]] = []
    items: list[AgencyItem] = []
    taken: set[str] = set()
    for i, (title, makers) in enumerate(produced.items()):
        code = _code(title, taken)
        required, left = [], []
        for step in sorted(sop.steps, key=lambda s: s.number):
            if title in step.requirements and step.number not in makers:
                if _flow_dominated(sop, set(makers), step.number):
                    required.append(step.number)
                else:
                    left.append(step.number)
        documents.append(
            {
                "code": code,
                "title": title,
                "title_en": title,
                "basis": None,
                "produced_by_steps": makers,
                "required_by_steps": required,
            }
        )
        renderings.append(
            {
                "code": code,
                "not_rendered": {
                    "id": f"belum diputuskan cara mencetaknya: disimpulkan dari Output SOP "
                    f"langkah {', '.join(map(str, makers))}",
                    "en": f"how it is printed is not decided yet: drafted from the SOP's Output "
                    f"of step {', '.join(map(str, makers))}",
                },
            }
        )
        if left:
            steps = ", ".join(map(str, left))
            items.append(
                AgencyItem(
                    path=f"documents[{i}].required_by_steps",
                    text=M.DRAFT_REQUIRED_LEFT(
                        steps=steps, title=title, makers=", ".join(map(str, makers))
                    ),
                    asked=False,
                )
            )
    return documents, renderings, items


def _letterhead(identity: dict[str, Any], source: str) -> dict[str, Any] | None:
    """The kop surat from the SOP's kop: its name lines, its other lines as the address."""
    names = [v for v in (identity.get("agency"), identity.get("unit")) if v]
    other = [line for line in identity.get("letterhead") or () if line]
    if not names:
        return None
    return {
        "lines": names,
        "address": " ".join(other) or None,
        "city": None,
        "missing": ["logo", "kota penandatanganan"] + ([] if other else ["alamat"]),
        "source": f"kop SOP {source}",
    }


def _letterhead_note(letterhead: Any) -> AgencyItem:
    """What the letterhead took from the kop, and what it lacks (after the answers)."""
    if not isinstance(letterhead, dict) or not letterhead.get("lines"):
        return AgencyItem(path="letterhead", text=M.DRAFT_LETTERHEAD_UNREAD(), asked=False)
    names = " / ".join(map(str, letterhead["lines"]))
    address = letterhead.get("address")
    city = letterhead.get("city")
    missing = [m for m in letterhead.get("missing") or () if not (city and m.startswith("kota"))]
    letterhead["missing"] = missing
    text = M.DRAFT_LETTERHEAD(
        names=names,
        address=M.DRAFT_LETTERHEAD_ADDRESS(address=address) if address else "",
        city="" if city else M.DRAFT_LETTERHEAD_NO_CITY(),
        missing=", ".join(missing) or "-",
    )
    return AgencyItem(path="letterhead", text=text, asked=False)


def _lanes(sop_data: dict[str, Any]) -> list[dict[str, Any]]:
    """agency.json ``lanes``: each lane of the SOP whose role the import read or was answered,
    with its basis. sop.json keeps the same role, so the SOP still validates on its own; the
    two agree because they are written from one value. A lane with no role yet stays out: the
    import's review asks for it and `agency validate` reports it as unmapped."""
    lanes: list[dict[str, Any]] = []
    for lane in sop_data.get("lanes") or ():
        if isinstance(lane, dict) and lane.get("id") and lane.get("role"):
            basis = lane.get("role_basis")
            lanes.append(
                {
                    "lane": lane["id"],
                    "role": lane["role"],
                    "basis": basis if isinstance(basis, dict) else None,
                    "sop": "sop.json",
                }
            )
    return lanes


def draft_agency(
    sop_data: dict[str, Any],
    sop: SOP | None,
    *,
    folder_name: str,
    answers: Sequence[tuple[int, Any]] = (),
    answers_source: str = "answers",
) -> AgencyDraft:
    """agency.json for the imported SOP (``sop_data``, and ``sop`` when it loads), with the
    answers (``(index in the file, entry)``) whose path is agency.json's applied."""
    identity = sop_data.get("identity") or {}
    questions: list[AgencyItem] = []
    inferred: list[AgencyItem] = []

    code: str | None = folder_name if _SLUG.fullmatch(folder_name) else None
    if code is None:
        questions.append(
            AgencyItem(
                path="agency.code",
                text=M.DRAFT_CODE_NOT_SLUG(folder=folder_name),
                asked=True,
            )
        )
    else:
        inferred.append(
            AgencyItem(
                path="agency.code",
                text=M.DRAFT_CODE_FROM_FOLDER(code=code),
                asked=False,
            )
        )
    agency_name, unit = identity.get("agency"), identity.get("unit")
    name = f"{unit} {agency_name}" if agency_name and unit else agency_name
    if not name:
        questions.append(
            AgencyItem(
                path="agency.name",
                text=M.DRAFT_NAME_UNREAD(),
                asked=True,
            )
        )
    elif unit:
        inferred.append(
            AgencyItem(
                path="agency.name",
                text=M.DRAFT_NAME_JOINED(name=name),
                asked=False,
            )
        )
    zones = "; ".join(f"{zone} ({where})" for zone, where in ZONES)
    questions.append(
        AgencyItem(
            path="agency.timezone",
            text=M.DRAFT_TIMEZONE(zones=zones),
            asked=True,
        )
    )
    inferred.append(
        AgencyItem(
            path="calendar",
            text=M.DRAFT_CALENDAR(),
            asked=False,
        )
    )
    source = str(sop_data.get("source") or "")
    letterhead = _letterhead(identity, source)
    documents: list[dict[str, Any]] = []
    renderings: list[dict[str, Any]] = []
    if sop is not None:
        documents, renderings, left = _documents(sop)
        if documents:
            inferred.append(
                AgencyItem(
                    path="documents",
                    text=M.DRAFT_DOCUMENTS(count=len(documents)),
                    asked=False,
                )
            )
        inferred.extend(left)
    data: dict[str, Any] = {
        "format": "uji-konsekuensi-agency/1",
        "agency": {
            "code": code,
            "name": name,
            "timezone": None,
            # The agency's trigger is its SOP's (`sop.agency.trigger` otherwise).
            "trigger": sop_data.get("trigger"),
        },
        "sops": ["sop.json"],
        # The office's own roles (a lane played by a role outside the PPID's eight) are declared
        # here, by answer or by hand; none is invented from a lane's name.
        "roles": [],
        "lanes": _lanes(sop_data),
        "documents": documents,
        "letterhead": letterhead,
        "renderings": renderings,
        "notes": [],
    }
    answered = _apply(data, answers, answers_source)
    if "letterhead" not in answered:
        inferred.insert(1, _letterhead_note(data["letterhead"]))
    questions = [q for q in questions if q.path not in answered]
    inferred = [i for i in inferred if i.path not in answered]
    data["notes"] = [
        f"{item.path}: {item.text.id}"
        for item in inferred
        # The reasons of the answers come after what was inferred at import.
    ] + data["notes"]
    _check(data, questions, answers_source)
    return AgencyDraft(data=data, questions=tuple(questions), inferred=tuple(inferred))


def _apply(data: dict[str, Any], answers: Sequence[tuple[int, Any]], source: str) -> set[str]:
    """Apply agency.json's answers in place: ``value`` sets (with ``reason`` noted in
    ``notes``), ``"confirm": true`` accepts, ``"remove": true`` takes a list element out.
    Returns the paths answered; every bad entry is reported at once."""
    problems: list[Problem] = []
    answered: set[str] = set()
    for i, entry in answers:
        path = entry.get("path")
        if not isinstance(path, str) or not _PATH.fullmatch(path):
            problems.append(_problem(i, "path", M.ANSWER_PATH_INVALID(), path))
            continue
        kinds = [k for k in ("value", "confirm", "remove") if k in entry]
        if len(kinds) != 1 or (kinds[0] != "value" and entry[kinds[0]] is not True):
            problems.append(_problem(i, "value", M.ANSWER_KIND(), None))
            continue
        reason = entry.get("reason")
        if reason is not None and not (isinstance(reason, str) and reason.strip()):
            problems.append(_problem(i, "reason", M.ANSWER_REASON(), reason))
            continue
        if kinds[0] == "confirm":
            answered.add(path)
            continue
        keys: list[str | int] = [name or int(index) for name, index in _PART.findall(path)]
        try:
            node: Any = data
            for depth, key in enumerate(keys):
                if isinstance(key, int) != isinstance(node, list):
                    raise LookupError(path)  # an index of an object, a name in a list
                if depth == len(keys) - 1:
                    break
                if isinstance(key, str) and node.get(key) is None:
                    node[key] = {}
                node = node[key]
            last = keys[-1]
            if kinds[0] == "remove":
                if not (isinstance(last, int) and isinstance(node, list)):
                    raise LookupError(path)
                del node[last]
            elif isinstance(last, int) and isinstance(node, list) and last == len(node):
                node.append(copy.deepcopy(entry["value"]))
            else:
                node[last] = copy.deepcopy(entry["value"])
        except (LookupError, TypeError, AttributeError):
            problems.append(_problem(i, "path", M.ANSWER_PATH_MISSING(path=path), path))
            continue
        answered.add(path)
        if reason:
            data["notes"].append(f"{path}: {reason}")
    if problems:
        raise InputError(source, problems)
    return answered


def _problem(i: int, field: str, said: Text, value: object) -> Problem:
    return Problem(
        path=f"answers[{i}].{field}",
        message=said.id,
        message_en=said.en,
        value=value,
        expected="docs/office-guide.md",
    )


def _check(data: dict[str, Any], questions: Sequence[AgencyItem], source: str) -> None:
    """Refuse an answer that makes agency.json invalid (a zone that does not exist); a value
    still asked is left for its question."""
    from ..agency_data import parse_agency_data

    try:
        parse_agency_data(copy.deepcopy(data), source)
    except InputError as exc:
        pending = {q.path for q in questions}
        agency = data.get("agency")
        if not isinstance(agency, dict) or agency.get("trigger") is None:
            pending.add("agency.trigger")  # the SOP's question (`trigger`) settles it
        problems = [p for p in exc.problems if p.path not in pending]
        if problems:
            raise InputError(f"{source} (agency.json)", problems) from None
