"""Target cells as numbers with a number format, or as the text written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from renstra.extract.xlsx_numbers import number_format, plain_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (85, "#,##0"),
        (85.0, "#,##0"),
        (160000, "#,##0"),
        (76.5, "#,##0.0"),
        (3.75, "#,##0.00"),
        (0.125, "#,##0.000"),
        (1 / 3, "#,##0.0000"),  # at most four decimals
        (-1.5, "#,##0.0"),
    ],
)
def test_number_format(value: float, expected: str) -> None:
    assert number_format(value) == expected


@given(st.integers(-(10**6), 10**6), st.integers(0, 4))
def test_the_format_shows_every_written_decimal(whole: int, decimals: int) -> None:
    value = round(whole / 10**decimals, decimals)
    shown = number_format(value).partition(".")[2]
    assert round(value, len(shown)) == value and len(shown) <= decimals


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", 1), ("12.", 12), (" 3 ", 3), ("1.a", "1.a"), ("I", "I"), ("1)", "1)"), (None, None)],
)
def test_plain_number(text: str | None, expected: object) -> None:
    assert plain_number(text) == expected
