"""indicators.xlsx and indicators_wide.csv: the batch's indicators for people and systems
in Indonesia, written once per batch, at its end.

indicators.xlsx has two sheets, ``indicators`` and ``indicators_wide``: the two CSVs as
written (the same columns and rows, read back from the finished files, so that they
cannot drift), their number columns (``column_kinds``) as numbers.

indicators_wide.csv is laid out here because its width, the batch's most year columns, is
known only once every document is in: each worker hands back its rows pickled
(``job.wide_bytes``), they wait in a temp file, and are read back once.
"""

from __future__ import annotations

import csv
import io
import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..result import BatchRows
from .atomic import AtomicFile
from .column_kinds import kinds_of
from .csv_dialect import DELIMITERS, csv_bytes
from .csv_out import INDICATOR_COLUMNS
from .indicators_wide import WIDE_CSV, WideParts, wide_columns, wide_row
from .xlsx_stream import Workbook, mask_bytes

XLSX = "indicators.xlsx"
BOM = "\ufeff".encode()
LONG_TEXT = frozenset({
    "source_path", "organization", "goal", "objective", "name", "definition", "formula_raw",
    "data_source", "responsible", "tujuan", "sasaran", "indikator", "formulasi",
    "sumber_data", "penanggung_jawab",
})  # fmt: skip
"""Columns shown wide in the workbook: names and sentences."""
BLOCK = 1 << 20
"""Bytes of a CSV read, masked and parsed at a time."""


def _open_quote(lines: list[bytes]) -> bool:
    """The lines end inside a quoted cell: an odd number of ``"`` (a quoted cell holds its
    own quotes doubled, so whole cells hold an even number)."""
    return sum(line.count(b'"') for line in lines) % 2 == 1


class IndonesianTables:
    """Collects each document's wide rows as the batch writes it; ``finish`` writes
    indicators_wide.csv and indicators.xlsx as sealed temp files for the batch to commit
    with the others."""

    def __init__(self, out: Path, dialect: str) -> None:
        self._out = out
        self._dialect = dialect
        # closed by finish or abort, not at the end of a block
        self._scratch = tempfile.TemporaryFile(prefix="renstra-wide-")  # noqa: SIM115
        self.years = 0
        self._files: list[AtomicFile] = []

    def add(self, rows: BatchRows) -> None:
        if rows.wide:
            self._scratch.write(rows.wide)
            self.years = max(self.years, rows.wide_years)

    def finish(self, indicators_csv: str, *, xlsx: bool = True) -> list[AtomicFile]:
        """Both files, sealed (indicators_wide.csv alone without ``xlsx``);
        ``indicators_csv``: the batch's finished indicators.csv."""
        columns = wide_columns(self.years)
        wide = AtomicFile(self._out / WIDE_CSV)
        self._files.append(wide)
        wide.write(BOM + csv_bytes([columns], self._dialect))
        decimals = frozenset(i for i, k in enumerate(kinds_of(columns)) if k == "decimal")
        for parts in self._parts():
            rows = [wide_row(p, self.years) for p in parts]
            wide.write(csv_bytes(rows, self._dialect, decimals))
        wide.seal()
        self._scratch.close()
        if not xlsx:
            return self._files
        book = AtomicFile(self._out / XLSX)
        self._files.append(book)
        workbook = Workbook(book, decimal_comma=self._dialect == "id")
        for name, header, path in (
            ("indicators", INDICATOR_COLUMNS, indicators_csv),
            ("indicators_wide", columns, wide.temp_path),
        ):
            lines = read_rows(path, DELIMITERS[self._dialect])
            workbook.add_sheet(name, header, kinds_of(header), lines, LONG_TEXT)
        workbook.close()
        book.seal()
        return self._files

    def abort(self) -> None:
        for file in self._files:
            file.abort()
        self._scratch.close()

    def _parts(self) -> Iterator[list[WideParts]]:
        self._scratch.seek(0)
        end = os.fstat(self._scratch.fileno()).st_size
        while self._scratch.tell() < end:
            parts: list[WideParts] = pickle.load(self._scratch)  # written by this batch
            yield parts


def read_rows(path: str, delimiter: str) -> Iterator[list[str]]:
    """A batch CSV's rows (the header skipped), masked for the workbook (xlsx_stream.mask)
    a block at a time."""
    with open(path, "rb") as handle:
        handle.readline()  # the header, after the byte-order mark
        while lines := handle.readlines(BLOCK):
            # a quoted cell may hold a line break: a block ends where a row does
            while _open_quote(lines) and (more := handle.readline()):
                lines.append(more)
            block = mask_bytes(b"".join(lines)).decode("utf-8")
            yield from csv.reader(io.StringIO(block, newline=""), delimiter=delimiter)
