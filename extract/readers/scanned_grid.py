"""A scanned table's grid rid of the columns its image made up.

A letter or a speck touching a rule in a scan can be traced as a short rule of its own
(extract/ocr/ruling.py), and each such stroke opens a column no text stands in: a T-C.23
scan gained two, which moved every year after them one column on. A column where no cell
holds text and no cell starts a span is such a sliver: it is dropped, and the spans that
cross it are one column narrower. Only tables of OCR'd pages are cleaned: a text layer's
rules are drawn, not traced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdf import PageTable, PCell


def drop_empty_columns(table: PageTable) -> None:
    """Remove, in place, each column of ``table`` that holds no text (see above)."""
    c = 0
    while c < len(table.columns):
        if len(table.columns) > 1 and _empty(table, c):
            _remove(table, c)
        else:
            c += 1


def _empty(table: PageTable, c: int) -> bool:
    return all(
        row[c].covered or (not row[c].text.strip() and row[c].colspan == 1) for row in table.rows
    )


def _remove(table: PageTable, c: int) -> None:
    narrowed: dict[int, PCell] = {}
    for r, row in enumerate(table.rows):
        if row[c].covered:
            origin = _origin(table, r, c)
            if origin is not None:
                narrowed[id(origin)] = origin
    for origin in narrowed.values():
        origin.colspan -= 1
    for row in table.rows:
        del row[c]
    del table.columns[c]


def _origin(table: PageTable, r: int, c: int) -> PCell | None:
    """The cell left of column ``c`` whose span covers row ``r`` there; None when the
    slot is covered from above, in its own column."""
    for r0 in range(r, -1, -1):
        for c0 in range(c - 1, -1, -1):
            cell = table.rows[r0][c0]
            if not cell.covered and c0 + cell.colspan > c and r0 + cell.rowspan > r:
                return cell
    return None
