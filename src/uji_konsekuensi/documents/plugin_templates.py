"""Template directories contributed by agency plugins (hook ``uji_document_templates``).

An agency that prints its documents differently (KASN's "SK Ketua KASN" instead of a Penetapan
PPID, Kalbar's own "surat penolakan") ships templates in its plugin and returns where they are:

    @hookimpl
    def uji_document_templates(agency_code):
        if agency_code != "kasn":
            return None
        return [Path(__file__).parent / "templates"]

Each item is a directory (searched for any template name) or a ``(template name, file)`` pair.
Collected: every plugin's list is used, in plugin-call order (the plugin registered last is
asked first, as for every hook), before the built-in templates.

The hookspec lives in hookspecs.py (owned by the plugin system). Until it is there, or when a
plugin manager has no such hook, there are simply no plugin templates.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import Text
from .environment import TEMPLATE_HOOK, TemplateSource

if TYPE_CHECKING:
    from ..plugins import UjiPluginManager


def _check(value: Any) -> Text | None:
    """Accept a list of existing directories or (name, existing file) pairs."""
    if not isinstance(value, list | tuple):
        return Text(
            id=f"mengembalikan {type(value).__name__}, seharusnya list direktori templat atau None",
            en=f"returned {type(value).__name__}, expected a list of template directories or None",
        )
    for index, item in enumerate(value):
        if isinstance(item, tuple):
            if (
                len(item) != 2
                or not isinstance(item[0], str)
                or not isinstance(item[1], str | os.PathLike)
            ):
                return Text(
                    id=f"butir [{index}] {item!r:.80}: seharusnya (nama templat, berkas)",
                    en=f"item [{index}] {item!r:.80}: expected (template name, file)",
                )
            if not Path(item[1]).is_file():
                return Text(
                    id=f"butir [{index}]: berkas templat {os.fspath(item[1])!r} tidak ada",
                    en=f"item [{index}]: template file {os.fspath(item[1])!r} does not exist",
                )
        elif isinstance(item, str | os.PathLike):
            if not Path(item).is_dir():
                return Text(
                    id=f"butir [{index}]: direktori templat {os.fspath(item)!r} tidak ada",
                    en=f"item [{index}]: template directory {os.fspath(item)!r} does not exist",
                )
        else:
            return Text(
                id=f"butir [{index}] adalah {type(item).__name__}, seharusnya path direktori",
                en=f"item [{index}] is {type(item).__name__}, expected a directory path",
            )
    return None


def template_sources(
    agency_code: str | None, plugin_manager: UjiPluginManager | None = None
) -> tuple[TemplateSource, ...]:
    """The template directories and files the plugins give for ``agency_code``, in order.

    Raises the first `PluginError` when a plugin's hook raised or returned something unusable:
    an official document silently printed without the agency's own template would be wrong.
    """
    if agency_code is None:
        return ()
    from ..plugins import call_hook, default_plugin_manager

    pm = plugin_manager if plugin_manager is not None else default_plugin_manager()
    caller = getattr(pm.hook, TEMPLATE_HOOK, None)
    if caller is None:
        return ()
    outcome = call_hook(
        pm, TEMPLATE_HOOK, {"agency_code": agency_code}, _check, agency_code=agency_code
    )
    if outcome.problems:
        raise outcome.problems[0]
    sources: list[TemplateSource] = []
    for _, items in outcome.results:
        sources.extend(items)
    return tuple(sources)
