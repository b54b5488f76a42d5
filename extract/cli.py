"""The `renstra` command. Thin: parse options, call the library, render results.

Only typer is imported at module level; everything heavy loads inside the commands so
`renstra --help` answers fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from .batch import FileResult

app = typer.Typer(
    name="renstra",
    help="Turn Indonesian Renstra and IKU documents (.txt, .md, .docx, .pdf, .xlsx) into "
    "validated JSON and CSV.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[
    list[Path],
    typer.Argument(help="Files or folders (searched recursively for supported files)."),
]


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        from .parse import RENSTRA_VERSION

        typer.echo(f"renstra {RENSTRA_VERSION}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Extract and check Renstra / IKU planning documents."""


def _inputs(paths: list[Path]):  # type: ignore[no-untyped-def]
    from .inputs import collect_inputs

    inputs, skipped = collect_inputs([str(p) for p in paths])
    if not inputs:
        _error(f"no supported files in {', '.join(str(p) for p in paths)}")
        raise typer.Exit(2)
    return inputs, skipped


def _error(message: str) -> None:
    typer.echo(f"renstra: error: {message}", err=True)


@app.command()
def extract(
    paths: Paths,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the JSON and CSV outputs.")
    ] = Path("output"),
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Extract every file to OUTPUT/<name>.json, plus indicators.csv, findings.csv and
    summary.json for the batch. Exit 0 when every file was read, 2 when one was not."""
    import json

    from renstra.schemas import Settings

    from .batch import extract_to
    from .progress import progress_bar
    from .writers.atomic import atomic_write_bytes

    inputs, skipped = _inputs(paths)
    with progress_bar(len(inputs), enabled=not quiet) as advance:

        def report(result: FileResult) -> None:
            if result.error is not None:
                advance(failed=True, message=f"renstra: error: {result.error}")
            else:
                advance()

        try:
            summary = extract_to(inputs, output, Settings(), on_result=report)
        except OSError as e:
            _error(f"cannot write to {output}: {e.strerror or e}")
            raise typer.Exit(2) from e
    summary.skipped = skipped
    atomic_write_bytes(
        output / "summary.json", json.dumps(summary.as_dict(), indent=2).encode() + b"\n"
    )
    if not quiet:
        found = sum(summary.findings_by_severity.values())
        typer.echo(
            f"{summary.files} file(s): {summary.ok} extracted, {len(summary.failed)} failed"
            f"{f', {skipped} skipped (unsupported type)' if skipped else ''}; "
            f"{found} finding(s) -> {output}/",
            err=True,
        )
    if summary.failed:
        raise typer.Exit(2)


@app.command()
def check(
    paths: Paths,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding reaches this severity.")
    ] = FailOn.error,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="Report format.")
    ] = ReportFormat.text,
) -> None:
    """Check files and report every finding. Exit 0 when none reaches --fail-on, 1 when one
    does, 2 on usage or read errors."""
    from renstra.schemas import Settings

    from .batch import process
    from .report import build_report, exit_code, render_text

    inputs, _ = _inputs(paths)
    results = list(process(inputs, Settings()))
    for result in results:
        if result.error is not None:
            _error(str(result.error))
    report = build_report(results)
    if fmt is ReportFormat.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        render_text(results)
    raise typer.Exit(exit_code(results, fail_on.value))


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")  # noqa: UP007
    ] = None,
) -> None:
    """Print the JSON Schema of the output Document (the versioned contract)."""
    from .schema_export import schema_json
    from .writers.atomic import atomic_write_bytes

    text = schema_json()
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_bytes(output, text.encode("utf-8"))


@app.command()
def rules(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print as a Markdown table.")
    ] = False,
) -> None:
    """List every checker rule: id, default severity, tags, description."""
    from .checks import RULES
    from .rules_doc import rules_markdown

    if markdown:
        sys.stdout.write(rules_markdown())
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("rule", "severity", "tags", "description", "example")
    for rule in sorted(RULES.values(), key=lambda r: r.id):
        table.add_row(rule.id, rule.severity, " ".join(rule.tags), rule.description, rule.example)
    Console().print(table)


def main() -> None:
    app()
