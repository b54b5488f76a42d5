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

from renstra.schemas import Budget, Document, Indicator, Lang, Program

from .program_layout import YearKey, depths, top_level_totals, year_columns, year_key
from .report_html import WORDS, target_label
from .report_xlsx import _append, _header, target_value
from .xlsx_numbers import format_number

RUPIAH_FORMAT = '"Rp "#,##0'
COLUMN_WORDS: dict[str, tuple[str, str]] = {
    "document": ("Dokumen", "Document"),
    "program_id": ("ID Program", "Program ID"),
    "code": ("Kode", "Code"),
    "level": ("Tingkat", "Level"),
    "name": ("Program / Kegiatan", "Program / activity"),
    "indicator": ("Indikator", "Indicator"),
    "unit": ("Satuan", "Unit"),
    "target": ("Target", "Target"),
    "budget": ("Pagu (Rp)", "Budget (Rp)"),
    "final": ("Kondisi Akhir", "Final condition"),
    "responsible": ("Penanggung Jawab", "Responsible unit"),
    "location": ("Lokasi", "Location"),
    "funding": ("Sumber Dana", "Funding source"),
}
"""column key -> (Indonesian, English) header."""
HEAD = ("document", "program_id", "code", "level", "name", "indicator", "unit")
NAME_COLUMN = HEAD.index("name") + 1
TAIL = ("responsible", "location", "funding")
WIDTHS = {"document": 30, "program_id": 11, "code": 14, "level": 12, "name": 45,
          "indicator": 40, "unit": 8}  # fmt: skip


def program_sheet(sheet: Any, documents: list[Document], lang: Lang = "id") -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def word(key: str) -> str:
        return COLUMN_WORDS[key][0 if lang == "id" else 1]

    programs = [p for d in documents for p in d.programs]
    keys = year_columns(programs)
    finals = any(p.final_budget or any(i.final_target for i in p.indicators) for p in programs)
    columns: list[str] = [*HEAD]
    header = [word(key) for key in HEAD]
    for key in keys:
        columns += ["target", "budget"]
        label = target_label(key, lang)
        header += [f"{word('target')} {label}", f"{word('budget')} {label}"]
    if finals:
        columns += ["target", "budget"]
        header += [f"{word('target')} {word('final')}", f"{word('budget')} {word('final')}"]
    columns += TAIL
    header += [word(key) for key in TAIL]
    _header(sheet, header)
    budget_columns = [c for c, key in enumerate(columns, start=1) if key == "budget"]
    for document in documents:
        if not document.programs:
            continue
        for program, depth in zip(document.programs, depths(document.programs), strict=True):
            indicators: list[Indicator | None] = list(program.indicators) or [None]
            for i, indicator in enumerate(indicators):
                line = _line(document, program, indicator, i == 0, keys, finals, lang)
                _append(sheet, line)
                for cell in sheet[sheet.max_row]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    format_number(cell)
                sheet.cell(sheet.max_row, NAME_COLUMN).alignment = Alignment(
                    wrap_text=True, vertical="top", indent=2 * depth
                )
                _rupiah_format(sheet, budget_columns)
        _append(sheet, _total_line(document, keys, finals, lang))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        _rupiah_format(sheet, budget_columns)
    for c, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = WIDTHS.get(column, 16)


def _line(
    document: Document,
    program: Program,
    indicator: Indicator | None,
    first: bool,
    keys: list[YearKey],
    finals: bool,
    lang: Lang,
) -> list[object]:
    level = WORDS[lang].get(f"level_{program.level}") if program.level else None
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


def _total_line(document: Document, keys: list[YearKey], finals: bool, lang: Lang) -> list[object]:
    totals, final = top_level_totals(document.programs)
    total = WORDS[lang]["top_total"]
    line: list[object] = [document.source.path, None, None, None, total, None, None]
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
