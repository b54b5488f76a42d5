"""Rules on target cells."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Finding, Settings

from .registry import finding, rule


@rule(
    "target-missing",
    "error",
    "A target cell is empty (a placeholder such as '-' or 'n/a' is written, so not empty).",
    tags=("#target",),
    example="an empty cell under TAHUN KE-3",
)
def target_missing(document: Document, settings: Settings) -> Iterator[Finding]:
    for indicator in document.indicators:
        for target in indicator.targets:
            if target.kind != "empty":
                continue
            when = f"year {target.year}" if target.year else f"target column {target.year_index}"
            yield finding(
                "target-missing",
                f"'{indicator.name}' has no target for {when}.",
                target.provenance or indicator.provenance,
                indicator_id=indicator.id,
            )
