"""The column-number row under a table's header: ``(1) (2) (3) ...``."""

from __future__ import annotations

import pytest
from renstra.extract.column_numbers import is_column_number_row


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["(1)", "(2)", "(3)", "(4)", "(5)"], True),
        (["1", "2", "3", "4", "5", "6"], True),
        (["1", "2", "3"], True),
        (["1", "2"], False),  # too short to tell from data
        (["(1)", "(2)", "(4)", "(5)"], False),  # not consecutive
        (["2", "3", "4", "5"], False),  # does not start at 1
        (["1", "Persentase", "%", "Meningkatnya"], False),  # a data row
        (["", "", "", "1", "2", "3"], False),  # a year-number row, not column numbers
        ([], False),
    ],
)
def test_is_column_number_row(texts: list[str], expected: bool) -> None:
    assert is_column_number_row(texts) is expected


def test_column_number_row_with_an_unnumbered_last_cell_is_still_skipped() -> None:
    # The docstring says numbers run "across most of" the columns, and the length check
    # allows empty cells, but any empty cell rejects the row.
    assert is_column_number_row(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", ""])
