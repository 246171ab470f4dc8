"""The Jinja2 environments the documents are rendered with, and where templates are found.

Two environments share one loader:

- HTML (``*.html.j2``, and ``*.svg.j2`` included by them): autoescaping ON. Everything a user
  typed is escaped; a template must say ``|safe`` to emit markup, and none of ours does for
  user text.
- Markdown (``*.md.j2``): Jinja2 has no Markdown autoescaping, so the environment's
  ``finalize`` escapes every value printed with ``{{ }}`` (see `markdown.escape_markdown`): a
  user's "|" cannot end a table cell and a "<script>" stays text.

Both use ``StrictUndefined``: a misspelt variable in a template is an error when rendering, not a
blank in an official letter. Both are *sandboxed* (`jinja2.sandbox.SandboxedEnvironment`): a
template, built-in or from a deployment's template folder, can read the records it is given but
cannot reach Python internals (``__class__``, ``__globals__``, ``mro``), so a template file is
data an office edits, not code it runs. Every printed value first passes through
`safe_text.safe_text`: control characters mapped or dropped, lone surrogates replaced,
right-to-left text and bidi controls isolated (issue 9; documented in safe_text.py).

Templates are files (``documents/templates/``) that an agency can read and copy. Every template
directory, or single ``(template name, file)`` pair, comes through the hook
``uji_document_templates(agency_code)`` (plugin_templates.py), the built-in ones too (from
builtin_plugin.py, asked last): an environment searches exactly the sources it is given, in
order, so a plugin's ``lembar.html.j2`` replaces the built-in one and a plugin's
``sk-ketua-kasn.html.j2`` adds a document. A template can still extend or include an original
under the prefix ``builtin/`` (``{% extends "builtin/lembar.html.j2" %}``): that prefix names the
files shipped with the package, whatever the search path holds.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import jinja2
import jinja2.sandbox
from markupsafe import Markup

from . import indonesian, legal_text, markdown
from .builtin_plugin import BUILTIN_DIR
from .safe_text import safe_text

#: The prefix under which the built-in templates stay reachable when a plugin overrides them.
BUILTIN_PREFIX = "builtin"

#: The hook that gives every template directory, the built-in one included (hookspecs.py).
TEMPLATE_HOOK = "uji_document_templates"

Flavour = Literal["html", "md"]

#: What an implementation of the template hook may return in its list.
TemplateSource = str | os.PathLike[str] | tuple[str, str | os.PathLike[str]]


class _PairLoader(jinja2.BaseLoader):
    """Loads single templates given as ``(name, file path)`` pairs by a plugin."""

    def __init__(self, pairs: Sequence[tuple[str, Path]]) -> None:
        self.pairs = dict(pairs)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        path = self.pairs.get(template)
        if path is None:
            raise jinja2.TemplateNotFound(template)
        source = path.read_text(encoding="utf-8")
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.exists() and path.stat().st_mtime == mtime

    def list_templates(self) -> list[str]:
        return sorted(self.pairs)


def make_loader(sources: Iterable[TemplateSource] = ()) -> jinja2.BaseLoader:
    """A loader searching the single-file pairs, then the directories, each in the given order.

    The built-in directory is searched where the sources hold it (the built-in plugin's answer
    comes last); ``builtin/<name>`` always reaches the file shipped with the package.
    """
    dirs: list[str] = []
    pairs: list[tuple[str, Path]] = []
    for source in sources:
        if isinstance(source, tuple):
            name, path = source
            pairs.append((name, Path(path)))
        else:
            dirs.append(os.fspath(source))
    loaders: list[jinja2.BaseLoader] = []
    if pairs:
        loaders.append(_PairLoader(pairs))
    if dirs:
        loaders.append(jinja2.FileSystemLoader(dirs))
    loaders.append(jinja2.PrefixLoader({BUILTIN_PREFIX: jinja2.FileSystemLoader(str(BUILTIN_DIR))}))
    return jinja2.ChoiceLoader(loaders)


def _autoescape(name: str | None) -> bool:
    """Escape HTML and SVG templates (and string templates, to be safe); not CSS or Markdown."""
    if name is None:
        return True
    lowered = name.lower()
    return not lowered.endswith((".md.j2", ".md", ".css", ".css.j2", ".txt.j2"))


def _numbered(items: Iterable[Any]) -> list[tuple[int, Any]]:
    return list(enumerate(items, 1))


def _common_filters(env: jinja2.Environment) -> None:
    env.filters.update(
        tanggal=indonesian.format_tanggal,
        tanggal_tanpa_hari=lambda d: indonesian.format_tanggal(d, with_day=False),
        tanggal_terbilang=indonesian.tanggal_terbilang,
        hari=indonesian.nama_hari,
        terbilang=indonesian.terbilang,
        angka_terbilang=indonesian.angka_terbilang,
        numbered=_numbered,
        **legal_text.FILTERS,
    )


def _finalize_html(value: Any) -> Any:
    """Make every printed text safe (safe_text.py); markup a template built stays as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return safe_text(value)
    return value


def _finalize_md(value: Any) -> Any:
    # escape_markdown applies safe_text itself (also in the md_row filter).
    return markdown.finalize(value)


def make_environment(
    flavour: Flavour, sources: Iterable[TemplateSource] = ()
) -> jinja2.Environment:
    """A sandboxed Jinja2 environment for HTML (autoescaped) or Markdown (escaping ``finalize``).

    ``sources`` is the whole search path (plugin_templates.search_path): without the built-in
    directory among them, only ``builtin/<name>`` reaches the built-in templates.

    Environments are kept per (flavour, sources), so a template is compiled once per process
    and not on every render (a service renders many documents). Jinja2 still checks each
    template file's modification time before using its compiled form (``auto_reload``), so an
    edited template shows at once.
    """
    # A source given twice (the built-in directory in a caller's list and in the hook's) is
    # searched once, where it first appears: the search order is the same.
    key = tuple(dict.fromkeys(_source_key(source) for source in sources))
    return _cached_environment(flavour, key)


def _source_key(source: TemplateSource) -> str | tuple[str, str]:
    if isinstance(source, tuple):
        return (source[0], os.fspath(source[1]))
    return os.fspath(source)


@functools.lru_cache(maxsize=64)
def _cached_environment(
    flavour: Flavour, sources: tuple[str | tuple[str, str], ...]
) -> jinja2.Environment:
    loader = make_loader(sources)
    env: jinja2.Environment
    if flavour == "html":
        env = jinja2.sandbox.SandboxedEnvironment(
            loader=loader,
            autoescape=_autoescape,
            finalize=_finalize_html,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
    elif flavour == "md":
        # autoescape stays off (it would HTML-escape); finalize does the Markdown escaping.
        env = jinja2.sandbox.SandboxedEnvironment(
            loader=loader,
            autoescape=False,
            finalize=_finalize_md,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters.update(md_safe=markdown.md_safe, md_row=markdown.table_row)
    else:  # pragma: no cover - guarded by the Literal type and by render_document
        raise ValueError(f"unknown template flavour {flavour!r}")
    _common_filters(env)
    return env
