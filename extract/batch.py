"""Run many files: extract each in a worker, write its outputs, and keep going whatever
one file does.

Files are parsed in sandboxed worker processes (see sandbox; with ``jobs=1`` too), locally
or on Dask; this process only writes, in input order, so the outputs of any run equal
those of a serial one byte for byte. Per-file JSON lands as each file is written; the
batch CSVs and JSON Lines are temp files until the end, so an interrupted batch leaves the
finished JSONs and no half-written batch file, and a re-run reuses those JSONs (resume).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import RenstraError
from .inputs import InputFile
from .job import PRELOAD, FileTask, Outcome, csv_bytes, run
from .resume import claim_output
from .sandbox import Failure
from .writers.atomic import AtomicFile
from .writers.json_out import output_names

if TYPE_CHECKING:  # this process only writes: the parsing stack loads in the workers
    from renstra.schemas import Document, Settings

JSONL_FILES = ("documents.jsonl", "findings.jsonl")
BOM = "\ufeff".encode()
"""The batch CSVs open with one, so Excel reads them as UTF-8 (pandas skips it)."""


@dataclass(slots=True)
class FileResult:
    input: InputFile
    document: Document | None = None
    """Only from ``process``; ``extract_to`` keeps no Document."""
    error: RenstraError | None = None
    output: str | None = None
    reused: bool = False
    """Taken from the output a previous run left (same bytes, same renstra version)."""
    notes: list[dict[str, object]] = field(default_factory=list)
    coverage: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class BatchSummary:
    files: int = 0
    ok: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, error code, reason) for each file that could not be processed."""
    skipped: int = 0
    """Files in the folders given that are of no supported type."""
    reused: int = 0
    findings_by_rule: Counter[str] = field(default_factory=Counter)
    findings_by_severity: Counter[str] = field(default_factory=Counter)
    notes: list[tuple[str, list[dict[str, object]]]] = field(default_factory=list)
    """(path, its Document's source notes as JSON objects) for each file that has some."""
    coverage: list[dict[str, object]] = field(default_factory=list)
    """Per document read: path, kind, indicator count, tables and rows seen and read."""

    @property
    def without_indicators(self) -> list[str]:
        return [str(c["path"]) for c in self.coverage if not c.get("indicators")]

    def add(self, result: FileResult, findings: Iterable[tuple[str, str]] = ()) -> None:
        self.files += 1
        if result.error is not None:
            self.failed.append((result.input.path, result.error.code, result.error.reason))
            return
        self.ok += 1
        self.reused += int(result.reused)
        if result.notes:
            self.notes.append((result.input.path, result.notes))
        if result.coverage:
            self.coverage.append({"path": result.input.path, **result.coverage})
        for rule, severity in findings:
            self.findings_by_rule[rule] += 1
            self.findings_by_severity[severity] += 1

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "ok": self.ok,
            "failed": [{"path": p, "code": c, "reason": r} for p, c, r in self.failed],
            "failed_by_code": dict(sorted(Counter(c for _, c, _ in self.failed).items())),
            "skipped": self.skipped,
            "reused": self.reused,
            "findings_by_severity": dict(sorted(self.findings_by_severity.items())),
            "findings_by_rule": dict(sorted(self.findings_by_rule.items())),
            "reader_notes": [{"path": p, "notes": n} for p, n in self.notes],
            "without_indicators": self.without_indicators,
            "coverage": self.coverage,
        }


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def run_tasks(
    tasks: Iterable[FileTask], settings: Settings, *, jobs: int = 1, scheduler: str | None = None
) -> Generator[Outcome, None, None]:
    """Each task's Outcome, in order; the work runs in sandboxed workers (or on Dask)."""
    limits = settings.limits
    options: dict[str, Any] = {
        "jobs": max(1, jobs),
        "timeout_s": limits.timeout_s,
        "max_memory_bytes": limits.max_memory_bytes,
        "preload": PRELOAD,
    }
    if scheduler:
        from .distributed import run_ordered as run_distributed

        results = run_distributed(run, tasks, scheduler=scheduler, **options)
    else:
        from .parallel import run_ordered

        results = run_ordered(run, tasks, **options)
    with closing(results):
        for task, result in results:
            if isinstance(result, Failure):
                yield Outcome(task.path, code=result.code, reason=result.reason)
            else:
                yield result


def process(
    inputs: list[InputFile], settings: Settings, *, jobs: int = 1, scheduler: str | None = None
) -> Generator[FileResult, None, None]:
    """Extract each input, in order; a failure becomes a FileResult with ``error`` set."""
    tasks = (FileTask(item.path, settings) for item in inputs)
    with closing(run_tasks(tasks, settings, jobs=jobs, scheduler=scheduler)) as outcomes:
        for item, outcome in zip(inputs, outcomes, strict=True):
            yield _result(item, outcome, document=outcome.document)


def check_files(inputs: list[InputFile], settings: Settings, *, jobs: int = 1) -> list[FileResult]:
    """Every input's result, its Document checked by the per-file and the cross-document
    rules (one OPD's Renstra against its IKU): what `check` and `report` show."""
    from .checks import run_batch_checks

    results = list(process(inputs, settings, jobs=jobs))
    run_batch_checks([r.document for r in results if r.document is not None], settings)
    return results


def extract_to(
    inputs: list[InputFile],
    out_dir: str | Path,
    settings: Settings,
    on_result: Callable[[FileResult], None] | None = None,
    *,
    jobs: int = 1,
    jsonl: bool = False,
    force: bool = False,
    scheduler: str | None = None,
) -> BatchSummary:
    """Write ``<name>.json`` per input plus indicators.csv and findings.csv (and with
    ``jsonl`` documents.jsonl and findings.jsonl); ``summary.json`` is the caller's.

    Raises OSError when the output cannot be written (what was written stays), and lets
    KeyboardInterrupt through (likewise); the batch files are then discarded.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    force = not claim_output(out, settings) or force
    names = output_names(inputs)
    summary = BatchSummary()
    files: list[AtomicFile] = []
    try:
        for name, columns in _batch_csvs().items():
            files.append(AtomicFile(out / name))
            files[-1].write(BOM + csv_bytes([columns]))
        if jsonl:
            files += [AtomicFile(out / name) for name in JSONL_FILES]
        tasks = (
            FileTask(item.path, settings, str(out / names[item.path]), force, jsonl)
            for item in inputs
        )
        outcomes = run_tasks(tasks, settings, jobs=jobs, scheduler=scheduler)
        with closing(outcomes):
            for item, outcome in zip(inputs, outcomes, strict=True):
                if outcome.write_error is not None:
                    errno, message = outcome.write_error
                    raise OSError(errno, message)
                result = _result(item, outcome, output=str(out / names[item.path]))
                if result.error is None:
                    _append(outcome, files)
                summary.add(result, outcome.findings)
                if on_result is not None:
                    on_result(result)
    except BaseException:
        for file in files:
            file.abort()
        raise
    for file in files:
        file.close()
    return summary


def _batch_csvs() -> dict[str, list[str]]:
    from .writers.csv_out import FINDING_COLUMNS, INDICATOR_COLUMNS

    return {"indicators.csv": INDICATOR_COLUMNS, "findings.csv": FINDING_COLUMNS}


def _result(item: InputFile, outcome: Outcome, **extra: Any) -> FileResult:
    if outcome.code is not None:
        error = RenstraError(item.path, outcome.code, outcome.reason or outcome.code)
        return FileResult(item, error=error)
    return FileResult(
        item, reused=outcome.reused, notes=outcome.notes, coverage=outcome.coverage, **extra
    )


def _append(outcome: Outcome, files: list[AtomicFile]) -> None:
    files[0].write(outcome.indicator_csv)
    files[1].write(outcome.finding_csv)
    if len(files) > 2:
        files[2].write(outcome.jsonl_document)
        files[3].write(outcome.jsonl_findings)
