"""One frozen Settings from renstra.toml / [tool.renstra] in pyproject.toml and the command line.

The file is looked for in the current directory only (``renstra.toml`` first, then a
``pyproject.toml`` that has a ``[tool.renstra]`` table), unless one is named. Keys::

    lang = "id"                        # or "en"
    select = ["#period", "spelling"]   # rule ids or tags; none means every rule
    ignore = ["target-count-mismatch"]
    min-year = 1990                    # the plausible year window, and period lengths
    max-year = 2100
    min-period-years = 2
    max-period-years = 7

    [limits]                           # resource limits (see `renstra extract --help`)
    max-file-size = "50M"              # sizes: bytes, or K/M/G (powers of 1024)
    max-pdf-pages = 2000
    max-text-lines = 500000
    max-unpacked-size = "256M"         # a .docx/.xlsx's zip members, uncompressed
    max-zip-entries = 10000
    max-compression-ratio = 200
    timeout = 300                      # seconds per file
    max-memory = "2G"                  # per worker

    [severity]                         # [tool.renstra.severity] in pyproject.toml
    spelling = "error"
    "#unit" = "info"

    [misspellings]
    Presentase = "Persentase"

    [rules.target-jump]                # a rule's options (see `renstra rules`)
    factor = 4

The older top-level ``max-file-bytes`` is still read, as ``[limits] max-file-size``.
Command-line values replace the file's, except ``ignore`` which adds to it, and the tables
(severity, misspellings, rules, limits), which merge key by key. Unknown keys, rule ids,
tags, options and bad values raise ConfigError with one line naming where the mistake is.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError
from renstra.schemas import SEVERITY_RANK, Settings

from .checks import RULES, TAGS

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

CONFIG_FILE = "renstra.toml"
PYPROJECT = "pyproject.toml"

_SCALARS = {
    "lang": "lang",
    "min-year": "min_year",
    "max-year": "max_year",
    "min-period-years": "min_period_years",
    "max-period-years": "max_period_years",
}
_LISTS = ("select", "ignore")
_TABLES = ("severity", "misspellings", "rules", "limits")
LIMITS = {
    "max-file-size": "max_file_bytes",
    "max-pdf-pages": "max_pdf_pages",
    "max-text-lines": "max_text_lines",
    "max-unpacked-size": "max_unpacked_bytes",
    "max-zip-entries": "max_zip_entries",
    "max-compression-ratio": "max_compression_ratio",
    "timeout": "timeout_s",
    "max-memory": "max_memory_bytes",
}
"""[limits] keys (also the `renstra extract` option names) -> Limits fields."""
_SIZES = {"max-file-size", "max-unpacked-size", "max-memory"}
_SIZE = regex.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", regex.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
KEYS = (*_SCALARS, "max-file-bytes", *_LISTS, *_TABLES)
_WORD = regex.compile(r"\p{L}+")


class ConfigError(ValueError):
    """A configuration mistake; the message is one line for the user."""


def find_config(directory: str | Path = ".") -> Path | None:
    """renstra.toml in ``directory``, else its pyproject.toml if that has [tool.renstra]."""
    folder = Path(directory)
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
        if key == "ignore":
            merged[key] = [*base.get(key, []), *value]
        elif key in ("severity", "misspellings", "limits"):
            merged[key] = {**base.get(key, {}), **value}
        elif key == "rules":
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
        if key not in KEYS:
            raise ConfigError(f"{where}unknown key '{key}'{_hint(key, KEYS)}")
        if key in _LISTS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}'{key}' must be a list of rule ids or tags")
            for selector in value:
                _check_selector(selector, f"{where}{key}")
        elif key in _TABLES and not isinstance(value, Mapping):
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
    for name in options.get("limits", {}):
        if name not in LIMITS:
            raise ConfigError(f"{where}limits: unknown limit '{name}'{_hint(name, LIMITS)}")
    for rule_id, rule_options in options.get("rules", {}).items():
        if rule_id not in RULES:
            raise ConfigError(f"{where}rules: unknown rule '{rule_id}'{_hint(rule_id, RULES)}")
        known = RULES[rule_id].options
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
    fields: dict[str, Any] = {_SCALARS[k]: v for k, v in options.items() if k in _SCALARS}
    names: dict[str, str] = {field: key for key, field in _SCALARS.items()}
    for key in _LISTS:
        if key in options:
            fields[key] = tuple(dict.fromkeys(options[key]))
    if "severity" in options:
        fields["severity"] = dict(options["severity"])
    if "misspellings" in options:
        fields["misspellings"] = dict(options["misspellings"])
    for rule_id, rule_options in options.get("rules", {}).items():
        for name, value in rule_options.items():
            field = RULES[rule_id].options[name]
            fields[field] = value
            names[field] = f"rules.{rule_id}.{name}"
    limits = dict(options.get("limits", {}))
    if "max-file-bytes" in options:
        limits.setdefault("max-file-size", options["max-file-bytes"])
    if limits:
        fields["limits"] = {
            LIMITS[name]: parse_size(value, f"{source}: limits.{name}") if name in _SIZES else value
            for name, value in limits.items()
        }
        names.update({LIMITS[name]: f"limits.{name}" for name in limits})
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


def parse_size(value: object, where: str) -> int:
    """Bytes from 1048576, '512M', '2G' or '2GiB' (powers of 1024); ConfigError otherwise."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: {value!r} is not a size (e.g. 512M, 2G)")
    if isinstance(value, int):
        size = value
    else:
        match = _SIZE.match(str(value))
        if match is None:
            raise ConfigError(f"{where}: {value!r} is not a size (e.g. 512M, 2G)")
        size = int(float(match[1]) * _UNITS[match[2].lower()])
    if size <= 0:
        raise ConfigError(f"{where}: a size must be above zero, not {value!r}")
    return size


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
