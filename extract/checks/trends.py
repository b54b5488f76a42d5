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
from renstra.schemas import Document, Indicator, Settings, Target

from ..messages import Msg, msg, number
from ..parsers.memo import CACHE_SIZE
from ..parsers.predicates import common_scale, predicate_rank
from .duplicates import indicator_key
from .registry import Hit, finding, rule

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


def numeric_points(indicator: Indicator) -> list[Point]:
    """Numbers and range midpoints in column order; [] when positions do not increase."""
    points: list[Point] = []
    last: int | None = None
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
        if last is not None and position <= last:
            return []
        last = position
        points.append(Point(target, position, value))
    return points


def predicate_points(indicator: Indicator) -> list[Point]:
    """Ranks of a row written only in predicates of one scale; [] for any other row."""
    kinds = {t.kind for t in indicator.targets}
    if "predicate" not in kinds or not kinds.isdisjoint(_NOT_PREDICATE):
        return []
    filled = [t for t in indicator.targets if t.kind in _FILLED]
    scale = common_scale(t.text for t in filled)
    if scale is None:
        return []
    points = []
    for i, target in enumerate(indicator.targets, 1):
        ranked = predicate_rank(target.text, scale=scale) if target.kind == "predicate" else None
        if ranked is not None:
            points.append(Point(target, target.year_index or i, float(ranked[1])))
    return points if _increasing(points) else []


def _increasing(points: list[Point]) -> bool:
    return all(a.position < b.position for a, b in pairwise(points))


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
        points = predicate_points(indicator)
        higher = True  # a predicate scale is ordered from worse to better
        if not points:
            if measures_change(indicator.name):
                continue
            points = numeric_points(indicator)
            higher = indicator.polarity == "higher-is-better"
        against = [
            (a, b)
            for a, b in pairwise(points)
            if (b.value < a.value if higher else b.value > a.value)
        ]
        if not against:
            continue
        first = against[0][1].target
        yield finding(
            "target-trend",
            "falls" if higher else "rises",
            first.provenance or indicator.provenance,
            indicator_id=indicator.id,
            suggestion=msg("target-trend.suggestion"),
            evidence=first.text,
            name=indicator.name,
            steps=tuple(_step(a, b) for a, b in against),
        )


def _cell_key(target: Target) -> tuple[object, ...]:
    if target.kind == "number" and target.value is not None:
        return ("n", target.value)
    if target.kind == "range":
        return ("r", target.low, target.high)
    return ("t", "".join(target.text.casefold().split()))


def _even_round_schedule(indicator: Indicator) -> bool:
    """Evenly spaced multiples of 5 (20 40 60 80 100): two indicators share such a plan
    by design often enough that an identical row proves nothing."""
    points = numeric_points(indicator)
    filled = [t for t in indicator.targets if t.kind in _FILLED]
    if len(points) != len(filled) or len(points) < 2:
        return False
    rates = {round((b.value - a.value) / (b.position - a.position), 9) for a, b in pairwise(points)}
    return len(rates) == 1 and all(p.value % 5 == 0 for p in points)


def _row_key(indicator: Indicator, settings: Settings) -> tuple[object, ...] | None:
    """The row as compared; None for a row too sparse or constant to mean anything."""
    targets = indicator.targets
    if len(targets) < settings.copied_min_values:
        return None
    keys = tuple(map(_cell_key, targets))
    filled = [key for key, target in zip(keys, targets, strict=True) if target.kind in _FILLED]
    if len(filled) < settings.copied_min_values or len(set(filled)) < 2:
        return None
    return keys


def _cell_of(indicator: Indicator) -> str:
    """Indicators written in one cell (``- A - B``) get ids tNrM.1, tNrM.2 and share its row."""
    return indicator.id.split(".", 1)[0]


@rule(
    "targets-copied",
    "warning",
    tags=("#target", "#indicator"),
    options={"min-values": "copied_min_values"},
)
def targets_copied(document: Document, settings: Settings) -> Iterator[Hit]:
    rows: dict[tuple[object, ...], list[Indicator]] = defaultdict(list)
    for indicator in document.indicators:
        row = _row_key(indicator, settings)
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


@rule("target-jump", "warning", tags=("#target",), options={"factor": "target_jump_factor"})
def target_jump(document: Document, settings: Settings) -> Iterator[Hit]:
    lang = settings.lang
    factor = settings.target_jump_factor
    for indicator in document.indicators:
        if len(indicator.targets) < 4:
            continue
        points = numeric_points(indicator)
        if len(points) < 4:
            continue
        rates = [(b.value - a.value) / (b.position - a.position) for a, b in pairwise(points)]
        sizes = [abs(rate) for rate in rates]
        floor = _MIN_JUMP_SHARE * max(abs(p.value) for p in points)
        for i, rate in enumerate(rates):
            size = sizes[i]
            if size < floor:
                continue
            largest = max(sizes[:i] + sizes[i + 1 :])
            if largest == 0 or size <= factor * largest:
                continue
            a, b = points[i], points[i + 1]
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
