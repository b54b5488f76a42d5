"""Rules on the satuan: missing, contradicting the name or formula, percentages over 100."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex
from pydantic import Field
from renstra.schemas import Document, Indicator, RuleOptions, Settings

from ..memo import CACHE_SIZE
from ..messages import CATALOGUE, Lang, Msg, msg, number
from ..parsers.units import same_unit
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- unit-missing
    "unit-missing.description": {
        "id": "Indikator tidak memiliki satuan, baik di kolomnya maupun pada nilai targetnya.",
        "en": "An indicator has no satuan, in its column or on its target values.",
    },
    "unit-missing.example": {
        "id": "'Jumlah dokumen perencanaan' dengan target 3, 4, 5 tanpa satuan",
        "en": "'Jumlah dokumen perencanaan' with targets 3, 4, 5 and no satuan",
    },
    "unit-missing.why": {
        "id": "Target '3' tidak bermakna tanpa satuannya (dokumen, hari, persen). Aplikasi e-SAKIP "
        "menyimpan satuan sebagai isian tersendiri, dan tanpa satuan pengelola data tidak dapat "
        "memastikan bahwa realisasi yang dilaporkan kemudian memakai satuan yang sama dengan "
        "targetnya.",
        "en": "A target of '3' means nothing without its satuan (documents, days, percent). "
        "e-SAKIP applications keep the satuan as a field of its own, and without it a steward "
        "cannot make sure the realisasi reported later is in the target's unit.",
    },
    "unit-missing.message": {
        "id": "'{name}' tidak memiliki satuan.",
        "en": "'{name}' has no satuan.",
    },
    "unit-missing.inferred": {
        "id": "'{name}' tidak menuliskan satuan; satuan '{unit}' disimpulkan dari namanya.",
        "en": "'{name}' writes no satuan; '{unit}' was inferred from its name.",
    },
    "unit-missing.write-it": {
        "id": "Tuliskan satuan '{unit}' di kolom satuan.",
        "en": "Write the satuan '{unit}' in the satuan column.",
    },
    # -- unit-mismatch
    "unit-mismatch.description": {
        "id": "Satuan bertentangan dengan nama, rumus, atau nilai target indikator "
        "('Persentase' yang tidak dalam %, % pada sebuah jumlah).",
        "en": "The satuan contradicts the indicator's name, formula or target values "
        "(a 'Persentase' that is not in %, a % on a count).",
    },
    "unit-mismatch.example": {
        "id": "'Persentase penanganan konflik' dengan satuan 'kegiatan'",
        "en": "'Persentase penanganan konflik' with satuan 'kegiatan'",
    },
    "unit-mismatch.why": {
        "id": "Satuan menentukan cara membaca target dan realisasinya. 'Persentase' dengan satuan "
        "'kegiatan', atau % pada sebuah jumlah, berarti nama, rumus, atau satuannya keliru; "
        "aplikasi e-SAKIP akan menyimpan satuan yang bertentangan dengan angkanya, dan realisasi "
        "dapat dilaporkan dalam satuan yang berbeda dari targetnya.",
        "en": "The satuan decides how a target and its realisasi are read. A 'Persentase' in "
        "'kegiatan', or a % on a count, means the name, the formula or the satuan is wrong; "
        "e-SAKIP applications store a satuan that contradicts the figures, and the realisasi may "
        "be reported in another unit than the target.",
    },
    "unit-mismatch.message": {"id": "'{name}': {reasons}.", "en": "'{name}': {reasons}."},
    "unit-mismatch.named-percent": {
        "id": "namanya menyatakan persentase, tetapi satuannya '{unit}'",
        "en": "it is named as a percentage but its satuan is '{unit}'",
    },
    "unit-mismatch.formula-percent": {
        "id": "rumusnya menghasilkan persentase (x 100%), tetapi satuannya '{unit}'",
        "en": "its formula gives a percentage (x 100%) but its satuan is '{unit}'",
    },
    "unit-mismatch.formula-count": {
        "id": "satuannya %, tetapi rumusnya berupa jumlah",
        "en": "its satuan is % but its formula is a count",
    },
    "unit-mismatch.named-count": {
        "id": "satuannya %, tetapi namanya menyatakan jumlah ('Jumlah ...')",
        "en": "its satuan is % but it is named as a count ('Jumlah ...')",
    },
    "unit-mismatch.target-units": {
        "id": "targetnya ditulis dalam {units}, bukan '{unit}'",
        "en": "its targets are written in {units}, not '{unit}'",
    },
    "unit-mismatch.suggestion": {"id": "satuan '{unit}'", "en": "satuan '{unit}'"},
    # -- percent-out-of-range
    "percent-out-of-range.description": {
        "id": "Target dalam % lebih dari batas atas (bawaan 100) atau kurang dari 0.",
        "en": "A target in % is above the maximum (100 unless configured) or below 0.",
    },
    "percent-out-of-range.example": {
        "id": "'120 %' pada indikator Persentase",
        "en": "'120 %' on a Persentase indicator",
    },
    "percent-out-of-range.why": {
        "id": "Persentase di atas 100 atau di bawah 0 biasanya salah ketik, atau angka bersatuan "
        "lain yang diberi satuan %. Sebagai target, angka itu bukan proporsi yang nyata, sehingga "
        "capaian yang dihitung terhadapnya dalam LKjIP tidak bermakna; bila indikator dalam "
        "dokumen memang dapat melebihi 100% (mis. laju pertumbuhan), batas atasnya dapat "
        "dinaikkan.",
        "en": "A percentage above 100 or below 0 is usually a typo, or a figure in another unit "
        "under a % satuan. As a target it is no real share of anything, so the capaian computed "
        "against it in the LKjIP means nothing; where a document's indicators can truly exceed "
        "100% (a growth rate), the maximum can be raised.",
    },
    "percent-out-of-range.message": {
        "id": "'{name}': target '{text}' berada di luar rentang 0-{maximum} %.",
        "en": "'{name}': target '{text}' is outside 0-{maximum} %.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


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


class PercentOutOfRangeOptions(RuleOptions):
    maximum: float = Field(100.0, description="the highest plausible percentage")


@rule(
    "percent-out-of-range",
    "warning",
    tags=("#unit", "#target"),
    options=PercentOutOfRangeOptions,
)
def percent_out_of_range(document: Document, settings: Settings) -> Iterator[Hit]:
    maximum = PercentOutOfRangeOptions.of("percent-out-of-range", settings).maximum
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
