"""Options shared by the commands that check (check, fix, report, extract), defined once,
and the one function that turns them (with renstra.toml / [tool.renstra]) into Settings."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import error

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
