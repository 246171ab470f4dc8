"""Per-deployment document settings: the office's own templates and letterhead, without Python.

A PPID office that wants its own wording or its own kop surat has a web developer, not a Python
developer. So both come from files:

- ``templates``: folders of template files (``penolakan.html.j2``, ``print.css``, a new
  ``<kind>.html.j2``). They are searched *before* the agency plugin's templates and the
  built-in ones, so a file named like a template replaces it for every agency, and
  ``{% extends "builtin/penolakan.html.j2" %}`` extends the built-in one. They run in the same
  sandboxed, autoescaped environment as the built-ins (environment.py).
- ``letterhead``: a JSON file (or a `Letterhead`) that replaces the agency plugin's kop surat.

Where they come from, first match wins: the arguments (``--templates DIR``, ``--letterhead
FILE`` on the command line; `DocumentSettings` passed by the service or the Python API), then
the environment (``UJI_KONSEKUENSI_TEMPLATES``: folders separated by ``os.pathsep``, ``:`` on
Linux; ``UJI_KONSEKUENSI_LETTERHEAD``: a file).

The limits every rendering runs under (docs/documents.md, "Limits") are settings too:
``max_rows`` (rows a document prints, default `limits.MAX_DOCUMENT_ROWS`, 1,000; also
``UJI_KONSEKUENSI_MAX_DOCUMENT_ROWS``), refused before any work with a `DocumentError` naming
the count and the limit; ``max_output`` (characters a template writes) and ``max_loops``
(loop iterations of one rendering), which the sandboxed template environment enforces.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError, Problem
from ..limits import MAX_DOCUMENT_ROWS, MAX_TEMPLATE_LOOPS, MAX_TEMPLATE_OUTPUT
from . import messages as M
from .environment import TemplateLimits
from .letterhead import LETTERHEAD_ENV, Letterhead, load_letterhead
from .sources import Bundle, DocumentError

#: Environment variable listing deployment template folders (``os.pathsep``-separated).
TEMPLATES_ENV = "UJI_KONSEKUENSI_TEMPLATES"
#: Environment variable replacing `limits.MAX_DOCUMENT_ROWS` (a whole number).
MAX_ROWS_ENV = "UJI_KONSEKUENSI_MAX_DOCUMENT_ROWS"


def _positive(instance: object, attribute: Any, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"DocumentSettings.{attribute.name}: expected a whole number >= 1")


def _paths(value: object) -> tuple[Path, ...]:
    if isinstance(value, str | os.PathLike):
        return (Path(value),)
    assert isinstance(value, list | tuple)
    return tuple(Path(v) for v in value)


def _letterhead(value: object) -> Letterhead | Path | None:
    if isinstance(value, str | os.PathLike):
        return Path(value)
    assert value is None or isinstance(value, Letterhead)
    return value


@attrs.frozen(kw_only=True)
class DocumentSettings:
    """What a deployment changes in its documents: template folders, and the letterhead.

    ``templates``: folders searched before the plugin and built-in templates. ``letterhead``: a
    `Letterhead`, or the path of a letterhead JSON file, that replaces the agency's;
    None keeps the agency's. ``use_letterhead``: False prints no kop surat at all (for paper
    that is already printed with one). ``max_rows``: the most rows (tested items of every
    Lembar, summed) a document prints; more is refused before any work. ``max_output``,
    ``max_loops``: the characters a template may write and the loop iterations it may run for
    one document (environment.py).
    """

    templates: tuple[Path, ...] = attrs.field(default=(), converter=_paths)
    letterhead: Letterhead | Path | None = attrs.field(default=None, converter=_letterhead)
    use_letterhead: bool = True
    max_rows: int = attrs.field(default=MAX_DOCUMENT_ROWS, validator=_positive)
    max_output: int = attrs.field(default=MAX_TEMPLATE_OUTPUT, validator=_positive)
    max_loops: int = attrs.field(default=MAX_TEMPLATE_LOOPS, validator=_positive)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DocumentSettings:
        """The settings of the environment (``UJI_KONSEKUENSI_TEMPLATES``, ``..._LETTERHEAD``)."""
        env = os.environ if environ is None else environ
        folders = tuple(p for p in env.get(TEMPLATES_ENV, "").split(os.pathsep) if p.strip())
        letterhead = env.get(LETTERHEAD_ENV, "").strip() or None
        raw_rows = env.get(MAX_ROWS_ENV, "").strip()
        if raw_rows and not (raw_rows.isdigit() and int(raw_rows) > 0):
            said, expected = M.DOCUMENT_MAX_ROWS_INVALID(), M.DOCUMENT_MAX_ROWS_INVALID_EXPECTED()
            raise InputError.one(
                MAX_ROWS_ENV,
                "",
                said.id,
                said.en,
                value=raw_rows,
                expected=expected.id,
                expected_en=expected.en,
            )
        rows = int(raw_rows) if raw_rows else MAX_DOCUMENT_ROWS
        return cls(templates=folders, letterhead=letterhead, max_rows=rows)

    def merged_over(self, other: DocumentSettings) -> DocumentSettings:
        """These settings, with what they leave unset taken from ``other`` (e.g. the env)."""
        return DocumentSettings(
            templates=self.templates or other.templates,
            letterhead=self.letterhead if self.letterhead is not None else other.letterhead,
            use_letterhead=self.use_letterhead and other.use_letterhead,
            max_rows=self.max_rows if self.max_rows != MAX_DOCUMENT_ROWS else other.max_rows,
            max_output=self.max_output,
            max_loops=self.max_loops,
        )

    @property
    def template_limits(self) -> TemplateLimits:
        """What the template sandbox enforces for one rendering (environment.py)."""
        return TemplateLimits(max_output=self.max_output, max_loops=self.max_loops)

    def check_rows(self, kind: str, bundle: Bundle) -> None:
        """Refuse, before any work, a document of more than ``max_rows`` rows: a
        `DocumentError` naming the count and the limit."""
        count = sum(len(sheet.rows) for sheet in bundle.sheets) + len(bundle.rows)
        if count > self.max_rows:
            raise DocumentError(
                kind,
                bundle.source,
                M.DOCUMENT_TOO_MANY_ROWS(count=count, most=self.max_rows, env=MAX_ROWS_ENV),
            )

    def template_dirs(self) -> tuple[Path, ...]:
        """The template folders, each checked to exist: `InputError` naming a missing one."""
        expected = M.TEMPLATE_FOLDER_MISSING_EXPECTED()
        problems = []
        for index, folder in enumerate(self.templates):
            if folder.is_dir():
                continue
            said = M.TEMPLATE_FOLDER_MISSING(folder=folder)
            problems.append(
                Problem(
                    path=f"templates[{index}]",
                    message=said.id,
                    message_en=said.en,
                    value=str(folder),
                    expected=expected.id,
                    expected_en=expected.en,
                )
            )
        if problems:
            raise InputError("--templates / " + TEMPLATES_ENV, problems)
        return self.templates

    def resolve_letterhead(self, agency_letterhead: Letterhead | None) -> Letterhead | None:
        """The letterhead to print: none, the override, or the agency's."""
        if not self.use_letterhead:
            return None
        if isinstance(self.letterhead, Letterhead):
            return self.letterhead
        if self.letterhead is not None:
            return load_letterhead(self.letterhead)
        return agency_letterhead


def effective_settings(settings: DocumentSettings | None) -> DocumentSettings:
    """The given settings over those of the environment."""
    env = DocumentSettings.from_env()
    return env if settings is None else settings.merged_over(env)
