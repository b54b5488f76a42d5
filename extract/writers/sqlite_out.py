"""The batch as a SQLite database (``extract --sqlite FILE``), created or updated in place.

A re-run upserts by the source's sha256 and never duplicates: each document's rows are
deleted and written anew, and a path whose bytes changed since an earlier run loses the old
document's rows (unless another path still holds those bytes). Documents of paths this
batch did not read stay, so one database can gather many batches. The whole batch is one
transaction: a crash or an error leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from .table_rows import Row
from .tables import LAYOUT_VERSION, TABLES, ForeignKey, Table


class DatabaseLayoutError(Exception):
    """The file is a SQLite database, but not one this renstra can update."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _names(names: Sequence[str]) -> str:
    return ", ".join(_quoted(n) for n in names)


def _foreign_key(key: ForeignKey) -> str:
    clause = (
        f"FOREIGN KEY ({_names(key.columns)}) REFERENCES {_quoted(key.table)} "
        f"({_names(key.references)})"
    )
    if key.cascade:
        clause += " ON DELETE CASCADE"
    if key.deferred:
        clause += " DEFERRABLE INITIALLY DEFERRED"
    return clause


def create_statements(table: Table) -> list[str]:
    """CREATE TABLE (and an index on each foreign key that the primary key does not lead
    with, so that cascading deletes do not scan the table)."""
    lines = [
        f"{_quoted(name)} {kind}{' NOT NULL' if name in table.key else ''}"
        for name, kind in table.columns
    ]
    lines.append(f"PRIMARY KEY ({_names(table.key)})")
    lines += [_foreign_key(key) for key in table.foreign_keys]
    body = ",\n  ".join(lines)
    statements = [f"CREATE TABLE IF NOT EXISTS {_quoted(table.name)} (\n  {body}\n)"]
    for key in table.foreign_keys:
        if table.key[: len(key.columns)] != key.columns:
            index = _quoted(f"{table.name}_{'_'.join(key.columns)}")
            statements.append(
                f"CREATE INDEX IF NOT EXISTS {index} ON {_quoted(table.name)} "
                f"({_names(key.columns)})"
            )
    return statements


def open_database(path: str | Path) -> sqlite3.Connection:
    """Open (or create) the database and its tables. Raises DatabaseLayoutError for a
    database of other tables or of another layout, sqlite3.Error for a file that is not a
    database, OSError where it cannot be created."""
    connection = sqlite3.connect(path, isolation_level=None)  # transactions by hand
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if version == 0 and tables.fetchall():
            raise DatabaseLayoutError(f"{path} holds other tables: not a renstra database")
        if version not in (0, LAYOUT_VERSION):
            raise DatabaseLayoutError(
                f"{path} has the table layout {version}, this renstra writes layout "
                f"{LAYOUT_VERSION}: write to a new file"
            )
        if version == 0:
            connection.execute("BEGIN IMMEDIATE")
            for table in TABLES:
                for statement in create_statements(table):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
            connection.execute("COMMIT")
    except BaseException:
        connection.close()
        raise
    return connection


class SqliteWriter:
    """Documents in, one transaction: ``add`` each, then ``commit`` (or ``abort``)."""

    def __init__(self, path: str | Path) -> None:
        self.connection = open_database(path)
        self.connection.execute("BEGIN IMMEDIATE")
        self._closed = False
        self._inserts = {
            table.name: f"INSERT INTO {_quoted(table.name)} ({_names(table.names)}) "
            f"VALUES ({', '.join('?' * len(table.columns))})"
            for table in TABLES
        }

    def add(self, sha256: str, rows: Mapping[str, list[Row]]) -> None:
        """Replace the document ``sha256`` by ``rows`` (table name -> rows, see
        table_rows), and point its paths (the ``files`` rows) at it."""
        c = self.connection
        paths = [row[0] for row in rows["files"]]
        marks = ", ".join("?" * len(paths))
        found = c.execute(f"SELECT sha256 FROM files WHERE path IN ({marks})", paths)
        before = {row[0] for row in found}
        c.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))  # cascades
        c.execute(f"DELETE FROM files WHERE path IN ({marks})", paths)
        for table in TABLES:
            if rows[table.name]:
                c.executemany(self._inserts[table.name], rows[table.name])
        for old in before - {sha256}:  # the path's file changed: its old document goes
            c.execute(
                "DELETE FROM documents WHERE sha256 = ? AND NOT EXISTS "
                "(SELECT 1 FROM files WHERE files.sha256 = documents.sha256)",
                (old,),
            )

    def commit(self) -> None:
        try:
            self.connection.execute("COMMIT")
        finally:
            self._close()

    def abort(self) -> None:
        """Roll back, unless ``commit`` already ran (then nothing is left to undo)."""
        if self._closed:
            return
        try:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        finally:
            self._close()

    def _close(self) -> None:
        self._closed = True
        self.connection.close()
