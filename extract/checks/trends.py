"""Rules over an indicator's whole row of targets: trend, copies, and out-of-line steps.

Values: a number counts as itself and a range (``69,1-69,5``) as its midpoint; a row made
only of predicates on one ordered scale (SAKIP, BPK opinion, IKM letters) counts by rank;
words, placeholders and empty cells are left out. A step between two cells that are not
next to each other (an empty year between them) is spread over the years it spans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import regex
from pydantic import Field
from renstra.schemas import Document, Indicator, RuleOptions, Settings, Target

from ..memo import CACHE_SIZE
from ..messages import CATALOGUE, Lang, Msg, msg, number
from ..parsers.predicates import common_scale, predicate_rank
from .duplicates import indicator_key
from .registry import Hit, finding, rule

MESSAGES: dict[str, dict[Lang, str]] = {
    # -- target-trend
    "target-trend.description": {
        "id": "Target bergerak berlawanan dengan polaritas indikator (turun padahal makin "
        "tinggi makin baik, naik padahal makin rendah makin baik), termasuk predikat "
        "berurutan (SAKIP D < C < CC < B < BB < A < AA, opini BPK TMP < TW < WDP < WTP).",
        "en": "Targets move against the indicator's polarity (falling where higher is better, "
        "rising where lower is better), ordered predicates included (SAKIP D < C < CC < B < "
        "BB < A < AA, BPK opinion TMP < TW < WDP < WTP).",
    },
    "target-trend.example": {
        "id": "'Angka kematian ibu' 108, 104, 112; 'Nilai SAKIP' BB, A, B",
        "en": "'Angka kematian ibu' 108, 104, 112; 'Nilai SAKIP' BB, A, B",
    },
    "target-trend.why": {
        "id": "Aplikasi e-SAKIP menyimpan polaritas setiap indikator (tren positif/negatif) "
        "sebagai dasar membaca capaiannya. Target yang turun padahal makin tinggi makin baik, "
        "atau naik padahal makin rendah makin baik, berarti merencanakan penurunan kinerja dan "
        "akan dipertanyakan saat evaluasi; penyebabnya sering kali salah ketik atau polaritas "
        "yang keliru, termasuk pada predikat seperti nilai SAKIP yang turun dari A ke B.",
        "en": "e-SAKIP applications store each indicator's polarity (tren positif/negatif) to read "
        "its achievement. Targets that fall where higher is better, or rise where lower is "
        "better, plan a decline in performance that an evaluation will question; the cause is "
        "often a typo or a wrong polarity, predicates included (a SAKIP grade planned to drop "
        "from A to B).",
    },
    "target-trend.falls": {
        "id": "'{name}' makin tinggi makin baik, tetapi targetnya turun: {steps}.",
        "en": "'{name}' is higher-is-better, but its targets fall: {steps}.",
    },
    "target-trend.rises": {
        "id": "'{name}' makin rendah makin baik, tetapi targetnya naik: {steps}.",
        "en": "'{name}' is lower-is-better, but its targets rise: {steps}.",
    },
    "target-trend.suggestion": {
        "id": "Periksa target tersebut, atau polaritas indikator (tren positif/negatif).",
        "en": "Check those targets, or the indicator's polarity (tren positif/negatif).",
    },
    # -- targets-copied
    "targets-copied.description": {
        "id": "Dua indikator dalam satu tabel memiliki deret target yang persis sama "
        "(kemungkinan salin-tempel); deret satu nilai tetap atau jadwal bulat yang rata "
        "tidak dihitung.",
        "en": "Two indicators in one table have the identical row of targets (a likely "
        "copy-paste); a row of one constant value or an even round schedule does not count.",
    },
    "targets-copied.example": {
        "id": "dua indikator berbeda, keduanya dengan target 81,2 83,5 84,1 86,0 88,7",
        "en": "two different indicators, both with targets 81,2 83,5 84,1 86,0 88,7",
    },
    "targets-copied.why": {
        "id": "Dua indikator yang berbeda hampir tidak mungkin memiliki target yang sama persis di "
        "setiap tahun, kecuali deret yang tetap atau bulat merata. Deret yang identik biasanya "
        "berasal dari baris yang disalin tanpa diperbarui, sehingga satu indikator memikul target "
        "yang tidak pernah ditetapkan untuknya dan capaiannya dalam LKjIP diukur terhadap target "
        "tersebut.",
        "en": "Two different indicators hardly ever share the exact same target in every year, "
        "unless the row is constant or an even round schedule. An identical row is usually a row "
        "copied and not updated, so one indicator carries targets never set for it, and its "
        "capaian in the LKjIP is measured against them.",
    },
    "targets-copied.message": {
        "id": "'{name}' memiliki deret target yang sama persis dengan '{other}' ({targets}).",
        "en": "'{name}' has exactly the same targets as '{other}' ({targets}).",
    },
    "targets-copied.suggestion": {
        "id": "Pastikan target ini tidak tersalin dari baris '{other}'.",
        "en": "Make sure these targets were not copied from the row '{other}'.",
    },
    # -- target-jump
    "target-jump.description": {
        "id": "Perubahan target satu tahun jauh di luar kewajaran dibanding tahun lainnya "
        "(mis. +0,12 per tahun, lalu +0,96).",
        "en": "One year's step is far out of line with the others (e.g. +0,12 a year, then +0,96).",
    },
    "target-jump.example": {
        "id": "'Rata-rata lama sekolah' 8,12 8,24 8,36 9,32",
        "en": "'Rata-rata lama sekolah' 8,12 8,24 8,36 9,32",
    },
    "target-jump.why": {
        "id": "Lonjakan satu tahun yang jauh lebih besar dari perubahan tahun lainnya (8,12 8,24 "
        "8,36 lalu 9,32) kerap merupakan salah ketik, bukan rencana. Jika dibiarkan, target tahun "
        "itu menjadi tidak realistis atau justru terlalu mudah dicapai, dan capaian yang "
        "dilaporkan dalam LKjIP untuk tahun tersebut menyesatkan.",
        "en": "One year's step far larger than the others (8,12 8,24 8,36 then 9,32) is often a "
        "typo rather than a plan. Left in, it makes that year's target unrealistic, or too easy, "
        "and the capaian reported in the LKjIP for that year misleading.",
    },
    "target-jump.message": {
        "id": "'{name}': target berubah {step} per tahun dari '{old}' ke '{new}' ({when}), "
        "sedangkan tahun lainnya berubah paling banyak {other} per tahun.",
        "en": "'{name}': the target moves by {step} a year from '{old}' to '{new}' ({when}), "
        "while the other years move by at most {other} a year.",
    },
    "target-jump.suggestion": {
        "id": "Periksa target '{new}'.",
        "en": "Check the target '{new}'.",
    },
}
"""The texts of this module's rules, in both languages."""
CATALOGUE.update(MESSAGES)


# An indicator that measures a change ("Persentase penurunan gangguan ...", "Laju
# pertumbuhan ...") has values that are amounts of change: a reduction achieved rises as the
# reduction succeeds, and a growth rate may fall while the quantity still grows. The name's
# polarity says nothing about which way such values should move, so target-trend skips them.
_CHANGE_MEASURE = regex.compile(
    r"\b(penurunan|pengurangan|berkurangnya|menurunnya|peningkatan|meningkatnya|kenaikan"
    r"|pertumbuhan|laju|perubahan)\b",
    regex.IGNORECASE,
)
_FILLED = ("number", "range", "predicate", "text")
_NOT_PREDICATE = frozenset(_FILLED) - {"predicate"}
_MIN_JUMP_SHARE = 0.01
"""A jump must also move by 1% of the row's largest value: 8,12 8,12 8,13 8,20 is noise."""


class Point(NamedTuple):
    target: Target
    position: int
    value: float


class Row(NamedTuple):
    """The cells of a row that count, in column order, as parallel lists: the rules compute
    on positions and values alone and build a Point only for what they report."""

    targets: list[Target]
    positions: list[int]
    values: list[float]

    def point(self, i: int) -> Point:
        return Point(self.targets[i], self.positions[i], self.values[i])


def _no_row() -> Row:
    return Row([], [], [])


def numeric_points(indicator: Indicator) -> Row:
    """Numbers and range midpoints in column order; none when positions do not increase."""
    targets: list[Target] = []
    positions: list[int] = []
    values: list[float] = []
    for i, target in enumerate(indicator.targets, 1):
        kind = target.kind
        if kind == "number":
            value = target.value
            if value is None:
                continue
        elif kind == "range":
            low, high = target.low, target.high
            if low is None or high is None:
                continue
            value = (low + high) / 2
        else:
            continue
        position = target.year_index or i
        if positions and position <= positions[-1]:
            return _no_row()
        targets.append(target)
        positions.append(position)
        values.append(value)
    return Row(targets, positions, values)


def predicate_points(indicator: Indicator) -> Row:
    """Ranks of a row written only in predicates of one scale; none for any other row."""
    kinds = {t.kind for t in indicator.targets}
    if "predicate" not in kinds or not kinds.isdisjoint(_NOT_PREDICATE):
        return _no_row()
    filled = [t for t in indicator.targets if t.kind in _FILLED]
    scale = common_scale(t.text for t in filled)
    if scale is None:
        return _no_row()
    row = _no_row()
    for i, target in enumerate(indicator.targets, 1):
        ranked = predicate_rank(target.text, scale=scale) if target.kind == "predicate" else None
        if ranked is not None:
            row.targets.append(target)
            row.positions.append(target.year_index or i)
            row.values.append(float(ranked[1]))
    return row if all(a < b for a, b in pairwise(row.positions)) else _no_row()


def rates(row: Row) -> list[float]:
    """The change per column from each cell of ``row`` to the next."""
    v, p = row.values, row.positions
    return [(v[i] - v[i - 1]) / (p[i] - p[i - 1]) for i in range(1, len(v))]


@lru_cache(maxsize=CACHE_SIZE)
def measures_change(name: str) -> bool:
    """Whether the indicator's values are amounts of change (see ``_CHANGE_MEASURE``)."""
    return _CHANGE_MEASURE.search(name) is not None


def _when(a: Point, b: Point) -> Msg:
    if a.target.year and b.target.year:
        return msg("when.years", first=a.target.year, last=b.target.year)
    return msg("when.columns", first=a.position, last=b.position)


def _step(a: Point, b: Point) -> Msg:
    return msg("step", old=a.target.text, new=b.target.text, when=_when(a, b))


@rule("target-trend", "warning", tags=("#target", "#indicator"))
def target_trend(document: Document, settings: Settings) -> Iterator[Hit]:
    for indicator in document.indicators:
        if len(indicator.targets) < 2:
            continue
        # A row with a number is not one of predicates; a change measure is read by rank only.
        row = _no_row() if measures_change(indicator.name) else numeric_points(indicator)
        higher = indicator.polarity == "higher-is-better"
        if not row.values:
            row = predicate_points(indicator)
            higher = True  # a predicate scale is ordered from worse to better
        against = [
            i for i, (a, b) in enumerate(pairwise(row.values), 1) if (b < a if higher else b > a)
        ]
        if not against:
            continue
        first = row.targets[against[0]]
        yield finding(
            "target-trend",
            "falls" if higher else "rises",
            first.provenance or indicator.provenance,
            indicator_id=indicator.id,
            suggestion=msg("target-trend.suggestion"),
            evidence=first.text,
            name=indicator.name,
            steps=tuple(_step(row.point(i - 1), row.point(i)) for i in against),
        )


def _even_round_schedule(indicator: Indicator) -> bool:
    """Evenly spaced multiples of 5 (20 40 60 80 100): two indicators share such a plan
    by design often enough that an identical row proves nothing."""
    row = numeric_points(indicator)
    filled = [t for t in indicator.targets if t.kind in _FILLED]
    if len(row.values) != len(filled) or len(row.values) < 2:
        return False
    steps = {round(rate, 9) for rate in rates(row)}
    return len(steps) == 1 and all(value % 5 == 0 for value in row.values)


def _row_key(targets: list[Target], minimum: int) -> tuple[object, ...] | None:
    """The row as compared, a key per cell; None for a row too sparse or constant to mean
    anything (fewer than ``minimum`` filled cells, or one value throughout)."""
    if len(targets) < minimum:
        return None
    keys: list[tuple[object, ...]] = []
    filled = []
    for target in targets:
        kind = target.kind
        if kind == "range":
            key: tuple[object, ...] = ("r", target.low, target.high)
        elif kind == "number" and (value := target.value) is not None:
            key = ("n", value)
        else:
            key = ("t", "".join(target.text.casefold().split()))
        keys.append(key)
        if kind in _FILLED:
            filled.append(key)
    if len(filled) < minimum or len(set(filled)) < 2:
        return None
    return tuple(keys)


def _cell_of(indicator: Indicator) -> str:
    """Indicators written in one cell (``- A - B``) get ids tNrM.1, tNrM.2 and share its row."""
    return indicator.id.split(".", 1)[0]


class TargetsCopiedOptions(RuleOptions):
    min_values: int = Field(
        3,
        ge=2,
        alias="min-values",
        description="filled target cells a row needs before it is compared with others",
    )


@rule(
    "targets-copied",
    "warning",
    tags=("#target", "#indicator"),
    options=TargetsCopiedOptions,
)
def targets_copied(document: Document, settings: Settings) -> Iterator[Hit]:
    rows: dict[tuple[object, ...], list[Indicator]] = defaultdict(list)
    minimum = TargetsCopiedOptions.of("targets-copied", settings).min_values
    for indicator in document.indicators:
        row = _row_key(indicator.targets, minimum)
        if row is not None:
            rows[(indicator.provenance.table, row)].append(indicator)
    for group in rows.values():
        if len(group) < 2 or _even_round_schedule(group[0]):
            continue
        for i, indicator in enumerate(group[1:], 1):
            original = next(
                (
                    earlier
                    for earlier in group[:i]
                    if _cell_of(earlier) != _cell_of(indicator)
                    and indicator_key(earlier.name) != indicator_key(indicator.name)
                ),
                None,
            )
            if original is None:
                continue
            yield finding(
                "targets-copied",
                "message",
                indicator.provenance,
                indicator_id=indicator.id,
                suggestion=msg("targets-copied.suggestion", other=original.name),
                name=indicator.name,
                other=original.name,
                targets=" ".join(t.text for t in indicator.targets),
            )


class TargetJumpOptions(RuleOptions):
    factor: float = Field(
        3.0, gt=1, description="a step this many times the largest other step is a jump"
    )


@rule("target-jump", "warning", tags=("#target",), options=TargetJumpOptions)
def target_jump(document: Document, settings: Settings) -> Iterator[Hit]:
    lang = settings.lang
    factor = TargetJumpOptions.of("target-jump", settings).factor
    for indicator in document.indicators:
        if len(indicator.targets) < 4:
            continue
        row = numeric_points(indicator)
        if len(row.values) < 4:
            continue
        steps = rates(row)
        sizes = [abs(rate) for rate in steps]
        floor = _MIN_JUMP_SHARE * max(map(abs, row.values))
        for i, rate in enumerate(steps):
            size = sizes[i]
            if size < floor:
                continue
            largest = max(sizes[:i] + sizes[i + 1 :])
            if largest == 0 or size <= factor * largest:
                continue
            a, b = row.point(i), row.point(i + 1)
            yield finding(
                "target-jump",
                "message",
                b.target.provenance or indicator.provenance,
                indicator_id=indicator.id,
                suggestion=msg("target-jump.suggestion", new=b.target.text),
                evidence=b.target.text,
                name=indicator.name,
                step=number(rate, lang, signed=True),
                old=a.target.text,
                new=b.target.text,
                when=_when(a, b),
                other=number(largest, lang),
            )
