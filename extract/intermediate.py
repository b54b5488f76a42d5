"""The one form every reader produces and every parser consumes.

A reader turns its format into text lines and table grids; nothing format-specific goes
past this module. Grids are fully expanded: a cell merged over several rows or columns
keeps its text in its top-left position and leaves ``covered=True`` cells elsewhere, which
is also what a tab-separated text table looks like after its merges were lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from renstra.schemas import NoteCode, SourceLocation, SourceNote


@dataclass(slots=True)
class TextLine:
    text: str
    location: SourceLocation


@dataclass(slots=True)
class Cell:
    text: str
    location: SourceLocation
    rowspan: int = 1
    colspan: int = 1
    covered: bool = False
    """True where another cell's merge covers this position."""


@dataclass(slots=True)
class Table:
    index: int
    rows: list[list[Cell]]
    location: SourceLocation
    preceding_text: list[str] = field(default_factory=list)
    """A few lines just above the table (its caption, as a rule)."""

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


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
