"""uji-konsekuensi: run, record and prove the Indonesian consequence test.

Under UU 14/2008 (Keterbukaan Informasi Publik) all information held by a public body is open,
except what falls under a ground of Pasal 17; before withholding anything the PPID must test the
consequences of opening it (Pasal 2 ayat (4), Pasal 19). This package models the law of exemption,
the written test (PERKI 1/2021 Pasal 49), Indonesian working-day deadlines, each agency's SOP (as a
pluggy plugin), and checks that a case complied.

The public API is re-exported here. Importing this package is cheap: the names below resolve on
first use (PEP 562), so ``import uji_konsekuensi`` never loads the ``holidays`` data (~150 ms).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import InputError, Problem, UjiKonsekuensiError
from .findings import Finding, Severity
from .i18n import Text

if TYPE_CHECKING:
    from . import law
    from .calendar import WorkingCalendar, parse_waktu

__version__ = "0.1.0"

# name -> module that defines it (resolved lazily by __getattr__ below).
_LAZY: dict[str, str] = {
    "law": "uji_konsekuensi.law",
    "WorkingCalendar": "uji_konsekuensi.calendar",
    "parse_waktu": "uji_konsekuensi.calendar",
}

__all__ = [
    "Finding",
    "InputError",
    "Problem",
    "Severity",
    "Text",
    "UjiKonsekuensiError",
    "WorkingCalendar",
    "__version__",
    "law",
    "parse_waktu",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'uji_konsekuensi' has no attribute {name!r}")
    module = importlib.import_module(module_name)
    value = module if module_name.endswith("." + name) else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
