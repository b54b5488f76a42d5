"""`renstra check`: findings for people (text) or programs (json)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .app import FailOn, Paths, ReportFormat, app, collect, error


@app.command()
def check(
    paths: Paths,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding reaches this severity.")
    ] = FailOn.error,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="Report format.")
    ] = ReportFormat.text,
) -> None:
    """Check files and report every finding. Exit 0 when none reaches --fail-on, 1 when one
    does, 2 on usage or read errors."""
    from renstra.schemas import Settings

    from ..batch import process
    from ..report import build_report, exit_code, render_text

    inputs, _ = collect(paths)
    results = list(process(inputs, Settings()))
    for result in results:
        if result.error is not None:
            error(str(result.error))
    report = build_report(results)
    if fmt is ReportFormat.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        render_text(results)
    raise typer.Exit(exit_code(results, fail_on.value))
