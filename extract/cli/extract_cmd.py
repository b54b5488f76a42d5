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

if TYPE_CHECKING:
    from ..result import FileResult


def write_error(e: OSError) -> str:
    """Why a write failed, and on which file when the error names one."""
    reason = e.strerror or str(e)
    name = e.filename2 if e.filename2 is not None else e.filename
    return f"{reason} ({name})" if name is not None else reason


NO_TEXT = "PDF has no text layer (a scan?): nothing was extracted; run OCR [no-text-layer]"
"""Said as the file is done: its JSON exists, but an empty Document is no success."""


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
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Extract every file to OUTPUT/<name>.json, plus indicators.csv, findings.csv,
    programs.csv and summary.json for the batch. Files already extracted from the same
    bytes by this version are reused (resume). Settings also come from renstra.toml (see
    `renstra config`). Exit 0 when every file was read, 2 when one was not; a PDF with no
    text layer is read (its JSON has a no-text-layer error finding) with a warning."""

    from ..batch import default_jobs, extract_to
    from ..distributed import DistributedError
    from ..progress import progress_bar
    from ..sandbox import SandboxStartError

    settings = options.settings()
    inputs, skipped, links = collect(paths, settings.lang, follow_links=follow_links)
    workers = jobs or default_jobs()
    with progress_bar(len(inputs), enabled=not quiet) as advance:

        def report(result: FileResult) -> None:
            if result.error is not None:
                e = result.error
                line = f"{e.path}: {e.reason_in(settings.lang)}"
                advance(failed=True, message=f"renstra: error: {one_line(line)} [{e.code}]")
            elif any(note["code"] == "no-text-layer" for note in result.notes):
                path = one_line(result.input.path)
                advance(message=f"renstra: warning: {path}: {NO_TEXT}")
            else:
                advance()

        try:
            summary = extract_to(
                inputs, output, settings, on_result=report, jobs=workers, jsonl=jsonl,
                force=force, scheduler=scheduler, skipped=skipped, links=links,
            )  # fmt: skip
        except OSError as e:
            error(f"cannot write to {output}: {write_error(e)}; the files written are kept")
            raise typer.Exit(2) from e
        except (SandboxStartError, DistributedError) as e:
            error(str(e))
            raise typer.Exit(2) from e
        except KeyboardInterrupt:
            error("interrupted; the files written are kept: run the same command to resume")
            raise typer.Exit(130) from None
    if not quiet:
        found = sum(summary.findings_by_severity.values())
        reused = f" ({summary.reused} kept from an earlier run)" if summary.reused else ""
        copies = f", {len(summary.copies)} identical to another" if summary.copies else ""
        left_out = f", {skipped} skipped (unsupported type)" if skipped else ""
        if links:
            left_out += f", {links} symbolic link(s) not followed (--follow-links)"
        typer.echo(
            f"{summary.files} file(s): {summary.ok} extracted{reused}{copies}, "
            f"{len(summary.failed)} failed{left_out}; "
            f"{found} finding(s) -> {one_line(str(output))}/",
            err=True,
        )
        if summary.removed:
            typer.echo(
                f"removed {len(summary.removed)} output(s) of inputs no longer given; see "
                "summary.json (removed)",
                err=True,
            )
        if summary.without_indicators:
            count = len(summary.without_indicators)
            typer.echo(
                f"{count} document(s) with no indicators; see summary.json "
                "(without_indicators, coverage)",
                err=True,
            )
    if summary.failed:
        raise typer.Exit(2)
