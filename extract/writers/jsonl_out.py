"""JSON Lines for a batch: one Document per line, one finding (with its source) per line.

The lines are made in the worker that parsed the file; the batch appends them in input
order to documents.jsonl and findings.jsonl (AtomicFile: renamed into place at the end).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from renstra.schemas import Document


def document_line(document: Document) -> bytes:
    return document.model_dump_json().encode("utf-8") + b"\n"


def finding_lines(document: Document) -> Iterator[bytes]:
    """``{"source_path": ..., <the finding's fields>}`` per finding."""
    head = b'{"source_path":' + json.dumps(document.source.path, ensure_ascii=False).encode()
    for finding in document.findings:
        body = finding.model_dump_json().encode("utf-8")
        yield head + b"," + body[1:] + b"\n"
