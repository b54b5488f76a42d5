"""Rules on the rumus perhitungan of IKU indicators."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Finding, Settings

from ..parsers.formula import formula_problems
from .registry import finding, rule


@rule(
    "formula-missing",
    "error",
    "An IKU indicator has an empty rumus (formula) cell.",
    tags=("#formula",),
    example="an IKU row whose RUMUS PERHITUNGAN cell is blank",
)
def formula_missing(document: Document, settings: Settings) -> Iterator[Finding]:
    with_formula = {t.index for t in document.tables if t.kind == "iku" and "formula" in t.columns}
    for indicator in document.indicators:
        if indicator.formula is None and indicator.provenance.table in with_formula:
            yield finding(
                "formula-missing",
                f"'{indicator.name}' has no formula.",
                indicator.provenance,
                indicator_id=indicator.id,
            )


@rule(
    "formula-malformed",
    "error",
    "A formula has unbalanced braces or parentheses, or an empty numerator or denominator.",
    tags=("#formula",),
    example="\\frac{Jumlah A}{Jumlah B",
)
def formula_malformed(document: Document, settings: Settings) -> Iterator[Finding]:
    for indicator in document.indicators:
        if indicator.formula is None:
            continue
        problems = formula_problems(indicator.formula.raw)
        if problems:
            yield finding(
                "formula-malformed",
                f"'{indicator.name}': formula is malformed: {'; '.join(problems)}.",
                indicator.provenance,
                indicator_id=indicator.id,
            )
