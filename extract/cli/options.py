"""Options shared by the commands that check (check, fix, report, extract), defined once,
and the one place that turns them (with renstra.toml / [tool.renstra]) into Settings."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, get_type_hints

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


@dataclass(frozen=True)
class ConfigOptions:
    """What the user gave of the options every checking command takes (in the order --help
    lists them); ``settings`` resolves them with the config file."""

    config: ConfigFile = None
    select: Select = None
    ignore: Ignore = None
    severity: SeverityOption = None
    misspelling: Misspelling = None
    rule_option: RuleOption = None
    min_year: MinYear = None
    max_year: MaxYear = None
    lang: LangOption = None

    def settings(self, limits: Mapping[str, object] | None = None) -> Settings:
        """The run's Settings, resolved once (``limits``: [limits] keys from the command's own
        options); exit 2 with one line on a configuration mistake."""
        from ..config import (
            ConfigError,
            load_settings,
            parse_pairs,
            parse_rule_options,
            split_list,
        )

        try:
            overrides: dict[str, object] = {}
            if self.select:
                overrides["select"] = split_list(self.select)
            if self.ignore:
                overrides["ignore"] = split_list(self.ignore)
            if self.severity:
                overrides["severity"] = parse_pairs(self.severity, "--severity")
            if self.misspelling:
                overrides["misspellings"] = parse_pairs(self.misspelling, "--misspelling")
            if self.rule_option:
                overrides["rules"] = parse_rule_options(self.rule_option)
            if self.min_year is not None:
                overrides["min-year"] = self.min_year
            if self.max_year is not None:
                overrides["max-year"] = self.max_year
            if self.lang is not None:
                overrides["lang"] = self.lang.value
            if limits:
                overrides["limits"] = dict(limits)
            return load_settings(self.config, overrides)
        except ConfigError as e:
            error(str(e))
            raise typer.Exit(2) from e


NO_OPTIONS = ConfigOptions()


def with_config(command: Callable[..., None]) -> Callable[..., None]:
    """Give ``command`` the shared options, defined once here: Typer sees them as the
    command's own (after its other options), and ``command`` gets them packed in its
    ``options: ConfigOptions`` argument."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "options"]
    kinds = get_type_hints(ConfigOptions, include_extras=True)  # the typer.Option of each
    shared = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=kind)
        for name, kind in kinds.items()
    ]

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> None:
        given = {name: kwargs.pop(name, None) for name in kinds}
        command(*args, options=ConfigOptions(**given), **kwargs)  # type: ignore[arg-type]

    parameters = own + shared
    wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
    return wrapper
