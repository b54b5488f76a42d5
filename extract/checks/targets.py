"""Rules on target cells."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Settings

from .registry import Hit, finding, rule


@rule("target-missing", "error", tags=("#target",))
def target_missing(document: Document, settings: Settings) -> Iterator[Hit]:
    for indicator in document.indicators:
        for target in indicator.targets:
            if target.kind != "empty":
                continue
            yield finding(
                "target-missing",
                "year" if target.year else "column",
                target.provenance or indicator.provenance,
                indicator_id=indicator.id,
                name=indicator.name,
                year=target.year,
                column=target.year_index,
            )
