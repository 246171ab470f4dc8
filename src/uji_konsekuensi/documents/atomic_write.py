"""Writing a rendered document to disk: whole or not at all, never over a file without ``force``.

A PPID's signed Penetapan must not be replaced by a re-run of the command, and a crash or a full
disk must not leave half a document that looks finished. So:

- the data goes to a temporary file in the same directory (same file system, so the final
  rename is atomic), is flushed and fsync'ed, and only then takes the target's name;
- without ``force`` the temporary file is *linked* to the target name, which the kernel refuses
  if the name exists (no window between "does it exist?" and "write it" in which another process
  could create it); where hard links are not supported it falls back to a checked rename;
- with ``force`` it replaces the target atomically (``os.replace``): a reader sees the old file
  or the new one, never a mix;
- on any failure the temporary file is removed and the target is untouched;
- a target that is not a regular file (a directory, a device node such as ``/dev/null``, a FIFO)
  is refused even with ``force``: replacing ``/dev/null`` or writing into a FIFO would break the
  system or hang the command, and neither is a document.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from ..errors import UjiKonsekuensiError
from ..i18n import Text
from . import messages as M
from .safe_text import encode_utf8


class OutputExistsError(UjiKonsekuensiError, FileExistsError):
    """The target file exists and ``force`` was not given."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path}: {M.both(M.OUTPUT_EXISTS())}")


class OutputWriteError(UjiKonsekuensiError, OSError):
    """The file could not be written (directory missing, no permission, disk full).

    ``reason``: the system's words (``strerror``, one language), or a `Text` of ours, shown
    in both languages in each half of the message as the system's words are.
    """

    def __init__(self, path: Path, reason: str | Text) -> None:
        self.path = path
        if isinstance(reason, Text):
            reason = M.both(reason)
        super().__init__(f"{path}: {M.both(M.OUTPUT_NOT_WRITTEN(reason=reason))}")


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _default_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give (0o666 minus the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_output(path: str | os.PathLike[str], data: str | bytes, force: bool = False) -> Path:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` atomically; return the path.

    Raises `OutputExistsError` when the file exists and ``force`` is false, and
    `OutputWriteError` when it cannot be written; in both cases nothing on disk changed.
    """
    target = Path(path)
    payload = encode_utf8(data) if isinstance(data, str) else bytes(data)
    _refuse_special(target)
    if not force and (target.exists() or target.is_symlink()):
        raise OutputExistsError(target)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputWriteError(target, exc.strerror or str(exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _default_mode())
        if force:
            os.replace(tmp, target)
        else:
            _link_no_overwrite(tmp, target)
    except OutputExistsError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputWriteError(target, exc.strerror or str(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_directory(directory)
    return target


def _refuse_special(target: Path) -> None:
    """Refuse a target that exists and is not a regular file, with or without ``force``.

    ``--force`` replaces a *document*; replacing a directory, a device node (``/dev/null``,
    ``/dev/sda``), a FIFO or a socket by a file would break the system or hang, so they are
    refused with a clear error. A symbolic link is judged by what it points to.
    """
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return  # nothing there (or a dangling link, which the no-overwrite check refuses)
    except OSError as exc:
        raise OutputWriteError(target, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(mode):
        raise OutputWriteError(target, M.OUTPUT_NOT_WRITTEN_DIRECTORY())
    if not stat.S_ISREG(mode):
        raise OutputWriteError(target, M.OUTPUT_NOT_WRITTEN_SPECIAL())


def _link_no_overwrite(tmp: Path, target: Path) -> None:
    """Name ``tmp`` ``target`` only if no file has that name (atomically where possible)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputExistsError(target) from None
    except OSError as exc:
        # File systems without hard links (some network and FAT mounts): checked rename instead.
        if exc.errno not in (
            errno.EPERM,
            errno.EOPNOTSUPP,
            errno.ENOTSUP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        if target.exists():
            raise OutputExistsError(target) from None
        os.replace(tmp, target)
        return
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
