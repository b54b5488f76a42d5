"""`renstra rules`: the rule catalogue."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .app import app
from .options import NO_OPTIONS, ConfigOptions, SettingsCommand, with_config


@app.command(cls=SettingsCommand)
@with_config
def rules(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print as a Markdown table (both languages).")
    ] = False,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """List every checker rule: id, default severity, tags, options, description, example."""
    from ..checks import RULES
    from ..messages import msg, render
    from ..rules_doc import options_text, rules_markdown

    if markdown:
        sys.stdout.write(rules_markdown())
        return
    lang = options.settings().lang
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table()
    for i, column in enumerate(render(msg("rules.columns"), lang).split("|")):
        table.add_column(column, no_wrap=i == 0)
    for rule in sorted(RULES.values(), key=lambda r: r.id):
        table.add_row(
            rule.id,
            rule.severity,
            " ".join(rule.tags),
            options_text(rule),
            escape(rule.describe(lang)),
            escape(rule.example_in(lang)),
        )
    Console().print(table)
