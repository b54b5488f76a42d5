"""Rules across one OPD's documents: its IKU against its Renstra, and their periods.

Documents belong together when their organization names match once case and spacing are
ignored. Indicator names match by similarity (difflib's ratio over normalised names, known
misspellings corrected first), so 'Jumlah kasus DBD' written two ways still pairs; every
message says how close the match was.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher

import regex
from renstra.schemas import Document, Indicator, Settings, SourceLocation

from ..parsers.units import same_unit
from .registry import Hit, batch_rule, finding
from .spelling import MISSPELLINGS

_NON_WORD = regex.compile(r"[\W_]+")


def name_key(name: str) -> str:
    words = _NON_WORD.sub(" ", name.casefold()).split()
    return " ".join(MISSPELLINGS.get(word, word) for word in words)


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, name_key(a), name_key(b), autojunk=False).ratio()


def organization_groups(documents: Sequence[Document]) -> list[list[int]]:
    """Indices of documents of the same organization, groups of two or more, in input order."""
    groups: dict[str, list[int]] = {}
    for index, document in enumerate(documents):
        name = document.organization.name
        if name:
            groups.setdefault(" ".join(name.casefold().split()), []).append(index)
    return [group for group in groups.values() if len(group) > 1]


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


def _pairs(documents: Sequence[Document], kind: str) -> Iterator[tuple[int, int]]:
    """(IKU index, Renstra index) for every IKU and Renstra of the same organization."""
    for group in organization_groups(documents):
        renstras = [i for i in group if documents[i].doc_type == "renstra"]
        for i in group:
            if documents[i].doc_type == kind:
                yield from ((i, r) for r in renstras)


def _percent(score: float) -> int:
    return round(score * 100)


@batch_rule("cross-period-mismatch", "warning", tags=("#cross", "#period"))
def cross_period_mismatch(
    documents: Sequence[Document], settings: Settings
) -> Iterator[tuple[int, Hit]]:
    for group in organization_groups(documents):
        dated = [i for i in group if documents[i].period is not None]
        if len({(documents[i].period.start, documents[i].period.end) for i in dated}) < 2:  # type: ignore[union-attr]
            continue
        reference = next((i for i in dated if documents[i].doc_type == "renstra"), dated[0])
        ref = documents[reference].period
        assert ref is not None
        for i in dated:
            period = documents[i].period
            assert period is not None
            if (period.start, period.end) == (ref.start, ref.end):
                continue
            yield (
                i,
                finding(
                    "cross-period-mismatch",
                    "message",
                    _period_location(documents[i]),
                    suggestion=f"{ref.start}-{ref.end}",
                    evidence=period.raw,
                    period=f"{period.start}-{period.end}",
                    other=f"{ref.start}-{ref.end}",
                    path=documents[reference].source.path,
                ),
            )


def _period_location(document: Document) -> SourceLocation | None:
    period = document.period
    for mention in document.period_mentions:
        if period is not None and (mention.start, mention.end) == (period.start, period.end):
            return mention.location
    return None


@batch_rule(
    "cross-indicator-missing",
    "warning",
    tags=("#cross", "#indicator"),
    options={"match": "cross_match"},
)
def cross_indicator_missing(
    documents: Sequence[Document], settings: Settings
) -> Iterator[tuple[int, Hit]]:
    by_iku: dict[int, list[int]] = {}
    for iku, renstra in _pairs(documents, "iku"):
        by_iku.setdefault(iku, []).append(renstra)
    for iku, renstras in by_iku.items():
        candidates = [ind for r in renstras for ind in documents[r].indicators]
        if not candidates:
            continue
        paths = ", ".join(documents[r].source.path for r in renstras)
        for indicator in documents[iku].indicators:
            closest, score = best_match(indicator, candidates)
            if score >= settings.cross_match or closest is None:
                continue
            yield (
                iku,
                finding(
                    "cross-indicator-missing",
                    "message",
                    indicator.provenance,
                    indicator_id=indicator.id,
                    evidence=indicator.name,
                    name=indicator.name,
                    path=paths,
                    closest=closest.name,
                    score=_percent(score),
                ),
            )


@batch_rule(
    "cross-target-mismatch",
    "warning",
    tags=("#cross", "#target", "#unit"),
    options={"match": "cross_match"},
)
def cross_target_mismatch(
    documents: Sequence[Document], settings: Settings
) -> Iterator[tuple[int, Hit]]:
    for iku, renstra in _pairs(documents, "iku"):
        candidates = documents[renstra].indicators
        for indicator in documents[iku].indicators:
            other, score = best_match(indicator, candidates)
            if other is None or score < settings.cross_match:
                continue
            differences = _differences(indicator, other)
            if not differences:
                continue
            yield (
                iku,
                finding(
                    "cross-target-mismatch",
                    "message",
                    indicator.provenance,
                    indicator_id=indicator.id,
                    evidence=indicator.name,
                    name=indicator.name,
                    path=documents[renstra].source.path,
                    other=other.name,
                    score=_percent(score),
                    differences="; ".join(differences),
                ),
            )


def _differences(indicator: Indicator, other: Indicator) -> list[str]:
    """What two matched indicators disagree on: the satuan, and targets of the same year."""
    found: list[str] = []
    if indicator.unit and other.unit and not same_unit(indicator.unit, other.unit):
        found.append(f"satuan '{indicator.unit}' / '{other.unit}'")
    theirs = {t.year: t for t in other.targets if t.year is not None}
    for target in indicator.targets:
        twin = theirs.get(target.year) if target.year is not None else None
        if (
            twin is None
            or target.kind in ("empty", "placeholder")
            or twin.kind in ("empty", "placeholder")
        ):
            continue
        if target.value is not None and twin.value is not None:
            differ = abs(target.value - twin.value) > 1e-9
        else:
            differ = " ".join(target.text.casefold().split()) != " ".join(
                twin.text.casefold().split()
            )
        if differ:
            found.append(f"{target.year}: '{target.text}' / '{twin.text}'")
    return found
