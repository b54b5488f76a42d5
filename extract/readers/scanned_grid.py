"""A scanned table's grid rid of the columns its image made up, and its numbered headers
mended.

A letter or a speck touching a rule in a scan can be traced as a short rule of its own
(extract/ocr/ruling.py), and each such stroke opens a column no text stands in: a T-C.23
scan gained two, which moved every year after them one column on. A column where no cell
holds text and no cell starts a span is such a sliver: it is dropped, and the spans that
cross it are one column narrower. Only tables of OCR'd pages are cleaned: a text layer's
rules are drawn, not traced. A table with text in one row only tells no sliver from a blank
cell: the rest of a row a page break cut off (a PENJELASAN card's last lines, the row's
other cells blank) keeps its columns, so it still lines up with the table it goes on.

A header row numbering the years under each group ('1 2 3 4 5 | 1 2 3 4 | 1 2') tells the
parser which column is which year; one number misread ('LZ' for 1) made a T-C.23 scan a
table of nothing. In a row whose cells are otherwise small numbers, a cell of one to three
letters is given the number its neighbours call for: one less than
the next, or one more than the one before. The word stays as read in its
``ocr-low-confidence`` note, where a steward sees it.

A row numbering the columns themselves ('(1) (2) ... (25)'), repeated at the top of each
page of a long table, is how the parser knows the page's rows go on the table above
(column_numbers.is_column_number_row) and are not data: on a T-C.27 scan '(1)' and '(9)'
read '@', and the row, kept as data, put every row of the page one off its values. In a row
where most cells read their own column's number, a short cell that does not is given it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

_INDEX = re.compile(r"\d{1,2}")
_LOOKALIKE = re.compile(r"[^\W\d_]{1,3}|[|!]{1,3}")
"""One to three letters ('LZ', 'a') or strokes where a number stands."""
MIN_NUMBERS = 3
"""Numbered cells a row needs before a letter among them is taken for a misread number."""
_COLUMN_NUMBER = re.compile(r"(\()?(\d{1,2})\)?")
COLUMN_SHARE = 0.6
"""The share of a row's cells that must read their own column's number ('(7)' in the
seventh) before its other short cells are taken for misread ones."""
MISREAD_LENGTH = 4
"""Characters at most of a cell taken for a misread column number ('@', '(9', 'Q)')."""

if TYPE_CHECKING:
    from .pdf import PageTable, PCell


def drop_empty_columns(table: PageTable) -> None:
    """Remove, in place, each column of ``table`` that holds no text (see above)."""
    if sum(1 for row in table.rows if any(c.text.strip() for c in row)) < 2:
        return
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


def mend_numbering(table: PageTable) -> None:
    """Put right, in place, a misread number in each numbering row of ``table`` (see above)."""
    for row in table.rows:
        _mend_column_numbers(row)
        texts = [c.text.strip() for c in row if not c.covered and c.text.strip()]
        if sum(1 for t in texts if _INDEX.fullmatch(t)) < MIN_NUMBERS:
            continue
        cells = [c for c in row if not c.covered and c.text.strip()]
        for i, cell in enumerate(cells):
            if _LOOKALIKE.fullmatch(cell.text.strip()):
                guess = _between(cells[i - 1].text if i else "", _next_number(cells, i))
                if guess is not None:
                    cell.text = str(guess)


def _next_number(cells: list[PCell], i: int) -> str:
    return cells[i + 1].text.strip() if i + 1 < len(cells) else ""


def _between(before: str, after: str) -> int | None:
    if _INDEX.fullmatch(after) and int(after) > 1:
        return int(after) - 1
    if _INDEX.fullmatch(before.strip()):
        return int(before.strip()) + 1
    return None


def _mend_column_numbers(row: list[PCell]) -> None:
    found = [_COLUMN_NUMBER.fullmatch(c.text.strip()) for c in row]
    own = [m for i, m in enumerate(found) if m is not None and int(m.group(2)) == i + 1]
    if len(own) < max(MIN_NUMBERS, COLUMN_SHARE * len(row)) or len(own) == len(row):
        return
    bracketed = sum(1 for m in own if m.group(1)) * 2 > len(own)
    for i, cell in enumerate(row):
        text = cell.text.strip()
        if cell.covered or not text or len(text) > MISREAD_LENGTH:
            continue
        match = found[i]
        if match is None or int(match.group(2)) != i + 1:
            cell.text = f"({i + 1})" if bracketed else str(i + 1)
