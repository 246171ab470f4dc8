"""The HTTP service: ``uji-konsekuensi serve`` (extra ``uji-konsekuensi[server]``).

A Starlette application served by uvicorn. Starlette brings no modelling library of its own, so
the attrs models and the one cattrs converter stay the only wire format: every answer is the JSON
the command line prints (`uji_konsekuensi.results`), and docs/openapi.json describes them all.
See docs/service.md.

- `create_app(settings)`: the ASGI application; `app_from_env()` for ``uvicorn --factory``.
- `ServiceSettings`, `from_env`: where it listens, the token, the limits.
- `serve(settings)`: run it with uvicorn (refuses a non-loopback address without a token).
- `openapi_document()`: the OpenAPI 3.1 document.

The names are declared once, in the ``if TYPE_CHECKING:`` block, and imported on first use
(`uji_konsekuensi.lazy_exports.attach`): ``uji-konsekuensi --help`` reads the settings' defaults
(`service_settings`) without importing Starlette. Using `create_app` needs the extra (starlette);
the core library never imports this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import attach

if TYPE_CHECKING:
    from .app import app_from_env as app_from_env
    from .app import create_app as create_app
    from .openapi import openapi_document as openapi_document
    from .runner import serve as serve
    from .service_settings import ENV_TOKEN as ENV_TOKEN
    from .service_settings import ServiceSettings as ServiceSettings
    from .service_settings import from_env as from_env

__getattr__, __dir__, __all__ = attach(__name__, __file__)
