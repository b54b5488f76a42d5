"""The satuan helpers of the unit rules (renstra.extract.checks.units)."""

from __future__ import annotations

import pytest
from renstra.extract.checks.units import is_percent_unit, other_units


@pytest.mark.parametrize(
    ("unit", "percent"),
    [("%", True), (" Persen ", True), ("prosen", True), ("% capaian", False), ("", False)],
)
def test_is_percent_unit(unit: str, percent: bool) -> None:
    assert is_percent_unit(unit) is percent
    assert is_percent_unit(None) is False


@pytest.mark.parametrize(
    ("target_units", "unit", "expected"),
    [
        ({"%"}, "%", ""),
        ({"persen", "%"}, "%", ""),
        ({"orang", "%", "dokumen"}, "persen", "dokumen, orang"),
        ({"bh", "Buah"}, "buah", ""),
        ({"kegiatan"}, "keg.", ""),
        (set(), "%", ""),
    ],
)
def test_other_units_lists_the_units_that_differ_in_order(
    target_units: set[str], unit: str, expected: str
) -> None:
    assert other_units(frozenset(target_units), unit) == expected
