"""The options the commands share, defined once: each setting's option is made from its
declaration in ``knobs`` (named as its renstra.toml key), and ``ConfigOptions.settings``
is the one place that turns them, with renstra.toml / [tool.renstra], into Settings.

The help of a setting's option is its Settings field's description, read when the help is
shown (``SettingsCommand``), so that start-up does not import pydantic.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand, TyperOption

from ..knobs import KNOBS, TAKE_ALL, Knob, knobs_of
from .app import error, warning

if TYPE_CHECKING:
    from renstra.schemas import Lang, Settings

ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Config file (renstra.toml, or a pyproject.toml with [tool.renstra]). "
        "Default: the nearest one from the current folder up; `renstra config` shows which.",
        metavar="FILE",
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
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Worker processes that parse the files [default: all cores].",
    ),
]
Quiet = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Print nothing but errors and warnings."),
]
FollowLinks = Annotated[
    bool,
    typer.Option(
        "--follow-links",
        help="Read the files and folders that symbolic links inside the folders given point "
        "to (skipped by default: a link may point out of the folder). A link named as a "
        "PATH is always read.",
    ),
]

_BY_PARAM = {knob.param: knob for knob in KNOBS}
_LANGS = ("id", "en")


@dataclass(frozen=True)
class ConfigOptions:
    """What the user gave of the settings options; ``settings`` resolves them with the
    config file."""

    config: Path | None = None
    given: Mapping[Knob, list[str]] = field(default_factory=dict)
    """Each setting given on the command line, with every value given (in order)."""
    rule_option: list[str] | None = None
    old_options: tuple[tuple[str, str], ...] = ()
    """(older option, its name now) for each older spelling used."""

    def settings(self) -> Settings:
        """The run's Settings, resolved once; exit 2 with one line on a configuration
        mistake. Each older spelling used is said once on stderr. Both are said in the
        run's language, or where the settings could not be resolved, in ``said_lang``'s."""
        from ..config import ConfigError, DeprecatedSetting, load_settings
        from ..messages import msg

        said = [
            DeprecatedSetting("", msg("config.deprecated-option", old=old, new=new))
            for old, new in self.old_options
        ]
        settings: Settings | None = None
        mistake: ConfigError | None = None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecatedSetting)
            try:
                settings = load_settings(self.config, self.overrides())
            except ConfigError as e:
                mistake = e
            finally:
                lang = settings.lang if settings is not None else self.said_lang()
                _say(said, caught, lang)
        if mistake is not None:
            error(mistake.text_in(lang))
            raise typer.Exit(2) from mistake
        assert settings is not None
        return settings

    def said_lang(self) -> Lang:
        """The language of a configuration mistake, said before there are Settings:
        ``--lang`` as given, else the config file's ``lang`` where the file can be read,
        else Indonesian."""
        from ..config import ConfigError, find_config, read_config

        given = self.given.get(_BY_PARAM["knob_lang"], [])
        if given and given[-1] in _LANGS:
            return given[-1]  # type: ignore[return-value]
        try:
            path = self.config if self.config is not None else find_config()
            written = read_config(path).get("lang") if path is not None else None
        except ConfigError:
            written = None
        return written if written in _LANGS else "id"  # type: ignore[return-value]

    def overrides(self) -> dict[str, Any]:
        """The command-line values, shaped as renstra.toml would hold them."""
        from ..config import parse_pairs, parse_rule_options, split_list
        from ..knob_fields import shape

        overrides: dict[str, Any] = {}
        for knob, values in self.given.items():
            kind = shape(knob)
            if kind == "list":
                value: object = split_list(values)
            elif kind == "pairs":
                value = parse_pairs(values, knob.option)
            else:
                value = values[-1]  # given twice, the last one counts
            table = overrides.setdefault(knob.table, {}) if knob.table else overrides
            table[knob.name] = value
        if self.rule_option:
            overrides["rules"] = parse_rule_options(self.rule_option)
        return overrides


NO_OPTIONS = ConfigOptions()


class SettingsCommand(TyperCommand):
    """A command whose settings options take their help and metavar from the Settings
    fields when the help is shown."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from ..knob_fields import metavar, option_help

        for param in self.params:
            knob = _BY_PARAM.get(param.name or "")
            if knob is not None and isinstance(param, TyperOption):
                param.help = option_help(knob)
                param.metavar = metavar(knob)
        super().format_help(ctx, formatter)


def with_config(command: Callable[..., None]) -> Callable[..., None]:
    """Give ``command`` (use with ``app.command(cls=SettingsCommand)``) the options of
    the settings it takes (``knobs_of`` its name), ``--config``, and on the commands that
    check ``--rule-option``: Typer sees them as the command's own (after its other
    options), and ``command`` gets them packed in its ``options: ConfigOptions``."""
    knobs = knobs_of(command.__name__)
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "options"]
    shared = [_parameter("config", ConfigFile)]
    shared += [_parameter(knob.param, _option(knob.option)) for knob in knobs]
    takes_rules = command.__name__ in TAKE_ALL
    if takes_rules:
        shared.append(_parameter("rule_option", RuleOption))
    shared += [
        _parameter(_old_param(old), _option(old, hidden=True))
        for knob in knobs
        for old in knob.old_options
    ]

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: Any) -> None:
        given: dict[Knob, list[str]] = {}
        old_used: list[tuple[str, str]] = []
        for knob in knobs:
            values: list[str] = []
            for old in knob.old_options:
                if old_values := kwargs.pop(_old_param(old), None):
                    old_used.append((old, knob.option))
                    values += old_values
            values += kwargs.pop(knob.param, None) or []
            if values:
                given[knob] = values
        options = ConfigOptions(
            config=kwargs.pop("config", None),
            given=given,
            rule_option=kwargs.pop("rule_option", None) if takes_rules else None,
            old_options=tuple(old_used),
        )
        command(*args, options=options, **kwargs)

    parameters = own + shared
    wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
    return wrapper


def _say(said: list[Any], caught: list[warnings.WarningMessage], lang: Lang) -> None:
    """Each older spelling once, as a warning line in ``lang``; other warnings caught
    go on as they came."""
    from ..config import DeprecatedSetting

    said = said + [w.message for w in caught if isinstance(w.message, DeprecatedSetting)]
    for line in dict.fromkeys(item.text_in(lang) for item in said):
        warning(line)
    for other in (w for w in caught if not issubclass(w.category, DeprecatedSetting)):
        warnings.warn_explicit(other.message, other.category, other.filename, other.lineno)


def _option(name: str, *, hidden: bool = False) -> object:
    """A setting's option: every value is text, repeatable (the last counts for a single
    value), checked and converted with the Settings fields, so a mistake names its key."""
    return Annotated[list[str] | None, typer.Option(name, hidden=hidden)]


def _parameter(name: str, annotation: object) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation
    )


def _old_param(option: str) -> str:
    return "old_" + option.lstrip("-").replace("-", "_")
