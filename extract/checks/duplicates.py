"""The same indicator written twice in one table (a copy-paste slip)."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from renstra.schemas import Document, Finding, Indicator, Settings

from .registry import finding, rule

_NON_WORD = regex.compile(r"[\W_]+")


def indicator_key(name: str) -> str:
    return _NON_WORD.sub(" ", name.casefold()).strip()


@rule(
    "duplicate-indicator",
    "warning",
    "The same indicator appears twice in one table.",
    tags=("#indicator",),
    example="two rows named 'Indeks Kepuasan Masyarakat'",
)
def duplicate_indicator(document: Document, settings: Settings) -> Iterator[Finding]:
    first: dict[tuple[int | None, str], Indicator] = {}
    for indicator in document.indicators:
        key = (indicator.provenance.table, indicator_key(indicator.name))
        earlier = first.setdefault(key, indicator)
        if earlier is indicator:
            continue
        where = earlier.provenance.line or earlier.provenance.row
        yield finding(
            "duplicate-indicator",
            f"'{indicator.name}' already appears in this table (at {'line' if earlier.provenance.line else 'row'} {where}).",
            indicator.provenance,
            indicator_id=indicator.id,
            suggestion="Remove the repeated row, or correct its name.",
        )
