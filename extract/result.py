"""One input's result, the one type from the sandboxed worker that read the file to every
writer and report (extract, check, report, fix and the library all pass it on as is).

It carries what its callers need and nothing they did not ask for: a batch that writes
outputs keeps no Document (``card`` is enough to plan the cross-document comparisons),
and only a report asks for the source lines its excerpts show, cut in the worker so that
no file is ever parsed again in the calling process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import RenstraError
from .inputs import InputFile

if TYPE_CHECKING:  # the batch process imports this module: it parses nothing
    from renstra.schemas import Document, SourceLocation

    from .messages import Msg
    from .pairing import Card

ExcerptLines = tuple[tuple[int | None, str, bool], ...]
"""Source lines around one location: (line number or None for a cell, text, focus)."""


@dataclass(slots=True)
class BatchRows:
    """A document's share of the batch files, rendered by the worker as bytes."""

    indicator_csv: bytes = b""
    finding_csv: bytes = b""
    program_csv: bytes = b""
    document_csv: bytes = b""
    jsonl_document: bytes = b""
    jsonl_findings: bytes = b""
    wide: bytes = b""
    """Its rows of indicators_wide.csv, pickled (see job.wide_bytes); empty for none."""
    wide_years: int = 0
    """The year columns its widest row of indicators_wide.csv needs."""


@dataclass(slots=True)
class FileResult:
    input: InputFile
    document: Document | None = None
    """Kept when the caller holds documents (check, report, fix, the library)."""
    error: RenstraError | None = None
    copy_of: str | None = None
    """The input with the same bytes this one repeats: it is read and reported there."""
    card: Card | None = None
    """What cross-document pairing needs of the document."""
    excerpts: dict[SourceLocation, ExcerptLines] | None = None
    """Source lines for each place a finding may point at, when a report asked for them."""
    output: str | None = None
    """The document's JSON file, when the batch writes outputs."""
    reused: bool = False
    """Taken from the output a previous run left (same bytes, same renstra version)."""
    reused_cross: bool = False
    """The reused output holds cross-document findings, which this batch redoes."""
    write_error: tuple[int, str] | None = None
    """(errno, message) when the JSON could not be written: the batch stops."""
    rows: BatchRows = field(default_factory=BatchRows)
    findings: list[tuple[str, str]] = field(default_factory=list)
    """(rule, severity) of each finding, for the batch summary."""
    notes: list[dict[str, object]] = field(default_factory=list)
    """The Document's source notes, as JSON objects, for the batch summary."""
    coverage: dict[str, object] = field(default_factory=dict)
    """The Document's kind, indicator count and coverage counts, for the batch summary."""

    @property
    def path(self) -> str:
        """The file as outputs and reports name it (``InputFile.shown``, else its path)."""
        return self.input.shown or self.input.path

    @property
    def ok(self) -> bool:
        return self.error is None and self.copy_of is None


def failed(item: InputFile, code: str, reason: Msg) -> FileResult:
    return FileResult(item, error=RenstraError(item.shown or item.path, code, reason))
