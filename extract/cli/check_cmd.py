"""`renstra check`: findings for people (text) or programs (json)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import FailOn, Paths, ReportFormat, app, checked, error
from .options import NO_OPTIONS, ConfigOptions, with_config


@app.command()
@with_config
def check(
    paths: Paths,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding reaches this severity.")
    ] = FailOn.error,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="Report format.")
    ] = ReportFormat.text,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            min=0,
            metavar="N",
            help="Show at most N findings per file (stats count all).",
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="A previous `check --format json` report: show only findings not in it.",
            metavar="FILE",
        ),
    ] = None,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Check files and report every finding. Exit 0 when none reaches --fail-on, 1 when one
    does, 2 on usage, configuration or read errors."""
    settings = options.settings()
    from ..baseline import BaselineError, apply_baseline, load_baseline
    from ..report import build_report, exit_code, render_text

    known = None
    if baseline is not None:
        try:
            known = load_baseline(str(baseline))
        except BaselineError as e:
            error(str(e))
            raise typer.Exit(2) from e
    results = checked(paths, settings)
    dropped: dict[str, int] = {}
    if known is not None:
        results, dropped = apply_baseline(results, known)
    if fmt is ReportFormat.json:
        report = build_report(results, limit=limit, baselined=dropped, lang=settings.lang)
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        render_text(results, limit=limit, baselined=dropped, lang=settings.lang)
    raise typer.Exit(exit_code(results, fail_on.value))
