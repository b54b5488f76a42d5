"""What each column of the batch tables holds, by its name: text, or a number of some kind.

The CSV dialect puts a decimal comma only in number columns, and indicators.xlsx writes
their cells as numbers with a format for their kind. Both read the kind from what
``column_docs`` says of the column for datapackage.json: its Table Schema type, or the
``kind`` a column declares where the type does not say (whole rupiah; a wide target that
is a number where the cell is one). So the package, the dialect and the workbook type a
column in one place.
"""

from __future__ import annotations

from functools import cache

from .column_docs import TABLES, WIDE, Column, Kind

__all__ = ["Kind", "decimal_positions", "kind_of", "kinds_of"]

_BY_TYPE: dict[str, Kind] = {"integer": "integer", "year": "year", "number": "decimal"}
"""A Table Schema type's kind; string and boolean are text."""


class ColumnKindConflict(ValueError):
    """One column name described with two kinds in two tables."""


def _kind(column: Column) -> Kind:
    return column.kind or _BY_TYPE.get(column.type, "text")


@cache
def kind_of(name: str) -> Kind:
    """The kind of the column ``name`` in every batch table that has it; ``text`` for a
    name no table describes."""
    kinds = {_kind(c) for table in (*TABLES.values(), WIDE) if (c := table.column(name))}
    if len(kinds) > 1:
        raise ColumnKindConflict(f"column {name!r} is described as {sorted(kinds)}")
    return kinds.pop() if kinds else "text"


def kinds_of(columns: list[str]) -> list[Kind]:
    return [kind_of(column) for column in columns]


def decimal_positions(columns: list[str]) -> frozenset[int]:
    """Where in a row of ``columns`` a number may have a decimal point."""
    return frozenset(i for i, kind in enumerate(kinds_of(columns)) if kind == "decimal")
