"""The public entry point: one path in, one Document (or one RenstraError) out.

This runs in the calling process. Batches (`renstra extract`, `renstra check`) run it in
worker processes with a memory and a time limit instead: see batch and sandbox.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat

from renstra.schemas import Document, Settings

from .checks import run_checks
from .errors import RenstraError
from .intermediate import RawDocument, SourceFile
from .messages import msg
from .parse import build_document
from .readers import detect_format, reader_for

log = logging.getLogger(__name__)

DETAIL_CHARS = 250
"""What a library's unexpected error says is cut to this, so the reason stays one short line."""


def read_source(path: str, settings: Settings) -> SourceFile:
    """The file's bytes, hash and detected format; refuses what is not a readable file."""
    limit = settings.limits.max_file_bytes
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            if not os.access(path, os.R_OK | os.X_OK):
                raise RenstraError(path, "source-error", msg("error.folder-unreadable"))
            raise RenstraError(path, "source-error", msg("error.is-directory"))
        if not stat.S_ISREG(info.st_mode):
            raise RenstraError(path, "source-error", msg("error.not-regular"))
        if info.st_size > limit:
            reason = msg("error.file-too-large", size=info.st_size, limit=limit)
            raise RenstraError(path, "limit-exceeded", reason)
        data = read_at_most(path, limit + 1, info.st_size)
    except FileNotFoundError as e:
        raise RenstraError(path, "source-error", msg("error.no-such-file")) from e
    except PermissionError as e:
        raise RenstraError(path, "source-error", msg("error.permission-denied")) from e
    except OSError as e:
        reason = msg("error.cannot-read", detail=str(e.strerror or e))
        raise RenstraError(path, "source-error", reason) from e
    if len(data) > limit:  # it grew after the stat
        raise RenstraError(path, "limit-exceeded", msg("error.file-grew", limit=limit))
    return source_of_bytes(path, data, settings, modified=info.st_mtime)


def source_of_bytes(
    path: str, data: bytes, settings: Settings, *, modified: float = 0.0
) -> SourceFile:
    """Bytes already in memory (an upload, a zip member) as a SourceFile: the same size
    limit and format detection as a file on disk; ``path`` names it, and its suffix says
    which format the content must have."""
    limit = settings.limits.max_file_bytes
    if len(data) > limit:
        reason = msg("error.file-too-large", size=len(data), limit=limit)
        raise RenstraError(path, "limit-exceeded", reason)
    fmt = detect_format(path, data)
    digest = hashlib.sha256(data).hexdigest()
    return SourceFile(path=path, data=data, sha256=digest, format=fmt, modified=modified)


_CHUNK = 1 << 16


def read_at_most(path: str, most: int, expected: int) -> bytes:
    """Up to ``most`` bytes of the file: one read of the size ``stat`` gave (plus one byte,
    to see a file that grew) and one that finds the end. (A file object's ``read(most)``
    would first map a buffer of ``most`` bytes, some 50 MB, for every 2 KB file, and its
    open() costs an fstat, an isatty ioctl and an lseek: five times the time.)"""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        total = 0
        want = min(expected + 1, most)
        while want > 0:
            chunk = os.read(fd, want)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = min(_CHUNK, most - total)
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def extract_document(path: str, settings: Settings | None = None) -> Document:
    """Read, parse and check one file. Raises RenstraError, and nothing else, on bad input."""
    settings = settings or Settings()
    return extract_source(read_source(path, settings), settings)


def extract_source(source: SourceFile, settings: Settings) -> Document:
    """The checked Document of bytes already read; what the reader noticed about the file
    (a hidden sheet, no text layer) is in ``document.source.notes``."""
    return extract_with_raw(source, settings)[0]


def extract_with_raw(source: SourceFile, settings: Settings) -> tuple[Document, RawDocument]:
    """``extract_source``, and the reader's intermediate form the Document was built from
    (a report's worker cuts its excerpts from it)."""
    path = source.path
    memory = msg("error.out-of-memory", limit=settings.limits.max_memory_bytes)
    try:
        raw = reader_for(source.format)(source, settings)
        document = build_document(raw, settings)
        document.findings = run_checks(document, settings)
    except RenstraError as e:
        if _caused_by_memory(e):  # a reader's wrapping of a library's MemoryError
            raise RenstraError(path, "limit-exceeded", memory) from e
        raise
    except RecursionError as e:
        raise RenstraError(path, "limit-exceeded", msg("error.too-deep")) from e
    except MemoryError as e:
        raise RenstraError(path, "limit-exceeded", memory) from e
    except Exception as e:  # a library failing on hostile input must not stop a batch
        log.debug("unexpected failure on %s", path, exc_info=True)
        detail = str(e).strip().splitlines()[0][:DETAIL_CHARS] if str(e).strip() else ""
        reason = msg("error.parse-failed", kind=type(e).__name__, detail=detail)
        raise RenstraError(path, "source-error", reason) from e
    return document, raw


def _caused_by_memory(error: BaseException) -> bool:
    """True when MemoryError is behind ``error`` (as cause, context or wrapped argument)."""
    seen: list[BaseException] = [error]
    for current in seen:
        if isinstance(current, MemoryError):
            return True
        if len(seen) < 8:
            links = [current.__cause__, current.__context__, *current.args[:1]]
            seen.extend(x for x in links if isinstance(x, BaseException) and x not in seen)
    return False
