"""Imported once by the fork server of the service's worker pool (`uji_konsekuensi.service.pool`):
what every worker needs is loaded here, before any fork, so a new worker starts warm.

Importing this module loads the library, the document writers (python-docx and WeasyPrint where
installed), the service's handlers and every installed agency plugin. Only the fork server
imports it; the service's own process never does.
"""

from __future__ import annotations

import contextlib

from .. import results
from ..case import batch as _batch  # noqa: F401  (loaded for the workers)
from ..documents import render as _render  # noqa: F401
from . import app as _app  # noqa: F401

with contextlib.suppress(ImportError):
    import docx  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
with contextlib.suppress(ImportError, OSError):
    import weasyprint  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401


def _warm() -> None:
    """Load the plugin manager and every agency (SOPs, calendars), and render and check one
    sample case of the first agency once: its templates are compiled and the lazy imports made
    here, shared by every fork. Measured: the first HTML render in a fresh worker took 0.25 to
    0.4 s without this, 0.01 s after a render in the same process."""
    import datetime as dt

    from ..agency import agencies
    from ..case.samples import sample_case_data
    from ..documents import bundle_of, render_document
    from ..documents.sources import structure_source

    results.agencies_json()
    for agency in list(agencies().values())[:1]:
        sop = agency.get_sop(None)
        data = sample_case_data(agency, sop, dt.date(2025, 3, 3), seed=1, branches={})
        results.check_cases([("warm", data)])
        bundle = bundle_of(structure_source(data, "warm"), "warm")
        for kind in ("lembar", "penolakan"):
            with contextlib.suppress(Exception):
                render_document(kind, bundle, "html")


# Whatever fails here fails again, and is answered, in the job that needs it.
with contextlib.suppress(Exception):
    _warm()
