"""The one form every reader produces and every parser consumes.

A reader turns its format into text lines and table grids; nothing format-specific goes
past this module. Grids are fully expanded: a cell merged over several rows or columns
keeps its text in its top-left position and leaves ``covered=True`` cells elsewhere, which
is also what a tab-separated text table looks like after its merges were lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from renstra.schemas import NoteCode, SourceLocation, SourceNote

from .errors import RenstraError
from .messages import Msg, msg


@dataclass(slots=True)
class Position:
    """Where a line or a cell sits in its source, with SourceLocation's fields and meaning.

    A plain slots class rather than the pydantic model: readers make one per line and per
    cell (a few hundred a document) and most are never kept, so only the ones a parser
    keeps become a SourceLocation (``to_location``). Building the pydantic model for every
    cell was a quarter of the text pipeline's time.
    """

    page: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    sheet: str | None = None
    cell: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    confidence: float | None = None
    """OCR's confidence (0-100) in the text at this place; None where the file held text."""

    def to_location(self) -> SourceLocation:
        return _location(
            self.page,
            self.line,
            self.table,
            self.row,
            self.column,
            self.sheet,
            self.cell,
            self.bbox,
            self.confidence,
        )


@lru_cache(maxsize=8192)
def _location(
    page: int | None,
    line: int | None,
    table: int | None,
    row: int | None,
    column: int | None,
    sheet: str | None,
    cell: str | None,
    bbox: tuple[float, float, float, float] | None,
    confidence: float | None,
) -> SourceLocation:
    """SourceLocation is frozen, so the same place in files of one layout (line 25, table 1,
    row 6, column 4) is one shared object rather than a model built per target."""
    return SourceLocation(
        page=page,
        line=line,
        table=table,
        row=row,
        column=column,
        sheet=sheet,
        cell=cell,
        bbox=bbox,
        confidence=confidence,
    )


@dataclass(slots=True)
class TextLine:
    text: str
    location: Position


@dataclass(slots=True)
class Cell:
    text: str
    location: Position
    rowspan: int = 1
    colspan: int = 1
    covered: bool = False
    """True where another cell's merge covers this position."""
    bold: bool = False
    """All its text is bold, where the format says (Word, Excel): a program row's mark in a
    T-C.27 that gives its levels no kode and no words."""


@dataclass(slots=True)
class Table:
    index: int
    rows: list[list[Cell]]
    location: Position
    preceding_text: list[str] = field(default_factory=list)
    """A few lines just above the table (its caption, as a rule)."""

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


GRID_FLOOR = 100_000
"""Cells any table may expand to (some 25 MB), whatever the file writes."""
GRID_RATIO = 16
"""Past GRID_FLOOR, the cells a table may expand to per cell its file writes. A merged title
row, a tujuan merged down its sasaran, short rows padded: real tables stay under 2."""


def grid_allows(cells: int, written: int) -> bool:
    """Whether a grid of ``cells`` may come of ``written`` cells (see check_grid)."""
    return cells <= max(GRID_FLOOR, GRID_RATIO * written)


def check_grid(path: str, where: Msg, rows: int, width: int, written: int) -> None:
    """Refuse (limit-exceeded) a table whose expanded grid would dwarf what its file writes.

    Grids are fully expanded, so the padding and merges of a few bytes of markup (30,000
    ``<w:tr/>`` under one row of 30,000 cells, a merge over a whole sheet) would ask for
    billions of cells before any memory limit could say which file it was. Readers call
    this with the grid's size before they build it; ``written`` counts the cells the file
    itself holds (table cells, stored workbook cells, tab-separated fields).
    """
    cells = rows * width
    if not grid_allows(cells, written):
        reason = msg(
            "error.grid-too-large",
            where=where, rows=rows, width=width, cells=cells, written=written, ratio=GRID_RATIO,
            floor=GRID_FLOOR,
        )  # fmt: skip
        raise RenstraError(path, "limit-exceeded", reason)


@dataclass(slots=True)
class RawDocument:
    """A source file read into lines and tables, before any interpretation."""

    path: str
    format: str
    sha256: str
    size_bytes: int
    lines: list[TextLine]
    tables: list[Table]
    encoding: str | None = None
    pages: int | None = None
    converted_from: str | None = None
    """The format LibreOffice converted the file from (doc, xls, ...), None when read as is."""
    notes: list[SourceNote] = field(default_factory=list)
    """What the reader saw that the lines and tables do not show (a hidden sheet, a formula
    with no saved value): the schema's own model, since the Document carries them as they
    are and the checks turn each into a finding."""


def note(code: NoteCode, evidence: str | None = None, **location: Any) -> SourceNote:
    """A reader's note, e.g. ``note("error-cell", "#REF!", sheet="IKU", cell="D5")``."""
    return SourceNote(code=code, location=SourceLocation(**location), evidence=evidence)


@dataclass(slots=True)
class SourceFile:
    """The bytes of one input file, read once and handed to its reader."""

    path: str
    data: bytes
    sha256: str
    format: str
    """As detected from the content (see readers.detect), never from the name alone."""
    modified: float = 0.0
    """The file's modification time (seconds since the epoch), as read; 0 when unknown."""

    def raw_document(
        self, lines: list[TextLine], tables: list[Table], **extra: object
    ) -> RawDocument:
        return RawDocument(
            path=self.path,
            format=self.format,
            sha256=self.sha256,
            size_bytes=len(self.data),
            lines=lines,
            tables=tables,
            **extra,  # type: ignore[arg-type]
        )
