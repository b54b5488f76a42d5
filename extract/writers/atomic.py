"""Write a file so that readers see either the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO


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
    return os.fdopen(fd, "wb"), temp


def _remove(temp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temp)
