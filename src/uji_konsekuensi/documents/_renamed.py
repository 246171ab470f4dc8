"""The documents' old public names, kept one release as aliases that warn (issue 10).

"Document kind" named three things: a document an agency's SOP step produces
(`outputs.DocumentKind`, kept), a document this package prints (now `Printable`, listed in
`PRINTABLES`), and, by its module's name, the writing of files (now `documents.files`). The old
names still resolve, after a DeprecationWarning naming the new one; they go in 0.3.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

_PRINTABLE_NAMES = {
    "DOCUMENT_KINDS": "PRINTABLES",
    "DocumentSpec": "Printable",
    "available_kinds": "available_printables",
}

#: Module that offered the old name -> old name -> (where the new name is, the new name).
RENAMED: dict[str, dict[str, tuple[str, str]]] = {
    "uji_konsekuensi.documents": {
        old: ("uji_konsekuensi.documents", new) for old, new in _PRINTABLE_NAMES.items()
    },
    "uji_konsekuensi.documents.render": {
        old: ("uji_konsekuensi.documents.render", new) for old, new in _PRINTABLE_NAMES.items()
    },
    "uji_konsekuensi.documents.output": {
        name: ("uji_konsekuensi.documents.files", name)
        for name in ("OutputExistsError", "OutputWriteError", "write_output")
    },
}


def resolve(module: str, name: str) -> Any:
    """What the old ``module.name`` is now, after a DeprecationWarning naming the new name.

    Raises AttributeError, as a module does, for a name that was never renamed.
    """
    target = RENAMED.get(module, {}).get(name)
    if target is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    new_module, new_name = target
    warnings.warn(
        f"{module}.{name} is renamed {new_module}.{new_name}; the old name will be removed in 0.3",
        DeprecationWarning,
        # resolve() <- the module's __getattr__ <- the code that used the old name
        stacklevel=3,
    )
    return getattr(importlib.import_module(new_module), new_name)
