"""The agency plugin contract, run over every installed agency plugin.

An agency that is not installed is simply not tested; an installed plugin that breaks the
contract (or fails to load) fails here.
"""

from __future__ import annotations

import pytest

from uji_konsekuensi.agency import Agency, get_agency, plugin_problems
from uji_konsekuensi.testing import AgencyPluginContract, installed_agency_codes


class TestEveryInstalledAgency(AgencyPluginContract):
    """AgencyPluginContract for each installed agency code."""

    @pytest.fixture(params=installed_agency_codes())
    def agency(self, request: pytest.FixtureRequest) -> Agency:
        """Each installed agency in turn (a withheld agency raises its plugin's error)."""
        return get_agency(request.param)


def test_no_installed_plugin_failed() -> None:
    """Every installed plugin loaded and answered its hooks without a problem."""
    problems = [p.render("en") for p in plugin_problems()]
    assert not problems, "\n".join(problems)
