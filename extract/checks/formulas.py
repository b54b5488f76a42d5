"""Rules on the rumus perhitungan of IKU indicators."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Settings

from ..parsers.formula import formula_problems
from .registry import Hit, finding, rule


@rule("formula-missing", "error", tags=("#formula",))
def formula_missing(document: Document, settings: Settings) -> Iterator[Hit]:
    with_formula = {t.index for t in document.tables if t.kind == "iku" and "formula" in t.columns}
    if not with_formula:
        return
    for indicator in document.indicators:
        if indicator.formula is None and indicator.provenance.table in with_formula:
            yield finding(
                "formula-missing",
                "message",
                indicator.provenance,
                indicator_id=indicator.id,
                name=indicator.name,
            )


@rule("formula-malformed", "error", tags=("#formula",))
def formula_malformed(document: Document, settings: Settings) -> Iterator[Hit]:
    for indicator in document.indicators:
        if indicator.formula is None:
            continue
        problems = formula_problems(indicator.formula.raw)
        if problems:
            yield finding(
                "formula-malformed",
                "message",
                indicator.provenance,
                indicator_id=indicator.id,
                evidence=indicator.formula.raw,
                name=indicator.name,
                problems=tuple(problems),
            )
