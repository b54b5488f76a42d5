"""One JSON file per input document, named after the input."""

from __future__ import annotations

import os
from collections import Counter

from renstra.schemas import Document

from ..inputs import InputFile
from ..resume import RUN_FILE


def document_json(document: Document) -> bytes:
    return document.model_dump_json(indent=2).encode("utf-8") + b"\n"


SUMMARY_FILE = "summary.json"
PACKAGE_FILE = "datapackage.json"
CSV_FILES = ("indicators.csv", "findings.csv", "programs.csv", "documents.csv")
JSONL_FILES = ("documents.jsonl", "findings.jsonl")
ID_FILES = ("indicators_wide.csv", "indicators.xlsx")
"""Written once at the batch's end (writers.indicators_xlsx)."""
BATCH_FILES = (*CSV_FILES, *JSONL_FILES, *ID_FILES, PACKAGE_FILE, SUMMARY_FILE)
"""The files the batch writes at the top of the output folder, committed together."""
RESERVED = frozenset(name.casefold() for name in (*BATCH_FILES, RUN_FILE))
"""Names no input's output may take, nor a folder of its output: the batch files and the
run state (an input named ``.renstra-run.txt`` would otherwise overwrite the state)."""


def output_names(inputs: list[InputFile]) -> dict[str, str]:
    """Input path -> output path relative to the output folder, distinct for every input
    (also where names differ only in case, for case-insensitive file systems).

    ``<relative dir>/<stem>.json``; inputs that would share a name (``a.txt`` beside
    ``a.docx``) keep their extension: ``a.txt.json``, ``a.docx.json``; inputs that still
    share one (``2021/renstra.txt`` and ``2022/renstra.txt`` given as two arguments) are
    named by their path as given; what still collides (``a/x.txt`` and ``../a/x.txt``, two
    files) is numbered: ``a/x.txt~2.json``. No name is, or lies in a folder named, one of
    the batch's own files (RESERVED).
    """

    def plain(item: InputFile) -> str:
        return os.path.splitext(item.relative)[0] + ".json"

    def with_suffix(item: InputFile) -> str:
        return item.relative + ".json"

    def by_path(item: InputFile) -> str:
        parts = [p for p in os.path.normpath(item.path).split(os.sep) if p not in ("", ".", "..")]
        return "/".join(parts) + ".json"

    names: dict[str, str] = {}
    taken: set[str] = set()
    unique = list(dict.fromkeys(item.path for item in inputs))  # a path given twice: one name
    items = {item.path: item for item in reversed(inputs)}
    for namer in (plain, with_suffix, by_path):
        pending = [items[path] for path in unique if path not in names]
        counts = Counter(namer(item).casefold() for item in pending)
        for item in pending:
            name = namer(item)
            key = name.casefold()
            if counts[key] == 1 and key not in taken and not _reserved(key):
                names[item.path] = name
                taken.add(key)
    for path in unique:
        if path not in names:
            stem = by_path(items[path])[: -len(".json")]
            if _reserved(stem.casefold()):
                stem = "_" + stem
            name, number = f"{stem}.json", 1
            while name.casefold() in taken:
                number += 1
                name = f"{stem}~{number}.json"
            names[path] = name
            taken.add(name.casefold())
    return names


def _reserved(key: str) -> bool:
    """``key`` (casefolded) is a batch file, or a path in a folder named like one."""
    return key.split("/", 1)[0] in RESERVED
