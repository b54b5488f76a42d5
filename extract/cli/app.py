"""The typer application and the options every command shares."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..printable import one_line

if TYPE_CHECKING:
    from renstra.schemas import Lang, Settings

    from ..baseline import Baseline
    from ..inputs import InputFile, Inputs
    from ..result import FileResult

app = typer.Typer(
    name="renstra",
    help="Turn Indonesian Renstra and IKU documents (.txt, .md, .docx, .pdf, .xlsx) into "
    "validated JSON and CSV. Old .doc, .xls, .rtf, .odt and .ods files are read after "
    "LibreOffice converts them (apt-get install libreoffice-writer libreoffice-calc).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    # Plain help: rendering it with rich costs ~60 ms of imports on every start.
    rich_markup_mode=None,
)

Paths = Annotated[
    list[Path],
    typer.Argument(
        help="Files or folders (searched recursively for supported files).", metavar="PATH"
    ),
]


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class ReportFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"


def error(message: str) -> None:
    """The one way the CLI reports a problem: one line on stderr, whatever a file name in
    it holds (a newline, an escape sequence, bytes that are not UTF-8: see one_line)."""
    typer.echo(f"renstra: error: {one_line(message)}", err=True)


def warning(message: str) -> None:
    typer.echo(f"renstra: warning: {one_line(message)}", err=True)


def checked(
    paths: list[Path],
    settings: Settings,
    *,
    jobs: int | None = None,
    excerpts: bool = False,
    follow_links: bool = False,
    progress: str | None = None,
) -> list[FileResult]:
    """Every file under ``paths`` read (by ``jobs`` workers, default one per core) and
    checked, the cross-document rules included; one error line for each that failed.
    ``excerpts``: with the source lines a report shows. ``progress``: the command name a
    progress bar on stderr shows (only on a terminal); None draws none."""
    inputs = collect(paths, settings.lang, follow_links=follow_links)
    say_links(inputs.links, settings.lang)
    return read_files(inputs.files, settings, jobs=jobs, excerpts=excerpts, progress=progress)


def baseline_or_exit(path: Path | None) -> Baseline | None:
    """The ``--baseline`` report read, or None without one; exit 2 with its one-line reason
    when it cannot be read."""
    if path is None:
        return None
    from ..baseline import BaselineError, load_baseline

    try:
        return load_baseline(str(path))
    except BaselineError as e:
        error(str(e))
        raise typer.Exit(2) from e


def read_files(
    files: list[InputFile],
    settings: Settings,
    *,
    jobs: int | None = None,
    excerpts: bool = False,
    progress: str | None = None,
) -> list[FileResult]:
    """``checked`` for inputs already collected: a progress bar named ``progress`` while
    they are read, the error line of each that failed printed above it."""
    from ..batch import check_files, default_jobs
    from ..progress import progress_bar

    with progress_bar(
        len(files), enabled=progress is not None, label=progress or "", lang=settings.lang
    ) as advance:

        def report(result: FileResult) -> None:
            if result.error is not None:
                line = f"{result.error.path}: {result.error.reason_in(settings.lang)}"
                advance(failed=True, message=f"renstra: error: {one_line(line)}")
            else:
                advance()

        return check_files(
            files,
            settings,
            jobs=jobs or default_jobs(),
            excerpts=excerpts,
            on_result=report,
            on_event=advance.event,
        )


def collect(paths: list[Path], lang: Lang, *, follow_links: bool = False) -> Inputs:
    """The files to process; exit 2 with a clear line (in ``lang``) when there are none."""
    from ..inputs import collect_inputs
    from .texts import say

    inputs = collect_inputs([str(p) for p in paths], follow_links=follow_links)
    if not inputs.files:
        named = ", ".join(str(p) for p in paths)
        error(say("cli.no-files", lang, paths=named))
        raise typer.Exit(2)
    return inputs


def say_links(links: int, lang: Lang) -> None:
    """A warning line (in ``lang``) when symbolic links in the folders were not followed."""
    from .texts import say

    if links:
        warning(say("cli.links-not-followed", lang, count=links))


def _version(value: bool) -> None:
    if value:
        from ..version import RENSTRA_VERSION

        typer.echo(f"renstra {RENSTRA_VERSION}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Extract and check Renstra / IKU planning documents."""
