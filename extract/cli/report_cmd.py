"""`renstra report`: the findings as a page (html) or a workbook (xlsx) people read."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..printable import one_line
from .app import Paths, app, baseline_or_exit, checked, error
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
    from renstra.schemas import Lang

    from ..result import FileResult


class OutputFormat(str, Enum):
    html = "html"
    xlsx = "xlsx"
    workbook = "workbook"


class SplitBy(str, Enum):
    organization = "organization"


EXTENSIONS = {".html": OutputFormat.html, ".htm": OutputFormat.html, ".xlsx": OutputFormat.xlsx}
"""The format each file name extension of -o asks for."""
WORKBOOK_FOLDER = "workbooks"


def report_target(
    output: Path | None, fmt: OutputFormat | None, lang: Lang = "id"
) -> tuple[Path, OutputFormat] | str:
    """The file to write and its format: from -o's extension, or --format, or html; a
    reason (one line) when they disagree or the extension is none of ours."""
    if fmt is OutputFormat.workbook:  # a folder of workbooks, or one workbook (.xlsx)
        return output or Path(WORKBOOK_FOLDER), fmt
    if output is None:
        chosen = fmt or OutputFormat.html
        return Path(f"report.{chosen.value}"), chosen
    named = EXTENSIONS.get(output.suffix.lower())
    if named is None:
        wanted = ", ".join(EXTENSIONS)
        return say("cli.report.unknown-extension", lang, output=output, wanted=wanted)
    if fmt is not None and fmt is not named:
        return say("cli.report.disagree", lang, output=output, named=named.value, fmt=fmt.value)
    return output, named


def split_target(output: Path | None, fmt: OutputFormat | None, lang: Lang = "id") -> Path | str:
    """The folder ``--split-by`` writes (index.html and one page per OPD): -o, else
    ``report``; a reason (one line) when -o names a file or --format asks for xlsx."""
    if fmt is not None and fmt is not OutputFormat.html:
        return say("cli.report.split-format", lang, fmt=fmt.value)
    if output is None:
        return Path("report")
    if output.suffix.lower() in EXTENSIONS:
        return say("cli.report.split-file", lang, output=output)
    return output


@app.command(cls=SettingsCommand)
@with_config
def report(
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write; its extension (.html, .xlsx) gives the format. With "
            "--format workbook: a folder, one workbook per document, or a .xlsx file, one "
            "sheet per document. [default: report.html, report.xlsx with --format xlsx, "
            "workbooks/ with --format workbook]",
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            help="Report format: html, xlsx, or workbook (each Renstra as the standard "
            "table T-C.25 and each IKU as the IKU matrix, findings marked, for the OPD to "
            "correct and resubmit) [default: from -o, else html].",
        ),
    ] = None,
    split_by: Annotated[
        SplitBy | None,
        typer.Option(
            "--split-by",
            help="Write one HTML page per OPD (organization) and an index.html linking them "
            "into the folder -o names [default folder: report].",
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="A previous `check --format json` report: mark the findings not in it as "
            "new, with a 'new only' filter (HTML).",
            metavar="FILE",
        ),
    ] = None,
    quiet: Quiet = False,
    jobs: Jobs = None,
    follow_links: FollowLinks = False,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Write one report for every file: a self-contained HTML page (indicator tables,
    findings with source excerpts), an Excel workbook (Indikator and Temuan sheets, printable
    on A4 landscape), or the standard workbooks (--format workbook: T-C.25 for a Renstra, the
    IKU matrix for an IKU; other kinds have no standard table and are listed as left out).
    A file that cannot be read shows as failed. The page shows its date, version and
    settings; --baseline marks what is new since it. Exit 0 when written, 2 on usage
    errors, when no file could be read, or when the report cannot be written."""
    settings = options.settings()
    lang = settings.lang
    chosen = split_target(output, fmt, lang) if split_by else report_target(output, fmt, lang)
    if isinstance(chosen, str):
        error(chosen)
        raise typer.Exit(2)
    target, fmt = (chosen, OutputFormat.html) if isinstance(chosen, Path) else chosen
    if baseline is not None and fmt is not OutputFormat.html:
        error(say("cli.report.baseline-format", lang, fmt=fmt.value))
        raise typer.Exit(2)
    from ..writers.atomic import atomic_write_bytes

    known = baseline_or_exit(baseline)

    results = checked(
        paths,
        settings,
        jobs=jobs,
        excerpts=fmt is OutputFormat.html,
        follow_links=follow_links,
        progress=None if quiet else "report",
    )
    if fmt is OutputFormat.workbook:
        _write_workbooks(results, target, settings.lang, quiet=quiet)
        raise typer.Exit(2 if all(r.error is not None for r in results) else 0)
    named = str(baseline) if baseline else None
    files: dict[Path, bytes]
    if split_by:
        from ..report_html_split import render_split

        pages = render_split(
            results, lang=settings.lang, settings=settings, baseline=known, baseline_name=named
        )
        files = {target / name: html.encode("utf-8") for name, html in pages.items()}
    elif fmt is OutputFormat.xlsx:
        from ..report_xlsx import render_xlsx

        files = {target: render_xlsx(results, lang=settings.lang)}
    else:
        from ..report_html import render_html

        html = render_html(
            results, lang=settings.lang, settings=settings, baseline=known, baseline_name=named
        )
        files = {target: html.encode("utf-8")}
    try:
        for path, data in files.items():
            atomic_write_bytes(path, data)
    except OSError as e:
        error(say("cli.cannot-write", lang, target=path, reason=e.strerror or e))
        raise typer.Exit(2) from e
    if not quiet:
        if split_by:
            shown = one_line(str(target / "index.html"))
            said = say("cli.report.wrote-split", lang, target=shown, count=len(files) - 1)
        else:
            said = say("cli.wrote", lang, target=one_line(str(target)))
        typer.echo(said, err=True)
    raise typer.Exit(2 if all(r.error is not None for r in results) else 0)


def _write_workbooks(results: list[FileResult], target: Path, lang: Lang, *, quiet: bool) -> None:
    """The standard workbooks: one .xlsx with a sheet per document when ``target`` names
    one, else a folder with a workbook per document."""
    from ..standard_workbook import LAYOUTS, has_layout, render_workbook, render_workbooks
    from ..writers.atomic import atomic_write_bytes

    laid = [r.document for r in results if r.document is not None and has_layout(r.document)]
    left_out = [
        (r.input.path, r.document.doc_type)
        for r in results
        if r.document is not None and not has_layout(r.document)
    ]
    if not laid:
        error(say("cli.report.no-workbook", lang))
        raise typer.Exit(2)
    one_file = target.suffix.lower() == ".xlsx"
    if one_file:
        files = {target: render_workbook(laid, lang=lang)}
    else:
        files = {target / name: data for name, data in render_workbooks(results, lang=lang).items()}
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, data)
    except OSError as e:
        error(say("cli.cannot-write", lang, target=target, reason=e.strerror or e))
        raise typer.Exit(2) from e
    if quiet:
        return
    for source, kind in left_out:
        shown = one_line(source)
        if kind in LAYOUTS:
            typer.echo(say("cli.report.left-out-empty", lang, path=shown), err=True)
        else:
            typer.echo(say("cli.report.left-out-kind", lang, path=shown, kind=kind), err=True)
    if one_file:
        typer.echo(say("cli.wrote", lang, target=one_line(str(target))), err=True)
    else:
        where = one_line(str(target))
        typer.echo(
            say("cli.report.wrote-workbooks", lang, count=len(files), target=where), err=True
        )
