"""Rules on the planning period and on how many target years the tables carry."""

from __future__ import annotations

from collections.abc import Iterator

from renstra.schemas import Document, Settings

from ..messages import msg
from ..parsers.periods import suggest_period
from .registry import Hit, finding, rule


@rule("period-typo", "error", tags=("#period",))
def period_typo(document: Document, settings: Settings) -> Iterator[Hit]:
    suggestions: dict[tuple[int, int], tuple[int, int] | None] = {}
    for mention in document.period_mentions:
        if mention.plausible:
            continue
        span = (mention.start, mention.end)
        if span not in suggestions:  # one look over the mentions per distinct typo, not per copy
            suggestions[span] = suggest_period(mention, document.period_mentions, settings)
        suggested = suggestions[span]
        yield finding(
            "period-typo",
            "message",
            mention.location,
            suggestion=f"{suggested[0]}-{suggested[1]}" if suggested else None,
            evidence=mention.raw,
            raw=mention.raw,
            years=mention.end - mention.start + 1,
        )


@rule("period-mismatch", "warning", tags=("#period",))
def period_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    plausible = [m for m in document.period_mentions if m.plausible]
    spans = [(m.start, m.end) for m in plausible]
    if document.period is None or len(set(spans)) < 2:
        return
    main = (document.period.start, document.period.end)
    for mention, span in zip(plausible, spans, strict=True):
        if span == main:
            continue
        yield finding(
            "period-mismatch",
            "message",
            mention.location,
            suggestion=f"{main[0]}-{main[1]}",
            evidence=mention.raw,
            raw=mention.raw,
            period=f"{main[0]}-{main[1]}",
            count=spans.count(main),
        )


@rule("target-count-mismatch", "error", tags=("#period", "#target"))
def target_count_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    period = document.period
    if period is None:
        return
    years = period.end - period.start + 1
    span = f"{period.start}-{period.end}"
    for table in document.tables:
        count = table.target_columns
        if not count or count == years or any(y is not None for y in table.target_years):
            continue
        facts = {"table": table.index, "count": count, "span": span, "years": years}
        if count == years - 1:
            yield finding(
                "target-count-mismatch",
                "baseline",
                table.location,
                severity="warning",
                suggestion=msg("target-count-mismatch.baseline-suggestion"),
                after=f"{period.start + 1}-{period.end}",
                before=f"{period.start}-{period.end - 1}",
                start=period.start,
                **facts,
            )
        else:
            yield finding(
                "target-count-mismatch",
                "message",
                table.location,
                suggestion=msg("target-count-mismatch.suggestion", span=span),
                **facts,
            )
