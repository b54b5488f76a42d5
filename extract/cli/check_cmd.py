"""`renstra check`: findings for people (text) or programs (json)."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Annotated

import typer

from .app import FailOn, Paths, ReportFormat, app, checked, error
from .options import (
    NO_OPTIONS,
    ConfigOptions,
    FollowLinks,
    Jobs,
    Quiet,
    SettingsCommand,
    with_config,
)


@app.command(cls=SettingsCommand)
@with_config
def check(
    paths: Paths,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding reaches this severity.")
    ] = FailOn.error,
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            help="text: a table per file; json: a validation report; concise: one line per "
            "finding (path:line:col: severity rule: message) and a totals line, for grep "
            "and editors; github: GitHub Actions annotations.",
        ),
    ] = ReportFormat.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file, not stdout."),
    ] = None,
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
    quiet: Quiet = False,
    jobs: Jobs = None,
    follow_links: FollowLinks = False,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Check files and report every finding. Exit 0 when none reaches --fail-on, 1 when one
    does, 2 on usage, configuration or read errors. With --quiet only the exit status (and
    the -o file) says it."""
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
    results = checked(paths, settings, jobs=jobs, follow_links=follow_links)
    dropped: dict[str, int] = {}
    if known is not None:
        results, dropped = apply_baseline(results, known)

    def render() -> None:
        if fmt is ReportFormat.json:
            report = build_report(results, limit=limit, baselined=dropped, lang=settings.lang)
            sys.stdout.write(report.model_dump_json(indent=2) + "\n")
        elif fmt in (ReportFormat.concise, ReportFormat.github):
            from ..report_lines import render_lines

            render_lines(results, fmt.value, limit=limit, lang=settings.lang)  # type: ignore[arg-type]
        else:
            render_text(results, limit=limit, baselined=dropped, lang=settings.lang)

    _emit(render, output, quiet)
    raise typer.Exit(exit_code(results, fail_on.value))


def _emit(render: Callable[[], None], output: Path | None, quiet: bool) -> None:
    """What ``render`` prints, on stdout (unless ``quiet``) or into ``output``."""
    if output is None:
        if not quiet:
            render()
        return
    from ..writers.atomic import atomic_write_bytes

    buffer = io.StringIO()
    with redirect_stdout(buffer):
        render()
    try:
        atomic_write_bytes(output, buffer.getvalue().encode("utf-8"))
    except OSError as e:
        error(f"cannot write {output}: {e.strerror or e}")
        raise typer.Exit(2) from e
