"""Run many files: extract each, write its outputs, and keep going whatever one file does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from renstra.schemas import Document, Settings

from .errors import RenstraError
from .inputs import InputFile
from .pipeline import extract_document
from .writers.atomic import atomic_write_bytes
from .writers.csv_out import (
    FINDING_COLUMNS,
    INDICATOR_COLUMNS,
    CsvSink,
    finding_rows,
    indicator_rows,
)
from .writers.json_out import document_json, output_names


@dataclass(slots=True)
class FileResult:
    input: InputFile
    document: Document | None = None
    error: RenstraError | None = None
    output: str | None = None


@dataclass(slots=True)
class BatchSummary:
    files: int = 0
    ok: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, error code, reason) for each file that could not be processed."""
    skipped: int = 0
    findings_by_rule: Counter[str] = field(default_factory=Counter)
    findings_by_severity: Counter[str] = field(default_factory=Counter)

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.error is not None:
            self.failed.append((result.input.path, result.error.code, result.error.reason))
            return
        self.ok += 1
        assert result.document is not None
        for finding in result.document.findings:
            self.findings_by_rule[finding.rule] += 1
            self.findings_by_severity[finding.severity] += 1

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "ok": self.ok,
            "failed": [{"path": p, "code": c, "reason": r} for p, c, r in self.failed],
            "skipped": self.skipped,
            "findings_by_severity": dict(sorted(self.findings_by_severity.items())),
            "findings_by_rule": dict(sorted(self.findings_by_rule.items())),
        }


def process(inputs: list[InputFile], settings: Settings) -> Iterator[FileResult]:
    """Extract each input in order; a failure becomes a FileResult with ``error`` set."""
    for item in inputs:
        try:
            yield FileResult(item, document=extract_document(item.path, settings))
        except RenstraError as e:
            yield FileResult(item, error=e)


def extract_to(
    inputs: list[InputFile],
    out_dir: str | Path,
    settings: Settings,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchSummary:
    """Write ``<name>.json`` per input plus indicators.csv, findings.csv and summary.json."""
    out = Path(out_dir)
    names = output_names(inputs)
    summary = BatchSummary()
    indicators = CsvSink(out / "indicators.csv", INDICATOR_COLUMNS)
    findings = CsvSink(out / "findings.csv", FINDING_COLUMNS)
    try:
        for result in process(inputs, settings):
            if result.document is not None:
                result.output = str(out / names[result.input.path])
                atomic_write_bytes(result.output, document_json(result.document))
                indicators.write(indicator_rows(result.document))
                findings.write(finding_rows(result.document))
            summary.add(result)
            if on_result is not None:
                on_result(result)
    except BaseException:
        indicators.abort()
        findings.abort()
        raise
    indicators.close()
    findings.close()
    return summary
