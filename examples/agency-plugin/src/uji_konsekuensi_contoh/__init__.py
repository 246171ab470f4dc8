"""uji-konsekuensi plugin for Dinas Komunikasi dan Informatika Kabupaten Contoh.

This package's directory is the agency folder (``agency.json`` and ``sop.json``, data; docs/
agency-data.md of uji-konsekuensi); `plugin` holds the agency's own compliance rules, the one
thing data cannot say (docs/plugins.md, "When Python is needed").
"""

__version__ = "0.1.0"
