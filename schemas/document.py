"""The top-level output: one Document per input file (output contract v1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .finding import Finding, Fix
from .indicator import Indicator
from .location import SourceLocation
from .program import Program

SCHEMA_VERSION = "1.6.0"

DocType = Literal["renstra", "iku", "pk", "renja", "lkjip", "unknown"]
"""``pk``: a Perjanjian Kinerja, the yearly agreement on the targets of one year; ``renja``:
a Rencana Kerja, the yearly program plan; ``lkjip``: a Laporan Kinerja, the year's targets
against their realisasi."""

NoteCode = Literal[
    "hidden-sheet", "hidden-rows", "error-cell", "formula-without-value",
    "no-text-layer", "page-without-text", "ocr-page", "ocr-low-confidence", "ocr-failed",
    "converted-file", "ocr-mended",
]  # fmt: skip
"""``ocr-page``: a page read by OCR (evidence: its rotation, skew and mean confidence);
``ocr-low-confidence``: a word or cell OCR read with a confidence under the threshold
(location: page and bbox; evidence: the text read and its confidence); ``ocr-failed``: a page
OCR could not read (time or page limit, engine error); ``ocr-mended``: a value OCR read
put right by the document's own structure (a kode's shape, a budget row's total; evidence:
what OCR read and what was kept); ``converted-file``: an old Office file
(.doc, .xls, .rtf, .odt, .ods) converted by LibreOffice before it was read."""


class Generator(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = "renstra"
    version: str


class SourceNote(BaseModel):
    """Something the reader saw in the file that the extracted values alone do not show.

    Each code is also the id of the checker rule that reports it as a finding.
    """

    model_config = ConfigDict(extra="forbid")

    code: NoteCode
    location: SourceLocation = Field(
        description="sheet and cell for a workbook (rows as '6:8' for hidden rows), page for "
        "a PDF; no field set for the whole file"
    )
    evidence: str | None = Field(
        None, description="what the cell holds as written: the formula '=B9*2', the error '#REF!'"
    )


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    format: str
    sha256: str
    size_bytes: int
    encoding: str | None = Field(None, description="text encoding used to decode, for text files")
    pages: int | None = None
    converted_from: str | None = Field(
        None,
        description="the format the file was written in (doc, xls, rtf, odt, ods) when "
        "LibreOffice converted it to the one in 'format' before reading",
    )
    notes: list[SourceNote] = Field(
        default_factory=list,
        description="what the reader saw that the values alone do not show (hidden sheets "
        "and rows, formulas without a saved value, pages without text)",
    )


class Organization(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    region: str | None = None


class PeriodMention(BaseModel):
    """Every year range written in the document, plausible or not."""

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    raw: str
    plausible: bool
    location: SourceLocation


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    raw: str


class Signatory(BaseModel):
    model_config = ConfigDict(extra="forbid")

    place: str | None = None
    date: str | None = Field(None, description="as written, e.g. 'April 2021'")
    date_iso: str | None = Field(None, description="YYYY-MM or YYYY-MM-DD when the date parses")
    position: str | None = None
    name: str | None = None
    rank: str | None = None
    nip: str | None = Field(None, description="digits only")
    nip_raw: str | None = None
    party: Literal[1, 2] | None = Field(
        None, description="PIHAK PERTAMA / KESATU (1) or PIHAK KEDUA (2) of a Perjanjian Kinerja"
    )
    location: SourceLocation | None = None


class TableSummary(BaseModel):
    """What the parser understood of one source table."""

    model_config = ConfigDict(extra="forbid")

    index: int
    kind: Literal["renstra", "iku", "program", "lkjip", "other"] = Field(
        description="the kind of document such a table belongs to; 'program' for a table of "
        "programs and their budgets, 'lkjip' for targets against realisasi"
    )
    columns: list[str] = Field(description="the role given to each column, '' where none")
    header_rows: int
    target_columns: int
    target_years: list[int | None]
    location: SourceLocation


class UnreadPart(BaseModel):
    """A table or row that held something renstra did not turn into an indicator."""

    model_config = ConfigDict(extra="forbid")

    location: SourceLocation
    text: str = Field(description="its header (a table) or its cells (a row), shortened")


class Coverage(BaseModel):
    """How much of what the document holds was read: a planner looks where this falls short.

    A row is a data row of a table with an indicator column (header and column-number rows
    aside), or one card or list entry of a form; a field is a cell or labelled value under a
    recognised role of such a row.
    """

    model_config = ConfigDict(extra="forbid")

    tables_seen: int = 0
    tables_read: int = Field(0, description="tables that gave at least one indicator")
    rows_seen: int = Field(0, description="data rows of tables with an indicator column")
    rows_read: int = Field(0, description="rows that gave at least one indicator")
    fields_seen: int = Field(0, description="non-empty cells under a recognised role")
    fields_read: int = Field(0, description="of them, the ones that filled an indicator field")
    unread_tables: list[UnreadPart] = Field(
        default_factory=list,
        description="tables with text but no indicator column, with their first rows",
    )
    unread_rows: list[UnreadPart] = Field(
        default_factory=list,
        description="rows of indicator tables that hold values but gave no indicator",
    )


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    generator: Generator
    source: Source
    doc_type: DocType
    organization: Organization = Field(default_factory=Organization)
    period: Period | None = None
    year: int | None = Field(
        None,
        description="the one year a yearly document (pk, renja, lkjip) is for; null for others",
    )
    period_mentions: list[PeriodMention] = Field(default_factory=list)
    main_duty: str | None = Field(None, description="tugas pokok")
    functions: list[str] = Field(default_factory=list, description="fungsi, in order")
    indicators: list[Indicator] = Field(default_factory=list)
    programs: list[Program] = Field(
        default_factory=list,
        description="program, kegiatan and sub kegiatan rows with their budgets, in order",
    )
    signatory: Signatory | None = None
    acknowledged_by: Signatory | None = Field(
        None,
        description="the other signatory of a two-signature block ('Mengetahui, ...'); the "
        "document's signatory is its author",
    )
    tables: list[TableSummary] = Field(default_factory=list)
    coverage: Coverage = Field(default_factory=Coverage)
    findings: list[Finding] = Field(default_factory=list)
    fixes: list[Fix] = Field(
        default_factory=list, description="changes made by `renstra fix`, for review"
    )
