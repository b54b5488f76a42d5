"""`renstra schema`: the published JSON Schema."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import app


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")  # noqa: UP007
    ] = None,
) -> None:
    """Print the JSON Schema of the output Document (the versioned contract)."""
    from ..schema_export import schema_json
    from ..writers.atomic import atomic_write_bytes

    text = schema_json()
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_bytes(output, text.encode("utf-8"))
