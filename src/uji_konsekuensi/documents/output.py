"""Deprecated: this module is `uji_konsekuensi.documents.files` (issue 10).

Its names (`write_output`, `OutputExistsError`, `OutputWriteError`) still resolve here for one
release, after a DeprecationWarning; import them from `uji_konsekuensi.documents` (or
`uji_konsekuensi.documents.files`).
"""

from __future__ import annotations

from typing import Any

from ._renamed import resolve


def __getattr__(name: str) -> Any:
    return resolve(__name__, name)
