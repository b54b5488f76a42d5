"""The public entry point: one path in, one Document (or one RenstraError) out."""

from __future__ import annotations

import hashlib
import logging
import os

from renstra.schemas import Document, Settings

from .checks import run_checks
from .errors import RenstraError
from .intermediate import SourceFile
from .parse import build_document
from .readers import detect_format, reader_for

log = logging.getLogger(__name__)


def read_source(path: str, settings: Settings) -> SourceFile:
    try:
        size = os.path.getsize(path)
        if size > settings.limits.max_file_bytes:
            raise RenstraError(
                path,
                "limit-exceeded",
                f"file is {size:,} bytes, over the {settings.limits.max_file_bytes:,}-byte limit",
            )
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError as e:
        raise RenstraError(path, "source-error", "is a directory, not a file") from e
    except FileNotFoundError as e:
        raise RenstraError(path, "source-error", "no such file") from e
    except PermissionError as e:
        raise RenstraError(path, "source-error", "permission denied") from e
    except OSError as e:
        raise RenstraError(path, "source-error", f"cannot read ({e.strerror or e})") from e
    fmt = detect_format(path, data)
    return SourceFile(path=path, data=data, sha256=hashlib.sha256(data).hexdigest(), format=fmt)


def extract_document(path: str, settings: Settings | None = None) -> Document:
    """Read, parse and check one file. Raises RenstraError, and nothing else, on bad input."""
    settings = settings or Settings()
    source = read_source(path, settings)
    try:
        raw = reader_for(source.format)(source, settings)
        document = build_document(raw, settings)
        document.findings = run_checks(document, settings)
    except RenstraError:
        raise
    except RecursionError as e:
        raise RenstraError(path, "limit-exceeded", "structure nested too deeply to parse") from e
    except MemoryError as e:
        raise RenstraError(path, "limit-exceeded", "ran out of memory while parsing") from e
    except Exception as e:  # a library failing on hostile input must not stop a batch
        log.debug("unexpected failure on %s", path, exc_info=True)
        raise RenstraError(
            path, "source-error", f"could not be parsed ({type(e).__name__}: {e})"
        ) from e
    return document
