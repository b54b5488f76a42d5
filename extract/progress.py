"""A progress bar on stderr for long batches (files done, failures, rate)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[..., None]


@contextmanager
def progress_bar(total: int, *, enabled: bool) -> Iterator[Advance]:
    """Yield ``advance(failed=False, message=None)``. Error messages print above the bar
    (or plainly when stderr is not a terminal, where no bar is drawn)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True, highlight=False)
    show = enabled and console.is_terminal
    failures = 0
    with Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        disable=not show,
        transient=False,
    ) as progress:
        task = progress.add_task("extract", total=total, failed=0, rate="")

        def advance(failed: bool = False, message: str | None = None) -> None:
            nonlocal failures
            if message:
                console.print(message, markup=False, soft_wrap=True)
            failures += int(failed)
            speed = progress.tasks[0].speed
            rate = f"{speed:6.1f} files/s" if speed else ""
            progress.update(task, advance=1, failed=failures, rate=rate)

        yield advance
