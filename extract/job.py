"""One file's work in a batch, as a worker runs it: resume check, extract, write its JSON,
render its CSV and JSON Lines rows, cut its excerpts' source lines.

The worker writes the file's own JSON (atomically) and hands back its rows as bytes, so
the batch process only appends bytes in input order: outputs do not depend on which
worker ran what, and the batch process stays light however many workers feed it.
"""

from __future__ import annotations

import pickle
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import RenstraError
from .inputs import InputFile
from .result import FileResult
from .writers.csv_dialect import csv_bytes as dialect_csv_bytes

if TYPE_CHECKING:  # the batch process imports this module too: it parses nothing
    from renstra.schemas import Document, Settings

PRELOAD = ("renstra.extract.pipeline", "renstra.extract.job")
"""What a worker imports before it says it is ready (then every file starts warm)."""


@dataclass(frozen=True, slots=True)
class FileTask:
    input: InputFile
    settings: Settings
    output: str | None = None
    """Where the file's JSON goes; an existing one is reused unless ``force``. None: no
    outputs at all, return the Document (``renstra check``)."""
    force: bool = False
    jsonl: bool = False
    excerpts: bool = False
    """Cut the source lines a report's excerpts show (see excerpts.cut_lines)."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled for a worker with its settings as bytes, pickled once per batch and
        unpickled once per worker: every task of a batch carries the same Settings, and
        unpickling it anew cost a worker some 50 us a file, 5 % of a text document."""
        fields = (
            self.input, _pickled(self.settings), self.output, self.force, self.jsonl,
            self.excerpts,
        )  # fmt: skip
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
    item: InputFile, settings: bytes, output: str | None, force: bool, jsonl: bool, excerpts: bool
) -> FileTask:
    return FileTask(item, _unpickled_settings(settings), output, force, jsonl, excerpts)


def run(task: FileTask) -> FileResult:
    """Never raises for a bad file: a RenstraError becomes the result's ``error``."""
    from .checks import per_document
    from .excerpts import cut_lines
    from .pairing import Card
    from .pipeline import extract_with_raw, read_source
    from .resume import reusable
    from .writers.atomic import atomic_write_bytes
    from .writers.csv_out import document_rows, finding_rows, indicator_rows, program_rows
    from .writers.json_out import document_json

    shown = task.input.shown
    try:
        source = read_source(task.input.path, task.settings)
        if shown:
            source.path = shown
        document = raw = None
        if task.output is not None and not task.force:
            document = reusable(task.output, source)
        reused = document is not None
        reused_cross = False
        if document is None:
            document, raw = extract_with_raw(source, task.settings)
        else:  # the cross-document findings of its last run are the batch's to redo
            own = per_document(document.findings)
            reused_cross = len(own) < len(document.findings)
            document.findings = own
        excerpts = cut_lines(source, raw, document) if task.excerpts and raw is not None else None
    except RenstraError as e:
        return FileResult(task.input, error=RenstraError(shown, e.code, e.message) if shown else e)
    card = Card.of(document, modified=source.modified)
    del source, raw
    result = FileResult(
        task.input,
        card=card,
        excerpts=excerpts,
        reused=reused,
        reused_cross=reused_cross,
        findings=[(f.rule, f.severity) for f in document.findings],
        notes=[n.model_dump(mode="json", exclude_none=True) for n in document.source.notes],
        coverage=coverage_summary(document),
    )
    if task.output is None:
        result.document = document
        return result
    result.output = task.output
    if not reused:
        try:
            atomic_write_bytes(task.output, document_json(document))
        except OSError as e:
            result.write_error = (e.errno or 0, f"{e.strerror or e} ({task.output})")
            return result
    dialect = task.settings.csv_dialect
    decimals = decimal_columns()
    result.rows.indicator_csv = csv_bytes(indicator_rows(document), dialect, decimals[0])
    result.rows.finding_csv = csv_bytes(finding_rows(document), dialect)
    result.rows.program_csv = csv_bytes(program_rows(document), dialect, decimals[1])
    result.rows.wide, result.rows.wide_years = wide_bytes(document)
    result.rows.document_csv = csv_bytes(document_rows(document), dialect)
    if task.jsonl:
        result.rows.jsonl_document, result.rows.jsonl_findings = jsonl_bytes(document)
    return result


def jsonl_bytes(document: Document) -> tuple[bytes, bytes]:
    """The document's line of documents.jsonl and its lines of findings.jsonl."""
    from .writers.jsonl_out import document_line, finding_lines

    return document_line(document), b"".join(finding_lines(document))


def coverage_summary(document: Document) -> dict[str, object]:
    """What summary.json says of one document's coverage: counts, not the unread parts."""
    counts = document.coverage.model_dump(exclude={"unread_tables", "unread_rows"})
    return {
        "doc_type": document.doc_type,
        "indicators": len(document.indicators),
        "programs": len(document.programs),
        **counts,
        "unread_rows": len(document.coverage.unread_rows),
    }


def csv_bytes(
    rows: Iterable[Sequence[object]], dialect: str = "rfc4180", decimals: Collection[int] = ()
) -> bytes:
    """Rows as csv.writer writes them (CRLF), in UTF-8, each cell that a spreadsheet would
    run as a formula made inert; in the ``id`` dialect with ``;`` and a decimal comma in
    the columns at ``decimals`` (see writers.csv_dialect)."""
    return dialect_csv_bytes(rows, dialect, decimals)


@lru_cache(maxsize=1)
def decimal_columns() -> tuple[frozenset[int], frozenset[int]]:
    """Where indicators.csv and programs.csv have numbers that may have decimals."""
    from .writers.column_kinds import decimal_positions
    from .writers.csv_out import INDICATOR_COLUMNS, PROGRAM_COLUMNS

    return decimal_positions(INDICATOR_COLUMNS), decimal_positions(PROGRAM_COLUMNS)


def wide_bytes(document: Document) -> tuple[bytes, int]:
    """The document's rows of indicators_wide.csv, pickled as ``indicators_wide.wide_parts``
    gives them (their width is the batch's, known at its end), and the year columns they
    need."""
    from .writers.indicators_wide import wide_parts

    parts = wide_parts(document)
    if not parts:
        return b"", 0
    years = max(part.width for part in parts)
    return pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL), years
