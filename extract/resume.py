"""Resuming a batch: reuse an output JSON made from the same bytes by the same version,
under the same settings; and removing what earlier runs wrote for inputs that are gone.

A Document does not record the settings it was checked with (--select, --lang, the
config file...), so the output folder does: ``.renstra-run.json`` holds a digest of the
settings of the run that writes there, and the JSON files it wrote. A run whose settings
differ, or a folder without that file, reuses nothing; a run removes the JSON files the
record names that it does not write itself (their inputs are gone), and nothing else.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from renstra.schemas import SCHEMA_VERSION, Document, Settings

from .intermediate import SourceFile
from .printable import path_text
from .version import RENSTRA_VERSION
from .writers.atomic import atomic_write_bytes

RUN_FILE = ".renstra-run.json"


def reusable(json_path: str, source: SourceFile) -> Document | None:
    """The Document in ``json_path`` when it records this file's path and sha256 and this
    renstra and schema version; None when there is none or it is stale, unreadable or invalid.

    The path must match too (as the Document writes it, see printable.path_text): the batch
    CSVs name each document by its source path, so a document read back under another path
    would not give the rows a fresh run gives.
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
        or recorded.path != path_text(source.path)
        or document.generator.version != RENSTRA_VERSION
        or document.schema_version != SCHEMA_VERSION
    ):
        return None
    return document


def settings_digest(settings: Settings) -> str:
    """What decides a Document's content; the limits only decide whether a file fails,
    the CSV dialect only how the batch CSVs are written (they are written anew each run)."""
    data = settings.model_dump_json(exclude={"limits", "csv_dialect"}).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Claim:
    same_settings: bool
    """The previous run's settings were these: its JSON files may be reused."""
    outputs: frozenset[str]
    """The JSON files (relative to the folder) this run writes."""
    earlier: frozenset[str]
    """The JSON files earlier runs wrote there, as far as the folder recorded them."""
    run: dict[str, str]
    """What decides reuse: renstra's version and the settings' digest."""


def claim_output(out_dir: Path, settings: Settings, outputs: Iterable[str] = ()) -> Claim:
    """Record this run's settings and outputs in ``out_dir`` before it writes anything.

    The outputs recorded are the earlier runs' and this run's together until
    ``finish_output``, so a run stopped midway still knows every file it may have left."""
    path = out_dir / RUN_FILE
    wanted = {"renstra": RENSTRA_VERSION, "settings": settings_digest(settings)}
    try:
        recorded = json.loads(path.read_bytes())
    except (OSError, ValueError):
        recorded = {}
    if not isinstance(recorded, dict):
        recorded = {}
    earlier = recorded.get("outputs", [])
    earlier = (
        frozenset(o for o in earlier if isinstance(o, str))
        if isinstance(earlier, list)
        else frozenset()
    )
    same = {k: recorded.get(k) for k in wanted} == wanted
    claim = Claim(same, frozenset(outputs), earlier, wanted)
    _record(path, wanted, claim.outputs | claim.earlier)
    return claim


def finish_output(out_dir: Path, claim: Claim) -> list[str]:
    """Remove the outputs of earlier runs whose inputs are gone (the files this run did not
    write); the relative paths removed, sorted."""
    from .writers.json_out import RESERVED

    removed = []
    for name in sorted(claim.earlier - claim.outputs):
        target = out_dir / name
        if name.casefold() in RESERVED:  # a record from before these names were reserved
            continue
        if _inside(out_dir, target) and target.is_file() and not target.is_symlink():
            try:
                target.unlink()
            except OSError:
                continue
            removed.append(name)
    _record(out_dir / RUN_FILE, claim.run, claim.outputs)
    return removed


def _record(path: Path, run: Mapping[str, object], outputs: Iterable[str]) -> None:
    data = {**run, "outputs": sorted(outputs)}
    atomic_write_bytes(path, json.dumps(data, indent=1).encode("utf-8") + b"\n")


def _inside(folder: Path, target: Path) -> bool:
    """Never remove a file outside the output folder (a hand-edited record)."""
    try:
        target.resolve().relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
    return target.suffix == ".json"
