"""What a Knob's Settings or Limits field says about it: the shape of its value, its
default and its help, in the words --help and docs/configuration.md use."""

from __future__ import annotations

from typing import Any, Literal, get_args, get_origin

from pydantic.fields import FieldInfo
from renstra.schemas import Limits, Settings
from renstra.schemas.limits import SIZE_UNITS, size_in_bytes

from .knobs import LIMITS_TABLE, Knob

Shape = Literal["list", "pairs", "choice", "size", "integer", "number", "text"]
"""``list``: rule ids or tags; ``pairs``: a NAME=VALUE table; the rest one value."""

_METAVARS: dict[Shape, str] = {
    "list": "VALUE",
    "pairs": "NAME=VALUE",
    "size": "SIZE",
    "integer": "N",
    "number": "NUMBER",
    "text": "TEXT",
}
_NOTES: dict[Shape, str] = {
    "list": "Repeat the option or separate with commas.",
    "pairs": "Repeat the option or separate with commas.",
    "size": "Bytes, or with K, M, G (powers of 1024).",
}


def field_info(knob: Knob) -> FieldInfo:
    model = Limits if knob.table == LIMITS_TABLE else Settings
    return model.model_fields[knob.field]


def shape(knob: Knob) -> Shape:
    info = field_info(knob)
    annotation = info.annotation
    if get_origin(annotation) is tuple:
        item = get_args(annotation)[0]
        return "pairs" if get_origin(item) is tuple else "list"
    if get_origin(annotation) is Literal:
        return "choice"
    if any(getattr(m, "func", None) is size_in_bytes for m in info.metadata):
        return "size"
    if annotation is str:
        return "text"
    return "integer" if annotation is int else "number"


def choices(knob: Knob) -> tuple[str, ...]:
    """The values a ``choice`` knob takes, in order."""
    return tuple(get_args(field_info(knob).annotation))


def metavar(knob: Knob) -> str:
    kind = shape(knob)
    if knob.metavar:
        return knob.metavar
    if kind == "choice":
        return "[" + "|".join(choices(knob)) + "]"
    return _METAVARS[kind]


def default(knob: Knob) -> Any:
    return field_info(knob).default


def default_text(knob: Knob) -> str:
    """The default as a user would write it (``50M``, ``300``, ``id``); empty for none."""
    if shape(knob) in ("list", "pairs"):
        return ""
    return value_text(knob, default(knob))


def value_text(knob: Knob, value: object) -> str:
    """One value of a single-valued knob as a user would write it: ``50M``, ``300``."""
    if shape(knob) == "size" and isinstance(value, int):
        return size_text(value)
    return number_text(value) if isinstance(value, float) else str(value)


def number_text(value: float) -> str:
    """``300.0`` -> ``300``, ``0.85`` -> ``0.85``: exact, without a needless ``.0``."""
    return str(int(value)) if value.is_integer() else repr(value)


def size_text(size: int) -> str:
    """``52428800`` -> ``50M``: the largest unit that divides the size."""
    for unit, factor in reversed(SIZE_UNITS.items()):
        if unit and size % factor == 0:
            return f"{size // factor}{unit.upper()}"
    return str(size)


def description(knob: Knob) -> str:
    """The field's description as a sentence."""
    text = str(field_info(knob).description or "")
    return text[:1].upper() + text[1:] + "."


def help_text(knob: Knob) -> str:
    """The field's description, and how to write the value."""
    parts = [description(knob)]
    if note := _NOTES.get(shape(knob)):
        parts.append(note)
    if knob.adds:
        parts.append("Adds to the config file's list.")
    return " ".join(parts)


def option_help(knob: Knob) -> str:
    """The option's help in --help: ``help_text`` and the default."""
    default = default_text(knob)
    return help_text(knob) + (f"  [default: {default}]" if default else "")
