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
from .knob_fields import shape
from .knobs import LIMITS, LIMITS_TABLE, OLD_KEYS, TOP_LEVEL

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

logger = logging.getLogger(__name__)

CONFIG_FILE = "renstra.toml"
PYPROJECT = "pyproject.toml"
RULES_TABLE = "rules"
KEYS = (*TOP_LEVEL, LIMITS_TABLE, RULES_TABLE)
"""The top-level keys of a config file (older spellings aside)."""
_SELECTORS = ("select", "ignore")
"""List settings whose items are rule ids or #tags."""
_WORD = regex.compile(r"\p{L}+")


class DeprecatedSetting(UserWarning):
    """A setting written as an older version spelled it; the message says the new name."""


class ConfigError(ValueError):
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
            raise ConfigError(f"{path}: no [tool.renstra] table")
        return dict(table)
    return data


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: no such file") from e
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror or e})") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from e


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
    file_source: str = "config",
    override_source: str = "command line",
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


def validate(options: Mapping[str, Any], source: str) -> None:
    """Raise ConfigError for anything renstra would otherwise silently ignore."""
    where = f"{source}: " if source else ""
    for key, value in options.items():
        if key in OLD_KEYS:
            knob = OLD_KEYS[key]
            warnings.warn(
                f"{where}'{key}' is deprecated; write {knob.key}", DeprecatedSetting, stacklevel=2
            )
        elif key not in KEYS:
            raise ConfigError(f"{where}unknown key '{key}'{_hint(key, KEYS)}")
        kind = shape(TOP_LEVEL[key]) if key in TOP_LEVEL else None
        if kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}'{key}' must be a list of rule ids or tags")
            for selector in value if key in _SELECTORS else ():
                _check_selector(selector, f"{where}{key}")
        elif (kind == "pairs" or key in (LIMITS_TABLE, RULES_TABLE)) and not isinstance(
            value, Mapping
        ):
            raise ConfigError(f"{where}'{key}' must be a table")
    for selector, severity in options.get("severity", {}).items():
        _check_selector(selector, f"{where}severity")
        if severity not in SEVERITY_RANK:
            raise ConfigError(
                f"{where}severity of '{selector}' must be error, warning or info, not {severity!r}"
            )
    for wrong, right in options.get("misspellings", {}).items():
        if not _WORD.fullmatch(wrong) or not isinstance(right, str) or not right.strip():
            raise ConfigError(
                f"{where}misspellings: '{wrong}' must be one word with a non-empty correction"
            )
    for name in options.get(LIMITS_TABLE, {}):
        if name not in LIMITS:
            raise ConfigError(f"{where}limits: unknown limit '{name}'{_hint(name, LIMITS)}")
    for rule_id, rule_options in options.get(RULES_TABLE, {}).items():
        if rule_id not in RULES:
            raise ConfigError(f"{where}rules: unknown rule '{rule_id}'{_hint(rule_id, RULES)}")
        known = RULES[rule_id].option_keys
        if not isinstance(rule_options, Mapping):
            raise ConfigError(f"{where}rules.{rule_id} must be a table of options")
        for name in rule_options:
            if name not in known:
                have = ", ".join(known) or "none"
                raise ConfigError(
                    f"{where}rules.{rule_id}: unknown option '{name}' (options: {have})"
                )


def _check_selector(selector: str, where: str) -> None:
    if selector in RULES or selector in TAGS:
        return
    raise ConfigError(
        f"{where}: unknown rule or tag '{selector}'{_hint(selector, [*RULES, *TAGS])}"
    )


def _hint(word: str, known: Any) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _settings(options: Mapping[str, Any], source: str) -> Settings:
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
        raise ConfigError(
            f"{source}: {names.get(field, field)}: {error['msg']} (got {error.get('input')!r})"
        ) from e
    if settings.min_year > settings.max_year:
        raise ConfigError(
            f"{source}: min-year {settings.min_year} is after max-year {settings.max_year}"
        )
    return settings


def _rule_options(rule_id: str, values: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The values a user set for one rule, checked by the rule's own options model; a value
    equal to the default is left out, so equal options give equal Settings."""
    model = RULES[rule_id].options
    assert model is not None  # validate() refused options for a rule without any
    try:
        given = model.model_validate(dict(values))
    except ValidationError as e:
        error = e.errors()[0]
        name = ".".join(str(part) for part in error["loc"])
        raise ConfigError(
            f"{source}: {RULES_TABLE}.{rule_id}.{name}: {error['msg']} (got {error.get('input')!r})"
        ) from e
    return given.model_dump(by_alias=True, exclude_defaults=True)


def parse_pairs(values: list[str], option: str) -> dict[str, str]:
    """``["a=b", "c=d,e=f"]`` -> ``{"a": "b", "c": "d", "e": "f"}`` for a repeatable option."""
    pairs: dict[str, str] = {}
    for item in split_list(values):
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ConfigError(f"{option}: expected NAME=VALUE, got '{item}'")
        pairs[key.strip()] = value.strip()
    return pairs


def parse_rule_options(values: list[str]) -> dict[str, dict[str, str]]:
    """``["target-jump.factor=4"]`` -> ``{"target-jump": {"factor": "4"}}``."""
    rules: dict[str, dict[str, str]] = {}
    for key, value in parse_pairs(values, "--rule-option").items():
        rule_id, sep, name = key.rpartition(".")
        if not sep or not rule_id:
            raise ConfigError(f"--rule-option: expected RULE.OPTION=VALUE, got '{key}={value}'")
        rules.setdefault(rule_id, {})[name] = value
    return rules


def split_list(values: list[str]) -> list[str]:
    """Repeated options and comma-separated values alike: ``--select a,b --select c``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
