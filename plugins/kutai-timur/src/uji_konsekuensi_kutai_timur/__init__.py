"""uji-konsekuensi plugin for the Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)
of Kabupaten Kutai Timur.

The hook implementations are in `uji_konsekuensi_kutai_timur.plugin`; the SOP, transcribed from
the signed document, is ``sop.json`` beside it.
"""
