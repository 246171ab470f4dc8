"""uji-konsekuensi plugin for the Komisi Aparatur Sipil Negara (KASN).

The hook implementations are in `uji_konsekuensi_kasn.plugin`; the SOP, transcribed from the
signed document, is ``sop.json`` beside it.
"""
