"""A worksheet made printable: A4 landscape, every column on one page width, the header
rows repeated on each page, and rows tall enough for their wrapped text.

openpyxl writes no row height, and Excel grows a row for wrapped text only when it edits
the cell: a file opened as written shows one line per row, cut off, and prints that way
(LibreOffice recomputes some rows, not all, so rows overlap the next). Each row's height is
therefore estimated here: a cell's lines are its text length over its column width (both in
characters of the default font), the row as tall as its tallest cell. A cell merged over
several rows only needs the rows together to be tall enough: the last one grows if not.
"""

from __future__ import annotations

import math
from typing import Any

from renstra.schemas import Lang

DEFAULT_WIDTH = 8.43
"""Excel's width, in characters, of a column that sets none."""
LINE_POINTS = 15.0
"""The height of one line of 11-point Calibri (Excel's default row)."""
PADDING_POINTS = 3.0
MAX_ROW_POINTS = 409.0
"""Excel's largest row height."""
FOOTER = {"id": "Halaman &P dari &N", "en": "Page &P of &N"}


def make_printable(sheet: Any, *, title_rows: tuple[int, int], lang: Lang = "id") -> None:
    """Set ``sheet``'s page for printing; ``title_rows`` (first, last) repeat on each page."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.gridLines = False
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    first, last = title_rows
    sheet.print_title_rows = f"{first}:{last}"
    corner = f"{get_column_letter(max(sheet.max_column, 1))}{max(sheet.max_row, 1)}"
    sheet.print_area = f"A1:{corner}"
    sheet.oddFooter.center.text = FOOTER[lang]
    sheet.oddFooter.center.size = 8


def column_width(sheet: Any, column: int) -> float:
    from openpyxl.utils import get_column_letter

    width = sheet.column_dimensions[get_column_letter(column)].width
    return float(width) if width else DEFAULT_WIDTH


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide. A character
    less than the width fits on a line (the cell's padding); a word is not split, so each
    paragraph is counted by words."""
    room = max(1, math.floor(width) - 1)
    lines = 0
    for paragraph in text.split("\n"):
        used, count = 0, 1
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size > room:
                count += 1
                used = 0
            if used:
                used += 1
            used += size
            while used > room:  # a word longer than the line breaks where it must
                count += 1
                used -= room
        lines += count
    return lines


def fit_row_heights(sheet: Any, first_row: int, *, points: float = LINE_POINTS) -> None:
    """Give each row from ``first_row`` on the height its wrapped text needs."""
    merged = {(r.min_row, r.min_col): r for r in sheet.merged_cells.ranges}
    widths = {c: column_width(sheet, c) for c in range(1, sheet.max_column + 1)}
    spans: list[tuple[int, int, float]] = []
    for row in sheet.iter_rows(min_row=first_row):
        tallest = 1
        for cell in row:  # the cells a merge covers hold None: only its first is seen
            if not isinstance(cell.value, str):
                continue
            area = merged.get((cell.row, cell.column))
            columns = range(area.min_col, area.max_col + 1) if area else [cell.column]
            width = sum(widths.get(c, DEFAULT_WIDTH) for c in columns)
            lines = text_lines(cell.value, width) if _wraps(cell) else 1
            if area is not None and area.max_row > area.min_row:
                spans.append((area.min_row, area.max_row, lines * points + PADDING_POINTS))
            else:
                tallest = max(tallest, lines)
        height = min(MAX_ROW_POINTS, tallest * points + PADDING_POINTS)
        sheet.row_dimensions[row[0].row].height = height
    for top, bottom, need in spans:
        have = sum(sheet.row_dimensions[r].height or points for r in range(top, bottom + 1))
        if have < need:
            last = sheet.row_dimensions[bottom]
            last.height = min(MAX_ROW_POINTS, (last.height or points) + need - have)


def _wraps(cell: Any) -> bool:
    return bool(cell.alignment is not None and cell.alignment.wrap_text)
