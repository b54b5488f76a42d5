"""Expand the paths a user gives into the files to process, in a stable order."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .readers import KNOWN_SUFFIXES


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    relative: str
    """Path below the folder argument it came from (its name alone for a file argument)."""


def collect_inputs(paths: list[str]) -> tuple[list[InputFile], int]:
    """Files to process and the number of files skipped in folders for their type.

    A file named explicitly is always returned (its reader will refuse it with a clear
    error); inside folders only supported types are taken, hidden entries are ignored,
    and symbolic links to folders are not followed (no loops). A folder that cannot be
    listed is returned as an input too, so the batch reports it instead of skipping it.
    """
    found: list[InputFile] = []
    skipped = 0
    for path in paths:
        if not os.path.isdir(path):
            found.append(InputFile(path, os.path.basename(path)))
            continue

        def unreadable(error: OSError, top: str = path) -> None:
            folder = str(error.filename or top)
            found.append(InputFile(folder, os.path.relpath(folder, top)))

        for folder, dirs, files in os.walk(path, onerror=unreadable, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = os.path.join(folder, name)
                if _suffix(name) not in KNOWN_SUFFIXES:
                    skipped += 1
                    continue
                found.append(InputFile(full, os.path.relpath(full, path)))
    return found, skipped


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""
