"""Rules on the satuan: missing, contradicting the name or formula, percentages over 100."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex
from renstra.schemas import Document, Indicator, Settings

from ..memo import CACHE_SIZE
from ..messages import Msg, msg, number
from ..parsers.units import same_unit
from .registry import Hit, finding, rule

_PERCENT_NAME = regex.compile(
    r"^\s*(persentase|prosentase|presentase|pesersentase|persentasi|persen)\b", regex.I
)
_COUNT_NAME = regex.compile(r"^\s*jumlah\b", regex.I)
_PERCENT_UNIT = regex.compile(r"^\s*(%|persen|prosen)\s*$", regex.I)


@lru_cache(maxsize=CACHE_SIZE)
def is_percent_unit(unit: str | None) -> bool:
    return bool(unit) and bool(_PERCENT_UNIT.match(unit or ""))


def _has_unit_column(document: Document, indicator: Indicator) -> bool:
    return any(
        t.index == indicator.provenance.table and "unit" in t.columns for t in document.tables
    )


@lru_cache(maxsize=CACHE_SIZE)
def other_units(target_units: frozenset[str], unit: str) -> str:
    """The ``target_units`` that are not ``unit`` under another spelling, sorted and joined
    with commas; '' when there are none. Kept: the same few units recur in every row."""
    return ", ".join(sorted(u for u in target_units if not same_unit(u, unit)))


@rule("unit-missing", "warning", tags=("#unit",))
def unit_missing(document: Document, settings: Settings) -> Iterator[Hit]:
    for indicator in document.indicators:
        if indicator.unit and "unit" in indicator.inferred:
            yield finding(
                "unit-missing",
                "inferred",
                indicator.provenance,
                indicator_id=indicator.id,
                suggestion=msg("unit-missing.write-it", unit=indicator.unit),
                severity="info",
                name=indicator.name,
                unit=indicator.unit,
            )
            continue
        if indicator.unit:
            continue
        numeric = any(t.kind in ("number", "range") for t in indicator.targets)
        if numeric or _has_unit_column(document, indicator):
            yield finding(
                "unit-missing",
                "message",
                indicator.provenance,
                indicator_id=indicator.id,
                suggestion="%" if _PERCENT_NAME.match(indicator.name) else None,
                name=indicator.name,
            )


@rule("unit-mismatch", "error", tags=("#unit", "#formula"))
def unit_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    for indicator in document.indicators:
        unit = indicator.unit
        if not unit:
            continue
        reasons: list[Msg] = []
        suggestion: str | None = None
        formula = indicator.formula
        if not is_percent_unit(unit):
            if _PERCENT_NAME.match(indicator.name):
                reasons.append(msg("unit-mismatch.named-percent", unit=unit))
                suggestion = "%"
            elif formula is not None and formula.kind == "ratio" and formula.multiplier == 100:
                reasons.append(msg("unit-mismatch.formula-percent", unit=unit))
                suggestion = "%"
        else:
            if formula is not None and formula.kind == "count":
                reasons.append(msg("unit-mismatch.formula-count"))
            elif _COUNT_NAME.match(indicator.name):
                reasons.append(msg("unit-mismatch.named-count"))
        target_units = frozenset(t.unit for t in indicator.targets if t.kind == "number" and t.unit)
        units = other_units(target_units, unit) if target_units else ""
        if units:
            reasons.append(msg("unit-mismatch.target-units", units=units, unit=unit))
        if reasons:
            yield finding(
                "unit-mismatch",
                "message",
                indicator.provenance,
                indicator_id=indicator.id,
                suggestion=msg("unit-mismatch.suggestion", unit=suggestion) if suggestion else None,
                evidence=unit,
                name=indicator.name,
                reasons=tuple(reasons),
            )


@rule(
    "percent-out-of-range", "warning", tags=("#unit", "#target"), options={"maximum": "percent_max"}
)
def percent_out_of_range(document: Document, settings: Settings) -> Iterator[Hit]:
    maximum = settings.percent_max
    for indicator in document.indicators:
        values = [indicator.baseline, *indicator.targets, indicator.final_target]
        for target in values:
            if target is None or target.value is None or 0 <= target.value <= maximum:
                continue
            # A cell without its own unit is in the indicator's.
            if is_percent_unit(indicator.unit if target.unit is None else target.unit):
                yield finding(
                    "percent-out-of-range",
                    "message",
                    target.provenance or indicator.provenance,
                    indicator_id=indicator.id,
                    evidence=target.text,
                    name=indicator.name,
                    text=target.text,
                    maximum=number(maximum, settings.lang),
                )
