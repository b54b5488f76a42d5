"""Batches: one folder per job under the server's temp root, their state, the thread
that runs them one at a time, and the sweeper that deletes them ``keep_s`` after they end.

A job's id is ``secrets.token_urlsafe(16)`` (128 random bits) and the only way to a job:
``get`` looks it up in the store's dict, and ``path(job_id, name)`` answers only for a
name in the job's own ``outputs`` (the files its batch wrote), so no id or name from a
request ever becomes a path by itself. An expired, deleted or never-made id is simply not
there (the API answers 404 to all three alike).

Layout: ``<root>/<id>/in/`` holds the uploads (see ``uploads``), ``<root>/<id>/out/`` what
`renstra extract` writes for them, plus ``report.html`` (``renstra report``'s page, from the
same results: no file is parsed twice) and ``outputs.zip`` (every output).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import secrets
import shutil
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from renstra.schemas import Settings

    from ..result import FileResult
    from ..work_events import WorkEvent

log = logging.getLogger(__name__)

State = Literal["queued", "running", "done", "failed"]
REPORT_FILE = "report.html"
ZIP_FILE = "outputs.zip"
INPUTS = "in"
OUTPUTS = "out"
SCRATCH = "documents"
"""The root's folder for single documents' uploads; no job id has this name (ids are 22
characters)."""


@dataclass
class Job:
    """One batch. Read its fields through ``JobStore.snapshot`` (under the store's lock):
    the runner thread updates them as files finish."""

    id: str
    folder: Path
    created: float = field(default_factory=time.time)
    state: State = "queued"
    names: list[str] = field(default_factory=list)
    """The uploads' safe names, in the order sent."""
    done: int = 0
    """Files read so far (failed ones included)."""
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    """(name, error code, reason in the batch's language) of each file not read."""
    ocr_pages: int = 0
    """Pages read by OCR so far (each counted as it is done)."""
    findings: int = 0
    """Findings of the whole batch (cross-document ones included), once done."""
    finished: float | None = None
    outputs: list[str] = field(default_factory=list)
    """The files the batch wrote (names in ``out/``), once done: the only names
    ``JobStore.path`` serves."""
    error: str | None = None
    """Why the batch itself failed (state ``failed``): not a file's error."""
    settings: Settings | None = None
    deleted: bool = False

    @property
    def inputs_folder(self) -> Path:
        return self.folder / INPUTS

    @property
    def outputs_folder(self) -> Path:
        return self.folder / OUTPUTS


class StoreFull(Exception):
    """``JobStore.open`` past ``max_jobs``: the API answers 429, the page says to wait."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class JobStore:
    """The batches of one server process; ``close`` deletes them all.

    ``run_batch`` is what the runner thread calls for each job (``JobStore.run_batch`` by
    default: tests and the distributed path pass the same); ``workers`` and ``scheduler``
    go to ``extract_to``. ``max_jobs``: jobs held at once, opened ones included (None: no
    cap); ``open`` raises StoreFull past it.
    """

    def __init__(
        self,
        *,
        keep_s: float,
        workers: int = 1,
        scheduler: str | None = None,
        root: str | None = None,
        sweep_every_s: float | None = None,
        clock: Callable[[], float] = time.time,
        max_jobs: int | None = None,
    ) -> None:
        self.max_jobs = max_jobs
        self._opened = 0
        """Jobs opened and not yet submitted or discarded (their uploads coming in)."""
        self.root = Path(root or tempfile.mkdtemp(prefix="renstra-serve-"))
        self.keep_s = keep_s
        self.workers = workers
        self.scheduler = scheduler
        self.clock = clock
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._stop = threading.Event()
        self._runner = threading.Thread(target=self._run, name="renstra-batches", daemon=True)
        self._runner.start()
        every = sweep_every_s if sweep_every_s is not None else min(60.0, max(1.0, keep_s / 4))
        self._sweeper = threading.Thread(
            target=self._sweep_loop, args=(every,), name="renstra-sweeper", daemon=True
        )
        self._sweeper.start()

    # ------------------------------------------------------------------ making jobs

    def open(self) -> Job:
        """A new job's folder, not yet listed: ``submit`` it once its uploads are in, or
        ``discard`` it. Raises StoreFull when ``max_jobs`` are held already."""
        with self._lock:
            if self.max_jobs is not None and len(self._jobs) + self._opened >= self.max_jobs:
                raise StoreFull(self.max_jobs)
            self._opened += 1
        job_id = secrets.token_urlsafe(16)
        folder = self.root / job_id
        (folder / INPUTS).mkdir(parents=True)
        (folder / OUTPUTS).mkdir()
        return Job(id=job_id, folder=folder, created=self.clock())

    @contextlib.contextmanager
    def scratch(self) -> Iterator[Path]:
        """A folder of its own for one request's upload (``POST /v1/documents``), deleted
        when the request ends."""
        folder = self.root / SCRATCH / secrets.token_urlsafe(16)
        folder.mkdir(parents=True)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def discard(self, job: Job) -> None:
        with self._lock:
            self._opened -= 1
        shutil.rmtree(job.folder, ignore_errors=True)

    def submit(self, job: Job, names: list[str], settings: Settings) -> None:
        """List ``job`` (its uploads ``names`` in ``in/``) and queue it for the runner."""
        job.names = list(names)
        job.settings = settings
        with self._lock:
            self._opened -= 1
            self._jobs[job.id] = job
        self._queue.put(job)

    # ------------------------------------------------------------------ reading jobs

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def snapshot(self, job_id: str) -> dict[str, object] | None:
        """A copy of the job's public fields, consistent (taken under the lock); None for
        an unknown id."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                return None
            return {
                "id": job.id,
                "state": job.state,
                "names": list(job.names),
                "total": len(job.names),
                "done": job.done,
                "failed": list(job.failed),
                "ocr_pages": job.ocr_pages,
                "findings": job.findings,
                "created": job.created,
                "finished": job.finished,
                "outputs": list(job.outputs),
                "error": job.error,
            }

    def path(self, job_id: str, name: str) -> Path | None:
        """The file of output ``name`` of job ``job_id``, only if the batch wrote it."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or name not in job.outputs:
                return None
            return job.outputs_folder / name

    def __len__(self) -> int:
        with self._lock:
            return len(self._jobs)

    # ------------------------------------------------------------------ removing jobs

    def delete(self, job_id: str) -> bool:
        """Forget the job and delete its folder (a running one's when its batch ends);
        False for an unknown id."""
        with self._lock:
            job = self._jobs.pop(job_id, None)
            if job is None:
                return False
            job.deleted = True
            running = job.state == "running"
        if not running:
            shutil.rmtree(job.folder, ignore_errors=True)
        return True

    def sweep(self, now: float | None = None) -> list[str]:
        """Delete the jobs that finished ``keep_s`` or more before ``now``; their ids."""
        now = self.clock() if now is None else now
        with self._lock:
            old = [
                job
                for job in self._jobs.values()
                if job.finished is not None and job.finished + self.keep_s <= now
            ]
            for job in old:
                del self._jobs[job.id]
                job.deleted = True
        for job in old:
            shutil.rmtree(job.folder, ignore_errors=True)
        return [job.id for job in old]

    def close(self) -> None:
        """Stop the threads (a running batch ends first) and delete the root."""
        self._stop.set()
        self._queue.put(None)
        self._runner.join(timeout=60)
        self._sweeper.join(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)

    def _sweep_loop(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                self.sweep()
            except Exception:  # a sweep that failed is tried again next time
                log.exception("sweeping the batch folders failed")

    # ------------------------------------------------------------------ running jobs

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None or self._stop.is_set():
                return
            if job.deleted:
                continue
            with self._lock:
                job.state = "running"
            try:
                self.run_batch(job)
            except BaseException as e:  # the batch, not a file: the server goes on
                log.exception("batch %s failed", job.id)
                with self._lock:
                    job.state = "failed"
                    job.error = str(e)[:300] or type(e).__name__
                    job.finished = self.clock()
            if job.deleted:
                shutil.rmtree(job.folder, ignore_errors=True)

    def run_batch(self, job: Job) -> None:
        """`renstra extract` over the job's uploads into ``out/``, then the HTML report
        and the zip; the job's counts follow each file."""
        from ..batch import extract_to
        from ..inputs import InputFile

        assert job.settings is not None
        settings = job.settings
        folder = job.inputs_folder
        inputs = [InputFile(str(folder / name), name, shown=name) for name in job.names]
        results: list[FileResult] = []

        def progress(result: FileResult) -> None:
            results.append(result)
            with self._lock:
                job.done += 1
                if result.error is not None:
                    reason = result.error.reason_in(settings.lang)
                    job.failed.append((result.path, result.error.code, reason))

        def page_read(event: WorkEvent) -> None:
            with self._lock:
                job.ocr_pages += 1

        out = job.outputs_folder
        summary = extract_to(
            inputs, out, settings, on_result=progress, jobs=self.workers,
            scheduler=self.scheduler, on_event=page_read, excerpts=True,
        )  # fmt: skip
        write_report(results, out / REPORT_FILE, settings)
        names = output_files(out)
        write_zip(out, names, out / ZIP_FILE)
        with self._lock:
            job.findings = sum(summary.findings_by_severity.values())
            job.outputs = [*names, ZIP_FILE]
            job.state = "done"
            job.finished = self.clock()


def output_files(out: Path) -> list[str]:
    """The files a batch wrote in ``out`` (its run state left out), sorted; a link is
    never listed."""
    from ..resume import RUN_FILE

    return sorted(
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and not p.is_symlink() and p.name != RUN_FILE and p.name != ZIP_FILE
    )


def write_report(results: list[FileResult], target: Path, settings: Settings) -> None:
    """``renstra report``'s page for a batch `extract_to` wrote: each document is read back
    from its JSON (cross-document findings included); the source lines its excerpts show
    were cut by the workers while they parsed (``extract_to(excerpts=True)``)."""
    from renstra.schemas import Document

    from ..report_html import render_html
    from ..writers.atomic import atomic_write_bytes

    for result in results:
        if result.output is not None and result.document is None:
            with open(result.output, "rb") as handle:
                result.document = Document.model_validate_json(handle.read())
    html = render_html(results, lang=settings.lang, settings=settings)
    atomic_write_bytes(target, html.encode("utf-8"))


def write_zip(out: Path, names: list[str], target: Path) -> None:
    """Every output in one zip (deflated), the names as in ``out``."""
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.write(out / name, name)
    partial.replace(target)
