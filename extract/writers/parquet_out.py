"""The batch as Parquet files (``extract --parquet``): one file per table of ``tables``
(``documents.parquet``, ``indicators.parquet``, ``targets.parquet``, ...) beside the CSVs,
typed: int64 for years, indexes and rupiah, float64 for numbers, string for text.

pyarrow is an optional extra (``pip install 'renstra[parquet]'``), imported here only.
Rows go out in row groups as they come, into temp files renamed into place together at
the end, so memory stays flat and a failed run leaves the Parquet files of the last one.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import AtomicFile, commit_together
from .table_rows import Row
from .tables import INTEGER, REAL, TABLES, Table

if TYPE_CHECKING:
    import pyarrow as pa

INSTALL_HINT = "pip install 'renstra[parquet]'"
ROW_GROUP = 65536
"""Rows a table buffers before it writes them out as one row group."""


class ParquetUnavailable(ImportError):
    """pyarrow is not installed."""


def require_pyarrow() -> None:
    """Raise ParquetUnavailable unless pyarrow (with its Parquet module) imports."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError as e:
        raise ParquetUnavailable(f"--parquet needs pyarrow: {INSTALL_HINT}") from e


def file_name(table: Table) -> str:
    return f"{table.name}.parquet"


def arrow_schema(table: Table) -> pa.Schema:
    import pyarrow as pa

    types = {INTEGER: pa.int64(), REAL: pa.float64()}
    return pa.schema(
        [
            pa.field(name, types.get(kind, pa.string()), nullable=name not in table.key)
            for name, kind in table.columns
        ]
    )


class _Sink(io.RawIOBase):
    """An AtomicFile as the file object pyarrow writes to."""

    def __init__(self, file: AtomicFile) -> None:
        self.file = file

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.file.write(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.file.size


class _TableFile:
    def __init__(self, table: Table, out_dir: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.table = table
        self.schema = arrow_schema(table)
        self.file = AtomicFile(out_dir / file_name(table))
        self.writer = pq.ParquetWriter(pa.PythonFile(_Sink(self.file), mode="w"), self.schema)
        self.rows: list[Row] = []

    def add(self, rows: list[Row]) -> None:
        self.rows += rows
        if len(self.rows) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            columns = list(zip(*self.rows, strict=True))
            arrays = [
                pa.array(column, type=field.type)
                for column, field in zip(columns, self.schema, strict=True)
            ]
            self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
            self.rows = []

    def seal(self) -> None:
        self.flush()
        self.writer.close()
        self.file.seal()

    def abort(self) -> None:
        try:
            self.writer.close()
        finally:
            self.file.abort()


class ParquetWriter:
    """Documents in, one Parquet file per table out: ``add`` each, then ``commit``."""

    def __init__(self, out_dir: str | Path) -> None:
        require_pyarrow()
        self.files: list[_TableFile] = []
        try:
            for table in TABLES:
                self.files.append(_TableFile(table, Path(out_dir)))
        except BaseException:
            self.abort()
            raise

    def add(self, sha256: str, rows: Mapping[str, list[Row]]) -> None:
        for file in self.files:
            file.add(rows[file.table.name])

    def commit(self) -> None:
        for file in self.files:
            file.seal()
        commit_together([file.file for file in self.files])

    def abort(self) -> None:
        for file in self.files:
            file.abort()
