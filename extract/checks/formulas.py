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
    "formula-missing.why": {
        "id": "Matriks IKU adalah tempat cara pengukuran indikator ditetapkan. Tanpa rumus "
        "perhitungan, realisasi yang dilaporkan dalam LKjIP tidak dapat diuji terhadap definisi "
        "yang disepakati dan dapat dihitung dengan cara berbeda dari tahun ke tahun; isian "
        "formulasi di aplikasi e-SAKIP pun kosong.",
        "en": "The IKU matrix is where an indicator's way of measurement is fixed. Without a "
        "formula, the realisasi reported in the LKjIP cannot be checked against an agreed "
        "definition and may be computed differently from year to year; the formulasi field of "
        "e-SAKIP applications stays empty as well.",
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
    "formula-malformed.why": {
        "id": "Rumus perhitungan menjadi pegangan dalam menghitung realisasi indikator. Rumus "
        "dengan pembilang atau penyebut kosong, atau kurung yang tidak seimbang, tidak dapat "
        "dihitung atau dapat ditafsirkan berbeda oleh tiap penyusun laporan, dan rumus itu "
        "tersimpan apa adanya sebagai formulasi di aplikasi e-SAKIP.",
        "en": "The realisasi of an indicator is computed by its formula. With an empty numerator "
        "or denominator, or brackets that do not balance, it cannot be computed or is read "
        "differently by each person who reports on it, and it is stored as written as the "
        "formulasi in e-SAKIP applications.",
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
