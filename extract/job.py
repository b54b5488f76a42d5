"""One file's work in a batch, as a worker runs it: resume check, extract, write its JSON,
render its CSV and JSON Lines rows.

The worker writes the file's own JSON (atomically) and hands back its rows as bytes, so
the batch process only appends bytes in input order: outputs do not depend on which
worker ran what, and the batch process stays light however many workers feed it.
"""

from __future__ import annotations

import csv
import io
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import RenstraError

if TYPE_CHECKING:  # the batch process imports this module too: it parses nothing
    from renstra.schemas import Document, Settings

PRELOAD = ("renstra.extract.pipeline", "renstra.extract.job")
"""What a worker imports before it says it is ready (then every file starts warm)."""


@dataclass(frozen=True, slots=True)
class FileTask:
    path: str
    settings: Settings
    output: str | None = None
    """Where the file's JSON goes; an existing one is reused unless ``force``. None: no
    outputs at all, return the Document (``renstra check``)."""
    force: bool = False
    jsonl: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled for a worker with its settings as bytes, pickled once per batch and
        unpickled once per worker: every task of a batch carries the same Settings, and
        unpickling it anew cost a worker some 50 us a file, 5 % of a text document."""
        fields = (self.path, _pickled(self.settings), self.output, self.force, self.jsonl)
        return (_unpickled_task, fields)


@lru_cache(maxsize=8)
def _pickled(settings: Settings) -> bytes:
    """``settings`` pickled, kept per Settings (frozen and hashable)."""
    return pickle.dumps(settings, protocol=pickle.HIGHEST_PROTOCOL)


@lru_cache(maxsize=8)
def _unpickled_settings(data: bytes) -> Settings:
    settings: Settings = pickle.loads(data)
    return settings


def _unpickled_task(
    path: str, settings: bytes, output: str | None, force: bool, jsonl: bool
) -> FileTask:
    return FileTask(path, _unpickled_settings(settings), output, force, jsonl)


@dataclass(slots=True)
class Outcome:
    path: str
    code: str | None = None
    """The RenstraError code when the file failed."""
    reason: str | None = None
    reused: bool = False
    write_error: tuple[int, str] | None = None
    """(errno, message) when the file's JSON could not be written: the batch stops."""
    indicator_csv: bytes = b""
    finding_csv: bytes = b""
    jsonl_document: bytes = b""
    jsonl_findings: bytes = b""
    findings: list[tuple[str, str]] = field(default_factory=list)
    """(rule, severity) of each finding, for the batch summary."""
    notes: list[dict[str, object]] = field(default_factory=list)
    """The Document's source notes, as JSON objects, for the batch summary."""
    coverage: dict[str, object] = field(default_factory=dict)
    """The Document's kind, indicator count and coverage counts, for the batch summary."""
    document: Document | None = None


def run(task: FileTask) -> Outcome:
    """Never raises for a bad file: a RenstraError becomes ``code`` and ``reason``."""
    from .pipeline import extract_source, read_source
    from .resume import reusable
    from .writers.atomic import atomic_write_bytes
    from .writers.csv_out import finding_rows, indicator_rows
    from .writers.json_out import document_json
    from .writers.jsonl_out import document_line, finding_lines

    try:
        source = read_source(task.path, task.settings)
        document = None
        if task.output is not None and not task.force:
            document = reusable(task.output, source)
        reused = document is not None
        if document is None:
            document = extract_source(source, task.settings)
    except RenstraError as e:
        return Outcome(task.path, code=e.code, reason=e.reason)
    del source
    outcome = Outcome(
        task.path,
        reused=reused,
        findings=[(f.rule, f.severity) for f in document.findings],
        notes=[n.model_dump(mode="json", exclude_none=True) for n in document.source.notes],
        coverage=coverage_summary(document),
    )
    if task.output is None:
        outcome.document = document
        return outcome
    if not reused:
        try:
            atomic_write_bytes(task.output, document_json(document))
        except OSError as e:
            outcome.write_error = (e.errno or 0, f"{e.strerror or e} ({task.output})")
            return outcome
    outcome.indicator_csv = csv_bytes(indicator_rows(document))
    outcome.finding_csv = csv_bytes(finding_rows(document))
    if task.jsonl:
        outcome.jsonl_document = document_line(document)
        outcome.jsonl_findings = b"".join(finding_lines(document))
    return outcome


def coverage_summary(document: Document) -> dict[str, object]:
    """What summary.json says of one document's coverage: counts, not the unread parts."""
    counts = document.coverage.model_dump(exclude={"unread_tables", "unread_rows"})
    return {
        "doc_type": document.doc_type,
        "indicators": len(document.indicators),
        **counts,
        "unread_rows": len(document.coverage.unread_rows),
    }


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """Rows as csv.writer writes them (excel dialect, CRLF), in UTF-8."""
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return text.getvalue().encode("utf-8")
