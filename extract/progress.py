"""A progress bar on stderr for long batches (files done, failures, rate)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[..., None]


@contextmanager
def progress_bar(total: int, *, enabled: bool, label: str = "extract") -> Iterator[Advance]:
    """Yield ``advance(failed=False, message=None)``. Error messages print above the bar
    (or plainly when stderr is not a terminal, where no bar is drawn); ``label`` names the
    command at the bar's left."""
    from rich.console import Console

    console = Console(stderr=True, highlight=False)
    if not (enabled and console.is_terminal):

        def plain(failed: bool = False, message: str | None = None) -> None:
            if message:
                console.print(message, markup=False, soft_wrap=True)

        yield plain
        return

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    failures = done = 0
    start = time.monotonic()
    with Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task(label, total=total, failed=0, rate="")

        def advance(failed: bool = False, message: str | None = None) -> None:
            nonlocal failures, done
            if message:
                console.print(message, markup=False, soft_wrap=True)
            failures += int(failed)
            done += 1
            elapsed = time.monotonic() - start
            rate = f"{done / elapsed:7.1f} files/s" if elapsed > 0.5 else ""
            progress.update(task, advance=1, failed=failures, rate=rate)

        yield advance
