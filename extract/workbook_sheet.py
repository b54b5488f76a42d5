"""What every standard-workbook sheet shares: a layout as a list of columns, the title
block above the table, the two header rows and the numbered row below them, ruled body
cells, the cells a finding concerns filled and commented, and the print setup.

A layout (workbook_tc25, workbook_iku) only says which columns it has and what each holds;
``write_table`` lays them out the same way for both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from renstra.schemas import Document, Formula, Indicator, Lang, Target

from .report_html import Field, TargetKey, finding_cells, target_columns, target_key, worst
from .writers.spreadsheet import runs_as_formula
from .xlsx_numbers import format_number, target_value
from .xlsx_page import fit_row_heights, make_printable

HEADER_FILL = "D9E1F2"
TITLE_ROWS = 3
HEADER_ROW = TITLE_ROWS + 2
"""The first header row: the title block, then an empty row."""
BODY_ROW = HEADER_ROW + 3
"""The first indicator row: two header rows and the row of column numbers above it."""
SOURCE_NOTE = {
    "id": "Sumber: {path}, dibaca oleh renstra {version}. Sel berwarna memuat temuan "
    "pemeriksaan (lihat komentarnya).",
    "en": "Source: {path}, read by renstra {version}. Coloured cells carry a finding "
    "(see their comment).",
}


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    width: float
    value: Callable[[int], object]
    """The cell of the indicator at this position."""
    field: Field | None = None
    """The report field (report_html.finding_cells) whose findings this column shows."""
    group: str | None = None
    """The label over several columns (``Target Kinerja ... pada Tahun``), in the first
    header row; ``label`` then stands in the second."""
    merge: Callable[[int], object] | None = None
    """The key of a body row (by position) that merges equal neighbours in this column;
    None: never merged."""


def title_lines(title: str, document: Document) -> list[str]:
    """The table's title, the OPD (and its region), the period or year."""
    organization = document.organization
    who = ", ".join(p for p in (organization.name, organization.region) if p)
    if document.period is not None:
        when = f"Tahun {document.period.start}-{document.period.end}"
    elif document.year is not None:
        when = f"Tahun {document.year}"
    else:
        when = ""
    return [title, who, when]


def indicator_text(indicator: Indicator) -> str:
    """The indicator's name, its ``a. ... b. ...`` items one a line below it."""
    return indicator.name + "".join(f"\n{s.label}. {s.name}" for s in indicator.sub_items)


def formula_text(formula: Formula | None) -> str | None:
    """The rumus as a person writes it: a LaTeX fraction becomes ``A / B x 100%``; any
    other rumus stays as written (its abbreviations and words are the document's)."""
    if formula is None:
        return None
    if "\\" in formula.raw and formula.numerator and formula.denominator:
        times = ""
        if formula.multiplier == 100:
            times = " x 100%"
        elif formula.multiplier is not None:
            times = f" x {formula.multiplier:g}"
        return f"{formula.numerator} / {formula.denominator}{times}"
    return formula.raw


def year_label(key: TargetKey) -> str:
    """``2022`` where the document ties the column to a year, else ``ke-2``: under the
    group header the column reads 'pada Tahun 2022' or 'pada Tahun ke-2'."""
    year, index = key
    return str(year) if year is not None else f"ke-{index or '?'}"


def target_block(
    indicators: list[Indicator], group: str, baseline: str, final: str
) -> list[Column]:
    """A column per target year under the header ``group``; a ``baseline`` column before
    them and a ``final`` one after, only where some indicator has that value."""
    columns = []
    if any(ind.baseline for ind in indicators):
        columns.append(Column(baseline, 12, lambda i: _value(indicators[i].baseline)))
    for key in target_columns(indicators):
        columns.append(Column(year_label(key), 10, _target_of(indicators, key), key, group=group))
    if any(ind.final_target for ind in indicators):
        columns.append(Column(final, 12, lambda i: _value(indicators[i].final_target)))
    return columns


def _target_of(indicators: list[Indicator], key: TargetKey) -> Callable[[int], object]:
    def value(i: int) -> object:
        found = [t for t in indicators[i].targets if target_key(t) == key]
        return _value(found[0]) if found else None

    return value


def _value(target: Target | None) -> object:
    return target_value(target) if target is not None else None


def write_table(
    sheet: Any,
    document: Document,
    columns: Sequence[Column],
    title: str,
    *,
    lang: Lang,
) -> None:
    """Lay the document's indicators out in ``columns`` under the title block."""
    from openpyxl.utils import get_column_letter

    width = len(columns)
    for row, line in enumerate(title_lines(title, document), start=1):
        sheet.cell(row, 1, line or None)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    _header(sheet, columns)
    anchors = _body(sheet, document, columns)
    _mark_findings(sheet, document, columns, anchors, lang)
    note_row = sheet.max_row + 2
    from .version import RENSTRA_VERSION

    note = SOURCE_NOTE[lang].format(path=document.source.path, version=RENSTRA_VERSION)
    put(sheet, note_row, 1, note)
    sheet.merge_cells(start_row=note_row, start_column=1, end_row=note_row, end_column=width)
    for c, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = column.width
    _style(sheet, width, note_row)
    sheet.freeze_panes = sheet.cell(BODY_ROW, 1).coordinate
    fit_row_heights(sheet, 1)
    make_printable(sheet, title_rows=(HEADER_ROW, BODY_ROW - 1), lang=lang)


def put(sheet: Any, row: int, column: int, value: object) -> Any:
    """Write ``value``: text a spreadsheet would run as a formula stays an inert string
    (see writers.spreadsheet), characters XML cannot hold become escapes, a number gets
    its number format."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    cell = sheet.cell(row, column)
    cell.value = value
    if isinstance(value, str) and runs_as_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    format_number(cell)
    return cell


def _header(sheet: Any, columns: Sequence[Column]) -> None:
    top, sub, numbers = HEADER_ROW, HEADER_ROW + 1, HEADER_ROW + 2
    c = 1
    while c <= len(columns):
        column = columns[c - 1]
        if column.group is None:
            sheet.cell(top, c, column.label)
            sheet.merge_cells(start_row=top, start_column=c, end_row=sub, end_column=c)
            c += 1
            continue
        span = 1
        while c + span <= len(columns) and columns[c + span - 1].group == column.group:
            span += 1
        sheet.cell(top, c, column.group)
        if span > 1:
            sheet.merge_cells(start_row=top, start_column=c, end_row=top, end_column=c + span - 1)
        for k in range(span):
            sheet.cell(sub, c + k, columns[c + k - 1].label)
        c += span
    for c in range(1, len(columns) + 1):
        sheet.cell(numbers, c, f"({c})")


def _body(sheet: Any, document: Document, columns: Sequence[Column]) -> dict[tuple[int, int], int]:
    """Write the rows; merge runs of equal keys. Returns (position, column) -> the row of
    the cell that holds the value (the first of its merged run)."""
    indicators = document.indicators
    anchors: dict[tuple[int, int], int] = {}
    for c, column in enumerate(columns, start=1):
        keys = [column.merge(i) if column.merge else None for i in range(len(indicators))]
        for start, stop in runs(keys):
            put(sheet, BODY_ROW + start, c, column.value(start))
            if stop - start > 1:
                sheet.merge_cells(
                    start_row=BODY_ROW + start, start_column=c,
                    end_row=BODY_ROW + stop - 1, end_column=c,
                )  # fmt: skip
            for i in range(start, stop):
                anchors[i, c] = BODY_ROW + start
    return anchors


def runs(keys: Sequence[object]) -> list[tuple[int, int]]:
    """``(start, stop)`` of each run of equal neighbours; a None key is a run of its own."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] is None or keys[i] != keys[start]:
            out.append((start, i))
            start = i
    return out


def _mark_findings(
    sheet: Any,
    document: Document,
    columns: Sequence[Column],
    anchors: dict[tuple[int, int], int],
    lang: Lang,
) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    from .report_xlsx import FILL, comment_text

    column_of = {column.field: c for c, column in enumerate(columns, start=1) if column.field}
    marked: dict[tuple[int, int], list[int]] = {}
    for (i, field), found in finding_cells(document).items():
        c = column_of.get(field) or column_of["indicator"]
        for j in found:
            spot = marked.setdefault((anchors[i, c], c), [])
            if j not in spot:
                spot.append(j)
    for (row, c), found in marked.items():
        findings = [document.findings[j] for j in found]
        cell = sheet.cell(row, c)
        cell.fill = PatternFill("solid", fgColor=FILL[worst(findings)])
        comment = Comment("\n\n".join(comment_text(f, lang) for f in findings), "renstra")
        comment.width, comment.height = 320, 60 + 60 * len(findings)
        cell.comment = comment


def _style(sheet: Any, width: int, note_row: int) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    ruled = Border(left=thin, right=thin, top=thin, bottom=thin)
    for row in range(1, TITLE_ROWS + 1):
        cell = sheet.cell(row, 1)
        cell.font = Font(bold=True, size=12)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in sheet.iter_rows(min_row=HEADER_ROW, max_row=note_row - 2, max_col=width):
        for cell in row:
            cell.border = ruled
            header = cell.row < BODY_ROW
            cell.alignment = Alignment(
                wrap_text=True,
                vertical="center" if header else "top",
                horizontal="center" if header else None,
            )
            if header:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    note = sheet.cell(note_row, 1)
    note.font = Font(italic=True, size=9)
    note.alignment = Alignment(wrap_text=True, vertical="top")
