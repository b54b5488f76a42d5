"""A request's query options -> its Settings, by the CLI's own code.

The options are those of `renstra extract`, named as there without the dashes
(``?lang=en&select=unit-mismatch&ignore=spelling&ocr=auto``, ``rule-option``), repeatable
and comma-separated alike. They become the overrides the command line would give
(``cli.options.ConfigOptions.overrides``) and are resolved onto the server's options by
``config.resolve_settings``: the same checks, the same one-line messages, in the request's
language. The limits (``timeout``, ``max-memory``, ``max-file-size``...) are the server's:
a request that names one is refused, so that no client lifts them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..knobs import LIMITS_TABLE, Knob, knobs_of

if TYPE_CHECKING:
    from renstra.schemas import Lang, Settings

    from .config import ServeConfig

COMMAND = "extract"
RULE_OPTION = "rule-option"
REQUEST_KNOBS: dict[str, Knob] = {
    knob.name: knob for knob in knobs_of(COMMAND) if knob.table != LIMITS_TABLE
}
"""The settings a request may give, by query name."""
SERVER_KNOBS: dict[str, Knob] = {
    knob.name: knob for knob in knobs_of(COMMAND) if knob.table == LIMITS_TABLE
}


class OptionError(ValueError):
    """A query option the CLI would refuse too; ``text_in`` is its one line."""

    def __init__(self, said: Any) -> None:
        super().__init__(said.text_in("en"))
        self.said = said

    def text_in(self, lang: Lang) -> str:
        return str(self.said.text_in(lang))


def request_settings(
    config: ServeConfig, query: Iterable[tuple[str, str]], *, own: Iterable[str] = ()
) -> Settings:
    """The Settings of a request; ``own``: query names the route takes itself (``name``),
    left out. Raises OptionError for an unknown option, a limit, or a bad value."""
    from ..cli.options import ConfigOptions
    from ..config import ConfigError, resolve_settings

    skip = set(own)
    given: dict[Knob, list[str]] = {}
    rule_options: list[str] = []
    try:
        for key, value in query:
            if key in skip:
                continue
            if key == RULE_OPTION:
                rule_options.append(value)
            elif key in REQUEST_KNOBS:
                given.setdefault(REQUEST_KNOBS[key], []).append(value)
            else:
                raise _unknown(key)
        overrides = ConfigOptions(given=given, rule_option=rule_options or None).overrides()
        return resolve_settings(config.options, overrides, file_source="", override_source="")
    except ConfigError as e:
        raise OptionError(e) from e


def _unknown(key: str) -> Exception:
    """A query name no request takes: a limit is the server's; anything else is said as
    renstra.toml's unknown key is (with a did-you-mean)."""
    from ..config import ConfigError, _hint
    from ..messages import msg
    from . import texts  # noqa: F401  (its messages)

    if key in SERVER_KNOBS:
        return ConfigError("", msg("serve.server-limit", setting=key))
    known = [*REQUEST_KNOBS, RULE_OPTION]
    return ConfigError("", msg("config.unknown-key", setting=key, hint=_hint(key, known)))


def said_lang(config: ServeConfig, query: Iterable[tuple[str, str]]) -> Lang:
    """The language to refuse a request in before its Settings exist: its ``lang`` when
    valid, else the server's."""
    for key, value in query:
        if key == "lang" and value in ("id", "en"):
            return value  # type: ignore[return-value]
    return config.settings.lang


def query_parameters() -> list[dict[str, Any]]:
    """The OpenAPI parameters of the options (every route that parses takes them)."""
    from ..knob_fields import choices, field_info, shape

    parameters = []
    for name, knob in REQUEST_KNOBS.items():
        kind = shape(knob)
        schema: dict[str, Any] = {"type": "string"}
        if kind == "choice":
            schema["enum"] = list(choices(knob))
        if kind in ("list", "pairs"):
            schema = {"type": "array", "items": {"type": "string"}}
        if kind in ("integer", "number"):
            schema = {"type": kind, **_bounds(knob)}
        description = field_info(knob).description or ""
        parameters.append(
            {
                "name": name,
                "in": "query",
                "required": False,
                "description": f"As `renstra extract --{name}`. {description}".strip(),
                "schema": schema,
                **({"style": "form", "explode": True} if schema["type"] == "array" else {}),
            }
        )
    parameters.append(
        {
            "name": RULE_OPTION,
            "in": "query",
            "required": False,
            "description": "A rule's option, RULE.OPTION=VALUE (see GET /v1/rules).",
            "schema": {"type": "array", "items": {"type": "string"}},
            "style": "form",
            "explode": True,
        }
    )
    return parameters


def _bounds(knob: Knob) -> dict[str, float]:
    """A number setting's limits (pydantic's ge/le/gt/lt) as JSON Schema keywords."""
    from ..knob_fields import field_info

    bounds: dict[str, float] = {}
    for constraint in field_info(knob).metadata:
        for attribute, keyword in (
            ("ge", "minimum"), ("le", "maximum"),
            ("gt", "exclusiveMinimum"), ("lt", "exclusiveMaximum"),
        ):  # fmt: skip
            value = getattr(constraint, attribute, None)
            if isinstance(value, (int, float)):
                bounds[keyword] = value
    return bounds
