"""After ``batch.extract_to``: the batch's documents into the database and Parquet files.

Each document is read back from its JSON, which holds the batch's final word (the
cross-document findings included, and for a file kept from an earlier run its earlier
extraction), one at a time, so memory stays flat. An input with the same bytes as an
earlier one adds its path to that document; an input that failed adds nothing (the
database keeps what it had for that path).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..printable import path_text
from .table_rows import Row, document_rows

if TYPE_CHECKING:
    from renstra.schemas import Document

    from ..result import FileResult


class TableWriter(Protocol):
    def add(self, sha256: str, rows: dict[str, list[Row]]) -> None: ...
    def commit(self) -> None: ...
    def abort(self) -> None: ...


def batch_documents(results: Iterable[FileResult]) -> Iterator[tuple[Document, list[str]]]:
    """Each document the batch wrote, in input order, with the input paths that hold it."""
    from renstra.schemas import Document

    read: dict[str, tuple[str, list[str]]] = {}
    for result in results:
        if result.ok and result.output is not None:
            read[result.path] = (result.output, [path_text(result.path)])
        elif result.copy_of is not None and result.copy_of in read:
            read[result.copy_of][1].append(path_text(result.path))
    for output, paths in read.values():
        yield Document.model_validate_json(Path(output).read_bytes()), paths


def write_tables(
    results: Iterable[FileResult],
    out_dir: str | Path,
    *,
    sqlite: str | Path | None = None,
    parquet: bool = False,
) -> int:
    """Write the batch's documents to the SQLite database ``sqlite`` and/or, with
    ``parquet``, one Parquet file per table in ``out_dir``; the number of documents.

    All or nothing for each: on any error the database is rolled back and the Parquet temp
    files dropped. Raises sqlite_out.DatabaseLayoutError, sqlite3.Error, OSError, and
    parquet_out.ParquetUnavailable without pyarrow."""
    writers: list[TableWriter] = []
    count = 0
    try:
        if sqlite is not None:
            from .sqlite_out import SqliteWriter

            writers.append(SqliteWriter(sqlite))
        if parquet:
            from .parquet_out import ParquetWriter

            writers.append(ParquetWriter(out_dir))
        for document, paths in batch_documents(results):
            rows = document_rows(document, paths)
            for writer in writers:
                writer.add(document.source.sha256, rows)
            count += 1
        for writer in writers:
            writer.commit()
    except BaseException:
        for writer in writers:
            writer.abort()
        raise
    return count
