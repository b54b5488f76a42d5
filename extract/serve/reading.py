"""What a sandboxed worker runs for one uploaded document (no web framework here: the
worker imports this module before it says it is ready)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import RenstraError

if TYPE_CHECKING:
    from renstra.schemas import Settings

PRELOAD = ("renstra.extract.pipeline", "renstra.extract.serve.reading")


@dataclass(frozen=True, slots=True)
class Upload:
    path: str
    """Where the server stored the upload (under its job folder)."""
    name: str
    """The upload's own (safe) name: what the Document records as ``source.path``, its
    suffix saying which format the content must have, as for ``renstra.read(bytes, name=)``."""
    settings: Settings


def read_upload(upload: Upload) -> bytes | RenstraError:
    """The Document's JSON, byte for byte what `renstra extract` writes as ``<name>.json``
    for one file (the per-document findings: a single file has no batch to compare with),
    or the RenstraError that refused the file. Never raises for a bad file."""
    from ..pipeline import extract_source, source_of_bytes
    from ..writers.json_out import document_json

    with open(upload.path, "rb") as handle:
        data = handle.read()
    try:
        source = source_of_bytes(upload.name, data, upload.settings)
        document = extract_source(source, upload.settings)
    except RenstraError as e:
        return e
    return document_json(document)
