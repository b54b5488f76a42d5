"""Rules across one OPD's yearly documents: its Perjanjian Kinerja (PK) against the Renstra
and IKU of the period holding the PK's year, its LKjIP against the PK of the same year.

``pairing.plan`` pairs them (same organization and region, the year inside the period, the
newest version); each rule says which pairs it runs on (``compares``). Indicator names match
as ``crossdoc`` matches them, and targets compare as there (numbers as numbers, other text
case and spacing aside, empty cells and placeholders never).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from renstra.schemas import Document, Indicator, Settings, SourceLocation, Target

from ..messages import CATALOGUE, Lang
from .crossdoc import NameMatchOptions, best_match, percent, targets_differ
from .registry import Hit, finding, pair_rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- pk-target-mismatch
    "pk-target-mismatch.description": {
        "id": "Target Perjanjian Kinerja untuk tahunnya berbeda dengan target tahun yang sama "
        "untuk indikator yang sama di Renstra perangkat daerah yang sama.",
        "en": "A Perjanjian Kinerja's target for its year differs from the same OPD's Renstra "
        "target for that year of the same indicator.",
    },
    "pk-target-mismatch.example": {
        "id": "PK 2024 'Angka kematian bayi' 8,5; Renstra 2021-2026 tahun 2024: 8,9",
        "en": "PK 2024 'Angka kematian bayi' 8,5; Renstra 2021-2026 for 2024: 8,9",
    },
    "pk-target-mismatch.why": {
        "id": "PermenPAN-RB 53/2014 menjadikan Perjanjian Kinerja janji tahunan atas target "
        "jangka menengah Renstra: target PK tahun itu semestinya target Renstra tahun itu. "
        "Bila berbeda, realisasi dalam LKjIP diukur terhadap target yang tidak pernah "
        "ditetapkan di Renstra. Ini peringatan, karena target dapat berubah secara sah melalui "
        "perubahan Renstra atau PK perubahan; periksa dokumen mana yang berlaku.",
        "en": "PermenPAN-RB 53/2014 makes the Perjanjian Kinerja the yearly pledge on the "
        "Renstra's medium-term targets: the PK's target for a year should be the Renstra's for "
        "that year. When they differ, the LKjIP measures realisasi against a target the Renstra "
        "never set. A warning, since a target may change lawfully through a revised Renstra or "
        "a PK perubahan; check which document is in force.",
    },
    "pk-target-mismatch.message": {
        "id": "'{name}' ({year}): target PK '{target}', sedangkan Renstra {path} menetapkan "
        "'{other_target}' untuk '{other}' (kemiripan nama {score}%).",
        "en": "'{name}' ({year}): the PK's target is '{target}', but the Renstra {path} sets "
        "'{other_target}' for '{other}' (names {score}% similar).",
    },
    # -- pk-indicator-missing
    "pk-indicator-missing.description": {
        "id": "Indikator IKU (atau indikator sasaran Renstra, bila tidak ada IKU dalam batch) "
        "tidak ada di Perjanjian Kinerja tahun dalam periodenya.",
        "en": "An IKU indicator (or a Renstra sasaran indicator, when the batch has no IKU) is "
        "absent from the Perjanjian Kinerja of a year within its period.",
    },
    "pk-indicator-missing.example": {
        "id": "'Prevalensi stunting' di IKU 2021-2026, tidak ada di PK 2024",
        "en": "'Prevalensi stunting' in the 2021-2026 IKU, absent from the 2024 PK",
    },
    "pk-indicator-missing.why": {
        "id": "Perjanjian Kinerja kepala perangkat daerah memuat indikator kinerja utamanya "
        "(PermenPAN-RB 53/2014): indikator IKU yang tidak diperjanjikan tidak memiliki target "
        "tahunan yang disepakati dan tidak dilaporkan capaiannya dalam LKjIP. Tanpa IKU, "
        "indikator sasaran Renstra menjadi acuannya (indikator tujuan tidak, bila Renstra "
        "membedakannya), dan indikator yang targetnya tahun itu kosong atau '-' tidak dituntut. "
        "Ini peringatan: PK pejabat di bawah kepala OPD memang hanya memuat sebagian indikator.",
        "en": "The Perjanjian Kinerja of an OPD's head carries its key performance indicators "
        "(PermenPAN-RB 53/2014): an IKU indicator left out of it has no agreed yearly target, "
        "and the LKjIP reports no capaian for it. Without an IKU, the Renstra's sasaran "
        "indicators stand in (not its tujuan indicators, where the Renstra tells them apart), "
        "and one whose target for that year is empty or '-' is not asked for. A warning: the "
        "PK of an official below the head rightly holds only some indicators.",
    },
    "pk-indicator-missing.message": {
        "id": "'{name}' ({kind} {path}) tidak ada di Perjanjian Kinerja tahun {year}; yang "
        "paling mirip '{closest}' (kemiripan {score}%).",
        "en": "'{name}' ({kind} {path}) is not in the {year} Perjanjian Kinerja; the closest "
        "is '{closest}' ({score}% similar).",
    },
    # -- lkjip-target-mismatch
    "lkjip-target-mismatch.description": {
        "id": "Target dalam LKjIP berbeda dengan target Perjanjian Kinerja tahun yang sama "
        "untuk indikator yang sama.",
        "en": "An LKjIP's target differs from the Perjanjian Kinerja's for the same indicator "
        "and year.",
    },
    "lkjip-target-mismatch.example": {
        "id": "LKjIP 2024 'Persentase balita gizi baik' 85 %; PK 2024: 88 %",
        "en": "LKjIP 2024 'Persentase balita gizi baik' 85 %; PK 2024: 88 %",
    },
    "lkjip-target-mismatch.why": {
        "id": "LKjIP membandingkan realisasi dengan target yang diperjanjikan dalam Perjanjian "
        "Kinerja tahun itu (PermenPAN-RB 53/2014). Target yang berbeda membuat capaian yang "
        "dilaporkan tidak dapat dipertanggungjawabkan terhadap perjanjiannya. Ini peringatan, "
        "karena PK perubahan dalam tahun berjalan dapat mengganti targetnya; pastikan PK yang "
        "dibandingkan adalah yang berlaku.",
        "en": "An LKjIP sets realisasi against the targets pledged in that year's Perjanjian "
        "Kinerja (PermenPAN-RB 53/2014). A different target makes the reported capaian "
        "unaccountable to the pledge. A warning, since a PK perubahan during the year may "
        "replace the target; make sure the PK compared is the one in force.",
    },
    "lkjip-target-mismatch.message": {
        "id": "'{name}' ({year}): target LKjIP '{target}', sedangkan Perjanjian Kinerja {path} "
        "menetapkan '{other_target}' untuk '{other}' (kemiripan nama {score}%).",
        "en": "'{name}' ({year}): the LKjIP's target is '{target}', but the Perjanjian Kinerja "
        "{path} sets '{other_target}' for '{other}' (names {score}% similar).",
    },
}
CATALOGUE.update(MESSAGES)
KIND_NAMES = {"iku": "IKU", "renstra": "Renstra", "pk": "PK", "lkjip": "LKjIP"}


class PkTargetOptions(NameMatchOptions):
    """pk-target-mismatch's own."""


class PkIndicatorOptions(NameMatchOptions):
    """pk-indicator-missing's own."""


class LkjipTargetOptions(NameMatchOptions):
    """lkjip-target-mismatch's own."""


def year_of(document: Document) -> int | None:
    """The one year a yearly document is for: its ``year``, else a one-year period's."""
    if document.year is not None:
        return document.year
    period = document.period
    if period is not None and period.start == period.end:
        return period.start
    return None


def target_of(indicator: Indicator, year: int, *, yearly: bool) -> Target | None:
    """The indicator's target for ``year``; in a ``yearly`` document (PK, LKjIP), its one
    target of no stated year is its year's."""
    for target in indicator.targets:
        if target.year == year:
            return target
    if yearly and len(indicator.targets) == 1 and indicator.targets[0].year is None:
        return indicator.targets[0]
    return None


@pair_rule(
    "pk-target-mismatch",
    "warning",
    tags=("#cross", "#target"),
    options=PkTargetOptions,
    compares=(("pk", ("renstra",)),),
)
def pk_target_mismatch(pk: Document, renstra: Document, settings: Settings) -> Iterator[Hit]:
    least = PkTargetOptions.of("pk-target-mismatch", settings).match
    yield from _mismatches("pk-target-mismatch", pk, renstra, least)


@pair_rule(
    "lkjip-target-mismatch",
    "warning",
    tags=("#cross", "#target"),
    options=LkjipTargetOptions,
    compares=(("lkjip", ("pk",)),),
)
def lkjip_target_mismatch(lkjip: Document, pk: Document, settings: Settings) -> Iterator[Hit]:
    least = LkjipTargetOptions.of("lkjip-target-mismatch", settings).match
    yield from _mismatches("lkjip-target-mismatch", lkjip, pk, least)


def _mismatches(
    rule_id: str, document: Document, reference: Document, least: float
) -> Iterator[Hit]:
    """Each indicator of ``document`` whose target for the document's year differs from
    the target for that year of its match in ``reference``."""
    year = year_of(document)
    if year is None:
        return
    for indicator in document.indicators:
        mine = target_of(indicator, year, yearly=True)
        if mine is None:
            continue
        other, score = best_match(indicator, reference.indicators)
        if other is None or score < least:
            continue
        theirs = target_of(other, year, yearly=year_of(reference) is not None)
        if theirs is None or not targets_differ(mine, theirs):
            continue
        yield finding(
            rule_id,
            "message",
            mine.provenance or indicator.provenance,
            indicator_id=indicator.id,
            suggestion=theirs.text,
            evidence=mine.text,
            name=indicator.name,
            year=year,
            target=mine.text,
            other=other.name,
            other_target=theirs.text,
            path=reference.source.path,
            score=percent(score),
        )


@pair_rule(
    "pk-indicator-missing",
    "warning",
    tags=("#cross", "#indicator"),
    options=PkIndicatorOptions,
    compares=(("pk", ("iku", "renstra")),),
)
def pk_indicator_missing(pk: Document, reference: Document, settings: Settings) -> Iterator[Hit]:
    year = year_of(pk)
    if year is None or not pk.indicators:
        return  # a PK read without its indicators says nothing of what it lacks
    least = PkIndicatorOptions.of("pk-indicator-missing", settings).match
    location = _indicator_table(pk)
    for indicator in expected_indicators(reference, year):
        closest, score = best_match(indicator, pk.indicators)
        if closest is None or score >= least:
            continue
        yield finding(
            "pk-indicator-missing",
            "message",
            location,
            evidence=indicator.name,
            name=indicator.name,
            kind=KIND_NAMES.get(reference.doc_type, reference.doc_type),
            path=reference.source.path,
            year=year,
            closest=closest.name,
            score=percent(score),
        )


def expected_indicators(reference: Document, year: int) -> list[Indicator]:
    """The indicators of an IKU or Renstra a PK of ``year`` should carry: a Renstra's sasaran
    indicators where it tells them from its tujuan ones, and none whose target for that
    year is empty or a placeholder."""
    indicators: Sequence[Indicator] = reference.indicators
    if reference.doc_type == "renstra" and any(i.level == "objective" for i in indicators):
        indicators = [i for i in indicators if i.level == "objective"]
    expected = []
    for indicator in indicators:
        target = target_of(indicator, year, yearly=False)
        if target is not None and target.kind in ("empty", "placeholder"):
            continue
        expected.append(indicator)
    return expected


def _indicator_table(pk: Document) -> SourceLocation | None:
    """Where the PK's indicators are: their table, else the first indicator's row."""
    first = pk.indicators[0].provenance
    for table in pk.tables:
        if first.table is not None and table.index == first.table:
            return table.location
    return first
