"""Long-form CSVs for a batch: one row per indicator x target, one row per finding.

Each worker renders its document's rows (``job.csv_bytes``) and the batch appends them, in
input order, to a temp file renamed into place at the end (``atomic.AtomicFile``), so
memory stays flat and a killed run leaves no half-written CSV. UTF-8 with a byte-order mark
so Excel shows Indonesian text correctly; pandas reads it as is.
"""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Indicator, SourceLocation, Target

LOCATION_COLUMNS = ["page", "line", "table", "row", "column", "sheet", "cell"]
INDICATOR_COLUMNS = [
    "source_path", "doc_type", "organization", "region", "period_start", "period_end",
    "indicator_id", "number", "name", "sub_items", "unit", "goal", "objective", "rationale",
    "data_source", "responsible", "polarity", "formula_raw", "formula_kind",
    "formula_numerator", "formula_denominator", "formula_multiplier", "baseline_text",
    "baseline_value", "year_index", "year", "target_text", "target_value", "target_unit",
    "target_kind", *LOCATION_COLUMNS,
]  # fmt: skip
FINDING_COLUMNS = [
    "source_path", "rule", "severity", "message", "suggestion", "indicator_id",
    *LOCATION_COLUMNS,
]  # fmt: skip


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def _location(location: SourceLocation | None) -> list[object]:
    if location is None:
        return [""] * len(LOCATION_COLUMNS)
    return [
        getattr(location, name) if getattr(location, name) is not None else ""
        for name in LOCATION_COLUMNS
    ]


def indicator_rows(document: Document) -> Iterator[list[object]]:
    period = document.period
    head = [
        document.source.path, document.doc_type, document.organization.name or "",
        document.organization.region or "", period.start if period else "",
        period.end if period else "",
    ]  # fmt: skip
    for indicator in document.indicators:
        body = head + _indicator_cells(indicator)
        targets: list[Target | None] = list(indicator.targets) or [None]
        for target in targets:
            if target is None:
                yield body + ["", "", "", "", "", ""] + _location(indicator.provenance)
                continue
            yield body + [
                target.year_index or "", target.year or "", target.text, _number(target.value),
                target.unit or "", target.kind,
            ] + _location(target.provenance or indicator.provenance)  # fmt: skip


def _indicator_cells(indicator: Indicator) -> list[object]:
    formula = indicator.formula
    baseline = indicator.baseline
    return [
        indicator.id, indicator.number or "", indicator.name,
        "; ".join(f"{s.label}. {s.name}" for s in indicator.sub_items), indicator.unit or "",
        indicator.goal or "", indicator.objective or "", indicator.rationale or "",
        indicator.data_source or "", indicator.responsible or "", indicator.polarity,
        formula.raw if formula else "", formula.kind if formula else "",
        (formula.numerator or "") if formula else "",
        (formula.denominator or "") if formula else "",
        _number(formula.multiplier) if formula else "",
        baseline.text if baseline else "", _number(baseline.value) if baseline else "",
    ]  # fmt: skip


def finding_rows(document: Document) -> Iterator[list[object]]:
    for f in document.findings:
        yield [
            document.source.path, f.rule, f.severity, f.message, f.suggestion or "",
            f.indicator_id or "", *_location(f.location),
        ]  # fmt: skip
