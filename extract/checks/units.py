"""Rules on the satuan: missing, contradicting the name or formula, percentages over 100."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from renstra.schemas import Document, Finding, Indicator, Settings

from ..parsers.units import same_unit
from .registry import finding, rule

_PERCENT_NAME = regex.compile(
    r"^\s*(persentase|prosentase|presentase|pesersentase|persentasi|persen)\b", regex.I
)
_COUNT_NAME = regex.compile(r"^\s*jumlah\b", regex.I)
_PERCENT_UNIT = regex.compile(r"^\s*(%|persen|prosen)\s*$", regex.I)


def is_percent_unit(unit: str | None) -> bool:
    return bool(unit) and bool(_PERCENT_UNIT.match(unit or ""))


def _has_unit_column(document: Document, indicator: Indicator) -> bool:
    return any(
        t.index == indicator.provenance.table and "unit" in t.columns for t in document.tables
    )


@rule(
    "unit-missing",
    "warning",
    "An indicator has no satuan, in its column or on its target values.",
    tags=("#unit",),
    example="'Jumlah dokumen perencanaan' with targets 3, 4, 5 and no satuan",
)
def unit_missing(document: Document, settings: Settings) -> Iterator[Finding]:
    for indicator in document.indicators:
        if indicator.unit:
            continue
        numeric = any(t.kind in ("number", "range") for t in indicator.targets)
        if numeric or _has_unit_column(document, indicator):
            yield finding(
                "unit-missing",
                f"'{indicator.name}' has no satuan.",
                indicator.provenance,
                indicator_id=indicator.id,
                suggestion="%" if _PERCENT_NAME.match(indicator.name) else None,
            )


@rule(
    "unit-mismatch",
    "error",
    "The satuan contradicts the indicator's name, formula or target values "
    "(a 'Persentase' that is not in %, a % on a count).",
    tags=("#unit", "#formula"),
    example="'Persentase penanganan konflik' with satuan 'kegiatan'",
)
def unit_mismatch(document: Document, settings: Settings) -> Iterator[Finding]:
    for indicator in document.indicators:
        unit = indicator.unit
        if not unit:
            continue
        reasons: list[str] = []
        suggestion: str | None = None
        formula = indicator.formula
        if not is_percent_unit(unit):
            if _PERCENT_NAME.match(indicator.name):
                reasons.append(f"it is named as a percentage but its satuan is '{unit}'")
                suggestion = "%"
            elif formula is not None and formula.kind == "ratio" and formula.multiplier == 100:
                reasons.append(
                    f"its formula gives a percentage (x 100%) but its satuan is '{unit}'"
                )
                suggestion = "%"
        else:
            if formula is not None and formula.kind == "count":
                reasons.append("its satuan is % but its formula is a count")
            elif _COUNT_NAME.match(indicator.name):
                reasons.append("its satuan is % but it is named as a count ('Jumlah ...')")
        target_units = {t.unit for t in indicator.targets if t.unit and t.kind == "number"}
        other = {u for u in target_units if not same_unit(u, unit)}
        if other:
            reasons.append(f"its targets are written in {', '.join(sorted(other))}, not '{unit}'")
        if reasons:
            yield finding(
                "unit-mismatch",
                f"'{indicator.name}': {'; '.join(reasons)}.",
                indicator.provenance,
                indicator_id=indicator.id,
                suggestion=f"satuan '{suggestion}'" if suggestion else None,
            )


@rule(
    "percent-out-of-range",
    "warning",
    "A target in % is above 100 or below 0.",
    tags=("#unit", "#target"),
    example="'120 %' on a Persentase indicator",
)
def percent_out_of_range(document: Document, settings: Settings) -> Iterator[Finding]:
    for indicator in document.indicators:
        values = [indicator.baseline, *indicator.targets, indicator.final_target]
        for target in values:
            if target is None or target.value is None:
                continue
            in_percent = is_percent_unit(target.unit) or (
                target.unit is None and is_percent_unit(indicator.unit)
            )
            if in_percent and not 0 <= target.value <= 100:
                yield finding(
                    "percent-out-of-range",
                    f"'{indicator.name}': target '{target.text}' is outside 0-100 %.",
                    target.provenance or indicator.provenance,
                    indicator_id=indicator.id,
                )
