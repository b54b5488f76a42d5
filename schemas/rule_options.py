"""The base of every rule's options: a typed model of its own, declared beside the rule.

A rule with options declares a subclass (fields with their type, default, constraints and
description) in its module in ``renstra.extract.checks``; the user's values arrive in
``Settings.rules`` and the rule reads them, validated, with ``Options.of(rule_id, settings)``.
An option's name in renstra.toml (``[rules.<id>]``) and in ``--rule-option`` is its alias
when it has one (``min-values``), else its field name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from .settings import Settings

OptionsT = TypeVar("OptionsT", bound="RuleOptions")


class RuleOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @classmethod
    def of(cls: type[OptionsT], rule_id: str, settings: Settings) -> OptionsT:
        """The rule's options for this run: the defaults, with what the user set."""
        return _validated(cls, settings.options_of(rule_id))

    @classmethod
    def keys(cls) -> dict[str, str]:
        """Name as the user writes it -> field name."""
        return {(info.alias or name): name for name, info in cls.model_fields.items()}


@lru_cache(maxsize=256)
def _validated(model: type[OptionsT], values: tuple[tuple[str, Any], ...]) -> OptionsT:
    """Kept per values: every document of a run asks again."""
    return model.model_validate(dict(values))
