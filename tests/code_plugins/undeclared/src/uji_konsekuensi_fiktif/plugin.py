"""Registers the fictional agency ``fiktif`` (Kalteng's SOP, read from the installed Kalteng
folder) under the entry point ``instansi-fiktif``, and declares no agency code as data."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from uji_konsekuensi.agency import AgencyInfo
from uji_konsekuensi.plugin_kit import AgencyHooks

SOP = Path(str(importlib.resources.files("uji_konsekuensi_kalteng") / "sop.json"))

plugin = AgencyHooks(
    info=AgencyInfo(
        code="fiktif",
        name="Badan Fiktif (uji)",
        timezone="Asia/Pontianak",
        trigger="periodic",
        example=True,
    ),
    sop_files=[SOP],
)
uji_register_agencies = plugin.uji_register_agencies
uji_agency_sops = plugin.uji_agency_sops
