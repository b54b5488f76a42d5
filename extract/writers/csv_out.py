"""Long-form CSVs for a batch: one row per indicator x target (a program's indicators
too), one row per finding, one row per program x budget year.

Each worker renders its document's rows (``job.csv_bytes``) and the batch appends them, in
input order, to a temp file renamed into place at the end (``atomic.AtomicFile``), so
memory stays flat and a killed run leaves no half-written CSV. UTF-8 with a byte-order mark
so Excel shows Indonesian text correctly; pandas reads it as is.
"""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Budget, Document, Indicator, Program, SourceLocation, Target

from ..program_layout import budget_of
from ..vocabulary import BY_ROLE, FIELDS, Field

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
BUDGET_COLUMN = BY_ROLE["budget"].role
SINCE_1_4_COLUMNS = [
    "program_id", BUDGET_COLUMN, "realization_text", "realization_value", "achievement_text",
    "achievement_value",
]  # fmt: skip
"""Appended after every older column (schema 1.4.0), so that a consumer that reads the
columns by position still finds each older one where it was."""
COMPLETING_COLUMNS = [
    "target_low", "target_high", "baseline_kind", "baseline_low", "baseline_high",
    "final_target_kind", "final_target_low", "final_target_high", "formula_target",
    "formula_definitions",
]  # fmt: skip
"""What the JSON holds of a value and a rumus that the older columns left out (issue 15):
a range's bounds (``69,1-69,5``), each value's kind, a rumus's trailing ``= 100`` and its
inline definitions. Appended after the 1.4.0 columns, by the same rule."""
DOCUMENT_COLUMNS = [
    "source_path", "doc_type", "organization", "region", "period_start", "period_end",
]  # fmt: skip
INDICATOR_COLUMNS = [
    *DOCUMENT_COLUMNS, "indicator_id", *INDICATOR_FIELD_COLUMNS, "inferred", *TARGET_COLUMNS,
    *LOCATION_COLUMNS, *SINCE_1_4_COLUMNS, *COMPLETING_COLUMNS,
]  # fmt: skip
PROGRAM_COLUMNS = [
    *DOCUMENT_COLUMNS, "program_id", "code", "level", "name", "parent", "final", "year_index",
    "year", BUDGET_COLUMN, "budget_text", "budget_scale", "responsible", "location",
    "funding_source", *LOCATION_COLUMNS, "realization", "realization_text",
    "achievement_text", "achievement_value",
]  # fmt: skip
"""programs.csv: one row per budget of a program (``final`` false), then one for its final
budget (``final`` true, year columns empty); a program without any budget has one row with
the budget columns empty."""
FINDING_COLUMNS = [
    "source_path", "rule", "severity", "message", "suggestion", "indicator_id",
    *LOCATION_COLUMNS, "fingerprint", "evidence", "tags", "description",
]  # fmt: skip
"""``fingerprint`` (what ``--baseline`` matches on), ``evidence`` (the offending text as
written), ``tags`` (space-separated) and ``description`` (the rule's) come after the older
columns."""
DOCUMENT_TABLE_COLUMNS = [
    *DOCUMENT_COLUMNS, "year", "format", "sha256", "size_bytes", "pages", "encoding",
]  # fmt: skip
"""documents.csv: one row per document read, the key the other CSVs' ``source_path`` points
at (a document with no indicator, program or finding is there too)."""
CSV_COLUMNS = {
    "indicators.csv": INDICATOR_COLUMNS,
    "findings.csv": FINDING_COLUMNS,
    "programs.csv": PROGRAM_COLUMNS,
    "documents.csv": DOCUMENT_TABLE_COLUMNS,
}
"""Each batch CSV's header: what the batch writes and what datapackage.json declares."""


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


def _document_cells(document: Document) -> list[object]:
    period = document.period
    return [
        document.source.path, document.doc_type, document.organization.name or "",
        document.organization.region or "", period.start if period else "",
        period.end if period else "",
    ]  # fmt: skip


def document_rows(document: Document) -> Iterator[list[object]]:
    source = document.source
    yield _document_cells(document) + [
        document.year or "", source.format, source.sha256, source.size_bytes,
        source.pages or "", source.encoding or "",
    ]  # fmt: skip


def indicator_rows(document: Document) -> Iterator[list[object]]:
    """The document's indicators, then each program's indicators, each target of a
    program's indicator beside the program's budget of that year."""
    head = _document_cells(document)
    for indicator in document.indicators:
        yield from _target_rows(head, indicator, None)
    for program in document.programs:
        for indicator in program.indicators:
            yield from _target_rows(head, indicator, program)


def _target_rows(
    head: list[object], indicator: Indicator, program: Program | None
) -> Iterator[list[object]]:
    body = head + _indicator_cells(indicator)
    values = _completing_cells(indicator)  # the same on each of the indicator's rows
    targets: list[Target | None] = list(indicator.targets) or [None]
    for target in targets:
        bounds = [_number(target.low), _number(target.high)] if target else ["", ""]
        tail = bounds + values
        if target is None:
            yield body + [""] * len(TARGET_COLUMNS) + _location(indicator.provenance) + [
                program.id if program else "", *[""] * (len(SINCE_1_4_COLUMNS) - 1), *tail,
            ]  # fmt: skip
            continue
        budget = budget_of(program.budgets, target) if program else None
        yield body + [
            target.year_index or "", target.year or "", target.text, _number(target.value),
            target.unit or "", target.kind,
            *_location(target.provenance or indicator.provenance),
            program.id if program else "", _amount(budget),
            *_value_cells(target.realization), *_value_cells(target.achievement), *tail,
        ]  # fmt: skip


def _completing_cells(indicator: Indicator) -> list[object]:
    """The COMPLETING_COLUMNS after the target's bounds: the indicator's own."""
    cells: list[object] = []
    for value in (indicator.baseline, indicator.final_target):
        if value is None:
            cells += ["", "", ""]
        else:
            cells += [value.kind, _number(value.low), _number(value.high)]
    formula = indicator.formula
    if formula is None:
        return [*cells, "", ""]
    definitions = "; ".join(f"{key} = {text}" for key, text in formula.definitions.items())
    return [*cells, _number(formula.target), definitions]


def _amount(budget: Budget | None) -> str:
    """Whole rupiah as digits, never a float's notation."""
    return str(budget.amount) if budget is not None and budget.amount is not None else ""


def _value_cells(value: Target | None) -> list[object]:
    return [value.text, _number(value.value)] if value is not None else ["", ""]


def program_rows(document: Document) -> Iterator[list[object]]:
    head = _document_cells(document)
    for program in document.programs:
        body = head + [
            program.id, program.code or "", program.level or "", program.name,
            program.parent or "",
        ]  # fmt: skip
        tail = [program.responsible or "", program.location or "", program.funding_source or ""]
        budgets = [(False, b) for b in program.budgets]
        if program.final_budget is not None:
            budgets.append((True, program.final_budget))
        if not budgets:
            yield body + [
                "false", "", "", "", "", "", *tail, *_location(program.provenance), "", "", "", "",
            ]  # fmt: skip
        for final, budget in budgets:
            years = ["", ""] if final else [budget.year_index or "", budget.year or ""]
            spent = budget.realization
            yield body + [
                "true" if final else "false", *years, _amount(budget), budget.text, budget.scale,
                *tail, *_location(budget.provenance or program.provenance),
                _amount(spent), spent.text if spent is not None else "",
                *_value_cells(budget.achievement),
            ]  # fmt: skip


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
            f.indicator_id or "", *_location(f.location), f.fingerprint or "", f.evidence or "",
            " ".join(f.tags), f.description or "",
        ]  # fmt: skip
