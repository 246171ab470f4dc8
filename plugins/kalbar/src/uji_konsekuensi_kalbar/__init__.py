"""uji-konsekuensi plugin for the Dinas Komunikasi dan Informatika of Provinsi Kalimantan Barat.

The hook implementations are in `uji_konsekuensi_kalbar.plugin`; the SOP, reconstructed from an
OCR text of the signed document, is ``sop.json`` beside it.
"""
