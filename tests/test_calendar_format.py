"""Indonesian date and time formatting."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from uji_konsekuensi.calendar import format_tanggal, format_waktu, weekday_name


def test_format_tanggal_indonesian() -> None:
    """17 March 2025 is "Senin, 17 Maret 2025"."""
    assert format_tanggal(dt.date(2025, 3, 17), lang="id") == "Senin, 17 Maret 2025"
    assert format_tanggal(dt.date(2025, 8, 17), lang="id", weekday=False) == "17 Agustus 2025"


def test_format_tanggal_english() -> None:
    """English: "Monday, 17 March 2025"."""
    assert format_tanggal(dt.date(2025, 3, 17), lang="en") == "Monday, 17 March 2025"


def test_format_tanggal_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without lang, UJI_KONSEKUENSI_LANG picks the language."""
    monkeypatch.setenv("UJI_KONSEKUENSI_LANG", "en")
    assert format_tanggal(dt.date(2025, 12, 31)) == "Wednesday, 31 December 2025"
    monkeypatch.setenv("UJI_KONSEKUENSI_LANG", "id")
    assert format_tanggal(dt.date(2025, 12, 31)) == "Rabu, 31 Desember 2025"


def test_format_waktu_names_the_zone() -> None:
    """A WITA moment reads "pukul 07.30 WITA"; English "at 07:30 WITA"."""
    moment = dt.datetime(2025, 3, 17, 7, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Makassar"))
    assert format_waktu(moment, lang="id") == "Senin, 17 Maret 2025 pukul 07.30 WITA"
    assert format_waktu(moment, lang="en") == "Monday, 17 March 2025 at 07:30 WITA"


def test_format_waktu_refuses_naive() -> None:
    """A naive datetime has no zone to name."""
    with pytest.raises(ValueError):
        format_waktu(dt.datetime(2025, 3, 17, 7, 30))


def test_weekday_name() -> None:
    """Jumat / Friday."""
    assert weekday_name(dt.date(2025, 3, 21), "id") == "Jumat"
    assert weekday_name(dt.date(2025, 3, 21), "en") == "Friday"
