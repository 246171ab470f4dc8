"""uji-konsekuensi plugin for Dinas Komunikasi dan Informatika Kabupaten Contoh (FICTIONAL).

A complete, working template: copy this directory to start a plugin for a real agency
(docs/plugins.md walks through it). The hook implementations are in `plugin`, the SOP as data in
``sop.json`` beside it.
"""

__version__ = "0.1.0"
