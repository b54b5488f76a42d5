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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from renstra.schemas import Document

COMPARED_KIND = "iku"
"""The kind compared against a Renstra (a PK's one-year period would never match)."""
REFERENCE_KIND = "renstra"
AMBIGUOUS = "\x00ambiguous"
"""The region of a document whose organization the batch knows in several regions."""


@dataclass(frozen=True, slots=True)
class Card:
    """What pairing needs of one document: who wrote it, for when, and how new it is."""

    index: int
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
    def of(cls, index: int, document: Document, modified: float | None = None) -> Card:
        period = document.period
        return cls(
            index=index,
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

    def members(self) -> set[int]:
        """Every document a cross-document rule reads or adds a finding to."""
        found = {i for pair in self.pairs for i in pair}
        for group in self.versions:
            found.add(group.kept)
            found.update(group.others)
        return found


def plan(cards: Iterable[Card], preferred: Sequence[str] = ()) -> Plan:
    """The comparisons and version groups of a batch; see the module docstring.
    ``preferred``: globs; a version whose path matches one is kept before the newest."""
    named = [card for card in cards if card.organization]
    regions = _resolved_regions(named)
    by_version: dict[tuple[object, ...], list[Card]] = defaultdict(list)
    for card in named:
        by_version[(card.organization, card.region, card.kind, card.period)].append(card)
    result = Plan()
    kept: list[Card] = []
    for group in by_version.values():
        newest = max(group, key=lambda c: (_matches(c.path, preferred), c.newness))
        kept.append(newest)
        if len(group) > 1:
            others = tuple(sorted(c.index for c in group if c is not newest))
            result.versions.append(Versions(newest.index, others))
    result.versions.sort(key=lambda v: v.kept)
    references: dict[tuple[object, ...], list[Card]] = defaultdict(list)
    for card in kept:
        if card.kind == REFERENCE_KIND and regions[card.index] != AMBIGUOUS:
            references[(card.organization, regions[card.index])].append(card)
    for card in kept:
        if card.kind != COMPARED_KIND or regions[card.index] == AMBIGUOUS:
            continue
        for renstra in references.get((card.organization, regions[card.index]), ()):
            if overlap(card.period, renstra.period):
                result.pairs.append((card.index, renstra.index))
    result.pairs.sort()
    return result


def _matches(path: str, globs: Sequence[str]) -> bool:
    normal = os.path.normpath(path)
    return any(fnmatch.fnmatch(normal, os.path.normpath(glob)) for glob in globs)


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _resolved_regions(cards: Sequence[Card]) -> dict[int, str | None]:
    """Each card's region, a missing one filled in when its organization has one region."""
    known: dict[str, set[str]] = defaultdict(set)
    for card in cards:
        if card.region is not None and card.organization is not None:
            known[card.organization].add(card.region)
    resolved: dict[int, str | None] = {}
    for card in cards:
        region = card.region
        if region is None and card.organization is not None:
            candidates = known.get(card.organization, set())
            if len(candidates) == 1:
                region = next(iter(candidates))
            elif len(candidates) > 1:
                region = AMBIGUOUS
        resolved[card.index] = region
    return resolved


def _key(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name and name.strip() else None


def source_modified(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0
