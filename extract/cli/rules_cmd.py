"""`renstra rules`: the rule catalogue."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .app import app, error
from .options import NO_OPTIONS, ConfigOptions, SettingsCommand, with_config


@app.command(cls=SettingsCommand)
@with_config
def rules(
    rule_id: Annotated[
        str | None,
        typer.Argument(metavar="RULE", help="Explain this rule: what, why, example, options."),
    ] = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print as a Markdown table (both languages).")
    ] = False,
    options: ConfigOptions = NO_OPTIONS,
) -> None:
    """List every checker rule (id, default severity, tags, options, description, example),
    or explain one: `renstra rules target-jump`. Piped or redirected, one tab-separated line
    per rule, cells never cut."""
    import difflib

    from ..checks import RULES
    from ..messages import msg, render
    from ..rules_doc import explain, options_text, rules_markdown

    if markdown:
        sys.stdout.write(rules_markdown())
        return
    lang = options.settings().lang
    if rule_id is not None:
        rule = RULES.get(rule_id)
        if rule is None:
            close = difflib.get_close_matches(rule_id, list(RULES), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            error(render(msg("rules.unknown", rule=rule_id, hint=hint), lang))
            raise typer.Exit(2)
        sys.stdout.write(explain(rule, lang))
        return
    columns = render(msg("rules.columns"), lang).split("|")
    rows = [
        [
            rule.id,
            rule.severity,
            " ".join(rule.tags),
            options_text(rule),
            rule.describe(lang),
            rule.example_in(lang),
        ]
        for rule in sorted(RULES.values(), key=lambda r: r.id)
    ]
    if not sys.stdout.isatty():  # a pipe or a file: whole cells, one rule per line
        for row in [columns, *rows]:
            sys.stdout.write("\t".join(" ".join(cell.split()) for cell in row) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table()
    for i, column in enumerate(columns):
        table.add_column(column, no_wrap=i == 0)
    for row in rows:
        table.add_row(*(escape(cell) for cell in row))
    Console().print(table)
