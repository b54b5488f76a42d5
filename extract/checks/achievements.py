"""The capaian an LKjIP (or a T-C.23) writes, against the one its target and realisasi give.

The recomputation and the rounding are ``parsers.achievement``'s: realisasi / target x 100,
inverted for a lower-is-better indicator, and a written capaian matches when it is the
computed one rounded half up to the decimals it is written with.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

import regex
from renstra.schemas import Document, Indicator, Polarity, Settings, Target

from ..messages import CATALOGUE, Lang, Msg, msg, number
from ..parsers.achievement import capaian, written_matches
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    "achievement-mismatch.description": {
        "id": "Capaian yang tertulis tidak sama dengan realisasi / target x 100 % (untuk "
        "indikator yang makin rendah makin baik: target / realisasi, atau (target - (realisasi "
        "- target)) / target), setelah pembulatan.",
        "en": "The written capaian is not realisasi / target x 100 % (for a lower-is-better "
        "indicator: target / realisasi, or (target - (realisasi - target)) / target), beyond "
        "rounding.",
    },
    "achievement-mismatch.example": {
        "id": "target 80, realisasi 76, capaian tertulis 110 % (semestinya 95 %)",
        "en": "target 80, realisasi 76, capaian written 110 % (it is 95 %)",
    },
    "achievement-mismatch.why": {
        "id": "Capaian adalah angka yang dibaca pimpinan dan evaluator SAKIP dari LKjIP; capaian "
        "yang salah hitung melaporkan kinerja yang tidak pernah terjadi, dan tersimpan begitu "
        "saja di aplikasi e-SAKIP. Karena dapat dihitung ulang dengan pasti, selisihnya galat. "
        "Capaian yang cocok dengan rumus kebalikannya (rasio dibalik) hanya peringatan bila "
        "dokumen menyatakan polaritasnya, dan tidak dilaporkan bila renstra menduganya dari "
        "nama indikator: bacaan dokumen sendiri yang berlaku. Untuk indikator yang makin "
        "rendah makin baik, "
        "kedua rumus yang lazim diterima: rasio terbalik, dan rumus aplikasi e-SAKIP (target - "
        "(realisasi - target)) / target. Pembulatan setengah ke atas pada jumlah desimal yang "
        "ditulis tidak dilaporkan (95,45 boleh ditulis 95,5 atau 95).",
        "en": "The capaian is the figure heads and SAKIP evaluators read in an LKjIP; one "
        "computed wrong reports a performance that never happened, and is stored as it stands "
        "in e-SAKIP. Since it can be recomputed exactly, a difference is an error. A capaian "
        "that matches the inverted ratio is only a warning where the document states the "
        "polarity, and no finding where renstra inferred it from the name: the document's own "
        "reading then holds. For a lower-is-better "
        "indicator both usual formulas are accepted: the inverted ratio, and the e-SAKIP "
        "applications' (target - (realisasi - target)) / target. Rounding half up to the "
        "decimals written is not reported (95.45 may be written 95,5 or 95).",
    },
    "achievement-mismatch.message": {
        "id": "'{name}' ({when}): capaian tertulis {written}, tetapi {formula} = {computed} %.",
        "en": "'{name}' ({when}): the capaian is written {written}, but {formula} = {computed} %.",
    },
    "achievement-mismatch.inverse": {
        "id": "'{name}' ({when}): capaian tertulis {written} dihitung {inverse}, padahal "
        "indikator ini {polarity}: {formula} = {computed} %.",
        "en": "'{name}' ({when}): the capaian written {written} is {inverse}, but the indicator "
        "is {polarity}: {formula} = {computed} %.",
    },
    "achievement-mismatch.higher": {
        "id": "makin tinggi makin baik",
        "en": "higher-is-better",
    },
    "achievement-mismatch.lower": {
        "id": "makin rendah makin baik",
        "en": "lower-is-better",
    },
    "achievement-mismatch.as-lower": {
        "id": "seperti indikator yang makin rendah makin baik",
        "en": "computed as for a lower-is-better indicator",
    },
    "achievement-mismatch.as-higher": {
        "id": "seperti indikator yang makin tinggi makin baik",
        "en": "computed as for a higher-is-better indicator",
    },
    "achievement-mismatch.ratio": {
        "id": "realisasi {realization} / target {target} x 100",
        "en": "realisasi {realization} / target {target} x 100",
    },
    "achievement-mismatch.inverted": {
        "id": "target {target} / realisasi {realization} x 100",
        "en": "target {target} / realisasi {realization} x 100",
    },
    "achievement-mismatch.year": {"id": "tahun {year}", "en": "year {year}"},
    "achievement-mismatch.column": {"id": "kolom ke-{column}", "en": "column {column}"},
    "achievement-mismatch.final": {"id": "akhir periode", "en": "period end"},
}
CATALOGUE.update(MESSAGES)

_PERCENT = regex.compile(r"\s*-?\d+(?:[.,]\d+)?\s*%?\s*")
"""A written capaian renstra can compare: one number, maybe with '%'. Others (``95,5
persen``, ``sangat baik``) say nothing of their precision and are left alone."""
OTHER: dict[Polarity, Polarity] = {
    "higher-is-better": "lower-is-better",
    "lower-is-better": "higher-is-better",
}


@rule("achievement-mismatch", "error", tags=("#target",))
def achievement_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    lang = settings.lang
    for indicator in document.indicators:  # the program rows' too (run_checks adds them)
        finals = [indicator.final_target] if indicator.final_target is not None else []
        for target in [*indicator.targets, *finals]:
            hit = _check(indicator, target, target is indicator.final_target, lang)
            if hit is not None:
                yield hit


def _check(indicator: Indicator, target: Target, final: bool, lang: Lang) -> Hit | None:
    written, realization = target.achievement, target.realization
    if written is None or realization is None or not _PERCENT.fullmatch(written.text):
        return None
    if target.kind != "number" or realization.kind != "number":
        return None  # a range, a predicate or a change has no ratio
    if target.value is None or realization.value is None:
        return None
    polarity = indicator.polarity
    accepted = capaian(target.value, realization.value, polarity)
    if not accepted or any(written_matches(written.text, c) for c in accepted):
        return None
    computed = accepted[0]
    inverse = capaian(target.value, realization.value, OTHER[polarity])
    key, severity = "message", None
    if any(written_matches(written.text, c) for c in inverse):
        if "polarity" in indicator.inferred:
            return None  # the document's polarity, not renstra's guess from the name, holds
        key, severity = "inverse", "warning"
    lower = polarity == "lower-is-better"
    return finding(
        "achievement-mismatch",
        key,
        written.provenance or target.provenance or indicator.provenance,
        indicator_id=indicator.id,
        suggestion=_as_written(computed, written.text),
        severity=severity,  # type: ignore[arg-type]
        evidence=written.text,
        name=indicator.name,
        when=_when(target, final),
        written=written.text,
        formula=msg(
            f"achievement-mismatch.{'inverted' if lower else 'ratio'}",
            target=target.text,
            realization=realization.text,
        ),
        computed=number(float(computed), lang),
        polarity=msg(f"achievement-mismatch.{'lower' if lower else 'higher'}"),
        inverse=msg(f"achievement-mismatch.{'as-higher' if lower else 'as-lower'}"),
    )


def _when(target: Target, final: bool) -> Msg:
    if final:
        return msg("achievement-mismatch.final")
    if target.year is not None:
        return msg("achievement-mismatch.year", year=target.year)
    return msg("achievement-mismatch.column", column=target.year_index)


def _as_written(computed: Decimal, written: str) -> str:
    """The computed capaian the way ``written`` is written: its decimals, its decimal mark,
    its '%'."""
    text = written.strip()
    number_text = text.rstrip("%").strip()
    mark = "," if "," in number_text else "."
    decimals = len(number_text.split(mark, 1)[1]) if mark in number_text else 0
    rounded = computed.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    result = f"{rounded:f}".replace(".", mark)
    if text.endswith("%"):
        result += " %" if regex.search(r"\s%$", text) else "%"
    return result
