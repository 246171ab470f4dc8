"""What a DOCX or XLSX must look like before it is unpacked: the guard against zip bombs.

DOCX and XLSX are ZIP archives of XML parts. python-docx and openpyxl unpack a part whole to
parse it, so a 750 KB file whose ``word/document.xml`` unpacks to gigabytes held the importer
for half a minute and took 2.9 GB. Before either library opens the file, `check_archive` reads
only the archive's central directory (``zipfile.ZipFile.infolist``: names and declared sizes,
no data) and refuses, with an `InputError` naming the file:

- a file larger than `limits.max_input_bytes` (16 MiB by default), like every input;
- more than `limits.MAX_ARCHIVE_ENTRIES` entries (2,000; a real DOCX has a few dozen);
- more than `limits.MAX_ARCHIVE_UNPACKED` bytes unpacked in all (100 MiB; a real SOP document
  unpacks to a few MB);
- an unpacked size more than `limits.MAX_ARCHIVE_RATIO` (100) times the packed size, over the
  whole archive: text compresses 5 to 20 times, a bomb a thousand times and more; a file of
  less than 1 MiB unpacked is let through whatever its ratio (a small blank template
  compresses well and cannot hurt).

The declared sizes are what the libraries trust too: Python's zipfile stops reading an entry at
its declared ``file_size`` (and fails on a mismatch), so a bomb cannot lie its way past them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ...errors import InputError
from ...i18n import Text
from ...jsonio import read_bytes
from ...limits import MAX_ARCHIVE_ENTRIES, MAX_ARCHIVE_RATIO, MAX_ARCHIVE_UNPACKED
from . import messages as M

__all__ = ["check_archive"]

#: Below this unpacked size the ratio is not looked at (see the module docstring).
_RATIO_FLOOR = 1024 * 1024


def check_archive(
    path: Path,
    *,
    max_unpacked: int = MAX_ARCHIVE_UNPACKED,
    max_entries: int = MAX_ARCHIVE_ENTRIES,
    max_ratio: int = MAX_ARCHIVE_RATIO,
) -> None:
    """Refuse ``path`` (a DOCX or XLSX) if it is too large, packed or unpacked (module notes).

    A file that is not a ZIP archive at all passes: the library that opens it says it is damaged.
    """
    label = str(path)
    try:
        packed = len(read_bytes(path, label))
    except OSError:
        return  # missing or unreadable: the reader names it in its own words
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if len(entries) > max_entries:
        raise _refused(
            label,
            M.FILE_ARCHIVE_ENTRIES(count=len(entries), limit=max_entries),
            len(entries),
            (max_entries, max_unpacked, max_ratio),
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > max_unpacked:
        raise _refused(
            label,
            M.FILE_ARCHIVE_UNPACKED(size=unpacked, limit=max_unpacked),
            unpacked,
            (max_entries, max_unpacked, max_ratio),
        )
    if unpacked > _RATIO_FLOOR and unpacked > max_ratio * max(packed, 1):
        ratio = unpacked // max(packed, 1)
        raise _refused(
            label,
            M.FILE_ARCHIVE_RATIO(ratio=ratio, limit=max_ratio),
            ratio,
            (max_entries, max_unpacked, max_ratio),
        )


def _refused(label: str, said: Text, value: int, limits: tuple[int, int, int]) -> InputError:
    entries, unpacked, ratio = limits
    expected = M.FILE_ARCHIVE_EXPECTED(entries=entries, unpacked=unpacked, ratio=ratio)
    return InputError.one(
        label, "", said.id, said.en, value=value, expected=expected.id, expected_en=expected.en
    )
