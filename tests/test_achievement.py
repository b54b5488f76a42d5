"""Capaian recomputed from target and realisasi, polarity respected; a written capaian
matches at the precision it is written with."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from renstra.extract.parsers.achievement import achievement, written_matches


@pytest.mark.parametrize(
    ("target", "realisation", "polarity", "expected"),
    [
        (80, 84, "higher-is-better", Decimal(105)),
        (80, 76, "higher-is-better", Decimal(95)),
        (20, 16, "lower-is-better", Decimal(125)),  # a rate that fell below its target
        (20, 25, "lower-is-better", Decimal(80)),
        (0, 5, "higher-is-better", None),
        (5, 0, "lower-is-better", None),
    ],
)
def test_achievement(target: float, realisation: float, polarity: str, expected: object) -> None:
    assert achievement(target, realisation, polarity) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "computed", "matches"),
    [
        ("104,5", Decimal("104.4736"), True),
        ("104,47 %", Decimal("104.4736"), True),
        ("104", Decimal("104.4736"), True),
        ("105", Decimal("104.4736"), False),
        ("104,48", Decimal("104.4736"), False),
        ("n/a", Decimal("100"), False),
        ("105", Decimal("104.5"), True),  # half up, as authors round
        ("104", Decimal("104.5"), False),
    ],
)
def test_written_matches(written: str, computed: Decimal, matches: bool) -> None:
    assert written_matches(written, computed) is matches


POSITIVE = st.integers(min_value=1, max_value=10**6)


@given(target=POSITIVE, realisation=POSITIVE)
def test_the_polarities_are_reciprocal(target: int, realisation: int) -> None:
    higher = achievement(target, realisation, "higher-is-better")
    lower = achievement(target, realisation, "lower-is-better")
    assert higher is not None and lower is not None
    assert abs(higher * lower - 10_000) < Decimal("1e-20")


@given(target=POSITIVE, realisation=POSITIVE, places=st.integers(min_value=0, max_value=2))
def test_the_computed_capaian_rounded_always_matches(
    target: int, realisation: int, places: int
) -> None:
    computed = achievement(target, realisation, "higher-is-better")
    assert computed is not None
    rounded = computed.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert written_matches(str(rounded).replace(".", ","), computed)
