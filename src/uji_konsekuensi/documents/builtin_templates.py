"""The core's own document templates, registered through the template hook like any plugin's.

As Datasette registers its default plugins, the package hands its templates
(``documents/templates/``: the Lembar, the Penetapan, the refusal letter, the DIK, the DIP, the
SOP page, the kop surat, ``print.css``) to the renderer through the same hook an agency plugin
uses, ``uji_document_templates``: `uji_konsekuensi.plugins.BUILTIN_PLUGINS` names this module, and
every plugin manager registers it under that name. There is no second way in: a plugin manager
without this plugin has no built-in templates, and rendering a built-in document then says so
(`plugin_templates.missing_template`).

The implementation is ``trylast``: it answers for every agency code, after every agency
plugin's answer, so an agency's ``lembar.html.j2`` is found before the built-in one.

Importing this module stays light (a path and the hook marker; the documents package's
``__init__`` is lazy): every plugin manager imports it, also for commands that print nothing.
"""

from __future__ import annotations

from pathlib import Path

from ..hookspecs import hookimpl

#: The templates shipped with the package. Also reachable by name as ``builtin/<template>``
#: (environment.py), so an override can extend the original it replaces.
BUILTIN_DIR = Path(__file__).resolve().parent / "templates"


@hookimpl(trylast=True)
def uji_document_templates() -> list[Path]:
    """The built-in templates, for every agency and for a document rendered for no agency.

    Takes no argument (pluggy passes an implementation only the arguments it names): the
    built-in templates are the same whoever the document is for.
    """
    return [BUILTIN_DIR]
