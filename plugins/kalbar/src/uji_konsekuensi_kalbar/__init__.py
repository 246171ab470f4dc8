"""The agency folder of Diskominfo Provinsi Kalimantan Barat: data only, no code.

This package's directory is the agency folder of uji-konsekuensi: ``agency.json`` (identity,
zone, documents, letterhead, renderings; docs/agency-data.md) and ``sop.json`` (the SOP,
reconstructed from an OCR text of the signed document). The entry point
``kalbar = "uji_konsekuensi_kalbar"`` of group ``uji_konsekuensi.agencies`` names it.
"""
