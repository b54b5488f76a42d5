"""Write a file so that readers see either the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()
"""What open() would give a new file; mkstemp's temp files are private (0600) otherwise."""


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = _temp_beside(target)
    try:
        with handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise


def open_atomic(path: str | Path) -> tuple[IO[bytes], str]:
    """A temp file beside ``path``; ``commit`` renames it into place, ``discard`` drops it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return _temp_beside(target)


def commit(temp: str, path: str | Path) -> None:
    os.replace(temp, path)


def discard(temp: str) -> None:
    _remove(temp)


def _temp_beside(target: Path) -> tuple[IO[bytes], str]:
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    with contextlib.suppress(AttributeError, OSError):  # not POSIX, or no file modes
        os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, "wb"), temp


def _remove(temp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temp)


class AtomicFile:
    """A file written piece by piece into a temp file beside ``path``: ``close`` renames it
    into place, ``abort`` drops it (even when flushing fails on a full disk)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._handle, self._temp = open_atomic(self.path)

    def write(self, data: bytes) -> None:
        self._handle.write(data)

    def close(self) -> None:
        self._handle.close()
        commit(self._temp, self.path)

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        discard(self._temp)
