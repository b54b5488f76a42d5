"""Resuming a batch: reuse an output JSON made from the same bytes by the same version."""

from __future__ import annotations

from renstra.schemas import SCHEMA_VERSION, Document

from .intermediate import SourceFile
from .parse import RENSTRA_VERSION


def reusable(json_path: str, source: SourceFile) -> Document | None:
    """The Document in ``json_path`` when it records this file's path and sha256 and this
    renstra and schema version; None when there is none or it is stale, unreadable or invalid.

    The path must match too: the batch CSVs name each document by its source path, so a
    document read back under another path would not give the rows a fresh run gives.
    """
    try:
        with open(json_path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    try:
        document = Document.model_validate_json(data)
    except ValueError:  # pydantic's ValidationError is a ValueError
        return None
    recorded = document.source
    if (
        recorded.sha256 != source.sha256
        or recorded.path != source.path
        or document.generator.version != RENSTRA_VERSION
        or document.schema_version != SCHEMA_VERSION
    ):
        return None
    return document
