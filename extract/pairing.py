"""Which documents of a batch the cross-document rules compare, and which are versions.

A steward compares one OPD's IKU with the Renstra it implements: the same organization in
the same region, for periods that overlap. Every Kabupaten has a ``Dinas Kesehatan``, so
the name alone pairs one region's IKU with another region's Renstra; a batch also holds
resubmitted copies of one document, which compared one by one would repeat every finding
once per copy. So:

- documents of the same organization, region (as written: none is filled in here), kind
  and period are *versions* of one document: the one the configuration names
  (``preferred-versions``), else the newest (latest signing date, then last modified, then
  the later path), is the one compared, and the rest are named in an info finding
  (``cross-version``);
- a document with no region takes its organization's region when the batch knows exactly
  one for that name, and is compared with nothing when it knows several (ambiguous);
- an IKU is compared with each Renstra of its organization and region whose period
  overlaps its own (an unknown period overlaps every period).

Pure logic over ``Card`` objects (what pairing needs of a document), so a batch can plan
its comparisons without holding its documents.
"""

from __future__ import annotations

import fnmatch
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from renstra.schemas import Document

COMPARED_KIND = "iku"
"""The kind compared against a Renstra (a PK's one-year period would never match)."""
REFERENCE_KIND = "renstra"
AMBIGUOUS = "\x00ambiguous"
"""The region of a document whose organization the batch knows in several regions."""


@dataclass(frozen=True, slots=True)
class Card:
    """What pairing needs of one document: who wrote it, for when, and how new it is. A
    batch's cards are a sequence whose positions are the documents' indices."""

    path: str
    kind: str
    organization: str | None
    """Organization name, casefolded, spaces collapsed; None when the document names none."""
    region: str | None
    period: tuple[int, int] | None
    signed: str = ""
    """The signing date as YYYY-MM(-DD), '' when the document has none."""
    modified: float = 0.0
    """The source file's modification time (seconds since the epoch); 0 when unknown."""

    @property
    def newness(self) -> tuple[str, float, str]:
        """Later signing date first, then later modification, then the later path."""
        return (self.signed, self.modified, self.path)

    @classmethod
    def of(cls, document: Document, modified: float | None = None) -> Card:
        period = document.period
        return cls(
            path=document.source.path,
            kind=document.doc_type,
            organization=_key(document.organization.name),
            region=_key(document.organization.region),
            period=(period.start, period.end) if period is not None else None,
            signed=(document.signatory.date_iso or "") if document.signatory else "",
            modified=source_modified(document.source.path) if modified is None else modified,
        )


@dataclass(frozen=True, slots=True)
class Versions:
    """Documents of one organization, region, kind and period: ``kept`` is compared."""

    kept: int
    others: tuple[int, ...]


@dataclass(slots=True)
class Plan:
    pairs: list[tuple[int, int]] = field(default_factory=list)
    """(IKU index, Renstra index) for every comparison, sorted."""
    versions: list[Versions] = field(default_factory=list)


def plan(cards: Sequence[Card | None], preferred: Sequence[str] = ()) -> Plan:
    """The comparisons and version groups of a batch, by position in ``cards`` (None: a
    file with no document, failed or a copy); see the module docstring. ``preferred``:
    globs; a version whose path matches one is kept before the newest."""
    named = {i: card for i, card in enumerate(cards) if card is not None and card.organization}
    regions = _resolved_regions(named)
    by_version: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, card in named.items():
        by_version[(card.organization, card.region, card.kind, card.period)].append(i)
    result = Plan()
    kept: list[int] = []
    for group in by_version.values():
        newest = max(group, key=lambda i: (_matches(named[i].path, preferred), named[i].newness))
        kept.append(newest)
        if len(group) > 1:
            result.versions.append(Versions(newest, tuple(sorted(set(group) - {newest}))))
    result.versions.sort(key=lambda v: v.kept)
    references: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i in kept:
        if named[i].kind == REFERENCE_KIND and regions[i] != AMBIGUOUS:
            references[(named[i].organization, regions[i])].append(i)
    for i in kept:
        if named[i].kind != COMPARED_KIND or regions[i] == AMBIGUOUS:
            continue
        for r in references.get((named[i].organization, regions[i]), ()):
            if overlap(named[i].period, named[r].period):
                result.pairs.append((i, r))
    result.pairs.sort()
    return result


def _matches(path: str, globs: Sequence[str]) -> bool:
    normal = os.path.normpath(path)
    return any(fnmatch.fnmatch(normal, os.path.normpath(glob)) for glob in globs)


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _resolved_regions(cards: dict[int, Card]) -> dict[int, str | None]:
    """Each card's region, a missing one filled in when its organization has one region."""
    known: dict[str, set[str]] = defaultdict(set)
    for card in cards.values():
        if card.region is not None and card.organization is not None:
            known[card.organization].add(card.region)
    resolved: dict[int, str | None] = {}
    for index, card in cards.items():
        region = card.region
        if region is None and card.organization is not None:
            candidates = known.get(card.organization, set())
            if len(candidates) == 1:
                region = next(iter(candidates))
            elif len(candidates) > 1:
                region = AMBIGUOUS
        resolved[index] = region
    return resolved


def _key(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name and name.strip() else None


def source_modified(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0
