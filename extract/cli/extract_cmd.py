"""`renstra extract`: many files in, JSON and CSV out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import Paths, app, collect, error

if TYPE_CHECKING:
    from ..batch import FileResult


@app.command()
def extract(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the JSON and CSV outputs.")
    ] = Path("output"),
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Extract every file to OUTPUT/<name>.json, plus indicators.csv, findings.csv and
    summary.json for the batch. Exit 0 when every file was read, 2 when one was not."""
    import json

    from renstra.schemas import Settings

    from ..batch import extract_to
    from ..progress import progress_bar
    from ..writers.atomic import atomic_write_bytes

    inputs, skipped = collect(paths)
    with progress_bar(len(inputs), enabled=not quiet) as advance:

        def report(result: FileResult) -> None:
            if result.error is not None:
                advance(failed=True, message=f"renstra: error: {result.error}")
            else:
                advance()

        try:
            summary = extract_to(inputs, output, Settings(), on_result=report)
        except OSError as e:
            error(f"cannot write to {output}: {e.strerror or e}")
            raise typer.Exit(2) from e
    summary.skipped = skipped
    atomic_write_bytes(
        output / "summary.json", json.dumps(summary.as_dict(), indent=2).encode() + b"\n"
    )
    if not quiet:
        found = sum(summary.findings_by_severity.values())
        typer.echo(
            f"{summary.files} file(s): {summary.ok} extracted, {len(summary.failed)} failed"
            f"{f', {skipped} skipped (unsupported type)' if skipped else ''}; "
            f"{found} finding(s) -> {output}/",
            err=True,
        )
    if summary.failed:
        raise typer.Exit(2)
