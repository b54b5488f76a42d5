"""Input folders for the batch tests, and the output tree they compare."""

from __future__ import annotations

import shutil
from pathlib import Path

from .paths import SAMPLES


def sample_folder(folder: Path, names: list[str]) -> Path:
    """``folder`` holding copies of these samples (``formats/...`` kept as a sub-folder)."""
    (folder / "formats").mkdir(parents=True)
    for name in names:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, in sorted order."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
