"""One JSON file per input document, named after the input."""

from __future__ import annotations

import os
from collections import Counter

from renstra.schemas import Document

from ..inputs import InputFile


def document_json(document: Document) -> bytes:
    return document.model_dump_json(indent=2).encode("utf-8") + b"\n"


SUMMARY_FILE = "summary.json"
CSV_FILES = ("indicators.csv", "findings.csv")
JSONL_FILES = ("documents.jsonl", "findings.jsonl")
BATCH_FILES = (*CSV_FILES, *JSONL_FILES, SUMMARY_FILE)
"""The files the batch writes at the top of the output folder, committed together."""
RESERVED = frozenset({SUMMARY_FILE})
"""Names the batch writes itself at the top of the output folder."""


def output_names(inputs: list[InputFile]) -> dict[str, str]:
    """Input path -> output path relative to the output folder, distinct for every input.

    ``<relative dir>/<stem>.json``; inputs that would share a name (``a.txt`` beside
    ``a.docx``) keep their extension: ``a.txt.json``, ``a.docx.json``; inputs that still
    share one (``2021/renstra.txt`` and ``2022/renstra.txt`` given as two arguments) are
    named by their path as given.
    """

    def plain(item: InputFile) -> str:
        return os.path.splitext(item.relative)[0] + ".json"

    def with_suffix(item: InputFile) -> str:
        return item.relative + ".json"

    def by_path(item: InputFile) -> str:
        parts = [p for p in os.path.normpath(item.path).split(os.sep) if p not in ("", ".", "..")]
        return "/".join(parts) + ".json"

    names: dict[str, str] = {}
    for namer in (plain, with_suffix, by_path):
        pending = [item for item in inputs if item.path not in names]
        counts = Counter(namer(item) for item in pending)
        taken = set(names.values()) | RESERVED
        for item in pending:
            name = namer(item)
            if counts[name] == 1 and name.casefold() not in {t.casefold() for t in taken}:
                names[item.path] = name
    for item in inputs:  # identical paths given twice: one output, written twice
        names.setdefault(item.path, by_path(item))
    return names
