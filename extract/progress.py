"""A progress bar on stderr for long batches (files done, failures, OCR pages, rate)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from renstra.schemas import Lang

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from .work_events import WorkEvent


class Bar:
    """What a batch tells its progress bar: ``bar(failed=False, message=None)`` when a file
    is done, ``bar.event(e)`` when one of its OCR pages is. Messages print above the bar,
    or plainly where no bar is drawn (stderr not a terminal, or ``--quiet``)."""

    def __init__(self, console: Console, lang: Lang) -> None:
        self.console = console
        self.lang = lang
        self.files = self.failures = self.ocr_pages = 0
        self.start = time.monotonic()
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, failed: bool = False, message: str | None = None) -> None:
        if message:
            self.console.print(message, markup=False, soft_wrap=True)
        self.files += 1
        self.failures += int(failed)
        self._draw(advance=1)

    def event(self, event: WorkEvent) -> None:
        """An OCR page was done: a scanned file can take minutes, so the bar moves by page."""
        self.ocr_pages += 1
        self._draw(advance=0)

    def fields(self) -> tuple[str, str, str]:
        """What the bar says of failures, OCR pages and the rate."""
        from .messages import msg, render

        elapsed = time.monotonic() - self.start
        rate = f"{self.files / elapsed:7.1f}" if self.files and elapsed > 0.5 else ""
        ocr = msg("progress.ocr-pages", count=self.ocr_pages) if self.ocr_pages else ""
        return (
            render(msg("progress.failed", count=self.failures), self.lang),
            render(ocr, self.lang) if ocr else "",
            render(msg("progress.rate", rate=rate), self.lang) if rate else "",
        )

    def _draw(self, advance: int) -> None:
        if self.progress is not None and self.task is not None:
            failed, ocr, rate = self.fields()
            self.progress.update(self.task, advance=advance, failed=failed, ocr=ocr, rate=rate)


@contextmanager
def progress_bar(
    total: int, *, enabled: bool, label: str = "extract", lang: Lang = "id"
) -> Iterator[Bar]:
    """Yield the Bar of ``total`` files; ``label`` names the command at the bar's left."""
    from rich.console import Console

    console = Console(stderr=True, highlight=False)
    bar = Bar(console, lang)
    if not (enabled and console.is_terminal):
        yield bar
        return

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]}"),
        TextColumn("{task.fields[ocr]}"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        bar.progress = progress
        failed, ocr, rate = bar.fields()
        bar.task = progress.add_task(label, total=total, failed=failed, ocr=ocr, rate=rate)
        yield bar
