"""Resuming a batch: reuse an output JSON made from the same bytes by the same version,
under the same settings.

A Document does not record the settings it was checked with (--select, --lang, the
config file...), so the output folder does: ``.renstra-run.json`` holds a digest of the
settings of the run that writes there. A run whose settings differ, or a folder without
that file, reuses nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from renstra.schemas import SCHEMA_VERSION, Document, Settings

from .intermediate import SourceFile
from .version import RENSTRA_VERSION
from .writers.atomic import atomic_write_bytes

RUN_FILE = ".renstra-run.json"


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


def settings_digest(settings: Settings) -> str:
    """What decides a Document's content; the limits only decide whether a file fails."""
    data = settings.model_dump_json(exclude={"limits"}).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def claim_output(out_dir: Path, settings: Settings) -> bool:
    """Record this run's settings in ``out_dir``; True when the previous run's were the same
    (its JSON files may then be reused)."""
    path = out_dir / RUN_FILE
    wanted = {"renstra": RENSTRA_VERSION, "settings": settings_digest(settings)}
    try:
        same = json.loads(path.read_bytes()) == wanted
    except (OSError, ValueError):
        same = False
    if not same:
        atomic_write_bytes(path, json.dumps(wanted).encode("utf-8") + b"\n")
    return same
