"""`renstra rules`: the rule catalogue."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .app import app


@app.command()
def rules(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print as a Markdown table.")
    ] = False,
) -> None:
    """List every checker rule: id, default severity, tags, description."""
    from ..checks import RULES
    from ..rules_doc import rules_markdown

    if markdown:
        sys.stdout.write(rules_markdown())
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("rule", "severity", "tags", "description", "example")
    for rule in sorted(RULES.values(), key=lambda r: r.id):
        table.add_row(rule.id, rule.severity, " ".join(rule.tags), rule.description, rule.example)
    Console().print(table)
