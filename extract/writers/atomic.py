"""Write a file so that readers see either the old content or the new, never half of it.

Each file goes to a temp file beside its target, which is renamed over the target once
complete: a run killed midway leaves the old file or no file, plus at most a hidden
``.NAME.PID-N.tmp`` that the next write to the same folder does not trip over.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import IO

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_MODE = 0o666
"""Passed to open(), which applies the umask: the file gets the mode open() would give."""
_counter = itertools.count()


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Four system calls: open the temp file, write, close, rename. (A file object would
    add an fstat, an isatty ioctl and an lseek per file, for a single write.)"""
    target = os.fspath(path)
    fd, temp = _create_temp(target)
    try:
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than it is given (a signal, a nearly full disk): go on."""
    rest = memoryview(data)
    while rest:
        rest = rest[os.write(fd, rest) :]


def open_atomic(path: str | Path) -> tuple[IO[bytes], str]:
    """A temp file beside ``path``; ``commit`` renames it into place, ``discard`` drops it."""
    fd, temp = _create_temp(os.fspath(path))
    return os.fdopen(fd, "wb"), temp


def commit(temp: str, path: str | Path) -> None:
    os.replace(temp, path)


def discard(temp: str) -> None:
    _remove(temp)


def _create_temp(target: str) -> tuple[int, str]:
    """Create (exclusively) a fresh temp file beside ``target``, making its folder if needed.

    One open() in the common case: the folder is made only when the open says it is missing,
    and the name (pid and a counter) only collides with a file left by a killed process of
    the same pid, which the next number steps over.
    """
    folder, name = os.path.split(target)
    while True:
        temp = os.path.join(folder, f".{name}.{os.getpid()}-{next(_counter)}.tmp")
        try:
            return os.open(temp, _FLAGS, _MODE), temp
        except FileExistsError:
            continue
        except FileNotFoundError:
            if not folder or os.path.isdir(folder):
                raise
            Path(folder).mkdir(parents=True, exist_ok=True)


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

    @property
    def size(self) -> int:
        """Bytes written so far: where the next write starts."""
        return self._handle.tell()

    def close(self, replacements: Mapping[tuple[int, int], bytes] | None = None) -> None:
        """Rename the file into place; with ``replacements`` ({(start, end): bytes}, spans
        that do not overlap), those spans of what was written are replaced first."""
        self._handle.close()
        if not replacements:
            commit(self._temp, self.path)
            return
        spliced = AtomicFile(self.path)
        try:
            with open(self._temp, "rb") as old:
                at = 0
                for (start, end), data in sorted(replacements.items()):
                    spliced.write(old.read(start - at))
                    spliced.write(data)
                    old.seek(end)
                    at = end
                shutil.copyfileobj(old, spliced._handle)
        except BaseException:
            spliced.abort()
            discard(self._temp)
            raise
        discard(self._temp)
        spliced.close()

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        discard(self._temp)
