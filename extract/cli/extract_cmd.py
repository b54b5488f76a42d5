"""`renstra extract`: many files in, JSON and CSV out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..printable import one_line
from .app import Paths, app, collect, error
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
    from ..result import FileResult


def write_error(e: OSError) -> str:
    """Why a write failed, and on which file when the error names one."""
    reason = e.strerror or str(e)
    name = e.filename2 if e.filename2 is not None else e.filename
    return f"{reason} ({name})" if name is not None else reason


@app.command(cls=SettingsCommand)
@with_config
def extract(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the JSON and CSV outputs.")
    ] = Path("output"),
    quiet: Quiet = False,
    jobs: Jobs = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Also write documents.jsonl and findings.jsonl.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Redo files whose output JSON is already up to date."),
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on Dask: tcp://host:port of a scheduler, or 'local' for a local cluster.",
        ),
    ] = None,
    follow_links: FollowLinks = False,
    sqlite: Annotated[
        Path | None,
        typer.Option(
            "--sqlite",
            metavar="FILE",
            help="Also write the batch to this SQLite database, created or updated: a re-run "
            "replaces each document's rows (by sha256), never duplicates them.",
        ),
    ] = None,
    parquet: Annotated[
        bool,
        typer.Option(
            "--parquet",
            help="Also write one Parquet file per table (documents, indicators, targets, "
            "programs, budgets, findings, files); needs pyarrow: pip install 'renstra[parquet]'.",
        ),
    ] = False,
    xlsx: Annotated[
        bool,
        typer.Option(
            "--xlsx/--no-xlsx",
            help="Write indicators.xlsx (both indicator tables, numbers as numbers); "
            "--no-xlsx saves its time on batches of thousands of text files.",
        ),
    ] = True,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Extract every file to OUTPUT/<name>.json, plus indicators.csv, findings.csv,
    programs.csv, documents.csv, the datapackage.json that describes them (types, keys),
    indicators_wide.csv, indicators.xlsx and summary.json for the batch. Files already
    extracted from the same bytes by this version are reused (resume). Settings also come
    from renstra.toml (see `renstra config`). Exit 0 when every file was read, 2 when one
    was not; a PDF with no text layer is read (its JSON has a no-text-layer error finding)
    with a warning."""

    from ..batch import default_jobs, extract_to
    from ..distributed import DistributedError
    from ..progress import progress_bar
    from ..sandbox import SandboxStartError
    from .tables_cmd import check_table_outputs, write_table_outputs

    settings = options.settings()
    lang = settings.lang
    check_table_outputs(sqlite, parquet, lang)  # before any work: a missing pyarrow, a foreign file
    inputs, skipped, links = collect(paths, lang, follow_links=follow_links)
    workers = jobs or default_jobs()
    results: list[FileResult] = []
    with progress_bar(len(inputs), enabled=not quiet, lang=lang) as advance:

        def report(result: FileResult) -> None:
            results.append(result)
            if result.error is not None:
                e = result.error
                line = f"{e.path}: {e.reason_in(settings.lang)}"
                advance(failed=True, message=f"renstra: error: {one_line(line)} [{e.code}]")
            elif any(note["code"] == "no-text-layer" for note in result.notes):
                # Said as the file is done: its JSON exists, but an empty Document is no success.
                said = say("cli.extract.no-text", lang, path=one_line(result.input.path))
                advance(message=f"renstra: warning: {said}")
            else:
                advance()

        try:
            summary = extract_to(
                inputs, output, settings, on_result=report, jobs=workers, jsonl=jsonl,
                force=force, scheduler=scheduler, skipped=skipped, links=links, xlsx=xlsx,
                on_event=advance.event,
            )  # fmt: skip
        except OSError as e:
            error(say("cli.extract.cannot-write", lang, output=output, reason=write_error(e)))
            raise typer.Exit(2) from e
        except (SandboxStartError, DistributedError) as e:
            error(str(e))
            raise typer.Exit(2) from e
        except KeyboardInterrupt:
            error(say("cli.extract.interrupted", lang))
            raise typer.Exit(130) from None
    write_table_outputs(results, output, sqlite, parquet, lang)
    if not quiet:
        found = sum(summary.findings_by_severity.values())
        reused = say("cli.extract.reused", lang, count=summary.reused) if summary.reused else ""
        copied = len(summary.copies)
        copies = say("cli.extract.copies", lang, count=copied) if copied else ""
        left_out = say("cli.extract.skipped", lang, count=skipped) if skipped else ""
        if links:
            left_out += say("cli.extract.links", lang, count=links)
        line = say(
            "cli.extract.summary", lang, files=summary.files, ok=summary.ok, reused=reused,
            copies=copies, failed=len(summary.failed), left_out=left_out, found=found,
            output=one_line(str(output)),
        )  # fmt: skip
        typer.echo(line, err=True)
        if summary.removed:
            typer.echo(say("cli.extract.removed", lang, count=len(summary.removed)), err=True)
        if summary.without_indicators:
            count = len(summary.without_indicators)
            typer.echo(say("cli.extract.without-indicators", lang, count=count), err=True)
    if summary.failed:
        raise typer.Exit(2)
