"""`renstra fix`: corrected JSON for the findings with one obvious correction."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..printable import one_line
from .app import Paths, app, collect, error, read_files, say_links
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


@app.command(cls=SettingsCommand)
@with_config
def fix(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the corrected JSON files.")
    ],
    quiet: Quiet = False,
    jobs: Jobs = None,
    follow_links: FollowLinks = False,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """Write OUTPUT/<name>.json for every file with the safe fixes applied (a period typo
    with one plausible period, a known misspelling) and each change listed in its 'fixes',
    then print the changes for review (not with --quiet). Source files are never modified.
    Exit 0 when every file was read, 2 when one was not."""
    settings = options.settings()
    from ..fix import fix_batch
    from ..messages import msg, render
    from ..writers.atomic import atomic_write_bytes
    from ..writers.json_out import document_json, output_names

    collected = collect(paths, settings.lang, follow_links=follow_links)
    say_links(collected.links, settings.lang)
    inputs = collected.files
    names = output_names(inputs)
    sources = {os.path.realpath(item.path) for item in inputs}
    failed = written = total = 0
    results = read_files(inputs, settings, jobs=jobs, progress=None if quiet else "fix")
    documents = [r.document for r in results if r.document is not None]
    for result, fixed in zip(
        [r for r in results if r.document is not None], fix_batch(documents, settings), strict=True
    ):
        result.document = fixed
    for result in results:
        if result.copy_of is not None:
            if not quiet:
                said = render(msg("report.copy", path=result.copy_of), settings.lang)
                typer.echo(one_line(f"{result.input.path}: {said}"))
            continue
        if result.document is None:  # its error line was printed as it was read
            failed += 1
            continue
        target = output / names[result.input.path]
        if os.path.realpath(target) in sources:
            error(say("cli.fix.overwrite", settings.lang, target=target))
            raise typer.Exit(2)
        document = result.document
        try:
            atomic_write_bytes(target, document_json(document))
        except OSError as e:
            error(say("cli.cannot-write", settings.lang, target=target, reason=e.strerror or e))
            raise typer.Exit(2) from e
        count = len(document.fixes)
        total += count
        written += 1
        if quiet:
            continue
        line = msg("fix.file", path=result.input.path, count=count, output=target)
        typer.echo(one_line(render(line, settings.lang)))
        for change in document.fixes:
            fields = change.model_dump()
            typer.echo(one_line(render(msg("fix.change", **fields), settings.lang)))
    if not quiet:
        typer.echo(render(msg("fix.total", files=written, fixes=total), settings.lang))
    if failed:
        raise typer.Exit(2)
