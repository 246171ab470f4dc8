"""Where templates are found: the sources the hook ``uji_document_templates`` gives.

Every template comes through this hook, the package's own included: the built-in plugin
(builtin_templates.py) answers for every agency, last (``trylast``), with the directory of the
built-in templates. An agency that prints its documents differently (KASN's "SK Ketua KASN"
instead of a Penetapan PPID, Kalbar's own "surat penolakan") ships templates in its plugin and
returns where they are:

    @hookimpl
    def uji_document_templates(agency_code):
        if agency_code != "kasn":
            return None
        return [Path(__file__).parent / "templates"]

Each item is a directory (searched for any template name) or a ``(template name, file)`` pair.
Collected: every plugin's list is used, in plugin-call order (the plugin registered last is
asked first, as for every hook), so the agency plugins' templates come before the built-in ones.

A document rendered for no agency (a Penetapan without an agency code) asks the built-in
plugins only: an agency plugin answers for its own agency codes, and is never asked about none.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import Text
from . import builtin_templates
from . import messages as M
from .environment import TEMPLATE_HOOK, TemplateSource

if TYPE_CHECKING:
    from ..plugins import UjiPluginManager


def _check(value: Any) -> Text | None:
    """Accept a list of existing directories or (name, existing file) pairs."""
    if not isinstance(value, list | tuple):
        return M.TEMPLATE_HOOK_RETURNED(type=type(value).__name__)
    for index, item in enumerate(value):
        if isinstance(item, tuple):
            if (
                len(item) != 2
                or not isinstance(item[0], str)
                or not isinstance(item[1], str | os.PathLike)
            ):
                return M.TEMPLATE_HOOK_NOT_PAIR(index=index, item=item)
            if not Path(item[1]).is_file():
                return M.TEMPLATE_HOOK_FILE_MISSING(index=index, file=os.fspath(item[1]))
        elif isinstance(item, str | os.PathLike):
            if not Path(item).is_dir():
                return M.TEMPLATE_HOOK_FOLDER_MISSING(index=index, folder=os.fspath(item))
        else:
            return M.TEMPLATE_HOOK_ITEM_TYPE(index=index, type=type(item).__name__)
    return None


def template_sources(
    agency_code: str | None,
    plugin_manager: UjiPluginManager | None = None,
    *,
    builtins_only: bool = False,
) -> tuple[TemplateSource, ...]:
    """The template directories and files the plugins give for ``agency_code``, in order.

    The built-in templates come last (from builtin_templates.py, as long as it is registered).
    ``builtins_only``, or no ``agency_code``: ask only the core's built-in plugins
    (`plugins.BUILTIN_PLUGINS`), not the agency plugins.

    Raises the first `PluginError` when a plugin's hook raised or returned something unusable:
    an official document silently printed without the agency's own template would be wrong.
    """
    from ..plugins import BUILTIN_PLUGINS, call_hook, default_plugin_manager

    pm = plugin_manager if plugin_manager is not None else default_plugin_manager()
    if getattr(pm.hook, TEMPLATE_HOOK, None) is None:
        return ()
    skip: frozenset[str] = frozenset()
    if builtins_only or agency_code is None:
        skip = frozenset(name for name, _ in pm.list_name_plugin() if name not in BUILTIN_PLUGINS)
    outcome = call_hook(
        pm,
        TEMPLATE_HOOK,
        {"agency_code": agency_code},
        _check,
        agency_code=agency_code,
        skip=skip,
    )
    if outcome.problems:
        raise outcome.problems[0]
    sources: list[TemplateSource] = []
    for _, items in outcome.results:
        sources.extend(items)
    return tuple(sources)


def search_path(
    agency_code: str | None, given: Sequence[TemplateSource] | None = None
) -> tuple[TemplateSource, ...]:
    """Where a document for ``agency_code`` looks for its templates, first match wins.

    ``given`` (a caller's own directories or ``(name, file)`` pairs) replaces what the agency
    plugins would give; the built-in templates, which come from the built-in plugin through
    the same hook, are searched after either.
    """
    if given is None:
        return template_sources(agency_code)
    return (*given, *template_sources(agency_code, builtins_only=True))


def missing_template(name: str) -> Text:
    """Why a built-in template is found nowhere, in Bahasa Indonesia and English.

    The built-in directory holds every built-in template, so a miss means it is not on the
    search path: the built-in plugin is not registered with the plugin manager (a test or an
    embedding application unregistered or blocked it).
    """
    return M.TEMPLATE_NOT_PROVIDED(name=name, plugin=builtin_templates.__name__, hook=TEMPLATE_HOOK)
