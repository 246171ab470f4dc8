"""How each document an agency declares is printed, or why it is not (hook
``uji_document_renderings``).

An agency's SOP names its outputs in its own words (`document_kinds.DocumentKind`: KASN's "Surat
Keputusan Ketua KASN tentang Klasifikasi Informasi yang Dikecualikan", Kalbar's "Surat
penolakan"). Most are one of the official documents this package renders under another name;
some are not documents it can make at all (the requester's own request form, an archive, a
receipt the requester signs). A plugin says which, once, with a `Rendering` per declared code:

- ``template``: the document it prints as: a built-in kind (``penetapan``, ``penolakan``,
  ``lembar``, ``dik``, ``dip``) or one of the agency's own templates (``<template>.html.j2``);
  ``render <code>`` then renders it, titled as the agency titles it;
- ``aliases``: other names ``render`` accepts for it (KASN: ``sk-ketua-kasn``);
- ``not_rendered``: why the document is not made by this package (``template`` is None).

`uji-konsekuensi render <code>` of a not-rendered document answers with that reason, and the
plugin tests check that every declared document has a rendering or a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ..i18n import Text
from . import messages as M

if TYPE_CHECKING:
    from ..plugins import UjiPluginManager

#: The hook (hookspecs.py).
RENDERINGS_HOOK = "uji_document_renderings"

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _check_slug(instance: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not _SLUG.fullmatch(value):
        raise ValueError(
            f"Rendering.{attribute.name}: expected a lowercase slug ('sk-klasifikasi'), "
            f"got {value!r}"
        )


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Rendering:
    """How the agency's document ``code`` is printed (``template``), or why not (``not_rendered``).

    Exactly one of ``template`` and ``not_rendered`` is given.
    """

    code: str = attrs.field(validator=_check_slug)
    template: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    not_rendered: Text | None = None

    def __attrs_post_init__(self) -> None:
        if (self.template is None) == (self.not_rendered is None):
            raise ValueError(
                f"Rendering({self.code!r}): give either template= (the document it prints as) "
                "or not_rendered= (why it is not printed), not both and not neither"
            )
        if self.template is not None:
            _check_slug(self, attrs.fields(Rendering).template, self.template)
        for alias in self.aliases:
            _check_slug(self, attrs.fields(Rendering).aliases, alias)


def _check(value: Any) -> Text | None:
    if not isinstance(value, list | tuple) or not all(isinstance(v, Rendering) for v in value):
        return M.RENDERING_HOOK_RETURNED(type=type(value).__name__)
    return None


def agency_renderings(
    agency_code: str | None, plugin_manager: UjiPluginManager | None = None
) -> tuple[Rendering, ...]:
    """Every `Rendering` the plugins give for the agency, in plugin-call order."""
    if agency_code is None:
        return ()
    from ..plugins import call_hook, default_plugin_manager

    pm = plugin_manager if plugin_manager is not None else default_plugin_manager()
    if getattr(pm.hook, RENDERINGS_HOOK, None) is None:
        return ()
    outcome = call_hook(
        pm, RENDERINGS_HOOK, {"agency_code": agency_code}, _check, agency_code=agency_code
    )
    if outcome.problems:
        raise outcome.problems[0]
    return tuple(r for _, items in outcome.results for r in items)
