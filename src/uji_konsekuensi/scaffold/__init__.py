"""``plugin new``: a complete agency plugin distribution, written from one set of templates.

`plugin_files(...)` renders the files of a plugin distribution (pyproject with the two entry
points, the package that is the agency folder, agency.json and sop.json, with the module of the
agency's own rules, a README, the contract tests) from the Jinja2 templates in
``scaffold/plugin/``; `write_plugin` writes them to a new directory. The template
plugin examples/agency-plugin is generated from the same templates (its pyproject.toml,
``__init__.py``, ``py.typed`` and ``tests/test_contract.py`` are compared with a fresh rendering
by tests/test_cli_plugin.py), so the two cannot drift. Files are rendered, never copied: no
build/ folder or egg-info can come along.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from . import messages as M

if TYPE_CHECKING:
    from ..agency import AgencyInfo
    from ..sop import SOP

__all__ = ["agency_folder_files", "plugin_files", "write_plugin"]

_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def package_name(code: str) -> str:
    """The import package of an agency code: uji_konsekuensi_<code, hyphens as underscores>."""
    return "uji_konsekuensi_" + code.replace("-", "_")


def _literal(value: str) -> str:
    # A JSON string is both a valid Python string literal and a valid TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def _candidates(sop: SOP) -> list[dict[str, Any]]:
    """Distinct outputs of the SOP, each with the steps that output it and those whose
    kelengkapan writes exactly the same text (explicit equality, no guessing)."""
    seen: dict[str, dict[str, Any]] = {}
    for step in sop.steps:
        for text in step.outputs:
            entry = seen.setdefault(text, {"title": text, "produced": [], "required": []})
            entry["produced"].append(step.number)
    for step in sop.steps:
        for text in step.requirements:
            if text in seen and step.number not in seen[text]["produced"]:
                seen[text]["required"].append(step.number)
    out = []
    codes: set[str] = set()
    for entry in seen.values():
        code = "-".join(re.findall(r"[a-z0-9]+", entry["title"].casefold())[:4]) or "dokumen"
        while code in codes:
            code += "-2"
        codes.add(code)
        out.append(
            {
                "code": code,
                "title": entry["title"],
                "produced": ", ".join(map(str, entry["produced"])),
                "required": ", ".join(map(str, entry["required"])),
            }
        )
    return out


def plugin_files(
    info: AgencyInfo,
    sop: SOP,
    *,
    sop_text: str,
    sop_source: str,
    description: str | None = None,
) -> dict[str, str]:
    """The files of the plugin distribution, by path relative to its directory."""
    import jinja2

    root = files(__package__) / "plugin"
    env = jinja2.Environment(
        autoescape=False,  # Python, TOML and Markdown are generated, not HTML
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["literal"] = _literal
    package = package_name(info.code)
    context = {
        "code": info.code,
        "package": package,
        "name": info.name,
        "timezone": info.timezone,
        "trigger": info.trigger,
        "description": description or f"uji-konsekuensi plugin for {info.name}.",
        "sop_number": sop.number,
        "sop_title": sop.title,
        "sop_source": sop.source or sop_source,
        "candidates": _candidates(sop),
    }

    def render(name: str) -> str:
        return env.from_string((root / name).read_text(encoding="utf-8")).render(context)

    folder = agency_folder_files(info, sop, sop_text=sop_text)
    return {
        "pyproject.toml": render("pyproject.toml.j2"),
        "README.md": render("README.md.j2"),
        f"src/{package}/__init__.py": render("__init__.py.j2"),
        f"src/{package}/agency.json": folder["agency.json"],
        f"src/{package}/plugin.py": render("plugin.py.j2"),
        f"src/{package}/py.typed": "",
        f"src/{package}/sop.json": sop_text,
        "tests/test_contract.py": render("test_contract.py.j2"),
    }


def agency_folder_files(info: AgencyInfo, sop: SOP, *, sop_text: str) -> dict[str, str]:
    """The files of an agency folder (docs/agency-data.md): agency.json and the SOP as given.

    No document is declared: which paper a step produces and requires is the agency's judgement,
    never guessed from titles. The SOP's outputs are listed in ``notes`` as candidates (code,
    title, the steps that output it, the steps whose kelengkapan writes the same text), and
    ``agency validate`` reports each step whose output no declared document covers.
    """
    from ..agency_data import AGENCY_FORMAT
    from ..converter import unstructure

    notes = [
        'Dokumen kandidat dari output SOP; pindahkan ke "documents" yang benar (dan beri '
        '"renderings"), lalu agency validate / candidate documents from the SOP\'s outputs; '
        'move those that are right into "documents" (with "renderings"), then agency '
        "validate."
    ]
    for c in _candidates(sop):
        required = f"; required_by_steps [{c['required']}]" if c["required"] else ""
        notes.append(f"{c['code']}: {c['title']!r}; produced_by_steps [{c['produced']}]{required}")
    data = {
        "format": AGENCY_FORMAT,
        "agency": unstructure(info),
        "sops": ["sop.json"],
        "documents": [],
        "renderings": [],
        "notes": notes,
    }
    return {
        "agency.json": json.dumps(data, ensure_ascii=False, indent=2) + "\n",
        "sop.json": sop_text,
    }


def write_plugin(target: Path, rendered: dict[str, str]) -> list[Path]:
    """Write the files into ``target``, which must not exist or be empty (nothing a user has
    is overwritten)."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        said, expected = M.TARGET_NOT_EMPTY(), M.TARGET_NOT_EMPTY_EXPECTED()
        raise InputError.one(
            str(target),
            "",
            said.id,
            said.en,
            value=str(target),
            expected=expected.id,
            expected_en=expected.en,
        )
    written = []
    for rel, text in rendered.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
