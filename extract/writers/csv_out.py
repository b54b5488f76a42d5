"""Long-form CSVs for a batch: one row per indicator x target, one row per finding.

Each worker renders its document's rows (``job.csv_bytes``) and the batch appends them, in
input order, to a temp file renamed into place at the end (``atomic.AtomicFile``), so
memory stays flat and a killed run leaves no half-written CSV. UTF-8 with a byte-order mark
so Excel shows Indonesian text correctly; pandas reads it as is.
"""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Indicator, SourceLocation, Target

from ..vocabulary import FIELDS, Field

LOCATION_COLUMNS = ["page", "line", "table", "row", "column", "sheet", "cell"]
FORMULA_PARTS = ("raw", "kind", "numerator", "denominator", "multiplier")
TARGET_COLUMNS = ["year_index", "year", "target_text", "target_value", "target_unit", "target_kind"]


def _field_columns(field: Field) -> list[str]:
    """The CSV columns of one vocabulary field, by how its value is shaped."""
    if field.parser == "name":
        return ["name", "level", "sub_items"]
    if field.parser in ("text", "unit", "label", "polarity"):
        return [field.key]
    if field.parser == "formula":
        return [f"formula_{part}" for part in FORMULA_PARTS]
    if field.parser == "value":
        return [f"{field.attribute}_text", f"{field.attribute}_value"]
    return []  # targets are the long form's rows; unread roles have no column


INDICATOR_FIELD_COLUMNS = [c for f in FIELDS for c in _field_columns(f)]
INDICATOR_COLUMNS = [
    "source_path", "doc_type", "organization", "region", "period_start", "period_end",
    "indicator_id", *INDICATOR_FIELD_COLUMNS, "inferred", *TARGET_COLUMNS, *LOCATION_COLUMNS,
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
    cells: list[object] = [indicator.id]
    for field in FIELDS:
        if field.parser == "name":
            sub_items = "; ".join(f"{s.label}. {s.name}" for s in indicator.sub_items)
            cells += [indicator.name, indicator.level or "", sub_items]
        elif field.parser in ("text", "unit", "label", "polarity"):
            cells.append(getattr(indicator, field.key) or "")
        elif field.parser == "formula":
            formula = indicator.formula
            cells += [_text(getattr(formula, part, None)) for part in FORMULA_PARTS]
        elif field.parser == "value":
            value: Target | None = getattr(indicator, field.key)
            cells += [value.text, _number(value.value)] if value else ["", ""]
    cells.append(" ".join(indicator.inferred))
    return cells


def _text(value: object) -> str:
    if value is None:
        return ""
    return _number(value) if isinstance(value, float) else str(value)


def finding_rows(document: Document) -> Iterator[list[object]]:
    for f in document.findings:
        yield [
            document.source.path, f.rule, f.severity, f.message, f.suggestion or "",
            f.indicator_id or "", *_location(f.location),
        ]  # fmt: skip
