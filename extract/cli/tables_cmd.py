"""`renstra extract --sqlite FILE --parquet`: what the CLI checks before the batch, and how
it reports the tables written after it."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from .app import error

if TYPE_CHECKING:
    from ..result import FileResult


def check_table_outputs(sqlite: Path | None, parquet: bool) -> None:
    """Exit 2 now, before any file is read, when the outputs asked for cannot be written:
    no pyarrow for ``--parquet``, a ``--sqlite`` file that is no renstra database."""
    if parquet:
        from ..writers.parquet_out import ParquetUnavailable, require_pyarrow

        try:
            require_pyarrow()
        except ParquetUnavailable as e:
            error(str(e))
            raise typer.Exit(2) from e
    if sqlite is not None:
        from ..writers.sqlite_out import DatabaseLayoutError, open_database

        try:
            open_database(sqlite).close()
        except (DatabaseLayoutError, sqlite3.Error, OSError) as e:
            error(f"cannot use {sqlite} as the --sqlite database: {e}")
            raise typer.Exit(2) from e


def write_table_outputs(
    results: Sequence[FileResult], output: Path, sqlite: Path | None, parquet: bool
) -> None:
    """Write the database and the Parquet files of a finished batch; exit 2 when they
    cannot be written (the JSON and CSV outputs stay)."""
    if sqlite is None and not parquet:
        return
    from ..writers.batch_tables import write_tables
    from ..writers.sqlite_out import DatabaseLayoutError

    try:
        write_tables(results, output, sqlite=sqlite, parquet=parquet)
    except (DatabaseLayoutError, sqlite3.Error, OSError) as e:
        where = sqlite if isinstance(e, (DatabaseLayoutError, sqlite3.Error)) else output
        error(f"cannot write the tables to {where}: {e}; the JSON and CSV outputs are kept")
        raise typer.Exit(2) from e
    except KeyboardInterrupt:
        error("interrupted; the database and the Parquet files are as they were")
        raise typer.Exit(130) from None
