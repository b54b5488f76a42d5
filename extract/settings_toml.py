"""Settings written as the renstra.toml that gives them: what `renstra config` prints, and
the example in docs/configuration.md."""

from __future__ import annotations

import json

from renstra.schemas import Settings

from .checks import RULES
from .knob_fields import number_text, shape, value_text
from .knobs import LIMITS, LIMITS_TABLE, TOP_LEVEL, Knob


def settings_toml(settings: Settings) -> str:
    """Every setting and rule option, top-level keys first, then [limits] and [rules.<id>]."""
    lines = [_line(knob, settings) for knob in TOP_LEVEL.values()]
    lines += ["", f"[{LIMITS_TABLE}]"]
    lines += [_line(knob, settings) for knob in LIMITS.values()]
    for rule in sorted(RULES.values(), key=lambda r: r.id):
        if rule.options is not None:
            options = rule.options.of(rule.id, settings)
            lines += ["", f"[rules.{rule.id}]"]
            for name, field in rule.option_keys.items():
                lines.append(f"{name} = {_scalar(getattr(options, field))}")
    return "\n".join(lines) + "\n"


def _line(knob: Knob, settings: Settings) -> str:
    holder = settings.limits if knob.table == LIMITS_TABLE else settings
    value = getattr(holder, knob.field)
    kind = shape(knob)
    if kind == "list":
        text = "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in value) + "]"
    elif kind == "pairs":
        pairs = ", ".join(f"{_string(k)} = {_string(v)}" for k, v in value)
        text = "{" + (f" {pairs} " if pairs else "") + "}"
    elif kind in ("size", "choice"):
        text = _string(value_text(knob, value))
    else:
        text = _scalar(value)
    return f"{knob.name} = {text}"


def _scalar(value: object) -> str:
    if isinstance(value, float):
        return number_text(value)
    return _string(value) if isinstance(value, str) else str(value)


def _string(text: str) -> str:
    """A TOML basic string (its escapes are JSON's)."""
    return json.dumps(text, ensure_ascii=False)
