"""The agency folder of BKD Provinsi Kalimantan Tengah: data only, no code.

This package's directory is the agency folder of uji-konsekuensi: ``agency.json`` (identity,
zone, documents, letterhead, renderings; docs/agency-data.md) and ``sop.json`` (the SOP,
transcribed from the signed document). The entry point
``kalteng = "uji_konsekuensi_kalteng"`` of group ``uji_konsekuensi.agencies`` names it.
"""
