"""Rules on the rumus perhitungan of IKU indicators."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Settings

from ..messages import CATALOGUE, Lang
from ..parsers.formula import formula_problems
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- formula-missing
    "formula-missing.description": {
        "id": "Sel rumus perhitungan indikator IKU kosong.",
        "en": "An IKU indicator has an empty rumus (formula) cell.",
    },
    "formula-missing.example": {
        "id": "baris IKU dengan sel RUMUS PERHITUNGAN kosong",
        "en": "an IKU row whose RUMUS PERHITUNGAN cell is blank",
    },
    "formula-missing.message": {
        "id": "'{name}' tidak memiliki rumus perhitungan.",
        "en": "'{name}' has no formula.",
    },
    # -- formula-malformed
    "formula-malformed.description": {
        "id": "Rumus memiliki kurung yang tidak seimbang, atau pembilang atau penyebut kosong.",
        "en": "A formula has unbalanced braces or parentheses, or an empty numerator or "
        "denominator.",
    },
    "formula-malformed.example": {
        "id": "\\frac{Jumlah A}{Jumlah B",
        "en": "\\frac{Jumlah A}{Jumlah B",
    },
    "formula-malformed.message": {
        "id": "'{name}': penulisan rumus keliru: {problems}.",
        "en": "'{name}': formula is malformed: {problems}.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


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
