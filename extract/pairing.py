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
  overlaps its own (an unknown period overlaps every period);
- a Perjanjian Kinerja (PK) is compared with each Renstra and IKU of its organization and
  region whose period contains the PK's year, and an LKjIP with the PK of its year. A
  yearly document's year is its ``year``, else its period when that is one year; one
  whose year is unknown is compared with nothing (its targets are of no known year), and
  PKs of different years are never versions of one another.

Each pair is (document, reference); which rules run on a pair depends on the two kinds
(``Rule.compares``), so the IKU-Renstra rules never see a PK.

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

REFERENCES: dict[str, tuple[str, ...]] = {
    "iku": ("renstra",),
    "pk": ("renstra", "iku"),
    "lkjip": ("pk",),
}
"""Each compared kind -> the kinds of the documents it is compared with."""
YEARLY_KINDS = frozenset({"pk", "lkjip"})
"""Kinds compared for their one year rather than their period."""
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
    year: int | None = None
    """The one year a yearly document (pk, renja, lkjip) is for; None for the others."""

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
            year=document.year,
        )

    @property
    def the_year(self) -> int | None:
        """Its ``year``, else its period's when the period is one year."""
        if self.year is not None:
            return self.year
        if self.period is not None and self.period[0] == self.period[1]:
            return self.period[0]
        return None


@dataclass(frozen=True, slots=True)
class Versions:
    """Documents of one organization, region, kind and period: ``kept`` is compared."""

    kept: int
    others: tuple[int, ...]


@dataclass(slots=True)
class Plan:
    pairs: list[tuple[int, int]] = field(default_factory=list)
    """(document index, reference index) for every comparison, sorted: an IKU and a
    Renstra, a PK and a Renstra or an IKU, an LKjIP and a PK."""
    versions: list[Versions] = field(default_factory=list)


def plan(cards: Sequence[Card | None], preferred: Sequence[str] = ()) -> Plan:
    """The comparisons and version groups of a batch, by position in ``cards`` (None: a
    file with no document, failed or a copy); see the module docstring. ``preferred``:
    globs; a version whose path matches one is kept before the newest."""
    named = {i: card for i, card in enumerate(cards) if card is not None and card.organization}
    regions = _resolved_regions(named)
    by_version: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, card in named.items():
        by_version[(card.organization, card.region, card.kind, card.period, card.year)].append(i)
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
        if regions[i] != AMBIGUOUS:
            references[(named[i].organization, regions[i], named[i].kind)].append(i)
    for i in kept:
        kinds = REFERENCES.get(named[i].kind, ())
        if not kinds or regions[i] == AMBIGUOUS:
            continue
        for kind in kinds:
            for r in references.get((named[i].organization, regions[i], kind), ()):
                if _compared(named[i], named[r]):
                    result.pairs.append((i, r))
    result.pairs.sort()
    return result


def _compared(card: Card, reference: Card) -> bool:
    """Whether their times fit: overlapping periods, a PK's year in the reference's
    period, an LKjIP's year the PK's."""
    if card.kind not in YEARLY_KINDS:
        return overlap(card.period, reference.period)
    year = card.the_year
    if year is None:
        return False
    if reference.kind in YEARLY_KINDS:
        return reference.the_year == year
    return overlap((year, year), reference.period)


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
