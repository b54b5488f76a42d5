"""Inputs with identical bytes: each is read once and reported once, under its first path.

A batch of submissions often holds one file twice (resubmitted, copied into two folders).
Read twice, it would give every finding twice, and every cross-document finding once per
copy. Only files of equal size can be equal, so only those are hashed; hashing reads bytes
and parses nothing, so it is safe outside the sandbox.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict

from .inputs import InputFile

_CHUNK = 1 << 20


def identical_copies(inputs: list[InputFile], max_bytes: int) -> dict[str, str]:
    """Path of each input that repeats an earlier input's bytes -> that earlier input's path.

    Files that cannot be read, or are over ``max_bytes``, are never called copies: their
    own worker reports them."""
    by_size: dict[int, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for item in inputs:
        if item.path in seen:  # one path given twice is one input, not a copy of itself
            continue
        seen.add(item.path)
        try:
            size = os.stat(item.path).st_size
        except OSError:
            continue
        if 0 < size <= max_bytes:
            by_size[size].append(item.path)
    copies: dict[str, str] = {}
    for paths in by_size.values():
        if len(paths) < 2:
            continue
        first: dict[str, str] = {}
        for path in paths:
            digest = _sha256(path)
            if digest is None:
                continue
            if digest in first:
                copies[path] = first[digest]
            else:
                first[digest] = path
    return copies


def _sha256(path: str) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
