"""uji-konsekuensi plugin for Dinas Komunikasi dan Informatika Kabupaten Contoh.

The hook implementations are in `plugin`, the SOP as data in ``sop.json`` beside it
(docs/plugins.md of uji-konsekuensi).
"""

__version__ = "0.1.0"
