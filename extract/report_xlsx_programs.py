"""The xlsx report's ``Program`` sheet: every document's programs, kegiatan and sub
kegiatan, laid out like a T-C.27.

One line per indicator of a program (one for a program without any): Dokumen | ID Program
| Kode | Tingkat | Program / Kegiatan (indented by level) | Indikator | Satuan | per year a
Target and a Pagu (Rp) column | Kondisi Akhir | Penanggung Jawab | Lokasi | Sumber Dana.
The program's own cells repeat on each of its lines (a filter keeps them together), its
budgets stand on the first only (a sum counts them once). Budgets are whole-rupiah numbers
shown ``Rp 1.250.000.000`` by the cell format (with the thousands separator of the reader's
locale); a cell that is not one amount (``-``) holds its text. After each document, a bold
row holds the total per year of its top-level rows. Headers are the standard Indonesian
ones in both languages, like the Indikator sheet's.
"""

from __future__ import annotations

from typing import Any

from renstra.schemas import Budget, Document, Indicator, Program

from .program_layout import YearKey, depths, top_level_totals, year_columns, year_key
from .report_html import WORDS, target_label
from .report_xlsx import _append, _header, target_value
from .xlsx_numbers import format_number

RUPIAH_FORMAT = '"Rp "#,##0'
TOTAL_LABEL = WORDS["id"]["top_total"]
HEAD = ("Dokumen", "ID Program", "Kode", "Tingkat", "Program / Kegiatan", "Indikator", "Satuan")
NAME_COLUMN = HEAD.index("Program / Kegiatan") + 1
TAIL = ("Penanggung Jawab", "Lokasi", "Sumber Dana")
WIDTHS = {"Dokumen": 30, "ID Program": 11, "Kode": 14, "Tingkat": 12,
          "Program / Kegiatan": 45, "Indikator": 40, "Satuan": 8}  # fmt: skip


def program_sheet(sheet: Any, documents: list[Document]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    programs = [p for d in documents for p in d.programs]
    keys = year_columns(programs)
    finals = any(p.final_budget or any(i.final_target for i in p.indicators) for p in programs)
    header = [*HEAD]
    for key in keys:
        header += [f"Target {target_label(key)}", f"Pagu (Rp) {target_label(key)}"]
    if finals:
        header += ["Target Kondisi Akhir", "Pagu (Rp) Kondisi Akhir"]
    header += TAIL
    _header(sheet, header)
    budget_columns = [c for c, label in enumerate(header, start=1) if label.startswith("Pagu")]
    for document in documents:
        if not document.programs:
            continue
        for program, depth in zip(document.programs, depths(document.programs), strict=True):
            indicators: list[Indicator | None] = list(program.indicators) or [None]
            for i, indicator in enumerate(indicators):
                _append(sheet, _line(document, program, indicator, i == 0, keys, finals))
                for cell in sheet[sheet.max_row]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    format_number(cell)
                sheet.cell(sheet.max_row, NAME_COLUMN).alignment = Alignment(
                    wrap_text=True, vertical="top", indent=2 * depth
                )
                _rupiah_format(sheet, budget_columns)
        _append(sheet, _total_line(document, keys, finals))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        _rupiah_format(sheet, budget_columns)
    for c, label in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = WIDTHS.get(label, 16)


def _line(
    document: Document,
    program: Program,
    indicator: Indicator | None,
    first: bool,
    keys: list[YearKey],
    finals: bool,
) -> list[object]:
    level = WORDS["id"].get(f"level_{program.level}") if program.level else None
    line: list[object] = [
        document.source.path, program.id, program.code, level, program.name,
        indicator.name if indicator else None, indicator.unit if indicator else None,
    ]  # fmt: skip
    targets = {year_key(t): t for t in indicator.targets} if indicator else {}
    budgets = {year_key(b): b for b in reversed(program.budgets)}  # the first of a year
    for key in keys:
        target = targets.get(key)
        line.append(target_value(target) if target else None)
        line.append(_amount(budgets.get(key)) if first else None)
    if finals:
        final = indicator.final_target if indicator else None
        line.append(target_value(final) if final else None)
        line.append(_amount(program.final_budget) if first else None)
    return [*line, program.responsible, program.location, program.funding_source]


def _amount(budget: Budget | None) -> int | str | None:
    """The whole-rupiah number; the cell as written where it is not one amount."""
    if budget is None:
        return None
    if budget.amount is not None:
        return budget.amount
    return budget.text.strip() or None


def _total_line(document: Document, keys: list[YearKey], finals: bool) -> list[object]:
    totals, final = top_level_totals(document.programs)
    line: list[object] = [document.source.path, None, None, None, TOTAL_LABEL, None, None]
    for key in keys:
        line += [None, totals.get(key)]
    if finals:
        line += [None, final]
    return [*line, None, None, None]


def _rupiah_format(sheet: Any, columns: list[int]) -> None:
    for column in columns:
        cell = sheet.cell(sheet.max_row, column)
        if isinstance(cell.value, int):
            cell.number_format = RUPIAH_FORMAT
