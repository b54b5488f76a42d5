"""`renstra report`: the findings as a page (html) or a workbook (xlsx) people read."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .app import Paths, app, checked, error
from .options import NO_OPTIONS, ConfigOptions, with_config


class OutputFormat(str, Enum):
    html = "html"
    xlsx = "xlsx"


@app.command()
@with_config
def report(
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write.  [default: report.html or report.xlsx]"
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", help="Report format.")
    ] = OutputFormat.html,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Write one report for every file: a self-contained HTML page (indicator tables,
    findings with source excerpts) or an Excel workbook (Indikator and Temuan sheets).
    A file that cannot be read shows as failed. Exit 0 when written, 2 on usage errors,
    when no file could be read, or when the report cannot be written."""
    settings = options.settings()
    from ..writers.atomic import atomic_write_bytes

    results = checked(paths, settings, excerpts=fmt is OutputFormat.html)
    target = output or Path(f"report.{fmt.value}")
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
    typer.echo(f"wrote {target}", err=True)
    raise typer.Exit(2 if all(r.error is not None for r in results) else 0)
