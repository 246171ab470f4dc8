"""An agency as data: a folder with ``agency.json``, its SOP(s) and optional ``templates/``.

An office that keeps its own agency edits JSON, not Python. The folder::

    kalteng/
      agency.json     identity, zone, calendar, documents, letterhead, renderings (`AgencyData`)
      sop.json        the SOP (more than one: list them in agency.json's "sops")
      templates/      optional: the agency's own document templates (docs/documents.md)

`load_agency_folder` reads it and returns a `DataAgency`, an `AgencyHooks` (the same object a
Python plugin would build), which is registered with pluggy like any plugin: the rest of the
library does not know the difference. The schema of ``agency.json`` is
docs/schemas/agency-data.json (generated from `AgencyData`; its reference page is
docs/agency-data.md); every error names the file and the JSON path of the offending value.

Where folders come from (`agency_dirs`, used when a plugin manager is built): the entry-point
group ``uji_konsekuensi.agencies`` (an installed package that ships only the folder: the entry
point names the package, and the package's directory is the folder), the environment variable
``UJI_KONSEKUENSI_AGENCIES`` (directories separated by ``os.pathsep``) and the ``--agencies DIR``
option of the command line and of ``serve``. A directory is either one agency folder (it holds
``agency.json``) or a directory of agency folders.

Why this module sits in the documents layer, beside `plugin_kit`, and not in the registry: an
agency's letterhead and renderings are `documents` models, which the registry may not import
(docs/architecture.md, "Layers"). The registry (`uji_konsekuensi.plugins`) imports it by name
when a manager is built, as it does the built-in plugins.

A Python plugin can still add what data cannot say (an agency's own compliance rule, a
calendar computed at run time is not one: the calendar is accepted only from the plugin that
registered the agency): it implements `uji_compliance_rules` for the agency's code and registers
no agency itself, so it adds to the data agency instead of replacing it. ``check --data-only``
refuses such an agency (`needs_code`).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs

from . import agency_messages as AM
from .agency import AgencyInfo
from .calendar import CalendarSettings
from .converter import structure
from .document_kinds import DocumentKind
from .documents.agency_documents import Rendering
from .documents.letterhead import Letterhead
from .errors import InputError, Problem
from .findings import Finding
from .hookspecs import hookimpl
from .i18n import Text
from .jsonio import read_json
from .plugin_kit import AgencyHooks
from .sop import SOP, AgencyRole, Lane, load_sop

__all__ = [
    "AGENCY_FILE",
    "AGENCY_FORMAT",
    "ENTRY_POINT_GROUP",
    "ENV_AGENCIES",
    "AgencyData",
    "DataAgency",
    "LaneRole",
    "RoleDeclaration",
    "agency_findings",
    "find_folders",
    "folder_digest",
    "load_agency_folder",
    "parse_agency_data",
]

#: The file that makes a directory an agency folder.
AGENCY_FILE = "agency.json"
#: The value of ``format`` in agency.json (raised when the format changes incompatibly).
AGENCY_FORMAT = "uji-konsekuensi-agency/1"
#: The entry-point group of installed agency folders (a value names a package: its directory).
ENTRY_POINT_GROUP = "uji_konsekuensi.agencies"
#: The environment variable naming directories of agency folders (``os.pathsep``-separated).
ENV_AGENCIES = "UJI_KONSEKUENSI_AGENCIES"
#: The name a data agency is registered under in the plugin manager: ``data:<code>``.
PLUGIN_PREFIX = "data:"


def _check_format(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if value != AGENCY_FORMAT:
        raise ValueError(f"format: expected {AGENCY_FORMAT!r}, got {value!r}")


def _check_sop_name(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    for name in value:
        path = Path(name)
        # A file of the folder itself: no absolute path, no "..", no sub-folder to escape by.
        if path.is_absolute() or len(path.parts) != 1 or name in (".", ".."):
            raise ValueError(f"sops: expected a file name inside the folder, got {name!r}")
    if not value:
        raise ValueError("sops: expected at least one SOP file")


def _check_lane_id(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not _SLUG.fullmatch(value):
        raise ValueError(
            f"{attribute.name}: expected a lowercase slug (letters, digits, single hyphens), "
            f"got {value!r}"
        )


def _check_role_code(instance: Any, attribute: attrs.Attribute[str], value: object) -> None:
    from .sop import STATUTORY_ROLES

    if not isinstance(value, str) or not _SLUG.fullmatch(value):
        raise ValueError(
            f"code: expected a lowercase slug (letters, digits, single hyphens, e.g. "
            f"'kasubbag-umum'), got {value!r}"
        )
    if value in STATUTORY_ROLES:
        raise ValueError(
            f"code: {value!r} is one of the eight statutory roles, which need no declaration; "
            "an agency's own role needs a code of its own"
        )


def _check_no_power(instance: Any, attribute: attrs.Attribute[bool], value: object) -> None:
    if value is not False:
        raise ValueError(
            "statutory_power: expected false: the law gives its powers (the Penetapan, the "
            "refusal letter, the decision on an objection) to the PPID, the Atasan PPID and the "
            "pimpinan only (UU 14/2008 Pasal 22, 35-36; PERKI 1/2021 Pasal 34, 49); a lane that "
            f"holds one plays one of the eight statutory roles instead, got {value!r}"
        )


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@attrs.frozen(kw_only=True)
class RoleDeclaration:
    """A role of the agency's own, beyond the eight of the law (agency.json ``roles[]``): what
    the SOPs of its other procedures name ("Kepala Sub Bagian Umum", "Petugas Loket").

    ``code``: a slug, not one of the eight (`uji_konsekuensi.sop.Role`); lanes and cases name
    the role by it. ``name``: the role's name in Bahasa Indonesia and English. ``basis``: the
    agency's instrument that creates or names the role (its SOTK, a decree), if any.
    ``statutory_power``: always false, written so the file says it: the law gives no power to a
    role it does not name; the checker refuses such a role every act the law reserves
    (`uji_konsekuensi.case.powers`).
    """

    code: str = attrs.field(validator=_check_role_code)
    name: Text
    basis: str | None = None
    statutory_power: bool = attrs.field(default=False, validator=_check_no_power)

    def role(self) -> AgencyRole:
        """The role as lanes and cases hold it."""
        return AgencyRole(value=self.code, label=self.name, basis=self.basis or "")


@attrs.frozen(kw_only=True)
class LaneRole:
    """Which role a lane of the agency's SOP plays (agency.json ``lanes[]``).

    ``lane``: the lane's ``id`` in the SOP. ``role``: one of the eight statutory roles or the
    ``code`` of one of the agency's ``roles``. ``basis``: why this lane plays this role (its
    heading, what its steps do, the Pasal that gives the role that work), in both languages.
    ``sop``: the SOP file whose lane it is; null: the lane of that id in every SOP of the
    folder.
    """

    lane: str = attrs.field(validator=_check_lane_id)
    role: str = attrs.field(validator=_check_lane_id)
    basis: Text | None = None
    sop: str | None = None


@attrs.frozen(kw_only=True)
class AgencyData:
    """The content of an agency folder's agency.json: everything a plugin module used to declare.

    ``format``: always ``"uji-konsekuensi-agency/1"``. ``agency``: the identity, time zone,
    trigger and the period the agency existed (`AgencyInfo`). ``sops``: the SOP files of the
    folder, by name (default ``["sop.json"]``). ``roles``: the agency's own roles beyond the
    eight of the law (`RoleDeclaration`; they hold no statutory power). ``lanes``: which role
    each lane of the SOPs plays, and why (`LaneRole`). The mapping is the agency's: an SOP file
    may also write a lane's ``role`` (an imported SOP does), and where both say it they must
    agree (a contradiction is an error naming both files and paths); agency.json's ``basis``
    then stands for the lane's ``role_basis``. ``calendar``: the agency's own calendar (office
    hours, extra days off and working days, each with its decree); absent, the national calendar
    in the agency's zone. ``documents``: every document kind a case of the agency may carry,
    with the steps that produce and require it. ``letterhead``: the kop surat. ``renderings``:
    how each document is printed (a template of the library or of ``templates/``) or why not.
    ``notes``: why a value is what it is, where JSON has no comments (the source of the zone, a
    day off that is not sourced yet).
    """

    format: Literal["uji-konsekuensi-agency/1"] = attrs.field(validator=_check_format)
    agency: AgencyInfo
    sops: tuple[str, ...] = attrs.field(default=("sop.json",), validator=_check_sop_name)
    roles: tuple[RoleDeclaration, ...] = ()
    lanes: tuple[LaneRole, ...] = ()
    calendar: CalendarSettings | None = None
    documents: tuple[DocumentKind, ...] = ()
    letterhead: Letterhead | None = None
    renderings: tuple[Rendering, ...] = ()
    notes: tuple[str, ...] = ()


class DataAgency(AgencyHooks):
    """The agency hooks of one agency folder (what `load_agency_folder` returns)."""

    def __init__(self, *, folder: Path, data: AgencyData, sops: tuple[SOP, ...], digest: str):
        super().__init__(
            info=data.agency,
            sop_files=tuple(folder / name for name in data.sops),
            calendar=data.calendar,
            documents=data.documents,
            letterhead=data.letterhead,
            renderings=data.renderings,
        )
        self.folder = folder
        self.data = data
        self.digest = digest
        self._sops = sops  # read (and checked) once, when the folder was loaded
        templates = folder / "templates"
        self.templates: Path | None = templates if templates.is_dir() else None

    @property
    def plugin_name(self) -> str:
        """The name it is registered under: ``data:<agency code>``."""
        return PLUGIN_PREFIX + self.info.code

    @hookimpl
    def uji_document_templates(self, agency_code: str) -> list[str] | None:
        if agency_code != self.info.code or self.templates is None:
            return None
        return [str(self.templates)]


def _problem(source: str, field: str, said: Text, value: Any) -> InputError:
    return InputError.one(
        source, field, said.id, said.en, value=value, expected="docs/agency-data.md"
    )


def _refused(source: str, field: str, said: Text, value: Any, expected: Text) -> InputError:
    return InputError.one(
        source, field, said.id, said.en, value=value, expected=expected.id, expected_en=expected.en
    )


_FIELD = re.compile(r"(?:[A-Z]\w*\.)?([a-z_]+): ")


def _lookup(data: Any, path: str) -> Any:
    for part in re.findall(r"[^.\[\]]+", path):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _sharpen(problem: Problem, raw: Any) -> Problem:
    """The converter names the object whose validator refused a field, or whose key is unknown;
    an office editing agency.json needs the field itself (``agency.timezone``, ``logo``)."""
    path, value = problem.path, problem.value
    if problem.message_en.startswith("unknown key: ") and isinstance(value, str):
        path = _join(path, value)
    else:
        match = _FIELD.match(problem.expected_en or problem.expected or "")
        parent = _lookup(raw, path) if path else raw
        if match and isinstance(parent, dict) and match.group(1) in parent:
            path = _join(path, match.group(1))
            value = parent[match.group(1)]
    expected = (problem.expected or "").replace("docs/case.md", "docs/agency-data.md")
    expected_en = (problem.expected_en or "").replace("docs/case.md", "docs/agency-data.md")
    return attrs.evolve(
        problem,
        path=path,
        value=value,
        expected=expected or None,
        expected_en=expected_en or None,
    )


def parse_agency_data(raw: Any, source: str) -> AgencyData:
    """agency.json's content (parsed JSON) as `AgencyData`; an `InputError` names ``source``
    and the JSON path of the field itself (``agency.timezone``), not only its object."""
    try:
        return structure(raw, AgencyData, source)
    except InputError as exc:
        raise InputError(source, [_sharpen(p, raw) for p in exc.problems]) from None


def load_agency_folder(folder: str | os.PathLike[str]) -> DataAgency:
    """Read an agency folder (agency.json, its SOPs, optional templates/) into its hooks.

    Raises `InputError` naming the file (``.../agency.json`` or the SOP file) and the JSON path
    of every offending value; an SOP whose trigger or agency does not fit agency.json is an
    error of agency.json's field.
    """
    root = Path(folder)
    source = str(root / AGENCY_FILE)
    if not (root / AGENCY_FILE).is_file():
        raise _problem(
            source,
            "",
            AM.AGENCY_FOLDER_NO_FILE(file=AGENCY_FILE),
            str(root),
        )
    data = parse_agency_data(read_json(root / AGENCY_FILE, source), source)
    sops: list[SOP] = []
    for i, name in enumerate(data.sops):
        path = root / name
        if not path.is_file():
            raise _problem(
                source,
                f"sops[{i}]",
                AM.AGENCY_FOLDER_SOP_MISSING(),
                name,
            )
        sops.append(load_sop(path))
    sops = _map_lanes(root, data, sops)
    return DataAgency(folder=root, data=data, sops=tuple(sops), digest=folder_digest(root))


def _map_lanes(root: Path, data: AgencyData, sops: list[SOP]) -> list[SOP]:
    """The SOPs with the roles agency.json gives their lanes (``lanes``), the agency's own
    roles (``roles``) in place of their codes. Where an SOP file also writes a lane's role, the
    two must agree; agency.json's basis, where given, is the lane's ``role_basis``."""
    from .sop import Role

    source = str(root / AGENCY_FILE)
    declared: dict[str, AgencyRole] = {}
    for i, decl in enumerate(data.roles):
        if decl.code in declared:
            raise _problem(
                source,
                f"roles[{i}].code",
                AM.AGENCY_FOLDER_ROLE_REPEATED(),
                decl.code,
            )
        declared[decl.code] = decl.role()

    def resolve(code: str, where: str, field: str, value_source: str) -> Role | AgencyRole:
        if code in declared:
            return declared[code]
        try:
            return Role(code)
        except ValueError:
            pass
        known = ", ".join([*(r.value for r in Role), *declared])
        raise _refused(
            value_source,
            field,
            AM.AGENCY_FOLDER_ROLE_UNKNOWN(code=code, file=AGENCY_FILE),
            code,
            AM.AGENCY_FOLDER_ROLE_UNKNOWN_EXPECTED(known=known, where=where),
        )

    names = list(data.sops)
    # (sop index, lane id) -> (role, basis, the lanes[] entry that set it)
    mapped: dict[tuple[int, str], tuple[Role | AgencyRole, Text | None, int]] = {}
    for i, entry in enumerate(data.lanes):
        if entry.sop is not None and entry.sop not in names:
            raise _problem(
                source,
                f"lanes[{i}].sop",
                AM.AGENCY_FOLDER_LANE_SOP_UNKNOWN(listed=", ".join(names)),
                entry.sop,
            )
        role = resolve(entry.role, "docs/agency-data.md", f"lanes[{i}].role", source)
        targets = [k for k, name in enumerate(names) if entry.sop in (None, name)]
        hit = [k for k in targets if any(lane.id == entry.lane for lane in sops[k].lanes)]
        if not hit:
            ids = sorted({lane.id for k in targets for lane in sops[k].lanes})
            raise _refused(
                source,
                f"lanes[{i}].lane",
                AM.AGENCY_FOLDER_LANE_UNKNOWN(),
                entry.lane,
                AM.AGENCY_FOLDER_LANE_UNKNOWN_EXPECTED(listed=", ".join(ids)),
            )
        for k in hit:
            if (k, entry.lane) in mapped:
                first = mapped[(k, entry.lane)][2]
                raise _problem(
                    source,
                    f"lanes[{i}]",
                    AM.AGENCY_FOLDER_LANE_REPEATED(lane=entry.lane, sop=names[k], first=first),
                    entry.lane,
                )
            mapped[(k, entry.lane)] = (role, entry.basis, i)
    out: list[SOP] = []
    for k, sop in enumerate(sops):
        sop_source = str(root / names[k])
        lanes: list[Lane] = []
        for j, lane in enumerate(sop.lanes):
            written = lane.role
            if isinstance(written, AgencyRole):
                # An SOP file names an agency's own role by its code: agency.json declares it.
                written = resolve(written.value, AGENCY_FILE, f"lanes[{j}].role", sop_source)
            given = mapped.get((k, lane.id))
            if given is None:
                lanes.append(attrs.evolve(lane, role=written))
                continue
            role, basis, i = given
            if written is not None and written != role:
                raise _refused(
                    source,
                    f"lanes[{i}].role",
                    AM.AGENCY_FOLDER_ROLE_DISAGREES(
                        file=AGENCY_FILE,
                        i=i,
                        j=j,
                        lane=lane.id,
                        role=role.value,
                        written=written.value,
                        sop_source=sop_source,
                        sop=names[k],
                    ),
                    role.value,
                    AM.AGENCY_FOLDER_ROLE_DISAGREES_EXPECTED(
                        written=written.value, sop_source=sop_source, j=j
                    ),
                )
            lanes.append(
                attrs.evolve(lane, role=role, role_basis=basis if basis else lane.role_basis)
            )
        out.append(attrs.evolve(sop, lanes=tuple(lanes)))
    return out


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        # What an install or an editor leaves behind is not the agency's data.
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        if path.is_file():
            yield path


def folder_digest(folder: str | os.PathLike[str]) -> str:
    """The sha256 of an agency folder: every file's relative path and bytes, in sorted order.

    Python files count too (an ``__init__.py`` of a data package): the digest is of what was
    read, so an auditor can compare it with the folder they were given.
    """
    root = Path(folder)
    digest = hashlib.sha256()
    for path in _files(root):
        rel = path.relative_to(root).as_posix().encode("utf-8")
        data = path.read_bytes()
        digest.update(len(rel).to_bytes(8, "big") + rel + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def find_folders(directory: str | os.PathLike[str]) -> list[Path]:
    """The agency folders of a directory: itself if it holds agency.json, else its children
    that do (sorted by name, so which folder comes first never depends on the file system)."""
    root = Path(directory)
    if (root / AGENCY_FILE).is_file():
        return [root]
    if not root.is_dir():
        return []
    return sorted(child for child in root.iterdir() if (child / AGENCY_FILE).is_file())


def env_dirs(environ: Mapping[str, str] | None = None) -> tuple[Path, ...]:
    """The directories ``UJI_KONSEKUENSI_AGENCIES`` names (none when unset or empty)."""
    value = (os.environ if environ is None else environ).get(ENV_AGENCIES, "")
    return tuple(Path(part) for part in value.split(os.pathsep) if part.strip())


def unique_dirs(dirs: Iterable[str | os.PathLike[str]]) -> tuple[Path, ...]:
    """The directories in order, each once."""
    seen: dict[Path, None] = {}
    for d in dirs:
        seen.setdefault(Path(d), None)
    return tuple(seen)


# --- the SOP against the agency (`agency validate`) ---------------------------------------------


def _template_names(folder: Path | None) -> set[str]:
    """The document templates a rendering may name: the built-in ones and the folder's own
    (``<name>.html.j2``; a name starting with ``_`` is a part, not a document)."""
    from .documents.builtin_templates import BUILTIN_DIR

    names: set[str] = set()
    for directory in (BUILTIN_DIR, folder):
        if directory is not None and directory.is_dir():
            for path in directory.glob("*.html.j2"):
                name = path.name.removesuffix(".html.j2")
                if not name.startswith("_") and name != "sop":
                    names.add(name)
    return names


def agency_findings(
    *,
    info: AgencyInfo,
    sops: Sequence[SOP],
    documents: Sequence[DocumentKind],
    renderings: Sequence[Rendering],
    calendar: CalendarSettings | None = None,
    templates: Path | None = None,
    roles: Sequence[RoleDeclaration] = (),
) -> list[Finding]:
    """The findings of an agency's SOPs against what the agency declares (codes
    ``sop.agency.*``, docs/sop.md), after each SOP's own `SOP.validate()` findings.

    ``sops`` are the SOPs as the agency plays them (agency.json's lane mapping applied): a lane
    with no role is ``sop.agency.lane.unmapped`` (in place of the SOP's own
    ``sop.lane.role.missing``: an agency maps it in agency.json); a declared role no lane plays
    is ``sop.agency.role.unused``."""
    from .sop import agency_codes as C
    from .sop import messages as M

    found: list[Finding] = []
    played: set[str] = set()
    for i, sop in enumerate(sops):
        found.extend(f for f in sop.validate() if f.code != "sop.lane.role.missing")
        for j, lane in enumerate(sop.lanes):
            if lane.role is not None:
                played.add(lane.role.value)
                continue
            found.append(
                C.AGENCY_LANE_UNMAPPED(
                    M.AGENCY_LANE_UNMAPPED(number=sop.number, lane=lane.id, name=lane.name),
                    field=f"sops[{i}].lanes[{j}].role",
                )
            )
        if sop.trigger is not None and sop.trigger != info.trigger:
            found.append(
                C.AGENCY_TRIGGER(
                    M.AGENCY_TRIGGER(
                        number=sop.number, sop_trigger=sop.trigger, agency_trigger=info.trigger
                    ),
                    field=f"sops[{i}].trigger",
                )
            )
    for i, decl in enumerate(roles):
        if decl.code not in played:
            found.append(
                C.AGENCY_ROLE_UNUSED(
                    M.AGENCY_ROLE_UNUSED(code=decl.code, name=decl.name),
                    field=f"roles[{i}]",
                )
            )
    if calendar is not None and calendar.timezone != info.timezone:
        found.append(
            C.AGENCY_TIMEZONE(
                M.AGENCY_TIMEZONE(calendar=calendar.timezone, agency=info.timezone),
                field="calendar.timezone",
            )
        )
    steps = {step.number: step for sop in sops for step in sop.steps}
    seen: set[str] = set()
    for i, kind in enumerate(documents):
        if kind.code in seen:
            found.append(
                C.AGENCY_DOCUMENT_DUPLICATE(
                    M.AGENCY_DOCUMENT_DUPLICATE(code=kind.code),
                    field=f"documents[{i}].code",
                )
            )
        seen.add(kind.code)
        for key in ("produced_by_steps", "required_by_steps"):
            for j, number in enumerate(getattr(kind, key)):
                if number not in steps:
                    found.append(
                        C.AGENCY_DOCUMENT_STEP(
                            M.AGENCY_DOCUMENT_STEP(code=kind.code, step=number),
                            field=f"documents[{i}].{key}[{j}]",
                            step=number,
                        )
                    )
        for number in kind.required_by_steps:
            if not kind.produced_by_steps:
                found.append(
                    C.AGENCY_DOCUMENT_UNPRODUCED(
                        M.AGENCY_DOCUMENT_UNPRODUCED(step=number, code=kind.code),
                        field=f"documents[{i}].produced_by_steps",
                        step=number,
                    )
                )
            elif min(kind.produced_by_steps) >= number:
                found.append(
                    C.AGENCY_DOCUMENT_PRODUCED_LATER(
                        M.AGENCY_DOCUMENT_PRODUCED_LATER(
                            step=number, code=kind.code, first=min(kind.produced_by_steps)
                        ),
                        field=f"documents[{i}].required_by_steps",
                        step=number,
                    )
                )
    produced = {n for kind in documents for n in kind.produced_by_steps}
    for number, step in sorted(steps.items()):
        if step.outputs and number not in produced:
            found.append(
                C.AGENCY_OUTPUT_UNDECLARED(
                    M.AGENCY_OUTPUT_UNDECLARED(step=number, output=step.outputs[0]),
                    field="documents",
                    step=number,
                )
            )
    declared = {kind.code for kind in documents}
    rendered = {r.code for r in renderings}
    names = _template_names(templates)
    for i, rendering in enumerate(renderings):
        if rendering.code not in declared:
            found.append(
                C.AGENCY_RENDERING_UNDECLARED(
                    M.AGENCY_RENDERING_UNDECLARED(code=rendering.code),
                    field=f"renderings[{i}].code",
                )
            )
        if rendering.template is not None and rendering.template not in names:
            found.append(
                C.AGENCY_RENDERING_TEMPLATE(
                    M.AGENCY_RENDERING_TEMPLATE(
                        template=rendering.template, listed=", ".join(sorted(names))
                    ),
                    field=f"renderings[{i}].template",
                )
            )
    for i, kind in enumerate(documents):
        if kind.code not in rendered:
            found.append(
                C.AGENCY_RENDERING_MISSING(
                    M.AGENCY_RENDERING_MISSING(code=kind.code),
                    field=f"documents[{i}]",
                )
            )
    return found
