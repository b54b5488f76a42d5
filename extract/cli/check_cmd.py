"""`renstra check`: findings for people (text, concise), programs (json) and CI (sarif,
junit, github)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import FailOn, Paths, ReportFormat, app, baseline_or_exit, checked, error
from .options import (
    NO_OPTIONS,
    ConfigOptions,
    FollowLinks,
    Jobs,
    Quiet,
    SettingsCommand,
    with_config,
)
from .texts import say

if TYPE_CHECKING:
    from ..messages import Lang
    from ..result import FileResult

SUFFIX_FORMATS = {
    ".json": ReportFormat.json,
    ".sarif": ReportFormat.sarif,
    ".xml": ReportFormat.junit,
}
"""The format an -o file's extension asks for when --output-format is not given."""

STATISTICS_FORMATS = (ReportFormat.text, ReportFormat.concise, ReportFormat.json)


def chosen_format(fmt: ReportFormat | None, output: Path | None) -> ReportFormat:
    """--output-format, else what -o's extension names, else the table on a terminal and
    one line per finding anywhere else (a pipe, a file, CI)."""
    if fmt is not None:
        return fmt
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), ReportFormat.concise)
    return ReportFormat.text if sys.stdout.isatty() else ReportFormat.concise


@app.command(cls=SettingsCommand)
@with_config
def check(
    paths: Paths,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding reaches this severity.")
    ] = FailOn.error,
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--output-format",
            "--format",
            help="text: a table per file; concise: one line per finding (path:line: "
            "severity rule: message), for grep and editors; json: renstra's validation "
            "report (`renstra schema --kind report`); sarif: SARIF 2.1.0 for code scanning; "
            "junit: JUnit XML for CI test reports; github: GitHub Actions annotations. "
            "[default: from -o's extension (.json, .sarif, .xml), else text on a terminal "
            "and concise elsewhere]",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file, not stdout."),
    ] = None,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics",
            help="Print how many findings each rule raised (most first) and the totals, "
            "not the findings (with text, concise or json).",
        ),
    ] = False,
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
            help="A previous `check --output-format json` report: show only findings not in it.",
            metavar="FILE",
        ),
    ] = None,
    quiet: Quiet = False,
    jobs: Jobs = None,
    follow_links: FollowLinks = False,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Check files and report every finding, then a totals line. Exit 0 when none reaches
    --fail-on, 1 when one does, 2 on usage, configuration or read errors. With --quiet only
    the exit status (and the -o file) says it; no progress bar is drawn."""
    settings = options.settings()
    chosen = chosen_format(fmt, output)
    if statistics and chosen not in STATISTICS_FORMATS:
        names = ", ".join(f.value for f in STATISTICS_FORMATS)
        error(say("cli.check.statistics-format", settings.lang, names=names, chosen=chosen.value))
        raise typer.Exit(2)
    from ..baseline import apply_baseline
    from ..report import exit_code

    known = baseline_or_exit(baseline)
    results = checked(
        paths, settings, jobs=jobs, follow_links=follow_links, progress=None if quiet else "check"
    )
    dropped: dict[str, int] = {}
    if known is not None:
        results, dropped = apply_baseline(results, known)

    def render() -> None:
        if statistics:
            _statistics(results, chosen, settings.lang)
        else:
            _findings(results, chosen, limit, dropped, known is not None, fail_on, settings.lang)

    _emit(render, output, quiet, settings.lang)
    raise typer.Exit(exit_code(results, fail_on.value))


def _findings(
    results: list[FileResult],
    fmt: ReportFormat,
    limit: int | None,
    dropped: dict[str, int],
    baselined: bool,
    fail_on: FailOn,
    lang: Lang,
) -> None:
    out = sys.stdout
    if fmt is ReportFormat.json:
        from ..report import build_report

        report = build_report(results, limit=limit, baselined=dropped, lang=lang)
        out.write(report.model_dump_json(indent=2) + "\n")
    elif fmt is ReportFormat.sarif:
        from ..report_sarif import sarif_log

        log = sarif_log(results, limit=limit, lang=lang, baselined=baselined)
        out.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")
    elif fmt is ReportFormat.junit:
        from ..report_junit import junit_xml

        out.write(junit_xml(results, fail_on=fail_on.value, limit=limit, lang=lang).decode())
    elif fmt in (ReportFormat.concise, ReportFormat.github):
        from ..report_lines import render_lines

        render_lines(results, fmt.value, limit=limit, lang=lang)  # type: ignore[arg-type]
    else:
        from ..report import render_text

        render_text(results, limit=limit, baselined=dropped, lang=lang)


def _statistics(results: list[FileResult], fmt: ReportFormat, lang: Lang) -> None:
    from ..report_statistics import render_statistics, statistics_json

    if fmt is ReportFormat.json:
        rows = statistics_json(results, lang)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        render_statistics(results, lang)


def _emit(render: Callable[[], None], output: Path | None, quiet: bool, lang: Lang) -> None:
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
        error(say("cli.cannot-write", lang, target=output, reason=e.strerror or e))
        raise typer.Exit(2) from e
