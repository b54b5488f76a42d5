"""The pieces every standard-workbook sheet shares."""

from __future__ import annotations

import pytest
from renstra.extract.workbook_sheet import formula_text, runs, year_label
from renstra.schemas import Formula


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([], []),
        ([1], [(0, 1)]),
        ([1, 1, 2, 2, 2, 1], [(0, 2), (2, 5), (5, 6)]),
        ([None, None, "a"], [(0, 1), (1, 2), (2, 3)]),  # an empty cell is never merged
        (["a", None, "a"], [(0, 1), (1, 2), (2, 3)]),
    ],
)
def test_runs(keys: list[object], expected: list[tuple[int, int]]) -> None:
    assert runs(keys) == expected


def test_year_label() -> None:
    assert year_label((2022, None)) == "2022"
    assert year_label((None, 3)) == "ke-3"


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        (None, None),
        (
            Formula(raw=r"$\frac{\text{A}}{\text{B}} \times 100\%$", kind="ratio",
                    numerator="A", denominator="B", multiplier=100.0),
            "A / B x 100%",
        ),
        (
            Formula(raw=r"\frac{A}{B}", kind="ratio", numerator="A", denominator="B"),
            "A / B",
        ),
        (  # written by hand: kept as written, its abbreviations with it
            Formula(raw="Jumlah ASN (A) dibagi Jumlah pegawai (B) x 100%", kind="ratio",
                    numerator="Jumlah ASN", denominator="Jumlah pegawai", multiplier=100.0,
                    definitions={"A": "Jumlah ASN"}),
            "Jumlah ASN (A) dibagi Jumlah pegawai (B) x 100%",
        ),
        (Formula(raw="Jumlah kegiatan", kind="count"), "Jumlah kegiatan"),
    ],
)  # fmt: skip
def test_formula_text(formula: Formula | None, expected: str | None) -> None:
    assert formula_text(formula) == expected
