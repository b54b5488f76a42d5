"""What each column of the batch tables holds, by its name: text, or a number of some kind.

The CSV dialect puts a decimal comma only in number columns, and indicators.xlsx writes
their cells as numbers with a format for their kind; both read the kind from the column's
name, so a column that a later version adds by the same naming (``*_value``, ``*_low``,
``pagu_*``) is typed without another list to keep in step.
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["text", "integer", "year", "rupiah", "decimal"]
"""``integer``: a count or position (page, row, year_index); ``year``: a calendar year,
shown without a thousands separator; ``rupiah``: whole rupiah; ``decimal``: a value that
may have decimals (a target)."""

_YEARS = frozenset({"year", "period_start", "period_end", "tahun_awal", "tahun_akhir"})
_INTEGERS = frozenset({"year_index", "page", "line", "table", "row", "column", "budget_scale"})
_RUPIAH = frozenset({"budget", "realization"})
_DECIMALS = frozenset({"formula_multiplier", "formula_target"})
_DECIMAL_NAME = re.compile(r".+_(?:value|low|high)|target_(?:awal|akhir|[0-9]+)")
_RUPIAH_NAME = re.compile(r"pagu_[0-9]+")


def kind_of(column: str) -> Kind:
    if column in _YEARS:
        return "year"
    if column in _INTEGERS:
        return "integer"
    if column in _RUPIAH or _RUPIAH_NAME.fullmatch(column):
        return "rupiah"
    if column in _DECIMALS or _DECIMAL_NAME.fullmatch(column):
        return "decimal"
    return "text"


def kinds_of(columns: list[str]) -> list[Kind]:
    return [kind_of(column) for column in columns]


def decimal_positions(columns: list[str]) -> frozenset[int]:
    """Where in a row of ``columns`` a number may have a decimal point."""
    return frozenset(i for i, kind in enumerate(kinds_of(columns)) if kind == "decimal")
