"""Expand the paths a user gives into the files to process, in a stable order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import NamedTuple

from .readers import KNOWN_SUFFIXES

OWNER_FILE = "~$"
"""Word and Excel leave '~$name.docx' (162 bytes naming who has the file open) beside a file
being edited: no document, skipped with the hidden ones rather than failed as unreadable."""


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    relative: str
    """Path below the folder argument it came from (its name alone for a file argument)."""
    shown: str = ""
    """The name outputs, reports and errors give the file when it is not ``path``: an
    upload's own name, not the server's temp folder it was stored in."""


class Inputs(NamedTuple):
    files: list[InputFile]
    skipped: int
    """Files in the folders given that are of no supported type."""
    links: int = 0
    """Symbolic links in the folders given that were not followed (see ``follow_links``)."""


def collect_inputs(paths: list[str], *, follow_links: bool = False) -> Inputs:
    """Files to process, and what was left out of the folders.

    A file named explicitly is always returned (its reader will refuse it with a clear
    error), a symbolic link too: the user asked for it. Inside folders only supported types
    are taken, hidden entries are ignored, and symbolic links, to files or to folders, are
    not followed unless ``follow_links`` (then each folder is walked once: no loops): a link
    in a folder may point anywhere (``passwd.txt -> /etc/passwd``). A folder that cannot be
    listed is returned as an input too, so the batch reports it instead of skipping it.

    One file named twice (``a/x.txt ../a/x.txt``, a folder and a file in it, a followed
    link and its target) is one input, under the first path that named it.
    """
    found: list[InputFile] = []
    skipped = links = 0
    for path in paths:
        if not os.path.isdir(path):
            found.append(InputFile(path, os.path.basename(path)))
            continue

        def unreadable(error: OSError, top: str = path) -> None:
            folder = str(error.filename or top)
            found.append(InputFile(folder, os.path.relpath(folder, top)))

        walked: set[str] = {os.path.realpath(path)}
        for folder, dirs, files in os.walk(path, onerror=unreadable, followlinks=follow_links):
            kept = []
            for name in sorted(dirs):
                if name.startswith("."):
                    continue
                full = os.path.join(folder, name)
                if not follow_links:
                    if os.path.islink(full):
                        links += 1
                        continue
                elif (real := os.path.realpath(full)) in walked:
                    continue
                else:
                    walked.add(real)
                kept.append(name)
            dirs[:] = kept
            for name in sorted(files):
                if name.startswith((".", OWNER_FILE)):
                    continue
                full = os.path.join(folder, name)
                if _suffix(name) not in KNOWN_SUFFIXES:
                    skipped += 1
                    continue
                if not follow_links and os.path.islink(full):
                    links += 1
                    continue
                found.append(InputFile(full, os.path.relpath(full, path)))
    if len(paths) > 1 or follow_links:
        found = _once_each(found)
    return Inputs(found, skipped, links)


def _once_each(found: list[InputFile]) -> list[InputFile]:
    """The first input of each real path. (Only where one file can come twice: within one
    folder walk that follows no link, every path is another file.)"""
    seen: set[str] = set()
    kept = []
    for item in found:
        real = os.path.realpath(item.path)
        if real not in seen:
            seen.add(real)
            kept.append(item)
    return kept


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""
