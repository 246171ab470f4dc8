"""What the rules of one tested item need from around it: where it is, and its Lembar."""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import ActorRole
from ..validation_settings import ValidationSettings
from .fields import at


@attrs.frozen(kw_only=True)
class RowContext:
    """One row's surroundings: its JSON path, its Lembar's date and approver, the settings."""

    path: str
    tested_on: dt.date | None
    approval_role: ActorRole | None
    settings: ValidationSettings
    #: The row is a Penetapan's (PERKI 1/2021 Pasal 49 ayat (5)), not a lone Lembar's.
    in_penetapan: bool = False

    def field(self, name: str) -> str:
        """The JSON path of one of the row's fields."""
        return at(self.path, name)
