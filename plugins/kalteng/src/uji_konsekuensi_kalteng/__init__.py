"""uji-konsekuensi plugin for the Badan Kepegawaian Daerah (BKD) of Provinsi Kalimantan Tengah.

The hook implementations are in `uji_konsekuensi_kalteng.plugin`; the SOP, transcribed from the
signed document, is ``sop.json`` beside it.
"""
