"""Read an .xlsx workbook into lines and table grids (openpyxl).

Every worksheet is read in order, hidden ones too, and so are hidden rows: what the author
hid is still in the file and may be an indicator, so it is read and a note says where
(a hidden-sheet or hidden-rows finding), and the steward decides. On a sheet, fully empty
rows split the used range into blocks; a block is a table when, past its leading and
trailing single-value rows (titles, captions, notes), at least two rows hold values in three
or more columns. Everything else becomes lines, one per row (the row's values joined by a
space, so ``NAMA OPD | : | KECAMATAN`` reads as one line) and per line break in a cell.
The container must first pass zipguard's checks (sizes, layout, no DTD).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from renstra.schemas import Settings, SourceNote

from ..errors import RenstraError
from ..intermediate import (
    GRID_FLOOR,
    GRID_RATIO,
    Cell,
    Position,
    RawDocument,
    SourceFile,
    Table,
    TextLine,
    check_grid,
    grid_allows,
    note,
)
from ..messages import msg
from ..zipguard import check_zip

log = logging.getLogger(__name__)

FORMULA_RE = re.compile(rb"<(?:\w+:)?f[ >/]")
MERGE_RE = re.compile(
    rb'(<(?:\w+:)?mergeCell\b[^>]*?\bref=")([A-Za-z]{1,3})([0-9]{1,7})(?::([A-Za-z]{1,3})([0-9]{1,7}))?"'
)
CELL_REF_RE = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Za-z]{1,3})([0-9]{1,7})"')
SEPARATORS = {":", "=", "-"}  # a cell holding only this is glue, not a value
MIN_TABLE_COLUMNS = 2
"""Two columns of values make a table: a label | value card is one (the parsers tell it from
an indicator table)."""


@dataclass(slots=True)
class _Value:
    text: str
    coordinate: str
    rowspan: int = 1
    colspan: int = 1
    bold: bool = False


Grid = dict[tuple[int, int], _Value]
Covered = dict[tuple[int, int], tuple[int, int]]


def read(source: SourceFile, settings: Settings) -> RawDocument:
    workbook, formulas = _load(source, settings)
    path = source.path
    lines: list[TextLine] = []
    tables: list[Table] = []
    notes: list[SourceNote] = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            notes.append(note("hidden-sheet", sheet=sheet.title))
        values, covered = _sheet_values(sheet, formulas, notes)
        occupied = _occupied(values, covered)
        notes.extend(_hidden_rows(sheet, occupied))
        blank = TextLine("", Position(sheet=sheet.title))
        for block in _blocks(occupied):
            _blank(lines, blank)
            where = (path, sheet.title)
            _read_block(where, block, values, covered, occupied, lines, tables, blank)
    if not lines and not tables:
        raise RenstraError(source.path, "empty-file", msg("error.workbook-empty"))
    return source.raw_document(lines, tables, notes=notes)


def _load(source: SourceFile, settings: Settings) -> tuple[Any, Any]:
    """The workbook with cached values, and (only when it has formulas) one with formulas."""
    import openpyxl

    check_zip(source.path, source.data, settings.limits)
    try:
        has_formulas, data = _scan(source)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            values = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
            formulas = None
            if has_formulas:
                formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except RenstraError:
        raise
    except Exception as e:
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise RenstraError(
            source.path, "format-error", msg("error.xlsx-unreadable", detail=reason)
        ) from e
    return values, formulas


def _scan(source: SourceFile) -> tuple[bool, bytes]:
    """Whether any sheet holds a formula, and the bytes to load: the file's own, or (where a
    sheet merges past its cells) a copy with those merges cut back.

    openpyxl makes an object for every cell a merge covers, before renstra sees any: a
    1.5 KB workbook merging A1:XFD1048576 asks for 17 billion. So the merges are read from
    the sheet first; past ``GRID_FLOOR`` cells, each is cut back to the rows and columns
    where the sheet stores cells (the covered cells beyond hold nothing), and a sheet whose
    merges still cover more than ``grid_allows`` allows (16 cells per stored cell) is
    refused.
    """
    import zipfile

    has_formulas = False
    replaced: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
        for info in archive.infolist():
            name = info.filename
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            data = archive.read(name)
            has_formulas = has_formulas or FORMULA_RE.search(data) is not None
            if b"mergeCell" in data:
                clipped = _clip_merges(source.path, name, data)
                if clipped is not data:
                    replaced[name] = clipped
        if not replaced:
            return has_formulas, source.data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                copy.writestr(info, replaced.get(info.filename) or archive.read(info))
    log.debug("%s: merges cut back to the stored cells in %s", source.path, sorted(replaced))
    return has_formulas, out.getvalue()


def _clip_merges(path: str, name: str, data: bytes) -> bytes:
    """``data`` itself when its merges cover at most GRID_FLOOR cells, else a copy whose
    merges end at the last row and column holding a stored cell."""
    merges = [_merge_box(m) for m in MERGE_RE.finditer(data)]
    if sum(_area(box) for box in merges) <= GRID_FLOOR:
        return data
    stored = 0
    last_row = last_col = 0
    for match in CELL_REF_RE.finditer(data):
        stored += 1
        last_row = max(last_row, int(match[2]))
        last_col = max(last_col, _column(match[1]))

    def clip(match: re.Match[bytes]) -> bytes:
        top, left, bottom, right = _merge_box(match)
        bottom, right = min(bottom, max(last_row, top)), min(right, max(last_col, left))
        ref = f"{_coordinate(top, left)}:{_coordinate(bottom, right)}".encode()
        return match[1] + ref + b'"'

    clipped = MERGE_RE.sub(clip, data)
    area = sum(_area(_merge_box(m)) for m in MERGE_RE.finditer(clipped))
    if not grid_allows(area, stored):
        reason = msg(
            "error.merges-too-large",
            part=name, area=area, ratio=GRID_RATIO, stored=stored, floor=GRID_FLOOR,
        )  # fmt: skip
        raise RenstraError(path, "limit-exceeded", reason)
    return clipped


def _merge_box(match: re.Match[bytes]) -> tuple[int, int, int, int]:
    top, left = int(match[3]), _column(match[2])
    if match[4] is None:
        return top, left, top, left
    return top, left, max(top, int(match[5])), max(left, _column(match[4]))


def _area(box: tuple[int, int, int, int]) -> int:
    top, left, bottom, right = box
    return (bottom - top + 1) * (right - left + 1)


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _bold(cell: Any) -> bool:
    font = getattr(cell, "font", None)
    return bool(font is not None and font.b)


def _sheet_values(sheet: Any, formulas: Any, notes: list[SourceNote]) -> tuple[Grid, Covered]:
    """Cell texts by (row, column), and covered positions -> their merge origin."""
    values: Grid = {}
    formula_sheet = formulas[sheet.title] if formulas is not None else None
    for (row, col), cell in sheet._cells.items():  # stored cells only: sparse sheets stay cheap
        text = _text(cell)
        if cell.data_type == "e":
            notes.append(note("error-cell", text, sheet=sheet.title, cell=cell.coordinate))
        if cell.value is None and formula_sheet is not None:
            source = formula_sheet._cells.get((row, col))
            if source is not None and source.data_type == "f":
                formula = str(getattr(source.value, "text", source.value))  # ArrayFormula too
                where = {"sheet": sheet.title, "cell": cell.coordinate}
                notes.append(note("formula-without-value", formula, **where))
                values[(row, col)] = _Value("", cell.coordinate)
                continue
        if text:
            values[(row, col)] = _Value(text, cell.coordinate, bold=_bold(cell))
    covered: Covered = {}
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row, merged.min_col
        origin = values.get((top, left))
        if origin is None:
            continue
        origin.rowspan = merged.max_row - top + 1
        origin.colspan = merged.max_col - left + 1
        for r in range(top, merged.max_row + 1):
            for c in range(left, merged.max_col + 1):
                if (r, c) != (top, left):
                    covered[(r, c)] = (top, left)
                    values.pop((r, c), None)
    return values, covered


def _text(cell: Any) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        if "%" in (cell.number_format or ""):
            return f"{number_text(value * 100)} %"
        return number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def number_text(value: float) -> str:
    """A number as Python writes it, without float noise: 85.00000000000001 -> '85'."""
    if isinstance(value, int):
        return str(value)
    rounded = round(value, 10)
    if rounded.is_integer():
        return str(int(rounded))
    text = repr(rounded)
    return format(Decimal(text), "f") if "e" in text else text


# ---------------------------------------------------------------- blocks


def _occupied(values: Grid, covered: Covered) -> dict[int, list[int]]:
    """Columns holding a value or a merged cell, by row."""
    by_row: dict[int, set[int]] = {}
    for row, col in [*values, *covered]:
        by_row.setdefault(row, set()).add(col)
    return {row: sorted(cols) for row, cols in by_row.items()}


def _hidden_rows(sheet: Any, occupied: dict[int, list[int]]) -> list[SourceNote]:
    """A note per run of hidden rows holding values, as Excel names whole rows ('6:8')."""
    hidden = {row for row, dimension in sheet.row_dimensions.items() if dimension.hidden}
    runs = _blocks(row for row in occupied if row in hidden)
    return [note("hidden-rows", sheet=sheet.title, cell=f"{run[0]}:{run[-1]}") for run in runs]


def _blocks(rows: Iterable[int]) -> list[list[int]]:
    """Runs of consecutive row numbers: a missing one (an empty row) ends a block."""
    blocks: list[list[int]] = []
    for row in sorted(rows):
        if blocks and row == blocks[-1][-1] + 1:
            blocks[-1].append(row)
        else:
            blocks.append([row])
    return blocks


def _read_block(
    where: tuple[str, str],
    rows: list[int],
    values: Grid,
    covered: Covered,
    occupied: dict[int, list[int]],
    lines: list[TextLine],
    tables: list[Table],
    blank: TextLine,
) -> None:
    path, sheet = where

    def row_values(row: int) -> list[_Value]:
        return [values[(row, c)] for c in occupied[row] if (row, c) in values]

    def weight(row: int) -> int:
        return sum(1 for v in row_values(row) if v.text not in SEPARATORS)

    start, end = 0, len(rows)
    while start < end and weight(rows[start]) <= 1:
        start += 1
    while end > start and weight(rows[end - 1]) <= 1:
        end -= 1
    core = rows[start:end]
    cols = sorted({c for r in core for c in occupied[r]})
    valued = {
        c
        for r in core
        for c in occupied[r]
        if (r, c) in values and values[(r, c)].text not in SEPARATORS
    }
    paired = [r for r in core if weight(r) >= 2]
    glued = all(any(v.text in SEPARATORS for v in row_values(r)) for r in paired)
    if len(paired) < 2 or len(valued) < MIN_TABLE_COLUMNS or (len(valued) < 3 and glued):
        start = end = len(rows)  # not a table: every row is lines ('NAMA OPD | : | ...')
    for row in rows[:start]:
        _add_lines(sheet, row_values(row), lines)
    if start < end:
        _blank(lines, blank)
        caption = [line.text for line in lines if line.text][-3:]
        columns = range(cols[0], cols[-1] + 1)
        written = sum(len(occupied[r]) for r in core)
        check_grid(
            path, msg("error.where-sheet-table", sheet=sheet), len(core), len(columns), written
        )
        tables.append(_table(sheet, len(tables) + 1, core, columns, values, covered, caption))
        _blank(lines, blank)
    for row in rows[end:]:
        _add_lines(sheet, row_values(row), lines)


def _blank(lines: list[TextLine], blank: TextLine) -> None:
    """A blank line between blocks and around tables, as a text file has (never two)."""
    if lines and lines[-1].text:
        lines.append(blank)


def _add_lines(sheet: str, row: list[_Value], lines: list[TextLine]) -> None:
    if not row:
        return
    text = " ".join(v.text for v in row)
    location = Position(sheet=sheet, cell=row[0].coordinate)
    lines.extend(TextLine(part, location) for part in text.split("\n") if part.strip())


def _table(
    sheet: str,
    index: int,
    rows: list[int],
    cols: range,
    values: Grid,
    covered: Covered,
    caption: list[str],
) -> Table:
    last_row, last_col = rows[-1], cols[-1]
    grid: list[list[Cell]] = []
    for r_index, row in enumerate(rows, start=1):
        cells = []
        for c_index, col in enumerate(cols, start=1):
            location = Position(
                table=index, row=r_index, column=c_index, sheet=sheet, cell=_coordinate(row, col)
            )
            value = values.get((row, col))
            if (row, col) in covered:
                cells.append(Cell("", location, covered=True))
            elif value is None:
                cells.append(Cell("", location))
            else:
                rowspan = min(value.rowspan, last_row - row + 1)
                colspan = min(value.colspan, last_col - col + 1)
                cells.append(Cell(value.text, location, rowspan, colspan, bold=value.bold))
        grid.append(cells)
    location = Position(table=index, sheet=sheet, cell=_coordinate(rows[0], cols[0]))
    return Table(index, grid, location, caption)


def _coordinate(row: int, col: int) -> str:
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row}"
