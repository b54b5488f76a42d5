from __future__ import annotations

from collections.abc import Iterator

import pytest
from renstra.extract.writers import column_kinds
from renstra.extract.writers.column_docs import Column, Table
from renstra.extract.writers.column_kinds import ColumnKindConflict, decimal_positions, kind_of
from renstra.extract.writers.csv_out import INDICATOR_COLUMNS


@pytest.mark.parametrize(
    ("column", "kind"),
    [
        ("year", "year"), ("period_start", "year"), ("tahun_akhir", "year"),
        ("year_index", "integer"), ("page", "integer"), ("row", "integer"),
        ("budget", "rupiah"), ("realization", "rupiah"), ("pagu_3", "rupiah"),
        ("target_value", "decimal"), ("baseline_low", "decimal"), ("final_target_high", "decimal"),
        ("formula_multiplier", "decimal"), ("target_awal", "decimal"), ("target_12", "decimal"),
        ("target_akhir", "decimal"),
        ("target_text", "text"), ("target_unit", "text"), ("target_kind", "text"),
        ("realization_text", "text"), ("number", "text"), ("code", "text"), ("cell", "text"),
        ("pagu", "text"), ("name", "text"), ("size_bytes", "integer"), ("final", "text"),
        ("polarity", "text"),
    ],
)  # fmt: skip
def test_a_column_is_typed_by_its_name(column: str, kind: str) -> None:
    assert kind_of(column) == kind


def test_the_decimal_columns_of_indicators_csv() -> None:
    names = {INDICATOR_COLUMNS[i] for i in decimal_positions(INDICATOR_COLUMNS)}
    assert names == {
        "formula_multiplier", "baseline_value", "final_target_value", "target_value",
        "realization_value", "achievement_value", "target_low", "target_high", "baseline_low",
        "baseline_high", "final_target_low", "final_target_high", "formula_target",
    }  # fmt: skip


@pytest.fixture
def fresh_kinds() -> Iterator[None]:
    kind_of.cache_clear()
    yield
    kind_of.cache_clear()


def test_one_name_typed_two_ways_in_two_tables_is_refused(
    fresh_kinds: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialect and the workbook type a column by its name alone, so a name must mean
    one kind in every table that has it: a plain integer ``budget`` beside the rupiah one
    is a mistake in column_docs."""
    other = Table(
        "other", "A table that counts budgets.", {"budget": Column("integer", "How many.")}
    )
    monkeypatch.setattr(column_kinds, "TABLES", {**column_kinds.TABLES, "other.csv": other})
    with pytest.raises(
        ColumnKindConflict, match=r"'budget' is described as \['integer', 'rupiah'\]"
    ):
        kind_of("budget")
    assert kind_of("target_value") == "decimal"
