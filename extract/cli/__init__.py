"""The `renstra` command. Thin: parse options, call the library, render results.

One module per command; only typer is imported at start-up, everything heavy loads
inside the commands so `renstra --help` answers fast.
"""

from __future__ import annotations

from . import (  # noqa: F401
    check_cmd,
    config_cmd,
    extract_cmd,
    fix_cmd,
    report_cmd,
    rules_cmd,
    schema_cmd,
    serve_cmd,
)
from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
