"""The row readings the trend rules share: numeric points and change measures."""

from __future__ import annotations

import pytest
from renstra.extract.checks.trends import (
    Point,
    Row,
    measures_change,
    numeric_points,
    predicate_points,
    rates,
)
from renstra.schemas import Indicator, SourceLocation, Target


def _indicator(*targets: Target) -> Indicator:
    return Indicator(id="t1r2", name="X", targets=list(targets), provenance=SourceLocation())


def _number(value: float, year_index: int | None = None) -> Target:
    return Target(value=value, text=str(value), kind="number", year_index=year_index)


def test_numeric_points_take_numbers_and_range_midpoints_in_column_order() -> None:
    indicator = _indicator(
        _number(10),
        Target(text="", kind="empty"),
        Target(text="20-30", kind="range", low=20, high=30),
        Target(text="BB", kind="predicate"),
        Target(text="x", kind="range", low=1),  # a bound missing: left out
        _number(40),
    )
    row = numeric_points(indicator)
    assert row.positions == [1, 3, 6]
    assert row.values == [10.0, 25.0, 40.0]
    assert row.targets == [indicator.targets[0], indicator.targets[2], indicator.targets[5]]
    assert row.point(1) == Point(indicator.targets[2], 3, 25.0)


def test_numeric_points_use_the_year_index_where_there_is_one() -> None:
    indicator = _indicator(_number(1, year_index=2), _number(2, year_index=5))
    assert numeric_points(indicator).positions == [2, 5]


@pytest.mark.parametrize("indices", [(2, 2), (3, 1), (1, 3, 2)])
def test_numeric_points_are_none_when_positions_do_not_increase(indices: tuple[int, ...]) -> None:
    indicator = _indicator(*(_number(i, year_index=i) for i in indices))
    assert numeric_points(indicator) == Row([], [], [])


def test_predicate_points_only_for_rows_of_predicates() -> None:
    predicates = [Target(text=t, kind="predicate") for t in ("B", "BB", "A")]
    assert predicate_points(_indicator(*predicates)).values == [3.0, 4.0, 5.0]
    assert predicate_points(_indicator(*predicates, _number(1))).values == []
    assert predicate_points(_indicator(Target(text="", kind="empty"))).values == []


@pytest.mark.parametrize(
    ("positions", "values", "expected"),
    [
        ([1, 2, 3], [10.0, 12.0, 11.0], [2.0, -1.0]),
        ([1, 3, 4], [10.0, 20.0, 20.0], [5.0, 0.0]),  # a step over an empty year is spread
        ([2], [5.0], []),
        ([], [], []),
    ],
)
def test_rates_are_the_change_per_column(
    positions: list[int], values: list[float], expected: list[float]
) -> None:
    targets = [Target(text=str(v)) for v in values]
    assert rates(Row(targets, positions, values)) == expected


@pytest.mark.parametrize(
    ("name", "changes"),
    [
        ("Persentase penurunan gangguan keamanan", True),
        ("Laju Pertumbuhan Ekonomi", True),
        ("PENINGKATAN cakupan layanan", True),
        ("Persentase balita gizi baik", False),
        ("Pertumbuhannya", False),  # a whole word only
        ("", False),
    ],
)
def test_measures_change(name: str, changes: bool) -> None:
    assert measures_change(name) is changes
