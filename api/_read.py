"""``renstra.read``: one file, as a path or as bytes, into one checked Document."""

from __future__ import annotations

import os

from renstra.extract.errors import RenstraError
from renstra.extract.messages import msg
from renstra.extract.pipeline import extract_document, extract_source, source_of_bytes
from renstra.schemas import Document, Settings

from ._settings import settings_or_default

BYTES_NAME = "<bytes>"
"""What an error names when bytes came without a name."""


def read(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview,
    *,
    settings: Settings | None = None,
    name: str | os.PathLike[str] | None = None,
) -> Document:
    """Read, parse and check one document.

    ``source`` is a path, or the file's bytes (an upload, a database blob). The format is
    decided from the content; bytes also need ``name``, a file name whose suffix
    (``.txt``, ``.md``, ``.docx``, ``.pdf``, ``.xlsx``) says which format the content must
    have, as a path's suffix does. ``name`` is what the Document records as
    ``source.path``. ``settings`` defaults to ``Settings()``: no renstra.toml is read
    unless you pass ``load_settings()``.

    The Document carries the findings of the per-document rules; the cross-document rules
    need several documents: see ``check``. Parsing runs in this process, with the file
    size limit of ``settings.limits`` but without the worker memory and time limits that
    ``renstra extract`` puts around each file.

    Raises RenstraError (``code`` and a one-line ``reason``) for anything wrong with the
    input, and TypeError for arguments of the wrong type.
    """
    settings = settings_or_default(settings)
    if isinstance(source, (bytes, bytearray, memoryview)):
        if not name:
            raise RenstraError(
                BYTES_NAME,
                "unsupported-format",
                msg("error.bytes-need-name"),
            )
        named = os.fsdecode(name)
        return extract_source(source_of_bytes(named, bytes(source), settings), settings)
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"read() takes a path or bytes, not {type(source).__name__}")
    if name is not None:
        raise TypeError("read() takes name= only with bytes; a path names itself")
    return extract_document(os.fsdecode(source), settings)
