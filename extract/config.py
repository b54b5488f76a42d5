"""One frozen Settings from renstra.toml / [tool.renstra] in pyproject.toml and the command line.

Unless one is named, the file is the nearest found from the current folder up to the
filesystem root (as ruff and black look): in each folder ``renstra.toml`` first, then a
``pyproject.toml`` that has a ``[tool.renstra]`` table. The keys are those declared in
``knobs`` (docs/configuration.md lists them), plus::

    [severity]                         # [tool.renstra.severity] in pyproject.toml
    spelling = "error"

    [misspellings]
    Presentase = "Persentase"

    [rules.target-jump]                # a rule's options (see `renstra rules`)
    factor = 4

A key of an older version (``max-file-bytes``) is still read, with a DeprecatedSetting
warning. Command-line values replace the file's, except a list that adds to it (``ignore``)
and the tables (severity, misspellings, rules, limits), which merge key by key. Unknown
keys, rule ids, tags, options and bad values raise ConfigError with one line naming where
the mistake is.
"""

from __future__ import annotations

import difflib
import logging
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError
from renstra.schemas import SEVERITY_RANK, Settings

from .checks import RULES, TAGS
from .config_messages import MESSAGES, VALUE_KEYS
from .errors import error_text
from .knob_fields import shape
from .knobs import LIMITS, LIMITS_TABLE, OLD_KEYS, TOP_LEVEL
from .messages import CATALOGUE, Lang, Msg, msg

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

CATALOGUE.update(MESSAGES)
logger = logging.getLogger(__name__)

CONFIG_FILE = "renstra.toml"
PYPROJECT = "pyproject.toml"
RULES_TABLE = "rules"
KEYS = (*TOP_LEVEL, LIMITS_TABLE, RULES_TABLE)
"""The top-level keys of a config file (older spellings aside)."""
_SELECTORS = ("select", "ignore")
"""List settings whose items are rule ids or #tags."""
_WORD = regex.compile(r"\p{L}+")
COMMAND_LINE = msg("config.command-line")


class _Said(Exception):
    """Where (a file's path, the command line) and what (a config_messages key): ``str()``
    is English, as renstra said it before it spoke Indonesian; ``text_in`` is one line in
    the run's language."""

    def __init__(self, source: str | Msg, message: Msg) -> None:
        self.source = source
        self.message = message
        super().__init__(self.text_in("en"))

    def text_in(self, lang: Lang) -> str:
        text = error_text(self.message, lang)
        return f"{error_text(self.source, lang)}: {text}" if self.source else text


class DeprecatedSetting(_Said, UserWarning):
    """A setting written as an older version spelled it; the message says the new name."""


class ConfigError(_Said, ValueError):
    """A configuration mistake; the message is one line for the user."""


def find_config(directory: str | Path = ".") -> Path | None:
    """The config file that applies in ``directory``: the first folder from there up to the
    root with renstra.toml, or a pyproject.toml that has [tool.renstra], gives it
    (renstra.toml first). A file in ``directory`` is named as given, one above absolutely."""
    given = Path(directory)
    for folder in (given, *given.absolute().parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "renstra" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def read_config(path: str | Path) -> dict[str, Any]:
    """The options table of a config file: all of renstra.toml, [tool.renstra] of pyproject."""
    path = Path(path)
    data = _read_toml(path)
    if path.name == PYPROJECT:
        table = data.get("tool", {}).get("renstra")
        if table is None:
            raise ConfigError(str(path), msg("config.no-tool-table"))
        return dict(table)
    return data


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as e:
        raise ConfigError(str(path), msg("config.no-such-file")) from e
    except OSError as e:
        raise ConfigError(str(path), msg("config.cannot-read", detail=str(e.strerror or e))) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(str(path), msg("config.not-toml", detail=str(e))) from e


def load_settings(
    config: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    directory: str | Path = ".",
) -> Settings:
    """The run's Settings: the named or discovered config file, then command-line overrides."""
    path = Path(config) if config is not None else find_config(directory)
    logger.debug("settings from %s", path or "defaults: no config file found")
    file_options = read_config(path) if path is not None else {}
    source = str(path) if path is not None else ""
    return resolve_settings(file_options, overrides or {}, file_source=source)


def resolve_settings(
    file_options: Mapping[str, Any],
    overrides: Mapping[str, Any],
    *,
    file_source: str | Msg = "config",
    override_source: str | Msg = COMMAND_LINE,
) -> Settings:
    validate(file_options, file_source)
    validate(overrides, override_source)
    if file_options:  # its own mistakes are reported against the file
        _settings(file_options, file_source)
    return _settings(merge(file_options, overrides), override_source)


def merge(base: Mapping[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        knob = TOP_LEVEL.get(key)
        if knob is not None and knob.adds:
            merged[key] = [*base.get(key, []), *value]
        elif key == LIMITS_TABLE or (knob is not None and shape(knob) == "pairs"):
            merged[key] = {**base.get(key, {}), **value}
        elif key == RULES_TABLE:
            rules = {rule: dict(options) for rule, options in base.get(key, {}).items()}
            for rule, options in value.items():
                rules[rule] = {**rules.get(rule, {}), **options}
            merged[key] = rules
        else:
            merged[key] = value
    return merged


def validate(options: Mapping[str, Any], source: str | Msg) -> None:
    """Raise ConfigError for anything renstra would otherwise silently ignore."""
    for key, value in options.items():
        if key in OLD_KEYS:
            knob = OLD_KEYS[key]
            said = msg("config.deprecated-key", setting=key, new=knob.key)
            warnings.warn(DeprecatedSetting(source, said), stacklevel=2)
        elif key not in KEYS:
            raise ConfigError(source, msg("config.unknown-key", setting=key, hint=_hint(key, KEYS)))
        kind = shape(TOP_LEVEL[key]) if key in TOP_LEVEL else None
        if kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(source, msg("config.not-a-list", setting=key))
            for selector in value if key in _SELECTORS else ():
                _check_selector(selector, source, key)
        elif (kind == "pairs" or key in (LIMITS_TABLE, RULES_TABLE)) and not isinstance(
            value, Mapping
        ):
            raise ConfigError(source, msg("config.not-a-table", setting=key))
    for selector, severity in options.get("severity", {}).items():
        _check_selector(selector, source, "severity")
        if severity not in SEVERITY_RANK:
            said = msg("config.bad-severity", selector=selector, value=repr(severity))
            raise ConfigError(source, said)
    for wrong, right in options.get("misspellings", {}).items():
        if not _WORD.fullmatch(wrong) or not isinstance(right, str) or not right.strip():
            raise ConfigError(source, msg("config.bad-misspelling", word=wrong))
    for name in options.get(LIMITS_TABLE, {}):
        if name not in LIMITS:
            said = msg("config.unknown-limit", name=name, hint=_hint(name, LIMITS))
            raise ConfigError(source, said)
    for rule_id, rule_options in options.get(RULES_TABLE, {}).items():
        if rule_id not in RULES:
            said = msg("config.unknown-rule", rule=rule_id, hint=_hint(rule_id, RULES))
            raise ConfigError(source, said)
        known = RULES[rule_id].option_keys
        if not isinstance(rule_options, Mapping):
            raise ConfigError(source, msg("config.rule-not-a-table", rule=rule_id))
        for name in rule_options:
            if name not in known:
                have = ", ".join(known) if known else msg("config.no-options")
                said = msg("config.unknown-option", rule=rule_id, name=name, have=have)
                raise ConfigError(source, said)


def _check_selector(selector: str, source: str | Msg, key: str) -> None:
    if selector in RULES or selector in TAGS:
        return
    hint = _hint(selector, [*RULES, *TAGS])
    raise ConfigError(
        source, msg("config.unknown-selector", setting=key, selector=selector, hint=hint)
    )


def _hint(word: str, known: Any) -> Msg | str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return msg("config.did-you-mean", word=close[0]) if close else ""


def _refused(key: str, error: Any) -> Msg:
    """A value the Settings model refused, as ``config.bad-value``: pydantic's reason in
    English, and in Indonesian where config_messages has its type."""
    kind = error["type"] if error["type"] in VALUE_KEYS else "other"
    context = {name: _plain(value) for name, value in (error.get("ctx") or {}).items()}
    expected = context.get("expected")
    if isinstance(expected, str):  # "'id' or 'en'"
        rest, sep, last = expected.rpartition(" or ")
        if sep:
            context["expected"] = msg("config.either", rest=rest, last=last)
    detail = msg(f"value.{kind}", **{**context, "pydantic": error["msg"]})
    return msg("config.bad-value", setting=key, detail=detail, got=repr(error.get("input")))


def _plain(value: object) -> object:
    """A bound stays a number (written the language's way); anything else is text."""
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _settings(options: Mapping[str, Any], source: str | Msg) -> Settings:
    fields: dict[str, Any] = {}
    names: dict[str, str] = {}
    for key, knob in TOP_LEVEL.items():
        names[knob.field] = knob.key
        if key not in options:
            continue
        kind = shape(knob)
        if kind == "list":
            fields[knob.field] = tuple(dict.fromkeys(options[key]))
        elif kind == "pairs":
            fields[knob.field] = dict(options[key])
        else:
            fields[knob.field] = options[key]
    rules = {
        rule_id: _rule_options(rule_id, rule_options, source)
        for rule_id, rule_options in options.get(RULES_TABLE, {}).items()
    }
    rules = {rule_id: values for rule_id, values in rules.items() if values}
    if rules:
        fields[RULES_TABLE] = rules
    limits = dict(options.get(LIMITS_TABLE, {}))
    for old, knob in OLD_KEYS.items():
        if old in options:
            limits.setdefault(knob.name, options[old])
    if limits:
        fields["limits"] = {LIMITS[name].field: value for name, value in limits.items()}
    names.update({knob.field: knob.key for knob in LIMITS.values()})
    try:
        settings = Settings(**fields)
    except ValidationError as e:
        error = e.errors()[0]
        loc = [str(part) for part in error["loc"]]
        field = loc[1] if loc[:1] == ["limits"] and len(loc) > 1 else (loc[0] if loc else "")
        raise ConfigError(source, _refused(names.get(field, field), error)) from e
    if settings.min_year > settings.max_year:
        years = {"min": str(settings.min_year), "max": str(settings.max_year)}
        raise ConfigError(source, msg("config.years-reversed", **years))
    return settings


def _rule_options(rule_id: str, values: Mapping[str, Any], source: str | Msg) -> dict[str, Any]:
    """The values a user set for one rule, checked by the rule's own options model; a value
    equal to the default is left out, so equal options give equal Settings."""
    model = RULES[rule_id].options
    assert model is not None  # validate() refused options for a rule without any
    try:
        given = model.model_validate(dict(values))
    except ValidationError as e:
        error = e.errors()[0]
        name = ".".join(str(part) for part in error["loc"])
        raise ConfigError(source, _refused(f"{RULES_TABLE}.{rule_id}.{name}", error)) from e
    return given.model_dump(by_alias=True, exclude_defaults=True)


def parse_pairs(values: list[str], option: str) -> dict[str, str]:
    """``["a=b", "c=d,e=f"]`` -> ``{"a": "b", "c": "d", "e": "f"}`` for a repeatable option."""
    pairs: dict[str, str] = {}
    for item in split_list(values):
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ConfigError("", msg("config.expected-pairs", option=option, item=item))
        pairs[key.strip()] = value.strip()
    return pairs


def parse_rule_options(values: list[str]) -> dict[str, dict[str, str]]:
    """``["target-jump.factor=4"]`` -> ``{"target-jump": {"factor": "4"}}``."""
    rules: dict[str, dict[str, str]] = {}
    for key, value in parse_pairs(values, "--rule-option").items():
        rule_id, sep, name = key.rpartition(".")
        if not sep or not rule_id:
            raise ConfigError("", msg("config.expected-rule-option", item=f"{key}={value}"))
        rules.setdefault(rule_id, {})[name] = value
    return rules


def split_list(values: list[str]) -> list[str]:
    """Repeated options and comma-separated values alike: ``--select a,b --select c``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
