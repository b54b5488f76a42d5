"""`renstra schema`: the published JSON Schemas, and the Data Package descriptor."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .app import app


class SchemaKind(str, Enum):
    document = "document"
    report = "report"
    summary = "summary"
    datapackage = "datapackage"


@app.command()
def schema(
    kind: Annotated[
        SchemaKind,
        typer.Option(
            "--kind",
            help="document: one output Document (the versioned contract); report: the "
            "`check --format json` report; summary: extract's summary.json; datapackage: "
            "the datapackage.json extract writes beside its CSVs (a Frictionless Data "
            "Package, not a JSON Schema).",
        ),
    ] = SchemaKind.document,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")  # noqa: UP007
    ] = None,
) -> None:
    """Print the JSON Schema of an output (the Document by default); each is committed
    under schemas/."""
    from ..schema_export import schema_json
    from ..writers.atomic import atomic_write_bytes

    text = schema_json(kind.value)
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_bytes(output, text.encode("utf-8"))
