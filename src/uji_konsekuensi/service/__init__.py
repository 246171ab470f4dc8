"""The HTTP service: ``uji-konsekuensi serve`` (extra ``uji-konsekuensi[server]``).

A Starlette application served by uvicorn. Starlette brings no modelling library of its own, so
the attrs models and the one cattrs converter stay the only wire format: every answer is the JSON
the command line prints (`uji_konsekuensi.results`), and docs/openapi.json describes them all.
See docs/service.md.

- `create_app(settings)`: the ASGI application; `app_from_env()` for ``uvicorn --factory``.
- `ServiceSettings`, `from_env`: where it listens, the token, the limits.
- `serve(settings)`: run it with uvicorn (refuses a non-loopback address without a token).
- `openapi_document()`: the OpenAPI 3.1 document.

Importing this package needs the extra (starlette); the core library never imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import app_from_env, create_app
    from .openapi import openapi_document
    from .runner import serve
    from .service_settings import ENV_TOKEN, ServiceSettings, from_env

_LAZY = {
    "ENV_TOKEN": "service_settings",
    "ServiceSettings": "service_settings",
    "from_env": "service_settings",
    "app_from_env": "app",
    "create_app": "app",
    "openapi_document": "openapi",
    "serve": "runner",
}

__all__ = [
    "ENV_TOKEN",
    "ServiceSettings",
    "app_from_env",
    "create_app",
    "from_env",
    "openapi_document",
    "serve",
]


def __getattr__(name: str) -> Any:
    # Lazy: `uji-konsekuensi --help` reads the settings' defaults without importing Starlette.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)
