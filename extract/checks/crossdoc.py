"""Rules across one OPD's documents: its IKU against its Renstra, and their versions.

Which documents are compared is ``pairing.plan``'s decision (same organization and region,
overlapping periods, the newest of several versions); these rules compare one pair. Indicator
names match by similarity (difflib's ratio over normalised names, known misspellings
corrected first), so 'Jumlah kasus DBD' written two ways still pairs; every message says how
close the match was.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher

import regex
from pydantic import Field
from renstra.schemas import Document, Indicator, RuleOptions, Settings, SourceLocation, Target

from ..messages import CATALOGUE, Lang
from ..pairing import Card, Plan
from ..parsers.units import same_unit
from .registry import Hit, batch_rule, finding, pair_rule
from .spelling import MISSPELLINGS

MESSAGES: dict[str, dict[Lang, str]] = {
    "cross-period-mismatch.description": {
        "id": "IKU dan Renstra satu perangkat daerah (di daerah yang sama, periode yang "
        "beririsan) menyatakan periode berbeda.",
        "en": "An IKU and the Renstra of the same organization (same region, overlapping "
        "periods) state different periods.",
    },
    "cross-period-mismatch.example": {
        "id": "IKU 2021-2025 di samping Renstra 2021-2026 dari OPD yang sama",
        "en": "an IKU for 2021-2025 beside the same OPD's Renstra for 2021-2026",
    },
    "cross-period-mismatch.why": {
        "id": "IKU menjabarkan Renstra perangkat daerah yang sama untuk periode yang sama; periode "
        "yang berbeda biasanya berarti salah satu dokumen sudah usang atau salah ketik. Target "
        "pada tahun di luar irisan kedua periode tidak dapat disandingkan, dan aplikasi e-SAKIP "
        "yang menyimpan tahun awal dan tahun akhir per indikator akan mencatat kedua dokumen pada "
        "periode yang berbeda.",
        "en": "An IKU carries out its OPD's Renstra over the same period; a different period "
        "usually means one of the two is outdated or mistyped. The targets of years outside the "
        "overlap cannot be compared, and e-SAKIP applications, which store a first and last year "
        "per indicator, file the two documents under different periods.",
    },
    "cross-period-mismatch.message": {
        "id": "Periode {period} berbeda dengan periode {other} pada {path} (perangkat daerah "
        "yang sama).",
        "en": "Period {period} differs from {other} in {path} (same organization).",
    },
    "cross-indicator-missing.description": {
        "id": "Indikator IKU tidak ditemukan di Renstra perangkat daerah yang sama.",
        "en": "An IKU indicator has no matching indicator in the same organization's Renstra "
        "(same region, overlapping period).",
    },
    "cross-indicator-missing.example": {
        "id": "'Prevalensi stunting' di IKU, tidak ada di Renstra",
        "en": "'Prevalensi stunting' in the IKU, absent from the Renstra",
    },
    "cross-indicator-missing.why": {
        "id": "Indikator IKU semestinya dapat ditelusuri ke indikator tujuan atau sasaran dalam "
        "Renstra perangkat daerah yang sama. Indikator yang tidak ada di Renstra tidak memiliki "
        "acuan target jangka menengah; jika sebenarnya hanya namanya yang diubah, aplikasi "
        "e-SAKIP akan mencatatnya sebagai dua indikator yang berbeda.",
        "en": "An IKU indicator should trace back to an indicator of the tujuan or sasaran in the "
        "same OPD's Renstra. One that is absent there has no medium-term target to answer to; if "
        "it was only renamed, e-SAKIP applications record it as two different indicators.",
    },
    "cross-indicator-missing.message": {
        "id": "'{name}' tidak ada di Renstra {path}; yang paling mirip '{closest}' "
        "(kemiripan {score}%).",
        "en": "'{name}' is not in the Renstra {path}; the closest is '{closest}' "
        "({score}% similar).",
    },
    "cross-target-mismatch.description": {
        "id": "Indikator yang sama memiliki satuan atau target tahun yang sama yang berbeda "
        "di IKU dan Renstra.",
        "en": "The same indicator has a different satuan, or a different target for the same "
        "year, in the IKU and the Renstra.",
    },
    "cross-target-mismatch.example": {
        "id": "target 2024 '8,9' di Renstra, '9,0' di IKU",
        "en": "2024 target '8,9' in the Renstra, '9,0' in the IKU",
    },
    "cross-target-mismatch.why": {
        "id": "Satu indikator semestinya memiliki satu target per tahun di Renstra, IKU, dan "
        "Perjanjian Kinerja yang menjabarkannya. Bila angkanya berbeda, pengelola data tidak tahu "
        "target mana yang menjadi dasar pengukuran capaian, dan LKjIP dapat melaporkan capaian "
        "terhadap target yang tidak pernah ditetapkan di Renstra; satuan yang berbeda membuat "
        "kedua angka tidak dapat dibandingkan sama sekali.",
        "en": "An indicator should have one target per year across the Renstra, the IKU and the "
        "Perjanjian Kinerja drawn from them. When the figures differ, a steward cannot tell which "
        "target achievement is measured against, and the LKjIP may report a capaian against a "
        "target the Renstra never set; a different satuan means the two figures cannot be "
        "compared at all.",
    },
    "cross-target-mismatch.message": {
        "id": "'{name}' berbeda dengan '{other}' di {path} (kemiripan nama {score}%): "
        "{differences}.",
        "en": "'{name}' differs from '{other}' in {path} (names {score}% similar): {differences}.",
    },
    "cross-version.description": {
        "id": "Beberapa versi satu dokumen (perangkat daerah, daerah, jenis dan periode sama) "
        "ada dalam batch: hanya yang terbaru yang dibandingkan dengan dokumen lain.",
        "en": "Several versions of one document (same organization, region, kind and period) "
        "are in the batch: only the newest is compared with other documents.",
    },
    "cross-version.example": {
        "id": "renstra_v1.docx dan renstra_v2.docx dari Dinas Kesehatan yang sama, 2021-2026",
        "en": "renstra_v1.docx and renstra_v2.docx of the same Dinas Kesehatan, 2021-2026",
    },
    "cross-version.why": {
        "id": "Satu batch sering memuat draf yang diajukan ulang di samping dokumen final. Jika "
        "semua versi dibandingkan, setiap temuan akan berulang untuk tiap salinan dan temuan pada "
        "draf lama dilaporkan seolah masih berlaku; informasi ini menyebut versi yang "
        "dibandingkan (tanggal tanda tangan terbaru, lalu tanggal ubah berkas terakhir) agar "
        "pengelola data dapat memastikan bahwa itulah versi yang berlaku.",
        "en": "A batch often holds a resubmitted draft beside the final document. Comparing every "
        "version would repeat each finding once per copy and report findings on an old draft as "
        "if they still stood; this notice names the version compared (latest signing date, then "
        "last modified) so a steward can confirm it is the one in force.",
    },
    "cross-version.kept": {
        "id": "Versi yang dibandingkan dari {count} versi dokumen ini; versi lain tidak "
        "dibandingkan: {others}.",
        "en": "The version compared of {count} versions of this document; the others are "
        "not: {others}.",
    },
    "cross-version.kept-many": {
        "id": "Versi yang dibandingkan dari {count} versi dokumen ini; versi lain tidak "
        "dibandingkan: {others} dan {more} lainnya.",
        "en": "The version compared of {count} versions of this document; the others are "
        "not: {others} and {more} more.",
    },
    "cross-version.superseded": {
        "id": "Versi lama dari {kept}: tidak dibandingkan dengan dokumen lain.",
        "en": "An older version of {kept}: not compared with other documents.",
    },
}
CATALOGUE.update(MESSAGES)
NAMED_VERSIONS = 5
"""Versions named in the kept version's finding; the rest are counted (each older one has
its own finding naming the kept one)."""

_NON_WORD = regex.compile(r"[\W_]+")


def name_key(name: str) -> str:
    words = _NON_WORD.sub(" ", name.casefold()).split()
    return " ".join(MISSPELLINGS.get(word, word) for word in words)


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, name_key(a), name_key(b), autojunk=False).ratio()


def best_match(
    indicator: Indicator, candidates: Sequence[Indicator]
) -> tuple[Indicator | None, float]:
    best: Indicator | None = None
    score = 0.0
    for candidate in candidates:
        ratio = similarity(indicator.name, candidate.name)
        if ratio > score:
            best, score = candidate, ratio
    return best, score


def percent(score: float) -> int:
    """A name similarity as the messages say it, 0 to 100."""
    return round(score * 100)


@pair_rule("cross-period-mismatch", "warning", tags=("#cross", "#period"))
def cross_period_mismatch(
    document: Document, renstra: Document, settings: Settings
) -> Iterator[Hit]:
    period, ref = document.period, renstra.period
    if period is None or ref is None or (period.start, period.end) == (ref.start, ref.end):
        return
    yield finding(
        "cross-period-mismatch",
        "message",
        _period_location(document),
        suggestion=f"{ref.start}-{ref.end}",
        evidence=period.raw,
        period=f"{period.start}-{period.end}",
        other=f"{ref.start}-{ref.end}",
        path=renstra.source.path,
    )


def _period_location(document: Document) -> SourceLocation | None:
    period = document.period
    for mention in document.period_mentions:
        if period is not None and (mention.start, mention.end) == (period.start, period.end):
            return mention.location
    return None


class NameMatchOptions(RuleOptions):
    match: float = Field(
        0.85, gt=0, le=1, description="least similarity of two indicator names that match"
    )


class IndicatorMissingOptions(NameMatchOptions):
    """cross-indicator-missing's own: setting it leaves cross-target-mismatch as it is."""


class TargetMismatchOptions(NameMatchOptions):
    """cross-target-mismatch's own."""


@pair_rule(
    "cross-indicator-missing",
    "warning",
    tags=("#cross", "#indicator"),
    options=IndicatorMissingOptions,
)
def cross_indicator_missing(
    document: Document, renstra: Document, settings: Settings
) -> Iterator[Hit]:
    candidates = renstra.indicators
    if not candidates:
        return
    least = IndicatorMissingOptions.of("cross-indicator-missing", settings).match
    for indicator in document.indicators:
        closest, score = best_match(indicator, candidates)
        if score >= least or closest is None:
            continue
        yield finding(
            "cross-indicator-missing",
            "message",
            indicator.provenance,
            indicator_id=indicator.id,
            evidence=indicator.name,
            name=indicator.name,
            path=renstra.source.path,
            closest=closest.name,
            score=percent(score),
        )


@pair_rule(
    "cross-target-mismatch",
    "warning",
    tags=("#cross", "#target", "#unit"),
    options=TargetMismatchOptions,
)
def cross_target_mismatch(
    document: Document, renstra: Document, settings: Settings
) -> Iterator[Hit]:
    least = TargetMismatchOptions.of("cross-target-mismatch", settings).match
    for indicator in document.indicators:
        other, score = best_match(indicator, renstra.indicators)
        if other is None or score < least:
            continue
        differences = _differences(indicator, other)
        if not differences:
            continue
        yield finding(
            "cross-target-mismatch",
            "message",
            indicator.provenance,
            indicator_id=indicator.id,
            evidence=indicator.name,
            name=indicator.name,
            path=renstra.source.path,
            other=other.name,
            score=percent(score),
            differences="; ".join(differences),
        )


@batch_rule("cross-version", "info", tags=("#cross",))
def cross_version(
    plan: Plan, cards: Sequence[Card | None], settings: Settings
) -> Iterator[tuple[int, Hit]]:
    paths = {i: card.path for i, card in enumerate(cards) if card is not None}
    for group in plan.versions:
        kept = paths[group.kept]
        others = ", ".join(paths[i] for i in group.others[:NAMED_VERSIONS])
        more = len(group.others) - NAMED_VERSIONS
        count = len(group.others) + 1
        key = "kept-many" if more > 0 else "kept"
        yield (
            group.kept,
            finding("cross-version", key, None, evidence=others, count=count, others=others,
                    more=more),
        )  # fmt: skip
        for index in group.others:
            yield index, finding("cross-version", "superseded", None, evidence=kept, kept=kept)


def _differences(indicator: Indicator, other: Indicator) -> list[str]:
    """What two matched indicators disagree on: the satuan, and targets of the same year."""
    found: list[str] = []
    if indicator.unit and other.unit and not same_unit(indicator.unit, other.unit):
        found.append(f"satuan '{indicator.unit}' / '{other.unit}'")
    theirs = {t.year: t for t in other.targets if t.year is not None}
    for target in indicator.targets:
        twin = theirs.get(target.year) if target.year is not None else None
        if twin is not None and targets_differ(target, twin):
            found.append(f"{target.year}: '{target.text}' / '{twin.text}'")
    return found


def targets_differ(target: Target, twin: Target) -> bool:
    """Whether two targets of one year disagree: as numbers where both are, else as text
    (case and spacing aside); never where either is empty or a placeholder."""
    if target.kind in ("empty", "placeholder") or twin.kind in ("empty", "placeholder"):
        return False
    if target.value is not None and twin.value is not None:
        return abs(target.value - twin.value) > 1e-9
    return " ".join(target.text.casefold().split()) != " ".join(twin.text.casefold().split())
