"""A cache of the slow steps, by content: LibreOffice's conversions and OCR's pages.

Off unless ``RENSTRA_CACHE_DIR`` names a folder. Re-reading a cabinet of scans after a
change of rules or settings then costs no OCR, and a folder of .doc files no LibreOffice.
An entry is named by the SHA-256 of everything its result depends on (the input's bytes,
the program and its version, the options, renstra's version and, for OCR, the code of
``extract/ocr``), so a changed input or a new Tesseract is a
miss, never a stale hit. Entries are written atomically (a temporary file, then a rename)
so parallel workers never read half an entry; a cache that cannot be read or written is
passed by, never an error.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import tempfile
from pathlib import Path

from .version import RENSTRA_VERSION

CACHE_ENV = "RENSTRA_CACHE_DIR"

log = logging.getLogger(__name__)


def folder() -> Path | None:
    """The cache folder, or None when caching is off."""
    named = os.environ.get(CACHE_ENV, "").strip()
    return Path(named) if named else None


def key(*parts: str | bytes) -> str:
    """One name for the result of ``parts`` (with renstra's version, whose code made it)."""
    digest = hashlib.sha256(RENSTRA_VERSION.encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@functools.cache
def code_digest(package: str) -> str:
    """The SHA-256 of the sources of ``renstra.extract.<package>``: an entry made by other
    code (a development tree between two versions) is a miss, not a stale hit."""
    digest = hashlib.sha256()
    for source in sorted((Path(__file__).parent / package).glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def load(kind: str, name: str) -> bytes | None:
    """The entry ``name`` of ``kind`` ('ocr', 'converted'); None when absent or caching is off."""
    top = folder()
    if top is None:
        return None
    try:
        return (top / kind / name).read_bytes()
    except OSError:
        return None


def store(kind: str, name: str, data: bytes) -> None:
    top = folder()
    if top is None:
        return
    target = top / kind / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as e:
        log.info("cache entry %s/%s not written: %s", kind, name, e)
