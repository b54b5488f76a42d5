"""Where a value or a finding sits in its source file."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SourceLocation(BaseModel):
    """A position in a source file, in that format's own terms.

    Numbering is 1-based throughout: ``line`` is the physical line of a text file or the
    paragraph of a Word file, ``table`` counts tables in document order, ``row`` and
    ``column`` count every row and column of that table's grid (header rows included), so a
    steward can find the cell by eye. Fields that do not apply to a format stay ``null``.
    """

    # Frozen: a location is a value, so one object may be shared by every target and
    # finding that points at the same place (see extract.intermediate.Position).
    model_config = ConfigDict(extra="forbid", frozen=True)

    page: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    sheet: str | None = None
    cell: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    confidence: float | None = Field(
        None,
        ge=0,
        le=100,
        description="for a value read by OCR, Tesseract's confidence (0-100) of its least "
        "certain word; null for text read from the file itself",
    )
