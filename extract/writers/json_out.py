"""One JSON file per input document, named after the input."""

from __future__ import annotations

import os
from collections import Counter

from renstra.schemas import Document

from ..inputs import InputFile


def document_json(document: Document) -> bytes:
    return document.model_dump_json(indent=2).encode("utf-8") + b"\n"


def output_names(inputs: list[InputFile]) -> dict[str, str]:
    """Input path -> output path relative to the output folder.

    ``<relative dir>/<stem>.json``; inputs that would share a name (``a.txt`` beside
    ``a.docx``) keep their extension: ``a.txt.json``, ``a.docx.json``.
    """

    def plain(item: InputFile) -> str:
        return os.path.splitext(item.relative)[0] + ".json"

    counts = Counter(plain(item) for item in inputs)
    return {
        item.path: plain(item) if counts[plain(item)] == 1 else item.relative + ".json"
        for item in inputs
    }
