"""A Document's rows for each table of ``tables``: typed values (int, float, str or None),
in each table's column order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from renstra.schemas import (
    Budget,
    Document,
    Finding,
    Indicator,
    Program,
    SourceLocation,
    Target,
)

from .csv_out import LOCATION_COLUMNS
from .tables import TABLES, Table

Row = tuple[Any, ...]
Record = dict[str, Any]
INDICATOR_TEXTS = [
    "number", "code", "goal", "objective", "name", "level", "unit", "rationale", "definition",
    "data_source", "responsible", "frequency", "polarity",
]  # fmt: skip
"""The Indicator's fields that go to a column of the same name as they are."""


def document_rows(document: Document, paths: Sequence[str]) -> dict[str, list[Row]]:
    """Table name -> the rows of ``document``; ``paths``: the inputs that hold its bytes."""
    sha = document.source.sha256
    records: dict[str, list[Record]] = {
        "documents": [_document(document)],
        "files": [{"path": path, "sha256": sha} for path in paths],
        "programs": [_program(p) for p in document.programs],
        "budgets": [b for p in document.programs for b in _budgets(p)],
        "indicators": [_indicator(i, None) for i in document.indicators]
        + [_indicator(i, p) for p in document.programs for i in p.indicators],
        "targets": [t for i in _all_indicators(document) for t in _targets(i)],
        "findings": [_finding(n, f) for n, f in enumerate(document.findings, start=1)],
    }
    return {table.name: _ordered(table, records[table.name], sha) for table in TABLES}


def _ordered(table: Table, records: list[Record], sha: str) -> list[Row]:
    names = table.names
    return [tuple(sha if name == "sha256" else r[name] for name in names) for r in records]


def _all_indicators(document: Document) -> Iterator[Indicator]:
    yield from document.indicators
    for program in document.programs:
        yield from program.indicators


def _location(location: SourceLocation | None) -> Record:
    return {name: getattr(location, name, None) for name in LOCATION_COLUMNS}


def _joined(items: Sequence[str], separator: str = " ") -> str | None:
    """A list as the CSVs write it; None for an empty one."""
    return separator.join(items) if items else None


def _document(document: Document) -> Record:
    source, period, signatory = document.source, document.period, document.signatory
    return {
        "source_path": source.path,
        "format": source.format,
        "size_bytes": source.size_bytes,
        "encoding": source.encoding,
        "pages": source.pages,
        "doc_type": document.doc_type,
        "organization": document.organization.name,
        "region": document.organization.region,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "period_raw": period.raw if period else None,
        "year": document.year,
        "main_duty": document.main_duty,
        **{
            f"signatory_{name}": getattr(signatory, name, None)
            for name in ("name", "position", "nip", "date", "date_iso")
        },
        "schema_version": document.schema_version,
        "generator_version": document.generator.version,
    }


def _value(prefix: str, value: Target | None) -> Record:
    """``<prefix>_text``, ``_value``, ``_kind``, ``_low``, ``_high`` of one value cell."""
    if value is None:
        return dict.fromkeys(f"{prefix}_{k}" for k in ("text", "value", "kind", "low", "high"))
    return {
        f"{prefix}_text": value.text,
        f"{prefix}_value": value.value,
        f"{prefix}_kind": value.kind,
        f"{prefix}_low": value.low,
        f"{prefix}_high": value.high,
    }


def _indicator(indicator: Indicator, program: Program | None) -> Record:
    formula = indicator.formula
    sub_items = [f"{s.label}. {s.name}" for s in indicator.sub_items]
    return {
        "indicator_id": indicator.id,
        "program_id": program.id if program else None,
        **{key: getattr(indicator, key) for key in INDICATOR_TEXTS},
        "sub_items": _joined(sub_items, "; "),
        **{
            f"formula_{part}": getattr(formula, part, None)
            for part in ("raw", "kind", "numerator", "denominator", "multiplier", "target")
        },
        "formula_definitions": _joined(
            [f"{key} = {text}" for key, text in formula.definitions.items()], "; "
        )
        if formula
        else None,
        **_value("baseline", indicator.baseline),
        **_value("final_target", indicator.final_target),
        "inferred": _joined(indicator.inferred),
        **_location(indicator.provenance),
    }


def _targets(indicator: Indicator) -> Iterator[Record]:
    for position, target in enumerate(indicator.targets, start=1):
        realization, achievement = target.realization, target.achievement
        yield {
            "indicator_id": indicator.id,
            # renstra numbers every target; a hand-made JSON without one keeps its place
            "year_index": target.year_index if target.year_index is not None else position,
            "year": target.year,
            "target_text": target.text,
            "target_value": target.value,
            "target_unit": target.unit,
            "target_kind": target.kind,
            "target_low": target.low,
            "target_high": target.high,
            "realization_text": realization.text if realization else None,
            "realization_value": realization.value if realization else None,
            "achievement_text": achievement.text if achievement else None,
            "achievement_value": achievement.value if achievement else None,
            **_location(target.provenance or indicator.provenance),
        }


def _program(program: Program) -> Record:
    final = program.final_budget
    return {
        "program_id": program.id,
        "code": program.code,
        "level": program.level,
        "name": program.name,
        "parent": program.parent,
        "responsible": program.responsible,
        "location": program.location,
        "funding_source": program.funding_source,
        "final_budget": final.amount if final else None,
        "final_budget_text": final.text if final else None,
        **_location(program.provenance),
    }


def _budgets(program: Program) -> Iterator[Record]:
    for position, budget in enumerate(program.budgets, start=1):
        yield _budget(program, position, budget)


def _budget(program: Program, position: int, budget: Budget) -> Record:
    spent, ratio = budget.realization, budget.achievement
    return {
        "program_id": program.id,
        "budget_index": position,
        "year_index": budget.year_index,
        "year": budget.year,
        "budget": budget.amount,
        "budget_text": budget.text,
        "budget_scale": budget.scale,
        "realization": spent.amount if spent else None,
        "realization_text": spent.text if spent else None,
        "achievement_text": ratio.text if ratio else None,
        "achievement_value": ratio.value if ratio else None,
        **_location(budget.provenance or program.provenance),
    }


def _finding(position: int, finding: Finding) -> Record:
    return {
        "finding_index": position,
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "indicator_id": finding.indicator_id,
        **_location(finding.location),
        "fingerprint": finding.fingerprint,
        "evidence": finding.evidence,
        "tags": _joined(finding.tags),
        "description": finding.description,
    }
