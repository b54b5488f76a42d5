"""Rules on the planning period and on how many target years the tables carry."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from renstra.schemas import Document, Finding, Settings

from ..parsers.periods import suggest_period
from .registry import finding, rule


@rule(
    "period-typo",
    "error",
    "A year range that cannot be a planning period (a typo such as 2021-2126).",
    tags=("#period",),
    example="Tahun 2021-2126",
)
def period_typo(document: Document, settings: Settings) -> Iterator[Finding]:
    for mention in document.period_mentions:
        if mention.plausible:
            continue
        years = mention.end - mention.start + 1
        suggested = suggest_period(mention, document.period_mentions, settings)
        yield finding(
            "period-typo",
            f"'{mention.raw}' is not a plausible planning period ({years} years).",
            mention.location,
            suggestion=f"{suggested[0]}-{suggested[1]}" if suggested else None,
        )


@rule(
    "period-mismatch",
    "warning",
    "The document states two or more different plausible periods.",
    tags=("#period",),
    example="'2021-2026' in the text, '2022-2027' in a table title",
)
def period_mismatch(document: Document, settings: Settings) -> Iterator[Finding]:
    plausible = [m for m in document.period_mentions if m.plausible]
    counts = Counter((m.start, m.end) for m in plausible)
    if len(counts) < 2 or document.period is None:
        return
    main = (document.period.start, document.period.end)
    for mention in plausible:
        if (mention.start, mention.end) == main:
            continue
        yield finding(
            "period-mismatch",
            f"'{mention.raw}' differs from the document's period {main[0]}-{main[1]} "
            f"(stated {counts[main]} time(s)).",
            mention.location,
            suggestion=f"{main[0]}-{main[1]}",
        )


@rule(
    "target-count-mismatch",
    "error",
    "A table's target columns do not match the years of the period.",
    tags=("#period", "#target"),
    example="five TAHUN KE- columns under 2021-2026 (six years)",
)
def target_count_mismatch(document: Document, settings: Settings) -> Iterator[Finding]:
    period = document.period
    if period is None:
        return
    years = period.end - period.start + 1
    for table in document.tables:
        count = table.target_columns
        if not count or count == years or any(y is not None for y in table.target_years):
            continue
        span = f"{period.start}-{period.end}"
        if count == years - 1:
            yield finding(
                "target-count-mismatch",
                f"Table {table.index} has {count} target columns but the period {span} spans "
                f"{years} years: the columns are {period.start + 1}-{period.end} if "
                f"{period.start} is the baseline year, or {period.start}-{period.end - 1}; "
                "their calendar years were left unmapped.",
                table.location,
                severity="warning",
                suggestion="Label the target columns with calendar years, or state which year "
                "is the baseline.",
            )
        else:
            yield finding(
                "target-count-mismatch",
                f"Table {table.index} has {count} target columns but the period {span} spans "
                f"{years} years.",
                table.location,
                suggestion=f"Give one target column per year of {span}.",
            )
