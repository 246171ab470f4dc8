"""The shared agency plugin contract (uji_konsekuensi.testing), for agency "contoh"."""

from __future__ import annotations

from uji_konsekuensi.testing import AgencyPluginContract


class TestContract(AgencyPluginContract):
    """Every check of the agency plugin contract, for agency "contoh"."""

    agency_code = "contoh"
