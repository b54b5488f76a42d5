"""`renstra report`: the findings as a page (html) or a workbook (xlsx) people read."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..printable import one_line
from .app import Paths, app, checked, error
from .options import (
    NO_OPTIONS,
    ConfigOptions,
    FollowLinks,
    Jobs,
    Quiet,
    SettingsCommand,
    with_config,
)


class OutputFormat(str, Enum):
    html = "html"
    xlsx = "xlsx"


EXTENSIONS = {".html": OutputFormat.html, ".htm": OutputFormat.html, ".xlsx": OutputFormat.xlsx}
"""The format each file name extension of -o asks for."""


def report_target(output: Path | None, fmt: OutputFormat | None) -> tuple[Path, OutputFormat] | str:
    """The file to write and its format: from -o's extension, or --format, or html; a
    reason (one line) when they disagree or the extension is none of ours."""
    if output is None:
        chosen = fmt or OutputFormat.html
        return Path(f"report.{chosen.value}"), chosen
    named = EXTENSIONS.get(output.suffix.lower())
    if named is None:
        wanted = ", ".join(EXTENSIONS)
        return f"{output}: a report is written as {wanted}; name the file with one of them"
    if fmt is not None and fmt is not named:
        return f"{output}: the name says {named.value}, --format says {fmt.value}"
    return output, named


@app.command(cls=SettingsCommand)
@with_config
def report(
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write; its extension (.html, .xlsx) gives the format. "
            "[default: report.html, or report.xlsx with --format xlsx]",
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option("--format", help="Report format [default: from -o, else html]."),
    ] = None,
    quiet: Quiet = False,
    jobs: Jobs = None,
    follow_links: FollowLinks = False,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Write one report for every file: a self-contained HTML page (indicator tables,
    findings with source excerpts) or an Excel workbook (Indikator and Temuan sheets).
    A file that cannot be read shows as failed. Exit 0 when written, 2 on usage errors,
    when no file could be read, or when the report cannot be written."""
    settings = options.settings()
    chosen = report_target(output, fmt)
    if isinstance(chosen, str):
        error(chosen)
        raise typer.Exit(2)
    target, fmt = chosen
    from ..writers.atomic import atomic_write_bytes

    results = checked(
        paths,
        settings,
        jobs=jobs,
        excerpts=fmt is OutputFormat.html,
        follow_links=follow_links,
        progress=None if quiet else "report",
    )
    if fmt is OutputFormat.xlsx:
        from ..report_xlsx import render_xlsx

        data = render_xlsx(results, lang=settings.lang)
    else:
        from ..report_html import render_html

        data = render_html(results, lang=settings.lang).encode("utf-8")
    try:
        atomic_write_bytes(target, data)
    except OSError as e:
        error(f"cannot write {target}: {e.strerror or e}")
        raise typer.Exit(2) from e
    if not quiet:
        typer.echo(f"wrote {one_line(str(target))}", err=True)
    raise typer.Exit(2 if all(r.error is not None for r in results) else 0)
