"""``summary.json``, what `renstra extract` writes of a whole batch: the published shape of
what ``extract.batch.BatchSummary.as_dict`` writes (every key always there)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .document import DocType, SourceNote
from .finding import Severity


class FailedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    code: str = Field(description="the stable error code (docs/batch.md, Error codes)")
    reason: str = Field(description="one line, for people")


class CopiedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    same_as: str = Field(description="the earlier input with the same bytes, read in its place")


class ReaderNotes(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    notes: list[SourceNote] = Field(description="the document's source.notes, nulls left out")


class DocumentCoverage(BaseModel):
    """The counts of one document's coverage (its unread parts are in its JSON)."""

    model_config = ConfigDict(extra="forbid")

    path: str
    doc_type: DocType
    indicators: int = Field(description="the document's own indicators (not its programs')")
    programs: int
    tables_seen: int
    tables_read: int
    rows_seen: int
    rows_read: int
    fields_seen: int
    fields_read: int
    unread_rows: int = Field(description="how many rows held values but gave no indicator")


class Summary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: int = Field(description="inputs, failed ones and copies included")
    ok: int = Field(description="inputs read (copies of an earlier input aside)")
    failed: list[FailedFile]
    failed_by_code: dict[str, int]
    skipped: int = Field(description="files in the folders given of no supported type")
    skipped_links: int = Field(description="symbolic links in the folders given, not followed")
    reused: int = Field(description="documents taken from an earlier run's JSON (resume)")
    copies: list[CopiedFile]
    removed: list[str] = Field(description="outputs of an earlier run whose inputs are gone")
    findings_by_severity: dict[Severity, int]
    findings_by_rule: dict[str, int]
    reader_notes: list[ReaderNotes]
    without_indicators: list[str] = Field(description="documents with no indicator or program")
    coverage: list[DocumentCoverage]
