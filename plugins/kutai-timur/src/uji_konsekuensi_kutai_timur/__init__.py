"""The agency folder of BKPSDM Kabupaten Kutai Timur: data only, no code.

This package's directory is the agency folder of uji-konsekuensi: ``agency.json`` (identity,
zone, documents, letterhead, renderings; docs/agency-data.md) and ``sop.json`` (the SOP,
transcribed from the signed document). The entry point
``kutai-timur = "uji_konsekuensi_kutai_timur"`` of group ``uji_konsekuensi.agencies`` names it.
"""
