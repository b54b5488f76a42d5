"""Run many files: extract each in a worker, check them together, write their outputs, and
keep going whatever one file does.

Files are parsed in sandboxed worker processes (see sandbox; with ``jobs=1`` too), locally
or on Dask; this process only writes, in input order, so the outputs of any run equal
those of a serial one byte for byte. Per-file JSON lands as each file is written; the
batch CSVs, JSON Lines and summary are temp files until the end, then renamed together (all
or none), so an interrupted or failed batch leaves the finished JSONs and the batch files
of the last run that completed, and a re-run reuses those JSONs (resume).

Every command runs the same rules on the same batch: the per-document ones in the workers,
then the cross-document ones (``pairing.plan`` says which documents are compared) here,
over the documents in memory (check, report, fix) or read back from their JSON (extract),
whose JSON and batch-file rows are then rewritten with the findings added. Identical
files are read once (see copies).
"""

from __future__ import annotations

import errno
import json
import os
from collections import Counter, OrderedDict
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .copies import identical_copies
from .inputs import InputFile
from .job import PRELOAD, FileTask, csv_bytes, run
from .printable import path_text
from .result import FileResult, failed
from .resume import claim_output, finish_output
from .sandbox import Failure
from .work_events import OCR_PAGE, WorkEvent
from .writers.atomic import AtomicFile, Replacement, atomic_write_bytes, commit_together
from .writers.json_out import (
    BATCH_FILES,
    CSV_FILES,
    JSONL_FILES,
    PACKAGE_FILE,
    SUMMARY_FILE,
    output_names,
)

if TYPE_CHECKING:  # this process only writes: the parsing stack loads in the workers
    from renstra.schemas import Document, Lang, Settings

BOM = "\ufeff".encode()
"""The batch CSVs open with one, so Excel reads them as UTF-8 (pandas skips it)."""


@dataclass(slots=True)
class BatchSummary:
    files: int = 0
    ok: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    """(path, error code, reason in ``lang``) for each file that could not be processed."""
    skipped: int = 0
    """Files in the folders given that are of no supported type."""
    links: int = 0
    """Symbolic links in the folders given that were not followed."""
    reused: int = 0
    findings_by_rule: Counter[str] = field(default_factory=Counter)
    findings_by_severity: Counter[str] = field(default_factory=Counter)
    notes: list[tuple[str, list[dict[str, object]]]] = field(default_factory=list)
    """(path, its Document's source notes as JSON objects) for each file that has some."""
    coverage: list[dict[str, object]] = field(default_factory=list)
    """Per document read: path, kind, indicator count, tables and rows seen and read."""
    copies: list[tuple[str, str]] = field(default_factory=list)
    """(path, the earlier input with the same bytes) for each input read as that one."""
    removed: list[str] = field(default_factory=list)
    """Outputs of an earlier run whose inputs are gone, removed from the output folder."""
    lang: Lang = "id"
    """The language the reasons of ``failed`` are written in (``Settings.lang``)."""

    @property
    def without_indicators(self) -> list[str]:
        return [
            str(c["path"])
            for c in self.coverage
            if not c.get("indicators") and not c.get("programs")
        ]

    def add(self, result: FileResult) -> None:
        """Count one result; its paths as the outputs write them (printable.path_text)."""
        self.files += 1
        path = path_text(result.path)
        if result.error is not None:
            reason = result.error.reason_in(self.lang)
            self.failed.append((path, result.error.code, path_text(reason)))
            return
        if result.copy_of is not None:
            self.copies.append((path, path_text(result.copy_of)))
            return
        self.ok += 1
        self.reused += int(result.reused)
        if result.notes:
            self.notes.append((path, result.notes))
        if result.coverage:
            self.coverage.append({"path": path, **result.coverage})
        self.count(result.findings)

    def count(self, findings: Iterable[tuple[str, str]]) -> None:
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
            "skipped_links": self.links,
            "reused": self.reused,
            "copies": [{"path": p, "same_as": c} for p, c in self.copies],
            "removed": self.removed,
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


OnEvent = Callable[[WorkEvent], None]


def run_tasks(
    tasks: Iterable[FileTask],
    settings: Settings,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    on_event: OnEvent | None = None,
) -> Generator[FileResult, None, None]:
    """Each task's FileResult, in order; the work runs in sandboxed workers (or on Dask).
    ``on_event`` hears of each OCR page as it is done (on Dask: when its file is done)."""
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

        results = run_ordered(run, tasks, on_event=on_event, **options)
    with closing(results):
        for task, result in results:
            if isinstance(result, Failure):
                yield failed(task.input, result.code, result.message)
                continue
            if scheduler and on_event is not None:  # Dask's workers cannot tell us sooner
                for _ in range(sum(note["code"] == OCR_PAGE for note in result.notes)):
                    on_event(WorkEvent(OCR_PAGE, 0.0))
            yield result


def _with_copies(
    inputs: list[InputFile],
    settings: Settings,
    task: Callable[[InputFile], FileTask],
    *,
    jobs: int,
    scheduler: str | None,
    on_event: OnEvent | None = None,
) -> Generator[FileResult, None, None]:
    """Every input's result in input order; a copy of an earlier input is not read again."""
    copies = identical_copies(inputs, settings.limits.max_file_bytes)
    shown = {item.path: item.shown or item.path for item in inputs}
    tasks = (task(item) for item in inputs if item.path not in copies)
    running = run_tasks(tasks, settings, jobs=jobs, scheduler=scheduler, on_event=on_event)
    with closing(running) as results:
        for item in inputs:
            if item.path in copies:
                yield FileResult(item, copy_of=shown[copies[item.path]])
            else:
                yield next(results)


def process(
    inputs: list[InputFile],
    settings: Settings,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    excerpts: bool = False,
    on_event: OnEvent | None = None,
) -> Generator[FileResult, None, None]:
    """Extract each input, in order, keeping its Document: per-document findings only.
    ``excerpts``: also cut the source lines a report shows (FileResult.excerpts)."""
    yield from _with_copies(
        inputs,
        settings,
        lambda item: FileTask(item, settings, excerpts=excerpts),
        jobs=jobs,
        scheduler=scheduler,
        on_event=on_event,
    )


def check_files(
    inputs: list[InputFile],
    settings: Settings,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    excerpts: bool = False,
    on_result: Callable[[FileResult], None] | None = None,
    on_event: OnEvent | None = None,
) -> list[FileResult]:
    """Every input's result, its Document checked by the per-file and the cross-document
    rules: what check, report and fix show (and what extract writes). ``on_result`` hears
    of each file as it is read (a progress bar), before the cross-document rules run;
    ``on_event`` of each OCR page."""
    from .checks import run_batch_checks

    results = []
    outcomes = process(
        inputs, settings, jobs=jobs, scheduler=scheduler, excerpts=excerpts, on_event=on_event
    )
    for result in outcomes:
        results.append(result)
        if on_result is not None:
            on_result(result)
    read = [r for r in results if r.document is not None and r.card is not None]
    documents = [r.document for r in read if r.document is not None]
    run_batch_checks(documents, settings, [r.card for r in read if r.card is not None])
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
    skipped: int = 0,
    links: int = 0,
    xlsx: bool = True,
    on_event: OnEvent | None = None,
    excerpts: bool = False,
) -> BatchSummary:
    """Write ``<name>.json`` per input plus indicators.csv, findings.csv, programs.csv,
    documents.csv, the datapackage.json that describes them, indicators_wide.csv,
    indicators.xlsx and summary.json (and with ``jsonl`` documents.jsonl and findings.jsonl;
    without ``xlsx`` no indicators.xlsx), the CSVs in ``settings.csv_dialect``; remove the
    outputs an earlier run wrote for inputs that are gone. ``skipped``, ``links``: files of
    no supported type and symbolic links not followed, for the summary. ``on_event``
    hears of each OCR page as it is done. ``excerpts``: each result also carries the source
    lines a report shows (FileResult.excerpts), for a report made from the same run.

    The batch files are temp files until every input is done, then renamed into place
    together (``commit_together``): all new, or all as they were.

    Raises OSError when the output cannot be written (what was written stays), and lets
    KeyboardInterrupt through (likewise); the batch files are then discarded.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name in BATCH_FILES:  # refused now, not after the whole batch has run
        if (out / name).is_dir() and not (out / name).is_symlink():
            raise IsADirectoryError(errno.EISDIR, f"Is a directory ({out / name})")
    names = output_names(inputs)
    claim = claim_output(out, settings, names.values())
    force = not claim.same_settings or force
    summary = BatchSummary(skipped=skipped, links=links, lang=settings.lang)
    from .writers.indicators_xlsx import XLSX, IndonesianTables

    files: list[AtomicFile] = []
    spans: list[list[tuple[int, int]]] = []
    results: list[FileResult] = []
    dialect = settings.csv_dialect
    tables = IndonesianTables(out, dialect)
    try:
        for name, columns in _batch_csvs().items():
            files.append(AtomicFile(out / name))
            files[-1].write(BOM + csv_bytes([columns], dialect))
        if jsonl:
            files += [AtomicFile(out / name) for name in JSONL_FILES]

        def task(item: InputFile) -> FileTask:
            output = str(out / names[item.path])
            return FileTask(item, settings, output, force, jsonl, excerpts=excerpts)

        outcomes = _with_copies(
            inputs, settings, task, jobs=jobs, scheduler=scheduler, on_event=on_event
        )
        with closing(outcomes):
            for result in outcomes:
                if result.write_error is not None:
                    code, message = result.write_error
                    raise OSError(code, message)
                spans.append(_append(result, files) if result.ok else [])
                tables.add(result.rows)
                result.rows = type(result.rows)()  # written: not kept for the whole batch
                summary.add(result)
                results.append(result)
                if on_result is not None:
                    on_result(result)
        replacements = _add_cross_findings(results, spans, settings, jsonl, summary)
        for file, replaced in zip(files, replacements, strict=True):
            file.seal(replaced)
        files += tables.finish(files[0].temp_path, xlsx=xlsx)
        summary.removed = finish_output(out, claim)
        from .writers.csv_dialect import DELIMITERS
        from .writers.datapackage import package_json

        files.append(AtomicFile(out / PACKAGE_FILE))
        decimal_char = "," if settings.csv_dialect == "id" else "."
        files[-1].write(
            package_json(
                delimiter=DELIMITERS[dialect], decimal_char=decimal_char, wide_years=tables.years
            )
        )
        files[-1].seal()
        files.append(AtomicFile(out / SUMMARY_FILE))
        files[-1].write(json.dumps(summary.as_dict(), indent=2).encode() + b"\n")
        files[-1].seal()
        commit_together(files)
        if not xlsx:  # an earlier run's would no longer match the CSVs beside it
            (out / XLSX).unlink(missing_ok=True)
    except BaseException:
        for file in files:
            file.abort()
        tables.abort()
        raise
    return summary


def _add_cross_findings(
    results: list[FileResult],
    spans: list[list[tuple[int, int]]],
    settings: Settings,
    jsonl: bool,
    summary: BatchSummary,
) -> list[list[Replacement]]:
    """Run the cross-document rules over the documents read back from their JSON; rewrite
    the JSON of each document they add findings to, and return, per batch file, the new
    bytes of that document's rows (findings.csv, and with ``jsonl`` its JSON Lines)."""
    from .checks import cross_findings, with_findings
    from .pairing import plan
    from .writers.csv_out import finding_rows
    from .writers.json_out import document_json

    names = [*CSV_FILES, *(JSONL_FILES if jsonl else ())]  # the order of the batch files
    replacements: list[list[Replacement]] = [[] for _ in names]

    def replace(index: int, name: str, data: bytes) -> None:
        """Documents come in input order: two with no rows have the same empty span, and
        their new rows land in that order."""
        at = names.index(name)
        replacements[at].append((spans[index][at], data))

    loaded: OrderedDict[int, tuple[Document, bytes]] = OrderedDict()

    def read(index: int) -> tuple[Document, bytes]:
        """The document (own findings only) and the bytes of its JSON, kept for a while."""
        if index not in loaded:
            loaded[index] = read_output(results[index].output or "")
            if len(loaded) > 64:
                loaded.popitem(last=False)
        loaded.move_to_end(index)
        return loaded[index]

    cards = [result.card for result in results]
    added = cross_findings(
        plan(cards, settings.preferred_versions), cards, lambda i: read(i)[0], settings
    )
    stale = {i for i, result in enumerate(results) if result.reused_cross}
    for index in sorted(stale | set(added)):
        findings = added.get(index, [])
        document, written = read(index)
        loaded.pop(index)
        document.findings = with_findings(document.findings, findings)
        data = document_json(document)
        if data != written:  # a re-run that finds the same leaves the file as it was
            atomic_write_bytes(results[index].output or "", data)
        summary.count((f.rule, f.severity) for f in findings)
        replace(index, "findings.csv", csv_bytes(finding_rows(document), settings.csv_dialect))
        if jsonl:
            from .job import jsonl_bytes

            line, finding_lines = jsonl_bytes(document)
            replace(index, "documents.jsonl", line)
            replace(index, "findings.jsonl", finding_lines)
    return replacements


def read_output(path: str) -> tuple[Document, bytes]:
    """A document this batch wrote, with its own findings only, and the bytes read."""
    from renstra.schemas import Document

    from .checks import per_document

    with open(path, "rb") as handle:
        data = handle.read()
    document = Document.model_validate_json(data)
    document.findings = per_document(document.findings)
    return document, data


def _batch_csvs() -> dict[str, list[str]]:
    from .writers.csv_out import CSV_COLUMNS

    return {name: CSV_COLUMNS[name] for name in CSV_FILES}


def _append(result: FileResult, files: list[AtomicFile]) -> list[tuple[int, int]]:
    """Write the result's rows to the batch files (CSV_FILES, then JSONL_FILES where
    written); where each landed, (start, end)."""
    rows = result.rows
    pieces = [rows.indicator_csv, rows.finding_csv, rows.program_csv, rows.document_csv,
              rows.jsonl_document, rows.jsonl_findings]  # fmt: skip
    spans = []
    for file, data in zip(files, pieces, strict=False):
        start = file.size
        file.write(data)
        spans.append((start, start + len(data)))
    return spans
