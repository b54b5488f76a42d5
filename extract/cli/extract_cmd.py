"""`renstra extract`: many files in, JSON and CSV out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .app import Paths, app, collect, error

if TYPE_CHECKING:
    from ..batch import FileResult

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
NO_TEXT = "PDF has no text layer (a scan?): nothing was extracted; run OCR [no-text-layer]"
"""Said as the file is done: its JSON exists, but an empty Document is no success."""


def parse_size(text: str) -> int:
    """'512M', '2G', '2GiB', '1048576' -> bytes (powers of 1024)."""
    match = _SIZE.match(text)
    if match is None:
        raise typer.BadParameter(f"{text!r} is not a size (e.g. 512M, 2G)")
    size = int(float(match[1]) * _UNITS[match[2].lower()])
    if size <= 0:
        raise typer.BadParameter("must be above zero")
    return size


@app.command()
def extract(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the JSON and CSV outputs.")
    ] = Path("output"),
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes [default: all cores; 1: serial]."
        ),
    ] = None,
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
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", min=0.001, help="Seconds one file may take [default: 300]."),
    ] = None,
    max_memory: Annotated[
        str | None,
        typer.Option("--max-memory", metavar="SIZE", help="Memory per worker [default: 2G]."),
    ] = None,
    max_file_size: Annotated[
        str | None,
        typer.Option("--max-file-size", metavar="SIZE", help="Largest input [default: 50M]."),
    ] = None,
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", min=1, help="Most pages per PDF [default: 2000].")
    ] = None,
) -> None:
    """Extract every file to OUTPUT/<name>.json, plus indicators.csv, findings.csv and
    summary.json for the batch. Files already extracted from the same bytes by this version
    are reused (resume). Exit 0 when every file was read, 2 when one was not; a PDF with
    no text layer is read (its JSON has a no-text-layer error finding) with a warning."""
    import json

    from ..batch import default_jobs, extract_to
    from ..distributed import DistributedError
    from ..progress import progress_bar
    from ..sandbox import SandboxStartError
    from ..writers.atomic import atomic_write_bytes

    overrides: dict[str, Any] = {
        "timeout_s": timeout,
        "max_memory_bytes": parse_size(max_memory) if max_memory else None,
        "max_file_bytes": parse_size(max_file_size) if max_file_size else None,
        "max_pdf_pages": max_pages,
    }
    settings = _settings({k: v for k, v in overrides.items() if v is not None})
    inputs, skipped = collect(paths)
    workers = jobs or default_jobs()
    with progress_bar(len(inputs), enabled=not quiet) as advance:

        def report(result: FileResult) -> None:
            if result.error is not None:
                e = result.error
                advance(failed=True, message=f"renstra: error: {e} [{e.code}]")
            elif any(note["code"] == "no-text-layer" for note in result.notes):
                advance(message=f"renstra: warning: {result.input.path}: {NO_TEXT}")
            else:
                advance()

        try:
            summary = extract_to(
                inputs, output, settings, on_result=report, jobs=workers, jsonl=jsonl,
                force=force, scheduler=scheduler,
            )  # fmt: skip
        except OSError as e:
            error(f"cannot write to {output}: {e.strerror or e}; the files written are kept")
            raise typer.Exit(2) from e
        except (SandboxStartError, DistributedError) as e:
            error(str(e))
            raise typer.Exit(2) from e
        except KeyboardInterrupt:
            error("interrupted; the files written are kept: run the same command to resume")
            raise typer.Exit(130) from None
    summary.skipped = skipped
    atomic_write_bytes(
        output / "summary.json", json.dumps(summary.as_dict(), indent=2).encode() + b"\n"
    )
    if not quiet:
        found = sum(summary.findings_by_severity.values())
        reused = f" ({summary.reused} kept from an earlier run)" if summary.reused else ""
        typer.echo(
            f"{summary.files} file(s): {summary.ok} extracted{reused}, {len(summary.failed)} "
            f"failed{f', {skipped} skipped (unsupported type)' if skipped else ''}; "
            f"{found} finding(s) -> {output}/",
            err=True,
        )
    if summary.failed:
        raise typer.Exit(2)


def _settings(limits: dict[str, Any]) -> Any:
    from pydantic import ValidationError
    from renstra.schemas import Limits, Settings

    try:
        return Settings(limits=Limits(**limits))
    except ValidationError as e:
        error(f"invalid limit: {e.errors()[0]['msg']}")
        raise typer.Exit(2) from e
