"""Write a file so that readers see either the old content or the new, never half of it.

Each file goes to a temp file beside its target, which is renamed over the target once
complete: a run killed midway leaves the old file or no file, plus at most a hidden
``.NAME.PID-N.tmp`` that the next write to the same folder does not trip over.

Files that belong together (a batch's CSVs, JSON Lines and summary) are renamed together by
``commit_together``: all of them or, when one rename fails, none (the old ones come back).
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import shutil
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import IO, NamedTuple

Replacement = tuple[tuple[int, int], bytes]
"""A span (start, end) of a written file and the bytes that replace it."""

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


def commit_together(files: Sequence[AtomicFile]) -> None:
    """Rename every sealed file into place, all or none.

    First each target that exists gets a hard link under a hidden name (its old content
    stays reachable), then the temp files are renamed over their targets one after the
    other; when one rename fails, those already renamed get their old file back (or are
    removed where there was none) and the error is raised. Only then are the links dropped.
    A target that is a folder is refused before anything is renamed. (A process killed in
    the middle of the renames, microseconds, leaves new and old files and the hidden
    ``.NAME.PID-N.old`` links; the next run rewrites them all.)
    """
    kept: list[_Kept] = []
    renamed = 0
    try:
        for file in files:
            kept.append(_keep_aside(os.fspath(file.path)))
        for file in files:
            file.commit()
            renamed += 1
    except BaseException:
        for i, old in enumerate(kept):
            try:
                if old.path is not None and (i < renamed or old.moved):
                    os.replace(old.path, old.target)
                elif i < renamed:
                    os.unlink(old.target)
            except OSError:  # could not be put back: its old file stays under the hidden name
                kept[i] = old._replace(path=None)
        raise
    finally:
        for old in kept:
            if old.path is not None:
                _remove(old.path)


class _Kept(NamedTuple):
    target: str
    path: str | None
    """The old file's hidden name beside the target; None where there was no old file."""
    moved: bool = False
    """The old file was moved there (no hard links here): the target is gone meanwhile."""


_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK}


def _keep_aside(target: str) -> _Kept:
    """A hard link to ``target`` under a hidden name beside it; where the file system has
    no hard links, ``target`` itself is moved there."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return _Kept(target, None)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, f"Is a directory ({target})")
    folder, name = os.path.split(target)
    while True:
        old = os.path.join(folder, f".{name}.{os.getpid()}-{next(_counter)}.old")
        try:
            os.link(target, old, follow_symlinks=False)
        except FileExistsError:
            continue
        except OSError as e:
            if e.errno not in _NO_HARD_LINKS:
                raise
            os.replace(target, old)
            return _Kept(target, old, moved=True)
        return _Kept(target, old)


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

    @property
    def temp_path(self) -> str:
        """Where the content is until ``commit``: a sealed file can be read back there."""
        return self._temp

    def close(self, replacements: Sequence[Replacement] | None = None) -> None:
        """Rename the file into place; with ``replacements`` (((start, end), bytes), spans
        that do not overlap), those spans of what was written are replaced first. Empty
        spans at one place (inserts) keep the order they are given in."""
        self.seal(replacements)
        self.commit()

    def seal(self, replacements: Sequence[Replacement] | None = None) -> None:
        """Finish the temp file (``replacements`` as in ``close``), still under its temp
        name: ``commit`` or ``commit_together`` puts it in place, ``abort`` drops it."""
        self._handle.close()
        if not replacements:
            return
        spliced = AtomicFile(self.path)
        try:
            with open(self._temp, "rb") as old:
                at = 0
                for (start, end), data in sorted(replacements, key=lambda item: item[0]):
                    spliced.write(old.read(start - at))
                    spliced.write(data)
                    old.seek(end)
                    at = end
                shutil.copyfileobj(old, spliced._handle)
            spliced._handle.close()
        except BaseException:
            spliced.abort()
            discard(self._temp)
            raise
        discard(self._temp)
        self._handle, self._temp = spliced._handle, spliced._temp

    def commit(self) -> None:
        """Rename the sealed temp file over the target."""
        commit(self._temp, self.path)

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        discard(self._temp)
