"""`renstra check`: findings for people (text) or programs (json).

Also defines the configuration options that `check` and `fix` share, and the one function
that turns them (with renstra.toml / [tool.renstra]) into the run's Settings.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import FailOn, Paths, ReportFormat, app, collect, error

if TYPE_CHECKING:
    from renstra.schemas import Settings


class Lang(str, Enum):
    id = "id"
    en = "en"


ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Config file (renstra.toml, or a pyproject.toml with [tool.renstra]). "
        "Default: the one in the current directory, if any.",
        metavar="FILE",
    ),
]
Select = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        help="Run only these rules: ids or tags (#unit); repeat or comma-separate.",
        metavar="RULE|#TAG",
    ),
]
Ignore = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        help="Never run these rules: ids or tags; adds to the config's.",
        metavar="RULE|#TAG",
    ),
]
SeverityOption = Annotated[
    list[str] | None,
    typer.Option(
        "--severity", help="Override a severity: RULE=LEVEL or #TAG=LEVEL.", metavar="RULE=LEVEL"
    ),
]
Misspelling = Annotated[
    list[str] | None,
    typer.Option(
        "--misspelling", help="Add a known misspelling: WRONG=RIGHT.", metavar="WRONG=RIGHT"
    ),
]
RuleOption = Annotated[
    list[str] | None,
    typer.Option(
        "--rule-option",
        help="Set a rule's option, e.g. target-jump.factor=4 (see `renstra rules`).",
        metavar="RULE.OPTION=VALUE",
    ),
]
MinYear = Annotated[
    int | None,
    typer.Option("--min-year", metavar="YEAR", help="Earliest plausible year of a period."),
]
MaxYear = Annotated[
    int | None,
    typer.Option("--max-year", metavar="YEAR", help="Latest plausible year of a period."),
]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages: Indonesian (default) or English."),
]


def resolve_settings(
    config: Path | None,
    select: list[str] | None,
    ignore: list[str] | None,
    severity: list[str] | None,
    misspelling: list[str] | None,
    rule_option: list[str] | None,
    min_year: int | None,
    max_year: int | None,
    lang: Lang | None,
) -> Settings:
    """The run's Settings, resolved once; exit 2 with one line on a configuration mistake."""
    from ..config import ConfigError, load_settings, parse_pairs, parse_rule_options, split_list

    try:
        overrides: dict[str, object] = {}
        if select:
            overrides["select"] = split_list(select)
        if ignore:
            overrides["ignore"] = split_list(ignore)
        if severity:
            overrides["severity"] = parse_pairs(severity, "--severity")
        if misspelling:
            overrides["misspellings"] = parse_pairs(misspelling, "--misspelling")
        if rule_option:
            overrides["rules"] = parse_rule_options(rule_option)
        if min_year is not None:
            overrides["min-year"] = min_year
        if max_year is not None:
            overrides["max-year"] = max_year
        if lang is not None:
            overrides["lang"] = lang.value
        return load_settings(config, overrides)
    except ConfigError as e:
        error(str(e))
        raise typer.Exit(2) from e


@app.command()
def check(
    paths: Paths,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding reaches this severity.")
    ] = FailOn.error,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="Report format.")
    ] = ReportFormat.text,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            min=0,
            metavar="N",
            help="Show at most N findings per file (stats count all).",
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="A previous `check --format json` report: show only findings not in it.",
            metavar="FILE",
        ),
    ] = None,
    config: ConfigFile = None,
    select: Select = None,
    ignore: Ignore = None,
    severity: SeverityOption = None,
    misspelling: Misspelling = None,
    rule_option: RuleOption = None,
    min_year: MinYear = None,
    max_year: MaxYear = None,
    lang: LangOption = None,
) -> None:
    """Check files and report every finding. Exit 0 when none reaches --fail-on, 1 when one
    does, 2 on usage, configuration or read errors."""
    settings = resolve_settings(
        config, select, ignore, severity, misspelling, rule_option, min_year, max_year, lang
    )
    from ..baseline import BaselineError, apply_baseline, load_baseline
    from ..batch import process
    from ..report import build_report, exit_code, render_text

    known = None
    if baseline is not None:
        try:
            known = load_baseline(str(baseline))
        except BaselineError as e:
            error(str(e))
            raise typer.Exit(2) from e
    inputs, _ = collect(paths)
    results = list(process(inputs, settings))
    for result in results:
        if result.error is not None:
            error(str(result.error))
    dropped: dict[str, int] = {}
    if known is not None:
        results, dropped = apply_baseline(results, known)
    if fmt is ReportFormat.json:
        report = build_report(results, limit=limit, baselined=dropped, lang=settings.lang)
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        render_text(results, limit=limit, baselined=dropped, lang=settings.lang)
    raise typer.Exit(exit_code(results, fail_on.value))
