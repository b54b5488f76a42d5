"""A table row that a PDF page break cut in two: its rest, the row at the top of the next
page, appended to the row above and left empty, so every other row keeps its number. Which
rows are such a rest is the caller's to say (an indicator table and a program table tell
them apart differently)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..intermediate import Cell, Table

Row = list[Cell]


def join_cut_rows(
    table: Table, first: int, is_rest: Callable[[Row, Row], bool], separator: str
) -> Table:
    """``table`` with each row from ``first`` on that starts a page and ``is_rest(row,
    above)`` joined to the row above, cell by cell, ``separator`` between the two texts
    ('\\n': the cell's next line; ' ': one line the page cut)."""
    rows = [list(row) for row in table.rows]
    for r in range(max(1, first), len(rows)):
        row, above = rows[r], rows[r - 1]
        if not row or not above or not starts_page(row, above) or not is_rest(row, above):
            continue
        rows[r - 1] = [_joined(a, b, separator) for a, b in zip(above, row, strict=False)]
        rows[r] = [replace(c, text="") for c in row]
    return replace(table, rows=rows)


def starts_page(row: Row, above: Row) -> bool:
    page, before = row[0].location.page, above[0].location.page
    return page is not None and before is not None and page != before


def _joined(above: Cell, below: Cell, separator: str) -> Cell:
    if not below.text.strip() or below.covered:
        return above
    if not above.text.strip():
        return replace(above, text=below.text)
    return replace(above, text=f"{above.text}{separator}{below.text}")
