"""``python -m uji_konsekuensi.schemas FOLDER``: write every JSON Schema there (docs/schemas)."""

from . import main

raise SystemExit(main())
