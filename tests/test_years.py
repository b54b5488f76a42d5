from __future__ import annotations

import pytest
from renstra.extract.parsers.columns import TargetColumn
from renstra.extract.parsers.years import calendar_years
from renstra.schemas import Period


def indexed(count: int) -> tuple[TargetColumn, ...]:
    return tuple(TargetColumn(4 + i, i + 1, None) for i in range(count))


def period(start: int, end: int) -> Period:
    return Period(start=start, end=end, raw=f"{start}-{end}")


@pytest.mark.parametrize(
    ("targets", "declared", "years"),
    [
        # tahun ke-1..5 under a five-year period: mapped
        (indexed(5), period(2021, 2025), [2021, 2022, 2023, 2024, 2025]),
        # three columns of a transition plan 2024-2026
        (indexed(3), period(2024, 2026), [2024, 2025, 2026]),
        # five columns under 2021-2026 (six years): which five is a guess
        (indexed(5), period(2021, 2026), [None] * 5),
        (indexed(5), period(2022, 2025), [None] * 5),
        # no period found
        (indexed(5), None, [None] * 5),
        (indexed(0), None, []),
    ],
)
def test_year_indexes_map_onto_the_period_only_when_counts_agree(
    targets: tuple[TargetColumn, ...], declared: Period | None, years: list[int | None]
) -> None:
    assert calendar_years(targets, declared) == years


@pytest.mark.parametrize("declared", [None, period(2021, 2025), period(2019, 2023)])
def test_header_years_win_over_the_period(declared: Period | None) -> None:
    targets = (
        TargetColumn(3, None, 2022),
        TargetColumn(4, None, 2023),
        TargetColumn(5, None, 2024),
    )
    assert calendar_years(targets, declared) == [2022, 2023, 2024]


def test_header_years_are_kept_as_written_where_some_are_missing() -> None:
    targets = (TargetColumn(3, None, 2022), TargetColumn(4, 2, None), TargetColumn(5, None, 2024))
    assert calendar_years(targets, period(2022, 2024)) == [2022, None, 2024]
