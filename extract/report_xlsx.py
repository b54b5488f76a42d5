"""`renstra report --format xlsx`: the batch as a workbook a steward filters and annotates.

Sheets: ``Indikator`` (the standard layout, one row per indicator of every document, with
a Realisasi and a Capaian column beside a year's target where a document reports them),
``Program`` (only where a document has programs: see report_xlsx_programs), ``Temuan`` (one
row per finding) and ``Ringkasan`` (one row per file, counts as in the JSON report). A cell
of ``Indikator`` that carries findings is filled by the worst severity and has the messages
as its comment. Sheet names are the standard Indonesian ones in both languages (links and
imports name them); every header follows ``--lang`` (Indonesian by default), as the rest of
what a person reads does.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, Literal

from renstra.schemas import Document, Finding, Indicator, Target

from .printable import path_text
from .report_html import (
    SEVERITIES,
    STAT_OF,
    WORDS,
    Field,
    Lang,
    TargetKey,
    describe_location,
    field_text,
    finding_cells,
    rule_info,
    target_columns,
    target_key,
    target_label,
    worst,
)
from .vocabulary import REPORT_HEAD, REPORT_TAIL
from .writers.spreadsheet import runs_as_formula
from .xlsx_numbers import format_number, plain_number, target_value
from .xlsx_page import fit_row_heights, make_printable

if TYPE_CHECKING:
    from .result import FileResult

INDICATOR_SHEET = "Indikator"
PROGRAM_SHEET = "Program"
FINDING_SHEET = "Temuan"
SUMMARY_SHEET = "Ringkasan"
FILL = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}
HEADER_FILL = "D9E1F2"
HEAD = tuple(f.role for f in REPORT_HEAD)
TAIL = tuple(f.role for f in REPORT_TAIL)
WIDTHS = {f.role: f.width for f in (*REPORT_HEAD, *REPORT_TAIL)} | {
    "document": 30,
    "indicator_id": 12,
}
"""Column widths by the key of the column's header word (report_html.WORDS)."""


def render_xlsx(results: list[FileResult], *, lang: Lang = "id") -> bytes:
    from openpyxl import Workbook

    from .report import build_report

    documents = [r.document for r in results if r.document is not None]
    workbook = Workbook()
    indicators = workbook.active
    indicators.title = INDICATOR_SHEET
    anchors = _indicator_sheet(indicators, documents, lang)
    if any(d.programs for d in documents):
        from .report_xlsx_programs import program_sheet

        program_sheet(workbook.create_sheet(PROGRAM_SHEET), documents, lang)
    _finding_sheet(workbook.create_sheet(FINDING_SHEET), documents, anchors, lang)
    _summary_sheet(workbook.create_sheet(SUMMARY_SHEET), build_report(results, lang=lang), lang)
    for sheet in workbook.worksheets:
        fit_row_heights(sheet, 1)
        make_printable(sheet, title_rows=(1, 1), lang=lang)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


Part = Literal["target", "realization", "achievement"]
PARTS: tuple[Part, ...] = ("realization", "achievement")


def target_parts(indicators: list[Indicator]) -> list[tuple[TargetKey, Part]]:
    """The target columns, each followed by a Realisasi and a Capaian column where some
    indicator reports one for that year (none where no document does: the layout as before)."""
    parts: list[tuple[TargetKey, Part]] = []
    for key in target_columns(indicators):
        parts.append((key, "target"))
        for part in PARTS:
            if any(
                getattr(t, part) is not None
                for i in indicators
                for t in i.targets
                if target_key(t) == key
            ):
                parts.append((key, part))
    return parts


def part_label(key: TargetKey, part: Part, lang: Lang = "id") -> str:
    label = target_label(key, lang)
    return label if part == "target" else f"{WORDS[lang][part]} {label}"


def part_value(target: Target | None, part: Part) -> float | int | str | None:
    value = target if part == "target" or target is None else getattr(target, part)
    return target_value(value) if value is not None else None


def _row(indicator: Indicator, parts: list[Any], document: Document) -> list[object]:
    targets = {target_key(t): t for t in indicator.targets}
    name = indicator.name
    if indicator.sub_items:
        name += "".join(f"\n{s.label}. {s.name}" for s in indicator.sub_items)
    head = [_head_value(indicator, r, name) for r in HEAD]
    tail = [field_text(indicator, r) or None for r in TAIL]
    values = [part_value(targets.get(k), part) for k, part in parts]
    return [*head, *values, *tail, document.source.path, indicator.id]


def _head_value(indicator: Indicator, role: str, name: str) -> object:
    if role == "indicator":
        return name
    if role == "number":
        return plain_number(indicator.number)
    return field_text(indicator, role) or None


def _indicator_sheet(
    sheet: Any, documents: list[Document], lang: Lang
) -> dict[tuple[int, int], str]:
    """Write the Indikator rows; return (document, finding) -> coordinate of its cell."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    parts = target_parts([i for d in documents for i in d.indicators])
    words = WORDS[lang]
    keys: list[str | None] = [*HEAD, *(None for _ in parts), *TAIL, "document", "indicator_id"]
    header = [words[r] for r in HEAD] + [part_label(k, part, lang) for k, part in parts]
    header += [words[r] for r in TAIL] + [words["document"], words["indicator_id"]]
    column: dict[Field, int] = {field: c for c, field in enumerate(HEAD, start=1)}
    column.update({k: len(HEAD) + c for c, (k, p) in enumerate(parts, start=1) if p == "target"})
    column.update({f: len(HEAD) + len(parts) + c for c, f in enumerate(TAIL, start=1)})
    _header(sheet, header)
    wrap = Alignment(wrap_text=True, vertical="top")
    anchors: dict[tuple[int, int], str] = {}
    for d, document in enumerate(documents):
        first = sheet.max_row + 1
        for indicator in document.indicators:
            _append(sheet, _row(indicator, parts, document))
            for cell in sheet[sheet.max_row]:
                cell.alignment = wrap
                format_number(cell)
        for (i, field), js in finding_cells(document).items():
            cell = sheet.cell(first + i, column[field])
            found = [document.findings[j] for j in js]
            cell.fill = PatternFill("solid", fgColor=FILL[worst(found)])
            comment = Comment("\n\n".join(comment_text(f, lang) for f in found), "renstra")
            comment.width, comment.height = 320, 60 + 60 * len(found)
            cell.comment = comment
            for j in js:
                anchors.setdefault((d, j), cell.coordinate)
    for c, key in enumerate(keys, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = WIDTHS.get(key or "", 11)
    return anchors


def comment_text(finding: Finding, lang: Lang) -> str:
    text = f"[{WORDS[lang][finding.severity]}] {finding.rule}: {finding.message}"
    suggestion = f"\n{WORDS[lang]['suggestion']}: {finding.suggestion}"
    return text + (suggestion if finding.suggestion else "")


def _finding_sheet(
    sheet: Any, documents: list[Document], anchors: dict[tuple[int, int], str], lang: Lang
) -> None:
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.worksheet.hyperlink import Hyperlink

    words = WORDS[lang]
    keys = ("document", "rule", "severity", "message", "location", "suggestion",
            "indicator_id", "description")  # fmt: skip
    _header(sheet, [words[k] for k in keys])
    wrap = Alignment(wrap_text=True, vertical="top")
    for d, document in enumerate(documents):
        for j, f in enumerate(document.findings):
            description, _ = rule_info(f)
            _append(sheet, [
                document.source.path, f.rule, words[f.severity], f.message,
                describe_location(f.location, lang), f.suggestion, f.indicator_id, description,
            ])  # fmt: skip
            row = sheet[sheet.max_row]
            for cell in row:
                cell.alignment = wrap
            row[2].fill = PatternFill("solid", fgColor=FILL[f.severity])
            if (d, j) in anchors:
                link = row[6]
                link.hyperlink = Hyperlink(
                    ref=link.coordinate, location=f"'{INDICATOR_SHEET}'!{anchors[d, j]}"
                )
                link.style = "Hyperlink"
                link.alignment = wrap
    for letter, width in zip("ABCDEFGH", (30, 22, 10, 60, 28, 24, 12, 40), strict=True):
        sheet.column_dimensions[letter].width = width


def _summary_sheet(sheet: Any, report: Any, lang: Lang) -> None:
    words = WORDS[lang]
    stats = [STAT_OF[s] for s in SEVERITIES]
    _header(
        sheet,
        [words["document"], words["doc_type"], words["status"]]
        + [words[s] for s in SEVERITIES]
        + [words["total"], words["error_code"], words["reason"]],
    )
    for task in report.tasks:
        status = "failed" if task.error else "valid" if task.valid else "invalid"
        _append(sheet, [
            task.path, task.doc_type, words[status], *(getattr(task.stats, s) for s in stats),
            len(task.findings), task.error.code if task.error else None,
            task.error.message if task.error else None,
        ])  # fmt: skip
    total = report.stats
    _append(sheet, [
        words["total"], None, words["valid" if report.valid else "invalid"],
        *(getattr(total, s) for s in stats), sum(getattr(total, s) for s in stats),
    ])  # fmt: skip
    for letter, width in zip("ABCDEFGHI", (40, 8, 14, 8, 11, 8, 8, 16, 50), strict=True):
        sheet.column_dimensions[letter].width = width


def _append(sheet: Any, values: list[object]) -> None:
    """Append a row of document text safely: text that a spreadsheet would run as a
    formula (``=HYPERLINK(...)``) is a string cell with Excel's quote prefix, exact but
    inert (see writers.spreadsheet); characters XML cannot hold are written as escapes."""
    sheet.append([_text(value) if isinstance(value, str) else value for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and runs_as_formula(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True


def _text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", path_text(value))


def _header(sheet: Any, labels: list[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet.append(labels)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(1, len(labels)).coordinate}"
